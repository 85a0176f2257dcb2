//! What went wrong while reading, in sentences a merchant understands.
//!
//! Two levels: a [`ReadError`] means the file as a whole cannot be used (empty, binary, no
//! data); a [`RowProblem`] means one row was left out, and names its physical line
//! (header = line 1), the column and why. Rows are never dropped without one.

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

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "This file is empty. Choose the CSV file your shop exported."),
            ReadError::HeaderOnly { columns } => write!(
                f,
                "This file has a header row ({columns} columns) but no data rows below it. \
                 Export again with a date range that includes orders."
            ),
            ReadError::NotText { looks_like } => match looks_like {
                BinaryKind::ZipOrWorkbook => write!(
                    f,
                    "This is an Excel workbook (.xlsx) or a zip archive, not a CSV file. Open it in \
                     Excel, Numbers or Google Sheets and save or download it as CSV, then choose that file."
                ),
                BinaryKind::OldExcel => write!(
                    f,
                    "This is an old Excel workbook (.xls), not a CSV file. Open it in Excel and choose \
                     File › Save As › CSV, then choose that file."
                ),
                BinaryKind::Gzip => write!(
                    f,
                    "This file is compressed (.gz). Unpack it first (double-click it), then choose the \
                     CSV file inside."
                ),
                BinaryKind::Pdf => write!(
                    f,
                    "This is a PDF document, not a CSV file. Export your orders or customers from your \
                     shop as CSV instead."
                ),
                BinaryKind::Other => write!(
                    f,
                    "This file is not text, so it cannot be a CSV export. Choose the CSV file your shop \
                     exported."
                ),
            },
            ReadError::SingleColumn { header } => write!(
                f,
                "Only one column was found (header: \"{}\"). A CSV export separates its columns with \
                 commas, semicolons, tabs or vertical bars; this file does not seem to. Check that it is \
                 the CSV export and not a plain list.",
                shorten(header, 60)
            ),
            ReadError::FileUnavailable => write!(
                f,
                "The browser could not read this file. It may have been moved, renamed, changed or \
                 opened by another program while it was read; choose it again."
            ),
            ReadError::TooLarge { bytes, limit } => write!(
                f,
                "This file is {} and this browser tab can work with files up to {}. Export a shorter \
                 period (for example the last two years) and try again.",
                human_size(*bytes),
                human_size(*limit)
            ),
        }
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
        /// What the value is, e.g. "order date".
        what: String,
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
    /// The row repeats something that must be unique, e.g. a customer in a summary file.
    Duplicate {
        /// What is repeated, e.g. `customer "C7"`.
        what: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::FieldCount { found, expected } => write!(
                f,
                "has {found} values but the header has {expected} columns; a quote or separator may be \
                 missing"
            ),
            Problem::Missing { what } => write!(f, "has no {what}"),
            Problem::NotANumber { text } => write!(f, "\"{}\" is not a number", shorten(text, 40)),
            Problem::NotADate { text } => write!(f, "\"{}\" is not a date", shorten(text, 40)),
            Problem::Duplicate { what } => write!(f, "{what} appears on an earlier line; the earlier row was used"),
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(
                f,
                "Line {}, column \"{}\": {}",
                self.line, column, self.problem
            ),
            None => write!(f, "Line {}: {}", self.line, self.problem),
        }
    }
}

/// A size in bytes as a merchant reads it: "48 MB".
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
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
