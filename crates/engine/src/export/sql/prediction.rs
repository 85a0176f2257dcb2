//! Predicted figures in SQL: each customer's chance of still being active, the purchases
//! to expect, the spend per purchase and the discounted value over the horizon, computed
//! from the table with the BG/NBD and Gamma-Gamma models the engine fitted (their
//! parameters written into the query), by the formulas of [`crate::prediction`].
//!
//! Fitting is maximum likelihood, which SQL cannot do; everything else is. The one hard
//! part is the Gaussian hypergeometric function ₂F₁ in the expected purchases: it is summed
//! as its defining series, each term the previous one times a ratio, the running product
//! taken as a running sum of logarithms (a window function every engine has), and as
//! many terms as the series needs to settle for each customer's age.

use super::Dialect;
use crate::basics::money::Units;
use crate::prediction::{BgNbd, GammaGamma, Prediction, PredictionOptions};

/// The fitted models a query's predicted figures come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Models {
    /// The purchase model.
    pub bg_nbd: BgNbd,
    /// The order-value model, when it could be fitted; without it there is no spend per
    /// purchase nor predicted value.
    pub order_values: Option<GammaGamma>,
    /// The horizon and discount.
    pub options: PredictionOptions,
}

impl Models {
    /// The models of a prediction the engine made.
    pub fn of(prediction: &Prediction) -> Models {
        Models {
            bg_nbd: prediction.bg_nbd,
            order_values: prediction.order_values.ok(),
            options: prediction.options,
        }
    }
}

/// Terms at most in one ₂F₁ series: enough for a customer whose age is 1 % of the
/// horizon's days, with the models' shapes in the hundreds.
const MAX_TERMS: u32 = 100_000;

