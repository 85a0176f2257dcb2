//! Each customer's details (e-mail, names, places, age, consent) from their rows: the most
//! recent row wins, and a detail that row leaves empty comes from the latest row that has it.
//!
//! Two details are read into one form whatever the export wrote: genders in any of the
//! languages and abbreviations exports use become `Female` or `Male` ([`gender_label`]),
//! and company sizes given as ranges (`11-50`, `51–200 employees`, `10,000+`) become a
//! number of employees that falls in the range's band ([`company_size`]).

use super::{clean_cell, Bound, Categories, Customers};
use crate::basics::calendar::Date;
use crate::basics::parallel::{map_parts, Job};
use crate::reading::{read_number, Codes, Column, ColumnKind, Dictionary, IntIds};
use crate::roles::Role;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::borrow::Cow;
use std::hash::BuildHasher;

/// Each customer's most recent row, packed into eight bytes (date, then row) so that a
/// shop of a million customers keeps this small enough to stay in cache.
#[derive(Clone, Debug, Default)]
pub(super) struct LatestRows(Vec<u64>);

impl LatestRows {
    const NONE: u64 = u64::MAX;

    /// `customers` customers, with no row yet.
    pub(super) fn none(customers: usize) -> LatestRows {
        LatestRows(vec![LatestRows::NONE; customers])
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
            if role == Role::Gender {
                // The column's own values say whether `M` is for mujer, not the winners'.
                let (_, values) = column.coded();
                let values: Vec<&str> = values.iter().map(|(_, t)| t).collect();
                categories = genders(categories, m_means_female(&values));
            }
            categories.labels.freeze();
            Detail::Text(role, categories)
        }));
    }
    for role in [Role::Age, Role::CompanySize] {
        let Some(column) = bound.column(role) else {
            continue;
        };
        jobs.push(Box::new(move || {
            let value = |r: usize| match role {
                Role::CompanySize if column.kind() != ColumnKind::Number => {
                    company_size(&column.text(r))
                }
                _ => column.number_at(r),
            };
            let winner = winners(latest, rows, &|r| value(r).is_some());
            let values = winner.iter().map(|w| w.and_then(value)).collect();
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
    // Visited in file order, the winning cells are read front to back instead of at random
    // across a column of millions of rows.
    let mut by_row: Vec<(u32, u32)> = winner
        .iter()
        .enumerate()
        .filter_map(|(c, w)| w.map(|r| (r as u32, c as u32)))
        .collect();
    by_row.sort_unstable();
    let cells: Vec<Cow<'_, str>> = by_row
        .iter()
        .map(|&(r, _)| match column.text(r as usize) {
            Cow::Borrowed(text) => Cow::Borrowed(clean_cell(text)),
            Cow::Owned(text) => Cow::Owned(clean_cell(&text).to_string()),
        })
        .collect();
    // Equal cells are found by sorting their hashes, not through a hash table: a table of a
    // million mostly different e-mails is written all over, a cache miss or two per cell,
    // where a sort goes through memory in order. `first[i]` is the first cell with cell
    // `i`'s text.
    let mut hashed: Vec<(u64, u32)> = cells
        .iter()
        .enumerate()
        .map(|(i, text)| (FxBuildHasher.hash_one(text.as_bytes()), i as u32))
        .collect();
    hashed.sort_unstable();
    let mut first: Vec<u32> = (0..cells.len() as u32).collect();
    for same_hash in hashed.chunk_by(|a, b| a.0 == b.0) {
        for (k, &(_, i)) in same_hash.iter().enumerate().skip(1) {
            let i = i as usize;
            // Earlier cells come first among equal hashes.
            let earlier = same_hash[..k].iter().map(|&(_, j)| j as usize);
            if let Some(j) = earlier
                .filter(|&j| first[j] == j as u32)
                .find(|&j| cells[j] == cells[i])
            {
                first[i] = j as u32;
            }
        }
    }
    drop(hashed);
    // Numbered in file order, as a lookup cell by cell would number them; a text met for
    // the first time is new, so it is added without a lookup.
    let mut labels = Dictionary::new();
    let mut code_of_cell = vec![0u32; cells.len()];
    let mut codes = vec![0; winner.len()];
    for (i, (&(_, c), text)) in by_row.iter().zip(&cells).enumerate() {
        let f = first[i] as usize;
        code_of_cell[i] = if f == i {
            labels.code_new(text)
        } else {
            code_of_cell[f]
        };
        codes[c as usize] = code_of_cell[i];
    }
    Categories { codes, labels }
}

/// The customers' genders with every way of writing one value under one label: each
/// distinct value is looked at once.
fn genders(categories: Categories, m_is_female: bool) -> Categories {
    let labels: Vec<&str> = categories.labels.iter().map(|(_, t)| t).collect();
    let mut dict = Dictionary::new();
    let recode: Vec<u32> = std::iter::once(0)
        .chain(
            labels
                .iter()
                .map(|t| dict.code(gender_label(t, m_is_female).unwrap_or(t))),
        )
        .collect();
    Categories {
        codes: categories
            .codes
            .iter()
            .map(|&c| recode[c as usize])
            .collect(),
        labels: dict,
    }
}

/// Whether a column of genders writes women as `M` (Spanish `H`/`M`, hombre and mujer):
/// when it has `H` and no other letter for women (`F`, `W`, `V`). Everywhere else `M` is
/// for men.
pub fn m_means_female(values: &[&str]) -> bool {
    let has = |letter: &str| {
        values
            .iter()
            .any(|v| v.trim().trim_end_matches('.').eq_ignore_ascii_case(letter))
    };
    has("h") && !has("f") && !has("w") && !has("v")
}

/// How exports write a woman's gender (`M` aside, see [`m_means_female`]), folded as
/// [`gender_label`] folds a cell: lower case, `ä é è ñ ó` without their accents, no
/// trailing dot. The SQL export reads the same words.
#[rustfmt::skip]
pub const FEMALE_WORDS: &[&str] = &[
    "f", "female", "woman", "women", "fem", "w", "weiblich", "frau", "femme", "feminin",
    "feminine", "mme", "madame", "mlle", "mademoiselle", "mujer", "femenino", "femenina",
    "senora", "sra", "vrouw", "vrouwelijk", "v", "mevrouw", "mevr", "feminino", "mulher",
    "donna", "femmina", "mrs", "ms", "miss",
];

/// How exports write a man's gender, folded as [`FEMALE_WORDS`] are.
#[rustfmt::skip]
pub const MALE_WORDS: &[&str] = &[
    "male", "man", "men", "mannlich", "maennlich", "herr", "homme", "h", "masculin",
    "masculine", "monsieur", "hombre", "masculino", "varon", "senor", "sr", "mannelijk",
    "meneer", "dhr", "heer", "de heer", "homem", "uomo", "maschio", "mr",
];

/// One label for a gender however the export writes it (`F`, `Female`, `W`, `weiblich`,
/// `Frau`, `femme`, `Mme`, `mujer`, `Sra.`, `vrouw`, `V`, `feminino`… and their male
/// counterparts), in English, lower or upper case; `None` for anything else (`divers`,
/// `non-binary`, `1`), which is kept as written. `m_is_female` reads `M` as *mujer*
/// (see [`m_means_female`]).
///
/// ```
/// use segmenter_engine::shop::gender_label;
/// assert_eq!(gender_label("weiblich", false), Some("Female"));
/// assert_eq!(gender_label(" HOMME ", false), Some("Male"));
/// assert_eq!(gender_label("M", false), Some("Male"));
/// assert_eq!(gender_label("M", true), Some("Female"));
/// assert_eq!(gender_label("divers", false), None);
/// ```
pub fn gender_label(value: &str, m_is_female: bool) -> Option<&'static str> {
    let folded: String = value
        .trim()
        .trim_end_matches('.')
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ä' => 'a',
            'é' | 'è' => 'e',
            'ñ' => 'n',
            'ó' => 'o',
            other => other,
        })
        .collect();
    let word = folded.as_str();
    if word == "m" {
        return Some(if m_is_female { "Female" } else { "Male" });
    }
    if FEMALE_WORDS.contains(&word) {
        Some("Female")
    } else if MALE_WORDS.contains(&word) {
        Some("Male")
    } else {
        None
    }
}

