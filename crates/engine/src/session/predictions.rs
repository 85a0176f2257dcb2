//! Who will buy again and what they are worth, for the analysis on show: the models fitted
//! to its orders, each customer's figures set as features (so rules, clusters, lists and
//! exports read them), a check on the last months, and the segments summarised again.

use super::analysis::Analysis;
use super::error::EngineError;
use super::protocol::PredictOptions;
use super::views::{PredictionView, SchemeView};
use crate::basics::profile::{lap, Step};
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
        // (94 MB at 833,333 customers): if the new one cannot be made, there is none.
        self.prediction = None;
        for id in ids::PREDICTED {
            self.features.remove(id);
        }
        // The check first: its refit's figures are gone before the prediction's are kept,
        // rather than taking memory on top of them.
        let check = options
            .check_days
            .map(|days| calibration(&self.shop, self.reference, days));
        let (histories, prediction) = add_prediction_features(
            &self.shop,
            self.reference,
            &mut self.features,
            &options.prediction,
        )
        .map_err(EngineError::Prediction)?;
        let known = prediction.customers.iter().flatten();
        let view = PredictionView {
            options: options.prediction,
            purchases: prediction.bg_nbd,
            order_values: prediction.order_values.ok(),
            order_values_problem: prediction.order_values.err().map(|e| e.to_string()),
            customers: known.clone().count(),
            likely_active: known.clone().filter(|c| c.p_alive >= 0.5).count(),
            expected_purchases: known.clone().map(|c| c.expected_purchases).sum(),
            predicted_value: prediction
                .order_values
                .is_ok()
                .then(|| known.filter_map(|c| c.value).map(|v| v.clv).sum()),
            calibration_problem: match &check {
                Some(Err(e)) => Some(e.to_string()),
                _ => None,
            },
            calibration: check.and_then(Result::ok),
            catalog: catalog(&self.features, &self.options.seasons, self.options.words()),
            features: self.feature_infos(),
        };
        self.prediction = Some((histories, prediction));
        lap(Step::Predict);
        // The segments on show, summarised again with the predicted figures.
        let scheme = match self.current_choice() {
            Some(choice) => Some(self.segment(&choice)?),
            None => None,
        };
        Ok((view, scheme))
    }
}
