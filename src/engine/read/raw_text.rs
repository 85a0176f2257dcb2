//! Text columns whose cells are mostly different (order ids, e-mails, customer ids): every
//! cell kept as written, one after another.
//!
//! Numbering such a column's distinct values while reading would cost a hash lookup per
//! cell for almost no saving in memory, so it is left to the roles that need it (the
//! customer identity), and skipped for those that only need a few cells (a customer's
//! e-mail is taken from their latest row only).

/// Cells stored back to back; cell `i` is `bytes[ends[i - 1]..ends[i]]`.
#[derive(Clone, Debug, Default)]
pub struct RawText {
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

#[cfg(test)]
mod tests {
    use super::*;

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
