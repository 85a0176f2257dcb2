//! Cells that read differently under two conventions, and how a column settles on one.
//!
//! Numbers (decimal point or comma) and dates (day or month first) share the problem:
//! `1,234` or `03/04/2024` alone is ambiguous, but a column is not, because some of its
//! cells are readable one way only. A column is read under a provisional convention chosen
//! from the first rows, keeping on the side the other reading of every ambiguous cell, so
//! that when the whole column points the other way it can switch without reading the file
//! again (see [`Competing::settle`]).

use super::packed::Packed;
use serde::{Deserialize, Serialize};

/// What one cell reads to under the first and the second convention.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading<T> {
    /// Nothing there (empty, or a marker such as `n/a`).
    Empty,
    /// The same value either way.
    Same(T),
    /// A value under each convention, and they differ.
    Both {
        /// Under the first convention.
        first: T,
        /// Under the second convention.
        second: T,
    },
    /// Only the first convention reads it.
    FirstOnly(T),
    /// Only the second convention reads it.
    SecondOnly(T),
    /// Neither reads it.
    Unreadable,
}

impl<T: Copy> Reading<T> {
    /// The value under the first convention.
    pub fn first(&self) -> Option<T> {
        match *self {
            Reading::Same(v) | Reading::FirstOnly(v) | Reading::Both { first: v, .. } => Some(v),
            _ => None,
        }
    }

    /// The value under the second convention.
    pub fn second(&self) -> Option<T> {
        match *self {
            Reading::Same(v) | Reading::SecondOnly(v) | Reading::Both { second: v, .. } => Some(v),
            _ => None,
        }
    }

    /// The readings with `f` applied to each value.
    pub fn map<U>(self, f: impl Fn(T) -> U) -> Reading<U> {
        match self {
            Reading::Empty => Reading::Empty,
            Reading::Same(v) => Reading::Same(f(v)),
            Reading::Both { first, second } => Reading::Both {
                first: f(first),
                second: f(second),
            },
            Reading::FirstOnly(v) => Reading::FirstOnly(f(v)),
            Reading::SecondOnly(v) => Reading::SecondOnly(f(v)),
            Reading::Unreadable => Reading::Unreadable,
        }
    }

    /// The value under convention `first` (true) or the second one.
    pub fn under(&self, first: bool) -> Option<T> {
        if first {
            self.first()
        } else {
            self.second()
        }
    }
}

/// How many cells of a column only one convention reads, and how many are ambiguous.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Votes {
    /// Cells only the first convention reads.
    pub first_only: u64,
    /// Cells only the second convention reads.
    pub second_only: u64,
    /// Cells both read, to different values.
    pub ambiguous: u64,
}

impl Votes {
    /// Counts one cell.
    pub fn count<T>(&mut self, reading: &Reading<T>) {
        match reading {
            Reading::FirstOnly(_) => self.first_only += 1,
            Reading::SecondOnly(_) => self.second_only += 1,
            Reading::Both { .. } => self.ambiguous += 1,
            _ => {}
        }
    }

    /// The convention the cells point to (true = first); `default` when nothing decides.
    pub fn winner(&self, default: bool) -> bool {
        match self.first_only.cmp(&self.second_only) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => default,
        }
    }

    /// Adds another part's counts.
    pub fn add(&mut self, other: Votes) {
        self.first_only += other.first_only;
        self.second_only += other.second_only;
        self.ambiguous += other.ambiguous;
    }

    /// True when no cell decided and some were ambiguous: the merchant should be asked.
    pub fn undecided(&self) -> bool {
        self.first_only == 0 && self.second_only == 0 && self.ambiguous > 0
    }
}

/// A value with a spare bit pattern meaning "nothing here", so that a column of a million
/// values stores no `Option` tag beside each (which would double a number column's size).
pub trait Slot: Copy + PartialEq + std::fmt::Debug {
    /// The "nothing here" value.
    const NONE: Self;

