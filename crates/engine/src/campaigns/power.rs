//! Planning a holdout before a send list is exported: the smallest uplift in purchase rate a
//! holdout of a given size can show, and the holdout needed to show the uplift the merchant
//! expects.
//!
//! Both answer for a two-sided test at the 5% level with 80% power, by the normal
//! approximation for two proportions on Cohen's effect size h = 2·asin√p₁ − 2·asin√p₀, the
//! way statsmodels' `NormalIndPower` does with `proportion_effectsize` (checked against it in
//! `tests/uplift/`). Cohen's h rather than the pooled-variance formula because the arcsine
//! steadies the variance: the same formula holds for a win-back segment where 1% buy and a
//! loyal one where 60% do, and the smallest detectable uplift comes out in closed form once
//! h is known, without iterating over the unknown rate of the customers sent the campaign.
//!
//! ```
//! use segmenter_engine::campaigns::power::{detectable_uplift, holdout_needed, HoldoutNeed};
//! // 900 sent, 100 held out, 5% of them buying anyway: only +8.3 points or more would show.
//! let smallest = detectable_uplift(900, 100, 0.05).unwrap();
//! assert!((smallest - 0.0829).abs() < 0.0001, "{smallest}");
//! // To show +3 points in a segment of 5,000 with that baseline, hold out 594 (12%).
//! let HoldoutNeed::Hold { held_out, percent, .. } = holdout_needed(5_000, 0.05, 0.03) else {
//!     panic!("reachable")
//! };
//! assert_eq!((held_out, percent), (594, 12));
//! // In a segment of 1,000, not even half of it would do.
//! assert_eq!(holdout_needed(1_000, 0.05, 0.03), HoldoutNeed::NotReachable);
//! ```

use super::figure;
use super::holdout::held_out_count;
use crate::basics::stats::{normal_cdf, normal_pdf};
use segmenter_words::{Arg, Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The fewest customers a group (sent or held out) needs before a campaign's measurement
/// draws any verdict ([`measure`](super::uplift::measure)), and so the smallest holdout worth
/// planning.
///
/// Below ten, one customer is more than ten points of a group's purchase rate, so a single
/// order more or less decides what the comparison shows, whatever interval is put around it;
/// ten is the smallest group where that swing is at most ten points. A holdout of 3 with no
/// buyers must never read as "made a difference".
pub const MIN_GROUP: usize = 10;

/// The fewest buyers, both groups together, before a campaign's measurement draws any
/// verdict.
///
/// With fewer than ten purchases in all, the comparison rests on a handful of orders: no
/// uplift a campaign could plausibly cause would show, so "cannot be told apart from zero"
/// would be an empty statement, and a clear-looking reading would hang on one or two
/// customers. Ten is a judgement, in line with the usual rule of thumb for a two-by-two
/// table (about five expected in a cell, Cochran 1954): here, the buyers of both groups.
pub const MIN_BUYERS: usize = 10;

/// The two-sided 5% critical value of the normal distribution, `scipy.stats.norm.isf(0.025)`.
const Z_LEVEL: f64 = 1.959_963_984_540_054_5;
/// The power every answer here is for.
const POWER: f64 = 0.80;
/// `scipy.stats.norm.ppf(0.8)`: where the search for the needed signal starts.
const Z_POWER: f64 = 0.841_621_233_572_914_3;

/// The power of the two-sided test when the true effect, standardized, is `signal`
/// (h·√n with n the effective group size): both tails count, as in statsmodels'
/// `normal_power`.
fn power_at(signal: f64) -> f64 {
    normal_cdf(signal - Z_LEVEL) + normal_cdf(-signal - Z_LEVEL)
}

/// The standardized effect h·√n at which the test reaches 80% power (≈ 2.8016).
fn needed_signal() -> f64 {
    // Newton's method from the one-tail answer z_0.975 + z_0.8, which is within 4e-6: the
    // far tail adds about a millionth of power.
    let mut signal = Z_LEVEL + Z_POWER;
    for _ in 0..20 {
        let slope = normal_pdf(signal - Z_LEVEL) - normal_pdf(-signal - Z_LEVEL);
        let step = (power_at(signal) - POWER) / slope;
        signal -= step;
        if step.abs() < 1e-15 {
            break;
        }
    }
    signal
}

/// The size of one group that would measure as precisely as groups of `a` and `b`:
/// 1 / (1/a + 1/b).
fn effective_size(a: usize, b: usize) -> f64 {
    1.0 / (1.0 / a as f64 + 1.0 / b as f64)
}

/// Cohen's h between a rate `p1` and a baseline `p0`.
fn cohen_h(p1: f64, p0: f64) -> f64 {
    2.0 * p1.sqrt().asin() - 2.0 * p0.sqrt().asin()
}

/// The smallest uplift in purchase rate (absolute: 0.03 = 3 points) that comparing `sent`
/// customers with `held_out` ones detects with 80% power at the two-sided 5% level, when
/// `baseline` of the held-out customers buy anyway (0–1).
///
/// Use it before a send list is exported, with the segment's usual purchase rate over the
/// weeks the campaign will be measured, and after measuring, with the held-out group's rate,
/// to say what a "cannot be told apart from zero" could have missed. `None` when a group is
/// empty, the baseline is not a rate below 1, or no uplift would do (even 100% buying would
/// not reliably show).
pub fn detectable_uplift(sent: usize, held_out: usize, baseline: f64) -> Option<f64> {
    if sent == 0 || held_out == 0 || !(0.0..1.0).contains(&baseline) {
        return None;
    }
    let h = needed_signal() / effective_size(sent, held_out).sqrt();
    let angle = baseline.sqrt().asin() + h / 2.0;
    (angle < std::f64::consts::FRAC_PI_2).then(|| angle.sin().powi(2) - baseline)
}

/// The holdout a segment needs to show an expected uplift.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum HoldoutNeed {
    /// Holding out this many customers is enough.
    Hold {
        /// Customers to hold out.
        held_out: usize,
        /// `held_out` as a share of the segment, 0–0.5.
        share: f64,
        /// The smallest whole percentage that holds out at least `held_out` customers when
        /// the split rounds to the nearest customer, as the send list's "Hold out … %" field
        /// takes it: 1–50.
        percent: u32,
    },
    /// Even holding out half the segment would not show it reliably.
    NotReachable,
}

