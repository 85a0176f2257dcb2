//! A shop's prediction made a stage at a time: the check's histories, its refit and its
//! comparison, then the histories, each model's fit and what the models expect. A host with
//! one thread (the browser's worker) answers a scheme switch between two stages rather than
//! after the whole prediction, which takes about two seconds at 833,333 customers there.
//! Each model's fit is cut into stages of a few evaluations of its likelihood
//! ([`PATTERNS_PER_STAGE`]), which it took a quarter of that time to make in one.
//!
//! Taken one after another the stages make the same prediction, to the bit, as
//! [`predict`](super::predict) on the same histories.
//!
//! ```
//! use segmenter_engine::prediction::{Advanced, Predicting, PredictionOptions};
//! # use segmenter_engine::basics::calendar::Date;
//! # use segmenter_engine::features::FeatureTable;
//! # use segmenter_engine::shop::Shop;
//! # fn run(shop: &Shop, reference: Date, table: &mut FeatureTable) {
//! let mut predicting = Predicting::new(reference, PredictionOptions::default(), Some(90));
//! let made = loop {
//!     match predicting.advance(shop, table) {
//!         Advanced::Pending(rest) => predicting = rest,
//!         Advanced::Made(made) => break made,
//!     }
//!     // Another request may be answered here.
//! };
//! # let _ = made;
//! # }
//! ```

use super::calibration::{compare, holdout_options, holdout_start, Calibration};
use super::customers::set_prediction_features;
use super::{
    bgnbd, conclude, expected_purchases, gamma_gamma, histories, order_value_histories,
    order_value_model, purchase_histories_checked, purchase_model, BgNbd, GammaGamma, Histories,
    Prediction, PredictionError, PredictionOptions,
};
use crate::basics::calendar::Date;
use crate::features::FeatureTable;
use crate::shop::Shop;
use std::ops::ControlFlow;

/// How much of a model's fit a stage takes: as many evaluations of its likelihood as this
/// many of its patterns' worth. At 5M rows the purchase model has some 290,000 patterns,
/// so six evaluations, about 40 ms natively, where its whole fit (some 30) was one stage
/// of 0.3 s (up to 0.9 s in the browser); the longest stage left, what the models expect,
/// takes 0.15 s.
const PATTERNS_PER_STAGE: usize = 2_000_000;

/// A prediction under way; [`Predicting::advance`] takes its next stage.
pub struct Predicting {
    reference: Date,
    options: PredictionOptions,
    /// The check, once made (or why it could not be).
    check: Option<Result<Calibration, PredictionError>>,
    next: Next,
}

/// The stage a prediction takes next, with what the stages before it made.
enum Next {
    CheckHistories {
        days: u32,
    },
    CheckFit {
        days: u32,
        before: Histories,
    },
    CheckFitting {
        days: u32,
        before: Histories,
        fitting: Box<bgnbd::Fitting>,
    },
    CheckCompare {
        days: u32,
        before: Histories,
        bg_nbd: BgNbd,
    },
    Histories,
    FitPurchases(Histories),
    FittingPurchases(Histories, Box<bgnbd::Fitting>),
    FitOrderValues(Histories, BgNbd),
    FittingOrderValues(Histories, BgNbd, Box<gamma_gamma::Fitting>),
    Conclude(Histories, BgNbd, Result<GammaGamma, PredictionError>),
}

/// Where a prediction stands after a stage.
pub enum Advanced {
    /// Stages are left.
    Pending(Predicting),
    /// The last stage is taken: the prediction, or why there is none.
    Made(Result<Predicted, PredictionError>),
}

/// What a prediction made in stages comes to: the prediction, its figures already set as
/// customers' features, and the check, if asked for.
#[derive(Debug)]
pub struct Predicted {
    /// The fitted models (its figures are in the feature table).
    pub prediction: Prediction,
    /// How the purchase model refitted without the last days did on them.
    pub check: Option<Result<Calibration, PredictionError>>,
}

impl Predicting {
    /// A prediction of the customers' purchases and value as of `reference`, with the
    /// check on the last `check_days` days first when asked for: the check's figures are
    /// gone before the prediction's are made, rather than taking memory on top of them.
    pub fn new(reference: Date, options: PredictionOptions, check_days: Option<u32>) -> Predicting {
        Predicting {
            reference,
            options,
            check: None,
            next: match check_days {
                Some(days) => Next::CheckHistories { days },
                None => Next::Histories,
            },
        }
    }

