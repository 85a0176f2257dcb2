//! Computing every customer's features from their orders (or from a customer summary's
//! totals): recency, frequency and spend, behaviour (weekday, month, time of day, seasons,
//! discounts, categories, rhythm) and the customers' own details.

use super::ids;
use super::period::spend_between;
use super::seasons::{default_calendar, Season};
use super::table::{FeatureData, FeatureTable};
use crate::basics::calendar::{Date, Weekday, MONTH_NAMES};
use crate::basics::money::Units;
use crate::basics::parallel::{map_parts, Job};
use crate::roles::Role;
use crate::shop::{Categories, Lines, Orders, Shop, SummaryFigures, TEXT_DETAILS};
use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Choices that change features (the defaults suit most shops).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeatureOptions {
    /// Buying seasons to measure each customer's share of orders in.
    pub seasons: Vec<Season>,
    /// The language features are named in.
    pub language: Language,
}

impl Default for FeatureOptions {
    fn default() -> Self {
        FeatureOptions {
            seasons: default_calendar(),
            language: Language::English,
        }
    }
}

/// The day after the latest order (or last-order date, for customer summaries): the
/// default reference date, so the most recent buyer has a recency of one day.
pub fn default_reference(shop: &Shop) -> Option<Date> {
    let latest = match &shop.customers.summary {
        Some(s) => s.last.iter().flatten().max().copied(),
        None => shop.orders.date.iter().max().copied(),
    };
    latest.map(|d| d.plus_days(1))
}

/// The parts of the day the favourite time of day is one of, six hours each.
pub const TIME_OF_DAY_PARTS: [&str; 4] = [
    "Night (0–6 h)",
    "Morning (6–12 h)",
    "Afternoon (12–18 h)",
    "Evening (18–24 h)",
];

/// Every customer's features as of `reference`, with the default options.
pub fn compute_features(shop: &Shop, reference: Date) -> FeatureTable {
    let mut table = order_features(shop, reference, &FeatureOptions::default());
    add_detail_features(shop, reference, &mut table);
    table
}

