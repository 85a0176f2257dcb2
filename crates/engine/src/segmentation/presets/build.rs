//! Each built-in scheme's rules, one function per preset: some read the shop's own figures
//! (spend tiers, the most common areas), the rest are fixed rules over named features.
//!
//! Segments are named in the language the scheme is built in; the SQL compiler names them
//! with the same functions ([`tier_name`], [`FutureValueNames`]), so a query written in German
//! returns the German names the page showed.

use super::preset::{preset_name, GeoLevel, Preset};
use crate::basics::money::Currency;
use crate::features::seasons::Season;
use crate::features::values::shown_value;
use crate::features::{add_period_spend, ids, FeatureData, FeatureTable, Period};
use crate::reading::Dictionary;
use crate::roles::Role;
use crate::segmentation::grid::{grid_segments, GridAxes};
use crate::segmentation::rfm::{standard_segments, value_loyalty_segments};
use crate::segmentation::scheme::{mask, Condition, Rule, Scheme};
use crate::shop::{Categories, Shop};
use segmenter_words::{Arg, Key, Language};
use std::sync::Arc;

/// Builds a preset's scheme, its segments named in `language`. Some presets add the
/// feature they need first (spend in the period, postal areas), which is why the features
/// are mutable.
pub fn build(
    preset: &Preset,
    shop: &Shop,
    features: &mut FeatureTable,
    currency: &Currency,
    language: Language,
) -> Scheme {
    if let Some(fixed) = fixed_rules(preset, language) {
        return fixed;
    }
    let name = preset_name(preset, language);
    match preset {
        Preset::ValueTiers { period } => {
            value_tiers(name, shop, features, *period, currency, language)
        }
        Preset::Seasonal { seasons } => seasonal(name, features, seasons, language),
        Preset::FutureValue { active, lost } => {
            future_value(name, features, *active, *lost, currency, language)
        }
        Preset::Rfm { .. }
        | Preset::ValueLoyalty
        | Preset::AgeBands { .. }
        | Preset::CompanySize { .. }
        | Preset::CategoryBreadth
        | Preset::Discount
        | Preset::Repeat
        | Preset::Rhythm
        | Preset::Loyalty => scheme(name, Vec::new(), String::new()),
        Preset::Geography { .. }
        | Preset::Gender
        | Preset::Industry
        | Preset::ProductPreference
        | Preset::Weekday
        | Preset::Month
        | Preset::TimeOfDay => ranking(preset, features, name, language),
    }
}

/// The scheme of a preset that ranks values ([`top_values_of`]).
fn ranking(
    preset: &Preset,
    features: &mut FeatureTable,
    name: String,
    language: Language,
) -> Scheme {
    if let Preset::Geography {
        level: GeoLevel::PostalCode,
        prefix,
        ..
    } = preset
    {
        add_postal_areas(features, *prefix);
    }
    match top_values_of(preset, language) {
        Some(v) => top_values(features, &v, name, language),
        None => scheme(name, Vec::new(), String::new()),
    }
}

/// The rules of a preset that do not depend on the shop's data (RFM, bands, behaviour),
/// named in `language`; `None` for the presets whose rules do (tiers, rankings, seasons).
pub fn fixed_rules(preset: &Preset, language: Language) -> Option<Scheme> {
    let name = preset_name(preset, language);
    let text = |key| language.text(key, &[]);
    Some(match preset {
        Preset::Rfm { points } => rfm_scheme(*points, language),
        Preset::ValueLoyalty => value_loyalty_segments(language),
        Preset::AgeBands { edges } => bands(name, ids::AGE, edges, &AGE_BANDS, language),
        Preset::CompanySize { edges } => {
            bands(name, ids::COMPANY_SIZE, edges, &SIZE_BANDS, language)
        }
        Preset::CategoryBreadth => {
            let bought = ids::CATEGORIES_BOUGHT;
            scheme(
                name,
                vec![
                    rule(
                        text(Key::SchemesBreadthOne),
                        between(bought, Some(1.0), Some(1.0)),
                    ),
                    rule(
                        text(Key::SchemesBreadthTwoThree),
                        between(bought, Some(2.0), Some(3.0)),
                    ),
                    rule(
                        text(Key::SchemesBreadthFour),
                        between(bought, Some(4.0), None),
                    ),
                ],
                text(Key::SchemesNoCategory),
            )
        }
        Preset::Discount => discount(name, language),
        Preset::Repeat => repeat(name, language),
        Preset::Rhythm => rhythm(name, language),
        Preset::Loyalty => loyalty(name, language),
        _ => return None,
    })
}

