//! Text columns whose cells are mostly different (order ids, e-mails, customer ids): every
//! cell kept as written, one after another, or, for identifiers that are a fixed prefix and
//! a number (`1000001`, `#1001`, `C0000066`), just the numbers.
//!
//! Numbering such a column's distinct values while reading would cost a hash lookup per
//! cell for almost no saving in memory, so it is left to the roles that need it (the
//! customer identity), and skipped for those that only need a few cells (a customer's
//! e-mail is taken from their latest row only).

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Cells stored back to back; cell `i` is `bytes[ends[i - 1]..ends[i]]`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RawText {
    #[serde(with = "super::packed")]
    ends: Vec<u32>,
    bytes: String,
}

impl RawText {
    /// An empty column with room for `rows` cells of `bytes` in all.
    pub fn with_capacity(rows: usize, bytes: usize) -> RawText {
        RawText {
            ends: Vec::with_capacity(rows),
            bytes: String::with_capacity(bytes),
        }
    }

    /// Adds the next cell.
    pub fn push(&mut self, text: &str) {
        self.bytes.push_str(text);
        self.ends.push(self.bytes.len() as u32);
    }

    /// The cell at `row`.
    pub fn get(&self, row: usize) -> &str {
        let start = if row == 0 {
            0
        } else {
            self.ends[row - 1] as usize
        };
        // Cells are pushed as whole `&str`s, so every boundary is a character boundary.
        self.bytes
            .get(start..self.ends[row] as usize)
            .unwrap_or_default()
    }

    /// Whether the cell at `row` is empty.
    pub fn is_blank(&self, row: usize) -> bool {
        let start = if row == 0 { 0 } else { self.ends[row - 1] };
        start == self.ends[row]
    }

    /// Removes every cell, keeping the memory for reuse.
    pub fn clear(&mut self) {
        self.ends.clear();
        self.bytes.clear();
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no cells.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// Identifiers written as a fixed prefix and a number, stored as the numbers: four bytes
/// per row instead of the text, and identifiers a program can index by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntIds {
    prefix: String,
    /// Digits per number when they are zero-padded to a fixed width; 0 when written plainly.
    width: usize,
    /// One number per row; [`IntIds::EMPTY`] for an empty cell.
    #[serde(with = "super::packed")]
    values: Vec<u32>,
}

impl IntIds {
    /// The stored value of an empty cell.
    pub const EMPTY: u32 = u32::MAX;

    /// Identifiers shaped like `first`, or `None` when it does not end in a number.
    pub fn like(first: &str, rows: usize) -> Option<IntIds> {
        let digits_at = first.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let digits = &first[digits_at..];
        if digits.is_empty() || digits.len() > 9 {
            return None;
        }
        let width = if digits.len() > 1 && digits.starts_with('0') {
            digits.len()
        } else {
            0
        };
        Some(IntIds {
            prefix: first[..digits_at].to_string(),
            width,
            values: Vec::with_capacity(rows),
        })
    }

    /// The number `text` stands for under this shape, `EMPTY` for an empty cell, or `None`
    /// when it has another shape.
    pub fn parse(&self, text: &str) -> Option<u32> {
        if text.is_empty() {
            return Some(IntIds::EMPTY);
        }
        let (prefix, digits) = text.as_bytes().split_at_checked(self.prefix.len())?;
        // Compared byte by byte: prefixes are a character or two, and this runs for every
        // cell of the column, where a call to `memcmp` costs more than the comparison.
        if !prefix.iter().eq(self.prefix.as_bytes()) {
            return None;
        }
        let fits = if self.width > 0 {
            digits.len() == self.width
        } else {
            !digits.is_empty() && digits.len() <= 9 && (digits == b"0" || digits[0] != b'0')
        };
        if !fits {
            return None;
        }
        // At most nine digits: the number fits a u32.
        digits.iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    }

    /// Adds a cell; `false` (and nothing added) when it has another shape.
    pub fn push(&mut self, text: &str) -> bool {
        match self.parse(text) {
            Some(v) => {
                self.values.push(v);
                true
            }
            None => false,
        }
    }

    /// The number at `row`, `None` for an empty cell.
    pub fn value(&self, row: usize) -> Option<u32> {
        Some(self.values[row]).filter(|&v| v != IntIds::EMPTY)
    }