/// The smallest holdout that shows an uplift of `expected_uplift` in purchase rate
/// (absolute: 0.03 = 3 points) with 80% power at the two-sided 5% level, in a segment of
/// `segment` customers of whom `baseline` (0–1) would buy anyway.
///
/// The holdout is also large enough for [`measure`](super::uplift::measure) to give a
/// verdict at all: at least [`MIN_GROUP`] customers in each group, and at least
/// [`MIN_BUYERS`] buyers expected in the two groups together. [`HoldoutNeed::NotReachable`]
/// when half the segment is not enough, or the expected uplift is not a positive change
/// that keeps the rate within 100%.
pub fn holdout_needed(segment: usize, baseline: f64, expected_uplift: f64) -> HoldoutNeed {
    let target = baseline + expected_uplift;
    let meaningful = (0.0..1.0).contains(&baseline) && expected_uplift > 0.0 && target <= 1.0;
    if !meaningful {
        return HoldoutNeed::NotReachable;
    }
    // Power grows with the effective size k(N − k)/N, which grows with the holdout k up to
    // half the segment: the smallest k whose effective size reaches the needed one.
    let needed = (needed_signal() / cohen_h(target, baseline)).powi(2);
    let reaches = |k: usize| effective_size(k, segment - k) >= needed;
    let most = segment / 2;
    if most < MIN_GROUP || !reaches(most) {
        return HoldoutNeed::NotReachable;
    }
    let (mut low, mut high) = (0, most);
    while high - low > 1 {
        let mid = (low + high) / 2;
        if reaches(mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    let held_out = high.max(MIN_GROUP);
    let expected_buyers = segment as f64 * baseline + (segment - held_out) as f64 * expected_uplift;
    if expected_buyers < MIN_BUYERS as f64 {
        return HoldoutNeed::NotReachable;
    }
    // The smallest whole percentage whose holdout, counted as the list counts it, is enough.
    let percent = (1..=50)
        .find(|&p| held_out_count(segment, f64::from(p) / 100.0) >= held_out)
        .unwrap_or(50);
    HoldoutNeed::Hold {
        held_out,
        share: held_out as f64 / segment as f64,
        percent,
    }
}

/// What a holdout can show, worked out before its send list is exported: the figures the
/// page states beside the "Hold out … %" field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutPlan {
    /// Customers the campaign goes to.
    pub sent: usize,
    /// Customers held out.
    pub held_out: usize,
    /// The purchase rate expected without the campaign, 0–1.
    pub baseline: f64,
    /// The smallest uplift these groups detect ([`detectable_uplift`]).
    pub detectable: Option<f64>,
    /// The uplift the merchant expects, if they said.
    pub expected: Option<f64>,
    /// The holdout that expected uplift needs ([`holdout_needed`]), if an uplift was given.
    pub needed: Option<HoldoutNeed>,
}

/// Plans the holdout of a campaign to a segment of `segment` customers holding out `share`
/// of them (0–0.5, rounded to the nearest customer, as the send list does), of whom
/// `baseline` (0–1) would buy anyway; `expected_uplift` is the uplift the merchant hopes for, if any. Its
/// [`Sentence`] says it in plain words, in any language.
///
/// ```
/// use segmenter_engine::campaigns::power::plan_holdout;
/// let plan = plan_holdout(1_000, 0.10, 0.05, Some(0.03));
/// assert_eq!((plan.sent, plan.held_out), (900, 100));
/// assert!(plan.to_string().starts_with("Holding out 100 of 1,000 customers"));
/// ```
pub fn plan_holdout(
    segment: usize,
    share: f64,
    baseline: f64,
    expected_uplift: Option<f64>,
) -> HoldoutPlan {
    // Counted as `holdout_split` counts it, so the plan describes the list.
    let held_out = held_out_count(segment, share);
    let sent = segment - held_out;
    HoldoutPlan {
        sent,
        held_out,
        baseline,
        detectable: detectable_uplift(sent, held_out, baseline),
        expected: expected_uplift,
        needed: expected_uplift.map(|u| holdout_needed(segment, baseline, u)),
    }
}

/// Percentage points without a sign, in `language`: `6.2`, `6,2`.
fn points(language: Language, rate: f64) -> Arg<'static> {
    Arg::Text(figure(language, rate * 100.0, 1).into())
}

