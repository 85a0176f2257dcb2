//! Everything that can stop a request, as one typed error that travels to the edge.
//!
//! The engine never turns a failure into a string: a reading error stays a [`ReadError`], a
//! rule on a missing column a [`SchemeError`], and so on, all the way to the page, the
//! JavaScript module or the command line, which render the sentence ([`fmt::Display`]) or
//! react to the kind (the page goes back to the start on a file it cannot read, and to the
//! mapping on an incomplete one).

use crate::basics::calendar::Date;
use crate::basics::text::{count, digits};
use crate::export::sql::SqlError;
use crate::prediction::PredictionError;
use crate::reading::{ReadError, RowProblem};
use crate::segmentation::clustering::ClusterError;
use crate::segmentation::scheme::SchemeError;
use crate::shop::MappingIncomplete;
use crate::store::StoreError;
use segmenter_words::{Arg, Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why the engine could not answer a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EngineError {
    /// The file could not be read at all.
    Read(ReadError),
    /// A snapshot with no customer yet: every order is on or after its day.
    NoCustomersYet {
        /// The snapshot's reference date.
        day: Date,
    },
    /// A snapshot with no customer yet, though rows are dated before its day: none of them
    /// is an order or refund that counts (cancelled, in another currency, without a
    /// customer or an amount).
    NoUsableOrderYet {
        /// The snapshot's reference date.
        day: Date,
        /// Rows dated before it.
        rows: usize,
    },
    /// Two dates to compare that are not in order.
    MigrationDates {
        /// The earlier date asked for.
        from: Date,
        /// The later snapshot's reference date.
        to: Date,
    },
    /// A second file to compare with lacks a role.
    OtherFileMapping {
        /// Its name.
        file: String,
        /// What it lacks.
        missing: MappingIncomplete,
    },
    /// Two files to compare that have no customer key in common, so that no customer could
    /// be found in both: one names customers only by customer ID, the other only by e-mail
    /// address.
    KeyedDifferently {
        /// The file whose customers are keyed by customer ID.
        ids: String,
        /// The file whose customers are keyed by e-mail address.
        emails: String,
    },
    /// A list of customers with their totals cannot be cut at a reference date before its
    /// last orders.
    SummaryBeforeLastOrder {
        /// The reference date asked for.
        reference: Date,
        /// The day after the file's last order: the earliest reference date it can show.
        earliest: Date,
    },
    /// A second file (a newer export to measure campaigns on) could not be read.
    ReadOther {
        /// Its name.
        file: String,
        /// Why.
        error: ReadError,
    },
    /// The other file of a comparison could not be analysed.
    OtherFile {
        /// Its name.
        file: String,
        /// Why.
        error: Box<EngineError>,
    },
    /// A request about a file came before any file.
    NoFile,
    /// A request needing a file's bytes came without them.
    NoFileSent,
    /// The mapping lacks a role the analysis needs.
    MappingIncomplete(MappingIncomplete),
    /// The mapping is complete but no row could be used.
    NothingUsable {
        /// Data rows read; in a file of several currencies, those in the one counted.
        rows: usize,
        /// The currency counted, in a file of several: the other currencies' rows are
        /// segmented on their own and were not tried.
        currency: Option<String>,
        /// The first row left out, and why.
        first_problem: Option<RowProblem>,
    },
    /// A currency asked for (by a host, or `--currency`) that a file of several never names.
    CurrencyNotInFile {
        /// The code asked for, in capitals.
        asked: String,
        /// The currencies the file names, with their rows, most rows first.
        named: Vec<(String, usize)>,
    },
    /// The file had to be read again with settled conventions, more often than makes sense.
    ConventionsUnsettled,
    /// A request about the analysis came before any analysis.
    NoAnalysis,
    /// A scheme cannot be evaluated on this file.
    Scheme(SchemeError),
    /// The customers cannot be clustered as asked.
    Clustering(ClusterError),
    /// Nothing can be predicted for this file.
    Prediction(PredictionError),
    /// A comparison's snapshot, segmented with a scheme on predicted figures, cannot be
    /// predicted as of its day.
    SnapshotNotPredicted {
        /// The snapshot's reference date.
        day: Date,
        /// Why.
        error: PredictionError,
    },
    /// A migration cell or file was asked for before any migration.
    NoMigration,
    /// A cross-tab cell was asked for before any cross-tab.
    NoCrosstab,
    /// A segment index that the scheme on show does not have.
    NoSuchSegment,
    /// An export was asked for before there was anything to export.
    NothingToExport,
    /// A file chosen as a scheme is not one.
    NotAScheme {
        /// The line of the JSON where reading stopped.
        line: usize,
        /// Its column.
        column: usize,
        /// What was wrong there.
        reason: String,
    },
    /// A file the merchant chose to add campaign records from does not hold them.
    NotRecords {
        /// Why it could not be read.
        reason: String,
    },
    /// A host named a built-in scheme that does not exist.
    UnknownScheme {
        /// The key it gave.
        key: String,
        /// The keys there are.
        known: Vec<String>,
    },
    /// A host named a built-in scheme this file cannot be segmented by.
    SchemeUnavailable {
        /// The scheme's name.
        name: String,
        /// Why, as a sentence.
        why: String,
    },
    /// A host named a segment the scheme on show does not have.
    UnknownSegment {
        /// The name it gave.
        name: String,
        /// The segments there are.
        known: Vec<String>,
    },
    /// A campaign list was asked for a segment without customers.
    EmptySegment {
        /// The segment.
        segment: String,
    },
    /// Nobody in a segment can be put on the campaign list asked for.
    NobodyReachable {
        /// The segment.
        segment: String,
        /// Who was left out and why.
        left_out: LeftOut,
    },
    /// A newer file cannot be used to measure campaigns.
    CannotMeasure {
        /// Its name.
        file: String,
        /// What it lacks.
        lacks: MeasureLack,
    },
    /// A record the page kept in the browser could not be read.
    Store(StoreError),
    /// The scheme cannot be written as SQL.
    Sql(SqlError),
    /// The page sent a message the engine could not decode.
    BadMessage,
    /// The answer is not the kind the question expects (a defect, reported rather than
    /// hidden).
    UnexpectedAnswer,
    /// The work was stopped before it answered (Cancel, or a new file).
    Stopped,
}

/// What a newer file lacks to measure campaigns on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MeasureLack {
    /// Columns the mapping needs.
    Columns(MappingIncomplete),
    /// Dated orders.
    DatedOrders,
}