    /// The cell at `row` as written.
    pub fn text(&self, row: usize) -> String {
        match self.value(row) {
            Some(v) => format!("{}{:0width$}", self.prefix, v, width = self.width),
            None => String::new(),
        }
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are no cells.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// A column of mostly different text cells, in the most compact form that holds them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum RawCells {
    /// Prefix-and-number identifiers.
    Ids(IntIds),
    /// Any text.
    Text(RawText),
}

impl RawCells {
    /// Adds a cell, falling back from numbers to text at the first cell of another shape.
    pub fn push(&mut self, text: &str) {
        match self {
            RawCells::Ids(ids) => {
                if !ids.push(text) {
                    let rows = ids.values.capacity();
                    let mut raw = RawText::with_capacity(rows, rows * 10);
                    (0..ids.len()).for_each(|r| raw.push(&ids.text(r)));
                    raw.push(text);
                    *self = RawCells::Text(raw);
                }
            }
            RawCells::Text(raw) => raw.push(text),
        }
    }

    /// The cell at `row`.
    pub fn get(&self, row: usize) -> Cow<'_, str> {
        match self {
            RawCells::Ids(ids) => Cow::Owned(ids.text(row)),
            RawCells::Text(raw) => Cow::Borrowed(raw.get(row)),
        }
    }

    /// Whether the cell at `row` is empty.
    pub fn is_blank(&self, row: usize) -> bool {
        match self {
            RawCells::Ids(ids) => ids.values[row] == IntIds::EMPTY,
            RawCells::Text(raw) => raw.is_blank(row),
        }
    }

    /// Adds `other`'s cells after these (the column of the next part of a file read in
    /// parts): numbers of the same shape are copied as they are, anything else cell by cell.
    pub fn append(&mut self, other: RawCells) {
        match (&mut *self, other) {
            (RawCells::Ids(ids), RawCells::Ids(more))
                if ids.prefix == more.prefix && ids.width == more.width =>
            {
                ids.values.extend_from_slice(&more.values);
            }
            (RawCells::Text(raw), RawCells::Text(more)) => {
                let shift = raw.bytes.len() as u32;
                raw.bytes.push_str(&more.bytes);
                raw.ends.extend(more.ends.iter().map(|end| end + shift));
            }
            (_, more) => (0..more.len()).for_each(|row| self.push(&more.get(row))),
        }
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        match self {
            RawCells::Ids(ids) => ids.len(),
            RawCells::Text(raw) => raw.len(),
        }
    }

    /// Whether there are no cells.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_as_numbers_read_back_exactly() {
        for (first, others) in [
            ("1000001", ["1000002", "7", ""]),
            ("#1001", ["#1002", "#99", ""]),
            ("C0000066", ["C0000067", "C0833333", ""]),
        ] {
            let mut ids = RawCells::Ids(IntIds::like(first, 4).unwrap());
            ids.push(first);
            others.iter().for_each(|o| ids.push(o));
            assert!(matches!(ids, RawCells::Ids(_)), "{first}");
            assert_eq!(ids.get(0), first);
            assert_eq!(ids.get(1), others[0]);
            assert_eq!(ids.get(2), others[1]);
            assert!(ids.is_blank(3));
        }
    }

    #[test]
    fn another_shape_falls_back_to_text() {
        let mut ids = RawCells::Ids(IntIds::like("C0066", 4).unwrap());
        for cell in ["C0066", "C67", "C0068x", "0001"] {
            ids.push(cell);
        }
        assert!(matches!(ids, RawCells::Text(_)));
        let back: Vec<String> = (0..4).map(|r| ids.get(r).into_owned()).collect();
        assert_eq!(back, vec!["C0066", "C67", "C0068x", "0001"]);
    }

    #[test]
    fn appended_parts_read_as_one_column() {
        let cells = |c: &RawCells| {
            (0..c.len())
                .map(|r| c.get(r).into_owned())
                .collect::<Vec<_>>()
        };
        let ids = |texts: &[&str]| {
            let mut c = RawCells::Ids(IntIds::like(texts[0], 0).unwrap());
            texts.iter().for_each(|t| c.push(t));
            c
        };
        let mut a = ids(&["C001", "C002"]);
        a.append(ids(&["C003", ""]));
        assert!(matches!(a, RawCells::Ids(_)));
        assert_eq!(cells(&a), ["C001", "C002", "C003", ""]);
        a.append(ids(&["#7"]));
        assert!(matches!(a, RawCells::Text(_)));
        let mut text = RawCells::Text(RawText::default());
        text.push("x");
        a.append(text);
        assert_eq!(cells(&a), ["C001", "C002", "C003", "", "#7", "x"]);
    }

    #[test]
    fn keeps_every_cell() {
        let mut t = RawText::default();
        for cell in ["a@x.com", "", "Zoë", "a@x.com"] {
            t.push(cell);
        }
        assert_eq!(t.len(), 4);
        assert_eq!(t.get(2), "Zoë");
        assert!(t.is_blank(1));
        assert!(!t.is_blank(3));
    }
}
