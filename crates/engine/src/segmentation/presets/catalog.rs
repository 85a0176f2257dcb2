//! The built-in schemes the page lists, with whether this file's features allow each.

use super::preset::{preset_name, Family, GeoLevel, Preset};
use crate::features::seasons::Season;
use crate::features::{ids, FeatureTable, Period};
use crate::roles::Role;
use segmenter_words::{Key, Language};
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

/// Every built-in scheme, with whether this file's features allow it, named and explained
/// in `language`.
pub fn catalog(
    features: &FeatureTable,
    seasons: &[Season],
    language: Language,
) -> Vec<CatalogEntry> {
    let has = |id: &str| features.get(id).is_some();
    let detail = |role: Role| ids::of_role(role).is_some_and(has);
    // Each column its own sentence: an article and a word order that fit every language.
    let needs = |ok: bool, why: Key| (!ok).then(|| language.text(why, &[]));
    let entry = |preset: Preset, family: Family, unavailable: Option<String>| CatalogEntry {
        name: preset_name(&preset, language),
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
            needs(dated, Key::SchemesNeedsOrderDates),
        ),
        entry(
            Preset::Rfm { points: 4 },
            Family::Rfm,
            needs(dated, Key::SchemesNeedsOrderDates),
        ),
        entry(
            Preset::Rfm { points: 3 },
            Family::Rfm,
            needs(dated, Key::SchemesNeedsOrderDates),
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
            needs(detail(Role::Country), Key::SchemesNeedsCountry),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::Region,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::Region), Key::SchemesNeedsRegion),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::City,
                prefix: 0,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::City), Key::SchemesNeedsCity),
        ),
        entry(
            Preset::Geography {
                level: GeoLevel::PostalCode,
                prefix: 2,
                top: 10,
            },
            Family::Geography,
            needs(detail(Role::PostalCode), Key::SchemesNeedsPostalCode),
        ),
        entry(
            Preset::AgeBands {
                edges: vec![25.0, 35.0, 45.0, 55.0, 65.0],
            },
            Family::Demographic,
            needs(has(ids::AGE), Key::SchemesNeedsAge),
        ),
        entry(
            Preset::Gender,
            Family::Demographic,
            needs(detail(Role::Gender), Key::SchemesNeedsGender),
        ),
        entry(
            Preset::Industry,
            Family::Demographic,
            needs(detail(Role::Industry), Key::SchemesNeedsIndustry),
        ),
        entry(
            Preset::CompanySize {
                edges: vec![10.0, 50.0, 250.0, 1000.0],
            },
            Family::Demographic,
            needs(has(ids::COMPANY_SIZE), Key::SchemesNeedsCompanySize),
        ),
        entry(
            Preset::ProductPreference,
            Family::Behaviour,
            needs(has(ids::TOP_CATEGORY), Key::SchemesNeedsCategory),
        ),
        entry(
            Preset::CategoryBreadth,
            Family::Behaviour,
            needs(has(ids::CATEGORIES_BOUGHT), Key::SchemesNeedsCategory),
        ),
        entry(
            Preset::Weekday,
            Family::Behaviour,
            needs(has(ids::WEEKDAY), Key::SchemesNeedsOrderDate),
        ),
        entry(
            Preset::Month,
            Family::Behaviour,
            needs(has(ids::MONTH), Key::SchemesNeedsOrderDate),
        ),
        entry(
            Preset::TimeOfDay,
            Family::Behaviour,
            needs(has(ids::TIME_OF_DAY), Key::SchemesNeedsOrderTime),
        ),
        entry(
            Preset::Seasonal {
                seasons: seasons.to_vec(),
            },
            Family::Behaviour,
            needs(has(ids::WEEKDAY), Key::SchemesNeedsOrderDate),
        ),
        entry(
            Preset::Discount,
            Family::Behaviour,
            needs(has(ids::DISCOUNT_SHARE), Key::SchemesNeedsDiscountCode),
        ),
        entry(Preset::Repeat, Family::Behaviour, None),
        entry(
            Preset::Rhythm,
            Family::Behaviour,
            needs(dated, Key::SchemesNeedsOrderDates),
        ),
        entry(
            Preset::Loyalty,
            Family::Behaviour,
            needs(dated, Key::SchemesNeedsOrderDates),
        ),
        entry(
            Preset::FUTURE_VALUE,
            Family::Value,
            needs(has(ids::P_ALIVE), Key::SchemesNeedsPrediction),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_columns_in_french() {
        let entries = catalog(&FeatureTable::default(), &[], Language::French);
        let of = |key: &str| entries.iter().find(|e| e.preset.key() == key).unwrap();
        assert_eq!(of("rfm-5").name, "Segments RFM");
        assert_eq!(
            of("rfm-5").unavailable.as_deref(),
            Some("Nécessite les dates de commande.")
        );
        assert_eq!(
            of("geo-postal_code").name,
            "Zones postales (2 premiers caractères)"
        );
        assert_eq!(
            of("age").unavailable.as_deref(),
            Some("Nécessite une colonne âge ou date de naissance.")
        );
        // English is as it always was.
        let english = catalog(&FeatureTable::default(), &[], Language::English);
        let age = english.iter().find(|e| e.preset.key() == "age").unwrap();
        assert_eq!(
            age.unavailable.as_deref(),
            Some("Needs an age or birth date column.")
        );
    }
}
