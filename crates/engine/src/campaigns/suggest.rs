//! Campaign suggestions grounded in a segment's measured behaviour.
//!
//! A suggestion is built from the segment's figures, not its name: how long since its
//! customers last ordered compared with how often they usually order, whether they come
//! back, what they spend compared with the rest of the shop, and whether they wait for
//! discount codes. The offer is sized from what the segment already spends, and customers
//! who buy at full price are not handed a discount. Each suggestion says why, quoting the
//! numbers.

use super::figure;
use crate::basics::calendar::Date;
use crate::basics::money::Currency;
use crate::basics::stats::median;
use crate::features::seasons::Season;
use crate::features::values::value_in_sentence;
use crate::features::TIME_OF_DAY_PARTS;
use crate::features::{ids, FeatureTable};
use crate::insight::segments::SegmentSummary;
use segmenter_words::{Arg, Key, Language};
use serde::{Deserialize, Serialize};

/// A suggested campaign for one segment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// The segment.
    pub segment: String,
    /// What the campaign is for.
    pub objective: String,
    /// Who gets it and what is at stake.
    pub audience: String,
    /// What to offer.
    pub offer: String,
    /// Where to reach them.
    pub channel: String,
    /// When.
    pub timing: String,
    /// The message's angle.
    pub message: String,
    /// The figure that shows whether it worked.
    pub watch: String,
    /// The measured facts behind the suggestion.
    pub why: String,
}

/// What the whole shop looks like, to judge a segment against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShopBaseline {
    /// Median total spent per customer.
    pub median_monetary: f64,
    /// Median days between orders among repeat customers.
    pub median_interval: Option<f64>,
    /// The shop's currency.
    pub currency: Currency,
    /// The buying seasons, each at its next window after the reference date.
    pub seasons: Vec<UpcomingSeason>,
}

/// A buying season's next window, and how much of an average customer's buying falls in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpcomingSeason {
    /// The season's name, as shown in the features' language.
    pub name: String,
    /// Its next first day.
    pub starts: Date,
    /// Its next last day.
    pub ends: Date,
    /// The average customer's share of orders in it, 0–1.
    pub shop_share: f64,
}

impl ShopBaseline {
    /// The shop's medians, its currency and its buying seasons' next windows from the
    /// reference date on.
    pub fn of(
        features: &FeatureTable,
        seasons: &[Season],
        reference: Date,
        currency: &Currency,
    ) -> ShopBaseline {
        ShopBaseline {
            median_monetary: features
                .numbers(ids::MONETARY)
                .and_then(|v| median(v.iter().copied()))
                .unwrap_or(0.0),
            median_interval: features
                .numbers(ids::INTERVAL)
                .and_then(|v| median(v.iter().copied())),
            currency: currency.clone(),
            seasons: upcoming_seasons(seasons, reference, features),
        }
    }
}

/// Each season's next window from the reference date on, with the average customer's share
/// of orders in it.
fn upcoming_seasons(
    seasons: &[Season],
    reference: Date,
    features: &FeatureTable,
) -> Vec<UpcomingSeason> {
    seasons
        .iter()
        .filter_map(|season| {
            let (starts, ends) = season.next_window(reference)?;
            let shares = features.numbers(&ids::season_share(&season.name))?;
            let (sum, known) = shares
                .iter()
                .filter(|v| !v.is_nan())
                .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
            Some(UpcomingSeason {
                // As the features' labels show it, which is how segments name their season.
                name: season.shown_name(features.language),
                starts,
                ends,
                shop_share: sum / known.max(1) as f64,
            })
        })
        .collect()
}

/// A segment leans on a season when at least this share of its orders fall in it…
const SEASONAL_SHARE: f64 = 0.4;
/// …and at least this many times the average customer's share.
const SEASONAL_LEAN: f64 = 2.0;

/// The season a segment's customers mostly buy in, with their share of orders in it.
fn seasonal_lean<'a>(
    s: &SegmentSummary,
    base: &'a ShopBaseline,
) -> Option<(&'a UpcomingSeason, f64)> {
    let (name, share) = s.top_season.as_ref()?;
    let season = base.seasons.iter().find(|u| &u.name == name)?;
    (*share >= SEASONAL_SHARE && *share >= SEASONAL_LEAN * season.shop_share)
        .then_some((season, *share))
}

/// How recently a segment bought, relative to how often it buys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Activity {
    Active,
    Lapsing,
    Lapsed,
    Lost,
}

/// Whose days between orders a segment is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CycleOf {
    /// The segment's own median: enough of it reorders to tell.
    Segment,
    /// The shop's median: too few of the segment reorder.
    Shop,
    /// A quarter: nobody in the shop has reordered yet.
    Assumed,
}

