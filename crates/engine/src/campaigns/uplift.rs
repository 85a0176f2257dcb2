//! Campaign results: did the customers who were sent a campaign buy more than the ones held
//! out of it?
//!
//! A [`CampaignRecord`] is written when a campaign list is exported: who was sent it, who
//! was held out, and from which day. When the merchant later drops a newer orders file, each
//! record is measured against it ([`measure`]): the share of each group who ordered since the
//! send day and their revenue per customer, and the difference between the groups with a 95%
//! confidence interval.
//!
//! The measurement is built not to claim more than the figures hold:
//!
//! * **Sizes first.** Before any interval, the groups must be large enough to say anything
//!   ([`MIN_GROUP`] customers each, [`MIN_BUYERS`] buyers in all); otherwise the verdict is
//!   [`Verdict::TooSmallToTell`] and no difference is claimed either way.
//! * **One primary measure.** The verdict rests on the purchase rate alone. Revenue per
//!   customer is reported beside it, never as a second chance to find an effect: reading
//!   "rate or revenue" would nearly double the chance of a false claim.
//! * **Intervals that hold for small counts and extreme rates.** The rate uses Newcombe's
//!   hybrid score interval (his method 10: Wilson score intervals per group), which stays
//!   honest when a group's rate is 0 or 1, where the textbook (Wald) interval shrinks to
//!   nothing. Revenue uses Welch's t interval, flagged ([`RevenueCaution`]) when a group is
//!   too small for how skewed its revenue is.
//!
//! Both intervals agree with statsmodels and scipy (`tests/uplift/`).

pub use super::power::{MIN_BUYERS, MIN_GROUP};
pub use super::rates::{newcombe_interval, wilson_interval, Estimate};

use super::figure;
use super::power::detectable_uplift;
use crate::basics::calendar::Date;
use crate::basics::money::{Currency, Units};
use crate::basics::stats::t_quantile;
use crate::shop::Shop;
use segmenter_words::{Arg, Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

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
    /// What identifies the campaign whatever language it was exported in; `None` in
    /// records kept before there was one (read as before: by their names, [`Self::key`]).
    #[serde(default)]
    pub key: Option<CampaignKey>,
}

/// What identifies an exported campaign in every language, so that exporting it again
/// after the page changed language replaces its record instead of adding a second one.
///
/// Built-in schemes, their segments and suggested campaign names are named in the page's
/// language; their key is their name in English (what records held before the page spoke
/// other languages, so records exported in English keep matching). The merchant's own
/// names are their key as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignKey {
    /// The campaign.
    pub campaign: String,
    /// The scheme its segment belongs to.
    pub scheme: String,
    /// The segment it was sent to.
    pub segment: String,
}

impl CampaignRecord {
    /// What identifies the campaign: its key, or for a record kept before keys, its names.
    pub fn key(&self) -> CampaignKey {
        self.key.clone().unwrap_or_else(|| CampaignKey {
            campaign: self.campaign.clone(),
            scheme: self.scheme.clone(),
            segment: self.segment.clone(),
        })
    }

    /// Whether `other` records a send of the same campaign to the same segment of the same
    /// scheme (whatever language either was exported in): one replaces the other. A record
    /// kept before keys was named in the language of its page, English or not: it is also
    /// the same campaign as a record of the same names.
    pub fn same_campaign(&self, other: &CampaignRecord) -> bool {
        let kept_before_keys = self.key.is_none() || other.key.is_none();
        let same_names = (&self.campaign, &self.scheme, &self.segment)
            == (&other.campaign, &other.scheme, &other.segment);
        self.key() == other.key() || (kept_before_keys && same_names)
    }
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

/// One of the two groups of a campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    /// The customers sent the campaign.
    Sent,
    /// The customers held out of it.
    HeldOut,
}

