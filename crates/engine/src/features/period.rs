//! A period of orders (the last N days, a calendar year, or two dates) and each customer's
//! spend in it, for value tiers and the top customers.

use super::ids;
use super::table::{FeatureData, FeatureTable};
use crate::basics::calendar::Date;
use crate::basics::money::Units;
use crate::shop::Shop;
use serde::{Deserialize, Serialize};

/// A period of orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// The `days` days before the reference date.
    Last {
        /// Days.
        days: u32,
    },
    /// A calendar year.
    Year {
        /// The year.
        year: i32,
    },
    /// From one day to another, both included.
    Between {
        /// First day.
        from: Date,
        /// Last day.
        to: Date,
    },
}

impl Period {
    /// The days `(first, last)` the period covers, given the reference date.
    pub fn days(self, reference: Date) -> (Date, Date) {
        match self {
            Period::Last { days } => (reference.plus_days(-(days as i32)), reference.plus_days(-1)),
            Period::Year { year } => (
                Date::from_ymd(year, 1, 1).unwrap_or(reference),
                Date::from_ymd(year, 12, 31).unwrap_or(reference),
            ),
            Period::Between { from, to } => (from, to),
        }
    }

    /// How the period is named in the page, e.g. "the last 365 days".
    pub fn label(self, reference: Date) -> String {
        match self {
            Period::Last { days } => format!("the {days} days before {reference}"),
            Period::Year { year } => format!("{year}"),
            Period::Between { from, to } => format!("{from} to {to}"),
        }
    }
}

/// Adds each customer's spend in `period` as the feature [`ids::SPEND_IN_PERIOD`] and returns
/// its id.
pub fn add_period_spend(shop: &Shop, features: &mut FeatureTable, period: Period) -> &'static str {
    let reference = features.reference.unwrap_or(Date(0));
    let (from, to) = period.days(reference);
    features.set(
        ids::SPEND_IN_PERIOD,
        &format!("Spent in {}", period.label(reference)),
        FeatureData::Number(spend_between(shop, features.len, from, to)),
    );
    ids::SPEND_IN_PERIOD
}

/// Each customer's net spend in the days `from..=to`.
fn spend_between(shop: &Shop, customers: usize, from: Date, to: Date) -> Vec<f64> {
    let mut spend = vec![Units(0); customers];
    let orders = &shop.orders;
    for o in 0..orders.len() {
        if orders.date[o] >= from && orders.date[o] <= to {
            spend[orders.customer[o] as usize] += Units::of(orders.amount[o]);
        }
    }
    spend.into_iter().map(Units::amount).collect()
}
