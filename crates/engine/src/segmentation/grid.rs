//! The score grid: which segment each cell of an R×F (or M×F) grid of scores falls in,
//! how many customers each cell holds, and schemes built from a grid edited cell by cell.
//!
//! A grid is only a view of a scheme whose rules read two score features: evaluating the
//! scheme on one imaginary customer per cell says where every cell goes, so the view flags
//! cells no segment covers and segments no cell reaches, whatever the rules look like.

use crate::features::{ids, FeatureData, FeatureTable};
use crate::segmentation::scheme::{assign, Condition, Rule, Scheme, SchemeError};
use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};

/// Which scores a grid's rows and columns are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridAxes {
    /// Row score letter ("R" or "M").
    pub rows: String,
    /// Row measure ("recency"), in the language the grid is shown in.
    pub rows_name: String,
    /// Row score feature id.
    pub rows_feature: String,
    /// Column score letter ("F").
    pub columns: String,
    /// Column measure ("frequency"), in the language the grid is shown in.
    pub columns_name: String,
    /// Column score feature id.
    pub columns_feature: String,
}

impl GridAxes {
    /// Recency score by frequency score, the classic RFM grid, its measures named in
    /// `language`.
    pub fn recency_frequency(language: Language) -> GridAxes {
        GridAxes::new(
            ("R", Key::SchemesGridRecency, ids::R_SCORE),
            ("F", Key::SchemesGridFrequency, ids::F_SCORE),
            language,
        )
    }

    /// Spend score by frequency score, for files without order dates, its measures named
    /// in `language`.
    pub fn spend_frequency(language: Language) -> GridAxes {
        GridAxes::new(
            ("M", Key::SchemesGridSpend, ids::M_SCORE),
            ("F", Key::SchemesGridFrequency, ids::F_SCORE),
            language,
        )
    }

    /// The score letters stay R, F and M in every language, as RFM is known by them.
    fn new(rows: (&str, Key, &str), columns: (&str, Key, &str), language: Language) -> GridAxes {
        GridAxes {
            rows: rows.0.into(),
            rows_name: language.text(rows.1, &[]),
            rows_feature: rows.2.into(),
            columns: columns.0.into(),
            columns_name: language.text(columns.1, &[]),
            columns_feature: columns.2.into(),
        }
    }

    /// The grid a scheme's rules form, when they read nothing but two scores, its measures
    /// named in `language`.
    pub fn of_scheme(scheme: &Scheme, language: Language) -> Option<GridAxes> {
        let read: Vec<&str> = scheme
            .rules
            .iter()
            .flat_map(|r| r.when.features())
            .collect();
        if read.is_empty() {
            return None;
        }
        let within = |a: &str, b: &str| read.iter().all(|f| *f == a || *f == b);
        if within(ids::R_SCORE, ids::F_SCORE) {
            Some(GridAxes::recency_frequency(language))
        } else if within(ids::M_SCORE, ids::F_SCORE) {
            Some(GridAxes::spend_frequency(language))
        } else {
            None
        }
    }
}

/// One cell of the grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridCell {
    /// The segment the cell maps to.
    pub segment: String,
    /// Customers in the cell.
    pub customers: usize,
}

/// The grid of a scheme over scores, with the flags a grid editor needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridView {
    /// Score points per side.
    pub points: u8,
    /// What rows and columns are.
    pub axes: GridAxes,
    /// `cells[row score - 1][column score - 1]`.
    pub cells: Vec<Vec<GridCell>>,
    /// Segments of the scheme that no cell maps to (so no customer can be in them).
    pub unreached: Vec<String>,
    /// Cells no rule covers, left to the scheme's catch-all segment.
    pub uncovered: usize,
    /// The catch-all segment.
    pub otherwise: String,
}

/// The segment each cell of a `points`×`points` grid falls in, as
/// `grid[row - 1][column - 1]`; cells no rule covers get the scheme's `otherwise`.
pub fn grid_segments(
    scheme: &Scheme,
    points: u8,
    axes: &GridAxes,
) -> Result<Vec<Vec<String>>, SchemeError> {
    let p = usize::from(points);
    let mut cells = FeatureTable {
        len: p * p,
        ..FeatureTable::default()
    };
    let r: Vec<f64> = (0..p * p).map(|i| (i / p + 1) as f64).collect();
    let f: Vec<f64> = (0..p * p).map(|i| (i % p + 1) as f64).collect();
    cells.set(&axes.rows_feature, "Row score", FeatureData::Number(r));
    cells.set(
        &axes.columns_feature,
        "Column score",
        FeatureData::Number(f),
    );
    let a = assign(scheme, &cells)?;
    Ok((0..p)
        .map(|ri| {
            (0..p)
                .map(|fi| a.segments[usize::from(a.of_customer[ri * p + fi])].clone())
                .collect()
        })
        .collect())
}