/// Why a campaign's groups are too small for a verdict, with the figure that falls short.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shortfall {
    /// Fewer than [`MIN_GROUP`] customers were held out.
    HeldOut {
        /// Customers held out.
        customers: usize,
    },
    /// Fewer than [`MIN_GROUP`] customers were sent the campaign.
    Sent {
        /// Customers sent it.
        customers: usize,
    },
    /// Fewer than [`MIN_BUYERS`] customers of both groups ordered since the send day.
    Buyers {
        /// Buyers in both groups together.
        buyers: usize,
    },
}

/// What a campaign's measurement shows, decided on the purchase rate alone.
///
/// Its [`Sentence`] is the conclusion in one plain sentence (its `Display` the English one);
/// [`describe`] adds the figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// None of the record's customers appear in the newer file.
    NotInFile,
    /// The newer file has no orders from the send day on.
    NoOrdersSince,
    /// No customers were held out, so there is nothing to compare with.
    NoHoldout,
    /// The groups are too small to tell: no difference is claimed either way.
    TooSmallToTell(Shortfall),
    /// The purchase rate's 95% interval lies wholly above zero.
    MadeADifference,
    /// The purchase rate's 95% interval lies wholly below zero.
    MayHaveHurt,
    /// The purchase rate's 95% interval includes zero.
    NoClearDifference,
}

impl Verdict {
    /// Whether the verdict claims an effect (either way): the card to highlight.
    pub fn is_clear(&self) -> bool {
        matches!(self, Verdict::MadeADifference | Verdict::MayHaveHurt)
    }
}

impl Sentence for Verdict {
    fn sentence(&self, language: Language) -> String {
        let min = |n: usize| ("min", Arg::Count(n as u64));
        let count = |name, n: usize| (name, Arg::Count(n as u64));
        match self {
            Verdict::NotInFile => language.text(Key::SuggestUpliftNotInFile, &[]),
            Verdict::NoOrdersSince => language.text(Key::SuggestUpliftNoOrdersSince, &[]),
            Verdict::NoHoldout => language.text(Key::SuggestUpliftNoHoldout, &[]),
            Verdict::TooSmallToTell(Shortfall::HeldOut { customers }) => language.text(
                Key::SuggestUpliftTooFewHeldOut,
                &[count("customers", *customers), min(MIN_GROUP)],
            ),
            Verdict::TooSmallToTell(Shortfall::Sent { customers }) => language.text(
                Key::SuggestUpliftTooFewSent,
                &[count("customers", *customers), min(MIN_GROUP)],
            ),
            Verdict::TooSmallToTell(Shortfall::Buyers { buyers }) => language.text(
                Key::SuggestUpliftTooFewBuyers,
                &[count("buyers", *buyers), min(MIN_BUYERS)],
            ),
            Verdict::MadeADifference => language.text(Key::SuggestUpliftMadeADifference, &[]),
            Verdict::MayHaveHurt => language.text(Key::SuggestUpliftMayHaveHurt, &[]),
            Verdict::NoClearDifference => language.text(Key::SuggestUpliftNoClearDifference, &[]),
        }
    }
}

/// The verdict in English, as the command line and logs write it.
impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// Why the revenue interval is only a rough guide: a group too small for how skewed its
/// revenue per customer is.
///
/// The rule is Cochran's for when a mean is close enough to normal for a t interval,
/// n > 25·g₁² (g₁ the sample skewness; *Sampling Techniques*, 1977, §2.15), in the form
/// Sugden, Smith and Jones (2000) derived from the Edgeworth expansion, n > 28 + 25·g₁².
/// Its constant term is the familiar "about 30" for symmetric values; its second term
/// matters here, because revenue per customer is mostly zeros and a few orders, some large:
/// with 10% buying the same amount g₁ ≈ 2.7 and the rule asks for about 210 customers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevenueCaution {
    /// The group that falls shortest of the rule.
    pub group: Group,
    /// Its customers.
    pub customers: usize,
    /// The skewness g₁ of its revenue per customer.
    pub skewness: f64,
    /// The customers the rule asks for, given that skewness.
    pub needed: usize,
}

