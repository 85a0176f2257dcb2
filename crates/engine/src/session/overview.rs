//! What the page shows of a file before and after its analysis: the mapping screen's
//! overview of its columns, and the report of what happened to every row.

use super::views::{ColumnOverview, FileOverview, RowReport};
use crate::basics::calendar::Date;
use crate::basics::text::count;
use crate::export::problems::rows_left_out;
use crate::reading::{ColumnData, DateOrder, DateShape, NumberStyle, Table};
use crate::roles::{normalize_header, propose_mapping, Role};
use crate::shop::{AmountKind, Shop, StatusClass};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

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

/// Orders or rows the analysis leaves out on purpose, for the row report. Kept as facts,
/// not sentences, so the page writes them in its language and again when it changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SetAside {
    /// Orders whose status is not a sale: cancelled, refunded, unpaid or test orders.
    Status {
        /// The status as written.
        status: String,
        /// What it means.
        class: StatusClass,
        /// Its orders.
        orders: usize,
    },
    /// Orders with a cancellation date set (and no status saying otherwise).
    CancellationDate {
        /// The orders.
        orders: usize,
    },
    /// Rows with negative amounts, counted as refunds and not as orders.
    Refunds {
        /// The rows.
        rows: usize,
    },
    /// Orders dated on or after the reference date.
    AfterReference {
        /// The orders (refunds included).
        orders: usize,
        /// Their rows.
        rows: usize,
        /// The reference date.
        date: Date,
    },
    /// Rows in another currency than the one counted.
    OtherCurrency {
        /// The currency's code.
        code: String,
        /// Its rows.
        rows: usize,
    },
}

impl Sentence for SetAside {
    fn sentence(&self, language: Language) -> String {
        let n = |n: usize| count(language, n);
        match self {
            SetAside::Status {
                status,
                class,
                orders,
            } => language.text(
                Key::OverviewLeftOutStatus,
                &[
                    ("count", n(*orders)),
                    ("status", status.as_str().into()),
                    ("class", class.label(language).into()),
                ],
            ),
            SetAside::CancellationDate { orders } => {
                language.text(Key::OverviewLeftOutCancelled, &[("count", n(*orders))])
            }
            SetAside::Refunds { rows } => {
                language.text(Key::OverviewLeftOutRefunds, &[("count", n(*rows))])
            }
            SetAside::AfterReference { orders, rows, date } => {
                let mut args = vec![
                    ("count", n(*orders)),
                    ("date", date.written(language).into()),
                ];
                let key = if rows == orders {
                    Key::OverviewLeftOutAfterReference
                } else {
                    args.push(("rows", n(*rows)));
                    Key::OverviewLeftOutAfterReferenceRows
                };
                language.text(key, &args)
            }
            SetAside::OtherCurrency { code, rows } => language.text(
                Key::OverviewLeftOutCurrency,
                &[("count", n(*rows)), ("code", code.as_str().into())],
            ),
        }
    }
}

impl fmt::Display for SetAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// A note on how the file was counted, for the row report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CountingNote {
    /// Rows that name no currency in a file where others do.
    UnnamedCurrency {
        /// The rows.
        rows: usize,
        /// The currency they are counted in, the one on show.
        counted: String,
    },
    /// How the amount column counts money.
    Amounts(AmountKind),
    /// Bytes that were not UTF-8 and were read as Windows-1252.
    Repaired {
        /// The bytes.
        bytes: u64,
    },
}

impl Sentence for CountingNote {
    fn sentence(&self, language: Language) -> String {
        match self {
            CountingNote::UnnamedCurrency { rows, counted } => language.text(
                Key::OverviewNoteUnnamedCurrency,
                &[
                    ("count", count(language, *rows)),
                    ("code", counted.as_str().into()),
                ],
            ),
            CountingNote::Amounts(kind) => language.text(
                Key::OverviewNoteAmounts,
                &[("amounts", kind.label(language).into())],
            ),
            CountingNote::Repaired { bytes } => language.text(
                Key::MappingRepaired,
                &[("count", count(language, *bytes as usize))],
            ),
        }
    }
}

impl fmt::Display for CountingNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_left_out_sentences_read_as_they_always_have() {
        let refunded = SetAside::Status {
            status: "refunded".into(),
            class: StatusClass::Refunded,
            orders: 41,
        };
        assert_eq!(
            refunded.to_string(),
            "41 orders with status \"refunded\" (refunded)"
        );
        let later = SetAside::AfterReference {
            orders: 1,
            rows: 3,
            date: Date::from_ymd(2025, 6, 1).unwrap(),
        };
        assert_eq!(
            later.to_string(),
            "1 order (3 rows) dated on or after 1 June 2025, the reference date: the segments \
             show the shop as it stood at the start of that day"
        );
        assert_eq!(
            CountingNote::Repaired { bytes: 12345 }.to_string(),
            "12345 bytes were not valid UTF-8 and were read as Windows-1252 characters."
        );
    }

    #[test]
    fn the_row_report_in_german() {
        let de = Language::German;
        let refunded = SetAside::Status {
            status: "refunded".into(),
            class: StatusClass::Refunded,
            orders: 1234,
        };
        assert_eq!(
            refunded.sentence(de),
            "1.234 Bestellungen mit dem Status „refunded“ (erstattet)"
        );
        let euros = SetAside::OtherCurrency {
            code: "EUR".into(),
            rows: 1,
        };
        assert!(euros.sentence(de).starts_with("1 Zeile in EUR: Beträge"));
        let note = CountingNote::Amounts(AmountKind::QuantityTimesPrice);
        assert_eq!(
            note.sentence(de),
            "Beträge: Betrag = Menge × Stückpreis, pro Bestellung addiert."
        );
    }
}
