//! What a built-in scheme is: its kind and parameters ([`Preset`]), its key and its name.

use crate::basics::calendar::Date;
use crate::features::ids;
use crate::features::seasons::Season;
use crate::features::Period;
use crate::roles::Role;
use segmenter_words::{Arg, Key, Language};
use serde::{Deserialize, Serialize};

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
    /// Who will buy again and what they are worth (BG/NBD and Gamma-Gamma): active and
    /// valuable, active, at risk and worth saving, at risk, likely lost.
    FutureValue {
        /// The chance of still being active from which a customer counts as active.
        active: f64,
        /// The chance below which a customer counts as likely lost.
        lost: f64,
    },
}

impl Preset {
    /// The Future value scheme with its usual thresholds: active from a 60 % chance of
    /// still buying, likely lost below 20 %.
    pub const FUTURE_VALUE: Preset = Preset::FutureValue {
        active: 0.6,
        lost: 0.2,
    };
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
    /// The column role an area of this level comes from.
    pub fn role(self) -> Role {
        match self {
            GeoLevel::Country => Role::Country,
            GeoLevel::Region => Role::Region,
            GeoLevel::City => Role::City,
            GeoLevel::PostalCode => Role::PostalCode,
        }
    }

    /// The id of the feature holding the area (`country`, `postal_code`, …).
    pub fn feature(self) -> &'static str {
        ids::of_role(self.role()).unwrap_or_default()
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
            Preset::FutureValue { .. } => "future-value".into(),
        }
    }
}

/// "Spend tiers, 1 March 2024 to 31 August 2024": tiers over two days written as `from`
/// and `to`.
fn tiers_between_name(from: &str, to: &str, language: Language) -> String {
    language.text(
        Key::SchemesNameTiersBetween,
        &[("from", from.into()), ("to", to.into())],
    )
}

/// `name` with the English name of tiers over two dates as it was before their dates were
/// written in words ("Spend tiers, 2024-03-01 to 2024-08-31") made today's, alone or in a
/// scheme of tiers split by another ("Spend tiers, … by RFM segments"): the name that keys
/// the campaigns a merchant edited and exported of them then, and that a scheme saved then
/// kept. `None` when it holds no such name.
///
/// ```
/// use segmenter_engine::segmentation::presets::renamed_tiers;
/// assert_eq!(
///     renamed_tiers("Spend tiers, 2024-03-01 to 2024-08-31").as_deref(),
///     Some("Spend tiers, 1 March 2024 to 31 August 2024")
/// );
/// assert_eq!(
///     renamed_tiers("RFM segments by Spend tiers, 2024-03-01 to 2024-08-31").as_deref(),
///     Some("RFM segments by Spend tiers, 1 March 2024 to 31 August 2024")
/// );
/// assert_eq!(renamed_tiers("Spend tiers, last 365 days"), None);
/// assert_eq!(renamed_tiers("Bought 2024-03-01 to 2024-08-31"), None);
/// ```
pub fn renamed_tiers(name: &str) -> Option<String> {
    let days: Vec<Date> = (0..name.len().saturating_sub(9))
        .filter_map(|at| name.get(at..at + 10).and_then(Date::parse_iso))
        .collect();
    let english = Language::English;
    let mut renamed = name.to_string();
    for pair in days.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        // As that release wrote it, whatever today's words become.
        let before = format!("Spend tiers, {from} to {to}");
        if renamed.contains(&before) {
            let today = tiers_between_name(&from.written(english), &to.written(english), english);
            renamed = renamed.replace(&before, &today);
        }
    }
    (renamed != name).then_some(renamed)
}

/// The name a preset's scheme gets, in `language`.
pub fn preset_name(preset: &Preset, language: Language) -> String {
    let text = |key| language.text(key, &[]);
    match preset {
        Preset::Rfm { points: 5 } => text(Key::SchemesNameRfm),
        Preset::Rfm { points } => language.text(
            Key::SchemesNameRfmPoints,
            &[("points", Arg::Count(u64::from(*points)))],
        ),
        Preset::ValueLoyalty => text(Key::SchemesNameValueLoyalty),
        // Days and years are written as they are (365, 2025), not as counts (1,000).
        Preset::ValueTiers {
            period: Period::Last { days },
        } => language.text(
            Key::SchemesNameTiersLast,
            &[("days", days.to_string().into())],
        ),
        Preset::ValueTiers {
            period: Period::Year { year },
        } => language.text(
            Key::SchemesNameTiersYear,
            &[("year", year.to_string().into())],
        ),
        Preset::ValueTiers {
            period: Period::Between { from, to },
        } => tiers_between_name(&from.written(language), &to.written(language), language),
        Preset::Geography { level, prefix, .. } => match (level, prefix) {
            (GeoLevel::Country, _) => text(Key::SchemesNameCountries),
            (GeoLevel::Region, _) => text(Key::SchemesNameRegions),
            (GeoLevel::City, _) => text(Key::SchemesNameCities),
            (GeoLevel::PostalCode, 0) => text(Key::SchemesNamePostalCodes),
            (GeoLevel::PostalCode, n) => language.text(
                Key::SchemesNamePostalAreas,
                &[("count", Arg::Count(*n as u64))],
            ),
        },
        Preset::AgeBands { .. } => text(Key::SchemesNameAgeBands),
        Preset::Gender => text(Key::SchemesNameGender),
        Preset::Industry => text(Key::SchemesNameIndustries),
        Preset::CompanySize { .. } => text(Key::SchemesNameCompanySize),
        Preset::ProductPreference => text(Key::SchemesNameFavouriteCategory),
        Preset::CategoryBreadth => text(Key::SchemesNameCategoryBreadth),
        Preset::Weekday => text(Key::SchemesNameFavouriteWeekday),
        Preset::Month => text(Key::SchemesNameFavouriteMonth),
        Preset::TimeOfDay => text(Key::SchemesNameTimeOfDay),
        Preset::Seasonal { .. } => text(Key::SchemesNameSeasonal),
        Preset::Discount => text(Key::SchemesNameDiscount),
        Preset::Repeat => text(Key::SchemesNameRepeat),
        Preset::Rhythm => text(Key::SchemesNameRhythm),
        Preset::Loyalty => text(Key::SchemesNameLoyalty),
        Preset::FutureValue { .. } => text(Key::SchemesNameFutureValue),
    }
}