/// The grid view of `scheme`, with the customers of each cell.
pub fn grid_view(
    scheme: &Scheme,
    features: &FeatureTable,
    points: u8,
    axes: GridAxes,
) -> Result<GridView, SchemeError> {
    let p = usize::from(points);
    let names = grid_segments(scheme, points, &axes)?;
    let mut counts = vec![vec![0usize; p]; p];
    if let (Some(rows), Some(columns)) = (
        features.numbers(&axes.rows_feature),
        features.numbers(&axes.columns_feature),
    ) {
        for (&r, &c) in rows.iter().zip(columns) {
            if (1.0..=p as f64).contains(&r) && (1.0..=p as f64).contains(&c) {
                counts[r as usize - 1][c as usize - 1] += 1;
            }
        }
    }
    let mut unreached: Vec<String> = Vec::new();
    for rule in &scheme.rules {
        let reached = names.iter().flatten().any(|s| *s == rule.segment);
        if !reached && !unreached.contains(&rule.segment) {
            unreached.push(rule.segment.clone());
        }
    }
    let uncovered = names
        .iter()
        .flatten()
        .filter(|s| **s == scheme.otherwise)
        .count();
    let cells = names
        .into_iter()
        .zip(counts)
        .map(|(row, counts)| {
            row.into_iter()
                .zip(counts)
                .map(|(segment, customers)| GridCell { segment, customers })
                .collect()
        })
        .collect();
    Ok(GridView {
        points,
        axes,
        cells,
        unreached,
        uncovered,
        otherwise: scheme.otherwise.clone(),
    })
}

/// One cell as the grid editor set it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridCellRule {
    /// Row score.
    pub row: u8,
    /// Column score.
    pub column: u8,
    /// The segment the merchant gave the cell.
    pub segment: String,
}

/// A scheme from a grid edited cell by cell: one rule per segment, covering its cells.
pub fn scheme_from_grid(
    name: &str,
    axes: &GridAxes,
    cells: &[GridCellRule],
    otherwise: &str,
) -> Scheme {
    let mut rules: Vec<Rule> = Vec::new();
    for cell in cells.iter().filter(|c| c.segment != otherwise) {
        let score =
            |id: &str, s: u8| Condition::between(id, Some(f64::from(s)), Some(f64::from(s)));
        let when = Condition::all(vec![
            score(&axes.rows_feature, cell.row),
            score(&axes.columns_feature, cell.column),
        ]);
        match rules.iter_mut().find(|r| r.segment == cell.segment) {
            Some(Rule {
                when: Condition::Any(of),
                ..
            }) => of.push(when),
            _ => rules.push(Rule {
                segment: cell.segment.clone(),
                when: Condition::Any(vec![when]),
            }),
        }
    }
    Scheme {
        name: name.to_string(),
        rules,
        otherwise: otherwise.to_string(),
        period: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::rfm::standard_segments;

    #[test]
    fn an_edited_grid_becomes_rules_and_flags_its_gaps() {
        let axes = GridAxes::recency_frequency(Language::English);
        let cell = |row, column, segment: &str| GridCellRule {
            row,
            column,
            segment: segment.into(),
        };
        let cells = [cell(1, 1, "Gone"), cell(1, 2, "Gone"), cell(2, 2, "Good")];
        let mut scheme = scheme_from_grid("Mine", &axes, &cells, "Unplaced");
        assert_eq!(
            GridAxes::of_scheme(&scheme, Language::English),
            Some(axes.clone())
        );
        // A segment whose rule no cell can satisfy.
        scheme.rules.push(Rule {
            segment: "Never".into(),
            when: Condition::between(ids::R_SCORE, Some(9.0), None),
        });
        let mut t = FeatureTable {
            len: 3,
            ..FeatureTable::default()
        };
        t.set(
            ids::R_SCORE,
            "R",
            FeatureData::Number(vec![1.0, 1.0, f64::NAN]),
        );
        t.set(
            ids::F_SCORE,
            "F",
            FeatureData::Number(vec![2.0, 2.0, f64::NAN]),
        );
        let grid = grid_view(&scheme, &t, 3, axes).unwrap();
        assert_eq!(grid.cells[0][0].segment, "Gone");
        assert_eq!(grid.cells[0][1].segment, "Gone");
        assert_eq!(grid.cells[0][1].customers, 2);
        assert_eq!(grid.cells[1][1].segment, "Good");
        assert_eq!(grid.cells[2][2].segment, "Unplaced");
        assert_eq!(grid.uncovered, 9 - 3);
        assert_eq!(grid.unreached, vec!["Never"]);
    }

    #[test]
    fn only_schemes_on_two_scores_are_grids() {
        assert_eq!(
            GridAxes::of_scheme(&standard_segments(Language::English), Language::English),
            Some(GridAxes::recency_frequency(Language::English))
        );
        let other = Scheme {
            name: "x".into(),
            rules: vec![Rule {
                segment: "Big".into(),
                when: Condition::between("monetary", Some(1.0), None),
            }],
            otherwise: "Rest".into(),
            period: None,
        };
        assert_eq!(GridAxes::of_scheme(&other, Language::English), None);
    }
}
