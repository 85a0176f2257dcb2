//! Per-customer features: the measured facts every segmentation works from.
//!
//! Computed once per file and reference date; schemes only read them, so switching or
//! editing a scheme never goes back to the orders. Features are named columns (numbers,
//! dates as day numbers, or categories) so that rules stay plain data: `recency_days
//! between 0 and 30` means the same in this engine as in SQL.

use crate::engine::calendar::Date;
use crate::engine::roles::Role;
use crate::engine::shop::Shop;
use serde::{Deserialize, Serialize};

/// What kind of values a feature holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeatureKind {
    /// A number (NaN when unknown).
    Number,
    /// A date, stored as a day number (NaN when unknown).
    Date,
    /// One of a list of labels (code 0 when unknown).
    Category,
}

/// One feature's values, one per customer.
#[derive(Clone, Debug, PartialEq)]
pub enum FeatureData {
    /// Numbers; NaN when unknown.
    Number(Vec<f64>),
    /// Day numbers (see [`Date`]); NaN when unknown.
    Date(Vec<f64>),
    /// Codes into `labels` (code `c` is `labels[c - 1]`; 0 is unknown).
    Category {
        /// Per customer.
        codes: Vec<u32>,
        /// The category names.
        labels: Vec<String>,
    },
}

/// A named feature.
#[derive(Clone, Debug, PartialEq)]
pub struct Feature {
    /// The name rules use, e.g. `recency_days`.
    pub id: String,
    /// The name the page shows, e.g. "Days since last order".
    pub label: String,
    /// The values.
    pub data: FeatureData,
}

impl Feature {
    /// The kind of values.
    pub fn kind(&self) -> FeatureKind {
        match self.data {
            FeatureData::Number(_) => FeatureKind::Number,
            FeatureData::Date(_) => FeatureKind::Date,
            FeatureData::Category { .. } => FeatureKind::Category,
        }
    }

    /// Numeric values (numbers and dates), if the feature has them.
    pub fn numbers(&self) -> Option<&[f64]> {
        match &self.data {
            FeatureData::Number(v) | FeatureData::Date(v) => Some(v),
            FeatureData::Category { .. } => None,
        }
    }

    /// Customer `c`'s value as text, empty when unknown.
    pub fn text(&self, c: usize) -> String {
        match &self.data {
            FeatureData::Number(v) if v[c].is_nan() => String::new(),
            FeatureData::Number(v) => {
                crate::engine::read::format_number((v[c] * 100.0).round() / 100.0)
            }
            FeatureData::Date(v) if v[c].is_nan() => String::new(),
            FeatureData::Date(v) => Date(v[c] as i32).to_string(),
            FeatureData::Category { codes, labels } => match codes[c] {
                0 => String::new(),
                code => labels[code as usize - 1].clone(),
            },
        }
    }
}

/// All features of all customers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeatureTable {
    /// Number of customers.
    pub len: usize,
    /// The features.
    pub features: Vec<Feature>,
    /// The date recency is measured from.
    pub reference: Option<Date>,
}

impl FeatureTable {
    /// The feature named `id`.
    pub fn get(&self, id: &str) -> Option<&Feature> {
        self.features.iter().find(|f| f.id == id)
    }

    /// A numeric feature's values.
    pub fn numbers(&self, id: &str) -> Option<&[f64]> {
        self.get(id).and_then(Feature::numbers)
    }

    /// Adds (or replaces) a feature.
    pub fn set(&mut self, id: &str, label: &str, data: FeatureData) {
        let feature = Feature {
            id: id.to_string(),
            label: label.to_string(),
            data,
        };
        match self.features.iter_mut().find(|f| f.id == id) {
            Some(f) => *f = feature,
            None => self.features.push(feature),
        }
    }
}