impl Sentence for RevenueCaution {
    fn sentence(&self, language: Language) -> String {
        let group = match self.group {
            Group::Sent => "sent",
            Group::HeldOut => "held-out",
        };
        language.text(
            Key::SuggestUpliftCaution,
            &[
                ("group", group.into()),
                ("customers", Arg::Count(self.customers as u64)),
                ("needed", Arg::Count(self.needed as u64)),
            ],
        )
    }
}

/// The caution in English, as the command line and logs write it.
impl fmt::Display for RevenueCaution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
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
    /// What the figures show, decided on the purchase rate (checked for size first).
    pub conclusion: Verdict,
    /// Purchase rate uplift, in rate points (0.04 = 4 points), with Newcombe's 95% interval:
    /// the measure the verdict rests on. `None` when the groups cannot give a verdict (see
    /// [`Verdict::TooSmallToTell`]).
    pub rate_uplift: Option<Estimate>,
    /// Revenue per customer uplift with Welch's 95% interval, reported beside the rate.
    /// `None` when the groups cannot give a verdict, or revenue does not vary at all.
    pub revenue_uplift: Option<Estimate>,
    /// Set when the revenue interval is only a rough guide.
    pub revenue_caution: Option<RevenueCaution>,
    /// The smallest uplift in purchase rate these groups could detect (80% power, 5% level,
    /// the held-out group's rate as the baseline): what a "cannot be told apart from zero"
    /// may have missed. `None` when the groups cannot give a verdict.
    pub detectable: Option<f64>,
    /// Customers of the record found in the newer file at all.
    pub found: usize,
    /// What it means, in plain words with the figures ([`describe`]).
    pub verdict: String,
}

