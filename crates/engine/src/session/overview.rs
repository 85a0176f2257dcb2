//! What the page shows of a file before and after its analysis: the mapping screen's
//! overview of its columns, and the report of what happened to every row.

use super::row_notes::{CountingNote, SetAside};
use super::views::{ColumnOverview, FileOverview, RowReport};
use crate::export::problems::rows_left_out;
use crate::reading::{ColumnData, DateOrder, DateShape, NumberStyle, Table};
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
                c.format(default_order)
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
        separator: char::from(table.dialect.separator),
        rows: table.rows,
        blank_rows: table.blank_rows,
        repaired_bytes: table.repaired_bytes,
        problems: table
            .rejected
            .iter()
            .take(PROBLEMS_SHOWN)
            .cloned()
            .collect(),
        problem_count: table.rejected.len(),
        columns,
        proposed,
        header_key,
    }
}

/// What happened to the rows, for the report panel.
pub fn row_report(table: &Table, shop: &Shop) -> RowReport {
    let problems = rows_left_out(table, Some(shop));
    let report = &shop.report;
    let mut left_out: Vec<SetAside> = report
        .left_out
        .iter()
        .map(|(status, class, orders)| match (class, status.is_empty()) {
            (StatusClass::Cancelled, true) => SetAside::CancellationDate { orders: *orders },
            _ => SetAside::Status {
                status: status.clone(),
                class: *class,
                orders: *orders,
            },
        })
        .collect();
    if report.refund_rows > 0 {
        left_out.push(SetAside::Refunds {
            rows: report.refund_rows,
        });
    }
    let later = report.after_reference;
    if let (Some(date), true) = (later.date, later.orders > 0) {
        left_out.push(SetAside::AfterReference {
            orders: later.orders,
            rows: later.rows,
            date,
        });
    }
    left_out.extend(
        report
            .currencies
            .other
            .iter()
            .map(|(code, rows)| SetAside::OtherCurrency {
                code: code.clone(),
                rows: *rows,
            }),
    );
    let mut notes = Vec::new();
    let currencies = &report.currencies;
    if currencies.unnamed > 0 && !currencies.other.is_empty() {
        notes.push(CountingNote::UnnamedCurrency {
            rows: currencies.unnamed,
            counted: currencies.counted.clone(),
        });
    }
    if let Some(kind) = report.amount_kind {
        notes.push(CountingNote::Amounts(kind));
    }
    if table.repaired_bytes > 0 {
        notes.push(CountingNote::Repaired {
            bytes: table.repaired_bytes,
        });
    }
    RowReport {
        rows_read: table.records(),
        rows_used: report.rows_used,
        blank_rows: table.blank_rows,
        problem_count: problems.len(),
        problems: problems.into_iter().take(PROBLEMS_SHOWN).collect(),
        left_out,
        notes,
    }
}
