//! Segments → how customers moved between them: two snapshots of a shop segmented with the
//! same scheme (two reference dates in one file, or an older and a newer export), matched
//! customer by customer, as a from-segment × to-segment table with the customers who were
//! not customers yet ("new") and those missing from the newer file ("gone").
//!
//! Customers are matched by their key (customer id, else e-mail); e-mail addresses match
//! whatever their letter case, as mail servers treat them.

use crate::basics::money::Units;
use crate::segmentation::presets::build::{tier_name, FutureValueNames, TIERS};
use crate::segmentation::scheme::Assignment;
use crate::shop::Customers;
use segmenter_words::Language;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// One snapshot: its customers, their segments, and what each spent in the year before it.
pub struct Snapshot<'a> {
    /// The customers (their keys are matched across snapshots).
    pub customers: &'a Customers,
    /// Their segments.
    pub assignment: &'a Assignment,
    /// Each customer's spend in the 365 days before the snapshot's reference date.
    pub spend_last_year: &'a [f64],
}

/// Where one customer was and is: a customer index and segment in each snapshot, `None`
/// where they were not a customer yet (`from`) or are missing from the newer file (`to`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// Their customer index and segment (into [`MigrationTable::segments`]) in the first.
    pub from: Option<(u32, u16)>,
    /// The same in the second.
    pub to: Option<(u32, u16)>,
}

/// Every customer of either snapshot and where they moved.
pub struct Transitions {
    /// The segments of both snapshots by name: the first's in order, then any only the
    /// second has.
    pub segments: Vec<String>,
    /// One entry per customer of either snapshot: the first snapshot's customers in order,
    /// then the second's new ones.
    pub moves: Vec<Move>,
    /// What each mover spent in the year before the first snapshot (0 for new ones).
    pub spend_before: Vec<f64>,
}

/// The transition table the page and a host are shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MigrationTable {
    /// The segments, rows and columns alike.
    pub segments: Vec<String>,
    /// `counts[r][c]`: customers from segment `r` to segment `c`; row `segments.len()` holds
    /// the new customers, column `segments.len()` those gone.
    pub counts: Vec<Vec<usize>>,
    /// The same cells' spend in the year before the first snapshot: the revenue at stake.
    pub at_stake: Vec<Vec<f64>>,
    /// Customers per segment in the first snapshot.
    pub before: Vec<usize>,
    /// Customers per segment in the second.
    pub after: Vec<usize>,
}

impl MigrationTable {
    /// The share of row `r`'s customers in cell `(r, c)`, 0 for an empty row.
    pub fn row_share(&self, r: usize, c: usize) -> f64 {
        let total: usize = self.counts[r].iter().sum();
        if total == 0 {
            0.0
        } else {
            self.counts[r][c] as f64 / total as f64
        }
    }

    /// Customers who stayed in their segment.
    pub fn unchanged(&self) -> usize {
        (0..self.segments.len()).map(|s| self.counts[s][s]).sum()
    }

    /// Customers of either snapshot.
    pub fn customers(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// Customers who were not customers yet (or not in the older file): the last row.
    pub fn new_customers(&self) -> usize {
        self.counts[self.segments.len()].iter().sum()
    }

    /// Customers missing from the newer file: the last column.
    pub fn gone(&self) -> usize {
        let n = self.segments.len();
        self.counts.iter().map(|row| row[n]).sum()
    }

    /// Customers in both snapshots, in another segment.
    pub fn moved(&self) -> usize {
        self.customers() - self.unchanged() - self.new_customers() - self.gone()
    }

    /// The segments someone was or is in, in the table's order: the rest need no row or
    /// column.
    pub fn occupied(&self) -> Vec<usize> {
        (0..self.segments.len())
            .filter(|&s| self.before[s] + self.after[s] > 0)
            .collect()
    }
}

/// The names the built-in schemes write around a cut point of the shop's own, which moves
/// from date to date (a spend tier's least spend, Future value's medians): the text before
/// the amount and the text after it, in every language.
fn cut_point_names() -> Vec<(String, String)> {
    let mut names = Vec::new();
    for language in Language::ALL {
        names.extend(TIERS.iter().map(|&(_, tier)| tier_name(tier, language)));
        for valued in [true, false] {
            let future = FutureValueNames::new(language, valued);
            names.extend([future.valuable, future.worth_saving]);
        }
    }
    names
}

/// A segment's name as segments are matched across snapshots: without the cut point a
/// built-in scheme writes after it ("Top 1% (from 150)" is "Top 1%" at every date, whatever
/// its cut point then). Only such a cut point goes: any other "(…)" at the end is part of
/// the name ("Shirts (men)" and "Shirts (women)" are two segments, at every date).
fn common_name<'n>(name: &'n str, cut_points: &[(String, String)]) -> &'n str {
    let quotes_cut_point = cut_points.iter().any(|(before, after)| {
        name.strip_suffix(after.as_str())
            .and_then(|n| n.rsplit_once(before.as_str()))
            .is_some_and(|(_, amount)| !amount.is_empty() && !amount.contains(['(', ')']))
    });
    match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((common, _)) if quotes_cut_point && !common.is_empty() => common,
        _ => name,
    }
}