/// A preset that gives the most common values of a category feature a segment each.
#[derive(Clone, Debug, PartialEq)]
pub struct TopValues {
    /// The feature ranked.
    pub feature: String,
    /// How many values get their own segment.
    pub top: usize,
    /// The segment of the other known values.
    pub other: String,
    /// The segment of customers without a value.
    pub unknown: String,
}

/// The ranking a preset makes, when it is one (places, gender, industry, favourite
/// category, weekday, month, time of day), its catch-all segments named in `language`.
pub fn top_values_of(preset: &Preset, language: Language) -> Option<TopValues> {
    let values = |feature: &str, top: usize, other: Key, unknown: Key| TopValues {
        feature: feature.to_string(),
        top,
        other: language.text(other, &[]),
        unknown: language.text(unknown, &[]),
    };
    let detail = |role: Role| ids::of_role(role).unwrap_or_default();
    Some(match preset {
        Preset::Geography { level, prefix, top } => {
            let feature = if *level == GeoLevel::PostalCode && *prefix > 0 {
                ids::postal_prefix(*prefix)
            } else {
                level.feature().to_string()
            };
            values(
                &feature,
                *top,
                Key::SchemesOtherAreas,
                Key::SchemesAreaUnknown,
            )
        }
        Preset::Gender => values(
            detail(Role::Gender),
            6,
            Key::SchemesOther,
            Key::SchemesGenderUnknown,
        ),
        Preset::Industry => values(
            detail(Role::Industry),
            10,
            Key::SchemesOtherIndustries,
            Key::SchemesIndustryUnknown,
        ),
        Preset::ProductPreference => values(
            ids::TOP_CATEGORY,
            12,
            Key::SchemesOtherCategories,
            Key::SchemesNoCategory,
        ),
        Preset::Weekday => values(ids::WEEKDAY, 7, Key::SchemesOther, Key::SchemesNoOrder),
        Preset::Month => values(ids::MONTH, 12, Key::SchemesOther, Key::SchemesNoOrder),
        Preset::TimeOfDay => values(ids::TIME_OF_DAY, 4, Key::SchemesOther, Key::SchemesNoTime),
        _ => return None,
    })
}

/// The spend tiers, top first: the share of buyers a tier reaches down to, and its name.
pub const TIERS: [(f64, Key); 4] = [
    (0.01, Key::SchemesTierTop1),
    (0.05, Key::SchemesTierTop5),
    (0.20, Key::SchemesTierTop20),
    (0.50, Key::SchemesTierTop50),
];

/// A segment name that quotes an amount, as the text before the amount and the text after
/// it: the engine writes the amount between them, the SQL a column's value.
fn around_amount(language: Language, key: Key, args: &[(&str, Arg)]) -> (String, String) {
    // A character no message holds marks where the amount goes.
    const MARK: &str = "\u{0}";
    let mut all = args.to_vec();
    all.push(("amount", MARK.into()));
    let name = language.text(key, &all);
    match name.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (name, String::new()),
    }
}

/// A spend tier's name (one of [`TIERS`]) around the least its customers spent: "Top 1%
/// (from " and ")".
pub fn tier_name(tier: Key, language: Language) -> (String, String) {
    around_amount(
        language,
        Key::SchemesTierFrom,
        &[("tier", language.text(tier, &[]).into())],
    )
}

fn scheme(name: String, rules: Vec<Rule>, otherwise: String) -> Scheme {
    Scheme {
        name,
        rules,
        otherwise,
        period: None,
    }
}

fn rule(segment: String, when: Condition) -> Rule {
    Rule { segment, when }
}

fn between(feature: &str, min: Option<f64>, max: Option<f64>) -> Condition {
    Condition::between(feature, min, max)
}

