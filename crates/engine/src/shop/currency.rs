//! The shop's currency, from a currency column or from the marks written with the amounts;
//! and, for a file that names several (in a currency column, or as marks that differ from
//! row to row), which row is in which and how many rows each has, so that amounts in
//! different currencies are never added together.

use crate::basics::money::{iso_code, Currency};
use crate::reading::{read_number, Column, CurrencyMarks, Reading, Table};
use crate::roles::{normalize_header, Mapping, Role};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// Headers of a column naming each row's currency.
const CURRENCY_HEADERS: [&str; 8] = [
    "currency",
    "order currency",
    "wahrung",
    "devise",
    "moneda",
    "valuta",
    "moeda",
    "converted currency",
];

/// The column naming each row's currency, if the file has one.
pub fn currency_column(table: &Table) -> Option<usize> {
    table
        .columns
        .iter()
        .position(|c| CURRENCY_HEADERS.contains(&normalize_header(&c.name).as_str()))
}

/// A currency code as rows are told apart by it: trimmed, in capitals (`usd` is `USD`).
pub fn currency_code(text: &str) -> String {
    text.trim().to_uppercase()
}

/// Where a file says each row's currency: a currency column, or else the marks written with
/// the amounts when they name more than one (`$12.00` on one row, `12,00 €` on the next).
pub enum RowCurrencies<'a> {
    /// A column naming each row's currency (`EUR`, `usd`).
    Column(&'a Column),
    /// The currency marks of the money column's cells: kept as it was read, or worked out
    /// from its text when not all its cells are numbers.
    Marks(Cow<'a, CurrencyMarks>),
}

impl<'a> RowCurrencies<'a> {
    /// How `table` says each row's currency, if it does, with the money columns as `mapping`
    /// maps them.
    pub fn of(table: &'a Table, mapping: &Mapping) -> Option<RowCurrencies<'a>> {
        if let Some(column) = currency_column(table) {
            return Some(RowCurrencies::Column(&table.columns[column]));
        }
        let column = &table.columns[money_column(mapping)?];
        let marks = match column.currency_marks() {
            Some(marks) => Cow::Borrowed(marks),
            None => Cow::Owned(column.text_currency_marks()?),
        };
        Some(RowCurrencies::Marks(marks))
    }

    /// Calls `f` with each row and its currency code (`""` when the row names none). Each
    /// distinct cell or mark is judged once: a file names few currencies.
    pub fn each_row(&self, rows: usize, mut f: impl FnMut(usize, &str)) {
        match self {
            RowCurrencies::Column(column) => {
                let mut judged: HashMap<Cow<'_, str>, String> = HashMap::new();
                for row in 0..rows {
                    let code = judged
                        .entry(column.text(row))
                        .or_insert_with_key(|text| currency_code(text));
                    f(row, code);
                }
            }
            RowCurrencies::Marks(marks) => {
                let codes = mark_codes(marks.names());
                for row in 0..rows {
                    let code = marks
                        .at(row)
                        .and_then(|m| marks.names().iter().position(|&n| n == m))
                        .map_or("", |i| codes[i].as_str());
                    f(row, code);
                }
            }
        }
    }
}

/// Marks that several currencies write (`$`, `kr`, `Rs`, `¥`), with the codes they may
/// stand for.
const SHARED_MARKS: [(&[&str], &[&str]); 4] = [
    (
        &["$"],
        &[
            "USD", "CAD", "AUD", "NZD", "HKD", "MXN", "SGD", "ARS", "CLP", "COP", "TWD",
        ],
    ),
    (&["kr", "kr."], &["SEK", "NOK", "DKK", "ISK"]),
    (&["Rs", "Rs."], &["INR", "PKR", "LKR", "NPR"]),
    (&["¥"], &["JPY", "CNY"]),
];

/// The currency code of each of a column's marks (`names`). A mark several currencies
/// write stands for the one of them the column also names by code (`kr` beside `SEK` is
/// Swedish crowns), else for its usual currency ([`iso_code`]).
fn mark_codes(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|&mark| {
            let family = SHARED_MARKS
                .iter()
                .find(|(marks, _)| marks.contains(&mark))
                .map(|(_, codes)| *codes);
            // The codes the column's other marks stand for, of this mark's family.
            let candidates: Vec<&str> = family.map_or_else(Vec::new, |codes| {
                let mut found: Vec<&str> = names
                    .iter()
                    .filter(|&&other| other != mark)
                    .map(|&other| iso_code(other))
                    .filter(|c| codes.contains(c))
                    .collect();
                found.sort_unstable();
                found.dedup();
                found
            });
            match candidates.as_slice() {
                [one] => (*one).to_string(),
                _ => iso_code(mark).to_string(),
            }
        })
        .collect()
}

/// The currencies a file names row by row (a currency column, or the marks of its amounts),
/// with their rows, most rows first (ties by code); empty when it names none.
pub fn currencies(table: &Table, mapping: &Mapping) -> Vec<(String, usize)> {
    let Some(rows) = RowCurrencies::of(table, mapping) else {
        return Vec::new();
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut last: Option<(String, usize)> = None;
    rows.each_row(table.rows, |_, code| {
        // Runs of one currency are counted without a lookup per row.
        match &mut last {
            Some((c, n)) if c == code => *n += 1,
            _ => {
                if let Some((c, n)) = last.take() {
                    *counts.entry(c).or_default() += n;
                }
                last = Some((code.to_string(), 1));
            }
        }
    });
    if let Some((c, n)) = last {
        *counts.entry(c).or_default() += n;
    }
    counts.remove("");
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

/// What leaving out the rows in other currencies than the one counted left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOutCurrencies {
    /// The currency counted (empty when the file names one or none).
    pub counted: String,
    /// The other currencies, with their rows left out, by code.
    pub other: Vec<(String, usize)>,
    /// Rows kept that name no currency (an empty currency cell, an amount without a mark):
    /// they are counted in the currency counted.
    pub unnamed: usize,
}

/// Marks as skipped the rows that name another currency than `kept` (rows that name none
/// stay), and counts them per currency. Rows already skipped are not counted again.
pub fn leave_out(
    table: &Table,
    mapping: &Mapping,
    kept: &str,
    skipped: &mut [bool],
) -> LeftOutCurrencies {
    let Some(named) = RowCurrencies::of(table, mapping) else {
        return LeftOutCurrencies::default();
    };
    let mut other: BTreeMap<String, usize> = BTreeMap::new();
    let mut unnamed = 0;
    named.each_row(skipped.len(), |row, code| {
        if skipped[row] {
            return;
        }
        if code.is_empty() {
            unnamed += 1;
        } else if code != kept {
            skipped[row] = true;
            match other.get_mut(code) {
                Some(n) => *n += 1,
                None => {
                    other.insert(code.to_string(), 1);
                }
            }
        }
    });
    LeftOutCurrencies {
        counted: kept.to_string(),
        other: other.into_iter().collect(),
        unnamed,
    }
}

/// The column the shop's amounts are read from: the order amount, else the customer's
/// total, else the unit price.
fn money_column(mapping: &Mapping) -> Option<usize> {
    [Role::Amount, Role::TotalSpent, Role::UnitPrice]
        .iter()
        .find_map(|&r| mapping.column_of(r))
}

/// The currency: from a currency column if there is one, else from the money column's cells.
pub fn detect_currency(table: &Table, mapping: &Mapping) -> Currency {
    let by_column = currency_column(table).map(|i| &table.columns[i]);
    if let Some(col) = by_column {
        if let Some(code) = col.examples.first() {
            return Currency::from_mark(code);
        }
    }
    money_column(mapping).map_or_else(Currency::default, |i| {
        // A cell that is no amount says nothing of the currency: `â‚¬12.00` is a `€` read in
        // the wrong encoding, and the amounts that are read may be in dollars.
        let amounts = table.columns[i]
            .examples
            .iter()
            .map(String::as_str)
            .filter(|cell| !matches!(read_number(cell), Reading::Unreadable));
        Currency::detect(amounts)
    })
}