/// Who of a segment is not on a campaign list, and why.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    /// Customers in the segment.
    pub customers: usize,
    /// Those who declined marketing: they are never on a list.
    pub declined: usize,
    /// Those without an e-mail address, for a list that needs one.
    pub without_email: usize,
}

/// The sentence saying who was left out; empty when nobody was.
impl Sentence for LeftOut {
    fn sentence(&self, language: Language) -> String {
        let key = match (self.declined > 0, self.without_email > 0) {
            (true, true) => Key::LeftOutDeclinedAndWithoutEmail,
            (true, false) => Key::LeftOutDeclined,
            (false, true) => Key::LeftOutWithoutEmail,
            (false, false) => return String::new(),
        };
        language.text(
            key,
            &[
                ("customers", count(language, self.customers)),
                ("declined", count(language, self.declined)),
                ("without", count(language, self.without_email)),
            ],
        )
    }
}

impl From<ReadError> for EngineError {
    fn from(e: ReadError) -> Self {
        EngineError::Read(e)
    }
}

impl From<SchemeError> for EngineError {
    fn from(e: SchemeError) -> Self {
        EngineError::Scheme(e)
    }
}

impl From<ClusterError> for EngineError {
    fn from(e: ClusterError) -> Self {
        EngineError::Clustering(e)
    }
}

impl From<MappingIncomplete> for EngineError {
    fn from(e: MappingIncomplete) -> Self {
        EngineError::MappingIncomplete(e)
    }
}