    /// Whether this is the "nothing here" value.
    fn is_none(&self) -> bool;

    /// The value, or `None`.
    fn value(self) -> Option<Self> {
        (!self.is_none()).then_some(self)
    }
}

impl Slot for f64 {
    const NONE: f64 = f64::NAN;

    fn is_none(&self) -> bool {
        self.is_nan()
    }
}

/// A column's values under one convention, with what switching to the other would change.
///
/// Switching swaps the kept readings in, and is its own inverse, so the merchant can flip a
/// column's convention back and forth without the file being read again.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(bound(
    serialize = "T: Serialize + Packed",
    deserialize = "T: Deserialize<'de> + Packed"
))]
pub struct Competing<T> {
    /// The convention the values are under (true = first).
    pub first: bool,
    /// Which convention the column was first read under.
    provisional: bool,
    /// Each row's value under the current convention; [`Slot::NONE`] when empty or unreadable.
    #[serde(with = "super::packed")]
    pub values: Vec<T>,
    /// Rows whose value differs under the other convention, with that value, by row.
    other: Vec<(u32, T)>,
    /// Rows the provisional convention could not read, with their text, by row.
    texts: Vec<(u32, Box<str>)>,
    /// The cells' votes.
    pub votes: Votes,
}

/// Switching convention would leave cells that were read without their text: the column
/// must be read again with the convention fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeedsReread;

impl<T: Slot> Competing<T> {
    /// An empty column read under `first`.
    pub fn new(first: bool) -> Competing<T> {
        Competing::with_capacity(first, 0)
    }

    /// An empty column read under `first`, with room for `rows` rows.
    pub fn with_capacity(first: bool, rows: usize) -> Competing<T> {
        Competing {
            first,
            provisional: first,
            values: Vec::with_capacity(rows),
            other: Vec::new(),
            texts: Vec::new(),
            votes: Votes::default(),
        }
    }

    /// Adds the next row's cell.
    pub fn push(&mut self, reading: Reading<T>, text: &str) {
        let row = self.values.len() as u32;
        self.votes.count(&reading);
        let mine = reading.under(self.first);
        if mine.is_none() && !matches!(reading, Reading::Empty) {
            self.texts.push((row, text.into()));
        }
        // Keep the other reading where it fills a gap or changes a value. A cell only this
        // convention reads is just counted: keeping it would double a normal column's size.
        let theirs = reading.under(!self.first);
        if theirs.is_some() && mine.is_none() || matches!(reading, Reading::Both { .. }) {
            self.other.push((row, theirs.unwrap_or(T::NONE)));
        }
        self.values.push(mine.unwrap_or(T::NONE));
    }

    /// Adds `other`'s rows after these: the column of the next part of a file read in
    /// parts, under the same provisional convention and not yet settled.
    pub fn append(&mut self, other: Competing<T>) {
        debug_assert_eq!(
            (self.first, self.provisional),
            (other.first, other.provisional)
        );
        let shift = self.values.len() as u32;
        self.values.extend_from_slice(&other.values);
        self.other
            .extend(other.other.into_iter().map(|(row, v)| (row + shift, v)));
        self.texts
            .extend(other.texts.into_iter().map(|(row, t)| (row + shift, t)));
        self.votes.add(other.votes);
    }

    /// Rows the current convention cannot read, with their text.
    pub fn unreadable(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.texts
            .iter()
            .filter(|(row, _)| self.values[*row as usize].is_none())
            .map(|(row, text)| (*row, &**text))
    }

    /// Switches to convention `first`. Fails when cells only the provisional convention
    /// reads exist, since their other reading was not kept.
    pub fn use_convention(&mut self, first: bool) -> Result<(), NeedsReread> {
        if first == self.first {
            return Ok(());
        }
        let read_one_way_only = if self.provisional {
            self.votes.first_only
        } else {
            self.votes.second_only
        };
        if read_one_way_only > 0 {
            return Err(NeedsReread);
        }
        for (row, value) in &mut self.other {
            std::mem::swap(&mut self.values[*row as usize], value);
        }
        self.first = first;
        Ok(())
    }

