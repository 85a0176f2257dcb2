//! Each customer's details (e-mail, names, places, age, consent) from their rows: the most
//! recent row wins, and a detail that row leaves empty comes from the latest row that has it.

use super::{clean_cell, Bound, Categories, Customers};
use crate::basics::calendar::Date;
use crate::basics::parallel::{map_parts, Job};
use crate::reading::{Codes, Column, Dictionary, IntIds};
use crate::roles::Role;
use rustc_hash::FxHashMap;

/// Each customer's most recent row, packed into eight bytes (date, then row) so that a
/// shop of a million customers keeps this small enough to stay in cache.
#[derive(Clone, Debug, Default)]
pub(super) struct LatestRows(Vec<u64>);

impl LatestRows {
    const NONE: u64 = u64::MAX;

    /// Room for `customers` customers.
    pub(super) fn with_capacity(customers: usize) -> LatestRows {
        LatestRows(Vec::with_capacity(customers))
    }

    /// Room for one more customer, with no row yet.
    pub(super) fn push(&mut self) {
        self.0.push(LatestRows::NONE);
    }

    /// Notes that customer `c` has a row `row` dated `date`; a later date (or the same date
    /// further down the file) wins.
    pub(super) fn note(&mut self, c: usize, date: Date, row: usize) {
        // Offsetting the day makes the packed order follow the date order.
        let packed = (u64::from((date.0 as i64 - i64::from(i32::MIN)) as u32) << 32) | row as u64;
        let slot = &mut self.0[c];
        if *slot == LatestRows::NONE || packed >= *slot {
            *slot = packed;
        }
    }

    /// Customer `c`'s latest row and its date.
    pub(super) fn get(&self, c: usize) -> Option<(Date, usize)> {
        let packed = self.0[c];
        (packed != LatestRows::NONE).then(|| {
            let day = ((packed >> 32) as i64 + i64::from(i32::MIN)) as i32;
            (Date(day), (packed & 0xFFFF_FFFF) as usize)
        })
    }

    /// Number of customers.
    pub(super) fn len(&self) -> usize {
        self.0.len()
    }
}

/// Visits every used row as (row, customer, date).
pub(super) type RowVisitor<'v> = &'v (dyn Fn(&mut dyn FnMut(usize, usize, Date)) + Sync);

/// The details of each customer a text column holds, in the order exports list them.
pub const TEXT_DETAILS: [Role; 11] = [
    Role::Email,
    Role::FirstName,
    Role::LastName,
    Role::FullName,
    Role::Company,
    Role::Country,
    Role::Region,
    Role::City,
    Role::PostalCode,
    Role::Gender,
    Role::Industry,
];

/// The customers' details, gathered, to be put in [`Customers`].
pub(super) struct Details(Vec<Detail>);

impl Details {
    /// Puts the details in `customers`.
    pub(super) fn apply(self, customers: &mut Customers) {
        for detail in self.0 {
            match detail {
                Detail::Text(role, categories) => {
                    customers.text.insert(role, std::sync::Arc::new(categories));
                }
                Detail::Number(role, values) => {
                    customers.numbers.insert(role, values);
                }
                Detail::BirthDate(dates) => customers.birth_date = Some(dates),
                Detail::Consent(consent) => customers.accepts_marketing = Some(consent),
            }
        }
    }
}

/// One detail of every customer.
enum Detail {
    Text(Role, Categories),
    Number(Role, Vec<Option<f64>>),
    BirthDate(Vec<Option<Date>>),
    Consent(Vec<Option<bool>>),
}

