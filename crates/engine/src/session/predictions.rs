//! Who will buy again and what they are worth, for the analysis on show: the models fitted
//! to its orders, each customer's figures set as features (so rules, clusters, lists and
//! exports read them), a check on the last months, and the segments summarised again.
//!
//! The prediction is made a stage at a time ([`PredictionJob`]): a host with one thread
//! answers a scheme switch between stages
//! ([`Session::answer_while_predicting`](super::Session::answer_while_predicting))
//! rather than after the whole prediction.

use super::analysis::Analysis;
use super::error::EngineError;
use super::protocol::{Answer, PredictOptions, Request};
use super::views::PredictionView;
use crate::basics::profile::{apart, lap, record, Lap, Step};
use crate::export::sql::Models;
use crate::features::ids;
use crate::prediction::{Advanced, Predicted, Predicting};
use crate::segmentation::presets::build::bought_on_one_day_only;
use crate::segmentation::presets::catalog;

/// A prediction under way for the analysis on show:
/// [`Session::advance_prediction`](super::Session::advance_prediction) takes its next stage.
pub struct PredictionJob {
    options: PredictOptions,
    stage: JobStage,
    /// The stages' laps, kept apart from those of the requests answered between them
    /// until the prediction is answered.
    laps: Vec<Lap>,
}

/// Where a prediction under way stands after a stage.
pub enum PredictionStep {
    /// Stages are left.
    Pending(PredictionJob),
    /// The last stage is taken: the answer, or why there is none.
    Answered(Result<Answer, EngineError>),
}

/// A request asked while a prediction is under way
/// ([`Session::answer_while_predicting`](super::Session::answer_while_predicting)).
pub enum WhilePredicting {
    /// Answered between two stages: it needs nothing of the prediction.
    Answered(Result<Answer, EngineError>),
    /// Given back, to be answered once the prediction is made.
    Waits(Request),
}

/// What a stage leaves: the next stage, or the answer.
enum After {
    Stage(JobStage),
    Answer(Result<Answer, EngineError>),
}

/// What is left of a prediction under way.
enum JobStage {
    /// The models' stages.
    Predicting(Predicting),
    /// The prediction is made: the view and the segments summarised again with it remain.
    Made(Predicted),
}

impl PredictionJob {
    /// Takes the next stage for `analysis`, the analysis the prediction was started for.
    pub(super) fn advance(self, analysis: &mut Analysis) -> PredictionStep {
        let PredictionJob {
            options,
            stage,
            mut laps,
        } = self;
        match apart(&mut laps, || analysis.after_stage(&options, stage)) {
            After::Stage(stage) => PredictionStep::Pending(PredictionJob {
                options,
                stage,
                laps,
            }),
            After::Answer(answer) => {
                record(laps);
                PredictionStep::Answered(answer)
            }
        }
    }
}

impl Analysis {
    /// Starts a prediction, dropping the one before: a prediction made again (another
    /// horizon, the same analysis asked for again) replaces it, and the two are never held
    /// at once (26 MB of features at 833,333 customers). If the new one cannot be made,
    /// there is none.
    pub(super) fn start_prediction(&mut self, options: PredictOptions) -> PredictionJob {
        self.prediction = None;
        self.ordering_soon = Default::default();
        for id in ids::PREDICTED {
            self.features.remove(id);
        }
        let models = Predicting::new(self.reference, options.prediction, options.check_days);
        PredictionJob {
            options,
            stage: JobStage::Predicting(models),
            laps: Vec::new(),
        }
    }

    /// Predicts every customer's purchases and value in one go: the stages of a
    /// [`PredictionJob`] one after another.
    pub(super) fn predict(&mut self, options: PredictOptions) -> Result<Answer, EngineError> {
        let mut job = self.start_prediction(options);
        loop {
            match job.advance(self) {
                PredictionStep::Pending(rest) => job = rest,
                PredictionStep::Answered(answer) => return answer,
            }
        }
    }

    /// Takes `stage` of a prediction asked for with `options`.
    fn after_stage(&mut self, options: &PredictOptions, stage: JobStage) -> After {
        match stage {
            JobStage::Predicting(models) => {
                let advanced = models.advance(&self.shop, &mut self.features);
                lap(Step::Predict);
                match advanced {
                    Advanced::Pending(models) => After::Stage(JobStage::Predicting(models)),
                    Advanced::Made(Ok(predicted)) => After::Stage(JobStage::Made(predicted)),
                    Advanced::Made(Err(e)) => After::Answer(Err(EngineError::Prediction(e))),
                }
            }
            JobStage::Made(predicted) => After::Answer(self.predicted(options, predicted)),
        }
    }

    /// The prediction's view, and the segments on show summarised again with its figures.
    fn predicted(
        &mut self,
        options: &PredictOptions,
        Predicted { prediction, check }: Predicted,
    ) -> Result<Answer, EngineError> {
        // The figures of the customers the models know, NaN for the others.
        let known = |id: &str| {
            let column = self.features.numbers(id).unwrap_or_default();
            column.iter().copied().filter(|v| !v.is_nan())
        };
        // The customers of one purchase day with a prediction, whom the purchase model
        // counts as active however long ago they ordered (see `repeat_buyer_p_alive`), and
        // the Future value scheme keeps apart.
        let bought_once = {
            let alive = self.features.numbers(ids::P_ALIVE).unwrap_or_default();
            let once = bought_on_one_day_only(&self.features);
            alive
                .iter()
                .zip(once)
                .filter(|&(p, once)| !p.is_nan() && once)
                .count()
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
            bought_once,
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
        // Clusters found on a predicted figure take each customer's new figures (another
        // horizon), as each snapshot of a comparison does.
        if let Some(model) = (self.clusters.clone()).filter(|m| m.reads_any(&ids::PREDICTED)) {
            if let Ok(feature) = model.feature(&self.features) {
                self.set_clusters(model, feature);
            }
        }
        // The scheme that waited for the predicted figures, else the one on show summarised
        // again with them (which keeps its cross-tab: the page still shows it).
        let waited = self.shown_once_predicted.take();
        let scheme = match waited.and_then(|choice| self.segment(&choice).ok()) {
            Some(view) => Some(Box::new(view)),
            None => match self.current_choice() {
                Some(choice) => Some(Box::new(self.segment(&choice)?)),
                None => None,
            },
        };
        let crosstab = self.crosstab_following_prediction();
        Ok(Answer::Predicted(Box::new(view), scheme, crosstab))
    }
}
