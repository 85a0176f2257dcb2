//! Each built-in scheme's rules, one function per preset: some read the shop's own figures
//! (spend tiers, the most common areas), the rest are fixed rules over named features.

use super::preset::{preset_name, GeoLevel, Preset};
use crate::basics::money::{group_thousands, Currency};
use crate::features::seasons::Season;
use crate::features::{add_period_spend, ids, FeatureData, FeatureTable, Period};
use crate::reading::Dictionary;
use crate::roles::Role;
use crate::segmentation::grid::{grid_segments, GridAxes};
use crate::segmentation::rfm::{standard_segments, value_loyalty_segments};
use crate::segmentation::scheme::{Condition, Rule, Scheme};
use crate::shop::{Categories, Shop};
use std::sync::Arc;

/// The segment of a geography scheme's customers in the areas past its top ones.
pub const OTHER_AREAS: &str = "Other areas";
/// The segment of a geography scheme's customers whose area the file does not give.
pub const AREA_UNKNOWN: &str = "Area unknown";

/// Builds a preset's scheme. Some presets add the feature they need first (spend in the
/// period, postal areas), which is why the features are mutable.
pub fn build(
    preset: &Preset,
    shop: &Shop,
    features: &mut FeatureTable,
    currency: &Currency,
) -> Scheme {
    if let Some(fixed) = fixed_rules(preset) {
        return fixed;
    }
    let name = preset_name(preset);
    match preset {
        Preset::ValueTiers { period } => value_tiers(name, shop, features, *period, currency),
        Preset::Seasonal { seasons } => seasonal(name, features, seasons),
        Preset::FutureValue { active, lost } => {
            future_value(name, features, *active, *lost, currency)
        }
        Preset::Rfm { .. }
        | Preset::ValueLoyalty
        | Preset::AgeBands { .. }
        | Preset::CompanySize { .. }
        | Preset::CategoryBreadth
        | Preset::Discount
        | Preset::Repeat
        | Preset::Rhythm
        | Preset::Loyalty => scheme(name, Vec::new(), ""),
        Preset::Geography { .. }
        | Preset::Gender
        | Preset::Industry
        | Preset::ProductPreference
        | Preset::Weekday
        | Preset::Month
        | Preset::TimeOfDay => ranking(preset, features, &name),
    }
}

/// The scheme of a preset that ranks values ([`top_values_of`]).
fn ranking(preset: &Preset, features: &mut FeatureTable, name: &str) -> Scheme {
    if let Preset::Geography {
        level: GeoLevel::PostalCode,
        prefix,
        ..
    } = preset
    {
        add_postal_areas(features, *prefix);
    }
    match top_values_of(preset) {
        Some(v) => top_values(features, &v.feature, v.top, v.other, v.unknown, name),
        None => scheme(name.to_string(), Vec::new(), ""),
    }
}

