//! A period of orders (the last N days, a calendar year, or two dates) and each customer's
//! spend in it, for value tiers and the top customers.

use super::ids;
use super::table::{Feature, FeatureData, FeatureTable};
use crate::basics::calendar::Date;
use crate::basics::money::Units;
use crate::shop::Shop;
use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};

/// A period of orders. A field it does not know is refused: read past, it could leave
/// another period than the one meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
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

    /// How the period is named in the page, in `language`: "the 365 days before
    /// 1 March 2026", "2025", "1 January 2025 to 30 June 2025".
    pub fn label(self, reference: Date, language: Language) -> String {
        let day = |d: Date| d.written(language);
        // Days and years are written as they are (365, 2025), not as counts (1,000).
        match self {
            Period::Last { days } => language.text(
                Key::FeaturesPeriodLast,
                &[
                    ("days", days.to_string().into()),
                    ("reference", day(reference).into()),
                ],
            ),
            Period::Year { year } => language.text(
                Key::FeaturesPeriodYear,
                &[("year", year.to_string().into())],
            ),
            Period::Between { from, to } => language.text(
                Key::FeaturesPeriodBetween,
                &[("from", day(from).into()), ("to", day(to).into())],
            ),
        }
    }
}

/// Adds each customer's spend in `period` as the feature [`ids::SPEND_IN_PERIOD`] and returns
/// its id.
pub fn add_period_spend(shop: &Shop, features: &mut FeatureTable, period: Period) -> &'static str {
    let spend = period_spend(shop, features, period);
    features.put(spend);
    ids::SPEND_IN_PERIOD
}

/// Each customer's spend in `period` as the feature [`ids::SPEND_IN_PERIOD`], made for
/// `features` (their date and language, and the next of their revisions) but not put in
/// them.
pub fn period_spend(shop: &Shop, features: &mut FeatureTable, period: Period) -> Feature {
    let reference = features.reference.unwrap_or(Date(0));
    let (from, to) = period.days(reference);
    let language = features.language;
    let label = match period {
        Period::Between { from, to } => language.text(
            Key::FeaturesSpendBetween,
            &[
                ("from", from.written(language).into()),
                ("to", to.written(language).into()),
            ],
        ),
        _ => language.text(
            Key::FeaturesSpendInPeriod,
            &[("period", period.label(reference, language).into())],
        ),
    };
    let spend = spend_between(shop, features.len, from, to);
    features.made(ids::SPEND_IN_PERIOD, &label, FeatureData::Number(spend))
}

/// Each customer's net spend in the days `from..=to`: their orders then (each already net
/// of the refunds recorded on it) less the refunds made then as rows of their own, as
/// total spend nets them all. A refund in the period of an order before it can make a
/// customer's spend in the period negative: that is what they brought in over it.
pub(crate) fn spend_between(shop: &Shop, customers: usize, from: Date, to: Date) -> Vec<f64> {
    let mut spend = vec![Units(0); customers];
    let within = |day: Date| day >= from && day <= to;
    let orders = &shop.orders;
    for o in 0..orders.len() {
        if within(orders.date[o]) {
            spend[orders.customer[o] as usize] += Units::of(orders.amount[o]);
        }
    }
    let refunds = &shop.customers.refunds;
    for r in 0..refunds.len() {
        if within(refunds.date[r]) {
            if let Some(s) = spend.get_mut(refunds.customer[r] as usize) {
                *s = *s - Units::of(refunds.amount[r]);
            }
        }
    }
    spend.into_iter().map(Units::amount).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shop::{BindReport, Customers, FileShape, Orders};

    fn day(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn periods_are_named_with_days_as_the_language_writes_them() {
        let reference = day("2025-07-01");
        let last = Period::Last { days: 365 };
        assert_eq!(
            last.label(reference, Language::English),
            "the 365 days before 1 July 2025"
        );
        assert_eq!(
            last.label(reference, Language::French),
            "sur les 365 jours avant le 1er juillet 2025"
        );
        let between = Period::Between {
            from: day("2025-01-01"),
            to: day("2025-06-30"),
        };
        assert_eq!(
            between.label(reference, Language::German),
            "vom 1. Januar 2025 bis zum 30. Juni 2025"
        );
        assert_eq!(
            Period::Year { year: 2024 }.label(reference, Language::Dutch),
            "in 2024"
        );
    }

    #[test]
    fn spend_in_a_period_nets_the_refunds_made_in_it() {
        let mut customers = Customers::default();
        for key in ["A", "B"] {
            customers.keys.push(key);
        }
        // A: 100 in March, refunded 30 in March and 10 in May; B: 50 in March, refunded
        // 20 in April for it.
        customers.refunded = vec![40.0, 20.0];
        customers.refunds.push(0, day("2024-03-20"), -30.0);
        customers.refunds.push(0, day("2024-05-02"), 10.0);
        customers.refunds.push(1, day("2024-04-03"), 20.0);
        let shop = Shop {
            shape: FileShape::Orders,
            customers,
            orders: Orders {
                customer: vec![0, 1],
                date: vec![day("2024-03-10"), day("2024-03-11")],
                minute: Vec::new(),
                amount: vec![100.0, 50.0],
                discounted: None,
            },
            lines: None,
            report: BindReport::default(),
        };
        let march = spend_between(&shop, 2, day("2024-03-01"), day("2024-03-31"));
        assert_eq!(march, vec![70.0, 50.0]);
        let april = spend_between(&shop, 2, day("2024-04-01"), day("2024-04-30"));
        assert_eq!(april, vec![0.0, -20.0]);
        // Over everything, spend in the period is total spend: orders less all refunds.
        let all = spend_between(&shop, 2, day("2024-01-01"), day("2024-12-31"));
        assert_eq!(all, vec![60.0, 30.0]);
    }
}
