//! Campaign suggestions grounded in a segment's measured behaviour.
//!
//! A suggestion is built from the segment's figures, not its name: how long since its
//! customers last ordered compared with how often they usually order, whether they come
//! back, what they spend compared with the rest of the shop, and whether they wait for
//! discount codes. The offer is sized from what the segment already spends, and customers
//! who buy at full price are not handed a discount. Each suggestion says why, quoting the
//! numbers.

use crate::basics::calendar::Date;
use crate::basics::money::{group_thousands, Currency};
use crate::basics::stats::median;
use crate::features::seasons::Season;
use crate::features::{ids, FeatureTable};
use crate::insight::segments::SegmentSummary;
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
    /// The season's name.
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
                name: season.name.clone(),
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

/// Days a segment's customers usually take between orders: their own median when they
/// reorder, else the shop's, else a quarter.
fn buying_cycle(s: &SegmentSummary, base: &ShopBaseline) -> f64 {
    s.median_interval
        .filter(|_| s.repeat_share.unwrap_or(0.0) >= 0.3)
        .or(base.median_interval)
        .unwrap_or(90.0)
        .max(7.0)
}

fn activity(recency: f64, cycle: f64) -> Activity {
    match recency / cycle {
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
    /// Their average chance of still being active, once predicted.
    p_alive: Option<f64>,
}

/// Below this average chance of still being active, a segment is let go whatever it was
/// worth: a discount would go to customers who have left for good.
const GONE_FOR_GOOD: f64 = 0.15;

/// Measures a segment; `None` when its customers have no order in the file.
fn measure<'a>(s: &SegmentSummary, base: &'a ShopBaseline) -> Option<Measured<'a>> {
    let frequency = s.median_frequency?;
    let cycle = buying_cycle(s, base);
    let discount_share = s.discount_share.unwrap_or(0.0);
    let value_ratio = s.median_monetary.unwrap_or(0.0) / base.median_monetary.max(0.01);
    Some(Measured {
        frequency,
        cycle,
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
        p_alive: s.mean_p_alive,
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

/// Suggests a campaign for a segment: measure it, choose a plan, put both into words.
pub fn suggest(s: &SegmentSummary, base: &ShopBaseline) -> Campaign {
    match measure(s, base) {
        Some(measured) => in_words(s, base, &measured, choose_plan(&measured)),
        None => first_order(s, base),
    }
}

/// Who the campaign reaches and what they are worth, in one line.
fn audience(s: &SegmentSummary, money: &Currency) -> String {
    format!(
        "{} customers who have spent {} so far ({:.0}% of revenue)",
        group_thousands(&s.customers.to_string()),
        money.format_whole(s.revenue),
        s.revenue_share * 100.0
    )
}

/// The campaign for customers with no order in the file yet.
fn first_order(s: &SegmentSummary, base: &ShopBaseline) -> Campaign {
    Campaign {
        segment: s.name.clone(),
        objective: "Win a first order".into(),
        audience: audience(s, &base.currency),
        offer: "A welcome offer for a first order, such as free shipping".into(),
        channel: "E-mail, if they agreed to marketing".into(),
        timing: "A short welcome series: now, after 3 days and after 10 days".into(),
        message: "What the shop is known for, and why customers come back".into(),
        watch: "Share who place a first order within 30 days".into(),
        why: "These customers have no order in this file, so there is no purchase behaviour to build on yet.".into(),
    }
}

/// The plan for a measured segment, in words quoting its figures: the last step.
fn in_words(s: &SegmentSummary, base: &ShopBaseline, m: &Measured, plan: Plan) -> Campaign {
    let money = &base.currency;
    let cycle = m.cycle;
    // Discounts are sized from what the segment spends: a percentage capped in money, or a
    // threshold just above their usual order to lift the basket.
    let capped = |pct: f64| {
        format!(
            "{pct:.0}% off their next order, capped at {}",
            money.format_whole((m.aov * pct / 100.0).max(1.0))
        )
    };
    let threshold = money.format_whole((m.aov * 1.25 / 5.0).ceil() * 5.0);
    let no_discount_reason = if m.full_price {
        format!(
            " They already buy at full price ({:.0}% of their orders used a code), so a discount would only give margin away.",
            m.discount_share * 100.0
        )
    } else {
        String::new()
    };

    let recency = s.median_recency.unwrap_or(0.0);
    let (objective, offer, channel, timing, message, watch) = match plan {
        Plan::Cherish => (
            format!("Keep these {:.1}× customers buying and make them feel valued", m.value_ratio),
            format!("No discount: early access to new products, a thank-you gift with orders over {threshold}, or double loyalty points.{no_discount_reason}"),
            "E-mail, plus a personal touch such as a handwritten note in the next parcel",
            format!("Around day {:.0} after their last order, just before their usual {:.0}-day reorder point", (cycle * 0.8).round(), cycle.round()),
            "Insider treatment: they hear first, they get something others do not",
            "Repeat purchase rate and average order value over the next cycle",
        ),
        Plan::SecondOrder => (
            format!("Turn a first order {recency:.0} days ago into a second"),
            if m.full_price {
                format!("Free shipping on the second order, or a product recommendation based on the first.{no_discount_reason}")
            } else {
                format!("{}, valid for 30 days", capped(10.0))
            },
            "E-mail",
            "7 to 14 days after the first order, with one reminder at day 30".to_string(),
            "Thank them, show what other customers buy next, make the second order easy",
            "Share of the segment placing a second order within 60 days",
        ),
        Plan::Habit => (
            format!("Build the habit: from {:.0} orders to more, every {:.0} days", m.frequency, cycle.round()),
            if m.full_price || !m.discount_minded {
                format!("A bundle or a gift with orders over {threshold}, to grow the basket rather than cut the price.{no_discount_reason}")
            } else {
                capped(10.0)
            },
            "E-mail",
            format!("Before their usual {:.0}-day interval runs out: around day {:.0} after the last order", cycle.round(), (cycle * 0.8).round()),
            "Products that go with what they bought, new arrivals in their favourite range",
            "Orders per customer over the next 90 days",
        ),
        Plan::WinBackSoon => (
            format!("Win them back before they drift: {recency:.0} days since their last order, against a usual {:.0}", cycle.round()),
            if m.full_price {
                format!("A reminder with new arrivals and free shipping, no price cut.{no_discount_reason}")
            } else {
                capped(10.0)
            },
            "E-mail, then a retargeting audience for those who do not open it",
            format!("Now: they are past their usual {:.0}-day interval; follow up once after 10 days", cycle.round()),
            "We miss you: what is new since their last visit",
            "Share who order within 30 days",
        ),
        Plan::PersonalWinBack { lost } => (
            match (lost, m.p_alive) {
                (_, Some(p)) => format!("Win back {} while {:.0}% may still buy: {recency:.0} days quiet", if m.high_value { "big spenders" } else { "regulars" }, p * 100.0),
                (false, None) => format!("Personal win-back for {} gone quiet {recency:.0} days", if m.high_value { "big spenders" } else { "regulars" }),
                (true, None) => format!("A last personal try with {} gone {recency:.0} days", if m.high_value { "big spenders" } else { "regulars" }),
            },
            if m.full_price {
                format!("A personal note and a gift with their next order, rather than a discount.{no_discount_reason}")
            } else {
                capped(if lost { 20.0 } else { 15.0 })
            },
            "Personal e-mail from the owner; a phone call for business customers",
            "Now, with one follow-up 10 days later".to_string(),
            "Ask what went wrong, and show what has improved",
            "Share who order within 45 days, and the revenue they bring back",
        ),
        Plan::LetGo => (
            match m.p_alive {
                Some(p) if p < GONE_FOR_GOOD => format!("Let go: only {:.0}% are likely to buy again", p * 100.0),
                _ => format!("Low-cost reactivation after {recency:.0} days, then let go"),
            },
            if m.discount_minded {
                capped(10.0)
            } else {
                "One e-mail with your bestsellers; no discount".to_string()
            },
            "E-mail only; leave them out of paid ads to save budget",
            "One send now; those who do not react move to a twice-a-year newsletter".to_string(),
            "Bestsellers and what is new, short and simple",
            "Reactivation rate, against the cost of the send",
        ),
    };

    let mut why = why_figures(s, m, money);
    // What they like and when they buy, where the file says.
    let offer = match &s.top_category {
        Some((category, share)) if *share >= 0.3 && plan != Plan::LetGo => {
            why.push_str(&format!(
                " {category} is the favourite category of {:.0}% of them.",
                share * 100.0
            ));
            format!("{offer} Lead with {category}.")
        }
        _ => offer,
    };
    let offer = match &s.top_pair {
        Some((a, b)) if plan != Plan::LetGo => {
            format!("{offer} Show {b} to those who bought {a}: the two its customers most often buy together.")
        }
        _ => offer,
    };
    let when = match (&s.top_weekday, &s.top_time_of_day) {
        (Some((day, d)), Some((time, t))) if *d >= 0.25 && *t >= 0.4 => Some(format!(
            "; send on a {day} {}, when most of them order",
            time.to_lowercase()
        )),
        (Some((day, d)), _) if *d >= 0.25 => {
            Some(format!("; send on a {day}, the day most of them order"))
        }
        _ => None,
    };
    let timing = match when {
        Some(when) => format!("{timing}{when}"),
        None => timing,
    };
    // Seasonal buyers are reached before their season, whatever their recency says.
    let (timing, message) = match m.season {
        Some((season, share)) => {
            why.push_str(&format!(
                " {:.0}% of their orders fall in {} (an average customer: {:.0}%).",
                share * 100.0,
                season.name,
                season.shop_share * 100.0
            ));
            (
                format!(
                    "Before their season: {} runs {} to {}; send around {}, two weeks ahead, and once more on its first day",
                    season.name,
                    season.starts,
                    season.ends,
                    season.starts.plus_days(-14)
                ),
                format!("Their {} shopping made easy: ideas, order-by dates, what sold out last year", season.name),
            )
        }
        None if s.median_recency.is_none() => (
            "When it suits your calendar: this file has no order dates to time it by".to_string(),
            message.to_string(),
        ),
        None => (timing, message.to_string()),
    };
    Campaign {
        segment: s.name.clone(),
        objective,
        audience: audience(s, money),
        offer,
        channel: channel.to_string(),
        timing,
        message,
        watch: watch.to_string(),
        why,
    }
}

/// The measured facts behind a suggestion, quoting the segment's figures.
fn why_figures(s: &SegmentSummary, m: &Measured, money: &Currency) -> String {
    let recency_fact = match s.median_recency {
        Some(r) => format!(
            "Median last order {r:.0} days ago, against a usual {:.0} days between orders; ",
            m.cycle
        ),
        None => "The file has no order dates, so recency is unknown; ".to_string(),
    };
    let mut why = format!(
        "{recency_fact}median {:.1} orders and {} spent ({:.1}× the shop's median customer); median order {}.",
        m.frequency,
        money.format_whole(s.median_monetary.unwrap_or(0.0)),
        m.value_ratio,
        money.format(m.aov)
    );
    if let Some(d) = s.discount_share {
        why.push_str(&format!(
            " {:.0}% of their orders used a discount code.",
            d * 100.0
        ));
    }
    if let Some(r) = s.repeat_share {
        why.push_str(&format!(" {:.0}% have ordered more than once.", r * 100.0));
    }
    if let Some(p) = m.p_alive {
        why.push_str(&format!(
            " On average a {:.0}% chance they are still active",
            p * 100.0
        ));
        match s.predicted_value {
            Some(v) => why.push_str(&format!(
                "; {} predicted from them over the next year is at stake.",
                money.format_whole(v)
            )),
            None => why.push('.'),
        }
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;

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
            mean_p_alive: None,
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
        let c = suggest(&s, &base());
        assert_eq!(
            c.timing,
            "Before their season: Black Friday to Cyber Monday runs 2026-11-27 to 2026-11-30; \
             send around 2026-11-13, two weeks ahead, and once more on its first day"
        );
        assert!(c.why.contains(
            "60% of their orders fall in Black Friday to Cyber Monday (an average customer: 8%)"
        ));
        // A season that is only slightly more than the average customer's is no lean.
        let s = SegmentSummary {
            top_season: Some(("Black Friday to Cyber Monday".into(), 0.12)),
            ..segment()
        };
        assert!(suggest(&s, &base()).timing.starts_with("Around day 24"));
    }

    #[test]
    fn loyal_full_price_buyers_get_no_discount_and_timing_from_their_interval() {
        let c = suggest(&segment(), &base());
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
        let c = suggest(&s, &base());
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
        let c = suggest(&s, &base());
        assert_eq!(c.objective, "Turn a first order 10 days ago into a second");
        assert_eq!(
            c.offer,
            "10% off their next order, capped at €8, valid for 30 days"
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
        let c = suggest(&s, &base());
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
            mean_p_alive: Some(0.45),
            predicted_value: Some(5_400.0),
            ..segment()
        };
        let c = suggest(&lapsed, &base());
        assert_eq!(
            c.objective,
            "Win back big spenders while 45% may still buy: 100 days quiet"
        );
        assert!(c.why.ends_with(
            "On average a 45% chance they are still active; €5,400 predicted from them over the next year is at stake."
        ), "{}", c.why);
        // As valuable, but most have left for good: no discount thrown after them.
        let gone = SegmentSummary {
            mean_p_alive: Some(0.08),
            ..lapsed
        };
        let c = suggest(&gone, &base());
        assert_eq!(c.objective, "Let go: only 8% are likely to buy again");
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
        let c = suggest(&s, &base());
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
}
