//! Planning a holdout before a send list is exported: the smallest uplift in purchase rate a
//! holdout of a given size can show, and the holdout needed to show the uplift the merchant
//! expects.
//!
//! Both answer with 80% power for the verdict the campaign will get
//! ([`measure`](super::uplift::measure)): the chance that it reads "made a difference",
//! Newcombe's 95% interval wholly above zero with at least [`MIN_BUYERS`] buyers, worked
//! out exactly over the binomial counts of buyers in both groups ([`verdict_power`]). A
//! textbook formula (the normal approximation on Cohen's h, as statsmodels'
//! `NormalIndPower`) promises more than that verdict delivers with small holdouts and low
//! rates: for 900 sent and 100 held out with 5% buying anyway it gives +8.3 points, which
//! the verdict catches 73% of the time, not 80%. Checked against a brute-force sum over
//! every pair of counts in `tests/uplift/`.
//!
//! ```
//! use segmenter_engine::campaigns::power::{detectable_uplift, holdout_needed, HoldoutNeed};
//! // 900 sent, 100 held out, 5% of them buying anyway: only +9.0 points or more would show.
//! let smallest = detectable_uplift(900, 100, 0.05).unwrap();
//! assert!((smallest - 0.0902).abs() < 0.0001, "{smallest}");
//! // To show +3 points in a segment of 5,000 with that baseline, hold out 641 (13%).
//! let HoldoutNeed::Hold { held_out, percent, .. } = holdout_needed(5_000, 0.05, 0.03) else {
//!     panic!("reachable")
//! };
//! assert_eq!((held_out, percent), (641, 13));
//! // In a segment of 1,000, not even half of it would do.
//! assert_eq!(holdout_needed(1_000, 0.05, 0.03), HoldoutNeed::NotReachable);
//! ```

use super::figure;
use super::holdout::held_out_count;
use super::rates::newcombe_interval;
use crate::basics::stats::{incomplete_beta, ln_gamma};
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

/// The power every answer here is for.
const POWER: f64 = 0.80;
/// Standard deviations either side of a group's expected buyers past which its counts are
/// left out of a sum: what the binomial's tails there hold is about 1e-9 of the chance for
/// a group expecting a fraction of a buyer, and far less for larger ones.
const TAIL_SDS: f64 = 12.0;
/// Holdouts up to this many are each tried, smallest first: with few customers, the power
/// jumps with each one more or less, and trying them all costs little.
const SCANNED: usize = 500;
/// How closely a purchase rate is solved for: far finer than the tenth of a point shown.
const RATE_PRECISION: f64 = 1e-12;

/// The chance of exactly `x` buyers among `n` customers who each buy with chance `p`.
fn binomial_pmf(n: usize, x: usize, p: f64) -> f64 {
    match p {
        0.0 => f64::from(u8::from(x == 0)),
        1.0 => f64::from(u8::from(x == n)),
        _ => {
            let (n, x) = (n as f64, x as f64);
            (ln_gamma(n + 1.0) - ln_gamma(x + 1.0) - ln_gamma(n - x + 1.0)
                + x * p.ln()
                + (n - x) * (1.0 - p).ln())
            .exp()
        }
    }
}

/// The chance of `t` buyers or more among `n` customers who each buy with chance `p`:
/// I_p(t, n − t + 1).
fn binomial_at_least(n: usize, t: usize, p: f64) -> f64 {
    if t == 0 {
        1.0
    } else if t > n {
        0.0
    } else {
        incomplete_beta(t as f64, (n - t + 1) as f64, p)
    }
}

/// The counts of buyers among `n` customers buying at rate `p` that carry any weight, with
/// their chances: every count for a small group, the expected one ± [`TAIL_SDS`] standard
/// deviations for a large one.
fn likely_counts(n: usize, p: f64) -> impl Iterator<Item = (usize, f64)> {
    let (mean, sd) = (n as f64 * p, (n as f64 * p * (1.0 - p)).sqrt());
    let low = (mean - TAIL_SDS * sd - 1.0).max(0.0) as usize;
    let high = ((mean + TAIL_SDS * sd + 1.0).ceil() as usize).min(n);
    (low..=high).map(move |x| (x, binomial_pmf(n, x, p)))
}