/// Measures a campaign against the orders of a newer file, counting orders placed on or
/// after the send day; the verdict is written in `language`.
///
/// The groups' sizes are checked before anything is estimated (see [`MIN_GROUP`] and
/// [`MIN_BUYERS`]); then the verdict is decided on the purchase rate's Newcombe interval,
/// and revenue per customer is reported beside it with Welch's interval.
pub fn measure(
    record: &CampaignRecord,
    shop: &Shop,
    currency: &Currency,
    language: Language,
) -> CampaignResult {
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
    // Net of the refunds made since (rows of their own, not purchases), as spend in a period
    // nets them.
    let refunds = &shop.customers.refunds;
    for r in 0..refunds.len() {
        if refunds.date[r] >= record.sent {
            let entry = &mut since[refunds.customer[r] as usize];
            entry.1 = entry.1 - Units::of(refunds.amount[r]);
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
    let mut result = CampaignResult {
        campaign: record.campaign.clone(),
        segment: record.segment.clone(),
        sent: record.sent,
        until,
        conclusion: Verdict::NoClearDifference,
        rate_uplift: None,
        revenue_uplift: None,
        revenue_caution: None,
        detectable: None,
        found,
        verdict: String::new(),
        treated,
        holdout,
    };
    match screen(&result) {
        Some(cannot) => result.conclusion = cannot,
        None => {
            let (t, h) = (&result.treated, &result.holdout);
            let rate = newcombe_interval(t.buyers, t.customers, h.buyers, h.customers);
            result.conclusion = match rate {
                Some(r) if r.low > 0.0 => Verdict::MadeADifference,
                Some(r) if r.high < 0.0 => Verdict::MayHaveHurt,
                _ => Verdict::NoClearDifference,
            };
            result.rate_uplift = rate;
            result.detectable = detectable_uplift(t.customers, h.customers, h.purchase_rate);
            result.revenue_uplift = welch_interval(&treated_revenue, &holdout_revenue);
            result.revenue_caution = revenue_caution(&treated_revenue, &holdout_revenue);
        }
    }
    result.verdict = describe(&result, currency, language);
    result
}

/// The checks that come before any estimate: whether the file and the groups can answer
/// at all (`None` when they can).
fn screen(r: &CampaignResult) -> Option<Verdict> {
    let (t, h) = (&r.treated, &r.holdout);
    if r.found == 0 {
        Some(Verdict::NotInFile)
    } else if r.until.is_none_or(|u| u < r.sent) {
        Some(Verdict::NoOrdersSince)
    } else if h.customers == 0 {
        Some(Verdict::NoHoldout)
    } else if h.customers < MIN_GROUP {
        Some(Verdict::TooSmallToTell(Shortfall::HeldOut {
            customers: h.customers,
        }))
    } else if t.customers < MIN_GROUP {
        Some(Verdict::TooSmallToTell(Shortfall::Sent {
            customers: t.customers,
        }))
    } else if t.buyers + h.buyers < MIN_BUYERS {
        Some(Verdict::TooSmallToTell(Shortfall::Buyers {
            buyers: t.buyers + h.buyers,
        }))
    } else {
        None
    }
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

/// The mean and unbiased variance of some values (`None` for fewer than two).
fn mean_and_variance(values: &[f64]) -> Option<(f64, f64)> {
    if values.len() < 2 {
        return None;
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0);
    Some((mean, variance))
}

/// The difference of mean revenue per customer, sent minus held out, with Welch's 95% t
/// interval (unequal variances, Welch–Satterthwaite degrees of freedom): what
/// `scipy.stats.ttest_ind(sent, held_out, equal_var=False).confidence_interval(0.95)` gives.
///
/// `None` when a group has fewer than two customers or no customer's revenue differs from
/// another's in either group (no spread to build an interval on). Check
/// [`revenue_caution`] before leaning on it.
pub fn welch_interval(sent: &[f64], held_out: &[f64]) -> Option<Estimate> {
    let (mean1, var1) = mean_and_variance(sent)?;
    let (mean2, var2) = mean_and_variance(held_out)?;
    let (n1, n2) = (sent.len() as f64, held_out.len() as f64);
    let (a, b) = (var1 / n1, var2 / n2);
    let standard_error = (a + b).sqrt();
    if standard_error.is_nan() || standard_error <= 0.0 {
        return None;
    }
    let df = (a + b).powi(2) / (a * a / (n1 - 1.0) + b * b / (n2 - 1.0));
    let half = t_quantile(0.975, df) * standard_error;
    let difference = mean1 - mean2;
    Some(Estimate {
        difference,
        low: difference - half,
        high: difference + half,
    })
}

/// The sample skewness g₁ = m₃ / m₂^(3/2), with the moments about the mean divided by n
/// (`scipy.stats.skew`'s default); 0 when all values are equal.
pub fn skewness(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let moment = |k: i32| values.iter().map(|v| (v - mean).powi(k)).sum::<f64>() / n;
    let m2 = moment(2);
    if m2 <= 0.0 {
        return 0.0;
    }
    moment(3) / m2.powf(1.5)
}

/// Whether Welch's revenue interval is only a rough guide: a group with n ≤ 28 + 25·g₁²
/// (see [`RevenueCaution`] for the rule and why). Names the group that falls furthest
/// short; `None` when both groups are large enough for their skew.
pub fn revenue_caution(sent: &[f64], held_out: &[f64]) -> Option<RevenueCaution> {
    [(Group::Sent, sent), (Group::HeldOut, held_out)]
        .into_iter()
        .filter_map(|(group, values)| {
            let skewness = skewness(values);
            // The smallest whole n with n > 28 + 25·g₁².
            let needed = (28.0 + 25.0 * skewness * skewness).floor() as usize + 1;
            (values.len() < needed).then_some(RevenueCaution {
                group,
                customers: values.len(),
                skewness,
                needed,
            })
        })
        .max_by(|a, b| {
            let shortfall = |c: &RevenueCaution| c.needed as f64 / c.customers.max(1) as f64;
            shortfall(a).total_cmp(&shortfall(b))
        })
}

/// A difference of rates in percentage points, with a sign (and a true minus): `+4.0`,
/// `−17.2`.
pub fn signed_points(difference: f64) -> String {
    signed_points_in(Language::English, difference)
}

/// [`signed_points`] with the language's decimal mark: `+4,0` in German.
fn signed_points_in(language: Language, difference: f64) -> String {
    let points = (difference * 1000.0).round() / 10.0;
    if points < 0.0 {
        format!("−{}", figure(language, -points, 1))
    } else {
        format!("+{}", figure(language, points, 1))
    }
}

/// Says in plain words, in `language`, quoting the figures, what a measured campaign shows:
/// the verdict's sentence first (the one to set in bold), then the purchase rates and their
/// difference, then revenue per customer beside them, with its caution if any. This is
/// [`CampaignResult::verdict`].
pub fn describe(r: &CampaignResult, currency: &Currency, language: Language) -> String {
    let text = |key: Key, args: &[(&str, Arg)]| language.text(key, args);
    let rate = |x: f64| Arg::Text(language.percent(x).into());
    let points = |x: f64| Arg::Text(signed_points_in(language, x).into());
    let money = |x: f64| {
        let sign = if x < 0.0 { "−" } else { "+" };
        Arg::Text(format!("{sign}{}", currency.format(x.abs())).into())
    };
    let (t, h) = (&r.treated, &r.holdout);
    let conclusion = r.conclusion.sentence(language);
    let then = |first: String, next: String| format!("{first} {next}");
    match r.conclusion {
        Verdict::NotInFile => return then(conclusion, text(Key::SuggestUpliftSameShop, &[])),
        Verdict::NoOrdersSince => {
            return then(
                conclusion,
                text(
                    Key::SuggestUpliftCoverWeeks,
                    &[("day", r.sent.to_string().into())],
                ),
            )
        }
        Verdict::NoHoldout => return then(conclusion, text(Key::SuggestUpliftExportHoldout, &[])),
        Verdict::TooSmallToTell(shortfall) => {
            let advice = match shortfall {
                Shortfall::HeldOut { .. } | Shortfall::Sent { .. } => text(
                    Key::SuggestUpliftKeepGroups,
                    &[("min", Arg::Count(MIN_GROUP as u64))],
                ),
                Shortfall::Buyers { .. } => text(Key::SuggestUpliftWait, &[]),
            };
            let figures = text(
                Key::SuggestUpliftTooSmall,
                &[
                    ("sent-rate", rate(t.purchase_rate)),
                    ("sent", Arg::Count(t.customers as u64)),
                    ("held-rate", rate(h.purchase_rate)),
                    ("held", Arg::Count(h.customers as u64)),
                ],
            );
            return then(then(conclusion, figures), advice);
        }
        Verdict::MadeADifference | Verdict::MayHaveHurt | Verdict::NoClearDifference => {}
    }
    let mut sentences = vec![conclusion];
    if let Some(uplift) = r.rate_uplift {
        sentences.push(text(
            Key::SuggestUpliftRates,
            &[
                ("sent-rate", rate(t.purchase_rate)),
                ("held-rate", rate(h.purchase_rate)),
                ("difference", points(uplift.difference)),
                ("low", points(uplift.low)),
                ("high", points(uplift.high)),
            ],
        ));
    }
    if r.conclusion == Verdict::NoClearDifference {
        sentences.push(match r.detectable {
            Some(d) => text(
                Key::SuggestUpliftDetectable,
                &[("uplift", figure(language, d * 100.0, 1).into())],
            ),
            None => text(Key::SuggestUpliftUndetectable, &[]),
        });
    }
    let per_customer = [
        ("sent", Arg::from(currency.format(t.revenue_per_customer))),
        ("held", Arg::from(currency.format(h.revenue_per_customer))),
    ];
    sentences.push(match r.revenue_uplift {
        Some(revenue) => {
            let [sent, held] = per_customer;
            text(
                Key::SuggestUpliftRevenueInterval,
                &[
                    sent,
                    held,
                    ("difference", money(revenue.difference)),
                    ("low", money(revenue.low)),
                    ("high", money(revenue.high)),
                ],
            )
        }
        None => text(Key::SuggestUpliftRevenue, &per_customer),
    });
    if let Some(caution) = r.revenue_caution {
        sentences.push(caution.sentence(language));
    }
    if r.conclusion == Verdict::NoClearDifference && r.revenue_uplift.is_some_and(|e| e.is_clear())
    {
        sentences.push(text(Key::SuggestUpliftRateAlone, &[]));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    /// One group of a fixture: customers, how many of them ordered after the send day, and
    /// what each of those spent.
    struct Side {
        customers: usize,
        buyers: usize,
        spent: f64,
    }

    fn side(customers: usize, buyers: usize, spent: f64) -> Side {
        Side {
            customers,
            buyers,
            spent,
        }
    }

    /// A newer file in which the first `buyers` of each group ordered `spent` on 5 March
    /// 2026, after a send on 1 March, and everyone ordered €30 once before it; the file runs
    /// to 20 March.
    fn fixture(sent: Side, held: Side) -> (CampaignRecord, Shop) {
        let treated: Vec<String> = (0..sent.customers).map(|i| format!("t{i}")).collect();
        let holdout: Vec<String> = (0..held.customers).map(|i| format!("h{i}")).collect();
        // Someone outside the campaign ordered after the send day, so the file always
        // covers it even when no one in the groups did.
        let mut csv = String::from(
            "order_id,customer_id,order_date,amount\nother-1,other,2026-03-20,10.00\n",
        );
        for (i, key) in treated.iter().chain(&holdout).enumerate() {
            csv.push_str(&format!("old{i},{key},2026-01-10,30.00\n"));
        }
        for (keys, group) in [(&treated, &sent), (&holdout, &held)] {
            for key in keys.iter().take(group.buyers) {
                csv.push_str(&format!("new-{key},{key},2026-03-05,{:.2}\n", group.spent));
            }
        }
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let record = CampaignRecord {
            campaign: "Spring win-back".into(),
            scheme: "RFM segments".into(),
            segment: "At Risk".into(),
            sent: Date::from_ymd(2026, 3, 1).unwrap(),
            holdout_share: held.customers as f64 / (sent.customers + held.customers) as f64,
            treated,
            holdout,
            key: None,
        };
        (record, shop)
    }

    fn measured(sent: Side, held: Side) -> CampaignResult {
        let (record, shop) = fixture(sent, held);
        measure(
            &record,
            &shop,
            &Currency::from_mark("EUR"),
            Language::English,
        )
    }

    /// |got − want| relative to |want|.
    fn off(got: f64, want: f64) -> f64 {
        (got - want).abs() / want.abs()
    }

    #[test]
    fn a_clear_uplift_and_its_intervals_match_statsmodels_and_scipy() {
        let r = measured(side(1000, 200, 50.0), side(100, 5, 50.0));
        assert_eq!(
            (r.treated.buyers, r.holdout.buyers, r.found),
            (200, 5, 1100)
        );
        // statsmodels confint_proportions_2indep(200, 1000, 5, 100, method="newcomb").
        let rate = r.rate_uplift.unwrap();
        assert!((rate.difference - 0.15).abs() < 1e-12);
        assert!(off(rate.low, 0.08388523382563458) < 1e-9, "{rate:?}");
        assert!(off(rate.high, 0.1884909719869583) < 1e-9, "{rate:?}");
        // scipy ttest_ind(equal_var=False).confidence_interval(0.95) on the revenues.
        let revenue = r.revenue_uplift.unwrap();
        assert!((revenue.difference - 7.5).abs() < 1e-9);
        assert!(off(revenue.low, 5.003557739444849) < 1e-9, "{revenue:?}");
        assert!(off(revenue.high, 9.99644226055515) < 1e-9, "{revenue:?}");
        // Five €50 buyers of 100: skewness 4.13, so the rule asks for 455 customers.
        let caution = r.revenue_caution.unwrap();
        assert_eq!(
            (caution.group, caution.customers, caution.needed),
            (Group::HeldOut, 100, 455)
        );
        assert_eq!(r.conclusion, Verdict::MadeADifference);
        assert!(r.conclusion.is_clear());
        assert!(
            r.verdict.starts_with("The campaign made a difference"),
            "{}",
            r.verdict
        );
        assert!(
            r.verdict.contains(
                "20.0% of the customers sent the campaign ordered, against 5.0% of those held \
                 out: +15.0 points (95% interval +8.4 to +18.8)."
            ),
            "{}",
            r.verdict
        );
        assert!(
            r.verdict.contains("about 455 would be needed"),
            "{}",
            r.verdict
        );
    }

    #[test]
    fn an_effect_within_noise_is_called_so() {
        // 10% against 5% of 100: the textbook (Wald) interval, 0.003 to 0.097, called this
        // a clear uplift; Newcombe's reaches below zero.
        let r = measured(side(1000, 100, 50.0), side(100, 5, 50.0));
        let rate = r.rate_uplift.unwrap();
        assert!(off(rate.low, -0.014071893749597955) < 1e-9, "{rate:?}");
        assert_eq!(r.conclusion, Verdict::NoClearDifference);
        assert!(!r.conclusion.is_clear());
        assert!(
            r.verdict
                .starts_with("The difference cannot be told apart from zero yet."),
            "{}",
            r.verdict
        );
        let detectable = detectable_uplift(1000, 100, 0.05).unwrap();
        assert_eq!(r.detectable, Some(detectable));
        assert!(
            r.verdict.contains(&format!(
                "only an uplift of about {:.1} points or more",
                detectable * 100.0
            )),
            "{}",
            r.verdict
        );
    }

    #[test]
    fn a_three_customer_holdout_with_no_buyers_never_reads_made_a_difference() {
        // The old Wald interval had no width at a held-out rate of 0; and 900 of 1,000
        // against 0 of 3 is clear even by Newcombe's interval. The size check comes first.
        for buyers in [0, 1, 108, 900, 1000] {
            let r = measured(side(1000, buyers, 50.0), side(3, 0, 0.0));
            assert_eq!(
                r.conclusion,
                Verdict::TooSmallToTell(Shortfall::HeldOut { customers: 3 })
            );
            assert!(!r.conclusion.is_clear());
            assert_eq!((r.rate_uplift, r.revenue_uplift), (None, None));
            assert!(
                r.verdict
                    .starts_with("Too few customers were held out to tell"),
                "{}",
                r.verdict
            );
            assert!(
                r.verdict.contains("no difference is claimed"),
                "{}",
                r.verdict
            );
        }
        assert!(newcombe_interval(900, 1000, 0, 3).unwrap().is_clear());
    }

    #[test]
    fn group_sizes_are_checked_before_any_verdict() {
        // 9 of 10 against 0 of 10 is clear by Newcombe's interval (low end +0.49), but rests
        // on nine orders.
        assert!(newcombe_interval(9, 10, 0, 10).unwrap().is_clear());
        let r = measured(side(10, 9, 50.0), side(10, 0, 0.0));
        assert_eq!(
            r.conclusion,
            Verdict::TooSmallToTell(Shortfall::Buyers { buyers: 9 })
        );
        assert!(r.verdict.contains("Wait for more orders"), "{}", r.verdict);
        let r = measured(side(6, 6, 50.0), side(100, 5, 50.0));
        assert_eq!(
            r.conclusion,
            Verdict::TooSmallToTell(Shortfall::Sent { customers: 6 })
        );
        // At the minimums a verdict is drawn.
        let r = measured(side(10, 10, 50.0), side(10, 0, 0.0));
        assert_eq!(r.conclusion, Verdict::MadeADifference);
    }

    #[test]
    fn revenue_alone_is_not_a_finding() {
        // The same 10% bought in both groups, but the customers sent the campaign spent
        // four times as much: a clear revenue interval, and still no verdict of a difference.
        let r = measured(side(1000, 100, 200.0), side(100, 10, 50.0));
        let revenue = r.revenue_uplift.unwrap();
        assert!(revenue.is_clear());
        assert!(off(revenue.low, 10.237944893793003) < 1e-9, "{revenue:?}");
        assert_eq!(r.conclusion, Verdict::NoClearDifference);
        assert!(
            r.verdict
                .contains("The verdict rests on the purchase rate alone"),
            "{}",
            r.verdict
        );
    }

    #[test]
    fn revenue_is_net_of_the_refunds_made_since_the_send_day() {
        let (record, _) = fixture(side(20, 0, 0.0), side(10, 0, 0.0));
        // t0 buys for 50 and sends it back; t1 buys for 30; t2's refund of an order before
        // the send day was made before it too.
        let csv = "order_id,customer_id,order_date,amount\n\
                   1,t0,2026-03-05,50.00\n2,t0,2026-03-08,-50.00\n3,t1,2026-03-06,30.00\n\
                   4,t2,2026-01-10,30.00\n5,t2,2026-02-01,-30.00\n6,h0,2026-03-20,10.00\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let r = measure(
            &record,
            &shop,
            &Currency::from_mark("EUR"),
            Language::English,
        );
        assert_eq!(r.treated.revenue, 30.0);
        // A refund is not a purchase: t0 still ordered since the send day.
        assert_eq!(r.treated.buyers, 2);
        assert_eq!(r.holdout.revenue, 10.0);
    }

    #[test]
    fn flat_revenue_has_no_interval() {
        // Everyone in both groups ordered €50: nothing varies, so no interval is made up.
        let r = measured(side(20, 20, 50.0), side(10, 10, 50.0));
        assert_eq!(r.revenue_uplift, None);
        assert!(
            r.verdict.contains("€50.00 sent, €50.00 held out."),
            "{}",
            r.verdict
        );
    }

    #[test]
    fn files_that_cannot_answer_say_why() {
        let (mut record, shop) = fixture(side(1000, 100, 50.0), side(100, 5, 50.0));
        let eur = Currency::from_mark("EUR");
        record.sent = Date::from_ymd(2026, 6, 1).unwrap();
        let r = measure(&record, &shop, &eur, Language::English);
        assert_eq!(r.conclusion, Verdict::NoOrdersSince);
        assert!(r.verdict.starts_with("The newer file has no orders since"));
        record.holdout.clear();
        record.sent = Date::from_ymd(2026, 3, 1).unwrap();
        let r = measure(&record, &shop, &eur, Language::English);
        assert_eq!(r.conclusion, Verdict::NoHoldout);
        assert!(r.verdict.starts_with("No customers were held out"));
        record.treated = vec!["someone-else".into()];
        let r = measure(&record, &shop, &eur, Language::English);
        assert_eq!(r.conclusion, Verdict::NotInFile);
        assert!(r.verdict.starts_with("None of this campaign's customers"));
    }

    #[test]
    fn verdicts_read_in_the_merchants_language() {
        let (record, shop) = fixture(side(1000, 200, 50.0), side(100, 5, 50.0));
        let eur = Currency::from_mark("EUR").in_style(crate::basics::money::MoneyStyle::French);
        let r = measure(&record, &shop, &eur, Language::French);
        assert!(
            r.verdict.starts_with(
                "La campagne a changé quelque chose : la hausse du taux d’achat est nettement \
                 au-dessus de zéro. 20,0\u{202f}% des clients qui ont reçu la campagne ont \
                 commandé, contre 5,0\u{202f}% de ceux mis de côté : +15,0 points (intervalle \
                 à 95\u{202f}% de +8,4 à +18,8)."
            ),
            "{}",
            r.verdict
        );
        assert!(
            r.verdict.contains("il en faudrait environ 455."),
            "{}",
            r.verdict
        );
        let small = Verdict::TooSmallToTell(Shortfall::Buyers { buyers: 9 });
        assert_eq!(
            small.sentence(Language::German),
            "Seit dem Versandtag haben zu wenige Kunden bestellt, um zu sagen, ob die Kampagne \
             etwas bewirkt hat: 9 in beiden Gruppen zusammen, nötig sind mindestens 10."
        );
        assert_eq!(small.to_string(), small.sentence(Language::English));
    }
}