/// Every customer's features from their orders as of `reference`: all but those of their
/// details (see [`add_detail_features`]), so they can be computed while the details are
/// gathered (see [`crate::shop::bind_with`]).
pub fn order_features(shop: &Shop, reference: Date, options: &FeatureOptions) -> FeatureTable {
    let n = shop.customers.len();
    let mut table = FeatureTable {
        len: n,
        reference: Some(reference),
        language: options.language,
        ..FeatureTable::default()
    };
    // The figures and each kind of behaviour are passes over the orders of their own, so
    // they share out over the cores.
    let mut figures = None;
    let mut behaviour = Vec::new();
    let mut jobs: Vec<Job<'_, Pass>> = match &shop.customers.summary {
        Some(summary) => {
            figures = Some(Figures::from_summary(summary, &shop.customers.refunded));
            Vec::new()
        }
        None => vec![Box::new(|| Pass::Figures(Figures::from_orders(shop, n)))],
    };
    if !shop.orders.is_empty() {
        jobs.extend(order_behaviour(shop, reference, options));
    }
    for pass in map_parts(jobs, |job| job()) {
        match pass {
            Pass::Figures(f) => figures = Some(f),
            Pass::Features(features) => behaviour.extend(features),
        }
    }
    let figures = figures.unwrap_or_else(|| Figures::from_orders(shop, n));
    let nan_if = |v: f64, unknown: bool| if unknown { f64::NAN } else { v };
    let no_orders = |c: usize| figures.frequency[c].is_nan() || figures.frequency[c] <= 0.0;
    let days_to_reference = |d: f64| nan_if(f64::from(reference.0) - d, d.is_nan());
    let recency: Vec<f64> = figures.last.iter().map(|&d| days_to_reference(d)).collect();
    let tenure: Vec<f64> = figures
        .first
        .iter()
        .map(|&d| days_to_reference(d))
        .collect();
    let aov: Vec<f64> = (0..n)
        .map(|c| nan_if(figures.order_total[c] / figures.frequency[c], no_orders(c)))
        .collect();
    let interval: Vec<f64> = (0..n)
        .map(|c| {
            let (f, first, last) = (figures.frequency[c], figures.first[c], figures.last[c]);
            nan_if(
                (last - first) / (f - 1.0),
                f.is_nan() || f < 2.0 || first.is_nan() || last.is_nan(),
            )
        })
        .collect();
    let overdue: Vec<f64> = (0..n)
        // A zero or unknown interval (several orders on one day) has no "usual" gap to overrun.
        .map(|c| {
            nan_if(
                recency[c] / interval[c],
                interval[c].is_nan() || interval[c] <= 0.0,
            )
        })
        .collect();
    use ids::*;
    let label = |key| options.language.text(key, &[]);
    let figures_of = [
        (RECENCY, Key::FeaturesRecency, FeatureData::Number(recency)),
        (
            FREQUENCY,
            Key::FeaturesFrequency,
            FeatureData::Number(figures.frequency.clone()),
        ),
        (
            MONETARY,
            Key::FeaturesMonetary,
            FeatureData::Number(figures.monetary),
        ),
        (AOV, Key::FeaturesAov, FeatureData::Number(aov)),
        (
            FIRST_ORDER,
            Key::FeaturesFirstOrder,
            FeatureData::Date(figures.first),
        ),
        (
            LAST_ORDER,
            Key::FeaturesLastOrder,
            FeatureData::Date(figures.last),
        ),
        (TENURE, Key::FeaturesTenure, FeatureData::Number(tenure)),
        (
            INTERVAL,
            Key::FeaturesInterval,
            FeatureData::Number(interval),
        ),
        (OVERDUE, Key::FeaturesOverdue, FeatureData::Number(overdue)),
    ];
    for (id, key, data) in figures_of {
        table.set(id, &label(key), data);
    }
    for (id, label, data) in behaviour {
        table.set(&id, &label, data);
    }
    table
}

/// A feature to set: id, label and values.
type Computed = (String, String, FeatureData);

/// What one pass over the orders gives.
enum Pass {
    Figures(Figures),
    Features(Vec<Computed>),
}