/// A company size as a number of employees: a number as written (`250`), the middle of a
/// range, rounded down (`11-50` → 30, `51–200 employees` → 125, `1,001-5,000` → 3000), the
/// bound of an open range (`10000+`, `more than 500`, `> 1.000` → that number), or half
/// the bound of a range below one (`<10`, `under 10` → 5). The middle of a range falls in
/// the company-size band (segmentation's preset) that holds most of it, and in the band
/// itself when the export's ranges are the bands' (the EU's 10, 50 and 250). Thousands may be grouped with `,`, `.`, `'` or spaces, and `k`
/// counts thousands. `None` for words alone (`small`).
///
/// ```
/// use segmenter_engine::shop::company_size;
/// assert_eq!(company_size("11-50"), Some(30.0));
/// assert_eq!(company_size("51–200 employees"), Some(125.0));
/// assert_eq!(company_size("1,001-5,000"), Some(3000.0));
/// assert_eq!(company_size("10000+"), Some(10000.0));
/// assert_eq!(company_size("1.000 - 4.999 Mitarbeiter"), Some(2999.0));
/// assert_eq!(company_size("250"), Some(250.0));
/// assert_eq!(company_size("small"), None);
/// ```
pub fn company_size(text: &str) -> Option<f64> {
    let lower = text.trim().to_lowercase();
    let numbers = size_numbers(&lower);
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    match numbers.as_slice() {
        [] => None,
        [low, high, ..] if high >= low => Some(((low + high) / 2.0).floor()),
        [n, ..]
            if has(&[
                "<", "≤", "under", "less", "fewer", "below", "up to", "upto", "bis ", "unter",
                "weniger", "moins", "menos", "minder", "ate ", "até", "hasta", "jusqu",
            ]) =>
        {
            Some((n / 2.0).floor().max(1.0))
        }
        [n, ..] => Some(*n),
    }
}

