//! The rows left out of the analysis, reading and binding together, as the merchant can
//! check them: line, column and reason.

use super::csv::{Cell, CsvWriter};
use crate::reading::{RowProblem, Table};
use crate::shop::Shop;

/// All rows left out, reading and binding together, in line order.
pub fn rows_left_out(table: &Table, shop: Option<&Shop>) -> Vec<RowProblem> {
    let mut problems: Vec<RowProblem> = table.rejected.clone();
    if let Some(shop) = shop {
        problems.extend(shop.report.problems.iter().cloned());
    }
    problems.sort_by_key(|p| p.line);
    problems
}

/// Every row left out, as a CSV file.
pub fn problems_csv(table: &Table, shop: Option<&Shop>) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    csv.row(vec![
        Cell::from("line"),
        Cell::from("column"),
        Cell::from("reason"),
    ]);
    for p in rows_left_out(table, shop) {
        csv.row(vec![
            Cell::Number(p.line as f64),
            Cell::from(p.column.clone().unwrap_or_default()),
            Cell::from(p.problem.to_string()),
        ]);
    }
    csv.finish()
}