/// The passes over the orders that give features from the dates, times, codes and
/// products of each customer's orders, one per kind.
fn order_behaviour<'a>(
    shop: &'a Shop,
    reference: Date,
    options: &'a FeatureOptions,
) -> Vec<Job<'a, Pass>> {
    let (n, orders) = (shop.customers.len(), &shop.orders);
    // A share of each customer's orders, counted in the same pass as the orders it is of
    // (counts of four bytes: at 833,333 customers each count is 3 MB, where the share is 7).
    let share = move |count: &[u32], of: &[u32]| -> FeatureData {
        FeatureData::Number(
            (0..n)
                .map(|c| {
                    if of[c] > 0 {
                        f64::from(count[c]) / f64::from(of[c])
                    } else {
                        f64::NAN
                    }
                })
                .collect(),
        )
    };
    let language = options.language;
    let one = move |id: &str, label: Key, data: FeatureData| {
        Pass::Features(vec![(id.to_string(), language.text(label, &[]), data)])
    };
    // Each calendar day of the file is looked up once for its weekday, month and seasons,
    // instead of once per order (a season's window depends on the year's calendar).
    let days = DayTable::new(orders, &options.seasons);
    let days = Arc::new(days);
    let mut jobs: Vec<Job<'a, Pass>> = Vec::new();
    // Spend in the year before the reference date.
    jobs.push(Box::new(move || {
        // Net of the refunds made in it, as the top customers' "last 12 months" counts it.
        let spent = spend_between(shop, n, reference.plus_days(-365), reference.plus_days(-1));
        one(
            ids::SPEND_LAST_YEAR,
            Key::FeaturesSpendLastYear,
            FeatureData::Number(spent),
        )
    }));
    if let Some(flags) = &orders.discounted {
        jobs.push(Box::new(move || {
            let (mut discounted, mut all) = (vec![0u32; n], vec![0u32; n]);
            for (&c, &flag) in orders.customer.iter().zip(flags) {
                all[c as usize] += 1;
                discounted[c as usize] += u32::from(flag);
            }
            one(
                ids::DISCOUNT_SHARE,
                Key::FeaturesDiscountShare,
                share(&discounted, &all),
            )
        }));
    }
    // Favourite weekday and month: the most frequent, the earliest on a tie.
    let by_day = |id: &'static str,
                  label: Key,
                  labels: Vec<&'static str>,
                  slot: fn(DayFacts) -> u8|
     -> Job<'a, Pass> {
        let days = days.clone();
        Box::new(move || {
            let slots = favourite(n, orders, labels.len(), |o| {
                Some(usize::from(slot(days.of(orders.date[o]))))
            });
            let favourites = Categories::from_labels(&labels, slots);
            one(id, label, FeatureData::Category(Arc::new(favourites)))
        })
    };
    let weekdays = Weekday::ALL.iter().map(|w| w.name()).collect();
    jobs.push(by_day(ids::WEEKDAY, Key::FeaturesWeekday, weekdays, |d| {
        d.weekday
    }));
    jobs.push(by_day(
        ids::MONTH,
        Key::FeaturesMonth,
        MONTH_NAMES.to_vec(),
        |d| d.month,
    ));
    if !orders.minute.is_empty() {
        jobs.push(Box::new(move || {
            // Orders without a time do not count; nor do those at exactly midnight, which
            // is how exports write a date without a time.
            let parts = favourite(n, orders, 4, |o| match orders.minute[o] {
                Orders::NO_TIME | 0 => None,
                m => Some(usize::from(m / 360)),
            });
            let parts = Categories::from_labels(&TIME_OF_DAY_PARTS, parts);
            one(
                ids::TIME_OF_DAY,
                Key::FeaturesTimeOfDay,
                FeatureData::Category(Arc::new(parts)),
            )
        }));
    }
    jobs.push(Box::new(move || {
        let season_days = days;
        let measured = options.seasons.len().min(DayTable::SEASONS);
        let mut in_season = vec![vec![0u32; n]; measured];
        let mut all = vec![0u32; n];
        for o in 0..orders.len() {
            all[orders.customer[o] as usize] += 1;
            let mut mask = season_days.of(orders.date[o]).seasons;
            while mask != 0 {
                let s = mask.trailing_zeros() as usize;
                in_season[s][orders.customer[o] as usize] += 1;
                mask &= mask - 1;
            }
        }
        let shares = options
            .seasons
            .iter()
            .zip(in_season)
            .map(|(season, count)| {
                // Labelled with the name shown in the language, known by the name as kept.
                let label = ids::season_share_label(&season.shown_name(language), language);
                (ids::season_share(&season.name), label, share(&count, &all))
            })
            .collect();
        Pass::Features(shares)
    }));
    if let Some(lines) = &shop.lines {
        jobs.push(Box::new(move || {
            Pass::Features(category_preference(
                shop,
                lines,
                DENSE_CATEGORY_CELLS,
                language,
            ))
        }));
    }
    jobs
}

/// What the calendar says of one day.
#[derive(Clone, Copy, Default)]
struct DayFacts {
    /// Monday = 0.
    weekday: u8,
    /// January = 0.
    month: u8,
    /// Bit `i` set when the day is in season `i`.
    seasons: u32,
}

/// The calendar facts of every day from the first order to the last.
struct DayTable {
    first: Date,
    days: Vec<DayFacts>,
}

/// Seasons measured at most (one bit each per day): a calendar's later seasons get no
/// share.
pub const MEASURED_SEASONS: usize = 32;