/// The numbers in a company size, in order: digits with thousands grouped by `,` `.` `'`
/// or spaces (a group of exactly three digits), an optional decimal part and `k`.
fn size_numbers(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                digits.push(chars[i]);
                i += 1;
            }
            // A separator followed by exactly three digits groups thousands.
            let grouped = i + 4 <= chars.len()
                && matches!(chars[i], ',' | '.' | '\'' | ' ' | '\u{a0}' | '\u{202f}')
                && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
                && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
            if grouped {
                i += 1;
            } else {
                break;
            }
        }
        // A decimal part (`1.5k`), read with the number.
        if i + 1 < chars.len() && matches!(chars[i], '.' | ',') && chars[i + 1].is_ascii_digit() {
            digits.push('.');
            i += 1;
            while i < chars.len() && chars[i].is_ascii_digit() {
                digits.push(chars[i]);
                i += 1;
            }
        }
        let Some(mut value) = read_number(&digits).first() else {
            continue;
        };
        if chars.get(i).is_some_and(|c| *c == 'k') {
            value *= 1000.0;
            i += 1;
        }
        numbers.push(value);
    }
    numbers
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
    fn genders_are_one_value_in_any_language() {
        for female in [
            "F", "Female", "female", "W", "weiblich", "Frau", "femme", "Mme.", "mujer", "vrouw",
            "V", "feminino", "Féminin", "Sra.",
        ] {
            assert_eq!(gender_label(female, false), Some("Female"), "{female}");
        }
        for male in [
            "M",
            "Male",
            "male",
            "männlich",
            "Herr",
            "homme",
            "H",
            "hombre",
            "man",
            "masculino",
            "Mr.",
            "M.",
        ] {
            assert_eq!(gender_label(male, false), Some("Male"), "{male}");
        }
        for other in ["divers", "non-binary", "X", "1", "Dr."] {
            assert_eq!(gender_label(other, false), None, "{other}");
        }
        assert!(m_means_female(&["H", "M"]));
        assert!(!m_means_female(&["M", "F"]));
        assert!(!m_means_female(&["H", "F"]));

        let s = shop(
            "customer_id,date,amount,gender\nA,2024-01-01,1,F\nB,2024-01-01,1,weiblich\n\
             C,2024-01-01,1,male\nD,2024-01-01,1,Herr\nE,2024-01-01,1,divers\nF,2024-01-01,1,\n",
        );
        let genders: Vec<Option<&str>> = (0..6)
            .map(|c| s.customers.text_of(Role::Gender, c))
            .collect();
        assert_eq!(
            genders,
            vec![
                Some("Female"),
                Some("Female"),
                Some("Male"),
                Some("Male"),
                Some("divers"),
                None
            ]
        );
        assert_eq!(s.customers.text[&Role::Gender].labels.len(), 3);
        // Spanish H and M: M is mujer.
        let s = shop("customer_id,date,amount,sexo\nA,2024-01-01,1,H\nB,2024-01-01,1,M\n");
        assert_eq!(s.customers.text_of(Role::Gender, 0), Some("Male"));
        assert_eq!(s.customers.text_of(Role::Gender, 1), Some("Female"));
    }

    #[test]
    fn company_sizes_given_as_ranges_fall_into_bands() {
        let cases = [
            ("11-50", Some(30.0)),
            ("51–200 employees", Some(125.0)),
            ("1,001-5,000", Some(3000.0)),
            ("10000+", Some(10_000.0)),
            ("10,000+", Some(10_000.0)),
            ("1 - 9", Some(5.0)),
            ("2-10", Some(6.0)),
            ("201 to 500", Some(350.0)),
            ("500 bis 999 Mitarbeiter", Some(749.0)),
            ("de 50 à 249 salariés", Some(149.0)),
            ("1.000 - 4.999", Some(2999.0)),
            ("1k-5k", Some(3000.0)),
            ("more than 1000", Some(1000.0)),
            ("< 10", Some(5.0)),
            ("Fewer than 50", Some(25.0)),
            ("42", Some(42.0)),
            ("enterprise", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(company_size(text), want, "{text}");
        }
        // Bound to customers, each range lands in the preset's band (10, 50, 250, 1000).
        let s = shop(
            "customer_id,date,amount,company size\nA,2024-01-01,1,1-9\nB,2024-01-01,1,11-50\n\
             C,2024-01-01,1,51–200 employees\nD,2024-01-01,1,\"1,001-5,000\"\nE,2024-01-01,1,10000+\n\
             F,2024-01-01,1,unknown\n",
        );
        let sizes = &s.customers.numbers[&Role::CompanySize];
        assert_eq!(
            sizes,
            &vec![
                Some(5.0),
                Some(30.0),
                Some(125.0),
                Some(3000.0),
                Some(10_000.0),
                None
            ]
        );
        let band = |v: f64| {
            [10.0, 50.0, 250.0, 1000.0]
                .iter()
                .filter(|&&e| v >= e)
                .count()
        };
        let bands: Vec<usize> = sizes.iter().flatten().map(|&v| band(v)).collect();
        assert_eq!(bands, vec![0, 1, 2, 4, 4]);
    }

    #[test]
    fn consent_in_several_languages() {
        assert_eq!(yes_or_no(" Ja "), Some(true));
        assert_eq!(yes_or_no("non"), Some(false));
        assert_eq!(yes_or_no("maybe"), None);
    }
}
