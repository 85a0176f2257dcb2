//! A purchase rate's 95% intervals: Wilson's score interval for one group and Newcombe's
//! hybrid score interval for the difference between the group sent a campaign and the one
//! held out. A campaign's verdict is read from the second ([`measure`](super::uplift::measure)),
//! and a holdout is planned on how often it would come out clear ([`super::power`]).

use serde::{Deserialize, Serialize};

/// The two-sided 95% quantile of the normal distribution, `scipy.stats.norm.isf(0.025)`.
const Z_95: f64 = 1.959_963_984_540_054_5;

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
    /// Whether the interval leaves out zero: the effect is distinguishable from none.
    ///
    /// Only the purchase rate's interval decides a campaign's [`Verdict`](super::uplift::Verdict); the revenue
    /// interval being clear on its own is not a finding.
    pub fn is_clear(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// Wilson's 95% score interval for a proportion of `buyers` out of `customers`, clipped to
/// 0–1 as statsmodels' `proportion_confint(..., method="wilson")` does. `None` for an empty
/// group or more buyers than customers.
///
/// Unlike the textbook interval p ± 1.96·√(p(1−p)/n), it does not shrink to a point when no
/// one (or everyone) bought: 0 buyers of 3 gives 0–56%.
pub fn wilson_interval(buyers: usize, customers: usize) -> Option<(f64, f64)> {
    if customers == 0 || buyers > customers {
        return None;
    }
    let (n, p) = (customers as f64, buyers as f64 / customers as f64);
    let z2 = Z_95 * Z_95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z_95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some((
        (centre - half).clamp(0.0, 1.0),
        (centre + half).clamp(0.0, 1.0),
    ))
}

/// The difference of purchase rates, sent minus held out, with Newcombe's hybrid score 95%
/// interval (his method 10, built from each group's [`wilson_interval`]): what statsmodels'
/// `confint_proportions_2indep(..., compare="diff", method="newcomb")` gives. `None` when a
/// group is empty or has more buyers than customers.
///
/// ```
/// use segmenter_engine::campaigns::rates::newcombe_interval;
/// // 12% of 900 against none of 3: the interval still reaches far below zero.
/// let e = newcombe_interval(108, 900, 0, 3).unwrap();
/// assert!((e.difference - 0.12).abs() < 1e-12);
/// assert!(e.low < -0.4 && !e.is_clear());
/// ```
pub fn newcombe_interval(
    sent_buyers: usize,
    sent: usize,
    held_out_buyers: usize,
    held_out: usize,
) -> Option<Estimate> {
    let (low1, high1) = wilson_interval(sent_buyers, sent)?;
    let (low2, high2) = wilson_interval(held_out_buyers, held_out)?;
    let p1 = sent_buyers as f64 / sent as f64;
    let p2 = held_out_buyers as f64 / held_out as f64;
    let difference = p1 - p2;
    Some(Estimate {
        difference,
        low: difference - ((p1 - low1).powi(2) + (high2 - p2).powi(2)).sqrt(),
        high: difference + ((p2 - low2).powi(2) + (high1 - p1).powi(2)).sqrt(),
    })
}
