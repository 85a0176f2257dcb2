//! Cross-tabulation of two schemes: how the segments of one split over the segments of
//! the other (e.g. RFM segment × region), with customers and revenue per cell.

use crate::basics::money::Units;
use crate::features::{ids, FeatureTable};
use crate::segmentation::scheme::Assignment;
use serde::{Deserialize, Serialize};

/// One cell of a cross-tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CrossCell {
    /// Customers in both segments.
    pub customers: usize,
    /// Their total net spend.
    pub revenue: f64,
}

/// Two schemes crossed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Crosstab {
    /// The row scheme's name.
    pub rows_scheme: String,
    /// The column scheme's name.
    pub columns_scheme: String,
    /// Row segments.
    pub rows: Vec<String>,
    /// Column segments.
    pub columns: Vec<String>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<CrossCell>>,
}

/// Crosses the assignments of two schemes over the same customers.
pub fn crosstab(
    (rows_scheme, rows): (&str, &Assignment),
    (columns_scheme, columns): (&str, &Assignment),
    features: &FeatureTable,
) -> Crosstab {
    let mut cells = vec![vec![CrossCell::default(); columns.segments.len()]; rows.segments.len()];
    let spend = features.numbers(ids::MONETARY);
    // Revenue summed in exact units per cell, written as an amount once at the end.
    let mut units = vec![vec![Units(0); columns.segments.len()]; rows.segments.len()];
    for (c, (&r, &k)) in rows
        .of_customer
        .iter()
        .zip(&columns.of_customer)
        .enumerate()
    {
        let (r, k) = (usize::from(r), usize::from(k));
        cells[r][k].customers += 1;
        if let Some(s) = spend.filter(|s| !s[c].is_nan()) {
            units[r][k] += Units::of(s[c]);
        }
    }
    for (row, sums) in cells.iter_mut().zip(units) {
        for (cell, sum) in row.iter_mut().zip(sums) {
            cell.revenue = sum.amount();
        }
    }
    Crosstab {
        rows_scheme: rows_scheme.to_string(),
        columns_scheme: columns_scheme.to_string(),
        rows: rows.segments.clone(),
        columns: columns.segments.clone(),
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeatureData;

    #[test]
    fn hand_computed_cells() {
        let mut t = FeatureTable {
            len: 4,
            ..FeatureTable::default()
        };
        t.set(
            ids::MONETARY,
            "Total spent",
            FeatureData::Number(vec![10.0, 20.0, f64::NAN, 5.0]),
        );
        let a = Assignment {
            segments: vec!["New".into(), "Old".into()],
            of_customer: vec![0, 0, 1, 1],
        };
        let b = Assignment {
            segments: vec!["DE".into(), "FR".into(), "Other".into()],
            of_customer: vec![0, 1, 1, 1],
        };
        let x = crosstab(("Age", &a), ("Place", &b), &t);
        let cell = |r: usize, k: usize| (x.cells[r][k].customers, x.cells[r][k].revenue);
        assert_eq!(cell(0, 0), (1, 10.0));
        assert_eq!(cell(0, 1), (1, 20.0));
        assert_eq!(cell(1, 1), (2, 5.0));
        assert_eq!(cell(1, 2), (0, 0.0));
        assert_eq!(x.columns.len(), 3);
    }
}