impl DayTable {
    /// Seasons measured at most.
    const SEASONS: usize = MEASURED_SEASONS;

    fn new(orders: &Orders, seasons: &[Season]) -> DayTable {
        let first = orders.date.iter().min().copied().unwrap_or(Date(0));
        let last = orders.date.iter().max().copied().unwrap_or(first);
        let days = (0..=(last.0 - first.0))
            .map(|d| {
                let date = first.plus_days(d);
                let seasons = seasons
                    .iter()
                    .take(Self::SEASONS)
                    .enumerate()
                    .filter(|(_, s)| s.contains(date))
                    .fold(0, |mask, (i, _)| mask | 1 << i);
                DayFacts {
                    weekday: date.weekday() as u8,
                    month: date.month() as u8 - 1,
                    seasons,
                }
            })
            .collect();
        DayTable { first, days }
    }

    fn of(&self, date: Date) -> DayFacts {
        self.days[(date.0 - self.first.0) as usize]
    }
}

/// Per customer, the index (0-based, into `slots`) of the slot most of their orders fall
/// in, as a code from 1; 0 for customers without orders.
fn favourite(
    n: usize,
    orders: &Orders,
    slots: usize,
    slot_of: impl Fn(usize) -> Option<usize>,
) -> Vec<u32> {
    // Two bytes a count: no customer orders 65,535 times on one weekday.
    let mut counts = vec![0u16; n * slots];
    for o in 0..orders.len() {
        // An order without a slot (no time of day) does not count.
        let Some(slot) = slot_of(o) else { continue };
        let count = &mut counts[orders.customer[o] as usize * slots + slot];
        *count = count.saturating_add(1);
    }
    counts
        .chunks(slots)
        .map(|c| {
            let (best, &top) = c
                .iter()
                .enumerate()
                .max_by_key(|&(i, &v)| (v, std::cmp::Reverse(i)))
                .unwrap_or((0, &0));
            if top == 0 {
                0
            } else {
                best as u32 + 1
            }
        })
        .collect()
}

/// Up to this many (customer × category) cells, spend per category is counted in flat
/// tables.
const DENSE_CATEGORY_CELLS: usize = 1 << 24;

/// Cells of one such table (16 MB): customers beyond are counted in another pass.
const BLOCK_CATEGORY_CELLS: usize = 1 << 21;

