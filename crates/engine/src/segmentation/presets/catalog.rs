//! The built-in schemes the page lists, with whether this file's features allow each.

use super::preset::{preset_name, Family, GeoLevel, Preset};
use crate::features::seasons::Season;
use crate::features::{ids, FeatureTable, Period};
use crate::roles::Role;
use serde::{Deserialize, Serialize};

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
    let detail = |role: Role| ids::of_role(role).is_some_and(has);
    let needs = |ok: bool, what: &str| {
        let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        (!ok).then(|| format!("Needs {article} {what} column."))
    };
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
            needs(detail(Role::Country), "country"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::Region,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::Region), "region"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::City,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::City), "city"),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::PostalCode,
                prefix: 2,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::PostalCode), "postal code"),
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
            needs(detail(Role::Gender), "gender"),
        ),
        entry(
            Preset::Industry,
            Family::Demographic,
            needs(detail(Role::Industry), "industry"),
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
        entry(
            Preset::FUTURE_VALUE,
            Family::Value,
            (!has(ids::P_ALIVE)).then(|| "Needs a prediction (see Future value).".into()),
        ),
    ]
}