/// Days a segment's customers usually take between orders, and whose figure it is: their
/// own median when they reorder, else the shop's, else a quarter. At least two days:
/// orders placed the same day make no cycle, and the sentences quoting it count in days.
fn buying_cycle(s: &SegmentSummary, base: &ShopBaseline) -> (f64, CycleOf) {
    let own = s
        .median_interval
        .filter(|_| s.repeat_share.unwrap_or(0.0) >= 0.3);
    let (days, of) = match (own, base.median_interval) {
        (Some(days), _) => (days, CycleOf::Segment),
        (None, Some(days)) => (days, CycleOf::Shop),
        (None, None) => (90.0, CycleOf::Assumed),
    };
    (days.max(2.0), of)
}

/// The shortest cycle a segment's activity is judged against. Customers who reorder every
/// few days would otherwise be lapsing after a quiet week; the campaign still quotes their
/// true cycle.
const SHORTEST_JUDGED_CYCLE: f64 = 7.0;

fn activity(recency: f64, cycle: f64) -> Activity {
    match recency / cycle.max(SHORTEST_JUDGED_CYCLE) {
        r if r <= 1.0 => Activity::Active,
        r if r <= 2.0 => Activity::Lapsing,
        r if r <= 4.0 => Activity::Lapsed,
        _ => Activity::Lost,
    }
}

/// What a segment's figures say, measured against the whole shop: the first step of a
/// suggestion.
#[derive(Clone, Debug, PartialEq)]
struct Measured<'a> {
    /// Median orders per customer.
    frequency: f64,
    /// Usual days between orders ([`buying_cycle`]).
    cycle: f64,
    cycle_of: CycleOf,
    activity: Activity,
    /// Median order value.
    aov: f64,
    /// Median spend over the shop's median customer's.
    value_ratio: f64,
    high_value: bool,
    repeat: bool,
    one_time: bool,
    discount_share: f64,
    /// Almost never uses a discount code.
    full_price: bool,
    /// Uses a code on half their orders or more.
    discount_minded: bool,
    /// The season they mostly buy in, and their share of orders in it.
    season: Option<(&'a UpcomingSeason, f64)>,
    /// Their repeat buyers' average chance of still being active, once predicted.
    p_alive: Option<f64>,
}

/// Below this average chance of still being active, a segment is let go whatever it was
/// worth: a discount would go to customers who have left for good.
const GONE_FOR_GOOD: f64 = 0.15;

/// Measures a segment; `None` when its customers have no order in the file.
fn measure<'a>(s: &SegmentSummary, base: &'a ShopBaseline) -> Option<Measured<'a>> {
    let frequency = s.median_frequency?;
    let (cycle, cycle_of) = buying_cycle(s, base);
    let discount_share = s.discount_share.unwrap_or(0.0);
    let value_ratio = s.median_monetary.unwrap_or(0.0) / base.median_monetary.max(0.01);
    Some(Measured {
        frequency,
        cycle,
        cycle_of,
        // Without order dates (a customer list with totals only) there is no recency: judge
        // the segment on value and loyalty alone, as if active.
        activity: s
            .median_recency
            .map_or(Activity::Active, |r| activity(r, cycle)),
        aov: s.median_aov.unwrap_or(0.0),
        value_ratio,
        high_value: value_ratio >= 1.5,
        repeat: frequency >= 3.0 || s.repeat_share.unwrap_or(0.0) >= 0.6,
        one_time: frequency < 2.0,
        discount_share,
        full_price: s.discount_share.is_some_and(|d| d <= 0.15),
        discount_minded: discount_share >= 0.5,
        season: seasonal_lean(s, base),
        p_alive: s.repeat_p_alive,
    })
}

/// The kind of campaign a segment's measures call for: the second step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// Active, repeat and valuable: keep them close, no discount.
    Cherish,
    /// Active after one order: earn the second.
    SecondOrder,
    /// Active: build the habit.
    Habit,
    /// Past their usual interval: win them back before they drift.
    WinBackSoon,
    /// Long gone but valuable or loyal: a personal win-back (a deeper offer when lost).
    PersonalWinBack {
        /// Gone more than four cycles.
        lost: bool,
    },
    /// Long gone, neither valuable nor loyal: one cheap try, then let go.
    LetGo,
}

fn choose_plan(m: &Measured) -> Plan {
    let gone_for_good = m.p_alive.is_some_and(|p| p < GONE_FOR_GOOD);
    match m.activity {
        Activity::Lapsed | Activity::Lost if gone_for_good => Plan::LetGo,
        Activity::Active if m.repeat && m.high_value => Plan::Cherish,
        Activity::Active if m.one_time => Plan::SecondOrder,
        Activity::Active => Plan::Habit,
        Activity::Lapsing => Plan::WinBackSoon,
        Activity::Lapsed | Activity::Lost if m.high_value || m.repeat => Plan::PersonalWinBack {
            lost: m.activity == Activity::Lost,
        },
        Activity::Lapsed | Activity::Lost => Plan::LetGo,
    }
}

