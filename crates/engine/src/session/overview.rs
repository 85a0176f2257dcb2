//! What the page shows of a file before and after its analysis: the mapping screen's
//! overview of its columns, and the report of what happened to every row.

use super::views::{ColumnOverview, FileOverview, RowReport};
use crate::export::problems::rows_left_out;
use crate::reading::{
    separator_label, ColumnData, DateOrder, DateShape, Encoding, NumberStyle, Table,
};
use crate::roles::{normalize_header, propose_mapping, Role};
use crate::shop::{Shop, StatusClass};

/// How many problem sentences travel to the page; the export has them all.
pub const PROBLEMS_SHOWN: usize = 1000;

/// The mapping screen's view of a newly read file.
pub fn overview(name: &str, table: &Table) -> FileOverview {
    let default_order = table.options.default_date_order.get();
    let proposed = propose_mapping(table);
    let columns = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // A column of numbers proposed as a date says how the numbers read as dates
            // (Excel serials, Unix time), so the merchant can tell Excel's two systems apart.
            let as_date = matches!(c.data, ColumnData::Number(_))
                && [Role::OrderDate, Role::BirthDate]
                    .iter()
                    .any(|&r| proposed.column_of(r) == Some(i));
            let format = if as_date {
                c.stamps(None, default_order).format
            } else {
                c.format_label(default_order)
            };
            let (number_style, date_order, undecided) = match &c.data {
                ColumnData::Number(cells) => (
                    Some(if cells.first {
                        NumberStyle::DecimalPoint
                    } else {
                        NumberStyle::DecimalComma
                    }),
                    None,
                    false,
                ),
                ColumnData::Date { cells, shape, .. } => {
                    let numeric = *shape == DateShape::Numeric;
                    (
                        None,
                        numeric.then_some(if cells.first {
                            DateOrder::DayFirst
                        } else {
                            DateOrder::MonthFirst
                        }),
                        numeric && cells.votes.undecided(),
                    )
                }
                _ => (None, None, false),
            };
            ColumnOverview {
                name: c.name.clone(),
                kind: c.kind(),
                format,
                examples: c.examples.clone(),
                number_style,
                date_order,
                date_order_undecided: undecided,
            }
        })
        .collect();
    let header_key = table
        .columns
        .iter()
        .map(|c| normalize_header(&c.name))
        .collect::<Vec<_>>()
        .join("|");
    FileOverview {
        file_name: name.to_string(),
        bytes: table.bytes,
        encoding: table.encoding,
        encodings: Encoding::ALL
            .iter()
            .map(|e| (*e, e.label().to_string()))
            .collect(),
        separator: separator_label(table.dialect.separator).to_string(),
        separator_char: char::from(table.dialect.separator),
        rows: table.rows,
        blank_rows: table.blank_rows,
        repaired_bytes: table.repaired_bytes,
        problems: table
            .rejected
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| p.to_string())
            .collect(),
        problem_count: table.rejected.len(),
        columns,
        proposed,
        roles: Role::ALL
            .iter()
            .map(|r| (*r, r.label().to_string()))
            .collect(),
        header_key,
    }
}

/// What happened to the rows, for the report panel.
pub fn row_report(table: &Table, shop: &Shop) -> RowReport {
    let problems = rows_left_out(table, Some(shop));
    let mut left_out: Vec<String> = shop
        .report
        .left_out
        .iter()
        .map(|(status, class, n)| {
            let orders = if *n == 1 { "order" } else { "orders" };
            match (class, status.is_empty()) {
                (StatusClass::Cancelled, true) => {
                    format!("{n} cancelled {orders} (a cancellation date is set)")
                }
                (_, _) => format!("{n} {orders} with status \"{status}\" ({})", class.label()),
            }
        })
        .collect();
    match shop.report.refund_rows {
        0 => {}
        1 => left_out.push(
            "1 row with a negative amount counted as a refund: it lowers the customer's spend but is not an order".into(),
        ),
        n => left_out.push(format!(
            "{n} rows with negative amounts counted as refunds: they lower the customer's spend but are not orders"
        )),
    }
    let later = shop.report.after_reference;
    if let (Some(day), true) = (later.date, later.orders > 0) {
        let orders = if later.orders == 1 { "order" } else { "orders" };
        let rows = if later.rows == later.orders {
            String::new()
        } else {
            format!(" ({} rows)", later.rows)
        };
        left_out.push(format!(
            "{} {orders}{rows} dated on or after {}, the reference date: the segments show the \
             shop as it stood at the start of that day",
            later.orders,
            day.spelled()
        ));
    }
    for (code, rows) in &shop.report.currencies.other {
        let rows = if *rows == 1 {
            "1 row".to_string()
        } else {
            format!("{rows} rows")
        };
        left_out.push(format!(
            "{rows} in {code}: amounts in different currencies are never added together, so each currency is segmented on its own"
        ));
    }
    let mut notes = Vec::new();
    let currencies = &shop.report.currencies;
    if currencies.unnamed > 0 && !currencies.other.is_empty() {
        let (n, code) = (currencies.unnamed, &currencies.counted);
        let rows = if n == 1 {
            "1 row names".to_string()
        } else {
            format!("{n} rows name")
        };
        notes.push(format!(
            "{rows} no currency while others do; they are counted in {code}, the currency on show."
        ));
    }
    if let Some(kind) = shop.report.amount_kind {
        notes.push(format!("Amounts: {}.", kind.label()));
    }
    if table.repaired_bytes > 0 {
        notes.push(format!(
            "{} bytes were not valid UTF-8 and were read as Windows-1252 characters.",
            table.repaired_bytes
        ));
    }
    RowReport {
        rows_read: table.records(),
        rows_used: shop.report.rows_used,
        blank_rows: table.blank_rows,
        problem_count: problems.len(),
        problems: problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| p.to_string())
            .collect(),
        left_out,
        notes,
    }
}
