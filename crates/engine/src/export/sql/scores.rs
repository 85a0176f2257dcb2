//! Score cut points in SQL, by the engine's own rule ([`Cuts::quantiles`]): cut points sit
//! only between distinct values, each where the running count comes nearest k/N of the
//! customers, leaving enough distinct values above for the scores still to come; with no
//! more distinct values than points, each gets its own score. That is neither `NTILE` nor a
//! percentile, but window functions over the distinct values express it.
//!
//! The three measures are cut side by side (a `measure` column, `r`, `f` or `m`), so the
//! customers are read once: engines that expand each reference to a CTE (Spark) keep the
//! plan small.
//!
//! [`Cuts::quantiles`]: crate::segmentation::scores::Cuts::quantiles

use super::dialect::Dialect;
use crate::segmentation::scores::{Cuts, ScoreMethod};

/// A measure to score: its one-letter name, the column of `customers` holding it, and how
/// its scale is made.
pub struct Measure<'a> {
    /// `r`, `f` or `m`.
    pub letter: &'static str,
    /// The column of the eligible customers' table.
    pub column: String,
    /// Equal groups, or cut points typed by the merchant.
    pub method: &'a ScoreMethod,
}

/// The CTEs that leave one row, `cut_points`, with the cut points of each measure
/// (`r1` … `r{points - 1}`, `f1` …, `m1` …; NULL where there are fewer), over the customers
/// `eligible` selects from `from`.
pub fn cut_ctes(
    d: Dialect,
    from: &str,
    eligible: &str,
    measures: &[Measure],
    points: u8,
) -> Vec<(String, String)> {
    let p = i64::from(points);
    // With no more distinct values than points, every distinct value but the last is a cut.
    let mut columns = Vec::new();
    for m in measures {
        for k in 1..p {
            let value = match m.method {
                ScoreMethod::Quantiles => format!(
                    "MAX(CASE WHEN measure = {} AND ((dn <= {p} AND i = {} AND i <= dn - 2) OR (dn > {p} AND i = pick{k})) THEN v END)",
                    d.text(m.letter),
                    k - 1,
                ),
                ScoreMethod::Fixed(typed) => Cuts::fixed(typed.clone(), points)
                    .cuts
                    .get(k as usize - 1)
                    .map_or_else(|| format!("CAST(NULL AS {})", d.double()), |c| d.number(*c)),
            };
            columns.push(format!("{value} AS {}{k}", m.letter));
        }
    }
    let cut_points = format!("SELECT {}", columns.join(",\n      "));
    // Cut points typed in are constants: one row of them, with no customer to read.
    if measures
        .iter()
        .all(|m| matches!(m.method, ScoreMethod::Fixed(_)))
    {
        return vec![("cut_points".to_string(), cut_points)];
    }
    let values: Vec<String> = measures
        .iter()
        .map(|m| format!("WHEN {} THEN {}", d.text(m.letter), m.column))
        .collect();
    let letters: Vec<String> = measures
        .iter()
        .map(|m| format!("SELECT {} AS measure", d.text(m.letter)))
        .collect();
    // Each step reads the one before it, once: engines that expand every reference to a
    // CTE (Spark) then read the customers twice, not dozens of times.
    let distance = |k: i64| format!("ABS(cum - {} / {p})", d.as_double(&format!("{k} * n")));
    let nearest: Vec<String> = (1..p)
        .map(|k| format!("MIN({}) OVER (PARTITION BY measure) AS m{k}", distance(k)))
        .collect();
    let best: Vec<String> = (1..p)
        .map(|k| {
            format!(
                "MIN(CASE WHEN {} = m{k} THEN i END) OVER (PARTITION BY measure) AS best{k}",
                distance(k)
            )
        })
        .collect();
    // Cut k takes the nearest value from just past cut k - 1 up to where enough distinct
    // values are left for the scores to come; once that range is empty, no more cuts. Each
    // pick is a column of a step of its own, read by the next: written in place, each
    // would hold the one before it twice, a query doubling with every point.
    let picks = (1..p).map(|k| {
        let (from, before) = match k {
            1 => ("0".to_string(), "score_best".to_string()),
            _ => (format!("pick{} + 1", k - 1), format!("score_pick{}", k - 1)),
        };
        let to = format!("LEAST(dn - {}, dn - 2)", p - k + 1);
        (
            format!("score_pick{k}"),
            format!(
                "SELECT {before}.*, CASE WHEN dn >= 2 AND {from} <= {to} THEN LEAST(GREATEST(best{k}, {from}), {to}) END AS pick{k}\n    FROM {before}"
            ),
        )
    });
    let steps = vec![
        (
            "score_values".to_string(),
            format!(
                "SELECT l.measure, CASE l.measure {} END AS v\n    FROM {from} CROSS JOIN ({}) l WHERE {eligible}",
                values.join(" "),
                letters.join(" UNION ALL ")
            ),
        ),
        // Distinct values, how many customers are at or below each, their position, and per
        // measure how many distinct values and customers there are.
        (
            "score_distinct".to_string(),
            "SELECT measure, v, cum, ROW_NUMBER() OVER (PARTITION BY measure ORDER BY v) - 1 AS i,\n      \
             COUNT(*) OVER (PARTITION BY measure) AS dn, MAX(cum) OVER (PARTITION BY measure) AS n\n    \
             FROM (\n      \
             SELECT measure, v, SUM(c) OVER (PARTITION BY measure ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum\n      \
             FROM (SELECT measure, v, COUNT(*) AS c FROM score_values GROUP BY measure, v) counted\n    ) running"
                .to_string(),
        ),
        // How near the nearest distinct value comes to each target…
        (
            "score_nearest".to_string(),
            format!("SELECT score_distinct.*, {}\n    FROM score_distinct", nearest.join(",\n      ")),
        ),
        // …and the first value that near: the distance falls, then rises, so the nearest
        // value within the range a cut may use is this one moved into the range.
        (
            "score_best".to_string(),
            format!("SELECT score_nearest.*, {}\n    FROM score_nearest", best.join(",\n      ")),
        ),
    ];
    let cut_points = (
        "cut_points".to_string(),
        format!("{cut_points}\n    FROM score_pick{}", p - 1),
    );
    steps
        .into_iter()
        .chain(picks)
        .chain(std::iter::once(cut_points))
        .collect()
}

/// The score of `value` against the cut points of measure `letter` in table alias `cuts`: 1
/// + the cuts below it, or on a reversed scale (recency) `points` + 1 minus that.
pub fn score(value: &str, cuts: &str, letter: &str, points: u8, reversed: bool) -> String {
    let below: Vec<String> = (1..i64::from(points))
        .map(|k| format!("CASE WHEN {value} > {cuts}.{letter}{k} THEN 1 ELSE 0 END"))
        .collect();
    let score = format!("1 + {}", below.join(" + "));
    if reversed {
        format!("{} - ({score})", i64::from(points) + 1)
    } else {
        score
    }
}
