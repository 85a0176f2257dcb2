//! Everything that can stop a request, as one typed error that travels to the edge.
//!
//! The engine never turns a failure into a string: a reading error stays a [`ReadError`], a
//! rule on a missing column a [`SchemeError`], and so on, all the way to the page, the
//! JavaScript module or the command line, which render the sentence ([`fmt::Display`]) or
//! react to the kind (the page goes back to the start on a file it cannot read, and to the
//! mapping on an incomplete one).

use crate::basics::calendar::Date;
use crate::export::sql::SqlError;
use crate::prediction::PredictionError;
use crate::reading::ReadError;
use crate::segmentation::clustering::ClusterError;
use crate::segmentation::scheme::SchemeError;
use crate::shop::MappingIncomplete;
use crate::store::StoreError;
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
    /// A request about a file came before any file.
    NoFile,
    /// A request needing a file's bytes came without them.
    NoFileSent,
    /// The mapping lacks a role the analysis needs.
    MappingIncomplete(MappingIncomplete),
    /// The mapping is complete but no row could be used.
    NothingUsable {
        /// Data rows read.
        rows: usize,
        /// Why the first row left out was, as the row report says it.
        first_problem: Option<String>,
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
        /// Who was left out and why, as a sentence.
        left_out: String,
        /// Whether customers were left out for lack of an e-mail address (a plain list
        /// would then reach them).
        for_lack_of_email: bool,
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

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Read(e) => write!(f, "{e}"),
            EngineError::NoCustomersYet { day } => write!(
                f,
                "There was no customer yet at the start of {}: every order is dated on or after it. Choose a later date.",
                day.spelled()
            ),
            EngineError::MigrationDates { from, to } => write!(
                f,
                "The first date ({}) must come before the second ({}).",
                from.spelled(),
                to.spelled()
            ),
            EngineError::OtherFileMapping { file, missing } => write!(
                f,
                "{file} does not have the same columns as the file on show, and its own could not all be recognised. {missing}"
            ),
            EngineError::SummaryBeforeLastOrder { reference, earliest } => write!(
                f,
                "This file lists each customer's totals, not their orders, so it cannot show the \
                 shop as it stood on {}. Choose {} or later, or use an export of orders.",
                reference.spelled(),
                earliest.spelled()
            ),
            EngineError::ReadOther { file, error } => write!(f, "{file}: {error}"),
            EngineError::NoFile => write!(f, "Choose a file first."),
            EngineError::NoFileSent => write!(f, "No file came with the request."),
            EngineError::MappingIncomplete(e) => write!(f, "{e}"),
            EngineError::NothingUsable {
                rows,
                first_problem,
            } => write!(
                f,
                "None of the {rows} rows could be used. {}",
                first_problem.as_deref().unwrap_or_default()
            ),
            EngineError::ConventionsUnsettled => write!(
                f,
                "The file's number and date conventions could not be settled."
            ),
            EngineError::NoAnalysis => write!(f, "Segment the customers first."),
            EngineError::Scheme(e) => write!(f, "{e}"),
            EngineError::Clustering(e) => write!(f, "{e}"),
            EngineError::NoCrosstab => write!(f, "Make a cross-tab first."),
            EngineError::Prediction(e) => write!(f, "{e}"),
            EngineError::NoMigration => write!(f, "Compare two dates or two files first."),
            EngineError::NoSuchSegment => write!(f, "Choose a segment first."),
            EngineError::NothingToExport => write!(f, "There is nothing to export yet."),
            EngineError::NotRecords { reason } => write!(
                f,
                "This file does not hold campaign records ({reason}). Choose a file saved with \
                 \"Download these records\"."
            ),
            EngineError::NotAScheme {
                line,
                column,
                reason,
            } => write!(
                f,
                "This file is not a Segmenter scheme (line {line}, column {column}: {reason}). \
                 Choose a file saved with \"Download scheme\"."
            ),
            EngineError::UnknownScheme { key, known } => write!(
                f,
                "There is no scheme \"{key}\". Known schemes: {}.",
                known.join(", ")
            ),
            EngineError::SchemeUnavailable { name, why } => write!(
                f,
                "The scheme \"{name}\" cannot be used with this file: {why}"
            ),
            EngineError::UnknownSegment { name, known } => write!(
                f,
                "There is no segment \"{name}\". Segments: {}.",
                known.join(", ")
            ),
            EngineError::EmptySegment { segment } => {
                write!(f, "{segment} has no customers to send a campaign to.")
            }
            EngineError::NobodyReachable {
                segment,
                left_out,
                for_lack_of_email,
            } => {
                write!(f, "Nobody in {segment} can be sent this list. {left_out}")?;
                if *for_lack_of_email {
                    write!(
                        f,
                        " Choose \"Any tool (plain CSV)\" to list them by customer ID instead."
                    )?;
                }
                Ok(())
            }
            EngineError::CannotMeasure { file, lacks } => match lacks {
                MeasureLack::Columns(missing) => {
                    write!(f, "{file} cannot be used to measure campaigns: {missing}")
                }
                MeasureLack::DatedOrders => write!(
                    f,
                    "{file} has no dated orders, so it cannot show what customers bought after a \
                     campaign: drop an orders export."
                ),
            },
            EngineError::Store(e) => write!(f, "{e}"),
            EngineError::Sql(e) => write!(f, "{e}"),
            EngineError::BadMessage => {
                write!(f, "The page sent a message the engine does not understand.")
            }
            EngineError::UnexpectedAnswer => write!(
                f,
                "The engine answered with something the page did not ask for. Try again."
            ),
            EngineError::Stopped => write!(f, "The work was stopped."),
        }
    }
}

impl std::error::Error for EngineError {}
