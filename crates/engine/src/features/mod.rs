//! Customers and orders → per-customer features: the measured facts every segmentation
//! works from.
//!
//! Computed once per file and reference date ([`compute`]); schemes only read them, so
//! switching or editing a scheme never goes back to the orders. Features are named columns
//! ([`table`]: numbers, dates as day numbers, or categories) so that rules stay plain data:
//! `recency_days between 0 and 30` means the same in this engine as in SQL. Their names
//! live in [`ids`]; the buying seasons measured per customer in [`seasons`]; the category
//! values the engine writes, and their names in the merchant's language, in [`values`].

pub mod compute;
pub mod ids;
pub mod period;
pub mod seasons;
pub mod table;
pub mod values;

pub use compute::{
    add_detail_features, age_on, compute_features, default_reference, order_features,
    FeatureOptions, MEASURED_SEASONS, TIME_OF_DAY_PARTS,
};
pub use period::{add_period_spend, Period};
pub use table::{Feature, FeatureData, FeatureInfo, FeatureKind, FeatureTable};