/// Spend tiers over a period: the top 1%, the next 4%, the next 15%, the next 30% and the
/// bottom half of the customers who bought in it, each tier named with its lowest spend.
fn value_tiers(
    name: String,
    shop: &Shop,
    features: &mut FeatureTable,
    period: Period,
    currency: &Currency,
    language: Language,
) -> Scheme {
    let id = add_period_spend(shop, features, period);
    let spend = features.numbers(id).unwrap_or_default();
    let mut positive: Vec<f64> = spend.iter().copied().filter(|&s| s > 0.0).collect();
    positive.sort_by(|a, b| b.total_cmp(a));
    // The spend of the customer at the given top share, as the tier's lower bound.
    let at = |share: f64| -> f64 {
        let i =
            ((positive.len() as f64 * share).ceil() as usize).clamp(1, positive.len().max(1)) - 1;
        positive.get(i).copied().unwrap_or(f64::INFINITY)
    };
    let mut rules: Vec<Rule> = TIERS
        .iter()
        .map(|&(share, tier)| {
            let bound = at(share);
            let (before, after) = tier_name(tier, language);
            rule(
                format!("{before}{}{after}", currency.format_whole(bound)),
                between(id, Some(bound), None),
            )
        })
        .collect();
    rules.push(rule(
        language.text(Key::SchemesTierBottom, &[]),
        between(id, Some(f64::MIN_POSITIVE), None),
    ));
    scheme(name, rules, language.text(Key::SchemesTierNoPurchase, &[]))
}

/// Adds the feature "postal code cut to its first `prefix` characters", the areas a postal
/// geography ranks (none for whole codes).
fn add_postal_areas(features: &mut FeatureTable, prefix: usize) {
    let whole = GeoLevel::PostalCode.feature();
    if prefix == 0 {
        return;
    }
    if let Some(cats) = features.get(whole).and_then(|f| f.categories()) {
        let areas = prefixes(cats, prefix);
        let label = features.language.text(
            Key::FeaturesPostalPrefix,
            &[("count", Arg::Count(prefix as u64))],
        );
        features.set(
            &ids::postal_prefix(prefix),
            &label,
            FeatureData::Category(Arc::new(areas)),
        );
    }
}

/// Customers with half their orders or more in one season, in the seasons' order.
fn seasonal(
    name: String,
    features: &FeatureTable,
    seasons: &[Season],
    language: Language,
) -> Scheme {
    let mut scheme = seasonal_scheme(name, seasons, language);
    // Seasons past the ones measured have no share to read.
    scheme
        .rules
        .retain(|r| r.when.features().iter().all(|f| features.get(f).is_some()));
    scheme
}

/// Seasonal buyers' rules: a customer with half their orders or more in a season is its
/// buyer (seasons in order), anyone else with an order buys through the year. The seasons
/// keep the names the merchant gave them.
pub fn seasonal_scheme(name: String, seasons: &[Season], language: Language) -> Scheme {
    let mut rules: Vec<Rule> = seasons
        .iter()
        .map(|s| {
            rule(
                language.text(
                    Key::SchemesSeasonBuyers,
                    &[("season", s.shown_name(language).into())],
                ),
                // The id from the name as kept, the same in every language.
                between(&ids::season_share(&s.name), Some(0.5), None),
            )
        })
        .collect();
    rules.push(rule(
        language.text(Key::SchemesSeasonAllYear, &[]),
        between(ids::FREQUENCY, Some(1.0), None),
    ));
    scheme(name, rules, language.text(Key::SchemesNoOrder, &[]))
}

fn discount(name: String, language: Language) -> Scheme {
    let share = ids::DISCOUNT_SHARE;
    let text = |key| language.text(key, &[]);
    scheme(
        name,
        vec![
            rule(
                text(Key::SchemesDiscountHunters),
                between(share, Some(0.5), None),
            ),
            rule(
                text(Key::SchemesDiscountOccasional),
                between(share, Some(f64::MIN_POSITIVE), None),
            ),
            rule(
                text(Key::SchemesDiscountFullPrice),
                between(share, Some(0.0), Some(0.0)),
            ),
        ],
        text(Key::SchemesNoOrder),
    )
}