impl Sentence for HoldoutPlan {
    fn sentence(&self, language: Language) -> String {
        let segment = self.sent + self.held_out;
        let groups = [
            ("held", Arg::Count(self.held_out as u64)),
            ("segment", Arg::Count(segment as u64)),
        ];
        let plan = if self.held_out < MIN_GROUP || self.sent < MIN_GROUP {
            language.text(
                Key::SuggestHoldoutTooFew,
                &[
                    groups[0].clone(),
                    groups[1].clone(),
                    ("min", Arg::Count(MIN_GROUP as u64)),
                ],
            )
        } else {
            let baseline = ("baseline", language.percent(self.baseline).into());
            match self.detectable {
                Some(u) => language.text(
                    Key::SuggestHoldoutDetectable,
                    &[
                        groups[0].clone(),
                        groups[1].clone(),
                        baseline,
                        ("uplift", points(language, u)),
                    ],
                ),
                None => language.text(
                    Key::SuggestHoldoutUndetectable,
                    &[groups[0].clone(), groups[1].clone(), baseline],
                ),
            }
        };
        let need = match (self.expected, self.needed) {
            (
                Some(expected),
                Some(HoldoutNeed::Hold {
                    held_out, percent, ..
                }),
            ) => language.text(
                Key::SuggestHoldoutNeeded,
                &[
                    ("expected", points(language, expected)),
                    (
                        "percent",
                        language.percent_to(f64::from(percent) / 100.0, 0).into(),
                    ),
                    ("customers", Arg::Count(held_out as u64)),
                ],
            ),
            (Some(expected), Some(HoldoutNeed::NotReachable)) => language.text(
                Key::SuggestHoldoutUnreachable,
                &[("expected", points(language, expected))],
            ),
            _ => return plan,
        };
        format!("{plan} {need}")
    }
}