/// How a measurement of `sent` and `held_out` customers would come out, whatever the rates:
/// for each likely count of held-out buyers (at the `baseline` rate), its chance and the
/// fewest buyers among those sent that make the verdict "made a difference".
struct Verdicts {
    sent: usize,
    /// (chance of this many held-out buyers, fewest sent buyers for a clear verdict, if any).
    thresholds: Vec<(f64, Option<usize>)>,
}

impl Verdicts {
    fn new(sent: usize, held_out: usize, baseline: f64) -> Self {
        let thresholds = likely_counts(held_out, baseline)
            .map(|(x, chance)| (chance, fewest_clear_buyers(sent, x, held_out)))
            .collect();
        Verdicts { sent, thresholds }
    }

    /// The chance of the verdict "made a difference" when the customers sent the campaign
    /// buy at `rate`.
    fn power(&self, rate: f64) -> f64 {
        self.thresholds
            .iter()
            .filter_map(|&(chance, fewest)| {
                Some(chance * binomial_at_least(self.sent, fewest?, rate))
            })
            .sum()
    }
}

/// The fewest buyers among `sent` customers for which [`measure`](super::uplift::measure)
/// says "made a difference" against `held_out_buyers` of `held_out`: at least
/// [`MIN_BUYERS`] in both groups, and Newcombe's interval wholly above zero. `None` when
/// not even every customer buying would do.
///
/// The interval's lower end grows with the sent group's buyers, so the first count past
/// zero is found by halving.
fn fewest_clear_buyers(sent: usize, held_out_buyers: usize, held_out: usize) -> Option<usize> {
    let clear = |buyers: usize| {
        buyers + held_out_buyers >= MIN_BUYERS
            && newcombe_interval(buyers, sent, held_out_buyers, held_out)
                .is_some_and(|e| e.low > 0.0)
    };
    if !clear(sent) {
        return None;
    }
    // Never clear with no buyer sent: the interval's lower end is then below zero.
    Some(first_holding(0, sent, clear))
}

