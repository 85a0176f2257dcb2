//! Campaign results: did the customers who were sent a campaign buy more than the ones held
//! out of it?
//!
//! A [`CampaignRecord`] is written when a campaign list is exported: who was sent it, who
//! was held out, and from which day. When the merchant later drops a newer orders file, each
//! record is measured against it: the share of each group who ordered since the send day and
//! their revenue per customer, and the difference between the groups with a 95% confidence
//! interval (normal approximation: Wald for the purchase rates, Welch for the revenue).

use crate::basics::calendar::Date;
use crate::basics::money::{Currency, Units};
use crate::shop::Shop;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The two-sided 95% quantile of the normal distribution.
const Z_95: f64 = 1.959_963_984_540_054;

/// Held-out groups smaller than this cannot show much: the result says so.
const SMALL_GROUP: usize = 30;

/// What was sent to whom, kept to measure the campaign later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignRecord {
    /// The campaign's name.
    pub campaign: String,
    /// The scheme its segment belongs to.
    pub scheme: String,
    /// The segment it was sent to.
    pub segment: String,
    /// The day it was sent: orders from this day on count.
    pub sent: Date,
    /// The share of the segment held out, 0–0.5.
    pub holdout_share: f64,
    /// Identifiers of the customers sent the campaign.
    pub treated: Vec<String>,
    /// Identifiers of the customers held out.
    pub holdout: Vec<String>,
}

/// How one group did after the send day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupOutcome {
    /// Customers in the group.
    pub customers: usize,
    /// Of them, customers who ordered since the send day.
    pub buyers: usize,
    /// `buyers / customers`.
    pub purchase_rate: f64,
    /// Net revenue from the group since the send day.
    pub revenue: f64,
    /// `revenue / customers`.
    pub revenue_per_customer: f64,
}

/// A difference between the treated and the held-out group, with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Treated minus held out.
    pub difference: f64,
    /// Lower end of the 95% confidence interval.
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

impl Estimate {
    fn new(difference: f64, standard_error: f64) -> Estimate {
        Estimate {
            difference,
            low: difference - Z_95 * standard_error,
            high: difference + Z_95 * standard_error,
        }
    }

