//! A shop export rewritten for a warehouse: the rows the analysis used, every value as the
//! engine read it (UTF-8, comma-separated, dates `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`,
//! plain numbers), and each column's SQL type. Loaded into DuckDB, Spark or PostgreSQL, it
//! is the table the SQL version of a scheme reads.
//!
//! Unlike the files for spreadsheets, cells are written exactly as they are: this file is
//! data for programs, so nothing is prefixed against formulas.

use crate::reading::{ColumnKind, RowProblem, Table};
use crate::roles::{Mapping, Needs, Role};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The SQL type of a column of the rewritten table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnType {
    /// Text.
    Text,
    /// A number.
    Number,
    /// A calendar day.
    Date,
    /// A day and a time.
    Timestamp,
}

/// A column of the rewritten table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableColumn {
    /// Its header.
    pub name: String,
    /// Its type.
    pub kind: ColumnType,
}

/// The rows of `table` not in `left_out`, as CSV, with the columns' types.
pub fn clean_table(
    table: &Table,
    mapping: &Mapping,
    left_out: &[RowProblem],
) -> (Vec<u8>, Vec<TableColumn>) {
    let skipped: HashSet<u64> = left_out.iter().map(|p| p.line).collect();
    let default_order = table.options.default_date_order.get();
    let choice = |i: usize| mapping.columns.get(i).copied().unwrap_or_default();
    // A column is written as its role reads it (an order date of Unix seconds as a date),
    // else as the reader typed it.
    let read_as = |i: usize, c: &crate::reading::Column| match choice(i).role.map(Role::needs) {
        Some(Needs::Number) => ColumnKind::Number,
        Some(Needs::Date) => ColumnKind::Date,
        Some(Needs::Text) => ColumnKind::Text,
        None => c.kind(),
    };
    let numbers: Vec<_> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (read_as(i, c) == ColumnKind::Number).then(|| c.numbers(choice(i).number_style))
        })
        .collect();
    let stamps: Vec<_> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (read_as(i, c) == ColumnKind::Date)
                .then(|| c.stamps(choice(i).date_order, default_order))
        })
        .collect();
    let columns: Vec<TableColumn> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| TableColumn {
            name: c.name.clone(),
            kind: match (&numbers[i], &stamps[i]) {
                (Some(_), _) => ColumnType::Number,
                (_, Some(s))
                    if (0..c.len()).any(|r| s.at(r).is_some_and(|s| s.minute.is_some())) =>
                {
                    ColumnType::Timestamp
                }
                (_, Some(_)) => ColumnType::Date,
                _ => ColumnType::Text,
            },
        })
        .collect();
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| quoted(&c.name)).collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for row in 0..table.rows {
        if skipped.contains(&table.line_of(row)) {
            continue;
        }
        let cells: Vec<String> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| match (&numbers[i], &stamps[i]) {
                (Some(n), _) => n
                    .at(row)
                    .map(crate::reading::format_number)
                    .unwrap_or_default(),
                (_, Some(s)) => {
                    s.at(row)
                        .map_or_else(String::new, |s| match (columns[i].kind, s.minute) {
                            (ColumnType::Timestamp, Some(m)) => {
                                format!("{} {:02}:{:02}:00", s.date, m / 60, m % 60)
                            }
                            (ColumnType::Timestamp, None) => format!("{} 00:00:00", s.date),
                            _ => s.date.to_string(),
                        })
                }
                _ => quoted(&c.text(row)),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    (out.into_bytes(), columns)
}

/// A CSV field, quoted when it must be.
fn quoted(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;

    #[test]
    fn values_are_written_as_read_and_bad_rows_left_out() {
        let file = "Kunde;Datum;Betrag;Notiz\nA;03.01.2024;1.234,50;=x\nB;04.01.2024;12,00;\"a, b\"\nC;05.01.2024 14:30;7;\n";
        let table = read_table(file.as_bytes(), &ReadOptions::default()).unwrap();
        let problems = vec![RowProblem {
            line: 3,
            column: None,
            problem: crate::reading::Problem::Missing {
                what: crate::reading::Value::OrderDate,
            },
        }];
        let (bytes, columns) = clean_table(&table, &propose_mapping(&table), &problems);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "Kunde,Datum,Betrag,Notiz\nA,2024-01-03 00:00:00,1234.5,=x\nC,2024-01-05 14:30:00,7,\n"
        );
        let kinds: Vec<ColumnType> = columns.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ColumnType::Text,
                ColumnType::Timestamp,
                ColumnType::Number,
                ColumnType::Text
            ]
        );
    }
}