/// Feature ids the engine itself relies on.
pub mod ids {
    /// Days from the last order to the reference date.
    pub const RECENCY: &str = "recency_days";
    /// Number of orders.
    pub const FREQUENCY: &str = "frequency";
    /// Total net spend.
    pub const MONETARY: &str = "monetary";
    /// Average order value.
    pub const AOV: &str = "average_order_value";
    /// First order date.
    pub const FIRST_ORDER: &str = "first_order";
    /// Last order date.
    pub const LAST_ORDER: &str = "last_order";
    /// Days from the first order to the reference date.
    pub const TENURE: &str = "tenure_days";
    /// Average days between orders (customers with two or more).
    pub const INTERVAL: &str = "days_between_orders";
    /// Share of orders with a discount code.
    pub const DISCOUNT_SHARE: &str = "discount_share";
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

/// Computes every customer's features as of `reference`.
pub fn compute_features(shop: &Shop, reference: Date) -> FeatureTable {
    let n = shop.customers.len();
    let mut table = FeatureTable {
        len: n,
        features: Vec::new(),
        reference: Some(reference),
    };
    let figures = match &shop.customers.summary {
        Some(summary) => Figures::from_summary(summary, &shop.customers.refunded),
        None => Figures::from_orders(shop, n),
    };
    let nan_if = |v: f64, unknown: bool| if unknown { f64::NAN } else { v };
    let days_to_reference = |d: f64| nan_if(f64::from(reference.0) - d, d.is_nan());
    let recency: Vec<f64> = figures.last.iter().map(|&d| days_to_reference(d)).collect();
    let tenure: Vec<f64> = figures
        .first
        .iter()
        .map(|&d| days_to_reference(d))
        .collect();
    let aov: Vec<f64> = (0..n)
        .map(|c| {
            nan_if(
                figures.order_total[c] / figures.frequency[c],
                figures.frequency[c].is_nan() || figures.frequency[c] <= 0.0,
            )
        })
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
    use ids::*;
    table.set(
        RECENCY,
        "Days since last order",
        FeatureData::Number(recency),
    );
    table.set(
        FREQUENCY,
        "Orders",
        FeatureData::Number(figures.frequency.clone()),
    );
    table.set(
        MONETARY,
        "Total spent",
        FeatureData::Number(figures.monetary),
    );
    table.set(AOV, "Average order value", FeatureData::Number(aov));
    table.set(FIRST_ORDER, "First order", FeatureData::Date(figures.first));
    table.set(LAST_ORDER, "Last order", FeatureData::Date(figures.last));
    table.set(
        TENURE,
        "Days since first order",
        FeatureData::Number(tenure),
    );
    table.set(
        INTERVAL,
        "Average days between orders",
        FeatureData::Number(interval),
    );
    if let Some(flags) = &shop.orders.discounted {
        let mut discounted = vec![0.0; n];
        for (&c, &flag) in shop.orders.customer.iter().zip(flags) {
            if flag {
                discounted[c as usize] += 1.0;
            }
        }
        let share = (0..n)
            .map(|c| {
                nan_if(
                    discounted[c] / figures.frequency[c],
                    figures.frequency[c].is_nan() || figures.frequency[c] <= 0.0,
                )
            })
            .collect();
        table.set(
            DISCOUNT_SHARE,
            "Share of orders with a discount code",
            FeatureData::Number(share),
        );
    }
    add_attributes(shop, reference, &mut table);
    table
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
        let orders = &shop.orders;
        for o in 0..orders.len() {
            let c = orders.customer[o] as usize;
            let day = f64::from(orders.date[o].0);
            f.frequency[c] += 1.0;
            f.order_total[c] += orders.amount[o];
            // `f64::min` and `max` ignore NaN, the "no order yet" start value.
            f.first[c] = f.first[c].min(day);
            f.last[c] = f.last[c].max(day);
        }
        for c in 0..n {
            f.monetary[c] = f.order_total[c] - shop.customers.refunded[c];
        }
        f
    }

    fn from_summary(s: &crate::engine::shop::SummaryFigures, refunded: &[f64]) -> Figures {
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

/// Customer attributes (places, demographics) as category and number features.
fn add_attributes(shop: &Shop, reference: Date, table: &mut FeatureTable) {
    let customers = &shop.customers;
    for (role, id) in [
        (Role::Country, "country"),
        (Role::Region, "region"),
        (Role::City, "city"),
        (Role::PostalCode, "postal_code"),
        (Role::Gender, "gender"),
        (Role::Industry, "industry"),
    ] {
        if let Some(attr) = customers.text.get(&role) {
            let labels = attr.dict.iter().map(|(_, t)| t.to_string()).collect();
            table.set(
                id,
                role.label(),
                FeatureData::Category {
                    codes: attr.codes.clone(),
                    labels,
                },
            );
        }
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
        table.set("age", "Age", FeatureData::Number(values));
    }
    if let Some(size) = customers.numbers.get(&Role::CompanySize) {
        let values = size.iter().map(|a| a.unwrap_or(f64::NAN)).collect();
        table.set(
            "company_size",
            "Company size (employees)",
            FeatureData::Number(values),
        );
    }
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
    use crate::engine::read::{read_table, ReadOptions};
    use crate::engine::roles::propose_mapping;
    use crate::engine::shop::bind;

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