impl Sentence for EngineError {
    fn sentence(&self, language: Language) -> String {
        let text = |key: Key, args: &[(&str, Arg)]| language.text(key, args);
        let day = |date: &Date| Arg::from(date.written(language));
        let name = |name: &str| Arg::Text(name.to_string().into());
        match self {
            EngineError::Read(e) => e.sentence(language),
            EngineError::NoCustomersYet { day: d } => {
                text(Key::ErrorNoCustomersYet, &[("day", day(d))])
            }
            EngineError::NoUsableOrderYet { day: d, rows } => text(
                Key::ErrorNoUsableOrderYet,
                &[("day", day(d)), ("count", count(language, *rows))],
            ),
            EngineError::MigrationDates { from, to } => text(
                Key::ErrorMigrationDates,
                &[("from", day(from)), ("to", day(to))],
            ),
            EngineError::OtherFileMapping { file, missing } => text(
                Key::ErrorOtherFileMapping,
                &[
                    ("file", name(file)),
                    ("missing", missing.sentence(language).into()),
                ],
            ),
            EngineError::KeyedDifferently { ids, emails } => text(
                Key::ErrorKeyedDifferently,
                &[("ids", name(ids)), ("emails", name(emails))],
            ),
            EngineError::SummaryBeforeLastOrder {
                reference,
                earliest,
            } => text(
                Key::ErrorSummaryBeforeLastOrder,
                &[("reference", day(reference)), ("earliest", day(earliest))],
            ),
            EngineError::ReadOther { file, error } => text(
                Key::ErrorReadOther,
                &[
                    ("file", name(file)),
                    ("error", error.sentence(language).into()),
                ],
            ),
            EngineError::OtherFile { file, error } => text(
                Key::ErrorReadOther,
                &[
                    ("file", name(file)),
                    ("error", error.sentence(language).into()),
                ],
            ),
            EngineError::NoFile => text(Key::ErrorNoFile, &[]),
            EngineError::NoFileSent => text(Key::ErrorNoFileSent, &[]),
            EngineError::MappingIncomplete(e) => e.sentence(language),
            EngineError::NothingUsable {
                rows,
                currency,
                first_problem,
            } => {
                let problem = first_problem
                    .as_ref()
                    .map(|p| p.sentence(language))
                    .unwrap_or_default();
                let rows = ("rows", count(language, *rows));
                match currency {
                    Some(code) => text(
                        Key::ErrorNothingUsableIn,
                        &[
                            rows,
                            ("currency", code.as_str().into()),
                            ("problem", problem.into()),
                        ],
                    ),
                    None => text(
                        Key::ErrorNothingUsable,
                        &[rows, ("problem", problem.into())],
                    ),
                }
            }
            EngineError::CurrencyNotInFile { asked, named } => {
                // The list the page shows of a file's currencies, written as it writes it.
                let listed = named
                    .iter()
                    .map(|(code, rows)| {
                        text(
                            Key::ResultsCurrencyRows,
                            &[("code", name(code)), ("count", Arg::Count(*rows as u64))],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                text(
                    Key::ErrorCurrencyNotInFile,
                    &[("asked", name(asked)), ("list", listed.into())],
                )
            }
            EngineError::ConventionsUnsettled => text(Key::ErrorConventionsUnsettled, &[]),
            EngineError::NoAnalysis => text(Key::ErrorNoAnalysis, &[]),
            EngineError::Scheme(e) => e.sentence(language),
            EngineError::Clustering(e) => e.sentence(language),
            EngineError::NoCrosstab => text(Key::ErrorNoCrosstab, &[]),
            EngineError::Prediction(e) => e.sentence(language),
            EngineError::SnapshotNotPredicted { day: d, error } => text(
                Key::ErrorSnapshotNotPredicted,
                &[("day", day(d)), ("error", error.sentence(language).into())],
            ),
            EngineError::NoMigration => text(Key::ErrorNoMigration, &[]),
            EngineError::NoSuchSegment => text(Key::ErrorNoSuchSegment, &[]),
            EngineError::NothingToExport => text(Key::ErrorNothingToExport, &[]),
            // The reasons are English: the JSON reader's words, and the stored records'.
            EngineError::NotRecords { reason } => {
                text(Key::ErrorNotRecords, &[("reason", name(reason))])
            }
            EngineError::NotAScheme {
                line,
                column,
                reason,
            } => text(
                Key::ErrorNotAScheme,
                &[
                    ("line", digits(line)),
                    ("column", digits(column)),
                    ("reason", name(reason)),
                ],
            ),
            EngineError::UnknownScheme { key, known } => text(
                Key::ErrorUnknownScheme,
                &[("key", name(key)), ("known", known.join(", ").into())],
            ),
            EngineError::SchemeUnavailable { name: scheme, why } => text(
                Key::ErrorSchemeUnavailable,
                &[("name", name(scheme)), ("why", name(why))],
            ),
            EngineError::UnknownSegment {
                name: segment,
                known,
            } => text(
                Key::ErrorUnknownSegment,
                &[("name", name(segment)), ("known", known.join(", ").into())],
            ),
            EngineError::EmptySegment { segment } => {
                text(Key::ErrorEmptySegment, &[("segment", name(segment))])
            }
            EngineError::NobodyReachable { segment, left_out } => {
                // A list by customer ID would reach those without an e-mail address.
                let key = if left_out.without_email > 0 {
                    Key::ErrorNobodyReachableWithoutEmail
                } else {
                    Key::ErrorNobodyReachable
                };
                text(
                    key,
                    &[
                        ("segment", name(segment)),
                        ("left", left_out.sentence(language).into()),
                    ],
                )
            }
            EngineError::CannotMeasure { file, lacks } => match lacks {
                MeasureLack::Columns(missing) => text(
                    Key::ErrorCannotMeasureColumns,
                    &[
                        ("file", name(file)),
                        ("missing", missing.sentence(language).into()),
                    ],
                ),
                MeasureLack::DatedOrders => {
                    text(Key::ErrorCannotMeasureUndated, &[("file", name(file))])
                }
            },
            EngineError::Store(e) => e.sentence(language),
            EngineError::Sql(e) => e.sentence(language),
            EngineError::BadMessage => text(Key::ErrorBadMessage, &[]),
            EngineError::UnexpectedAnswer => text(Key::ErrorUnexpectedAnswer, &[]),
            EngineError::Stopped => text(Key::ErrorStopped, &[]),
        }
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for EngineError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{Problem, Value};

    #[test]
    fn who_is_left_out_of_a_list_is_said_in_the_page_s_language() {
        let left_out = LeftOut {
            customers: 1200,
            declined: 5,
            without_email: 0,
        };
        assert_eq!(
            left_out.sentence(Language::English),
            "Of the segment's 1200 customers, 5 declined marketing: they are not on the list."
        );
        assert_eq!(
            left_out.sentence(Language::German),
            "Von den 1.200 Kunden des Segments haben 5 Werbung abgelehnt. Diese Kunden stehen \
             nicht auf der Liste."
        );
        assert_eq!(LeftOut::default().sentence(Language::French), "");
    }

    #[test]
    fn a_read_error_inside_another_is_in_one_language_throughout() {
        let error = EngineError::ReadOther {
            file: "april.csv".into(),
            error: ReadError::TooLarge {
                bytes: 3_500_000_000,
                limit: 2_000_000_000,
            },
        };
        assert_eq!(
            error.sentence(Language::German),
            "april.csv: Diese Datei ist 3,5 GB groß, und dieser Browser-Tab kann mit Dateien bis \
             2,0 GB arbeiten. Exportieren Sie einen kürzeren Zeitraum (zum Beispiel die letzten \
             zwei Jahre) und versuchen Sie es erneut."
        );
        assert_eq!(
            error.to_string(),
            "april.csv: This file is 3.5 GB and this browser tab can work with files up to 2.0 GB. \
             Export a shorter period (for example the last two years) and try again."
        );
    }

    #[test]
    fn rows_before_a_day_that_made_no_customer_are_counted_in_each_language() {
        let day = Date::from_ymd(2022, 1, 1).unwrap();
        let sentence =
            |rows, language| EngineError::NoUsableOrderYet { day, rows }.sentence(language);
        assert_eq!(
            sentence(1, Language::English),
            "There was no customer yet at the start of 1 January 2022: the one row dated \
             before it could not be used. Choose a later date."
        );
        assert_eq!(
            sentence(12345, Language::English),
            "There was no customer yet at the start of 1 January 2022: none of the 12345 rows \
             dated before it could be used. Choose a later date."
        );
        assert_eq!(
            sentence(12345, Language::German),
            "Zu Beginn des 1. Januar 2022 gab es noch keinen Kunden: Keine der 12.345 Zeilen, \
             die davor datiert sind, konnte verwendet werden. Wählen Sie ein späteres Datum."
        );
        assert!(sentence(1, Language::French).contains("la seule ligne datée d’avant"));
    }

    #[test]
    fn nothing_usable_names_the_first_row_in_the_same_language() {
        let error = EngineError::NothingUsable {
            rows: 12345,
            currency: None,
            first_problem: Some(RowProblem {
                line: 2,
                column: Some("Datum".into()),
                problem: Problem::Missing {
                    what: Value::OrderDate,
                },
            }),
        };
        assert_eq!(
            error.sentence(Language::German),
            "Keine der 12.345 Zeilen konnte verwendet werden. Zeile 2, Spalte „Datum“: hat kein \
             Bestelldatum"
        );
        // English keeps the digits as they have always been written.
        assert_eq!(
            error.to_string(),
            "None of the 12345 rows could be used. Line 2, column \"Datum\": has no order date"
        );
    }

    #[test]
    fn nothing_usable_in_one_currency_of_several_says_which() {
        let error = |rows| EngineError::NothingUsable {
            rows,
            currency: Some("GBP".into()),
            first_problem: Some(RowProblem {
                line: 4,
                column: Some("customer_id".into()),
                problem: Problem::Missing {
                    what: Value::CustomerId,
                },
            }),
        };
        assert_eq!(
            error(1).to_string(),
            "The one row in GBP could not be used. Line 4, column \"customer_id\": has no \
             customer ID"
        );
        assert_eq!(
            error(3).sentence(Language::German),
            "Keine der 3 Zeilen in GBP konnte verwendet werden. Zeile 4, Spalte „customer_id“: \
             hat keine Kundennummer"
        );
    }

    #[test]
    fn a_currency_the_file_never_names_is_answered_with_those_it_does() {
        let error = EngineError::CurrencyNotInFile {
            asked: "XYZ".into(),
            named: vec![("USD".into(), 1234), ("GBP".into(), 1)],
        };
        assert_eq!(
            error.to_string(),
            "This file has no rows in XYZ. Its currencies: USD (1,234 rows), GBP (1 row)."
        );
        assert_eq!(
            error.sentence(Language::German),
            "Diese Datei hat keine Zeilen in XYZ. Ihre Währungen: USD (1.234 Zeilen), GBP \
             (1 Zeile)."
        );
    }

    #[test]
    fn files_keyed_differently_are_named_with_what_identifies_their_customers() {
        let error = EngineError::KeyedDifferently {
            ids: "shop.csv".into(),
            emails: "newsletter.csv".into(),
        };
        assert_eq!(
            error.to_string(),
            "shop.csv identifies customers only by customer ID and newsletter.csv only by \
             e-mail address, so no customer could be found in both files. Compare two exports \
             that identify customers the same way."
        );
        assert!(error
            .sentence(Language::German)
            .starts_with("shop.csv bezeichnet die Kunden nur mit der Kundennummer"));
    }

    #[test]
    fn dates_are_written_in_the_sentence_language() {
        let error = EngineError::MigrationDates {
            from: Date::from_ymd(2026, 3, 3).unwrap(),
            to: Date::from_ymd(2025, 12, 1).unwrap(),
        };
        assert_eq!(
            error.to_string(),
            "The first date (3 March 2026) must come before the second (1 December 2025)."
        );
        assert_eq!(
            error.sentence(Language::French),
            "La première date (3 mars 2026) doit précéder la seconde (1er décembre 2025)."
        );
    }
}