/// The category with the largest share of each customer's spend, that share, and how many
/// categories they bought from.
fn category_preference(
    shop: &Shop,
    lines: &Lines,
    dense_cells: usize,
    language: Language,
) -> Vec<Computed> {
    let n = shop.customers.len();
    let categories = lines.categories.len();
    if categories == 0 {
        return Vec::new();
    }
    let mut top = vec![0u32; n];
    let mut top_share = vec![f64::NAN; n];
    let mut breadth = vec![f64::NAN; n];
    // One customer's (category, spend) pairs. Spend is exact, so equal spends tie exactly,
    // and a tie goes to the category first by name (as the SQL of the preset breaks it).
    let label = |cat: usize| lines.categories.get(cat as u32);
    let mut record = |c: usize, bought: &mut dyn Iterator<Item = (usize, Units)>| {
        let (mut count, mut total, mut best) = (0, Units(0), (0, Units(i64::MIN)));
        for (cat, s) in bought {
            count += 1;
            total += s.max(Units(0));
            if s > best.1 || s == best.1 && label(cat) < label(best.0) {
                best = (cat, s);
            }
        }
        if count > 0 {
            breadth[c] = count as f64;
            top[c] = best.0 as u32;
            top_share[c] = if total > Units(0) {
                best.1.max(Units(0)).0 as f64 / total.0 as f64
            } else {
                f64::NAN
            };
        }
    };
    let k = categories + 1;
    if n.saturating_mul(k) <= dense_cells {
        // Few categories, as most shops have: a flat (customer × category) table, where
        // `NOT_BOUGHT` marks a category the customer did not buy, for a block of customers
        // at a time. One table for all would take 80 MB at 833,333 customers and twelve
        // categories, at the analysis's busiest moment for memory; a pass over the orders
        // per block costs less than that table's cache misses.
        const NOT_BOUGHT: Units = Units(i64::MIN);
        let block = (BLOCK_CATEGORY_CELLS / k).max(1);
        let mut spend = vec![NOT_BOUGHT; block.min(n) * k];
        for first in (0..n).step_by(block) {
            let customers = first..(first + block).min(n);
            spend.fill(NOT_BOUGHT);
            for o in 0..shop.orders.len() {
                let c = shop.orders.customer[o] as usize;
                if !customers.contains(&c) {
                    continue;
                }
                for l in lines.of_order(o) {
                    let cat = lines.category.get(l) as usize;
                    if cat != 0 {
                        let cell = &mut spend[(c - first) * k + cat];
                        if *cell == NOT_BOUGHT {
                            *cell = Units(0);
                        }
                        *cell += lines.amount(l, &shop.orders);
                    }
                }
            }
            for c in customers {
                let row = &spend[(c - first) * k..(c - first + 1) * k];
                record(
                    c,
                    &mut (1..k)
                        .filter(|&cat| row[cat] != NOT_BOUGHT)
                        .map(|cat| (cat, row[cat])),
                );
            }
        }
    } else {
        // Thousands of categories: a short list per customer instead.
        let mut spend: Vec<Vec<(usize, Units)>> = vec![Vec::new(); n];
        for o in 0..shop.orders.len() {
            let c = shop.orders.customer[o] as usize;
            for l in lines.of_order(o) {
                let cat = lines.category.get(l) as usize;
                if cat == 0 {
                    continue;
                }
                let amount = lines.amount(l, &shop.orders);
                match spend[c].iter_mut().find(|(k, _)| *k == cat) {
                    Some((_, s)) => *s += amount,
                    None => spend[c].push((cat, amount)),
                }
            }
        }
        for (c, bought) in spend.iter_mut().enumerate() {
            bought.sort_unstable_by_key(|b| b.0);
            record(c, &mut bought.iter().copied());
        }
    }
    let labels = Categories {
        codes: top,
        labels: lines.categories.clone(),
    };
    [
        (
            ids::TOP_CATEGORY,
            Key::FeaturesTopCategory,
            FeatureData::Category(Arc::new(labels)),
        ),
        (
            ids::TOP_CATEGORY_SHARE,
            Key::FeaturesTopCategoryShare,
            FeatureData::Number(top_share),
        ),
        (
            ids::CATEGORIES_BOUGHT,
            Key::FeaturesCategoriesBought,
            FeatureData::Number(breadth),
        ),
    ]
    .into_iter()
    .map(|(id, label, data)| (id.to_string(), language.text(label, &[]), data))
    .collect()
}

/// The RFM figures per customer, from orders or from a summary file's totals.
struct Figures {
    frequency: Vec<f64>,
    monetary: Vec<f64>,
    order_total: Vec<f64>,
    first: Vec<f64>,
    last: Vec<f64>,
}

impl Figures {
    fn from_orders(shop: &Shop, n: usize) -> Figures {
        let mut f = Figures {
            frequency: vec![0.0; n],
            monetary: vec![0.0; n],
            order_total: vec![0.0; n],
            first: vec![f64::NAN; n],
            last: vec![f64::NAN; n],
        };
        /// One customer's running figures side by side, so each order touches one place in
        /// memory rather than four arrays (orders come in date order, customers at random).
        #[derive(Clone, Copy)]
        struct Running {
            orders: u32,
            first: i32,
            last: i32,
            // Money adds up in exact units, so equal spend is equal whatever the orders' order.
            total: Units,
        }
        let mut running = vec![
            Running {
                orders: 0,
                first: i32::MAX,
                last: i32::MIN,
                total: Units(0),
            };
            n
        ];
        let orders = &shop.orders;
        for o in 0..orders.len() {
            let r = &mut running[orders.customer[o] as usize];
            let day = orders.date[o].0;
            r.orders += 1;
            r.total += Units::of(orders.amount[o]);
            r.first = r.first.min(day);
            r.last = r.last.max(day);
        }
        for (c, r) in running.into_iter().enumerate() {
            if r.orders > 0 {
                f.frequency[c] = f64::from(r.orders);
                f.first[c] = f64::from(r.first);
                f.last[c] = f64::from(r.last);
            }
            f.order_total[c] = r.total.amount();
            f.monetary[c] = (r.total - Units::of(shop.customers.refunded[c])).amount();
        }
        f
    }