fn repeat(name: String, language: Language) -> Scheme {
    let text = |key| language.text(key, &[]);
    scheme(
        name,
        vec![
            rule(
                text(Key::SchemesRepeatCustomers),
                between(ids::FREQUENCY, Some(2.0), None),
            ),
            rule(
                text(Key::SchemesRepeatOneTime),
                between(ids::FREQUENCY, Some(1.0), Some(1.0)),
            ),
        ],
        text(Key::SchemesNoOrder),
    )
}

/// Customers against their own usual gap between orders.
fn rhythm(name: String, language: Language) -> Scheme {
    let text = |key| language.text(key, &[]);
    scheme(
        name,
        vec![
            rule(
                text(Key::SchemesRhythmOneOrder),
                between(ids::FREQUENCY, None, Some(1.0)),
            ),
            rule(
                text(Key::SchemesRhythmOverdue),
                between(ids::OVERDUE, Some(2.0 + 1e-9), None),
            ),
            rule(
                text(Key::SchemesRhythmDue),
                between(ids::OVERDUE, Some(1.0 + 1e-9), None),
            ),
            rule(
                text(Key::SchemesRhythmOnTime),
                between(ids::OVERDUE, None, Some(1.0 + 1e-9)),
            ),
        ],
        text(Key::SchemesNoOrder),
    )
}

/// Loyalty from how long (tenure) and how often (orders) customers have bought.
fn loyalty(name: String, language: Language) -> Scheme {
    let text = |key| language.text(key, &[]);
    scheme(
        name,
        vec![
            rule(
                text(Key::SchemesLoyaltyRegulars),
                Condition::all(vec![
                    between(ids::TENURE, Some(730.0), None),
                    between(ids::FREQUENCY, Some(6.0), None),
                ]),
            ),
            rule(
                text(Key::SchemesLoyaltyLoyal),
                Condition::all(vec![
                    between(ids::TENURE, Some(365.0), None),
                    between(ids::FREQUENCY, Some(3.0), None),
                ]),
            ),
            rule(
                text(Key::SchemesLoyaltyNew),
                between(ids::TENURE, None, Some(90.0)),
            ),
            rule(
                text(Key::SchemesLoyaltyReturning),
                between(ids::FREQUENCY, Some(2.0), None),
            ),
            rule(
                text(Key::SchemesLoyaltyOccasional),
                between(ids::FREQUENCY, Some(1.0), None),
            ),
        ],
        text(Key::SchemesNoOrder),
    )
}

/// The Future value segments in one language, in the order they claim customers, and the
/// rest. The first and third quote the amount they start from, so they are the text
/// before the amount and the text after it.
#[derive(Clone, Debug, PartialEq)]
pub struct FutureValueNames {
    /// Bought on one day only so far ([`one_purchase_day`]).
    pub once: String,
    /// Active and worth at least the median.
    pub valuable: (String, String),
    /// Active.
    pub active: String,
    /// At risk, and spent at least the median.
    pub worth_saving: (String, String),
    /// At risk.
    pub at_risk: String,
    /// Likely lost.
    pub likely_lost: String,
    /// The customers the models say nothing of.
    pub no_prediction: String,
}

impl FutureValueNames {
    /// The names in `language`. Worth is predicted value when the order-value model was
    /// fitted (`valued`), else past spend, and the first segment says which.
    pub fn new(language: Language, valued: bool) -> FutureValueNames {
        let text = |key| language.text(key, &[]);
        let valuable = if valued {
            Key::SchemesFutureValuablePredicted
        } else {
            Key::SchemesFutureValuableSpent
        };
        FutureValueNames {
            once: text(Key::SchemesFutureOnce),
            valuable: around_amount(language, valuable, &[]),
            active: text(Key::SchemesFutureActive),
            worth_saving: around_amount(language, Key::SchemesFutureWorthSaving, &[]),
            at_risk: text(Key::SchemesFutureAtRisk),
            likely_lost: text(Key::SchemesFutureLost),
            no_prediction: text(Key::SchemesFutureNoPrediction),
        }
    }
}