/// A customer key as customers are matched: e-mail addresses in lower case.
fn match_key(key: &str) -> Cow<'_, str> {
    let key = key.trim();
    if key.contains('@') && key.chars().any(char::is_uppercase) {
        Cow::Owned(key.to_lowercase())
    } else {
        Cow::Borrowed(key)
    }
}

/// Matches the customers of `from` and `to` and says where each moved.
pub fn transitions(from: &Snapshot<'_>, to: &Snapshot<'_>) -> Transitions {
    let cut_points = cut_point_names();
    let mut segments: Vec<String> = Vec::new();
    let mut index_of = |name: &str| {
        let name = common_name(name, &cut_points);
        let at = segments.iter().position(|s| s == name).unwrap_or_else(|| {
            segments.push(name.to_string());
            segments.len() - 1
        });
        at as u16
    };
    let from_segment: Vec<u16> = from
        .assignment
        .segments
        .iter()
        .map(|n| index_of(n))
        .collect();
    let to_segment: Vec<u16> = to.assignment.segments.iter().map(|n| index_of(n)).collect();
    let in_to: HashMap<Cow<'_, str>, u32> = (0..to.customers.len())
        .map(|c| (match_key(to.customers.key(c)), c as u32))
        .collect();
    let mut matched = vec![false; to.customers.len()];
    let mut moves = Vec::with_capacity(from.customers.len().max(to.customers.len()));
    let mut spend_before = Vec::with_capacity(moves.capacity());
    for c in 0..from.customers.len() {
        let later = in_to.get(&match_key(from.customers.key(c))).map(|&t| {
            matched[t as usize] = true;
            (
                t,
                to_segment[usize::from(to.assignment.of_customer[t as usize])],
            )
        });
        moves.push(Move {
            from: Some((
                c as u32,
                from_segment[usize::from(from.assignment.of_customer[c])],
            )),
            to: later,
        });
        spend_before.push(from.spend_last_year.get(c).copied().unwrap_or(0.0));
    }
    for (t, _) in matched.iter().enumerate().filter(|(_, m)| !**m) {
        moves.push(Move {
            from: None,
            to: Some((
                t as u32,
                to_segment[usize::from(to.assignment.of_customer[t])],
            )),
        });
        spend_before.push(0.0);
    }
    Transitions {
        segments,
        moves,
        spend_before,
    }
}

impl Transitions {
    /// The row and column of a move in the table: its segments, or the "new" row and the
    /// "gone" column.
    pub fn cell_of(&self, m: &Move) -> (usize, usize) {
        let outside = self.segments.len();
        (
            m.from.map_or(outside, |(_, s)| usize::from(s)),
            m.to.map_or(outside, |(_, s)| usize::from(s)),
        )
    }

    /// The moves in cell `(row, column)`, with their spend in the year before.
    pub fn in_cell(&self, row: usize, column: usize) -> impl Iterator<Item = (&Move, f64)> {
        self.moves
            .iter()
            .zip(&self.spend_before)
            .filter(move |(m, _)| self.cell_of(m) == (row, column))
            .map(|(m, &spend)| (m, spend))
    }