    fn from_summary(s: &SummaryFigures, refunded: &[f64]) -> Figures {
        let day = |d: &Option<Date>| d.map_or(f64::NAN, |d| f64::from(d.0));
        let spent: Vec<f64> = s.spent.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
        Figures {
            frequency: s.orders.iter().map(|v| v.unwrap_or(f64::NAN)).collect(),
            monetary: spent.iter().zip(refunded).map(|(s, r)| s - r).collect(),
            order_total: spent,
            first: s.first.iter().map(day).collect(),
            last: s.last.iter().map(day).collect(),
        }
    }
}

/// Customer details (identity, places, demographics) as category and number features.
pub fn add_detail_features(shop: &Shop, reference: Date, table: &mut FeatureTable) {
    let customers = &shop.customers;
    let language = table.language;
    let label = |key| language.text(key, &[]);
    let (age_label, size_label, consent_label) = (
        label(Key::FeaturesAge),
        label(Key::FeaturesCompanySize),
        label(Key::FeaturesAcceptsMarketing),
    );
    for role in TEXT_DETAILS {
        if let (Some(attr), Some(id)) = (customers.text.get(&role), ids::of_role(role)) {
            let label = detail_label(role).map_or_else(|| role.label(language), label);
            table.set(id, &label, FeatureData::Category(attr.clone()));
        }
    }
    if let Some(consent) = &customers.accepts_marketing {
        let codes = consent
            .iter()
            .map(|c| match c {
                Some(true) => 1,
                Some(false) => 2,
                None => 0,
            })
            .collect();
        table.set(
            ids::ACCEPTS_MARKETING,
            &consent_label,
            FeatureData::Category(Arc::new(Categories::from_labels(&["yes", "no"], codes))),
        );
    }
    let mut age = customers.numbers.get(&Role::Age).cloned();
    if let Some(births) = &customers.birth_date {
        let from_birth = births
            .iter()
            .map(|b| b.map(|b| f64::from(age_on(b, reference))));
        age = Some(match age {
            Some(a) => a
                .into_iter()
                .zip(from_birth)
                .map(|(a, b)| a.or(b))
                .collect(),
            None => from_birth.collect(),
        });
    }
    if let Some(age) = age {
        let values = age.into_iter().map(|a| a.unwrap_or(f64::NAN)).collect();
        table.set(ids::AGE, &age_label, FeatureData::Number(values));
    }
    if let Some(size) = customers.numbers.get(&Role::CompanySize) {
        let values = size.iter().map(|a| a.unwrap_or(f64::NAN)).collect();
        table.set(ids::COMPANY_SIZE, &size_label, FeatureData::Number(values));
    }
}

/// The name of the feature holding a customer detail of this role ([`TEXT_DETAILS`]).
fn detail_label(role: Role) -> Option<Key> {
    Some(match role {
        Role::Email => Key::FeaturesEmail,
        Role::FullName => Key::FeaturesFullName,
        Role::FirstName => Key::FeaturesFirstName,
        Role::LastName => Key::FeaturesLastName,
        Role::Company => Key::FeaturesCompany,
        Role::Country => Key::FeaturesCountry,
        Role::Region => Key::FeaturesRegion,
        Role::City => Key::FeaturesCity,
        Role::PostalCode => Key::FeaturesPostalCode,
        Role::Gender => Key::FeaturesGender,
        Role::Industry => Key::FeaturesIndustry,
        _ => return None,
    })
}

