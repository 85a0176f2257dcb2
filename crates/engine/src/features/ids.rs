//! Every feature id the engine names, in one place.
//!
//! Feature ids are the names rules use (`recency_days between 0 and 30`), the columns of the
//! customer export, and in a later SQL translation the column names of a query, so each is
//! written once, here. Customers' own details (places, names, demographics) take their id
//! from the role of the column they come from: [`of_role`].

use crate::basics::text::slug;
use crate::roles::Role;
use segmenter_words::{Key, Language};

/// Days from the last order to the reference date.
pub const RECENCY: &str = "recency_days";
/// Number of orders.
pub const FREQUENCY: &str = "frequency";
/// Total net spend.
pub const MONETARY: &str = "monetary";
/// Average order value.
pub const AOV: &str = "average_order_value";
/// First order date.
pub const FIRST_ORDER: &str = "first_order";
/// Last order date.
pub const LAST_ORDER: &str = "last_order";
/// Days from the first order to the reference date.
pub const TENURE: &str = "tenure_days";
/// Average days between orders (customers with two or more).
pub const INTERVAL: &str = "days_between_orders";
/// Days since the last order over the usual days between orders.
pub const OVERDUE: &str = "overdue_ratio";
/// Net spend in the 365 days before the reference date.
pub const SPEND_LAST_YEAR: &str = "spend_last_365_days";
/// Net spend in a period the merchant chose (value tiers).
pub const SPEND_IN_PERIOD: &str = "spend_in_period";
/// Share of orders with a discount (a code, or an amount other than 0).
pub const DISCOUNT_SHARE: &str = "discount_share";
/// The weekday most of a customer's orders fall on.
pub const WEEKDAY: &str = "favourite_weekday";
/// The month most of a customer's orders fall in.
pub const MONTH: &str = "favourite_month";
/// The part of the day most orders are placed in (files with times).
pub const TIME_OF_DAY: &str = "time_of_day";
/// The category with the largest share of a customer's spend.
pub const TOP_CATEGORY: &str = "top_category";
/// That category's share of the customer's spend.
pub const TOP_CATEGORY_SHARE: &str = "top_category_share";
/// How many categories a customer bought from.
pub const CATEGORIES_BOUGHT: &str = "categories_bought";
/// Age in years (from an age column or a birth date).
pub const AGE: &str = "age";
/// Company size in employees.
pub const COMPANY_SIZE: &str = "company_size";
/// Whether the customer accepts marketing ("yes", "no").
pub const ACCEPTS_MARKETING: &str = "accepts_marketing";
/// Recency score, 1–5 (5 = most recent).
pub const R_SCORE: &str = "r_score";
/// Frequency score.
pub const F_SCORE: &str = "f_score";
/// Monetary score.
pub const M_SCORE: &str = "m_score";
/// The k-means cluster a customer falls in.
pub const CLUSTER: &str = "cluster";
/// The chance, 0–1, that a customer is still active (BG/NBD).
pub const P_ALIVE: &str = "p_alive";
/// Purchase days to expect over the prediction's horizon.
pub const EXPECTED_PURCHASES: &str = "expected_purchases";
/// Spend to expect per purchase day (Gamma-Gamma, or the shop's mean).
pub const EXPECTED_ORDER_VALUE: &str = "expected_order_value";
/// Discounted spend to expect over the prediction's horizon: the lifetime value.
pub const PREDICTED_VALUE: &str = "predicted_value";

/// The features a prediction sets.
pub const PREDICTED: [&str; 4] = [
    P_ALIVE,
    EXPECTED_PURCHASES,
    EXPECTED_ORDER_VALUE,
    PREDICTED_VALUE,
];

/// The features that are amounts of money, written in the shop's currency wherever shown.
pub const MONEY: [&str; 6] = [
    MONETARY,
    AOV,
    SPEND_LAST_YEAR,
    SPEND_IN_PERIOD,
    EXPECTED_ORDER_VALUE,
    PREDICTED_VALUE,
];

/// Whether the feature `id` is an amount of money ([`MONEY`]).
pub fn is_money(id: &str) -> bool {
    MONEY.contains(&id)
}

/// How the ids of season-share features begin.
pub const SEASON_SHARE_PREFIX: &str = "season_share_";
/// The label of a season-share feature in `language`: "Share of orders in December".
pub fn season_share_label(season: &str, language: Language) -> String {
    language.text(Key::FeaturesSeasonShare, &[("season", season.into())])
}

/// The season's name in a label [`season_share_label`] wrote in `language`.
///
/// ```
/// use segmenter_engine::features::ids::{season_of_share_label, season_share_label};
/// use segmenter_words::Language;
/// let label = season_share_label("December", Language::German);
/// assert_eq!(label, "Anteil der Bestellungen im Zeitraum „December“");
/// assert_eq!(season_of_share_label(&label, Language::German), Some("December"));
/// ```
pub fn season_of_share_label(label: &str, language: Language) -> Option<&str> {
    // The message around a mark that no season's name holds tells where the name is.
    let around = season_share_label("\u{0}", language);
    let (before, after) = around.split_once('\u{0}')?;
    label.strip_prefix(before)?.strip_suffix(after)
}

/// The id of the feature "share of orders in `season`".
pub fn season_share(season: &str) -> String {
    format!("{SEASON_SHARE_PREFIX}{}", slug(season).replace('-', "_"))
}

/// The id of the feature "the first `characters` characters of the postal code".
pub fn postal_prefix(characters: usize) -> String {
    format!("postal_prefix_{characters}")
}

/// The id of the feature holding a customer detail of this role, for the roles that are
/// customers' details (not order facts such as amounts or dates).
///
/// ```
/// use segmenter_engine::features::ids;
/// use segmenter_engine::roles::Role;
/// assert_eq!(ids::of_role(Role::PostalCode), Some("postal_code"));
/// assert_eq!(ids::of_role(Role::Amount), None);
/// ```
pub fn of_role(role: Role) -> Option<&'static str> {
    Some(match role {
        Role::Email => "email",
        Role::FullName => "name",
        Role::FirstName => "first_name",
        Role::LastName => "last_name",
        Role::Company => "company",
        Role::Country => "country",
        Role::Region => "region",
        Role::City => "city",
        Role::PostalCode => "postal_code",
        Role::Gender => "gender",
        Role::Industry => "industry",
        Role::Age => AGE,
        Role::CompanySize => COMPANY_SIZE,
        Role::AcceptsMarketing => ACCEPTS_MARKETING,
        _ => return None,
    })
}
