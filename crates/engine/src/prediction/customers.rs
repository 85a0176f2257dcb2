//! Predictions → customers' features: each customer's chance of still being active, the
//! purchases and value to expect, as features rules, clusters, lists and exports read like
//! any other (`p_alive between 0.7 and 1`).

use super::{histories, predict, History, Prediction, PredictionError, PredictionOptions};
use crate::basics::calendar::Date;
use crate::features::{ids, FeatureData, FeatureTable};
use crate::shop::Shop;
use segmenter_words::Key;

/// Fits the models to `shop`'s orders before `reference` and sets every customer's
/// predicted figures in `table` (unknown, NaN, for a customer the models say nothing of);
/// the order-value figures only when that model could be fitted. Returns the histories
/// and the prediction made from them.
pub fn add_prediction_features(
    shop: &Shop,
    reference: Date,
    table: &mut FeatureTable,
    options: &PredictionOptions,
) -> Result<(Vec<Option<History>>, Prediction), PredictionError> {
    let histories = histories(shop, reference);
    let prediction = predict(&histories, options)?;
    let column = |figure: &dyn Fn(&super::CustomerPrediction) -> Option<f64>| {
        let values = prediction
            .customers
            .iter()
            .map(|c| c.as_ref().and_then(figure).unwrap_or(f64::NAN))
            .collect();
        FeatureData::Number(values)
    };
    // The horizon is written as it is (365), not as a count (1,000).
    let days = [("days", options.horizon_days.to_string().into())];
    let language = table.language;
    table.set(
        ids::P_ALIVE,
        &language.text(Key::FeaturesPAlive, &[]),
        column(&|c| Some(c.p_alive)),
    );
    table.set(
        ids::EXPECTED_PURCHASES,
        &language.text(Key::FeaturesExpectedPurchases, &days),
        column(&|c| Some(c.expected_purchases)),
    );
    if prediction.order_values.is_ok() {
        table.set(
            ids::EXPECTED_ORDER_VALUE,
            &language.text(Key::FeaturesExpectedOrderValue, &[]),
            column(&|c| Some(c.value?.expected_order_value)),
        );
        table.set(
            ids::PREDICTED_VALUE,
            &language.text(Key::FeaturesPredictedValue, &days),
            column(&|c| Some(c.value?.clv)),
        );
    }
    Ok((histories, prediction))
}
