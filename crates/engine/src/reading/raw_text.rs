//! Text columns whose cells are mostly different (order ids, e-mails, customer ids): every
//! cell kept as written, one after another, or, for identifiers that are a fixed prefix and
//! a number (`1000001`, `#1001`, `C0000066`), just the numbers.
//!
//! Numbering such a column's distinct values while reading would cost a hash lookup per
//! cell, so it is left to the roles that need it (the customer identity), and skipped for
//! those that only need a few cells (a customer's e-mail is taken from their latest row
//! only). Once each row's customer is known, a column whose cells follow the customer (an
//! e-mail or postcode on every order) is stored with each distinct text once, one
//! comparison per row (see [`RawCells::store_once_by`]).

use super::dictionary::Codes;
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

    /// The first byte of the cell at `row` (0 for an empty one): reading it brings the cell
    /// into the cache.
    fn first_byte(&self, row: usize) -> u8 {
        let start = if row == 0 {
            0
        } else {
            self.ends[row - 1] as usize
        };
        self.bytes.as_bytes().get(start).copied().unwrap_or(0)
    }

    /// The memory the cells take.
    fn bytes(&self) -> usize {
        self.ends.len() * 4 + self.bytes.len()
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
    /// Any text, each customer's text stored once (see [`RawCells::store_once_by`]).
    Once {
        /// One code per row: 0 for an empty cell, else 1 + the text's index in `texts`.
        codes: Codes,
        /// The texts.
        texts: RawText,
    },
}

/// How many of a customer's later rows may have another text than their row before for a
/// column still to count as following the customer: beyond that (an order note, a line's
/// product), storing its texts once would cost a lookup per row for little memory.
const MOST_CHANGES_IN_TEN: usize = 1;

/// How often (in rows, a multiple of [`AHEAD`]) storing a column once is given up on when
/// its cells change too often.
const RETHINK_EVERY: usize = 1 << 16;

/// Rows whose customers' texts are touched ahead of comparing them: from 16 on, natively,
/// it makes no difference.
const AHEAD: usize = 64;

