//! The shop's currency, from a currency column or from the marks written with the amounts;
//! and, for a file whose currency column names several, how many rows each has, so that
//! amounts in different currencies are never added together.

use crate::basics::money::Currency;
use crate::reading::Table;
use crate::roles::{normalize_header, Mapping, Role};
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

/// The currencies the currency column names, with their rows, most rows first (ties by
/// code); empty without such a column.
pub fn currencies(table: &Table) -> Vec<(String, usize)> {
    let Some(column) = currency_column(table) else {
        return Vec::new();
    };
    let column = &table.columns[column];
    // Counted as written first (a borrowed cell for the usual few-valued column), then
    // merged by code: no string is made per row.
    let mut written: HashMap<Cow<'_, str>, usize> = HashMap::new();
    for row in 0..table.rows {
        *written.entry(column.text(row)).or_default() += 1;
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (text, n) in written {
        let code = currency_code(&text);
        if !code.is_empty() {
            *counts.entry(code).or_default() += n;
        }
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

/// The currency: from a currency column if there is one, else from the money column's cells.
pub fn detect_currency(table: &Table, mapping: &Mapping) -> Currency {
    let by_column = currency_column(table).map(|i| &table.columns[i]);
    if let Some(col) = by_column {
        if let Some(code) = col.examples.first() {
            return Currency::from_mark(code);
        }
    }
    let money = [Role::Amount, Role::TotalSpent, Role::UnitPrice]
        .iter()
        .find_map(|&r| mapping.column_of(r));
    money.map_or_else(Currency::default, |i| {
        Currency::detect(table.columns[i].examples.iter().map(String::as_str))
    })
}