/// Who will buy again and what they are worth, from the predicted features (computed by
/// the session before this scheme is offered): the customers of one purchase day apart, the active
/// split by predicted value at its median, the customers at risk by what they have spent so
/// far, then the likely lost.
fn future_value(
    name: String,
    features: &FeatureTable,
    active: f64,
    lost: f64,
    currency: &Currency,
    language: Language,
) -> Scheme {
    // Without the order-value model, worth is told by past spend.
    let valued = features.get(ids::PREDICTED_VALUE).is_some();
    let worth = if valued {
        ids::PREDICTED_VALUE
    } else {
        ids::MONETARY
    };
    // The medians that split the active and the at risk are those of the customers the
    // rules after the first see: not the customers of one purchase day, half of many
    // shops, whose small worth would put almost every active customer above the median.
    let once = bought_on_one_day_only(features);
    let median_of = |id: &str| {
        let mut known: Vec<f64> = features
            .numbers(id)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .filter(|&(c, v)| v.is_finite() && once.get(c) != Some(&true))
            .map(|(_, &v)| v)
            .collect();
        // The value at position n / 2 of the known values sorted, as the SQL takes it (not
        // `stats::median_in_place`, which averages the middle two), found without sorting.
        if known.is_empty() {
            return 0.0;
        }
        let middle = known.len() / 2;
        *known.select_nth_unstable_by(middle, f64::total_cmp).1
    };
    let (worth_cut, spent_cut) = (median_of(worth), median_of(ids::MONETARY));
    let alive = |min: f64, max: Option<f64>| between(ids::P_ALIVE, Some(min), max);
    let names = FutureValueNames::new(language, valued);
    let quoting = |(before, after): &(String, String), amount: f64| {
        format!("{before}{}{after}", currency.format_whole(amount))
    };
    scheme(
        name,
        vec![
            // The purchase model counts a customer who has not bought again as still active
            // however long ago they bought (it has not seen them stop), which put one-order
            // customers of years ago among the active: they are a segment of their own.
            rule(names.once, one_purchase_day()),
            rule(
                quoting(&names.valuable, worth_cut),
                Condition::all(vec![
                    alive(active, None),
                    between(worth, Some(worth_cut), None),
                ]),
            ),
            rule(names.active, alive(active, None)),
            rule(
                quoting(&names.worth_saving, spent_cut),
                Condition::all(vec![
                    alive(lost, Some(active)),
                    between(ids::MONETARY, Some(spent_cut), None),
                ]),
            ),
            rule(names.at_risk, alive(lost, Some(active))),
            rule(names.likely_lost, alive(0.0, Some(lost))),
        ],
        names.no_prediction,
    )
}

/// The customers who bought on one day only: one order, or several all on one day (days
/// between orders 0). The purchase model sees no repeat purchase in either, and counts them
/// as active however long ago that day was (see [`crate::features::repeat_buyer_p_alive`]).
pub fn one_purchase_day() -> Condition {
    Condition::any(vec![
        between(ids::FREQUENCY, Some(1.0), Some(1.0)),
        between(ids::INTERVAL, Some(0.0), Some(0.0)),
    ])
}

/// Whether each customer bought on one day only ([`one_purchase_day`]); none when the
/// features have no orders.
pub fn bought_on_one_day_only(features: &FeatureTable) -> Vec<bool> {
    mask(&one_purchase_day(), features, "").unwrap_or_default()
}

/// The first `n` characters of each customer's postal code, as categories.
fn prefixes(codes: &Categories, n: usize) -> Categories {
    let mut labels = Dictionary::new();
    let map: Vec<u32> = std::iter::once(0)
        .chain(codes.labels.iter().map(|(_, t)| {
            let cut: String = t
                .chars()
                .filter(|c| !c.is_whitespace())
                .take(n)
                .collect::<String>()
                .to_uppercase();
            labels.code(&cut)
        }))
        .collect();
    labels.freeze();
    Categories {
        codes: codes.codes.iter().map(|&c| map[c as usize]).collect(),
        labels,
    }
}

