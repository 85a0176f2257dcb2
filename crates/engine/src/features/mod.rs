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
pub use period::{add_period_spend, period_spend, Period};
pub use table::{Feature, FeatureData, FeatureInfo, FeatureKind, FeatureTable};

/// A customer's chance of still being active as the merchant is shown it: the purchase
/// model's `p_alive` for a customer it has seen buy again, unknown (NaN) otherwise.
///
/// BG/NBD only lets a customer leave right after a repeat purchase, so its P(alive) is 1
/// for everyone without one, however long ago they bought (`lifetimes` gives the same): a
/// segment of one-time buyers from two years back would read "100 % still active". A
/// repeat purchase is a second day with an order: two orders on one day are one purchase
/// to the model, and P(alive) is exactly 1 then too (and for no one else, short of a fit
/// where nobody ever leaves, which shows nothing either). Exports keep the model's figure;
/// the segment table, the customer lists and the campaigns use this.
///
/// ```
/// use segmenter_engine::features::repeat_buyer_p_alive;
/// assert_eq!(repeat_buyer_p_alive(0.25), 0.25);
/// assert!(repeat_buyer_p_alive(1.0).is_nan());
/// ```
pub fn repeat_buyer_p_alive(p_alive: f64) -> f64 {
    if p_alive < 1.0 {
        p_alive
    } else {
        f64::NAN
    }
}