    /// The transition table.
    pub fn table(&self) -> MigrationTable {
        let n = self.segments.len();
        let mut counts = vec![vec![0; n + 1]; n + 1];
        // Summed in exact units, as every other sum of money.
        let mut at_stake = vec![vec![Units(0); n + 1]; n + 1];
        for (m, &spend) in self.moves.iter().zip(&self.spend_before) {
            let (r, c) = self.cell_of(m);
            counts[r][c] += 1;
            at_stake[r][c] += Units::of(spend);
        }
        let at_stake = (at_stake.into_iter())
            .map(|row| row.into_iter().map(Units::amount).collect())
            .collect();
        let before = (0..n).map(|s| counts[s].iter().sum()).collect();
        let after = (0..n)
            .map(|s| counts.iter().map(|row| row[s]).sum())
            .collect();
        MigrationTable {
            segments: self.segments.clone(),
            counts,
            at_stake,
            before,
            after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::RawText;

    fn customers(keys: &[&str]) -> Customers {
        let mut raw = RawText::with_capacity(keys.len(), 16);
        for k in keys {
            raw.push(k);
        }
        Customers {
            keys: raw,
            ..Customers::default()
        }
    }

    fn assignment(segments: &[&str], of: &[u16]) -> Assignment {
        Assignment {
            segments: segments.iter().map(|s| s.to_string()).collect(),
            of_customer: of.to_vec(),
        }
    }

    #[test]
    fn customers_are_matched_by_key_with_new_and_gone_ones_counted() {
        // Before: A and B are Champions, C is At Risk, D (Ann@Shop.com) is At Risk.
        // After: A stayed, B slipped to At Risk, C is gone, ann@shop.com became a Champion,
        // E is new, in a segment only the later snapshot has. At Risk (Future value's "At
        // risk, worth saving") quotes its cut point, which changed.
        let before = customers(&["A", "B", "C", "Ann@Shop.com"]);
        let before_segments = assignment(
            &["Champions", "At risk, worth saving (spent from 10)"],
            &[0, 0, 1, 1],
        );
        let after = customers(&["E", "ann@shop.com", "B", "A"]);
        let after_segments = assignment(
            &[
                "At risk, worth saving (spent from 20)",
                "Champions",
                "New Customers",
            ],
            &[2, 1, 0, 1],
        );
        let t = transitions(
            &Snapshot {
                customers: &before,
                assignment: &before_segments,
                spend_last_year: &[100.0, 80.0, 30.0, 10.0],
            },
            &Snapshot {
                customers: &after,
                assignment: &after_segments,
                spend_last_year: &[0.0; 4],
            },
        );
        assert_eq!(
            t.segments,
            ["Champions", "At risk, worth saving", "New Customers"]
        );
        let table = t.table();
        // Rows: Champions, At Risk, New Customers, new; columns the same with gone last.
        assert_eq!(
            table.counts,
            [
                vec![1, 1, 0, 0],
                vec![1, 0, 0, 1],
                vec![0, 0, 0, 0],
                vec![0, 0, 1, 0],
            ]
        );
        assert_eq!(table.at_stake[0][1], 80.0);
        assert_eq!(table.at_stake[1][3], 30.0);
        assert_eq!(table.before, [2, 2, 0]);
        assert_eq!(table.after, [2, 1, 1]);
        assert_eq!(table.unchanged(), 1);
        assert_eq!(
            (
                table.customers(),
                table.new_customers(),
                table.gone(),
                table.moved()
            ),
            (5, 1, 1, 2)
        );
        assert_eq!(table.occupied(), [0, 1, 2]);
        assert_eq!(table.row_share(0, 1), 0.5);
        let new_ones: Vec<_> = t.in_cell(3, 2).map(|(m, _)| m.to).collect();
        assert_eq!(new_ones, [Some((0, 2))]);
    }

    #[test]
    fn segments_apart_only_by_their_own_brackets_stay_apart() {
        // Favourite category and a spend tier: A went from men's shirts to women's, B the
        // other way, C stayed in the top tier, whose least spend rose from 150 to 180.
        let keys = customers(&["A", "B", "C"]);
        let before = assignment(
            &["Shirts (men)", "Shirts (women)", "Top 1% (from 150)"],
            &[0, 1, 2],
        );
        let after = assignment(
            &["Shirts (women)", "Shirts (men)", "Top 1% (from 180)"],
            &[0, 1, 2],
        );
        let t = transitions(
            &Snapshot {
                customers: &keys,
                assignment: &before,
                spend_last_year: &[10.0, 20.0, 300.0],
            },
            &Snapshot {
                customers: &keys,
                assignment: &after,
                spend_last_year: &[0.0; 3],
            },
        );
        assert_eq!(t.segments, ["Shirts (men)", "Shirts (women)", "Top 1%"]);
        let table = t.table();
        assert_eq!((table.unchanged(), table.moved()), (1, 2));
        assert_eq!((table.counts[0][1], table.counts[1][0]), (1, 1));
    }

    #[test]
    fn cut_points_are_known_in_every_language_and_inside_a_split_scheme_s_names() {
        // A place's or a category's own brackets stay, also after a tier's cut point.
        let names = cut_point_names();
        assert_eq!(
            common_name("Gefährdet, aber wertvoll (Umsatz ab 1.200 €)", &names),
            "Gefährdet, aber wertvoll"
        );
        assert_eq!(
            common_name("DE · Top 1% (from €150)", &names),
            "DE · Top 1%"
        );
        assert_eq!(common_name("Frankfurt (Oder)", &names), "Frankfurt (Oder)");
        let split = "Top 1% (from €150) · Shirts (men)";
        assert_eq!(common_name(split, &names), split);
    }
}