/// Whole years from `birth` to `on`.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let (by, bm, bd) = birth.ymd();
    let (y, m, d) = on.ymd();
    y - by - i32::from((m, d) < (bm, bd))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeatureKind;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    fn features(csv: &str) -> FeatureTable {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        compute_features(&shop, default_reference(&shop).unwrap())
    }

    #[test]
    fn hand_computed_rfm_figures() {
        // A: orders on Jan 1 (10), Jan 11 (20), Jan 31 (30) and a refund of 5 on Feb 5.
        // B: one order on Feb 9 (100). Latest order Feb 9, so the reference is Feb 10.
        let f = features(
            "order_id,customer_id,order_date,amount\n\
             1,A,2024-01-01,10\n2,A,2024-01-11,20.00\n3,A,2024-01-31,30\n4,A,2024-02-05,-5\n5,B,2024-02-09,100\n",
        );
        assert_eq!(f.reference, Date::from_ymd(2024, 2, 10));
        assert_eq!(f.numbers(ids::RECENCY).unwrap(), &[10.0, 1.0]);
        assert_eq!(f.numbers(ids::FREQUENCY).unwrap(), &[3.0, 1.0]);
        assert_eq!(f.numbers(ids::MONETARY).unwrap(), &[55.0, 100.0]);
        assert_eq!(f.numbers(ids::AOV).unwrap(), &[20.0, 100.0]);
        assert_eq!(f.numbers(ids::TENURE).unwrap(), &[40.0, 1.0]);
        assert_eq!(f.numbers(ids::INTERVAL).unwrap()[0], 15.0);
        assert!(f.numbers(ids::INTERVAL).unwrap()[1].is_nan());
        assert_eq!(f.get(ids::LAST_ORDER).unwrap().text(0), "2024-01-31");
        // Spend in the last 365 days nets the refund made in them, as total spend does.
        assert_eq!(f.numbers(ids::SPEND_LAST_YEAR).unwrap(), &[55.0, 100.0]);
    }

    #[test]
    fn hand_computed_behaviour() {
        // A: Friday 2024-02-09 (Valentine's window) 30 in Flowers, Friday 2024-02-16 10 in
        // Cards, Saturday 2024-11-30 (Black Friday weekend) 60 in Flowers.
        // B: Monday 2024-06-03, 20 in Cards. Reference: 2024-12-01.
        let f = features(
            "order_id,customer_id,order_date,amount,category\n\
             1,A,2024-02-09,30,Flowers\n2,A,2024-02-16,10,Cards\n3,A,2024-11-30,60,Flowers\n4,B,2024-06-03,20,Cards\n",
        );
        let cat = |id: &str, c: usize| f.get(id).unwrap().text(c);
        assert_eq!(cat(ids::WEEKDAY, 0), "Friday");
        assert_eq!(cat(ids::WEEKDAY, 1), "Monday");
        assert_eq!(cat(ids::MONTH, 0), "February");
        assert_eq!(cat(ids::TOP_CATEGORY, 0), "Flowers");
        assert_eq!(f.numbers(ids::TOP_CATEGORY_SHARE).unwrap()[0], 0.9);
        assert_eq!(f.numbers(ids::CATEGORIES_BOUGHT).unwrap(), &[2.0, 1.0]);
        let valentine = f.numbers(&ids::season_share("Valentine's Day")).unwrap();
        assert_eq!(valentine[0], 1.0 / 3.0);
        let black_friday = f
            .numbers(&ids::season_share("Black Friday to Cyber Monday"))
            .unwrap();
        assert_eq!(black_friday, &[1.0 / 3.0, 0.0]);
        // Orders 2024-02-09 to 2024-11-30: 295 days over two gaps; last order 1 day ago.
        assert_eq!(f.numbers(ids::INTERVAL).unwrap()[0], 147.5);
        assert_eq!(f.numbers(ids::OVERDUE).unwrap()[0], 1.0 / 147.5);
        // All four orders are within the 365 days before 2024-12-01.
        assert_eq!(f.numbers(ids::SPEND_LAST_YEAR).unwrap(), &[100.0, 20.0]);
        assert!(f.get(ids::TIME_OF_DAY).is_none());
        let described = f.describe();
        let info = |id: &str| described.iter().find(|i| i.id == id).unwrap();
        assert_eq!(info(ids::MONETARY).range, Some((20.0, 100.0)));
        assert_eq!(info(ids::TOP_CATEGORY).kind, FeatureKind::Category);
        // Equal counts are listed alphabetically.
        assert_eq!(info(ids::TOP_CATEGORY).values, vec!["Cards", "Flowers"]);
        assert_eq!(info(ids::INTERVAL).known, 1);
    }

    #[test]
    fn category_preference_is_the_same_with_thousands_of_categories() {
        let csv = include_str!("../../../../tests/fixtures/orders-small.csv");
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let lines = shop.lines.as_ref().unwrap();
        let dense = category_preference(&shop, lines, usize::MAX, Language::English);
        let sparse = category_preference(&shop, lines, 0, Language::English);
        assert_eq!(dense.len(), 3);
        assert_eq!(dense, sparse);
    }

    #[test]
    fn the_favourite_category_is_the_one_with_most_spend_to_the_cent() {
        // Toys first in the file, then Books with a cent more in two lines: in single
        // precision both would be 10,000,000 and Toys would win the tie.
        let f = features(
            "order_id,customer_id,order_date,product_category,amount\n\
             1,A,2024-01-01,Toys,10000000.03\n2,A,2024-01-02,Books,10000000.01\n\
             2,A,2024-01-02,Books,0.03\n",
        );
        let top = f.get(ids::TOP_CATEGORY).unwrap().categories().unwrap();
        assert_eq!(top.get(0), "Books");
        let share = f.numbers(ids::TOP_CATEGORY_SHARE).unwrap()[0];
        assert_eq!(share, 100_000_000_400.0 / 200_000_000_700.0);
    }

    #[test]
    fn equal_spend_is_equal_however_it_adds_up() {
        // Half the customers spent 0.30 in one order, half as 0.10 + 0.20: in binary
        // floating point the second is 0.30000000000000004, which would split them at a
        // score cut. Money adds up in exact units instead.
        let mut csv = "order_id,customer_id,order_date,amount\n".to_string();
        for c in 0..60 {
            if c % 2 == 0 {
                csv.push_str(&format!("{c}a,C{c},2024-01-01,0.30\n"));
            } else {
                csv.push_str(&format!(
                    "{c}a,C{c},2024-01-01,0.10\n{c}b,C{c},2024-01-02,0.20\n"
                ));
            }
        }
        let f = features(&csv);
        let spend = f.numbers(ids::MONETARY).unwrap();
        assert!(spend.iter().all(|&s| s == 0.3), "{spend:?}");
    }

    #[test]
    fn frequency_counts_distinct_days_without_order_ids() {
        let f = features("email,date,amount\na@x.com,2024-01-01,10\na@x.com,2024-01-01,5\na@x.com,2024-01-03,1.50\n");
        assert_eq!(f.numbers(ids::FREQUENCY).unwrap(), &[2.0]);
        assert_eq!(f.numbers(ids::MONETARY).unwrap(), &[16.5]);
    }

    #[test]
    fn ages_from_birth_dates() {
        let d = |y, m, day| Date::from_ymd(y, m, day).unwrap();
        assert_eq!(age_on(d(1990, 6, 15), d(2024, 6, 14)), 33);
        assert_eq!(age_on(d(1990, 6, 15), d(2024, 6, 15)), 34);
    }
}