/// Whether a column's cells follow the customer: few of `repeats` (a customer's later rows)
/// had `changes` (another text than their row before).
fn follows(repeats: usize, changes: usize) -> bool {
    changes * 10 <= repeats * MOST_CHANGES_IN_TEN
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
            RawCells::Once { codes, texts } => {
                if text.is_empty() {
                    codes.push(0);
                } else {
                    texts.push(text);
                    codes.push(texts.len() as u32);
                }
            }
        }
    }

    /// Stores a column of text with each customer's text once when its cells follow the
    /// rows' customers (`customer(row)`, below `customers`): a customer's rows mostly repeat
    /// one e-mail or postcode, so each row is compared with the text of their row before,
    /// and only a customer's first row or a changed text is stored. Cells read back exactly
    /// as before; a column whose cells do not follow the customer, or that would take no
    /// less memory, is left as it is.
    ///
    /// Texts are not looked up: two customers sharing an e-mail store it twice, which costs
    /// less than a hash table over every customer's text would. The e-mails of five million
    /// orders by 833,333 customers take 154 MB as written, 45 MB stored once.
    pub fn store_once_by(&mut self, customers: usize, customer: impl Fn(usize) -> Option<u32>) {
        let RawCells::Text(raw) = self else {
            return;
        };
        let mut previous = vec![0u32; customers];
        // Code `k` is text `k - 1`; 0 is no text yet for a customer, and the empty cell.
        // About one text per customer (at most one per row), of the column's average length.
        let average = raw.bytes.len() / raw.len().max(1);
        let most = customers.min(raw.len());
        let mut texts = RawText::with_capacity(most, most * average);
        let mut codes = Vec::with_capacity(raw.len());
        let (mut repeats, mut changes) = (0, 0);
        for block in (0..raw.len()).step_by(AHEAD) {
            let block = block..(block + AHEAD).min(raw.len());
            // Each customer's text is somewhere in megabytes of them, a cache miss to compare
            // with: the block's texts are touched first, so that their misses overlap instead
            // of coming one after another (twice as fast).
            let touched = block.clone().fold(0u8, |touched, row| {
                match customer(row).map_or(0, |c| previous[c as usize]) {
                    0 => touched,
                    code => touched ^ texts.first_byte(code as usize - 1),
                }
            });
            std::hint::black_box(touched);
            for row in block {
                let text = raw.get(row);
                let slot = customer(row).map(|c| &mut previous[c as usize]);
                let before = slot.as_deref().copied().unwrap_or(0);
                let code = if text.is_empty() {
                    0
                } else if before != 0 && texts.get(before as usize - 1) == text {
                    repeats += 1;
                    before
                } else {
                    if before != 0 {
                        repeats += 1;
                        changes += 1;
                    }
                    texts.push(text);
                    texts.len() as u32
                };
                if let Some(slot) = slot.filter(|_| code != 0) {
                    *slot = code;
                }
                codes.push(code);
            }
            if codes.len() % RETHINK_EVERY == 0 && !follows(repeats, changes) {
                return;
            }
        }
        let codes = Codes::from(codes);
        if follows(repeats, changes) && codes.bytes() + texts.bytes() < raw.bytes() {
            texts.bytes.shrink_to_fit();
            texts.ends.shrink_to_fit();
            *self = RawCells::Once { codes, texts };
        }
    }

    /// The cell at `row`.
    pub fn get(&self, row: usize) -> Cow<'_, str> {
        match self {
            RawCells::Ids(ids) => Cow::Owned(ids.text(row)),
            RawCells::Text(raw) => Cow::Borrowed(raw.get(row)),
            RawCells::Once { codes, texts } => match codes.get(row) {
                0 => Cow::Borrowed(""),
                code => Cow::Borrowed(texts.get(code as usize - 1)),
            },
        }
    }

    /// Whether the cell at `row` is empty.
    pub fn is_blank(&self, row: usize) -> bool {
        match self {
            RawCells::Ids(ids) => ids.values[row] == IntIds::EMPTY,
            RawCells::Text(raw) => raw.is_blank(row),
            RawCells::Once { codes, .. } => codes.get(row) == 0,
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
            RawCells::Once { codes, .. } => codes.len(),
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

    /// A column of `cells` kept as written.
    fn written(cells: &[String]) -> RawCells {
        let mut raw = RawCells::Text(RawText::default());
        cells.iter().for_each(|c| raw.push(c));
        raw
    }

    #[test]
    fn texts_that_follow_the_customer_are_stored_once_and_read_back_exactly() {
        // Four customers' e-mails over forty orders: customer 1 changes theirs, customers
        // 0 and 3 share one, one cell is empty and one row has no customer.
        let customer = |row: usize| (row != 13).then_some(row as u32 % 4);
        let cells: Vec<String> = (0..40)
            .map(|row| match (row, row % 4) {
                (30, _) => String::new(),
                (13, _) => "guest@example.com".into(),
                (r, 1) if r > 20 => "new.address@example.com".into(),
                (_, 3) => "c0@example.com".into(),
                (_, c) => format!("c{c}@example.com"),
            })
            .collect();
        let mut column = written(&cells);
        column.store_once_by(4, customer);
        let RawCells::Once { texts, .. } = &column else {
            panic!("not stored once: {column:?}");
        };
        // One text per customer's address, the shared one twice, the changed one and the
        // guest's: not one per row.
        assert_eq!(texts.len(), 6);
        for (row, cell) in cells.iter().enumerate() {
            assert_eq!(column.get(row), cell.as_str(), "row {row}");
            assert_eq!(column.is_blank(row), cell.is_empty(), "row {row}");
        }
        // More cells after it is stored once read back too.
        column.push("late@example.com");
        column.push("");
        assert_eq!(
            (column.get(40), column.is_blank(41)),
            ("late@example.com".into(), true)
        );
    }

    #[test]
    fn texts_that_do_not_follow_the_customer_stay_as_written() {
        // A note on each order: another text on almost every customer's row.
        let cells: Vec<String> = (0..200).map(|row| format!("note {}", row / 3)).collect();
        let mut column = written(&cells);
        column.store_once_by(4, |row| Some(row as u32 % 4));
        assert!(matches!(column, RawCells::Text(_)));
        assert_eq!(column.get(199), "note 66");
    }

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