/// One segment per value of a category feature, for the `top` values with the most
/// customers; the other known values share `other`, and unknown ones `unknown`.
fn top_values(
    features: &FeatureTable,
    values: &TopValues,
    name: String,
    language: Language,
) -> Scheme {
    let TopValues {
        feature,
        top,
        other,
        unknown,
    } = values;
    let Some(cats) = features.get(feature).and_then(|f| f.categories()) else {
        return scheme(name, Vec::new(), unknown.clone());
    };
    let ranked = cats.ranked();
    let chosen: Vec<&str> = ranked.iter().take(*top).map(|r| r.label).collect();
    let mut rules: Vec<Rule> = chosen
        .iter()
        .map(|label| Rule {
            segment: shown_value(feature, label, language),
            when: Condition::is_in(feature, &[label]),
        })
        .collect();
    if ranked.len() > chosen.len() {
        rules.push(Rule {
            segment: other.clone(),
            when: Condition::NotIn {
                feature: feature.to_string(),
                values: chosen.iter().map(|l| l.to_string()).collect(),
            },
        });
    }
    scheme(name, rules, unknown.clone())
}

/// How a kind of band is named: under the first edge, between two, the last and over,
/// all (when there are no edges), and unknown.
struct BandWords {
    under: Key,
    between: Key,
    over: Key,
    all: Key,
    unknown: Key,
}

const AGE_BANDS: BandWords = BandWords {
    under: Key::SchemesAgeUnder,
    between: Key::SchemesAgeBetween,
    over: Key::SchemesAgeOver,
    all: Key::SchemesAgeAll,
    unknown: Key::SchemesAgeUnknown,
};

const SIZE_BANDS: BandWords = BandWords {
    under: Key::SchemesSizeUnder,
    between: Key::SchemesSizeBetween,
    over: Key::SchemesSizeOver,
    all: Key::SchemesSizeAll,
    unknown: Key::SchemesSizeUnknown,
};

/// Bands of a numeric feature: under the first edge, between edges, and the last and over.
fn bands(
    name: String,
    feature: &str,
    edges: &[f64],
    words: &BandWords,
    language: Language,
) -> Scheme {
    let mut edges: Vec<f64> = edges.iter().copied().filter(|e| e.is_finite()).collect();
    edges.sort_by(f64::total_cmp);
    edges.dedup();
    let number = |v: f64| Arg::from(language.decimal(v, 0));
    let mut rules = Vec::new();
    let mut from: Option<f64> = None;
    for &edge in &edges {
        let segment = match from {
            None => language.text(words.under, &[("under", number(edge))]),
            Some(f) => language.text(
                words.between,
                &[("from", number(f)), ("to", number(edge - 1.0))],
            ),
        };
        // Whole-number bands: up to just below the next edge.
        rules.push(Rule {
            segment,
            when: Condition::between(feature, from, Some(edge - 1e-9)),
        });
        from = Some(edge);
    }
    rules.push(Rule {
        segment: match from {
            Some(f) => language.text(words.over, &[("from", number(f))]),
            None => language.text(words.all, &[]),
        },
        when: Condition::between(feature, from, None),
    });
    scheme(name, rules, language.text(words.unknown, &[]))
}