/// The customers' details. `latest[c]` is customer `c`'s most recent row (with its date);
/// `rows` visits every row that counts for a customer, for the details the latest row
/// leaves empty. Each detail is gathered on its own, so they share out over the cores.
pub(super) fn gather_attributes(
    bound: &Bound<'_>,
    latest: &LatestRows,
    rows: RowVisitor<'_>,
) -> Details {
    let mut jobs: Vec<Job<'_, Detail>> = Vec::new();
    for role in TEXT_DETAILS {
        let Some(column) = bound.column(role) else {
            continue;
        };
        jobs.push(Box::new(move || {
            // Only each customer's winning cell is read: an e-mail column of a million rows
            // is looked at once per customer.
            let winner = winners(latest, rows, &|r| !column.is_blank(r));
            let mut categories = match (column.codes(), column.int_ids()) {
                (Some((codes, dict)), _) => winners_numbered(&winner, codes, dict),
                (None, Some(ids)) => winners_as_numbers(&winner, ids),
                (None, None) => winners_as_written(&winner, column),
            };
            categories.labels.freeze();
            Detail::Text(role, categories)
        }));
    }
    for role in [Role::Age, Role::CompanySize] {
        let Some(column) = bound.column(role) else {
            continue;
        };
        jobs.push(Box::new(move || {
            let winner = winners(latest, rows, &|r| column.number_at(r).is_some());
            let values = winner
                .iter()
                .map(|w| w.and_then(|r| column.number_at(r)))
                .collect();
            Detail::Number(role, values)
        }));
    }
    if bound.column(Role::BirthDate).is_some() {
        jobs.push(Box::new(move || {
            let stamps = bound.stamps(Role::BirthDate);
            let at = |r: usize| stamps.as_ref().and_then(|s| s.at(r));
            let winner = winners(latest, rows, &|r| at(r).is_some());
            Detail::BirthDate(
                winner
                    .iter()
                    .map(|w| w.and_then(at).map(|s| s.date))
                    .collect(),
            )
        }));
    }
    if let Some(column) = bound.column(Role::AcceptsMarketing) {
        jobs.push(Box::new(move || {
            let consent = |r: usize| yes_or_no(&column.text(r));
            let winner = winners(latest, rows, &|r| consent(r).is_some());
            Detail::Consent(winner.iter().map(|w| w.and_then(consent)).collect())
        }));
    }
    Details(map_parts(jobs, |job| job()))
}

/// Each customer's row that a detail comes from: their latest row when `present` there,
/// else their latest row where it is.
fn winners(
    latest: &LatestRows,
    rows: RowVisitor<'_>,
    present: &dyn Fn(usize) -> bool,
) -> Vec<Option<usize>> {
    let mut best: Vec<Option<(Date, usize)>> = (0..latest.len())
        .map(|c| latest.get(c).filter(|&(_, r)| present(r)))
        .collect();
    let missing = (0..latest.len()).any(|c| best[c].is_none() && latest.get(c).is_some());
    if missing {
        rows(&mut |r, c, d| {
            if latest.get(c).is_some_and(|(_, lr)| !present(lr))
                && present(r)
                && best[c].is_none_or(|(bd, _)| d >= bd)
            {
                best[c] = Some((d, r));
            }
        });
    }
    best.into_iter().map(|b| b.map(|(_, r)| r)).collect()
}

/// The winning cells of a numbered column: each distinct value is cleaned and numbered once.
fn winners_numbered(
    winner: &[Option<usize>],
    source: &Codes,
    source_dict: &Dictionary,
) -> Categories {
    let mut labels = Dictionary::new();
    let mut code_of = vec![u32::MAX; source_dict.len() + 1];
    let codes = winner
        .iter()
        .map(|w| {
            w.map_or(0, |r| {
                let s = source.get(r) as usize;
                if code_of[s] == u32::MAX {
                    code_of[s] = labels.code(clean_cell(source_dict.get(s as u32)));
                }
                code_of[s]
            })
        })
        .collect();
    Categories { codes, labels }
}

/// The winning cells of a column of numbers kept as numbers (postcodes): each distinct one
/// is written out once.
fn winners_as_numbers(winner: &[Option<usize>], ids: &IntIds) -> Categories {
    let mut labels = Dictionary::new();
    let mut code_of: FxHashMap<u32, u32> = FxHashMap::default();
    let codes = winner
        .iter()
        .map(|w| {
            let value = w.and_then(|r| Some((r, ids.value(r)?)));
            value.map_or(0, |(r, v)| {
                *code_of
                    .entry(v)
                    .or_insert_with(|| labels.code(clean_cell(&ids.text(r))))
            })
        })
        .collect();
    Categories { codes, labels }
}