    /// Takes the next stage on `shop`'s orders. Once the last is taken, every customer's
    /// predicted figures are set in `table` and the prediction is made, or fails. A check
    /// that fails leaves the prediction to go on, saying why in [`Predicted::check`].
    ///
    /// Each stage reads `shop` afresh: every stage is to be handed the same shop.
    pub fn advance(mut self, shop: &Shop, table: &mut FeatureTable) -> Advanced {
        self.next = match self.next {
            Next::CheckHistories { days } => Next::CheckFit {
                days,
                before: histories(shop, holdout_start(self.reference, days)),
            },
            Next::CheckFit { days, before } => {
                match purchase_histories_checked(&before, &holdout_options(days)) {
                    Ok(()) => Next::CheckFitting {
                        days,
                        fitting: Box::new(bgnbd::fitting(before.known())),
                        before,
                    },
                    Err(e) => {
                        self.check = Some(Err(e));
                        Next::Histories
                    }
                }
            }
            Next::CheckFitting {
                days,
                before,
                fitting,
            } => match fitting.advance(PATTERNS_PER_STAGE) {
                ControlFlow::Continue(fitting) => Next::CheckFitting {
                    days,
                    before,
                    fitting: Box::new(fitting),
                },
                ControlFlow::Break(fitted) => match purchase_model(fitted) {
                    Ok(bg_nbd) => Next::CheckCompare {
                        days,
                        before,
                        bg_nbd,
                    },
                    Err(e) => {
                        self.check = Some(Err(e));
                        Next::Histories
                    }
                },
            },
            Next::CheckCompare {
                days,
                before,
                bg_nbd,
            } => {
                let expected = expected_purchases(&before, &bg_nbd, &holdout_options(days));
                let check = expected.map(|e| compare(shop, self.reference, days, &before, &e));
                self.check = Some(check);
                Next::Histories
            }
            Next::Histories => Next::FitPurchases(histories(shop, self.reference)),
            Next::FitPurchases(histories) => {
                match purchase_histories_checked(&histories, &self.options) {
                    Ok(()) => {
                        let fitting = Box::new(bgnbd::fitting(histories.known()));
                        Next::FittingPurchases(histories, fitting)
                    }
                    Err(e) => return Advanced::Made(Err(e)),
                }
            }
            Next::FittingPurchases(histories, fitting) => {
                match fitting.advance(PATTERNS_PER_STAGE) {
                    ControlFlow::Continue(fitting) => {
                        Next::FittingPurchases(histories, Box::new(fitting))
                    }
                    ControlFlow::Break(fitted) => match purchase_model(fitted) {
                        Ok(bg_nbd) => Next::FitOrderValues(histories, bg_nbd),
                        Err(e) => return Advanced::Made(Err(e)),
                    },
                }
            }
            Next::FitOrderValues(histories, bg_nbd) => {
                let fitting = order_value_histories(&histories).map(gamma_gamma::fitting);
                match fitting.map(Box::new) {
                    Ok(fitting) => Next::FittingOrderValues(histories, bg_nbd, fitting),
                    Err(e) => Next::Conclude(histories, bg_nbd, Err(e)),
                }
            }
            Next::FittingOrderValues(histories, bg_nbd, fitting) => {
                match fitting.advance(PATTERNS_PER_STAGE) {
                    ControlFlow::Continue(fitting) => {
                        Next::FittingOrderValues(histories, bg_nbd, Box::new(fitting))
                    }
                    ControlFlow::Break(fitted) => {
                        Next::Conclude(histories, bg_nbd, order_value_model(fitted))
                    }
                }
            }
            Next::Conclude(histories, bg_nbd, order_values) => {
                let made = conclude(&histories, bg_nbd, order_values, &self.options);
                drop(histories);
                return Advanced::Made(made.map(|mut prediction| {
                    set_prediction_features(&mut prediction, table);
                    Predicted {
                        prediction,
                        check: self.check,
                    }
                }));
            }
        };
        Advanced::Pending(self)
    }
}