/// The RFM segments for a grid of `points` score points, named in `language`. On 5 points,
/// the published grid; on 3 or 4, each cell takes the segment of the 5-point cell at the
/// same place on the scale, so every cell is covered (some segments may then have no cell).
pub fn rfm_scheme(points: u8, language: Language) -> Scheme {
    let points = points.clamp(3, 5);
    let standard = standard_segments(language);
    if points == 5 {
        return standard;
    }
    let five =
        grid_segments(&standard, 5, &GridAxes::recency_frequency(language)).unwrap_or_default();
    // The 5-point cell under the centre of an N-point cell.
    let on_five = |s: u8| -> usize {
        (((f64::from(s) - 0.5) / f64::from(points) * 5.0).floor() as usize).min(4)
    };
    let mut rules: Vec<Rule> = Vec::new();
    for segment in standard.rules.iter().map(|r| r.segment.clone()) {
        let cells: Vec<Condition> = (1..=points)
            .flat_map(|r| (1..=points).map(move |f| (r, f)))
            .filter(|&(r, f)| {
                five.get(on_five(r)).and_then(|row| row.get(on_five(f))) == Some(&segment)
            })
            .map(|(r, f)| {
                Condition::all(vec![
                    Condition::between(ids::R_SCORE, Some(f64::from(r)), Some(f64::from(r))),
                    Condition::between(ids::F_SCORE, Some(f64::from(f)), Some(f64::from(f))),
                ])
            })
            .collect();
        if !rules.iter().any(|r: &Rule| r.segment == segment) && !cells.is_empty() {
            rules.push(Rule {
                segment,
                when: Condition::Any(cells),
            });
        }
    }
    Scheme {
        name: preset_name(&Preset::Rfm { points }, language),
        rules,
        otherwise: standard.otherwise,
        period: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::compute_features;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::segmentation::rfm::{score_customers, RfmOptions};
    use crate::segmentation::scheme::assign;
    use crate::shop::bind;

    fn analysed(csv: &str) -> (Shop, FeatureTable) {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let reference = crate::features::default_reference(&shop).unwrap();
        let mut features = compute_features(&shop, reference);
        score_customers(&mut features, &RfmOptions::default());
        (shop, features)
    }

    fn segments_of(preset: Preset, shop: &Shop, features: &mut FeatureTable) -> Vec<String> {
        let scheme = build(
            &preset,
            shop,
            features,
            &Currency::default(),
            Language::English,
        );
        let a = assign(&scheme, features).unwrap();
        a.of_customer
            .iter()
            .map(|&s| a.segments[usize::from(s)].clone())
            .collect()
    }

    const SHOP: &str = "customer_id,order_date,amount,country,age,category,discount_code\n\\
        A,2024-01-10,500,DE,23,Shoes,\nA,2024-06-10,500,DE,23,Shoes,WELCOME\n\\
        B,2024-03-01,100,FR,41,Bags,\nC,2024-05-01,50,DE,67,Bags,SALE\n\\
        D,2023-05-01,20,IT,35,Shoes,\nE,2024-06-01,10,,,,\n";

    #[test]
    fn value_tiers_from_the_shops_own_spend() {
        let (shop, mut f) = analysed(SHOP);
        // Reference 2024-06-11; last 365 days from 2023-06-12: D's order is older.
        let s = segments_of(
            Preset::ValueTiers {
                period: Period::Last { days: 365 },
            },
            &shop,
            &mut f,
        );
        // Spend in the period: A 1,000, B 100, C 50, E 10 (D bought before it). With four
        // buyers each is a quarter: A is the top, B in the second quarter.
        assert_eq!(s[0], "Top 1% (from 1,000)");
        assert_eq!(s[1], "21–50% (from 100)");
        assert_eq!(s[2], "Bottom 50%");
        assert_eq!(s[3], "No purchase in the period");
        assert_eq!(s[4], "Bottom 50%");
    }

    #[test]
    fn areas_ages_categories_and_behaviour() {
        let (shop, mut f) = analysed(SHOP);
        let geo = Preset::Geography {
            level: GeoLevel::Country,
            prefix: 0,
            top: 1,
        };
        assert_eq!(
            segments_of(geo, &shop, &mut f),
            vec!["DE", "Other areas", "DE", "Other areas", "Area unknown"]
        );
        let ages = Preset::AgeBands {
            edges: vec![25.0, 65.0],
        };
        assert_eq!(
            segments_of(ages, &shop, &mut f),
            vec![
                "Under 25 years",
                "25–64 years",
                "65 years and over",
                "25–64 years",
                "Age unknown"
            ]
        );
        assert_eq!(
            segments_of(Preset::ProductPreference, &shop, &mut f)[..3],
            ["Shoes", "Bags", "Bags"]
        );
        assert_eq!(
            segments_of(Preset::Repeat, &shop, &mut f)[..2],
            ["Repeat customers", "One-time buyers"]
        );
        assert_eq!(
            segments_of(Preset::Discount, &shop, &mut f)[..3],
            [
                "Discount hunters (half their orders or more)",
                "Full-price buyers",
                "Discount hunters (half their orders or more)"
            ]
        );
    }

    #[test]
    fn segments_named_in_german() {
        let (shop, mut f) = analysed(SHOP);
        f.language = Language::German;
        let built = |preset: Preset, f: &mut FeatureTable| {
            build(&preset, &shop, f, &Currency::default(), Language::German)
        };
        let geo = built(
            Preset::Geography {
                level: GeoLevel::Country,
                prefix: 0,
                top: 1,
            },
            &mut f,
        );
        assert_eq!(geo.name, "Länder");
        assert_eq!(geo.rules[1].segment, "Andere Gebiete");
        assert_eq!(geo.otherwise, "Gebiet unbekannt");
        let sizes = built(
            Preset::CompanySize {
                edges: vec![10.0, 1000.0],
            },
            &mut f,
        );
        let names: Vec<&str> = sizes.rules.iter().map(|r| r.segment.as_str()).collect();
        assert_eq!(
            names,
            [
                "Unter 10 Beschäftigten",
                "10–999 Beschäftigte",
                "1.000 Beschäftigte und mehr"
            ]
        );
        let rfm = built(Preset::Rfm { points: 3 }, &mut f);
        assert_eq!(rfm.name, "RFM-Segmente (3-Punkte-Skala)");
        assert_eq!(rfm.otherwise, "Keine Bestellung in dieser Datei");
        // A feature added for a scheme is named in the table's language.
        built(
            Preset::ValueTiers {
                period: Period::Year { year: 2024 },
            },
            &mut f,
        );
        assert_eq!(
            f.get(ids::SPEND_IN_PERIOD).unwrap().label,
            "Umsatz im Jahr 2024"
        );
    }

    #[test]
    fn names_quoting_an_amount_split_around_it_for_the_sql() {
        assert_eq!(
            tier_name(Key::SchemesTierTop1, Language::English),
            ("Top 1% (from ".to_string(), ")".to_string())
        );
        let german = FutureValueNames::new(Language::German, false);
        assert_eq!(
            german.valuable,
            (
                "Aktiv und wertvoll (Umsatz ab ".to_string(),
                ")".to_string()
            )
        );
        assert_eq!(german.likely_lost, "Wahrscheinlich verloren");
    }

    #[test]
    fn weekdays_months_and_parts_of_the_day_are_named_in_the_language() {
        for feature in [ids::WEEKDAY, ids::MONTH, ids::TIME_OF_DAY] {
            for (value, _) in crate::features::values::named_values(feature) {
                assert_eq!(shown_value(feature, value, Language::English), value);
            }
        }
        assert_eq!(
            shown_value(ids::WEEKDAY, "Monday", Language::German),
            "Montag"
        );
        assert_eq!(shown_value(ids::MONTH, "March", Language::French), "Mars");
        assert_eq!(
            shown_value(ids::TIME_OF_DAY, "Evening (18–24 h)", Language::Dutch),
            "Avond (18–24 uur)"
        );
        assert_eq!(shown_value("country", "DE", Language::German), "DE");
    }

    #[test]
    fn postal_prefixes() {
        let (shop, mut f) = analysed("customer_id,order_date,amount,zip\nA,2024-01-01,1.50,75008\nB,2024-01-01,1.50,75011\nC,2024-01-01,1.50,13001\n");
        let geo = Preset::Geography {
            level: GeoLevel::PostalCode,
            prefix: 2,
            top: 5,
        };
        assert_eq!(segments_of(geo, &shop, &mut f), vec!["75", "75", "13"]);
    }

    #[test]
    fn smaller_rfm_grids_cover_every_cell() {
        for points in [3, 4] {
            let scheme = rfm_scheme(points, Language::English);
            let grid = grid_segments(
                &scheme,
                points,
                &GridAxes::recency_frequency(Language::English),
            )
            .unwrap();
            assert!(
                grid.iter().flatten().all(|s| s != &scheme.otherwise),
                "{points}: {grid:?}"
            );
            assert_eq!(
                grid[usize::from(points) - 1][usize::from(points) - 1],
                "Champions"
            );
            assert_eq!(grid[0][0], "Hibernating");
        }
    }
}
