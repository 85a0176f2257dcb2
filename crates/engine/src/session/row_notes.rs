//! What the row report says in words of its own: the orders and rows the analysis leaves
//! out on purpose, and notes on how the file was counted. Kept as facts, written in the
//! page's language when shown.

use crate::basics::calendar::Date;
use crate::basics::text::count;
use crate::shop::{AmountKind, StatusClass};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

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