    /// Settles on `forced`, or else on the convention the votes favour (`default` on a tie).
    pub fn settle(&mut self, forced: Option<bool>, default: bool) -> Result<(), NeedsReread> {
        self.use_convention(forced.unwrap_or_else(|| self.votes.winner(default)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switches_using_the_kept_readings_and_back() {
        let mut c = Competing::new(true);
        c.push(
            Reading::Both {
                first: 1.0,
                second: 10.0,
            },
            "a",
        );
        c.push(Reading::Same(5.0), "b");
        c.push(Reading::SecondOnly(7.0), "c");
        c.push(Reading::Empty, "");
        assert_eq!(
            c.values.iter().map(|v| v.value()).collect::<Vec<_>>(),
            vec![Some(1.0), Some(5.0), None, None]
        );
        assert_eq!(c.unreadable().collect::<Vec<_>>(), vec![(2, "c")]);
        c.settle(None, true).unwrap();
        assert!(!c.first);
        assert_eq!(
            c.values.iter().map(|v| v.value()).collect::<Vec<_>>(),
            vec![Some(10.0), Some(5.0), Some(7.0), None]
        );
        assert_eq!(c.unreadable().count(), 0);
        c.use_convention(true).unwrap();
        assert_eq!(
            c.values.iter().map(|v| v.value()).collect::<Vec<_>>(),
            vec![Some(1.0), Some(5.0), None, None]
        );
    }

    #[test]
    fn appended_parts_settle_as_one_column() {
        let cells = [
            (
                Reading::Both {
                    first: 1.0,
                    second: 10.0,
                },
                "a",
            ),
            (Reading::SecondOnly(7.0), "c"),
            (Reading::Unreadable, "?"),
            (Reading::SecondOnly(8.0), "d"),
        ];
        let mut whole = Competing::new(true);
        cells.iter().for_each(|(r, t)| whole.push(*r, t));
        let mut a = Competing::new(true);
        let mut b = Competing::new(true);
        cells[..2].iter().for_each(|(r, t)| a.push(*r, t));
        cells[2..].iter().for_each(|(r, t)| b.push(*r, t));
        a.append(b);
        assert_eq!(a.votes, whole.votes);
        assert_eq!(
            a.unreadable().collect::<Vec<_>>(),
            whole.unreadable().collect::<Vec<_>>()
        );
        a.settle(None, true).unwrap();
        whole.settle(None, true).unwrap();
        assert_eq!(format!("{:?}", a.values), format!("{:?}", whole.values));
        assert_eq!(a.unreadable().collect::<Vec<_>>(), vec![(2, "?")]);
    }

    #[test]
    fn minority_cells_stay_unreadable() {
        let mut c = Competing::new(true);
        c.push(Reading::FirstOnly(1.0), "1.5");
        c.push(Reading::FirstOnly(2.0), "2.5");
        c.push(Reading::SecondOnly(3.0), "3,5");
        c.settle(None, false).unwrap();
        assert!(c.first);
        assert_eq!(c.unreadable().collect::<Vec<_>>(), vec![(2, "3,5")]);
    }

    #[test]
    fn switching_away_from_cells_read_one_way_only_needs_a_reread() {
        let mut c = Competing::new(true);
        c.push(Reading::FirstOnly(1.0), "1.5");
        c.push(Reading::SecondOnly(3.0), "3,5");
        c.push(Reading::SecondOnly(4.0), "4,5");
        assert_eq!(c.settle(None, true), Err(NeedsReread));
    }

    #[test]
    fn ties_and_ambiguity_fall_back_to_the_default() {
        let mut c = Competing::new(true);
        c.push(
            Reading::Both {
                first: 1.0,
                second: 2.0,
            },
            "x",
        );
        assert!(c.votes.undecided());
        c.settle(None, false).unwrap();
        assert_eq!(c.values, vec![2.0]);
    }
}
