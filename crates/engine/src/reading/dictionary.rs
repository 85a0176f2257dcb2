//! A column's distinct texts, each stored once and numbered.
//!
//! Text columns (customer ids, e-mails, countries, categories) repeat values over many
//! rows, so each cell becomes a `u32` code into one byte arena. Code 0 is the empty cell.
//! A row repeating the previous row's text (an order's lines, a customer's orders sorted
//! together) is answered without hashing.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::hash::BuildHasher;

/// Distinct non-empty strings, numbered from 1 in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    bytes: String,
    /// End offset in `bytes` of each string; string `code` ends at `ends[code - 1]`.
    ends: Vec<u32>,
    table: HashTable<Slot>,
    /// The previous lookup's answer, which the next row often repeats.
    last: Slot,
}

/// Two dictionaries are equal when they hold the same texts under the same codes.
impl PartialEq for Dictionary {
    fn eq(&self, other: &Dictionary) -> bool {
        self.ends == other.ends && self.bytes == other.bytes
    }
}

/// A dictionary travels (from a worker that read part of a file) as its texts alone: the
/// lookup table is rebuilt by the first [`Dictionary::code`] that needs it.
#[derive(Serialize, Deserialize)]
struct Texts<'a> {
    bytes: Cow<'a, str>,
    #[serde(with = "super::packed")]
    ends: Vec<u32>,
}

impl Serialize for Dictionary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let texts = Texts {
            bytes: Cow::Borrowed(&self.bytes),
            ends: self.ends.clone(),
        };
        texts.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Dictionary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Dictionary, D::Error> {
        let Texts { bytes, ends } = Deserialize::deserialize(deserializer)?;
        let bytes = bytes.into_owned();
        let fits = ends.windows(2).all(|w| w[0] <= w[1])
            && ends.last().is_none_or(|&end| end as usize <= bytes.len())
            && ends.iter().all(|&end| bytes.is_char_boundary(end as usize));
        if !fits {
            return Err(serde::de::Error::custom(
                "a dictionary's texts end past its bytes",
            ));
        }
        Ok(Dictionary {
            bytes,
            ends,
            ..Dictionary::default()
        })
    }
}

/// A table slot: the string's first eight bytes and where it is, so that a lookup compares
/// short strings (customer ids, postcodes) without touching the byte arena at all, and
/// long ones only when their first bytes and length already match. On a million rows the
/// cache misses of the arena were most of the cost.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    head: u64,
    start: u32,
    len: u32,
    code: u32,
}