    /// Whether the interval leaves out zero: the effect is distinguishable from none.
    pub fn is_clear(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// One campaign measured against a newer file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignResult {
    /// The campaign's name.
    pub campaign: String,
    /// Its segment.
    pub segment: String,
    /// The send day.
    pub sent: Date,
    /// The last order day in the newer file: results cover `sent..=until`.
    pub until: Option<Date>,
    /// The customers sent the campaign.
    pub treated: GroupOutcome,
    /// The customers held out.
    pub holdout: GroupOutcome,
    /// Purchase rate uplift, in rate points (0.04 = 4 points).
    pub rate_uplift: Option<Estimate>,
    /// Revenue per customer uplift.
    pub revenue_uplift: Option<Estimate>,
    /// Customers of the record found in the newer file at all.
    pub found: usize,
    /// What it means, in plain words.
    pub verdict: String,
}

/// Measures a campaign against the orders of a newer file, counting orders placed on or
/// after the send day.
pub fn measure(record: &CampaignRecord, shop: &Shop, currency: &Currency) -> CampaignResult {
    // Per customer of the newer file: (ordered since the send day, revenue since then).
    let mut since: Vec<(bool, Units)> = vec![(false, Units(0)); shop.customers.len()];
    let mut until: Option<Date> = None;
    for o in 0..shop.orders.len() {
        let date = shop.orders.date[o];
        until = until.max(Some(date));
        if date >= record.sent {
            let entry = &mut since[shop.orders.customer[o] as usize];
            entry.0 = true;
            entry.1 += Units::of(shop.orders.amount[o]);
        }
    }
    let position: HashMap<&str, usize> = (0..shop.customers.len())
        .map(|c| (shop.customers.key(c), c))
        .collect();
    let mut found = 0;
    let mut outcomes = |keys: &[String]| -> (GroupOutcome, Vec<f64>) {
        let mut revenue = Vec::with_capacity(keys.len());
        let mut buyers = 0;
        for key in keys {
            let (bought, spent) = match position.get(key.as_str()) {
                Some(&c) => {
                    found += 1;
                    (since[c].0, since[c].1.amount())
                }
                None => (false, 0.0),
            };
            buyers += usize::from(bought);
            revenue.push(spent);
        }
        (group(keys.len(), buyers, &revenue), revenue)
    };
    let (treated, treated_revenue) = outcomes(&record.treated);
    let (holdout, holdout_revenue) = outcomes(&record.holdout);
    let comparable = treated.customers > 0 && holdout.customers > 0;
    let rate_uplift = comparable.then(|| {
        let variance =
            |g: &GroupOutcome| g.purchase_rate * (1.0 - g.purchase_rate) / g.customers as f64;
        Estimate::new(
            treated.purchase_rate - holdout.purchase_rate,
            (variance(&treated) + variance(&holdout)).sqrt(),
        )
    });
    let revenue_uplift = comparable.then(|| {
        Estimate::new(
            treated.revenue_per_customer - holdout.revenue_per_customer,
            (sample_variance(&treated_revenue) / treated.customers as f64
                + sample_variance(&holdout_revenue) / holdout.customers as f64)
                .sqrt(),
        )
    });
    let mut result = CampaignResult {
        campaign: record.campaign.clone(),
        segment: record.segment.clone(),
        sent: record.sent,
        until,
        treated,
        holdout,
        rate_uplift,
        revenue_uplift,
        found,
        verdict: String::new(),
    };
    result.verdict = verdict(&result, currency);
    result
}

fn group(customers: usize, buyers: usize, revenue: &[f64]) -> GroupOutcome {
    let total: f64 = revenue.iter().sum();
    let per = |x: f64| {
        if customers > 0 {
            x / customers as f64
        } else {
            0.0
        }
    };
    GroupOutcome {
        customers,
        buyers,
        purchase_rate: per(buyers as f64),
        revenue: total,
        revenue_per_customer: per(total),
    }
}

/// The unbiased sample variance (0 for fewer than two values).
fn sample_variance(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (values.len() - 1) as f64
}

/// A difference of rates in percentage points, with a sign (and a true minus): `+4.0`,
/// `−17.2`.
pub fn signed_points(difference: f64) -> String {
    let points = (difference * 1000.0).round() / 10.0;
    if points < 0.0 {
        format!("−{:.1}", -points)
    } else {
        format!("+{points:.1}")
    }
}

/// Says in plain words what the figures show.
fn verdict(r: &CampaignResult, currency: &Currency) -> String {
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    let points = |x: f64| signed_points(x);
    if r.found == 0 {
        return "None of this campaign's customers appear in the newer file: check that it \
                comes from the same shop and identifies customers the same way."
            .into();
    }
    if r.until.is_none_or(|u| u < r.sent) {
        return format!(
            "The newer file has no orders since the send day ({}): drop a file that covers the weeks after it.",
            r.sent
        );
    }
    let (Some(rate), Some(revenue)) = (r.rate_uplift, r.revenue_uplift) else {
        return "No customers were held out of this campaign, so its effect cannot be measured: \
                export the next one with a holdout group."
            .into();
    };
    let rates = format!(
        "{} of the customers sent the campaign ordered, against {} of those held out: \
         {} points (95% interval {} to {}).",
        pct(r.treated.purchase_rate),
        pct(r.holdout.purchase_rate),
        points(rate.difference),
        points(rate.low),
        points(rate.high)
    );
    let money = |x: f64| {
        let sign = if x < 0.0 { "−" } else { "+" };
        format!("{sign}{}", currency.format(x.abs()))
    };
    let revenue_sentence = format!(
        "Revenue per customer: {} sent, {} held out ({} per customer, 95% interval {} to {}).",
        currency.format(r.treated.revenue_per_customer),
        currency.format(r.holdout.revenue_per_customer),
        money(revenue.difference),
        money(revenue.low),
        money(revenue.high)
    );
    let conclusion = if rate.low > 0.0 || revenue.low > 0.0 {
        "The campaign made a difference: the uplift is clearly above zero."
    } else if rate.high < 0.0 || revenue.high < 0.0 {
        "Customers sent the campaign bought less than those held out: it may have hurt."
    } else if r.holdout.customers < SMALL_GROUP {
        "The difference cannot be told apart from zero, and with so few customers held out it \
         could not be: hold out more next time."
    } else {
        "The difference cannot be told apart from zero yet: wait for more orders, or send to a \
         larger segment."
    };
    format!("{conclusion} {rates} {revenue_sentence}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    /// A newer file in which 100 of 1,000 treated customers and 5 of 100 held-out customers
    /// ordered €50 each after the send day, and everyone ordered once before it.
    fn fixture() -> (CampaignRecord, Shop) {
        let treated: Vec<String> = (0..1000).map(|i| format!("t{i}")).collect();
        let holdout: Vec<String> = (0..100).map(|i| format!("h{i}")).collect();
        let mut csv = String::from("order_id,customer_id,order_date,amount\n");
        for (i, key) in treated.iter().chain(&holdout).enumerate() {
            csv.push_str(&format!("old{i},{key},2026-01-10,30.00\n"));
        }
        for key in treated.iter().take(100).chain(holdout.iter().take(5)) {
            csv.push_str(&format!("new-{key},{key},2026-03-05,50.00\n"));
        }
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let record = CampaignRecord {
            campaign: "Spring win-back".into(),
            scheme: "RFM segments".into(),
            segment: "At Risk".into(),
            sent: Date::from_ymd(2026, 3, 1).unwrap(),
            holdout_share: 100.0 / 1100.0,
            treated,
            holdout,
        };
        (record, shop)
    }

    #[test]
    fn uplift_and_its_interval_match_the_hand_computed_answer() {
        let (record, shop) = fixture();
        let r = measure(&record, &shop, &Currency::from_mark("EUR"));
        assert_eq!((r.treated.buyers, r.holdout.buyers), (100, 5));
        assert_eq!(r.found, 1100);
        let rate = r.rate_uplift.unwrap();
        // 0.10 − 0.05 ± 1.96 · √(0.1·0.9/1000 + 0.05·0.95/100) = 0.05 ± 0.046587.
        assert!((rate.difference - 0.05).abs() < 1e-12);
        assert!((rate.low - 0.003413).abs() < 1e-5, "{rate:?}");
        assert!((rate.high - 0.096587).abs() < 1e-5, "{rate:?}");
        // €5.00 − €2.50 ± 1.96 · √(225000/999/1000 + 11875/99/100) = 2.5 ± 2.33947.
        let revenue = r.revenue_uplift.unwrap();
        assert!((revenue.difference - 2.5).abs() < 1e-9);
        assert!((revenue.low - 0.16053).abs() < 1e-4, "{revenue:?}");
        assert!(rate.is_clear() && revenue.is_clear());
        assert!(
            r.verdict.starts_with("The campaign made a difference"),
            "{}",
            r.verdict
        );
        assert!(r
            .verdict
            .contains("10.0% of the customers sent the campaign ordered, against 5.0%"));
    }

    #[test]
    fn an_effect_within_noise_is_called_so() {
        let (mut record, shop) = fixture();
        // Only 20 of the treated customers bought: 2% against 5%, interval across zero.
        record.treated.drain(..80);
        let r = measure(&record, &shop, &Currency::from_mark("EUR"));
        let rate = r.rate_uplift.unwrap();
        assert!(rate.low < 0.0 && rate.high > 0.0, "{rate:?}");
        assert!(r
            .verdict
            .starts_with("The difference cannot be told apart from zero yet"));
    }

    #[test]
    fn files_that_cannot_answer_say_why() {
        let (mut record, shop) = fixture();
        let eur = Currency::from_mark("EUR");
        record.sent = Date::from_ymd(2026, 6, 1).unwrap();
        assert!(measure(&record, &shop, &eur)
            .verdict
            .starts_with("The newer file has no orders since"));
        record.holdout.clear();
        record.sent = Date::from_ymd(2026, 3, 1).unwrap();
        assert!(measure(&record, &shop, &eur)
            .verdict
            .starts_with("No customers were held out"));
        record.treated = vec!["someone-else".into()];
        assert!(measure(&record, &shop, &eur)
            .verdict
            .starts_with("None of this campaign's customers"));
    }
}
