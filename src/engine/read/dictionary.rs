//! A column's distinct texts, each stored once and numbered.
//!
//! Text columns (customer ids, e-mails, countries, categories) repeat a few values over
//! many rows, so each cell becomes a `u32` code into one byte arena. Code 0 is the empty
//! cell. A row repeating the previous row's text (an order's lines, a customer's orders
//! sorted together) is answered without hashing.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::hash::BuildHasher;

/// Distinct non-empty strings, numbered from 1 in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    bytes: Vec<u8>,
    /// End offset in `bytes` of each string; string `code` ends at `ends[code - 1]`.
    ends: Vec<u32>,
    table: HashTable<u32>,
    last: u32,
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// The code of `text`, adding it when new; 0 for the empty string.
    pub fn code(&mut self, text: &str) -> u32 {
        if text.is_empty() {
            return 0;
        }
        if self.last != 0 && self.get(self.last) == text {
            return self.last;
        }
        let hash = FxBuildHasher.hash_one(text.as_bytes());
        let Dictionary {
            bytes, ends, table, ..
        } = self;
        let text_of = |code: u32| -> &[u8] {
            let end = ends[code as usize - 1] as usize;
            let start = if code == 1 {
                0
            } else {
                ends[code as usize - 2] as usize
            };
            &bytes[start..end]
        };
        let code = match table.find(hash, |&c| text_of(c) == text.as_bytes()) {
            Some(&c) => c,
            None => {
                let c = ends.len() as u32 + 1;
                table.insert_unique(hash, c, |&c| FxBuildHasher.hash_one(text_of(c)));
                bytes.extend_from_slice(text.as_bytes());
                ends.push(bytes.len() as u32);
                c
            }
        };
        self.last = code;
        code
    }

    /// The code of `text` if it is present.
    pub fn find(&self, text: &str) -> Option<u32> {
        if text.is_empty() {
            return Some(0);
        }
        let hash = FxBuildHasher.hash_one(text.as_bytes());
        self.table.find(hash, |&c| self.get(c) == text).copied()
    }

    /// The text of `code` (empty for 0).
    pub fn get(&self, code: u32) -> &str {
        if code == 0 {
            return "";
        }
        let end = self.ends[code as usize - 1] as usize;
        let start = if code == 1 {
            0
        } else {
            self.ends[code as usize - 2] as usize
        };
        // Only whole `&str`s are ever stored, so every slice is valid UTF-8.
        std::str::from_utf8(&self.bytes[start..end]).unwrap_or_default()
    }

    /// Number of distinct non-empty strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether no non-empty string was stored.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Every code with its text, in code order (the empty code 0 excluded).
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (1..=self.ends.len() as u32).map(|c| (c, self.get(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_distinct_texts_once() {
        let mut d = Dictionary::new();
        let codes: Vec<u32> = ["DE", "FR", "DE", "", "DE", "Zoë", "FR"]
            .iter()
            .map(|t| d.code(t))
            .collect();
        assert_eq!(codes, vec![1, 2, 1, 0, 1, 3, 2]);
        assert_eq!(d.len(), 3);
        assert_eq!(d.get(3), "Zoë");
        assert_eq!(d.find("FR"), Some(2));
        assert_eq!(d.find("IT"), None);
        assert_eq!(
            d.iter().map(|(_, t)| t).collect::<Vec<_>>(),
            vec!["DE", "FR", "Zoë"]
        );
    }

    #[test]
    fn survives_growth() {
        let mut d = Dictionary::new();
        for i in 0..50_000 {
            assert_eq!(d.code(&format!("C{i:07}")), i + 1);
        }
        for i in (0..50_000).step_by(997) {
            assert_eq!(d.find(&format!("C{i:07}")), Some(i + 1));
        }
    }
}
