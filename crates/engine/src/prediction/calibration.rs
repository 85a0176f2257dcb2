//! How good the predictions are for this shop: the purchase model refitted without the last
//! part of the history (the holdout), and the repeat purchases it expected in it set against
//! those the customers made, by how many repeat purchases each had before (lifetimes'
//! `calibration_and_holdout_data` and its calibration plot).

use super::{Histories, PredictionOptions};
use crate::basics::calendar::Date;
use crate::shop::Shop;
use segmenter_words::{Arg, Key, Language, Sentence};
use serde::{Deserialize, Serialize};

/// Customers with this many repeat purchases or more before the holdout share a group.
pub const GROUPS: u32 = 7;

/// The customers with the same number of repeat purchase days before the holdout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalibrationGroup {
    /// Repeat purchase days before the holdout ([`GROUPS`] stands for that many or more).
    pub repeat_purchases: u32,
    /// Customers in the group.
    pub customers: usize,
    /// Purchase days per customer the refitted model expected in the holdout.
    pub predicted: f64,
    /// Purchase days per customer they made in it.
    pub actual: f64,
}

/// Predicted against actual purchases over the holdout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// The first day of the holdout (the refit's reference date).
    pub from: Date,
    /// Its length in days, up to the reference date.
    pub days: u32,
    /// By repeat purchases before the holdout.
    pub groups: Vec<CalibrationGroup>,
    /// Purchase days all these customers were expected to make in the holdout.
    pub predicted_total: f64,
    /// Those they made.
    pub actual_total: usize,
}

/// How far off the total was, in one sentence.
impl Sentence for Calibration {
    fn sentence(&self, language: Language) -> String {
        let predicted = self.predicted_total.round();
        let actual = self.actual_total as f64;
        let off = if predicted > 0.0 {
            (actual - predicted) / predicted
        } else {
            0.0
        };
        let percent = |o: f64| Arg::Text(language.decimal(o * 100.0, 0).into());
        let verdict = match off {
            o if o.abs() < 0.005 => language.text(Key::CalibrationAsExpected, &[]),
            o if o > 0.0 => language.text(Key::CalibrationMore, &[("percent", percent(o))]),
            o => language.text(Key::CalibrationFewer, &[("percent", percent(-o))]),
        };
        let (year, month, day) = self.from.ymd();
        language.text(
            Key::CalibrationSentence,
            &[
                ("days", Arg::Count(u64::from(self.days))),
                ("from", language.date(year, month, day).into()),
                ("predicted", Arg::Count(predicted as u64)),
                ("actual", Arg::Count(self.actual_total as u64)),
                ("verdict", verdict.into()),
            ],
        )
    }
}

/// The first day of a holdout of `days` days up to `reference`: the check's reference date.
pub(super) fn holdout_start(reference: Date, days: u32) -> Date {
    reference.plus_days(-(days as i32))
}

/// The options the check refits the purchase model with: its horizon is the holdout.
pub(super) fn holdout_options(days: u32) -> PredictionOptions {
    PredictionOptions {
        horizon_days: days,
        ..PredictionOptions::default()
    }
}

/// What the purchase model refitted on the histories `before` the holdout of `days` days
/// up to `reference` expected of it (`expected`, each customer's purchases), set against
/// the purchase days `shop`'s customers made in it.
pub(super) fn compare(
    shop: &Shop,
    reference: Date,
    days: u32,
    before: &Histories,
    expected: &[f64],
) -> Calibration {
    let from = holdout_start(reference, days);
    // Each customer's distinct purchase days in the holdout: its (customer, day) pairs,
    // sorted and counted, rather than a list per customer.
    let mut bought: Vec<(u32, Date)> = shop
        .orders
        .customer
        .iter()
        .zip(&shop.orders.date)
        .filter(|&(_, &day)| day >= from && day < reference)
        .map(|(&c, &day)| (c, day))
        .collect();
    bought.sort_unstable();
    bought.dedup();
    let mut days_bought = vec![0usize; shop.customers.len()];
    for &(c, _) in &bought {
        days_bought[c as usize] += 1;
    }
    drop(bought);
    let mut sums = vec![(0usize, 0.0f64, 0usize); GROUPS as usize + 1];
    for (c, history) in before.iter().enumerate() {
        let Some(history) = history else {
            continue;
        };
        let group = &mut sums[history.frequency.min(GROUPS) as usize];
        group.0 += 1;
        group.1 += expected[c];
        group.2 += days_bought[c];
    }
    let groups = sums
        .iter()
        .enumerate()
        .filter(|(_, (n, _, _))| *n > 0)
        .map(|(k, &(n, predicted, actual))| CalibrationGroup {
            repeat_purchases: k as u32,
            customers: n,
            predicted: predicted / n as f64,
            actual: actual as f64 / n as f64,
        })
        .collect();
    Calibration {
        from,
        days,
        groups,
        predicted_total: sums.iter().map(|s| s.1).sum(),
        actual_total: sums.iter().map(|s| s.2).sum(),
    }
}
