//! The built-in segmentation schemes: value tiers, places, demographics, behaviour and
//! RFM, each generated as an ordinary [`Scheme`] (ordered rules over named features) from
//! a few parameters and, where the cut points depend on the shop, from its data.
//!
//! Because the result is plain rules, a built-in scheme can be opened in the rule builder,
//! edited, saved and exported like the merchant's own.

use crate::engine::calendar::Date;
use crate::engine::features::{ids, FeatureData, FeatureTable};
use crate::engine::grid::{grid_segments, GridAxes};
use crate::engine::money::{group_thousands, Currency};
use crate::engine::rfm::{standard_segments, value_loyalty_segments, F_SCORE, R_SCORE};
use crate::engine::scheme::{Condition, Rule, Scheme};
use crate::engine::seasons::Season;
use crate::engine::shop::{Categories, Shop};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A built-in scheme and its parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// RFM segments on a grid of 3, 4 or 5 score points.
    Rfm {
        /// Score points.
        points: u8,
    },
    /// Segments from frequency and spend scores alone (an F×M grid), for customer lists
    /// without order dates.
    ValueLoyalty,
    /// Spend tiers over a period: top 1%, top 5%, top 20%, …
    ValueTiers {
        /// The period whose spend counts.
        period: Period,
    },
    /// One segment per area, for the areas with the most customers.
    Geography {
        /// Country, region, city or postal code.
        level: GeoLevel,
        /// For postal codes: how many first characters make an area (0 = whole code).
        prefix: usize,
        /// How many areas get their own segment.
        top: usize,
    },
    /// Age bands; `edges` are the first ages of each band after the first.
    AgeBands {
        /// Ascending band starts, e.g. 25, 35, 45, 55, 65.
        edges: Vec<f64>,
    },
    /// One segment per gender value.
    Gender,
    /// One segment per industry, for the most common ones (business customers).
    Industry,
    /// Company size bands in employees; `edges` as for ages.
    CompanySize {
        /// Ascending band starts, e.g. 10, 50, 250, 1000.
        edges: Vec<f64>,
    },
    /// One segment per favourite product category (by share of spend).
    ProductPreference,
    /// How many categories customers buy from.
    CategoryBreadth,
    /// The weekday customers order on most.
    Weekday,
    /// The month customers order in most.
    Month,
    /// The part of the day customers order in most (files with times).
    TimeOfDay,
    /// Customers who buy mostly in one season (Black Friday, December, …).
    Seasonal {
        /// The seasons, in the order they claim customers.
        seasons: Vec<Season>,
    },
    /// Discount hunters, occasional code users and full-price buyers.
    Discount,
    /// One-time versus repeat customers.
    Repeat,
    /// Customers on their usual rhythm, due, or overdue.
    Rhythm,
    /// Loyalty from how long and how often customers have bought.
    Loyalty,
}

/// A period of orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// The `days` days before the reference date.
    Last {
        /// Days.
        days: u32,
    },
    /// A calendar year.
    Year {
        /// The year.
        year: i32,
    },
    /// From one day to another, both included.
    Between {
        /// First day.
        from: Date,
        /// Last day.
        to: Date,
    },
}

impl Period {
    /// The days `(first, last)` the period covers, given the reference date.
    pub fn days(self, reference: Date) -> (Date, Date) {
        match self {
            Period::Last { days } => (reference.plus_days(-(days as i32)), reference.plus_days(-1)),
            Period::Year { year } => (
                Date::from_ymd(year, 1, 1).unwrap_or(reference),
                Date::from_ymd(year, 12, 31).unwrap_or(reference),
            ),
            Period::Between { from, to } => (from, to),
        }
    }

    /// How the period is named in the page, e.g. "the last 365 days".
    pub fn label(self, reference: Date) -> String {
        match self {
            Period::Last { days } => format!("the {days} days before {reference}"),
            Period::Year { year } => format!("{year}"),
            Period::Between { from, to } => format!("{from} to {to}"),
        }
    }
}