/// The CTEs from `dated` (one row per kept order, with `ref_day`) to `predicted`: one row
/// per customer with an order before the reference day, with `p_alive`,
/// `expected_purchases`, and with the order-value model `expected_order_value` and
/// `predicted_value`.
pub fn ctes(d: Dialect, models: &Models) -> Vec<(&'static str, String)> {
    let BgNbd { r, alpha, a, b } = models.bg_nbd;
    let num = |v: f64| d.number(v);
    let double = |e: &str| d.as_double(e);
    let mut out = Vec::new();
    let mut parameters = vec![
        format!("{} AS r", num(r)),
        format!("{} AS alpha", num(alpha)),
        format!("{} AS a", num(a)),
        format!("{} AS b", num(b)),
    ];
    if let Some(GammaGamma { p, q, v }) = models.order_values {
        parameters.extend([
            format!("{} AS p", num(p)),
            format!("{} AS q", num(q)),
            format!("{} AS v", num(v)),
        ]);
    }
    out.push(("model", format!("SELECT {}", parameters.join(", "))));
    // Orders on the same day count as one purchase (lifetimes' daily summary).
    out.push((
        "purchase_days",
        "SELECT customer_id, day, MAX(ref_day) AS ref_day, SUM(money) AS units,\n      \
         MIN(day) OVER (PARTITION BY customer_id) AS first_day\n    \
         FROM dated WHERE is_order = 1 GROUP BY customer_id, day"
            .to_string(),
    ));
    // As of the day before the reference day: repeat purchase days, days from the first
    // to the last, the customer's age, and the average spend of a repeat day.
    out.push((
        "histories",
        format!(
            "SELECT customer_id, COUNT(*) - 1 AS frequency,\n      \
             {} AS recency,\n      \
             {} AS age,\n      \
             CASE WHEN COUNT(*) > 1 THEN {} / {} / (COUNT(*) - 1) ELSE 0 END AS monetary\n    \
             FROM purchase_days GROUP BY customer_id",
            double(&d.days_between("MIN(day)", "MAX(day)")),
            double(&format!(
                "{} - 1",
                d.days_between("MIN(day)", "MAX(ref_day)")
            )),
            double("SUM(CASE WHEN day > first_day THEN units ELSE 0 END)"),
            Units::PER_UNIT
        ),
    ));
    // The days ahead each figure needs: the horizon (span 0), and the end of each 30-day
    // month the value adds up.
    let spans: Vec<String> = std::iter::once((0, models.options.horizon_days))
        .chain((1..=models.options.months()).map(|m| (m, 30 * m)))
        .map(|(span, days)| {
            format!(
                "SELECT {span} AS span, {} AS days",
                double(&days.to_string())
            )
        })
        .collect();
    out.push(("spans", spans.join(" UNION ALL ")));
    // The expected purchases of an active customer need G = (1 - z)^(r + x) ₂F₁(r + x,
    // b + x; c; z) with z = days / (alpha + age + days) and c = a + b + x - 1; when that ₂F₁
    // would grow without bound (a - 1 < r + x), Euler's transformation gives the same G as
    // (1 - z)^(a - 1) ₂F₁(c - r - x, a - 1; c; z), as the engine takes it.
    out.push((
        "series_args",
        format!(
            "SELECT frequency, age, span, days, z, c, lead, fa, fb,\n      \
             LEAST({MAX_TERMS}, CAST(CEIL((45 + ABS(fa) + ABS(fb)) / (1 - z)) AS {int})) AS terms\n    \
             FROM (\n      \
             SELECT pt.frequency, pt.age, s.span, s.days, s.days / (m.alpha + pt.age + s.days) AS z,\n        \
             m.a + m.b + pt.frequency - 1 AS c,\n        \
             CASE WHEN m.a - 1 - m.r - pt.frequency < 0 THEN m.a - 1 ELSE m.r + pt.frequency END AS lead,\n        \
             CASE WHEN m.a - 1 - m.r - pt.frequency < 0 THEN m.a + m.b - 1 - m.r ELSE m.r + pt.frequency END AS fa,\n        \
             CASE WHEN m.a - 1 - m.r - pt.frequency < 0 THEN m.a - 1 ELSE m.b + pt.frequency END AS fb\n      \
             FROM (SELECT DISTINCT frequency, age FROM histories) pt CROSS JOIN spans s CROSS JOIN model m\n    \
             ) x",
            int = d.bigint()
        ),
    ));
    // 0 to 99,999, as far as the longest series needs.
    let digits: Vec<String> = (0..10).map(|n| format!("SELECT {n} AS n")).collect();
    out.push(("digits", digits.join(" UNION ALL ")));
    out.push((
        "numbers",
        "SELECT n FROM (\n      \
         SELECT d0.n + 10 * d1.n + 100 * d2.n + 1000 * d3.n + 10000 * d4.n AS n\n      \
         FROM digits d0 CROSS JOIN digits d1 CROSS JOIN digits d2 CROSS JOIN digits d3 CROSS JOIN digits d4\n    \
         ) x WHERE n < (SELECT MAX(terms) FROM series_args)"
            .to_string(),
    ));
    // Term n + 1 of the series is term n × ratio n; its sign is kept apart from its
    // logarithm, so a negative parameter's terms add up with their signs.
    out.push((
        "series_terms",
        "SELECT frequency, age, span, n, CASE WHEN ratio < 0 THEN 1 ELSE 0 END AS negative,\n      \
         LN(GREATEST(ABS(ratio), 1e-300)) AS log_ratio\n    \
         FROM (\n      \
         SELECT sa.frequency, sa.age, sa.span, nb.n,\n        \
         (sa.fa + nb.n) * (sa.fb + nb.n) / ((sa.c + nb.n) * (nb.n + 1)) * sa.z AS ratio\n      \
         FROM series_args sa JOIN numbers nb ON nb.n < sa.terms\n    \
         ) x"
            .to_string(),
    ));
    let running = |column: &str| {
        format!(
            "SUM({column}) OVER (PARTITION BY frequency, age, span ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
        )
    };
    out.push((
        "series",
        format!(
            "SELECT frequency, age, span, 1 + SUM(CASE WHEN MOD(negatives, 2) = 1 THEN -1 ELSE 1 END * EXP(LEAST(log_term, 700))) AS f\n    \
             FROM (SELECT frequency, age, span, {} AS log_term, {} AS negatives FROM series_terms) t\n    \
             GROUP BY frequency, age, span",
            running("log_ratio"),
            running("negative")
        ),
    ));
    out.push((
        "if_active",
        "SELECT sa.frequency, sa.age, sa.span,\n      \
         sa.c / (m.a - 1) * (1 - POWER(1 - sa.z, sa.lead) * s.f) AS purchases\n    \
         FROM series_args sa\n    \
         JOIN series s ON s.frequency = sa.frequency AND s.age = sa.age AND s.span = sa.span\n    \
         CROSS JOIN model m"
            .to_string(),
    ));
    // Each month's purchases, discounted: Σ (E[by month i] - E[by month i - 1]) / (1 + d)^i.
    out.push((
        "pattern_figures",
        format!(
            "SELECT frequency, age,\n      \
             MAX(CASE WHEN span = 0 THEN purchases END) AS over_horizon,\n      \
             SUM(CASE WHEN span > 0 THEN (purchases - COALESCE(before, 0)) / POWER({}, span) END) AS discounted\n    \
             FROM (\n      \
             SELECT frequency, age, span, purchases,\n        \
             CASE WHEN span > 0 THEN LAG(CASE WHEN span > 0 THEN purchases END) OVER (PARTITION BY frequency, age ORDER BY span) END AS before\n      \
             FROM if_active\n    \
             ) x GROUP BY frequency, age",
            num(1.0 + models.options.discount_monthly)
        ),
    ));
    // The odds of having left, in logarithms (capped, so a long silence gives a chance
    // of 0 rather than an overflow): 1 for a customer who has bought only once.
    let p_alive = "CASE WHEN h.frequency = 0 THEN 1.0 ELSE 1.0 / (1.0 + EXP(LEAST(700, \
                   (m.r + h.frequency) * LN(1.0 + (h.age - h.recency) / (m.alpha + h.recency)) \
                   + LN(m.a / (m.b + h.frequency - 1.0))))) END";
    let null = format!("CAST(NULL AS {})", d.double());
    let (order_value, value) = match models.order_values {
        // The shop's mean p·v / (q - 1), weighted with the customer's own average by how
        // many purchases it rests on; the mean alone when they say nothing yet.
        Some(_) => (
            "CASE WHEN h.frequency > 0 AND h.monetary > 0 \
             THEN (1 - m.p * h.frequency / (m.p * h.frequency + m.q - 1)) * (m.p * m.v / (m.q - 1)) \
             + m.p * h.frequency / (m.p * h.frequency + m.q - 1) * h.monetary \
             ELSE m.p * m.v / (m.q - 1) END"
                .to_string(),
            "expected_order_value * p_alive * discounted".to_string(),
        ),
        None => (null.clone(), null),
    };
    out.push((
        "predicted",
        format!(
            "SELECT customer_id, p_alive, over_horizon * p_alive AS expected_purchases,\n      \
             expected_order_value, {value} AS predicted_value\n    \
             FROM (\n      \
             SELECT h.customer_id, {p_alive} AS p_alive,\n        \
             {order_value} AS expected_order_value, pf.over_horizon, pf.discounted\n      \
             FROM histories h\n      \
             JOIN pattern_figures pf ON pf.frequency = h.frequency AND pf.age = h.age\n      \
             CROSS JOIN model m\n    \
             ) x"
        ),
    ));
    out
}