/// The plan in English, as the command line and logs write it.
impl fmt::Display for HoldoutPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaigns::holdout::holdout_split;

    #[test]
    fn the_needed_signal_is_the_two_tailed_one() {
        // scipy.optimize.brentq on statsmodels' power function: 2.801581787013579, a little
        // below the one-tail z_0.975 + z_0.8 = 2.8015852 because the far tail adds power.
        let s = needed_signal();
        assert!((power_at(s) - 0.8).abs() < 1e-14);
        assert!((s - 2.801_581_787_013_579).abs() < 1e-12, "{s}");
        assert!(s < Z_LEVEL + Z_POWER);
    }

    #[test]
    fn a_larger_holdout_detects_smaller_uplifts() {
        let small = detectable_uplift(900, 100, 0.05).unwrap();
        let large = detectable_uplift(800, 200, 0.05).unwrap();
        assert!(large < small, "{large} {small}");
        assert_eq!(detectable_uplift(900, 0, 0.05), None);
        assert_eq!(detectable_uplift(900, 100, 1.0), None);
        // Three held out with 90% buying anyway: no rate within 100% would show.
        assert_eq!(detectable_uplift(1000, 3, 0.9), None);
    }

    #[test]
    fn the_holdout_needed_is_the_smallest_that_reaches_80_percent_power() {
        let HoldoutNeed::Hold {
            held_out, percent, ..
        } = holdout_needed(5_000, 0.05, 0.03)
        else {
            panic!("reachable");
        };
        let power = |k: usize| power_at(cohen_h(0.08, 0.05) * effective_size(k, 5_000 - k).sqrt());
        assert!(power(held_out) >= 0.8 && power(held_out - 1) < 0.8);
        assert!((5_000.0 * f64::from(percent) / 100.0).round() as usize >= held_out);
        assert!(((5_000.0 * f64::from(percent - 1) / 100.0).round() as usize) < held_out);
        // Never fewer than a verdict needs, nor more than half.
        assert!(matches!(
            holdout_needed(1_000, 0.5, 0.45),
            HoldoutNeed::Hold { held_out: 10, .. }
        ));
        assert_eq!(holdout_needed(18, 0.5, 0.45), HoldoutNeed::NotReachable);
        assert_eq!(holdout_needed(1_000, 0.05, 0.0), HoldoutNeed::NotReachable);
        assert_eq!(holdout_needed(1_000, 0.9, 0.2), HoldoutNeed::NotReachable);
    }

    #[test]
    fn the_percentage_suggested_holds_out_enough_on_the_list() {
        // 15 of 50 are needed; 29 % of 50 is 14.499… in floating point, 14 on the list.
        let HoldoutNeed::Hold {
            held_out, percent, ..
        } = holdout_needed(50, 0.10, 0.37)
        else {
            panic!("reachable");
        };
        assert_eq!((held_out, percent), (15, 30));
        for segment in 20..600 {
            if let HoldoutNeed::Hold {
                held_out, percent, ..
            } = holdout_needed(segment, 0.10, 0.37)
            {
                let listed = holdout_split(
                    &(0..segment).collect::<Vec<_>>(),
                    |_| "",
                    "",
                    "",
                    f64::from(percent) / 100.0,
                );
                assert!(listed.holdout.len() >= held_out, "{segment}: {percent}%");
            }
        }
    }

    #[test]
    fn plans_read_in_plain_words() {
        let plan = plan_holdout(1_000, 0.10, 0.05, Some(0.03));
        let text = plan.to_string();
        assert!(text.contains("about 5.0% of them buying anyway"), "{text}");
        assert!(text.contains("an uplift of 8.3 points or more"), "{text}");
        assert!(
            text.contains("The uplift of 3.0 points you expect cannot be shown"),
            "{text}"
        );
        let text = plan_holdout(5_000, 0.10, 0.05, Some(0.03)).to_string();
        assert!(
            text.contains("hold out at least 12% of the segment (594 customers)"),
            "{text}"
        );
        let text = plan_holdout(40, 0.05, 0.05, None).to_string();
        assert!(
            text.starts_with("Holding out 2 of 40 customers is too few"),
            "{text}"
        );
    }

    #[test]
    fn plans_read_in_the_merchants_language() {
        let text = plan_holdout(5_000, 0.10, 0.05, Some(0.03)).sentence(Language::German);
        assert!(
            text.starts_with("Wenn Sie 500 von 5.000 Kunden zurückhalten und etwa 5,0\u{a0}% von ihnen ohnehin kaufen"),
            "{text}"
        );
        assert!(
            text.ends_with("halten Sie mindestens 12\u{a0}% des Segments zurück (594 Kunden)."),
            "{text}"
        );
        assert_eq!(
            plan_holdout(40, 0.05, 0.05, None).to_string(),
            plan_holdout(40, 0.05, 0.05, None).sentence(Language::English)
        );
    }
}
