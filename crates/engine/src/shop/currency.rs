//! The shop's currency, from a currency column or from the marks written with the amounts.

use crate::basics::money::Currency;
use crate::reading::Table;
use crate::roles::{normalize_header, Mapping, Role};

/// The currency: from a currency column if there is one, else from the money column's cells.
pub fn detect_currency(table: &Table, mapping: &Mapping) -> Currency {
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
    let by_column = table
        .columns
        .iter()
        .find(|c| CURRENCY_HEADERS.contains(&normalize_header(&c.name).as_str()));
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
