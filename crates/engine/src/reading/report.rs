//! What went wrong while reading, in sentences a merchant understands.
//!
//! Two levels: a [`ReadError`] means the file as a whole cannot be used (empty, binary, no
//! data); a [`RowProblem`] means one row was left out, and names its physical line
//! (header = line 1), the column and why. Rows are never dropped without one.

use crate::basics::text::{count, digits};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ReadError {
    /// Zero bytes, or only blank lines.
    Empty,
    /// A header row and no data rows.
    HeaderOnly {
        /// How many columns the header names.
        columns: usize,
    },
    /// Not a text file.
    NotText {
        /// What the bytes look like.
        looks_like: BinaryKind,
    },
    /// Every row is a single field: the file is not separated by anything we know.
    SingleColumn {
        /// The header as read.
        header: String,
    },
    /// The browser could not read the file's bytes (moved, deleted or locked meanwhile).
    FileUnavailable,
    /// Too large to hold in this browser tab.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The largest size the app accepts.
        limit: u64,
    },
}

/// What a non-text file looks like, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinaryKind {
    /// `.xlsx`, `.ods` or another zip archive.
    ZipOrWorkbook,
    /// Old-style Excel `.xls`.
    OldExcel,
    /// `.gz`.
    Gzip,
    /// A PDF document.
    Pdf,
    /// Anything else with control bytes.
    Other,
}

impl Sentence for ReadError {
    fn sentence(&self, language: Language) -> String {
        let key = match self {
            ReadError::Empty => Key::ReadEmpty,
            ReadError::HeaderOnly { columns } => {
                return language.text(
                    Key::ReadHeaderOnly,
                    &[("columns", count(language, *columns))],
                )
            }
            ReadError::NotText { looks_like } => match looks_like {
                BinaryKind::ZipOrWorkbook => Key::ReadWorkbook,
                BinaryKind::OldExcel => Key::ReadOldExcel,
                BinaryKind::Gzip => Key::ReadGzip,
                BinaryKind::Pdf => Key::ReadPdf,
                BinaryKind::Other => Key::ReadNotText,
            },
            ReadError::SingleColumn { header } => {
                return language.text(
                    Key::ReadSingleColumn,
                    &[("header", shorten(header, 60).into())],
                )
            }
            ReadError::FileUnavailable => Key::ReadFileUnavailable,
            ReadError::TooLarge { bytes, limit } => {
                return language.text(
                    Key::ReadTooLarge,
                    &[
                        ("size", language.size(*bytes).into()),
                        ("limit", language.size(*limit).into()),
                    ],
                )
            }
        };
        language.text(key, &[])
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for ReadError {}

/// One row left out, with where and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// Physical line number in the file (header = 1).
    pub line: u64,
    /// The column concerned, when one is.
    pub column: Option<String>,
    /// Why the row was left out.
    pub problem: Problem,
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Problem {
    /// The row has a different number of fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Columns in the header.
        expected: usize,
    },
    /// A value the mapping needs is empty.
    Missing {
        /// What the value is.
        what: Value,
    },
    /// A number column's cell is not a number.
    NotANumber {
        /// The cell as written.
        text: String,
    },
    /// A date column's cell is not a date.
    NotADate {
        /// The cell as written.
        text: String,
    },
    /// The row repeats a customer of a list of customers, which names each once.
    Duplicate {
        /// The customer's id or e-mail address, as written.
        customer: String,
    },
}

/// A value a row needs, as a row problem names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// When the order was placed.
    OrderDate,
    /// The price of one item, where amounts are quantity times price.
    UnitPrice,
    /// The order's amount.
    Amount,
    /// The customer's ID.
    CustomerId,
    /// The customer's e-mail address, where it identifies them.
    Email,
}

impl Sentence for Problem {
    fn sentence(&self, language: Language) -> String {
        match self {
            Problem::FieldCount { found, expected } => language.text(
                Key::ProblemFieldCount,
                &[
                    ("found", count(language, *found)),
                    ("expected", count(language, *expected)),
                ],
            ),
            Problem::Missing { what } => language.text(
                match what {
                    Value::OrderDate => Key::ProblemMissingOrderDate,
                    Value::UnitPrice => Key::ProblemMissingUnitPrice,
                    Value::Amount => Key::ProblemMissingAmount,
                    Value::CustomerId => Key::ProblemMissingCustomerId,
                    Value::Email => Key::ProblemMissingEmail,
                },
                &[],
            ),
            Problem::NotANumber { text } => language.text(
                Key::ProblemNotANumber,
                &[("text", shorten(text, 40).into())],
            ),
            Problem::NotADate { text } => {
                language.text(Key::ProblemNotADate, &[("text", shorten(text, 40).into())])
            }
            Problem::Duplicate { customer } => language.text(
                Key::ProblemDuplicateCustomer,
                &[("customer", customer.as_str().into())],
            ),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl Sentence for RowProblem {
    fn sentence(&self, language: Language) -> String {
        let line = ("line", digits(self.line));
        let problem = ("problem", self.problem.sentence(language).into());
        match &self.column {
            Some(column) => language.text(
                Key::RowProblemColumn,
                &[line, ("column", column.as_str().into()), problem],
            ),
            None => language.text(Key::RowProblem, &[line, problem]),
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// A size in bytes as an English sentence writes it: "48 MB". The page's column choices
/// still show it; the engine's sentences write [`Language::size`] in their language.
pub fn human_size(bytes: u64) -> String {
    Language::English.size(bytes)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// What the first bytes of a file say about it being text at all.
pub fn binary_kind(head: &[u8]) -> Option<BinaryKind> {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Some(BinaryKind::ZipOrWorkbook);
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Some(BinaryKind::OldExcel);
    }
    if head.starts_with(&[0x1F, 0x8B]) {
        return Some(BinaryKind::Gzip);
    }
    if head.starts_with(b"%PDF") {
        return Some(BinaryKind::Pdf);
    }
    // Control bytes other than tab, line ends and form feed do not occur in text (UTF-16
    // files, full of zero bytes, are told apart by the encoding detection before this).
    let sample = &head[..head.len().min(8192)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    (control * 100 > sample.len()).then_some(BinaryKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_name_line_column_and_reason() {
        let p = RowProblem {
            line: 12,
            column: Some("Total".into()),
            problem: Problem::NotANumber {
                text: "N/A!".into(),
            },
        };
        assert_eq!(
            p.to_string(),
            "Line 12, column \"Total\": \"N/A!\" is not a number"
        );
    }

    #[test]
    fn recognises_binary_files() {
        assert_eq!(
            binary_kind(b"PK\x03\x04rest"),
            Some(BinaryKind::ZipOrWorkbook)
        );
        assert_eq!(binary_kind(&[0x1F, 0x8B, 8, 0]), Some(BinaryKind::Gzip));
        assert_eq!(
            binary_kind(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8]),
            Some(BinaryKind::Other)
        );
        assert_eq!(binary_kind(b"id,amount\n1,2\n"), None);
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(48_200_000), "48 MB");
        assert_eq!(human_size(2_300_000_000), "2.3 GB");
    }
}