/// Where an area comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GeoLevel {
    /// Country.
    Country,
    /// Region, state or province.
    Region,
    /// City.
    City,
    /// Postal code (or its first characters).
    PostalCode,
}

impl GeoLevel {
    fn feature(self) -> &'static str {
        match self {
            GeoLevel::Country => "country",
            GeoLevel::Region => "region",
            GeoLevel::City => "city",
            GeoLevel::PostalCode => "postal_code",
        }
    }
}

/// A family of schemes, to group them in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Family {
    /// RFM.
    Rfm,
    /// Value.
    Value,
    /// Places.
    Geography,
    /// Who the customers are.
    Demographic,
    /// How they buy.
    Behaviour,
}

/// A built-in scheme as the page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogEntry {
    /// The scheme with its default parameters.
    pub preset: Preset,
    /// Its name.
    pub name: String,
    /// Its family.
    pub family: Family,
    /// Why it cannot be used with this file, if it cannot.
    pub unavailable: Option<String>,
}

/// Every built-in scheme, with whether this file's features allow it.
pub fn catalog(features: &FeatureTable, seasons: &[Season]) -> Vec<CatalogEntry> {
    let has = |id: &str| features.get(id).is_some();
    let needs = |ok: bool, what: &str| (!ok).then(|| format!("Needs a {what} column."));
    let entry = |preset: Preset, family: Family, unavailable: Option<String>| CatalogEntry {
        name: preset_name(&preset),
        preset,
        family,
        unavailable,
    };
    let dated = features
        .numbers(ids::RECENCY)
        .is_some_and(|r| r.iter().any(|v| !v.is_nan()));
    vec![
        entry(
            Preset::Rfm { points: 5 },
            Family::Rfm,
            (!dated).then(|| "Needs order dates.".into()),
        ),
        entry(
            Preset::Rfm { points: 4 },
            Family::Rfm,
            (!dated).then(|| "Needs order dates.".into()),
        ),
        entry(
            Preset::Rfm { points: 3 },
            Family::Rfm,
            (!dated).then(|| "Needs order dates.".into()),
        ),
        entry(Preset::ValueLoyalty, Family::Rfm, None),
        entry(
            Preset::ValueTiers {
                period: Period::Last { days: 365 },
            },
            Family::Value,
            None,
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::Country,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(has("country"), "country"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::Region,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(has("region"), "region"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::City,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(has("city"), "city"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::PostalCode,
                prefix: 2,
                top: 10,
            },
            Family::Geography,
            needs(has("postal_code"), "postal code"),
        ),
        entry(
            Preset::AgeBands {
                edges: vec![25.0, 35.0, 45.0, 55.0, 65.0],
            },
            Family::Demographic,
            needs(has(ids::AGE), "age or birth date"),
        ),
        entry(
            Preset::Gender,
            Family::Demographic,
            needs(has("gender"), "gender"),
        ),
        entry(
            Preset::Industry,
            Family::Demographic,
            needs(has("industry"), "industry"),
        ),
        entry(
            Preset::CompanySize {
                edges: vec![10.0, 50.0, 250.0, 1000.0],
            },
            Family::Demographic,
            needs(has(ids::COMPANY_SIZE), "company size"),
        ),
        entry(
            Preset::ProductPreference,
            Family::Behaviour,
            needs(has(ids::TOP_CATEGORY), "product category"),
        ),
        entry(
            Preset::CategoryBreadth,
            Family::Behaviour,
            needs(has(ids::CATEGORIES_BOUGHT), "product category"),
        ),
        entry(
            Preset::Weekday,
            Family::Behaviour,
            needs(has(ids::WEEKDAY), "order date"),
        ),
        entry(
            Preset::Month,
            Family::Behaviour,
            needs(has(ids::MONTH), "order date"),
        ),
        entry(
            Preset::TimeOfDay,
            Family::Behaviour,
            needs(has(ids::TIME_OF_DAY), "order time"),
        ),
        entry(
            Preset::Seasonal {
                seasons: seasons.to_vec(),
            },
            Family::Behaviour,
            needs(has(ids::WEEKDAY), "order date"),
        ),
        entry(
            Preset::Discount,
            Family::Behaviour,
            needs(has(ids::DISCOUNT_SHARE), "discount code"),
        ),
        entry(Preset::Repeat, Family::Behaviour, None),
        entry(
            Preset::Rhythm,
            Family::Behaviour,
            (!dated).then(|| "Needs order dates.".into()),
        ),
        entry(
            Preset::Loyalty,
            Family::Behaviour,
            (!dated).then(|| "Needs order dates.".into()),
        ),
    ]
}

impl Preset {
    /// What kind of built-in scheme this is, whatever its parameters: the page's picker
    /// lists one entry per key ("rfm-5", "tiers", "geo-country", …).
    pub fn key(&self) -> String {
        match self {
            Preset::Rfm { points } => format!("rfm-{points}"),
            Preset::ValueLoyalty => "value-loyalty".into(),
            Preset::ValueTiers { .. } => "tiers".into(),
            Preset::Geography { level, .. } => format!("geo-{}", level.feature()),
            Preset::AgeBands { .. } => "age".into(),
            Preset::Gender => "gender".into(),
            Preset::Industry => "industry".into(),
            Preset::CompanySize { .. } => "company-size".into(),
            Preset::ProductPreference => "category".into(),
            Preset::CategoryBreadth => "breadth".into(),
            Preset::Weekday => "weekday".into(),
            Preset::Month => "month".into(),
            Preset::TimeOfDay => "time-of-day".into(),
            Preset::Seasonal { .. } => "seasonal".into(),
            Preset::Discount => "discount".into(),
            Preset::Repeat => "repeat".into(),
            Preset::Rhythm => "rhythm".into(),
            Preset::Loyalty => "loyalty".into(),
        }
    }
}

/// The name a preset's scheme gets.
pub fn preset_name(preset: &Preset) -> String {
    match preset {
        Preset::Rfm { points: 5 } => "RFM segments".into(),
        Preset::Rfm { points } => format!("RFM segments ({points} score points)"),
        Preset::ValueLoyalty => "Value and loyalty segments".into(),
        Preset::ValueTiers {
            period: Period::Last { days },
        } => format!("Spend tiers, last {days} days"),
        Preset::ValueTiers {
            period: Period::Year { year },
        } => format!("Spend tiers, {year}"),
        Preset::ValueTiers {
            period: Period::Between { from, to },
        } => format!("Spend tiers, {from} to {to}"),
        Preset::Geography { level, prefix, .. } => match (level, prefix) {
            (GeoLevel::Country, _) => "Countries".into(),
            (GeoLevel::Region, _) => "Regions".into(),
            (GeoLevel::City, _) => "Cities".into(),
            (GeoLevel::PostalCode, 0) => "Postal codes".into(),
            (GeoLevel::PostalCode, n) => format!("Postal areas (first {n} characters)"),
        },
        Preset::AgeBands { .. } => "Age bands".into(),
        Preset::Gender => "Gender".into(),
        Preset::Industry => "Industries".into(),
        Preset::CompanySize { .. } => "Company size".into(),
        Preset::ProductPreference => "Favourite category".into(),
        Preset::CategoryBreadth => "Category breadth".into(),
        Preset::Weekday => "Favourite weekday".into(),
        Preset::Month => "Favourite month".into(),
        Preset::TimeOfDay => "Time of day".into(),
        Preset::Seasonal { .. } => "Seasonal buyers".into(),
        Preset::Discount => "Discount use".into(),
        Preset::Repeat => "One-time and repeat customers".into(),
        Preset::Rhythm => "Buying rhythm".into(),
        Preset::Loyalty => "Loyalty".into(),
    }
}

/// Builds a preset's scheme. Some presets add the feature they need first (spend in the
/// period, postal areas), which is why the features are mutable.
pub fn build(
    preset: &Preset,
    shop: &Shop,
    features: &mut FeatureTable,
    currency: &Currency,
) -> Scheme {
    let name = preset_name(preset);
    let scheme = |rules: Vec<Rule>, otherwise: &str| Scheme {
        name: name.clone(),
        rules,
        otherwise: otherwise.to_string(),
    };
    let rule = |segment: &str, when: Condition| Rule {
        segment: segment.to_string(),
        when,
    };
    let between = |f: &str, min: Option<f64>, max: Option<f64>| Condition::between(f, min, max);
    match preset {
        Preset::Rfm { points } => rfm_scheme(*points),
        Preset::ValueLoyalty => value_loyalty_segments(),
        Preset::ValueTiers { period } => {
            let id = add_period_spend(shop, features, *period);
            let spend = features.numbers(id).unwrap_or_default();
            let mut positive: Vec<f64> = spend.iter().copied().filter(|&s| s > 0.0).collect();
            positive.sort_by(|a, b| b.total_cmp(a));
            // The spend of the customer at the given top share, as the tier's lower bound.
            let at = |share: f64| -> f64 {
                let i = ((positive.len() as f64 * share).ceil() as usize)
                    .clamp(1, positive.len().max(1))
                    - 1;
                positive.get(i).copied().unwrap_or(f64::INFINITY)
            };
            let tiers = [
                (0.01, "Top 1%"),
                (0.05, "Top 2–5%"),
                (0.20, "Top 6–20%"),
                (0.50, "21–50%"),
            ];
            let mut rules: Vec<Rule> = tiers
                .iter()
                .map(|&(share, label)| {
                    let bound = at(share);
                    rule(
                        &format!("{label} (from {})", currency.format_whole(bound)),
                        between(id, Some(bound), None),
                    )
                })
                .collect();
            rules.push(rule(
                "Bottom 50%",
                between(id, Some(f64::MIN_POSITIVE), None),
            ));
            scheme(rules, "No purchase in the period")
        }
        Preset::Geography { level, prefix, top } => {
            let mut feature = level.feature().to_string();
            if *level == GeoLevel::PostalCode && *prefix > 0 {
                if let Some(cats) = features.get("postal_code").and_then(|f| f.categories()) {
                    let areas = prefixes(cats, *prefix);
                    feature = format!("postal_prefix_{prefix}");
                    features.set(
                        &feature,
                        &format!("Postal code, first {prefix} characters"),
                        FeatureData::Category(Arc::new(areas)),
                    );
                }
            }
            top_values(
                features,
                &feature,
                *top,
                "Other areas",
                "Area unknown",
                &name,
            )
        }
        Preset::AgeBands { edges } => bands(&name, ids::AGE, edges, "years", "Age unknown"),
        Preset::CompanySize { edges } => {
            bands(&name, ids::COMPANY_SIZE, edges, "employees", "Size unknown")
        }
        Preset::Gender => top_values(features, "gender", 6, "Other", "Gender unknown", &name),
        Preset::Industry => top_values(
            features,
            "industry",
            10,
            "Other industries",
            "Industry unknown",
            &name,
        ),
        Preset::ProductPreference => top_values(
            features,
            ids::TOP_CATEGORY,
            12,
            "Other categories",
            "No category",
            &name,
        ),
        Preset::Weekday => top_values(features, ids::WEEKDAY, 7, "Other", "No order", &name),
        Preset::Month => top_values(features, ids::MONTH, 12, "Other", "No order", &name),
        Preset::TimeOfDay => top_values(
            features,
            ids::TIME_OF_DAY,
            4,
            "Other",
            "No time given",
            &name,
        ),
        Preset::CategoryBreadth => scheme(
            vec![
                rule(
                    "One category",
                    between(ids::CATEGORIES_BOUGHT, Some(1.0), Some(1.0)),
                ),
                rule(
                    "Two or three categories",
                    between(ids::CATEGORIES_BOUGHT, Some(2.0), Some(3.0)),
                ),
                rule(
                    "Four categories or more",
                    between(ids::CATEGORIES_BOUGHT, Some(4.0), None),
                ),
            ],
            "No category",
        ),
        Preset::Seasonal { seasons } => {
            let mut rules: Vec<Rule> = seasons
                .iter()
                .filter(|s| features.get(&ids::season_share(&s.name)).is_some())
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
            scheme(rules, "No order")
        }
        Preset::Discount => scheme(
            vec![
                rule(
                    "Discount hunters (half their orders or more)",
                    between(ids::DISCOUNT_SHARE, Some(0.5), None),
                ),
                rule(
                    "Occasional code users",
                    between(ids::DISCOUNT_SHARE, Some(f64::MIN_POSITIVE), None),
                ),
                rule(
                    "Full-price buyers",
                    between(ids::DISCOUNT_SHARE, Some(0.0), Some(0.0)),
                ),
            ],
            "No order",
        ),
        Preset::Repeat => scheme(
            vec![
                rule("Repeat customers", between(ids::FREQUENCY, Some(2.0), None)),
                rule(
                    "One-time buyers",
                    between(ids::FREQUENCY, Some(1.0), Some(1.0)),
                ),
            ],
            "No order",
        ),
        Preset::Rhythm => scheme(
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
        ),
        Preset::Loyalty => scheme(
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
        ),
    }
}

/// The feature holding each customer's spend in a period.
pub const SPEND_IN_PERIOD: &str = "spend_in_period";

/// Adds each customer's spend in `period` as the feature [`SPEND_IN_PERIOD`] and returns
/// its id.
pub fn add_period_spend(shop: &Shop, features: &mut FeatureTable, period: Period) -> &'static str {
    let reference = features.reference.unwrap_or(Date(0));
    let (from, to) = period.days(reference);
    features.set(
        SPEND_IN_PERIOD,
        &format!("Spent in {}", period.label(reference)),
        FeatureData::Number(spend_between(shop, features.len, from, to)),
    );
    SPEND_IN_PERIOD
}

/// Each customer's net spend in the days `from..=to`.
fn spend_between(shop: &Shop, customers: usize, from: Date, to: Date) -> Vec<f64> {
    let mut spend = vec![0.0; customers];
    let orders = &shop.orders;
    for o in 0..orders.len() {
        if orders.date[o] >= from && orders.date[o] <= to {
            spend[orders.customer[o] as usize] += orders.amount[o];
        }
    }
    spend
}

/// The first `n` characters of each customer's postal code, as categories.
fn prefixes(codes: &Categories, n: usize) -> Categories {
    let mut labels = crate::engine::read::Dictionary::new();
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
    let mut counts = vec![0usize; cats.labels.len() + 1];
    for &c in &cats.codes {
        counts[c as usize] += 1;
    }
    let mut ranked: Vec<(u32, &str)> = cats
        .labels
        .iter()
        .filter(|(c, _)| counts[*c as usize] > 0)
        .collect();
    ranked.sort_by(|a, b| {
        counts[b.0 as usize]
            .cmp(&counts[a.0 as usize])
            .then(a.0.cmp(&b.0))
    });
    let chosen: Vec<&str> = ranked.iter().take(top).map(|(_, l)| *l).collect();
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
                    Condition::between(R_SCORE, Some(f64::from(r)), Some(f64::from(r))),
                    Condition::between(F_SCORE, Some(f64::from(f)), Some(f64::from(f))),
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
    use crate::engine::features::compute_features;
    use crate::engine::read::{read_table, ReadOptions};
    use crate::engine::rfm::{score_customers, RfmOptions};
    use crate::engine::roles::propose_mapping;
    use crate::engine::scheme::assign;
    use crate::engine::shop::bind;

    fn analysed(csv: &str) -> (Shop, FeatureTable) {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let reference = crate::engine::features::default_reference(&shop).unwrap();
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