/// The winning cells of a column kept as written (e-mails), about one value per customer.
fn winners_as_written(winner: &[Option<usize>], column: &Column) -> Categories {
    // Sized up front, the dictionary is not rehashed over and over as it grows.
    let mut labels = Dictionary::with_capacity(winner.len());
    // Visited in file order, the winning cells are read front to back instead of at random
    // across a column of millions of rows.
    let mut by_row: Vec<(u32, u32)> = winner
        .iter()
        .enumerate()
        .filter_map(|(c, w)| w.map(|r| (r as u32, c as u32)))
        .collect();
    by_row.sort_unstable();
    let mut codes = vec![0; winner.len()];
    for (r, c) in by_row {
        codes[c as usize] = labels.code(clean_cell(&column.text(r as usize)));
    }
    Categories { codes, labels }
}

/// Reads a yes/no cell in the languages and forms exports use.
pub fn yes_or_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    const YES: [&str; 13] = [
        "yes",
        "y",
        "true",
        "1",
        "ja",
        "oui",
        "si",
        "sí",
        "sim",
        "subscribed",
        "opted in",
        "x",
        "wahr",
    ];
    const NO: [&str; 11] = [
        "no",
        "n",
        "false",
        "0",
        "nein",
        "non",
        "não",
        "nao",
        "unsubscribed",
        "not subscribed",
        "nee",
    ];
    if YES.contains(&t.as_str()) {
        Some(true)
    } else if NO.contains(&t.as_str()) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::shop;
    use super::*;

    #[test]
    fn attributes_come_from_the_latest_order() {
        let s = shop(
            "customer_id,date,amount,country\nA,2024-05-01,1.50,FR\nA,2024-01-01,1.50,DE\nA,2024-03-01,1.50,\n",
        );
        assert_eq!(s.customers.text_of(Role::Country, 0), Some("FR"));
    }

    #[test]
    fn numeric_postcodes_are_numbered_once_per_value() {
        // Postcodes all different at first, so the column is kept as numbers rather than
        // numbered while read; each customer's later row shares its postcode with the
        // next customer's.
        let mut csv = String::from("customer_id,date,amount,postal_code\n");
        for i in 0..35_000 {
            csv.push_str(&format!("C{i},2024-05-01,1.50,{}\n", 10_000 + i));
        }
        for i in 0..35_000 {
            csv.push_str(&format!("C{i},2024-06-01,1.50,{}\n", 50_000 + i / 2));
        }
        let s = shop(&csv);
        let postcodes = &s.customers.text[&Role::PostalCode];
        assert_eq!(postcodes.labels.len(), 17_500);
        assert_eq!(s.customers.text_of(Role::PostalCode, 0), Some("50000"));
        assert_eq!(postcodes.codes[0], postcodes.codes[1]);
        assert_ne!(postcodes.codes[1], postcodes.codes[2]);
    }

    #[test]
    fn e_mails_kept_as_written_come_from_each_customers_latest_row() {
        // Distinct e-mails at first, so the column is kept as written; each customer's
        // later row, further down in the reverse order, has the address that counts,
        // shared with the next customer.
        let mut csv = String::from("customer_id,date,amount,email\n");
        for i in 0..35_000 {
            csv.push_str(&format!("C{i},2024-05-01,1.50,old{i}@x.com\n"));
        }
        for i in (0..35_000).rev() {
            csv.push_str(&format!("C{i},2024-06-01,1.50,new{}@x.com\n", i / 2));
        }
        let s = shop(&csv);
        let emails = &s.customers.text[&Role::Email];
        assert_eq!(emails.labels.len(), 17_500);
        assert_eq!(s.customers.text_of(Role::Email, 5), Some("new2@x.com"));
        assert_eq!(emails.codes[4], emails.codes[5]);
        assert_ne!(emails.codes[5], emails.codes[6]);
    }

    #[test]
    fn consent_in_several_languages() {
        assert_eq!(yes_or_no(" Ja "), Some(true));
        assert_eq!(yes_or_no("non"), Some(false));
        assert_eq!(yes_or_no("maybe"), None);
    }
}
