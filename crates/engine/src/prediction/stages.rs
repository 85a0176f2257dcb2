//! A shop's prediction made a stage at a time: the check's histories, its refit and its
//! comparison, then the histories, each model's fit and what the models expect. A host with
//! one thread (the browser's worker) answers a scheme switch between two stages rather than
//! after the whole prediction, which takes about two seconds at 833,333 customers there.
//! Each step that takes long is cut into stages of some 50 ms natively at most: the
//! histories into runs of orders and customers ([`MakingHistories`]), each model's fit into
//! a few evaluations of its likelihood ([`PATTERNS_PER_STAGE`]), what the models expect
//! into runs of patterns and customers ([`Expecting`]). Some sixty stages at 5M rows.
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
use super::expectations::Expecting;
use super::histories::MakingHistories;
use super::{
    bgnbd, expected_purchases_checked, gamma_gamma, order_value_histories, order_value_model,
    prediction_checked, purchase_histories_checked, purchase_model, BgNbd, GammaGamma, Histories,
    Prediction, PredictionError, PredictionOptions,
};
use crate::basics::calendar::Date;
use crate::features::FeatureTable;
use crate::shop::Shop;
use std::ops::ControlFlow;

/// How much of a model's fit a stage takes: as many evaluations of its likelihood as this
/// many of its patterns' worth. At 5M rows the purchase model has some 290,000 patterns,
/// so six evaluations, about 40 ms natively, where its whole fit (some 30) was one stage
/// of 0.3 s (up to 0.9 s in the browser).
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
        making: MakingHistories,
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
    CheckExpecting {
        days: u32,
        before: Histories,
        expecting: Box<Expecting>,
    },
    CheckCompare {
        days: u32,
        before: Histories,
        expected: Vec<f64>,
    },
    Histories(MakingHistories),
    FitPurchases(Histories),
    FittingPurchases(Histories, Box<bgnbd::Fitting>),
    FitOrderValues(Histories, BgNbd),
    FittingOrderValues(Histories, BgNbd, Box<gamma_gamma::Fitting>),
    Expecting(
        Histories,
        BgNbd,
        Result<GammaGamma, PredictionError>,
        Box<Expecting>,
    ),
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
                Some(days) => Next::CheckHistories {
                    days,
                    making: MakingHistories::new(holdout_start(reference, days)),
                },
                None => Next::Histories(MakingHistories::new(reference)),
            },
        }
    }

    /// Takes the next stage on `shop`'s orders. Once the last is taken, every customer's
    /// predicted figures are set in `table` and the prediction is made, or fails. A check
    /// that fails leaves the prediction to go on, saying why in [`Predicted::check`].
    ///
    /// Each stage reads `shop` afresh: every stage is to be handed the same shop.
    pub fn advance(mut self, shop: &Shop, table: &mut FeatureTable) -> Advanced {
        // The histories as of the reference date, next once the check is made or has failed.
        let reference = self.reference;
        let histories = move || Next::Histories(MakingHistories::new(reference));
        self.next = match self.next {
            Next::CheckHistories { days, making } => match making.advance(shop) {
                ControlFlow::Continue(making) => Next::CheckHistories { days, making },
                ControlFlow::Break(before) => Next::CheckFit { days, before },
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
                        histories()
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
                    Ok(bg_nbd) => Next::CheckExpecting {
                        days,
                        before,
                        expecting: Box::new(Expecting::new(bg_nbd, None, holdout_options(days))),
                    },
                    Err(e) => {
                        self.check = Some(Err(e));
                        histories()
                    }
                },
            },
            Next::CheckExpecting {
                days,
                before,
                expecting,
            } => match expecting.advance(&before) {
                ControlFlow::Continue(expecting) => Next::CheckExpecting {
                    days,
                    before,
                    expecting: Box::new(expecting),
                },
                ControlFlow::Break(figures) => match expected_purchases_checked(&before, figures) {
                    Ok(expected) => Next::CheckCompare {
                        days,
                        before,
                        expected,
                    },
                    Err(e) => {
                        self.check = Some(Err(e));
                        histories()
                    }
                },
            },
            Next::CheckCompare {
                days,
                before,
                expected,
            } => {
                let check = compare(shop, self.reference, days, &before, &expected);
                self.check = Some(Ok(check));
                histories()
            }
            Next::Histories(making) => match making.advance(shop) {
                ControlFlow::Continue(making) => Next::Histories(making),
                ControlFlow::Break(histories) => Next::FitPurchases(histories),
            },
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
                    Err(e) => expecting(histories, bg_nbd, Err(e), self.options),
                }
            }
            Next::FittingOrderValues(histories, bg_nbd, fitting) => {
                match fitting.advance(PATTERNS_PER_STAGE) {
                    ControlFlow::Continue(fitting) => {
                        Next::FittingOrderValues(histories, bg_nbd, Box::new(fitting))
                    }
                    ControlFlow::Break(fitted) => {
                        let order_values = order_value_model(fitted);
                        expecting(histories, bg_nbd, order_values, self.options)
                    }
                }
            }
            Next::Expecting(histories, bg_nbd, order_values, expecting) => {
                match expecting.advance(&histories) {
                    ControlFlow::Continue(expecting) => {
                        Next::Expecting(histories, bg_nbd, order_values, Box::new(expecting))
                    }
                    ControlFlow::Break(figures) => {
                        let made = prediction_checked(
                            &histories,
                            bg_nbd,
                            order_values,
                            figures,
                            &self.options,
                        );
                        drop(histories);
                        return Advanced::Made(made.map(|mut prediction| {
                            set_prediction_features(&mut prediction, table);
                            Predicted {
                                prediction,
                                check: self.check,
                            }
                        }));
                    }
                }
            }
        };
        Advanced::Pending(self)
    }
}

/// What both models expect of every customer in `histories`, to be made next.
fn expecting(
    histories: Histories,
    bg_nbd: BgNbd,
    order_values: Result<GammaGamma, PredictionError>,
    options: PredictionOptions,
) -> Next {
    let gamma_gamma = order_values.as_ref().ok().copied();
    let expecting = Box::new(Expecting::new(bg_nbd, gamma_gamma, options));
    Next::Expecting(histories, bg_nbd, order_values, expecting)
}
