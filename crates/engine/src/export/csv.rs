//! CSV files safe to open in a spreadsheet.
//!
//! Text cells that a spreadsheet would take for a formula (starting with `=`, `+`, `-`,
//! `@`, tab or carriage return) get a leading apostrophe, so a customer named
//! `=HYPERLINK(…)` stays a name. Numbers are written as plain numbers, never neutralised,
//! so they stay numbers in the spreadsheet. E-mail addresses for an e-mail tool's import
//! ([`Cell::Address`]) are written as they are when they are addresses in the strict form
//! of [`is_plain_address`], since an apostrophe would make them another address.

use crate::basics::calendar::Date;
use crate::basics::money::rounded_steps;
use std::borrow::Cow;

/// One cell of an export.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, neutralised against formulas when written.
    Text(String),
    /// A number, written as is (NaN as an empty cell).
    Number(f64),
    /// An amount of money, written with its currency's decimals (NaN as an empty cell).
    Money(f64, usize),
    /// An e-mail address for an e-mail tool to import: written as is when it is one by
    /// [`is_plain_address`] (`+tag@example.com`), else neutralised like any text.
    Address(String),
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

/// Whether `text` is an e-mail address in a strict form: a local part of ASCII letters,
/// digits and `. _ % + - =` (1–64 of them, no dot first, last or twice in a row), one
/// `@`, and a domain of two or more labels of letters, digits and inner hyphens ending in
/// a top-level domain of two or more letters (`xn--` ones too), 254 characters at most.
///
/// Such a text may begin with `+`, `-` or `=`, as addresses may (`+orders@shop.com`,
/// `=cmd@x.com` are valid), and a spreadsheet opening it would still find no formula to
/// run: functions need `(`, other programs and files `|`, `!`, `[` or quotes, none of
/// which it has; at worst the cell shows an error. So an address in this form is written
/// as is, and the formula guard stays on every other cell (and on addresses with rarer
/// characters that begin with `=`, `+` or `-`, which no importer reads the same anyway).
///
/// ```
/// use segmenter_engine::export::is_plain_address;
/// assert!(is_plain_address("ann.lee+spring@example.co.uk"));
/// assert!(is_plain_address("=cmd@x.com"));
/// assert!(is_plain_address("-dash@x.org"));
/// assert!(!is_plain_address("=HYPERLINK(\"http://x\")@x.com"));
/// assert!(!is_plain_address("@x.com"));
/// assert!(!is_plain_address("ann@localhost"));
/// assert!(!is_plain_address("ann..lee@x.com"));
/// ```
pub fn is_plain_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-=".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let top = labels.last().copied().unwrap_or("");
    let top_ok = top.len() >= 2
        && (top.bytes().all(|b| b.is_ascii_alphabetic())
            || top.starts_with("xn--") && label_ok(&top));
    text.len() <= 254 && local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && top_ok
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
                Cell::Money(v, decimals) => self.money(v, decimals),
                Cell::Text(t) => self.text(&t),
                Cell::Address(a) => self.address(&a),
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

    /// Writes an e-mail address cell: as is when it is one ([`is_plain_address`]), which
    /// needs no quotes; else as a text cell.
    pub fn address(&mut self, text: &str) {
        if is_plain_address(text) {
            self.separate();
            self.out.push_str(text);
        } else {
            self.text(text);
        }
    }

    /// Writes a number cell to the cent, as a plain number (empty for NaN).
    pub fn number(&mut self, v: f64) {
        self.separate();
        if !v.is_nan() {
            push_number(&mut self.out, (v * 100.0).round() / 100.0);
        }
    }

    /// Writes an amount of money with `decimals` decimals, trailing zeros kept, halves
    /// rounded away from zero (empty for NaN): `0.30` and `1234.50` in euros, `1235` in yen,
    /// `1.234` in Bahraini dinars, as accounts write them.
    ///
    /// ```
    /// use segmenter_engine::export::csv::CsvWriter;
    /// let mut csv = CsvWriter::new(false);
    /// csv.money(0.3, 2);
    /// csv.money(-1234.5, 2);
    /// csv.money(1234.5, 0);
    /// csv.money(1.2345, 3);
    /// assert_eq!(csv.finish(), b"0.30,-1234.50,1235,1.235");
    /// ```
    pub fn money(&mut self, v: f64, decimals: usize) {
        // Currencies have at most three decimals; past 18 the units would not fit.
        let decimals = decimals.min(18);
        self.separate();
        if v.is_nan() {
            return;
        }
        let scaled = rounded_steps(v, decimals);
        if scaled >= 1e15 {
            use std::fmt::Write;
            // Writing to a String cannot fail.
            let _ = write!(self.out, "{v:.decimals$}");
            return;
        }
        let units = scaled as u64;
        if v < 0.0 && units > 0 {
            self.out.push('-');
        }
        let whole = 10u64.pow(decimals as u32);
        push_digits(&mut self.out, units / whole);
        if decimals > 0 {
            self.out.push('.');
            // The fraction's digits, zeros first, without a string of its own: a big
            // shop's table has millions of amounts.
            let mut fraction = units % whole;
            let mut digits = [b'0'; 20];
            for digit in digits[..decimals].iter_mut().rev() {
                *digit = b'0' + (fraction % 10) as u8;
                fraction /= 10;
            }
            digits[..decimals]
                .iter()
                .for_each(|&d| self.out.push(char::from(d)));
        }
    }

    /// Writes a number cell to four decimal places, without trailing zeros (empty for NaN).
    pub fn fraction(&mut self, v: f64) {
        self.separate();
        if !v.is_nan() {
            use std::fmt::Write;
            let start = self.out.len();
            // Writing to a String cannot fail.
            let _ = write!(self.out, "{v:.4}");
            let trimmed = self.out[start..]
                .trim_end_matches('0')
                .trim_end_matches('.')
                .len();
            self.out.truncate(start + trimmed);
        }
    }

    /// Writes a date cell as `YYYY-MM-DD`, as [`Date`]'s `Display` writes it.
    ///
    /// ```
    /// use segmenter_engine::basics::calendar::Date;
    /// use segmenter_engine::export::csv::CsvWriter;
    /// let mut csv = CsvWriter::new(false);
    /// csv.date(Date::from_ymd(2024, 3, 7).unwrap());
    /// assert_eq!(csv.finish(), b"2024-03-07");
    /// ```
    pub fn date(&mut self, date: Date) {
        let (y, m, d) = date.ymd();
        let Ok(year @ 0..=9999) = u32::try_from(y) else {
            // Years outside four digits are written (and guarded) as any text.
            self.text(&date.to_string());
            return;
        };
        self.separate();
        // Digits straight into the text: a big shop's table has millions of dates, and
        // formatting each through `Display` was a tenth of the writing.
        let mut text = *b"0000-00-00";
        for (at, value, width) in [(0, year, 4), (5, m, 2), (8, d, 2)] {
            let mut value = value;
            for digit in text[at..at + width].iter_mut().rev() {
                *digit = b'0' + (value % 10) as u8;
                value /= 10;
            }
        }
        text.iter().for_each(|&b| self.out.push(char::from(b)));
    }

    /// Ends the row.
    pub fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_start = true;
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
    fn addresses_are_written_as_they_are_and_other_cells_stay_guarded() {
        let mut w = CsvWriter::new(false);
        w.row(vec![
            Cell::Address("+tag@x.com".into()),
            Cell::Address("=cmd@x.com".into()),
            Cell::Address("-a@b.io".into()),
            Cell::Address("=cmd|' /C calc'!A0@x.com".into()),
            Cell::Address("@x.com".into()),
            Cell::from("+tag@x.com"),
            Cell::Address("".into()),
        ]);
        let text = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            text,
            "+tag@x.com,=cmd@x.com,-a@b.io,'=cmd|' /C calc'!A0@x.com,'@x.com,'+tag@x.com,\r\n"
        );
        for bad in [
            "a@b",
            "a@-b.com",
            "a@b-.com",
            "a@b.c",
            "a@b.c0m",
            ".a@b.com",
            "a.@b.com",
            "a b@c.com",
            "a@b@c.com",
            "(a)@b.com",
            "a\"b@c.com",
        ] {
            assert!(!is_plain_address(bad), "{bad}");
        }
        assert!(is_plain_address("a@xn--bcher-kva.xn--p1ai"));
        assert!(!is_plain_address(&format!("{}@x.com", "a".repeat(65))));
    }

    #[test]
    fn dates_are_written_as_display_writes_them() {
        for day in (-800_000..3_000_000)
            .step_by(997)
            .chain([0, -1, 2_932_896, 2_932_897])
        {
            let date = Date(day);
            let mut w = CsvWriter::new(false);
            w.date(date);
            let mut expected = CsvWriter::new(false);
            expected.text(&date.to_string());
            assert_eq!(w.finish(), expected.finish(), "{date}");
        }
    }

    #[test]
    fn half_cents_round_away_from_zero_though_floats_hold_them_short() {
        // 1.005 is 1.00499… as a float, 0.285 is 0.28499…: a median of 1.00 and 1.01.
        let mut csv = CsvWriter::new(false);
        // A figure just short of a half, as a model predicts it, is not one: 114.25.
        for v in [1.005, 0.285, -0.145, 2.675, 1.0049, 114.254_980_361_156_37] {
            csv.money(v, 2);
        }
        csv.money(1.2345, 3);
        csv.money(0.5, 0);
        assert_eq!(csv.finish(), b"1.01,0.29,-0.15,2.68,1.00,114.25,1.235,1");
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