/// The rules of a preset that do not depend on the shop's data (RFM, bands, behaviour);
/// `None` for the presets whose rules do (tiers, rankings, seasons).
pub fn fixed_rules(preset: &Preset) -> Option<Scheme> {
    let name = preset_name(preset);
    Some(match preset {
        Preset::Rfm { points } => rfm_scheme(*points),
        Preset::ValueLoyalty => value_loyalty_segments(),
        Preset::AgeBands { edges } => bands(&name, ids::AGE, edges, "years", "Age unknown"),
        Preset::CompanySize { edges } => {
            bands(&name, ids::COMPANY_SIZE, edges, "employees", "Size unknown")
        }
        Preset::CategoryBreadth => category_breadth(name),
        Preset::Discount => discount(name),
        Preset::Repeat => repeat(name),
        Preset::Rhythm => rhythm(name),
        Preset::Loyalty => loyalty(name),
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
    pub other: &'static str,
    /// The segment of customers without a value.
    pub unknown: &'static str,
}

/// The ranking a preset makes, when it is one (places, gender, industry, favourite
/// category, weekday, month, time of day).
pub fn top_values_of(preset: &Preset) -> Option<TopValues> {
    let values = |feature: &str, top: usize, other, unknown| TopValues {
        feature: feature.to_string(),
        top,
        other,
        unknown,
    };
    let detail = |role: Role| ids::of_role(role).unwrap_or_default();
    Some(match preset {
        Preset::Geography { level, prefix, top } => {
            let feature = if *level == GeoLevel::PostalCode && *prefix > 0 {
                ids::postal_prefix(*prefix)
            } else {
                level.feature().to_string()
            };
            values(&feature, *top, OTHER_AREAS, AREA_UNKNOWN)
        }
        Preset::Gender => values(detail(Role::Gender), 6, "Other", "Gender unknown"),
        Preset::Industry => values(
            detail(Role::Industry),
            10,
            "Other industries",
            "Industry unknown",
        ),
        Preset::ProductPreference => {
            values(ids::TOP_CATEGORY, 12, "Other categories", "No category")
        }
        Preset::Weekday => values(ids::WEEKDAY, 7, "Other", "No order"),
        Preset::Month => values(ids::MONTH, 12, "Other", "No order"),
        Preset::TimeOfDay => values(ids::TIME_OF_DAY, 4, "Other", "No time given"),
        _ => return None,
    })
}

/// The spend tiers, top first: the share of buyers a tier reaches down to, and its name.
pub const TIERS: [(f64, &str); 4] = [
    (0.01, "Top 1%"),
    (0.05, "Top 2–5%"),
    (0.20, "Top 6–20%"),
    (0.50, "21–50%"),
];
/// The tier of the other buyers.
pub const LAST_TIER: &str = "Bottom 50%";
/// The segment of customers who bought nothing in the period.
pub const NO_PURCHASE: &str = "No purchase in the period";

fn scheme(name: String, rules: Vec<Rule>, otherwise: &str) -> Scheme {
    Scheme {
        name,
        rules,
        otherwise: otherwise.to_string(),
    }
}

fn rule(segment: &str, when: Condition) -> Rule {
    Rule {
        segment: segment.to_string(),
        when,
    }
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
        .map(|&(share, label)| {
            let bound = at(share);
            rule(
                &format!("{label} (from {})", currency.format_whole(bound)),
                between(id, Some(bound), None),
            )
        })
        .collect();
    rules.push(rule(LAST_TIER, between(id, Some(f64::MIN_POSITIVE), None)));
    scheme(name, rules, NO_PURCHASE)
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
        features.set(
            &ids::postal_prefix(prefix),
            &format!("Postal code, first {prefix} characters"),
            FeatureData::Category(Arc::new(areas)),
        );
    }
}

fn category_breadth(name: String) -> Scheme {
    let bought = ids::CATEGORIES_BOUGHT;
    scheme(
        name,
        vec![
            rule("One category", between(bought, Some(1.0), Some(1.0))),
            rule(
                "Two or three categories",
                between(bought, Some(2.0), Some(3.0)),
            ),
            rule("Four categories or more", between(bought, Some(4.0), None)),
        ],
        "No category",
    )
}

/// Customers with half their orders or more in one season, in the seasons' order.
fn seasonal(name: String, features: &FeatureTable, seasons: &[Season]) -> Scheme {
    let mut scheme = seasonal_scheme(name, seasons);
    // Seasons past the ones measured have no share to read.
    scheme
        .rules
        .retain(|r| r.when.features().iter().all(|f| features.get(f).is_some()));
    scheme
}

/// Seasonal buyers' rules: a customer with half their orders or more in a season is its
/// buyer (seasons in order), anyone else with an order buys through the year.
pub fn seasonal_scheme(name: String, seasons: &[Season]) -> Scheme {
    let mut rules: Vec<Rule> = seasons
        .iter()
        .map(|s| {
            rule(
                &format!("{} buyers", s.name),
                between(&ids::season_share(&s.name), Some(0.5), None),
            )
        })
        .collect();
    rules.push(rule(
        "Buys through the year",
        between(ids::FREQUENCY, Some(1.0), None),
    ));
    scheme(name, rules, "No order")
}

fn discount(name: String) -> Scheme {
    let share = ids::DISCOUNT_SHARE;
    scheme(
        name,
        vec![
            rule(
                "Discount hunters (half their orders or more)",
                between(share, Some(0.5), None),
            ),
            rule(
                "Occasional code users",
                between(share, Some(f64::MIN_POSITIVE), None),
            ),
            rule("Full-price buyers", between(share, Some(0.0), Some(0.0))),
        ],
        "No order",
    )
}

fn repeat(name: String) -> Scheme {
    scheme(
        name,
        vec![
            rule("Repeat customers", between(ids::FREQUENCY, Some(2.0), None)),
            rule(
                "One-time buyers",
                between(ids::FREQUENCY, Some(1.0), Some(1.0)),
            ),
        ],
        "No order",
    )
}

/// Customers against their own usual gap between orders.
fn rhythm(name: String) -> Scheme {
    scheme(
        name,
        vec![
            rule("One order so far", between(ids::FREQUENCY, None, Some(1.0))),
            rule(
                "Overdue (more than twice their usual gap)",
                between(ids::OVERDUE, Some(2.0 + 1e-9), None),
            ),
            rule(
                "Due now (past their usual gap)",
                between(ids::OVERDUE, Some(1.0 + 1e-9), None),
            ),
            rule(
                "On their usual rhythm",
                between(ids::OVERDUE, None, Some(1.0 + 1e-9)),
            ),
        ],
        "No order",
    )
}

/// Loyalty from how long (tenure) and how often (orders) customers have bought.
fn loyalty(name: String) -> Scheme {
    scheme(
        name,
        vec![
            rule(
                "Long-time regulars (2+ years, 6+ orders)",
                Condition::all(vec![
                    between(ids::TENURE, Some(730.0), None),
                    between(ids::FREQUENCY, Some(6.0), None),
                ]),
            ),
            rule(
                "Loyal (1+ year, 3+ orders)",
                Condition::all(vec![
                    between(ids::TENURE, Some(365.0), None),
                    between(ids::FREQUENCY, Some(3.0), None),
                ]),
            ),
            rule(
                "New (first order in the last 90 days)",
                between(ids::TENURE, None, Some(90.0)),
            ),
            rule("Returning", between(ids::FREQUENCY, Some(2.0), None)),
            rule("Occasional", between(ids::FREQUENCY, Some(1.0), None)),
        ],
        "No order",
    )
}

/// Who will buy again and what they are worth, from the predicted features (computed by
/// the session before this scheme is offered): the active split by predicted value at its
/// median, the customers at risk by what they have spent so far, then the likely lost.
/// The Future value segments, in the order they claim customers, and the rest; the first
/// and third quote the amount they start from.
pub const FUTURE_VALUE_SEGMENTS: [&str; 5] = [
    "Active and valuable",
    "Active",
    "At risk, worth saving",
    "At risk",
    "Likely lost",
];
/// The Future value segment of customers the models say nothing of.
pub const NO_PREDICTION: &str = "No prediction";
/// How Future value names the worth it ranks by: predicted value, or past spend when the
/// order-value model could not be fitted.
pub const FUTURE_WORTH_WORDS: [&str; 2] = ["predicted value", "spent"];

fn future_value(
    name: String,
    features: &FeatureTable,
    active: f64,
    lost: f64,
    currency: &Currency,
) -> Scheme {
    // Without the order-value model, worth is told by past spend.
    let (worth, worth_words) = match features.get(ids::PREDICTED_VALUE) {
        Some(_) => (ids::PREDICTED_VALUE, FUTURE_WORTH_WORDS[0]),
        None => (ids::MONETARY, FUTURE_WORTH_WORDS[1]),
    };
    let median_of = |id: &str| {
        let mut known: Vec<f64> = features
            .numbers(id)
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .collect();
        known.sort_unstable_by(f64::total_cmp);
        known.get(known.len() / 2).copied().unwrap_or(0.0)
    };
    let (worth_cut, spent_cut) = (median_of(worth), median_of(ids::MONETARY));
    let alive = |min: f64, max: Option<f64>| between(ids::P_ALIVE, Some(min), max);
    let [valuable, active_name, worth_saving, at_risk, likely_lost] = FUTURE_VALUE_SEGMENTS;
    scheme(
        name,
        vec![
            rule(
                &format!(
                    "{valuable} ({worth_words} from {})",
                    currency.format_whole(worth_cut)
                ),
                Condition::all(vec![
                    alive(active, None),
                    between(worth, Some(worth_cut), None),
                ]),
            ),
            rule(active_name, alive(active, None)),
            rule(
                &format!(
                    "{worth_saving} ({} from {})",
                    FUTURE_WORTH_WORDS[1],
                    currency.format_whole(spent_cut)
                ),
                Condition::all(vec![
                    alive(lost, Some(active)),
                    between(ids::MONETARY, Some(spent_cut), None),
                ]),
            ),
            rule(at_risk, alive(lost, Some(active))),
            rule(likely_lost, alive(0.0, Some(lost))),
        ],
        NO_PREDICTION,
    )
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
    feature: &str,
    top: usize,
    other: &str,
    unknown: &str,
    name: &str,
) -> Scheme {
    let Some(cats) = features.get(feature).and_then(|f| f.categories()) else {
        return Scheme {
            name: name.to_string(),
            rules: Vec::new(),
            otherwise: unknown.to_string(),
        };
    };
    let ranked = cats.ranked();
    let chosen: Vec<&str> = ranked.iter().take(top).map(|r| r.label).collect();
    let mut rules: Vec<Rule> = chosen
        .iter()
        .map(|label| Rule {
            segment: label.to_string(),
            when: Condition::is_in(feature, &[label]),
        })
        .collect();
    if ranked.len() > chosen.len() {
        rules.push(Rule {
            segment: other.to_string(),
            when: Condition::NotIn {
                feature: feature.to_string(),
                values: chosen.iter().map(|l| l.to_string()).collect(),
            },
        });
    }
    Scheme {
        name: name.to_string(),
        rules,
        otherwise: unknown.to_string(),
    }
}

/// Bands of a numeric feature: under the first edge, between edges, and the last and over.
fn bands(name: &str, feature: &str, edges: &[f64], unit: &str, unknown: &str) -> Scheme {
    let mut edges: Vec<f64> = edges.iter().copied().filter(|e| e.is_finite()).collect();
    edges.sort_by(f64::total_cmp);
    edges.dedup();
    let fmt = |v: f64| group_thousands(&format!("{v:.0}"));
    let mut rules = Vec::new();
    let mut from: Option<f64> = None;
    for &edge in &edges {
        let segment = match from {
            None => format!("Under {} {unit}", fmt(edge)),
            Some(f) => format!("{}–{} {unit}", fmt(f), fmt(edge - 1.0)),
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
            Some(f) => format!("{} {unit} and over", fmt(f)),
            None => format!("All ({unit} known)"),
        },
        when: Condition::between(feature, from, None),
    });
    Scheme {
        name: name.to_string(),
        rules,
        otherwise: unknown.to_string(),
    }
}

/// The RFM segments for a grid of `points` score points. On 5 points, the published grid;
/// on 3 or 4, each cell takes the segment of the 5-point cell at the same place on the
/// scale, so every cell is covered (some segments may then have no cell).
pub fn rfm_scheme(points: u8) -> Scheme {
    let points = points.clamp(3, 5);
    let standard = standard_segments();
    if points == 5 {
        return standard;
    }
    let five = grid_segments(&standard, 5, &GridAxes::recency_frequency()).unwrap_or_default();
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
        name: preset_name(&Preset::Rfm { points }),
        rules,
        otherwise: standard.otherwise,
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
        let scheme = build(&preset, shop, features, &Currency::default());
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
            let scheme = rfm_scheme(points);
            let grid = grid_segments(&scheme, points, &GridAxes::recency_frequency()).unwrap();
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