/// Days after a first order by which the second-order campaign is usually sent.
const SECOND_ORDER_WINDOW: f64 = 14.0;

/// Suggests a campaign for a segment, written in `language`: measure it, choose a plan, put
/// both into words.
pub fn suggest(s: &SegmentSummary, base: &ShopBaseline, language: Language) -> Campaign {
    let words = Words {
        language,
        money: &base.currency,
    };
    match measure(s, base) {
        Some(measured) => in_words(s, &words, &measured, choose_plan(&measured)),
        None => first_order(s, &words),
    }
}

/// How a suggestion is written: the language, and the shop's currency for its amounts.
struct Words<'a> {
    language: Language,
    money: &'a Currency,
}

impl Words<'_> {
    fn text(&self, key: Key, args: &[(&str, Arg)]) -> String {
        self.language.text(key, args)
    }

    /// A whole percentage, `30%`.
    fn share(&self, share: f64) -> Arg<'static> {
        Arg::Text(self.language.percent_to(share, 0).into())
    }

    /// A figure with `places` decimals ([`figure`]).
    fn figure(&self, x: f64, places: usize) -> Arg<'static> {
        Arg::Text(figure(self.language, x, places).into())
    }

    /// A day as the language writes it in a sentence (`28 November 2025`).
    fn day(&self, day: Date) -> Arg<'static> {
        Arg::Text(day.written(self.language).into())
    }

    /// An amount in whole units of the shop's currency.
    fn whole(&self, amount: f64) -> Arg<'static> {
        Arg::Text(self.money.format_whole(amount).into())
    }

    /// A weekday as the features name it (`Tuesday`), in the language; a name the engine does
    /// not know is written as it is.
    fn weekday(&self, name: &str) -> String {
        value_in_sentence(ids::WEEKDAY, name, self.language)
    }

    /// A part of the day as the features name it (`Evening (18–24 h)`), in the language as
    /// it reads after a weekday; a name the engine does not know is written in lower case.
    fn part_of_day(&self, name: &str) -> String {
        if TIME_OF_DAY_PARTS.contains(&name) {
            value_in_sentence(ids::TIME_OF_DAY, name, self.language)
        } else {
            name.to_lowercase()
        }
    }
}

/// Who the campaign reaches and what they are worth, in one line.
fn audience(s: &SegmentSummary, w: &Words) -> String {
    w.text(
        Key::SuggestAudience,
        &[
            ("customers", Arg::Count(s.customers as u64)),
            ("spent", w.whole(s.revenue)),
            ("share", w.share(s.revenue_share)),
        ],
    )
}

/// The campaign for customers with no order in the file yet.
fn first_order(s: &SegmentSummary, w: &Words) -> Campaign {
    Campaign {
        segment: s.name.clone(),
        objective: w.text(Key::SuggestFirstObjective, &[]),
        audience: audience(s, w),
        offer: w.text(Key::SuggestFirstOffer, &[]),
        channel: w.text(Key::SuggestFirstChannel, &[]),
        timing: w.text(Key::SuggestFirstTiming, &[]),
        message: w.text(Key::SuggestFirstMessage, &[]),
        watch: w.text(Key::SuggestFirstWatch, &[]),
        why: w.text(Key::SuggestFirstWhy, &[]),
    }
}

/// Two sentences (or a sentence and a clause) one after the other.
fn then(first: String, next: &str) -> String {
    if next.is_empty() {
        first
    } else {
        format!("{first} {next}")
    }
}

