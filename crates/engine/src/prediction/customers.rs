//! Predictions → customers' features: each customer's chance of still being active, the
//! purchases and value to expect, as features rules, clusters, lists and exports read like
//! any other (`p_alive between 0.7 and 1`).

use super::Prediction;
use crate::features::{ids, FeatureData, FeatureTable};
use segmenter_words::Key;

/// Sets every customer's predicted figures in `table` (unknown, NaN, for a customer the
/// models say nothing of); the order-value figures only when that model could be fitted.
/// The figures move out of `prediction` into `table` rather than being kept twice.
pub(super) fn set_prediction_features(prediction: &mut Prediction, table: &mut FeatureTable) {
    let figures = std::mem::take(&mut prediction.figures);
    let options = prediction.options;
    // The horizon is written as it is (365), not as a count (1,000).
    let days = [("days", options.horizon_days.to_string().into())];
    let language = table.language;
    table.set(
        ids::P_ALIVE,
        &language.text(Key::FeaturesPAlive, &[]),
        FeatureData::Number(figures.p_alive),
    );
    table.set(
        ids::EXPECTED_PURCHASES,
        &language.text(Key::FeaturesExpectedPurchases, &days),
        FeatureData::Number(figures.expected_purchases),
    );
    if prediction.order_values.is_ok() {
        table.set(
            ids::EXPECTED_ORDER_VALUE,
            &language.text(Key::FeaturesExpectedOrderValue, &[]),
            FeatureData::Number(figures.expected_order_value),
        );
        table.set(
            ids::PREDICTED_VALUE,
            &language.text(Key::FeaturesPredictedValue, &days),
            FeatureData::Number(figures.clv),
        );
    }
}
