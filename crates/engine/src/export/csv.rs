//! CSV files safe to open in a spreadsheet.
//!
//! Text cells that a spreadsheet would take for a formula (starting with `=`, `+`, `-`,
//! `@`, tab or carriage return) get a leading apostrophe, so a customer named
//! `=HYPERLINK(…)` stays a name. Numbers are written as plain numbers, never neutralised,
//! so they stay numbers in the spreadsheet.

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

/// Writes CSV, comma-separated with quotes where needed: a row at a time with
/// [`CsvWriter::row`], or a cell at a time ([`CsvWriter::text`], [`CsvWriter::number`],
/// [`CsvWriter::end_row`]) where a big table should not build a row of cells first.
#[derive(Debug, Default)]
pub struct CsvWriter {
    out: String,
    /// Whether the next cell is the first of its row (no comma before it).
    row_start: bool,
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
            row_start: true,
        }
    }

    /// Writes one row.
    pub fn row<I: IntoIterator<Item = Cell>>(&mut self, cells: I) {
        for cell in cells {
            match cell {
                Cell::Number(v) => self.number(v),
                Cell::Text(t) => self.text(&t),
            }
        }
        self.end_row();
    }

    /// Writes a text cell, neutralised and quoted where needed.
    pub fn text(&mut self, text: &str) {
        self.separate();
        let text = neutralize(text);
        if text
            .bytes()
            .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        {
            self.out.push('"');
            self.out.push_str(&text.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(&text);
        }
    }

    /// Writes a number cell to the cent, as a plain number (empty for NaN).
    pub fn number(&mut self, v: f64) {
        self.separate();
        if !v.is_nan() {
            push_number(&mut self.out, (v * 100.0).round() / 100.0);
        }
    }

    /// Ends the row.
    pub fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_start = true;
    }

    /// Adds the rows another writer wrote (one without a byte-order mark): a big table is
    /// written in parts, one per core.
    pub fn append(&mut self, rows: CsvWriter) {
        self.out.push_str(&rows.out);
    }

    fn separate(&mut self) {
        if !std::mem::take(&mut self.row_start) {
            self.out.push(',');
        }
    }

    /// The file's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Writes `v` as [`crate::reading::format_number`] writes it, without a string of its own.
/// `v` is already rounded to the cent, so below 10¹³ it is written from its whole cents,
/// which is the same text and several times faster than formatting a float.
fn push_number(out: &mut String, v: f64) {
    if v.abs() < 1e13 {
        let cents = (v * 100.0).round() as i64;
        if cents < 0 {
            out.push('-');
        }
        let cents = cents.unsigned_abs();
        push_digits(out, cents / 100);
        let fraction = cents % 100;
        if fraction != 0 {
            out.push('.');
            out.push(char::from(b'0' + (fraction / 10) as u8));
            if !fraction.is_multiple_of(10) {
                out.push(char::from(b'0' + (fraction % 10) as u8));
            }
        }
        return;
    }
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = if v.fract() == 0.0 && v.abs() < 1e15 {
        write!(out, "{}", v as i64)
    } else {
        write!(out, "{v}")
    };
}

/// Writes a whole number in decimal.
fn push_digits(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
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

    #[test]
    fn numbers_are_written_as_format_number_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            12.0,
            12.5,
            0.1 + 0.2,
            -1234567.891,
            9.995,
            1e15,
            1e20,
            5e-7,
        ];
        values.extend((0..20_000).map(|i| (i as f64 * 7.31).sin() * 10f64.powi(i % 14)));
        values.extend([9_999_999_999_999.99, -0.004, -0.005, 0.015, 1.005]);
        for v in values {
            let mut w = CsvWriter::new(false);
            w.number(v);
            let written = String::from_utf8(w.finish()).unwrap();
            assert_eq!(
                written,
                crate::reading::format_number((v * 100.0).round() / 100.0),
                "{v}"
            );
        }
    }
}