/// The plan for a measured segment, in words quoting its figures: the last step.
fn in_words(s: &SegmentSummary, w: &Words, m: &Measured, plan: Plan) -> Campaign {
    let cycle = w.figure(m.cycle.round(), 0);
    // A day before the cycle's end at least, however short it is.
    let reorder_day = w.figure((m.cycle * 0.8).round().min(m.cycle.round() - 1.0), 0);
    let days = w.figure(s.median_recency.unwrap_or(0.0), 0);
    // Discounts are sized from what the segment spends: a percentage capped in money, or a
    // threshold just above their usual order to lift the basket.
    let capped = |pct: f64| {
        w.text(
            Key::SuggestCapped,
            &[
                ("percent", w.share(pct / 100.0)),
                ("cap", w.whole((m.aov * pct / 100.0).max(1.0))),
            ],
        )
    };
    let threshold = [("threshold", w.whole((m.aov * 1.25 / 5.0).ceil() * 5.0))];
    let no_discount_reason = if m.full_price {
        w.text(
            Key::SuggestFullPrice,
            &[("share", w.share(m.discount_share))],
        )
    } else {
        String::new()
    };
    let full_price = |key: Key, args: &[(&str, Arg)]| then(w.text(key, args), &no_discount_reason);
    let who = || {
        let who = if m.high_value { "big" } else { "regular" };
        ("who", Arg::from(who))
    };

    let (objective, offer, channel, timing, message, watch) = match plan {
        Plan::Cherish => (
            w.text(
                Key::SuggestCherishObjective,
                &[("ratio", w.figure(m.value_ratio, 1))],
            ),
            full_price(Key::SuggestCherishOffer, &threshold),
            Key::SuggestCherishChannel,
            w.text(
                Key::SuggestCherishTiming,
                &[("day", reorder_day), ("cycle", cycle)],
            ),
            Key::SuggestCherishMessage,
            Key::SuggestCherishWatch,
        ),
        Plan::SecondOrder => (
            w.text(Key::SuggestSecondObjective, &[("days", days.clone())]),
            if m.full_price {
                full_price(Key::SuggestSecondOfferFullPrice, &[])
            } else {
                w.text(
                    Key::SuggestSecondOffer,
                    &[("discount", capped(10.0).into())],
                )
            },
            Key::SuggestChannelEmail,
            // The usual window after a first order, unless most of them are already past it.
            match s.median_recency {
                Some(r) if r > SECOND_ORDER_WINDOW => {
                    w.text(Key::SuggestSecondTimingNow, &[("days", days.clone())])
                }
                _ => w.text(Key::SuggestSecondTiming, &[]),
            },
            Key::SuggestSecondMessage,
            Key::SuggestSecondWatch,
        ),
        Plan::Habit => (
            w.text(
                Key::SuggestHabitObjective,
                &[
                    ("orders", w.figure(m.frequency, 0)),
                    ("cycle", cycle.clone()),
                ],
            ),
            if m.full_price || !m.discount_minded {
                full_price(Key::SuggestHabitOffer, &threshold)
            } else {
                capped(10.0)
            },
            Key::SuggestChannelEmail,
            w.text(
                Key::SuggestHabitTiming,
                &[("cycle", cycle), ("day", reorder_day)],
            ),
            Key::SuggestHabitMessage,
            Key::SuggestHabitWatch,
        ),
        Plan::WinBackSoon => (
            w.text(
                match m.cycle_of {
                    CycleOf::Segment => Key::SuggestSoonObjective,
                    CycleOf::Shop => Key::SuggestSoonObjectiveShop,
                    CycleOf::Assumed => Key::SuggestSoonObjectiveAssumed,
                },
                &[("days", days), ("cycle", cycle.clone())],
            ),
            if m.full_price {
                full_price(Key::SuggestSoonOfferFullPrice, &[])
            } else {
                capped(10.0)
            },
            Key::SuggestSoonChannel,
            w.text(
                match m.cycle_of {
                    CycleOf::Segment => Key::SuggestSoonTiming,
                    CycleOf::Shop => Key::SuggestSoonTimingShop,
                    CycleOf::Assumed => Key::SuggestSoonTimingAssumed,
                },
                &[("cycle", cycle)],
            ),
            Key::SuggestSoonMessage,
            Key::SuggestSoonWatch,
        ),
        Plan::PersonalWinBack { lost } => (
            match (lost, m.p_alive) {
                (_, Some(p)) => w.text(
                    Key::SuggestPersonalObjectivePredicted,
                    &[who(), ("share", w.share(p)), ("days", days)],
                ),
                (false, None) => w.text(Key::SuggestPersonalObjective, &[who(), ("days", days)]),
                (true, None) => w.text(Key::SuggestPersonalObjectiveLost, &[who(), ("days", days)]),
            },
            if m.full_price {
                full_price(Key::SuggestPersonalOfferFullPrice, &[])
            } else {
                capped(if lost { 20.0 } else { 15.0 })
            },
            Key::SuggestPersonalChannel,
            w.text(Key::SuggestPersonalTiming, &[]),
            Key::SuggestPersonalMessage,
            Key::SuggestPersonalWatch,
        ),
        Plan::LetGo => (
            match m.p_alive {
                Some(p) if p < GONE_FOR_GOOD => w.text(
                    Key::SuggestLetGoObjectivePredicted,
                    &[("share", w.share(p))],
                ),
                _ => w.text(Key::SuggestLetGoObjective, &[("days", days)]),
            },
            if m.discount_minded {
                capped(10.0)
            } else {
                w.text(Key::SuggestLetGoOffer, &[])
            },
            Key::SuggestLetGoChannel,
            w.text(Key::SuggestLetGoTiming, &[]),
            Key::SuggestLetGoMessage,
            Key::SuggestLetGoWatch,
        ),
    };

    let mut why = why_figures(s, m, w);
    // What they like and when they buy, where the file says.
    let offer = match &s.top_category {
        Some((category, share)) if *share >= 0.3 && plan != Plan::LetGo => {
            let category = || ("category", Arg::from(category.as_str()));
            why = then(
                why,
                &w.text(
                    Key::SuggestFavouriteCategory,
                    &[category(), ("share", w.share(*share))],
                ),
            );
            then(offer, &w.text(Key::SuggestLeadWith, &[category()]))
        }
        _ => offer,
    };
    let offer = match &s.top_pair {
        Some((a, b)) if plan != Plan::LetGo => then(
            offer,
            &w.text(
                Key::SuggestPair,
                &[("first", a.as_str().into()), ("second", b.as_str().into())],
            ),
        ),
        _ => offer,
    };
    let when = match (&s.top_weekday, &s.top_time_of_day) {
        (Some((day, d)), Some((time, t))) if *d >= 0.25 && *t >= 0.4 => Some(w.text(
            Key::SuggestSendOnDayTime,
            &[
                ("day", w.weekday(day).into()),
                ("time", w.part_of_day(time).into()),
            ],
        )),
        (Some((day, d)), _) if *d >= 0.25 => {
            Some(w.text(Key::SuggestSendOnDay, &[("day", w.weekday(day).into())]))
        }
        _ => None,
    };
    let timing = match when {
        Some(when) => format!("{timing}; {when}"),
        None => timing,
    };
    // Seasonal buyers are reached before their season, whatever their recency says.
    let season_name = |season: &UpcomingSeason| ("season", Arg::from(season.name.clone()));
    let (timing, message) = match m.season {
        Some((season, share)) => {
            why = then(
                why,
                &w.text(
                    Key::SuggestSeasonWhy,
                    &[
                        ("share", w.share(share)),
                        season_name(season),
                        ("shop", w.share(season.shop_share)),
                    ],
                ),
            );
            (
                w.text(
                    Key::SuggestSeasonTiming,
                    &[
                        season_name(season),
                        ("starts", w.day(season.starts)),
                        ("ends", w.day(season.ends)),
                        ("send", w.day(season.starts.plus_days(-14))),
                    ],
                ),
                w.text(Key::SuggestSeasonMessage, &[season_name(season)]),
            )
        }
        None if s.median_recency.is_none() => {
            (w.text(Key::SuggestNoDatesTiming, &[]), w.text(message, &[]))
        }
        None => (timing, w.text(message, &[])),
    };
    Campaign {
        segment: s.name.clone(),
        objective,
        audience: audience(s, w),
        offer,
        channel: w.text(channel, &[]),
        timing,
        message,
        watch: w.text(watch, &[]),
        why,
    }
}

