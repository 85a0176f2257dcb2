//! Who will buy again and what they are worth, for the analysis on show: the models fitted
//! to its orders, each customer's figures set as features (so rules, clusters, lists and
//! exports read them), a check on the last months, and the segments summarised again.

use super::analysis::Analysis;
use super::error::EngineError;
use super::protocol::PredictOptions;
use super::views::{PredictionView, SchemeView};
use crate::basics::profile::{lap, Step};
use crate::export::sql::Models;
use crate::features::ids;
use crate::prediction::{add_prediction_features, calibration};
use crate::segmentation::presets::catalog;

impl Analysis {
    /// Predicts every customer's purchases and value, and summarises the segments on show
    /// again with them.
    pub(super) fn predict(
        &mut self,
        options: &PredictOptions,
    ) -> Result<(PredictionView, Option<SchemeView>), EngineError> {
        // A prediction made again (another horizon, the same analysis asked for again)
        // replaces the one before, which goes first so that the two are never held at once
        // (26 MB of features at 833,333 customers): if the new one cannot be made, there is
        // none.
        self.prediction = None;
        for id in ids::PREDICTED {
            self.features.remove(id);
        }
        // The check first: its refit's figures are gone before the prediction's are kept,
        // rather than taking memory on top of them.
        let check = options
            .check_days
            .map(|days| calibration(&self.shop, self.reference, days));
        let prediction = add_prediction_features(
            &self.shop,
            self.reference,
            &mut self.features,
            &options.prediction,
        )
        .map_err(EngineError::Prediction)?;
        // The figures of the customers the models know, NaN for the others.
        let known = |id: &str| {
            let column = self.features.numbers(id).unwrap_or_default();
            column.iter().copied().filter(|v| !v.is_nan())
        };
        let view = PredictionView {
            options: options.prediction,
            purchases: prediction.bg_nbd,
            order_values: prediction.order_values.ok(),
            order_values_problem: prediction
                .order_values
                .as_ref()
                .err()
                .map(|e| e.to_string()),
            customers: known(ids::P_ALIVE).count(),
            likely_active: known(ids::P_ALIVE).filter(|&p| p >= 0.5).count(),
            expected_purchases: known(ids::EXPECTED_PURCHASES).sum(),
            predicted_value: prediction
                .order_values
                .is_ok()
                .then(|| known(ids::PREDICTED_VALUE).sum()),
            calibration_problem: match &check {
                Some(Err(e)) => Some(e.to_string()),
                _ => None,
            },
            calibration: check.and_then(Result::ok),
            catalog: catalog(&self.features, &self.options.seasons, self.options.words()),
            features: self.feature_infos(),
        };
        // Each customer's figures are features now; the models are kept for the SQL export.
        self.prediction = Some(Models::of(&prediction));
        lap(Step::Predict);
        // The segments on show, summarised again with the predicted figures.
        let scheme = match self.current_choice() {
            Some(choice) => Some(self.segment(&choice)?),
            None => None,
        };
        Ok((view, scheme))
    }
}
