//! CSV files safe to open in a spreadsheet.
//!
//! Text cells that a spreadsheet would take for a formula (starting with `=`, `+`, `-`,
//! `@`, tab or carriage return) get a leading apostrophe, so a customer named
//! `=HYPERLINK(…)` stays a name. Numbers are written as plain numbers, never neutralised,
//! so they stay numbers in the spreadsheet.

use crate::reading::format_number;
use std::borrow::Cow;

/// One cell of an export.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, neutralised against formulas when written.
    Text(String),
    /// A number, written as is (NaN as an empty cell).
    Number(f64),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<f64> for Cell {
    fn from(v: f64) -> Cell {
        Cell::Number(v)
    }
}

/// Text made safe from spreadsheet formula injection.
///
/// ```
/// use segmenter_engine::export::neutralize;
/// assert_eq!(neutralize("=1+1"), "'=1+1");
/// assert_eq!(neutralize("-5 Street"), "'-5 Street");
/// assert_eq!(neutralize("Chloé"), "Chloé");
/// ```
pub fn neutralize(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Writes CSV, comma-separated with quotes where needed.
#[derive(Debug, Default)]
pub struct CsvWriter {
    out: String,
}

impl CsvWriter {
    /// A writer; `excel_bom` starts the file with a byte-order mark so Excel reads UTF-8
    /// names correctly (left out for files meant for e-mail tools).
    pub fn new(excel_bom: bool) -> CsvWriter {
        CsvWriter {
            out: if excel_bom {
                "\u{feff}".to_string()
            } else {
                String::new()
            },
        }
    }

    /// Writes one row.
    pub fn row<I: IntoIterator<Item = Cell>>(&mut self, cells: I) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            match cell {
                Cell::Number(v) if v.is_nan() => {}
                Cell::Number(v) => self
                    .out
                    .push_str(&format_number((v * 100.0).round() / 100.0)),
                Cell::Text(t) => {
                    let t = neutralize(&t);
                    if t.contains([',', '"', '\n', '\r']) {
                        self.out.push('"');
                        self.out.push_str(&t.replace('"', "\"\""));
                        self.out.push('"');
                    } else {
                        self.out.push_str(&t);
                    }
                }
            }
        }
        self.out.push_str("\r\n");
    }

    /// The file's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        let mut w = CsvWriter::new(false);
        w.row(vec![
            Cell::from("=HYPERLINK(\"x\")"),
            Cell::from(-12.5),
            Cell::from("+49 30"),
            Cell::from("@me"),
        ]);
        w.row(vec![
            Cell::from("a,b"),
            Cell::Number(f64::NAN),
            Cell::from("\tx"),
            Cell::from("line\nbreak"),
        ]);
        let text = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            text,
            "\"'=HYPERLINK(\"\"x\"\")\",-12.5,'+49 30,'@me\r\n\"a,b\",,'\tx,\"line\nbreak\"\r\n"
        );
    }
}