/// The measured facts behind a suggestion, quoting the segment's figures.
fn why_figures(s: &SegmentSummary, m: &Measured, w: &Words) -> String {
    let recency_fact = match s.median_recency {
        Some(r) => {
            let against = match m.cycle_of {
                CycleOf::Segment => Key::SuggestWhyRecency,
                CycleOf::Shop => Key::SuggestWhyRecencyShop,
                CycleOf::Assumed => Key::SuggestWhyRecencyAssumed,
            };
            w.text(
                against,
                &[("days", w.figure(r, 0)), ("cycle", w.figure(m.cycle, 0))],
            )
        }
        None => w.text(Key::SuggestWhyNoDates, &[]),
    };
    let mut why = then(
        recency_fact,
        &w.text(
            Key::SuggestWhyFigures,
            &[
                ("orders", w.figure(m.frequency, 1)),
                ("spent", w.whole(s.median_monetary.unwrap_or(0.0))),
                ("ratio", w.figure(m.value_ratio, 1)),
                ("order", w.money.format(m.aov).into()),
            ],
        ),
    );
    if let Some(d) = s.discount_share {
        why = then(
            why,
            &w.text(Key::SuggestWhyDiscount, &[("share", w.share(d))]),
        );
    }
    if let Some(r) = s.repeat_share {
        why = then(
            why,
            &w.text(Key::SuggestWhyRepeat, &[("share", w.share(r))]),
        );
    }
    if let Some(p) = m.p_alive {
        let alive = match s.predicted_value {
            Some(v) => w.text(
                Key::SuggestWhyAliveValue,
                &[("share", w.share(p)), ("value", w.whole(v))],
            ),
            None => w.text(Key::SuggestWhyAlive, &[("share", w.share(p))]),
        };
        why = then(why, &alive);
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::money::MoneyStyle;

    fn segment() -> SegmentSummary {
        SegmentSummary {
            name: "S".into(),
            customers: 120,
            customer_share: 0.1,
            revenue: 36_000.0,
            revenue_share: 0.3,
            median_recency: Some(20.0),
            median_frequency: Some(5.0),
            median_monetary: Some(300.0),
            median_aov: Some(60.0),
            median_interval: Some(30.0),
            median_tenure: Some(400.0),
            repeat_share: Some(0.9),
            discount_share: Some(0.05),
            top_season: Some(("Valentine's Day".into(), 0.1)),
            repeat_p_alive: None,
            expected_purchases: None,
            predicted_value: None,
            top_category: None,
            top_weekday: None,
            top_time_of_day: None,
            top_pair: None,
        }
    }

    fn base() -> ShopBaseline {
        ShopBaseline {
            median_monetary: 100.0,
            median_interval: Some(45.0),
            currency: Currency::from_mark("EUR"),
            seasons: vec![UpcomingSeason {
                name: "Black Friday to Cyber Monday".into(),
                starts: Date::from_ymd(2026, 11, 27).unwrap(),
                ends: Date::from_ymd(2026, 11, 30).unwrap(),
                shop_share: 0.08,
            }],
        }
    }

    #[test]
    fn seasonal_buyers_are_reached_two_weeks_before_their_season() {
        let s = SegmentSummary {
            top_season: Some(("Black Friday to Cyber Monday".into(), 0.6)),
            ..segment()
        };
        let c = suggest(&s, &base(), Language::English);
        assert_eq!(
            c.timing,
            "Before their season: Black Friday to Cyber Monday runs 27 November 2026 to \
             30 November 2026; send around 13 November 2026, two weeks ahead, and once more on \
             its first day"
        );
        let german = suggest(&s, &base(), Language::German).timing;
        assert!(
            german.contains("läuft vom 27. November 2026 bis 30. November 2026"),
            "{german}"
        );
        assert!(c.why.contains(
            "60% of their orders fall in Black Friday to Cyber Monday (an average customer: 8%)"
        ));
        // A season that is only slightly more than the average customer's is no lean.
        let s = SegmentSummary {
            top_season: Some(("Black Friday to Cyber Monday".into(), 0.12)),
            ..segment()
        };
        assert!(suggest(&s, &base(), Language::English)
            .timing
            .starts_with("Around day 24"));
    }

    #[test]
    fn loyal_full_price_buyers_get_no_discount_and_timing_from_their_interval() {
        let c = suggest(&segment(), &base(), Language::English);
        assert!(c.offer.starts_with("No discount"), "{}", c.offer);
        assert!(c.offer.contains("orders over €75"), "{}", c.offer);
        assert_eq!(
            c.timing,
            "Around day 24 after their last order, just before their usual 30-day reorder point"
        );
        assert!(c
            .why
            .contains("Median last order 20 days ago, against a usual 30 days"));
        assert!(c.why.contains("3.0× the shop's median customer"));
        assert!(c
            .audience
            .starts_with("120 customers who have spent €36,000"));
    }

    #[test]
    fn lapsed_valuable_discount_users_get_a_capped_discount() {
        let s = SegmentSummary {
            median_recency: Some(200.0),
            discount_share: Some(0.6),
            ..segment()
        };
        let c = suggest(&s, &base(), Language::English);
        assert_eq!(
            c.objective,
            "A last personal try with big spenders gone 200 days"
        );
        // 200 days is more than four 30-day cycles: lost, so the deeper 20%, capped at 20% of €60.
        assert_eq!(c.offer, "20% off their next order, capped at €12");
    }

    #[test]
    fn new_one_time_buyers_are_asked_for_a_second_order() {
        let s = SegmentSummary {
            median_recency: Some(10.0),
            median_frequency: Some(1.0),
            median_interval: None,
            repeat_share: Some(0.0),
            discount_share: Some(0.3),
            median_monetary: Some(80.0),
            median_aov: Some(80.0),
            ..segment()
        };
        let c = suggest(&s, &base(), Language::English);
        assert_eq!(c.objective, "Turn a first order 10 days ago into a second");
        // They have no days between orders of their own: the figure is the shop's, and says so.
        assert!(
            c.why.starts_with(
                "Median last order 10 days ago, against the shop's usual 45 days between orders;"
            ),
            "{}",
            c.why
        );
        // Past the shop's interval, they are past the shop's, not one of their own.
        let lapsing = SegmentSummary {
            median_recency: Some(60.0),
            ..s.clone()
        };
        let c = suggest(&lapsing, &base(), Language::English);
        assert_eq!(
            c.objective,
            "Win them back before they drift: 60 days since their last order, against the shop's usual 45"
        );
        assert_eq!(
            c.timing,
            "Now: they are past the shop's usual 45-day interval; follow up once after 10 days"
        );
        // Nobody in the shop has reordered yet: a quarter is assumed, and said to be.
        let first_customers = ShopBaseline {
            median_interval: None,
            ..base()
        };
        let quiet_longer = SegmentSummary {
            median_recency: Some(120.0),
            ..s.clone()
        };
        let c = suggest(&quiet_longer, &first_customers, Language::English);
        assert_eq!(
            c.objective,
            "Win them back before they drift: 120 days since their last order, more than the 90 days assumed between orders"
        );
        assert_eq!(
            c.timing,
            "Now: more than 90 days since their last order; follow up once after 10 days"
        );
        // Within the assumed quarter they are still asked for a second order, now rather than
        // in a window after the first that most of them passed long ago.
        let first_order_weeks_ago = SegmentSummary {
            median_recency: Some(40.0),
            ..s.clone()
        };
        let c = suggest(&first_order_weeks_ago, &first_customers, Language::English);
        assert_eq!(
            c.timing,
            "Now, 40 days after their first order, with one reminder 14 days later; for new customers, 7 to 14 days after their first order"
        );
        let c = suggest(&s, &first_customers, Language::English);
        assert_eq!(
            c.timing,
            "7 to 14 days after the first order, with one reminder at day 30"
        );
        assert!(
            c.why.starts_with(
                "Median last order 10 days ago; nobody has ordered twice yet, so 90 days between orders are assumed;"
            ),
            "{}",
            c.why
        );
        assert_eq!(
            c.offer,
            "10% off their next order, capped at €8, valid for 30 days"
        );
    }

    #[test]
    fn a_cycle_shorter_than_a_week_is_quoted_as_it_is_and_judged_against_a_week() {
        let weekly = SegmentSummary {
            median_interval: Some(5.0),
            median_recency: Some(6.0),
            ..segment()
        };
        // Six days after a five-day cycle is not yet lapsing: a quiet week is allowed.
        let c = suggest(&weekly, &base(), Language::English);
        assert_eq!(
            c.timing,
            "Around day 4 after their last order, just before their usual 5-day reorder point"
        );
        // Orders the same day make no cycle: two days are the least quoted, and the day to
        // send comes before their end.
        let same_day = SegmentSummary {
            median_interval: Some(0.0),
            ..weekly.clone()
        };
        let c = suggest(&same_day, &base(), Language::English);
        assert_eq!(
            c.timing,
            "Around day 1 after their last order, just before their usual 2-day reorder point"
        );
        let quiet = SegmentSummary {
            median_recency: Some(9.0),
            ..weekly
        };
        let c = suggest(&quiet, &base(), Language::English);
        assert_eq!(
            c.timing,
            "Now: they are past their usual 5-day interval; follow up once after 10 days"
        );
        assert!(
            c.why.starts_with(
                "Median last order 9 days ago, against a usual 5 days between orders;"
            ),
            "{}",
            c.why
        );
    }

    #[test]
    fn low_value_lost_customers_cost_little() {
        let s = SegmentSummary {
            median_recency: Some(500.0),
            median_frequency: Some(1.0),
            repeat_share: Some(0.1),
            median_monetary: Some(40.0),
            discount_share: Some(0.1),
            ..segment()
        };
        let c = suggest(&s, &base(), Language::English);
        assert_eq!(
            c.objective,
            "Low-cost reactivation after 500 days, then let go"
        );
        assert!(c.offer.contains("no discount"));
    }

    #[test]
    fn the_prediction_decides_between_winning_back_and_letting_go() {
        let lapsed = SegmentSummary {
            median_recency: Some(100.0),
            repeat_p_alive: Some(0.45),
            predicted_value: Some(5_400.0),
            ..segment()
        };
        let c = suggest(&lapsed, &base(), Language::English);
        assert_eq!(
            c.objective,
            "Win back big spenders while 45% of repeat buyers may still buy: 100 days quiet"
        );
        assert!(c.why.ends_with(
            "90% have ordered more than once. Of those who ordered on two days or more, the average chance they are still active is 45%; €5,400 predicted from the segment over the next year is at stake."
        ), "{}", c.why);
        // As valuable, but most have left for good: no discount thrown after them.
        let gone = SegmentSummary {
            repeat_p_alive: Some(0.08),
            ..lapsed
        };
        let c = suggest(&gone, &base(), Language::English);
        assert_eq!(
            c.objective,
            "Let go: only 8% of repeat buyers are likely to buy again"
        );
        assert!(!c.offer.contains('%'), "{}", c.offer);
    }

    #[test]
    fn the_offer_names_their_category_and_the_timing_their_day() {
        let s = SegmentSummary {
            top_category: Some(("Tea".into(), 0.55)),
            top_weekday: Some(("Tuesday".into(), 0.4)),
            top_time_of_day: Some(("Evening".into(), 0.6)),
            top_pair: Some(("Tea".into(), "Cups".into())),
            ..segment()
        };
        let c = suggest(&s, &base(), Language::English);
        assert!(
            c.offer.ends_with(
                " Lead with Tea. Show Cups to those who bought Tea: the two its customers most often buy together."
            ),
            "{}",
            c.offer
        );
        assert!(
            c.timing
                .ends_with("; send on a Tuesday evening, when most of them order"),
            "{}",
            c.timing
        );
        assert!(c
            .why
            .contains("Tea is the favourite category of 55% of them."));
    }

    #[test]
    fn suggestions_are_written_in_the_merchants_language() {
        let german = ShopBaseline {
            currency: Currency::from_mark("EUR").in_style(MoneyStyle::German),
            ..base()
        };
        let s = SegmentSummary {
            top_weekday: Some(("Tuesday".into(), 0.4)),
            top_time_of_day: Some(("Evening (18–24 h)".into(), 0.6)),
            ..segment()
        };
        let c = suggest(&s, &german, Language::German);
        assert_eq!(
            c.objective,
            "Diese Kunden mit 3,0-fachem Umsatz halten und ihnen Wertschätzung zeigen"
        );
        assert_eq!(
            c.audience,
            "120 Kunden, die bisher 36.000 € ausgegeben haben (30\u{a0}% des Umsatzes)"
        );
        assert!(c.offer.contains("ab 75 € Bestellwert"), "{}", c.offer);
        assert!(
            c.offer.ends_with("(5\u{a0}% ihrer Bestellungen mit Rabattcode), ein Rabatt würde also nur Marge verschenken."),
            "{}",
            c.offer
        );
        assert!(
            c.timing.ends_with("; am besten an einem Dienstag abends (18–24 Uhr) senden, wenn die meisten bestellen"),
            "{}",
            c.timing
        );
        assert!(
            c.why.starts_with("Letzte Bestellung im Median vor 20 Tagen, bei üblich 30 Tagen zwischen Bestellungen; im Median 5,0 Bestellungen"),
            "{}",
            c.why
        );
        // A lost big spender who uses codes, in French.
        let s = SegmentSummary {
            median_recency: Some(200.0),
            discount_share: Some(0.6),
            ..segment()
        };
        let french = ShopBaseline {
            currency: Currency::from_mark("EUR").in_style(MoneyStyle::French),
            ..base()
        };
        let c = suggest(&s, &french, Language::French);
        assert_eq!(
            c.objective,
            "Une dernière tentative personnelle auprès des gros acheteurs partis depuis 200 jours"
        );
        assert_eq!(
            c.offer,
            "20\u{202f}% de remise sur la prochaine commande, plafonnée à 12 €"
        );
    }

    #[test]
    fn a_seasonal_lean_is_found_when_the_seasons_are_named_in_german() {
        use crate::features::seasons::default_calendar;
        use crate::features::{order_features, FeatureOptions};
        use crate::insight::segments::summarize;
        use crate::reading::{read_table, ReadOptions};
        use crate::roles::propose_mapping;
        use crate::segmentation::scheme::{assign, Condition, Rule, Scheme};
        use crate::shop::bind;
        // A buys only before Valentine's Day (all of A's orders, against a quarter for the
        // average customer); B, C and D in summer.
        let csv = "customer_id,order_date,amount\nA,2024-02-05,50\nA,2024-02-10,50\n\
            B,2024-06-03,20\nC,2024-07-03,20\nD,2024-08-05,20\nB,2024-08-20,20\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let reference = Date::from_ymd(2024, 9, 1).unwrap();
        let only_a = Scheme {
            name: "A".into(),
            rules: vec![Rule {
                segment: "A".into(),
                when: Condition::between(ids::MONETARY, Some(100.0), None),
            }],
            otherwise: "Others".into(),
            period: None,
        };
        let timing = |language| {
            let options = FeatureOptions {
                language,
                ..FeatureOptions::default()
            };
            let features = order_features(&shop, reference, &options);
            let euros = Currency::from_mark("EUR");
            let base = ShopBaseline::of(&features, &default_calendar(), reference, &euros);
            let summaries = summarize(&assign(&only_a, &features).unwrap(), &features);
            suggest(&summaries[0], &base, language).timing
        };
        assert!(
            timing(Language::English).starts_with(
                "Before their season: Valentine's Day runs 1 February 2025 to 14 February 2025"
            ),
            "{}",
            timing(Language::English)
        );
        assert!(
            timing(Language::German).starts_with(
                "Vor ihrer Saison: Valentinstag läuft vom 1. Februar 2025 bis 14. Februar 2025"
            ),
            "{}",
            timing(Language::German)
        );
    }
}