/// The first eight bytes of `text`, zero-padded.
fn head_of(text: &[u8]) -> u64 {
    // Without a copy of variable length, which the compiler leaves to a call to `memcpy`:
    // this runs for every coded cell of a file, and the call was a third of the cost of a lookup.
    match text.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        None => text
            .iter()
            .rev()
            .fold(0, |head, &b| head << 8 | u64::from(b)),
    }
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// Drops the lookup table, keeping the texts: for a dictionary that is complete (a
    /// customer's e-mails, a finished column) the table is a third of the memory. A later
    /// [`Dictionary::code`] rebuilds it.
    pub fn freeze(&mut self) {
        self.table = HashTable::new();
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    fn rebuild_table(&mut self) {
        let Dictionary {
            bytes, ends, table, ..
        } = self;
        table.reserve(ends.len(), |s: &Slot| {
            FxBuildHasher.hash_one(&bytes.as_bytes()[s.start as usize..(s.start + s.len) as usize])
        });
        let mut start = 0u32;
        for (i, &end) in ends.iter().enumerate() {
            let key = &bytes.as_bytes()[start as usize..end as usize];
            let slot = Slot {
                head: head_of(key),
                start,
                len: end - start,
                code: i as u32 + 1,
            };
            table.insert_unique(FxBuildHasher.hash_one(key), slot, |s| {
                FxBuildHasher
                    .hash_one(&bytes.as_bytes()[s.start as usize..(s.start + s.len) as usize])
            });
            start = end;
        }
    }

    /// The code of `text`, adding it when new; 0 for the empty string.
    pub fn code(&mut self, text: &str) -> u32 {
        if text.is_empty() {
            return 0;
        }
        if self.table.is_empty() && !self.ends.is_empty() {
            self.rebuild_table();
        }
        let key = text.as_bytes();
        let head = head_of(key);
        let len = key.len() as u32;
        let last = self.last;
        if last.code != 0
            && last.head == head
            && last.len == len
            && (len <= 8 || self.slice(&last) == key)
        {
            return last.code;
        }
        let hash = FxBuildHasher.hash_one(key);
        let Dictionary {
            bytes, ends, table, ..
        } = self;
        let matches = |s: &Slot| {
            s.head == head
                && s.len == len
                && (len <= 8
                    || &bytes.as_bytes()[s.start as usize..(s.start + s.len) as usize] == key)
        };
        let found = match table.find(hash, matches) {
            Some(slot) => *slot,
            None => {
                let slot = Slot {
                    head,
                    start: bytes.len() as u32,
                    len,
                    code: ends.len() as u32 + 1,
                };
                table.insert_unique(hash, slot, |s| {
                    FxBuildHasher
                        .hash_one(&bytes.as_bytes()[s.start as usize..(s.start + s.len) as usize])
                });
                bytes.push_str(text);
                ends.push(bytes.len() as u32);
                slot
            }
        };
        self.last = found;
        found.code
    }

    /// The code of `text`, which the caller knows is not in the dictionary yet (the texts of
    /// distinct numeric ids): appended without hashing while no lookup table is kept, as
    /// after [`Dictionary::freeze`] or before the first [`Dictionary::code`]; a later
    /// `code` builds the table from every text. 0 for the empty string.
    pub fn code_new(&mut self, text: &str) -> u32 {
        if !self.table.is_empty() || text.is_empty() {
            return self.code(text);
        }
        self.bytes.push_str(text);
        self.ends.push(self.bytes.len() as u32);
        self.ends.len() as u32
    }

    /// The code of `text` if it is present.
    pub fn find(&self, text: &str) -> Option<u32> {
        if text.is_empty() {
            return Some(0);
        }
        if self.table.is_empty() {
            return self.iter().find(|(_, t)| *t == text).map(|(c, _)| c);
        }
        let key = text.as_bytes();
        let hash = FxBuildHasher.hash_one(key);
        self.table
            .find(hash, |s| {
                s.len as usize == key.len() && self.slice(s) == key
            })
            .map(|s| s.code)
    }

    fn slice(&self, s: &Slot) -> &[u8] {
        &self.bytes.as_bytes()[s.start as usize..(s.start + s.len) as usize]
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
        // Only whole `&str`s are stored, so every boundary is a character boundary.
        self.bytes.get(start..end).unwrap_or_default()
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

/// Dictionary codes, one per row, in the narrowest integer that holds them: a country or
/// category column takes one byte per row, not four.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Codes {
    /// Up to 255 distinct values.
    U8(#[serde(with = "super::packed")] Vec<u8>),
    /// Up to 65,535 distinct values.
    U16(#[serde(with = "super::packed")] Vec<u16>),
    /// More.
    U32(#[serde(with = "super::packed")] Vec<u32>),
}

impl Default for Codes {
    fn default() -> Self {
        Codes::U8(Vec::new())
    }
}

impl FromIterator<u32> for Codes {
    fn from_iter<I: IntoIterator<Item = u32>>(iter: I) -> Codes {
        let mut codes = Codes::default();
        for c in iter {
            codes.push(c);
        }
        codes
    }
}

/// Codes in the narrowest width that holds the largest of them.
impl From<Vec<u32>> for Codes {
    fn from(codes: Vec<u32>) -> Codes {
        match codes.iter().max().copied().unwrap_or(0) {
            top if top <= u32::from(u8::MAX) => Codes::U8(codes.iter().map(|&c| c as u8).collect()),
            top if top <= u32::from(u16::MAX) => {
                Codes::U16(codes.iter().map(|&c| c as u16).collect())
            }
            _ => Codes::U32(codes),
        }
    }
}

impl Codes {
    /// Room for `rows` codes, starting one byte wide.
    pub fn with_capacity(rows: usize) -> Codes {
        Codes::U8(Vec::with_capacity(rows))
    }

    /// Adds a code, widening the storage when it no longer fits.
    pub fn push(&mut self, code: u32) {
        match self {
            Codes::U8(v) if code <= u32::from(u8::MAX) => v.push(code as u8),
            Codes::U16(v) if code <= u32::from(u16::MAX) => v.push(code as u16),
            Codes::U32(v) => v.push(code),
            Codes::U8(v) if code <= u32::from(u16::MAX) => {
                let mut wide: Vec<u16> = Vec::with_capacity(v.capacity().max(v.len() + 1));
                wide.extend(v.iter().map(|&c| u16::from(c)));
                wide.push(code as u16);
                *self = Codes::U16(wide);
            }
            _ => {
                let mut wide: Vec<u32> = Vec::with_capacity(self.capacity().max(self.len() + 1));
                wide.extend(self.iter());
                wide.push(code);
                *self = Codes::U32(wide);
            }
        }
    }

    /// The code at `row`.
    pub fn get(&self, row: usize) -> u32 {
        match self {
            Codes::U8(v) => u32::from(v[row]),
            Codes::U16(v) => u32::from(v[row]),
            Codes::U32(v) => v[row],
        }
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        match self {
            Codes::U8(v) => v.len(),
            Codes::U16(v) => v.len(),
            Codes::U32(v) => v.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn capacity(&self) -> usize {
        match self {
            Codes::U8(v) => v.capacity(),
            Codes::U16(v) => v.capacity(),
            Codes::U32(v) => v.capacity(),
        }
    }

    /// The memory the codes take.
    pub fn bytes(&self) -> usize {
        match self {
            Codes::U8(v) => v.len(),
            Codes::U16(v) => v.len() * 2,
            Codes::U32(v) => v.len() * 4,
        }
    }

    /// Every code, in row order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(|r| self.get(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_the_first_eight_bytes_zero_padded() {
        assert_eq!(head_of(b""), 0);
        assert_eq!(head_of(b"DE"), u64::from_le_bytes(*b"DE\0\0\0\0\0\0"));
        assert_eq!(head_of(b"C0642837"), u64::from_le_bytes(*b"C0642837"));
        assert_eq!(
            head_of(b"Apparel and more"),
            u64::from_le_bytes(*b"Apparel ")
        );
    }

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
    fn codes_widen_as_they_grow() {
        let mut codes = Codes::with_capacity(4);
        codes.push(3);
        assert!(matches!(codes, Codes::U8(_)));
        codes.push(300);
        assert!(matches!(codes, Codes::U16(_)));
        codes.push(70_000);
        assert!(matches!(codes, Codes::U32(_)));
        assert_eq!(codes.iter().collect::<Vec<_>>(), vec![3, 300, 70_000]);
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

    #[test]
    fn new_texts_added_without_lookup_are_found_later() {
        let mut d = Dictionary::new();
        assert_eq!(d.code_new("C0000001"), 1);
        assert_eq!(d.code_new("C0000002"), 2);
        assert_eq!(d.code_new(""), 0);
        // The first lookup builds the table from every text added so far…
        assert_eq!(d.code("C0000002"), 2);
        // …after which new texts go through it, so a repeat is still caught.
        assert_eq!(d.code_new("a@x.com"), 3);
        assert_eq!(d.code("a@x.com"), 3);
        assert_eq!(d.len(), 3);
    }
}