/// The count in `low + 1..=high` where `holds` turns true, for a `holds` false at `low` and
/// true at `high`: by halving, so where it turns true more than once, one of those places.
fn first_holding(mut low: usize, mut high: usize, holds: impl Fn(usize) -> bool) -> usize {
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if holds(mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    high
}

/// The chance that measuring a campaign sent to `sent` customers, with `held_out` held out,
/// says it "made a difference" (see [`measure`](super::uplift::measure)), when the held-out
/// customers buy at `baseline` and the ones sent it at `rate` (both 0–1).
///
/// Worked out exactly over the binomial counts of buyers in both groups, for the verdict as
/// it is decided (Newcombe's interval, the minimum of buyers), not for a textbook test that
/// approximates it: with small groups and low rates the two differ by several points of
/// power.
///
/// ```
/// use segmenter_engine::campaigns::power::verdict_power;
/// // 900 sent, 100 held out, 5% buying anyway and 13.3% of those sent: not quite 80%.
/// let power = verdict_power(900, 100, 0.05, 0.133);
/// assert!(power > 0.7 && power < 0.8, "{power}");
/// ```
pub fn verdict_power(sent: usize, held_out: usize, baseline: f64, rate: f64) -> f64 {
    if sent < MIN_GROUP || held_out < MIN_GROUP {
        return 0.0;
    }
    Verdicts::new(sent, held_out, baseline).power(rate)
}

/// The smallest uplift in purchase rate (absolute: 0.03 = 3 points) that a measurement of
/// `sent` customers against `held_out` ones reads as "made a difference" with 80% power
/// ([`verdict_power`]), when `baseline` of the held-out customers buy anyway (0–1).
///
/// Use it before a send list is exported, with the segment's usual purchase rate over the
/// weeks the campaign will be measured, and after measuring, with the held-out group's rate,
/// to say what a "cannot be told apart from zero" could have missed. `None` when a group is
/// smaller than [`MIN_GROUP`], the baseline is not a rate below 1, or no uplift would do
/// (even everyone sent buying would not reliably show).
pub fn detectable_uplift(sent: usize, held_out: usize, baseline: f64) -> Option<f64> {
    if sent < MIN_GROUP || held_out < MIN_GROUP || !(0.0..1.0).contains(&baseline) {
        return None;
    }
    let verdicts = Verdicts::new(sent, held_out, baseline);
    if verdicts.power(1.0) < POWER {
        return None;
    }
    // Power grows with the sent group's rate: halve the interval holding the 80% crossing.
    let (mut low, mut high) = (baseline, 1.0);
    while high - low > RATE_PRECISION {
        let mid = (low + high) / 2.0;
        if verdicts.power(mid) >= POWER {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high - baseline)
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
    /// No holdout up to half the segment would show it reliably.
    NotReachable,
}

/// The smallest holdout that shows an uplift of `expected_uplift` in purchase rate
/// (absolute: 0.03 = 3 points) with 80% power ([`verdict_power`]), in a segment of
/// `segment` customers of whom `baseline` (0–1) would buy anyway: each holdout tried in a
/// small segment, searched in a large one, where the power changes smoothly with it.
///
/// The power counts what [`measure`](super::uplift::measure) needs to give a verdict at all
/// (at least [`MIN_GROUP`] customers in each group, [`MIN_BUYERS`] buyers in both), and the
/// percentage suggested is one whose send list, rounded as the list rounds it, reaches the
/// power itself. [`HoldoutNeed::NotReachable`] when no holdout up to half the segment is
/// enough, or the
/// expected uplift is not a positive change that keeps the rate within 100%.
pub fn holdout_needed(segment: usize, baseline: f64, expected_uplift: f64) -> HoldoutNeed {
    let target = baseline + expected_uplift;
    let meaningful = (0.0..1.0).contains(&baseline) && expected_uplift > 0.0 && target <= 1.0;
    if !meaningful {
        return HoldoutNeed::NotReachable;
    }
    let reaches = |k: usize| verdict_power(segment - k, k, baseline, target) >= POWER;
    let most = segment / 2;
    let held_out = if most <= SCANNED {
        (MIN_GROUP..=most).find(|&k| reaches(k))
    } else {
        // Power grows with the holdout and then, as the group sent the campaign shrinks
        // and its rate varies more, may fall before half the segment: a tenth of the way
        // at a time from half down finds a holdout that reaches it, then halving the first.
        (1..=10)
            .rev()
            .map(|tenths| (most * tenths / 10).max(MIN_GROUP))
            .find(|&k| reaches(k))
            .map(|top| first_holding(MIN_GROUP - 1, top, reaches))
    };
    let Some(held_out) = held_out else {
        return HoldoutNeed::NotReachable;
    };
    // The smallest whole percentage whose holdout, counted as the list counts it, is enough.
    let percent = (1..=50).find(|&p| {
        let listed = held_out_count(segment, f64::from(p) / 100.0);
        listed >= held_out && (listed == held_out || reaches(listed))
    });
    match percent {
        Some(percent) => HoldoutNeed::Hold {
            held_out,
            share: held_out as f64 / segment as f64,
            percent,
        },
        None => HoldoutNeed::NotReachable,
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

    /// The verdict's power summed over every pair of counts, as `measure` decides it.
    fn power_by_every_pair(sent: usize, held_out: usize, baseline: f64, rate: f64) -> f64 {
        let mut power = 0.0;
        for x0 in 0..=held_out {
            for x1 in 0..=sent {
                let e = newcombe_interval(x1, sent, x0, held_out).unwrap();
                if e.low > 0.0 && x0 + x1 >= MIN_BUYERS {
                    power += binomial_pmf(held_out, x0, baseline) * binomial_pmf(sent, x1, rate);
                }
            }
        }
        power
    }

    #[test]
    fn the_power_is_the_chance_of_the_verdict_made_a_difference() {
        for (sent, held_out, baseline, rate) in [
            (90, 10, 0.05, 0.4),
            (60, 20, 0.1, 0.3),
            (45, 15, 0.0, 0.3),
            (200, 50, 0.3, 0.3),
            (30, 30, 0.5, 1.0),
        ] {
            let exact = power_by_every_pair(sent, held_out, baseline, rate);
            let got = verdict_power(sent, held_out, baseline, rate);
            assert!(
                (got - exact).abs() < 1e-12,
                "{sent}/{held_out}: {got} {exact}"
            );
        }
        // No group smaller than a verdict needs, however large the uplift.
        assert_eq!(verdict_power(9, 100, 0.0, 1.0), 0.0);
    }

    #[test]
    fn the_textbook_formula_promised_more_power_than_the_verdict_has() {
        // Cohen's h with statsmodels' NormalIndPower gave +8.29 points for 900 / 100 at 5%.
        let power = verdict_power(900, 100, 0.05, 0.05 + 0.0829);
        assert!((0.72..0.74).contains(&power), "{power}");
        let uplift = detectable_uplift(900, 100, 0.05).unwrap();
        assert!((verdict_power(900, 100, 0.05, 0.05 + uplift) - 0.8).abs() < 1e-9);
    }

    #[test]
    fn a_larger_holdout_detects_smaller_uplifts() {
        let small = detectable_uplift(900, 100, 0.05).unwrap();
        let large = detectable_uplift(800, 200, 0.05).unwrap();
        assert!(large < small, "{large} {small}");
        assert_eq!(detectable_uplift(900, 0, 0.05), None);
        assert_eq!(detectable_uplift(900, 100, 1.0), None);
        // Three held out: too few for any verdict.
        assert_eq!(detectable_uplift(1000, 3, 0.0), None);
    }

    #[test]
    fn the_holdout_needed_reaches_80_percent_power_where_one_fewer_does_not() {
        let HoldoutNeed::Hold {
            held_out, percent, ..
        } = holdout_needed(5_000, 0.05, 0.03)
        else {
            panic!("reachable");
        };
        let power = |k: usize| verdict_power(5_000 - k, k, 0.05, 0.08);
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
        // Reachable by the rates alone, but 40 customers rarely make ten buyers.
        assert_eq!(holdout_needed(40, 0.0, 0.3), HoldoutNeed::NotReachable);
    }

    #[test]
    fn a_holdout_below_half_the_segment_can_reach_what_half_does_not() {
        // 208 customers, 2% buying anyway, +10 points expected: sent 104, the rate of the
        // group sent varies too much; sent 122, enough.
        assert!(verdict_power(104, 104, 0.02, 0.12) < 0.8);
        let HoldoutNeed::Hold { held_out, .. } = holdout_needed(208, 0.02, 0.10) else {
            panic!("reachable below half");
        };
        assert_eq!(held_out, 86);
        assert!(verdict_power(122, 86, 0.02, 0.12) >= 0.8);
        assert!((10..86).all(|k| verdict_power(208 - k, k, 0.02, 0.12) < 0.8));
    }

    #[test]
    fn the_percentage_suggested_holds_out_enough_on_the_list() {
        // 18 of 50 are needed: 35 % of 50 is 17.5, 18 on the list.
        let HoldoutNeed::Hold {
            held_out, percent, ..
        } = holdout_needed(50, 0.10, 0.37)
        else {
            panic!("reachable");
        };
        assert_eq!((held_out, percent), (18, 35));
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
        assert!(text.contains("an uplift of 9.0 points or more"), "{text}");
        assert!(
            text.contains("The uplift of 3.0 points you expect cannot be shown"),
            "{text}"
        );
        let text = plan_holdout(5_000, 0.10, 0.05, Some(0.03)).to_string();
        assert!(
            text.contains("hold out at least 13% of the segment (641 customers)"),
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
            text.ends_with("halten Sie mindestens 13\u{a0}% des Segments zurück (641 Kunden)."),
            "{text}"
        );
        assert_eq!(
            plan_holdout(40, 0.05, 0.05, None).to_string(),
            plan_holdout(40, 0.05, 0.05, None).sentence(Language::English)
        );
    }
}
