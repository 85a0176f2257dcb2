//! Who will buy again and what they are worth: the BG/NBD model of repeat purchases and
//! the Gamma-Gamma model of spend per purchase, fitted to the shop's own orders, giving
//! each customer's chance of still being active, the purchases to expect over a horizon,
//! the spend to expect per purchase and their discounted lifetime value.
//!
//! The figures are those Python's `lifetimes` (0.11.3) gives for the same orders and
//! reference date, and are checked against it on the CDNOW data set
//! (`tests/prediction.rs`). The work goes in three steps:
//!
//! 1. [`histories()`]: each customer's orders before the reference date → a [`History`]
//!    (repeat purchase days, recency, age, average repeat spend), as lifetimes'
//!    `summary_data_from_transaction_data(freq="D")` makes it;
//! 2. [`predict`] fits both models by maximum likelihood (the files `bgnbd.rs` and
//!    `gamma_gamma.rs`, minimised by `optimise.rs`) and says what they expect of every
//!    customer;
//! 3. the [`Prediction`] keeps the fitted models, so a figure can be explained.
//!
//! For a shop, [`Predicting`] takes these steps a stage at a time (so that a host with one
//! thread can answer other requests between them), sets the figures as customers'
//! features, and first, when asked, makes the [`Calibration`] check: the purchase model
//! refitted without the last months, what it expected of those months against what
//! happened.
//!
//! ```
//! use segmenter_engine::prediction::{predict, Histories, History, PredictionOptions};
//! // 300 customers over a year: some buy again, some stopped.
//! let histories: Histories = (0..300)
//!     .map(|i| {
//!         let frequency = i % 4;
//!         let recency = if frequency == 0 { 0 } else { 30 * (i % 12) };
//!         let monetary = if frequency == 0 { 0.0 } else { 20.0 + f64::from(i % 7) };
//!         Some(History { frequency, recency, t: 365, monetary })
//!     })
//!     .collect();
//! let prediction = predict(&histories, &PredictionOptions::default()).unwrap();
//! let first = prediction.customer(0).unwrap();
//! assert!(first.p_alive == 1.0 && first.expected_purchases > 0.0);
//! ```

mod bgnbd;
pub mod calibration;
mod customers;
mod expectations;
mod gamma_gamma;
mod histories;
mod optimise;
mod stages;

pub use bgnbd::BgNbd;
pub use calibration::Calibration;
pub use gamma_gamma::{informs_spend, GammaGamma};
pub use histories::histories;
pub use stages::{Advanced, Predicted, Predicting};

use crate::basics::text::{count, digits};
use expectations::expectations;
use optimise::NotConverged;
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::ControlFlow;

/// The fewest customers with a repeat purchase day the models are fitted to: with fewer,
/// the estimates swing from one order to the next.
pub const MIN_REPEAT_CUSTOMERS: usize = 100;

/// The shortest history, in days from the first order to the reference date, the models
/// are fitted to: shorter, and there has been no time to see who comes back.
pub const MIN_HISTORY_DAYS: u32 = 90;

/// What the models know of one customer, in whole days, as of the day before the
/// reference date (lifetimes' `summary_data_from_transaction_data` with `freq="D"`).
/// Orders on the same day count as one purchase; the first purchase day starts the
/// history and is not a repeat.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Repeat purchase days: distinct days with an order, less one.
    pub frequency: u32,
    /// Days from the first purchase day to the last (0 without a repeat purchase).
    pub recency: u32,
    /// Days from the first purchase day to the day before the reference date (the
    /// customer's age, `T` in the literature).
    pub t: u32,
    /// Average spend per repeat purchase day, orders of a day added up (a day whose
    /// orders total 0.00 still counts); 0 without a repeat purchase.
    pub monetary: f64,
}

/// Every customer's [`History`], or none, a column each: 21 bytes a customer where a list
/// of `Option<History>` would take 32, which at 833,333 customers is 9 MB less while the
/// models work.
///
/// ```
/// use segmenter_engine::prediction::{Histories, History};
/// let first = History { frequency: 2, recency: 40, t: 90, monetary: 25.5 };
/// let histories: Histories = [Some(first), None].into_iter().collect();
/// assert_eq!(histories.len(), 2);
/// assert_eq!((histories.get(0), histories.get(1)), (Some(first), None));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Histories {
    known: Vec<bool>,
    frequency: Vec<u32>,
    recency: Vec<u32>,
    t: Vec<u32>,
    monetary: Vec<f64>,
}

impl Histories {
    /// `customers` customers, none with a history yet.
    fn none(customers: usize) -> Histories {
        Histories {
            known: vec![false; customers],
            frequency: vec![0; customers],
            recency: vec![0; customers],
            t: vec![0; customers],
            monetary: vec![0.0; customers],
        }
    }

    /// Customers, with a history or without.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Whether there are no customers.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Customer `c`'s history; `None` without one (or past the end).
    pub fn get(&self, c: usize) -> Option<History> {
        self.known.get(c)?.then(|| History {
            frequency: self.frequency[c],
            recency: self.recency[c],
            t: self.t[c],
            monetary: self.monetary[c],
        })
    }

    /// Every customer's history, in order.
    pub fn iter(&self) -> impl Iterator<Item = Option<History>> + Clone + '_ {
        (0..self.len()).map(|c| self.get(c))
    }

    /// The histories there are, in order, leaving out the customers without one.
    pub fn known(&self) -> impl Iterator<Item = History> + Clone + '_ {
        self.iter().flatten()
    }

    /// Sets customer `c`'s history.
    fn set(&mut self, c: usize, h: History) {
        self.known[c] = true;
        self.frequency[c] = h.frequency;
        self.recency[c] = h.recency;
        self.t[c] = h.t;
        self.monetary[c] = h.monetary;
    }
}

impl FromIterator<Option<History>> for Histories {
    fn from_iter<I: IntoIterator<Item = Option<History>>>(iter: I) -> Histories {
        let all: Vec<Option<History>> = iter.into_iter().collect();
        let mut histories = Histories::none(all.len());
        for (c, h) in all.into_iter().enumerate() {
            if let Some(h) = h {
                histories.set(c, h);
            }
        }
        histories
    }
}

/// How far ahead to predict and how to discount future spend. Check with
/// [`PredictionOptions::validate`] (which [`predict`] does first).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictionOptions {
    /// Days ahead the expected purchases and lifetime value cover (default 365). The
    /// lifetime value counts whole 30-day months: the horizon over 30, rounded, at least 1.
    pub horizon_days: u32,
    /// Monthly rate future spend is discounted at (default 0.01, 1 % a month).
    pub discount_monthly: f64,
}

impl Default for PredictionOptions {
    fn default() -> PredictionOptions {
        PredictionOptions {
            horizon_days: 365,
            discount_monthly: 0.01,
        }
    }
}

impl PredictionOptions {
    /// Whether the options make sense, before any fitting.
    pub fn validate(&self) -> Result<(), InvalidOptions> {
        if self.horizon_days == 0 {
            return Err(InvalidOptions::HorizonZero);
        }
        if !self.discount_monthly.is_finite() || self.discount_monthly < 0.0 {
            return Err(InvalidOptions::DiscountRate(self.discount_monthly));
        }
        Ok(())
    }

    /// The months the lifetime value adds up: the horizon in 30-day months, rounded
    /// (half up), and at least one.
    pub(crate) fn months(&self) -> u32 {
        ((self.horizon_days + 15) / 30).max(1)
    }
}

/// Why [`PredictionOptions`] cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum InvalidOptions {
    /// The horizon is 0 days.
    HorizonZero,
    /// The discount rate is negative or not a number.
    DiscountRate(f64),
}

impl Sentence for InvalidOptions {
    fn sentence(&self, language: Language) -> String {
        match self {
            InvalidOptions::HorizonZero => language.text(Key::ErrorHorizonZero, &[]),
            // Written as Rust writes it (`-0.5`, `NaN`), with the language's decimal mark: a
            // rate that is not a number has no other form.
            InvalidOptions::DiscountRate(rate) => {
                let rate = rate
                    .to_string()
                    .replace('.', &language.decimal_mark().to_string());
                language.text(Key::ErrorDiscountRate, &[("rate", rate.into())])
            }
        }
    }
}

impl fmt::Display for InvalidOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for InvalidOptions {}

/// One of the two models, as an error names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Model {
    /// BG/NBD: who buys again, and how often.
    Purchases,
    /// Gamma-Gamma: how much per purchase.
    OrderValues,
}

/// Why there is no prediction (or, for [`Prediction::order_values`], no order values).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PredictionError {
    /// The options are not usable.
    InvalidOptions(InvalidOptions),
    /// A history given to [`predict`] is impossible (negative or infinite days, recency
    /// beyond the age, spend not a number); [`histories()`] never makes one.
    InvalidHistory {
        /// Its position in the list.
        customer: usize,
    },
    /// The orders span fewer than [`MIN_HISTORY_DAYS`] days before the reference date.
    HistoryTooShort {
        /// Days from the first order to the reference date.
        days: u32,
    },
    /// Fewer than [`MIN_REPEAT_CUSTOMERS`] customers bought on two different days.
    TooFewRepeatCustomers {
        /// Customers who did.
        repeat_customers: usize,
    },
    /// The model's fit did not settle on parameters (the orders do not pin it down).
    DidNotConverge {
        /// Which model.
        model: Model,
    },
    /// The model's figures overflowed or were undefined.
    NotFinite {
        /// Which model.
        model: Model,
    },
    /// No repeat customer spent anything on a later day, so spend cannot be modelled.
    NoRepeatSpend,
    /// The Gamma-Gamma fit has q ≤ 1: the spend it expects would be infinite or negative.
    OrderValuesUnbounded {
        /// The fitted q.
        q: f64,
    },
}

impl Sentence for PredictionError {
    fn sentence(&self, language: Language) -> String {
        let key = match self {
            PredictionError::InvalidOptions(e) => return e.sentence(language),
            PredictionError::InvalidHistory { customer } => {
                return language.text(
                    Key::ErrorImpossibleHistory,
                    &[("customer", digits(customer + 1))],
                )
            }
            PredictionError::HistoryTooShort { days } => {
                return language.text(
                    Key::ErrorHistoryTooShort,
                    &[("days", count(language, *days as usize))],
                )
            }
            PredictionError::TooFewRepeatCustomers { repeat_customers } => {
                return language.text(
                    Key::ErrorTooFewRepeatCustomers,
                    &[
                        ("needed", count(language, MIN_REPEAT_CUSTOMERS)),
                        ("count", count(language, *repeat_customers)),
                    ],
                )
            }
            PredictionError::DidNotConverge {
                model: Model::Purchases,
            } => Key::ErrorPurchasesNotFitted,
            PredictionError::DidNotConverge {
                model: Model::OrderValues,
            } => Key::ErrorOrderValuesNotFitted,
            PredictionError::NotFinite {
                model: Model::Purchases,
            } => Key::ErrorPurchasesNotFinite,
            PredictionError::NotFinite {
                model: Model::OrderValues,
            } => Key::ErrorOrderValuesNotFinite,
            PredictionError::NoRepeatSpend => Key::ErrorNoRepeatSpend,
            PredictionError::OrderValuesUnbounded { .. } => Key::ErrorOrderValuesUnbounded,
        };
        language.text(key, &[])
    }
}

impl fmt::Display for PredictionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for PredictionError {}

/// Both models fitted to a shop's histories, and what they expect of each customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// The fitted purchase model.
    pub bg_nbd: BgNbd,
    /// The fitted order-value model, or why there is none (then no customer has a
    /// [`CustomerPrediction::value`]); the purchase figures stand either way.
    pub order_values: Result<GammaGamma, PredictionError>,
    /// Every customer's figures, in the order of the histories (see
    /// [`Prediction::customer`]).
    pub figures: CustomerFigures,
    /// The horizon and discount the figures were computed with.
    #[serde(default)]
    pub options: PredictionOptions,
}

impl Prediction {
    /// What the models expect of customer `c`; `None` when they had no history.
    pub fn customer(&self, c: usize) -> Option<CustomerPrediction> {
        let f = &self.figures;
        let p_alive = *f.p_alive.get(c)?;
        if p_alive.is_nan() {
            return None;
        }
        Some(CustomerPrediction {
            p_alive,
            expected_purchases: f.expected_purchases[c],
            value: f.clv.get(c).map(|&clv| CustomerValue {
                expected_order_value: f.expected_order_value[c],
                value_is_shop_mean: f.value_is_shop_mean[c],
                clv,
            }),
        })
    }

    /// What the models expect of each customer, in order ([`Prediction::customer`]).
    pub fn customers(&self) -> impl Iterator<Item = Option<CustomerPrediction>> + '_ {
        (0..self.figures.p_alive.len()).map(|c| self.customer(c))
    }
}

/// Every customer's predicted figures, a column each (as the features take them: a
/// customer's figures as one record would take 45 MB at 833,333 customers, and a copy
/// besides as features). NaN for a customer without a history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomerFigures {
    /// [`CustomerPrediction::p_alive`].
    pub p_alive: Vec<f64>,
    /// [`CustomerPrediction::expected_purchases`].
    pub expected_purchases: Vec<f64>,
    /// [`CustomerValue::expected_order_value`]; empty without the order-value model, as
    /// are the two below.
    pub expected_order_value: Vec<f64>,
    /// [`CustomerValue::value_is_shop_mean`].
    pub value_is_shop_mean: Vec<bool>,
    /// [`CustomerValue::clv`].
    pub clv: Vec<f64>,
}

impl CustomerFigures {
    /// Drops the order-value figures, leaving the purchases.
    fn without_values(&mut self) {
        self.expected_order_value = Vec::new();
        self.value_is_shop_mean = Vec::new();
        self.clv = Vec::new();
    }
}

/// What the models expect of one customer.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerPrediction {
    /// The probability the customer is still active (has not left for good).
    pub p_alive: f64,
    /// Purchase days to expect over the horizon.
    pub expected_purchases: f64,
    /// Their value, when [`Prediction::order_values`] is available.
    pub value: Option<CustomerValue>,
}

/// What one customer is worth, by the order-value model.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerValue {
    /// Spend to expect per purchase day: the Gamma-Gamma estimate for a customer with
    /// repeat purchases of positive average, else the shop's mean (see
    /// `value_is_shop_mean`).
    pub expected_order_value: f64,
    /// Whether `expected_order_value` is the shop's mean spend per purchase by the
    /// model ([`GammaGamma::mean_order_value`]) because the customer's own spending says
    /// nothing yet (no repeat purchase, or repeats averaging 0 or less).
    pub value_is_shop_mean: bool,
    /// Discounted spend to expect over the horizon's months: each 30-day month's
    /// expected purchases × `expected_order_value`, discounted at the monthly rate
    /// (lifetimes' `customer_lifetime_value` with `freq="D"`).
    pub clv: f64,
}

/// Fits both models to `histories` (customers without one left out) and predicts each customer's purchases and value.
///
/// Fails when the options are unusable, the orders are too few or too short to fit, or
/// the purchase model cannot be fitted. When only the order-value model fails, the
/// prediction stands with [`Prediction::order_values`] saying why.
pub fn predict(
    histories: &Histories,
    options: &PredictionOptions,
) -> Result<Prediction, PredictionError> {
    let bg_nbd = fit_purchases(histories, options)?;
    let order_values = fit_order_values(histories);
    conclude(histories, bg_nbd, order_values, options)
}

/// The prediction of both fitted models: what they expect of every customer in
/// `histories`, each figure checked finite.
fn conclude(
    histories: &Histories,
    bg_nbd: BgNbd,
    order_values: Result<GammaGamma, PredictionError>,
    options: &PredictionOptions,
) -> Result<Prediction, PredictionError> {
    let gamma_gamma = order_values.as_ref().ok().copied();
    let figures = expectations(histories, bg_nbd, gamma_gamma, *options);
    prediction_checked(histories, bg_nbd, order_values, figures, options)
}

/// The prediction of both fitted models, whose `figures` for the customers in
/// `histories` are made: unless a purchase figure is not finite, which sinks it.
fn prediction_checked(
    histories: &Histories,
    bg_nbd: BgNbd,
    mut order_values: Result<GammaGamma, PredictionError>,
    mut figures: CustomerFigures,
    options: &PredictionOptions,
) -> Result<Prediction, PredictionError> {
    // Nothing undefined leaves this module: a purchase figure that is not finite sinks
    // the prediction, an order value only the values.
    let finite = |column: &[f64]| known_finite(column, histories);
    if !finite(&figures.p_alive) || !finite(&figures.expected_purchases) {
        return Err(PredictionError::NotFinite {
            model: Model::Purchases,
        });
    }
    if !finite(&figures.expected_order_value) || !finite(&figures.clv) {
        order_values = Err(PredictionError::NotFinite {
            model: Model::OrderValues,
        });
        figures.without_values();
    }
    Ok(Prediction {
        bg_nbd,
        order_values,
        figures,
        options: *options,
    })
}

/// The purchases each customer with a history is expected to make over the horizon (NaN
/// for the others), by the fitted purchase model alone: what the check on the last months
/// needs, from the `figures` that model expects of the customers in `histories`.
fn expected_purchases_checked(
    histories: &Histories,
    figures: CustomerFigures,
) -> Result<Vec<f64>, PredictionError> {
    if !known_finite(&figures.expected_purchases, histories) {
        return Err(PredictionError::NotFinite {
            model: Model::Purchases,
        });
    }
    Ok(figures.expected_purchases)
}

/// The purchase model fitted to `histories`; fails when the options are unusable or the
/// histories impossible, too few or too short.
fn fit_purchases(
    histories: &Histories,
    options: &PredictionOptions,
) -> Result<BgNbd, PredictionError> {
    purchase_histories_checked(histories, options)?;
    purchase_model(bgnbd::fit(histories.known()))
}

/// Whether the purchase model can be fitted to `histories` with `options`: why not when
/// the options are unusable or the histories impossible, too few or too short.
fn purchase_histories_checked(
    histories: &Histories,
    options: &PredictionOptions,
) -> Result<(), PredictionError> {
    options
        .validate()
        .map_err(PredictionError::InvalidOptions)?;
    if let Some(customer) = histories
        .iter()
        .position(|h| h.is_some_and(|h| !possible(&h)))
    {
        return Err(PredictionError::InvalidHistory { customer });
    }
    let oldest = histories.known().map(|h| h.t).max();
    // Days from the first order to the reference date: the oldest age plus the day before
    // the reference date that ages count to.
    let days = oldest.map_or(0, |t| t.saturating_add(1));
    if days < MIN_HISTORY_DAYS {
        return Err(PredictionError::HistoryTooShort { days });
    }
    let repeat_customers = histories.known().filter(|h| h.frequency > 0).count();
    if repeat_customers < MIN_REPEAT_CUSTOMERS {
        return Err(PredictionError::TooFewRepeatCustomers { repeat_customers });
    }
    Ok(())
}

/// The purchase model a fit reached, or that it did not converge.
fn purchase_model(fitted: Result<BgNbd, NotConverged>) -> Result<BgNbd, PredictionError> {
    fitted.map_err(|_| PredictionError::DidNotConverge {
        model: Model::Purchases,
    })
}

/// Whether `column` is finite for every customer with a history.
fn known_finite(column: &[f64], histories: &Histories) -> bool {
    let column = column.iter().zip(&histories.known);
    column
        .filter(|(_, &known)| known)
        .all(|(v, _)| v.is_finite())
}

/// What work taken a stage at a time ends with, `stage` taking the next, and how many
/// stages it took: the staged steps run in one go.
fn to_the_end<W, T>(mut work: W, mut stage: impl FnMut(W) -> ControlFlow<T, W>) -> (T, usize) {
    let mut stages = 1;
    loop {
        match stage(work) {
            ControlFlow::Continue(rest) => work = rest,
            ControlFlow::Break(done) => return (done, stages),
        }
        stages += 1;
    }
}

/// Whether a history could come from real orders.
fn possible(h: &History) -> bool {
    h.recency <= h.t && (h.frequency > 0 || h.recency == 0) && h.monetary.is_finite()
}

/// The Gamma-Gamma model of the customers whose spending informs it, or why there is
/// none.
fn fit_order_values(histories: &Histories) -> Result<GammaGamma, PredictionError> {
    order_value_model(gamma_gamma::fit(order_value_histories(histories)?))
}

/// The histories the spend model is fitted to (the repeat customers who spent something),
/// or why there are none.
fn order_value_histories(
    histories: &Histories,
) -> Result<impl Iterator<Item = History> + Clone + '_, PredictionError> {
    let spenders = histories.known().filter(gamma_gamma::informs_spend);
    if spenders.clone().next().is_none() {
        return Err(PredictionError::NoRepeatSpend);
    }
    Ok(spenders)
}

/// The spend model a fit reached, unless it did not converge or expects no finite spend.
fn order_value_model(
    fitted: Result<GammaGamma, NotConverged>,
) -> Result<GammaGamma, PredictionError> {
    let fitted = fitted.map_err(|_| PredictionError::DidNotConverge {
        model: Model::OrderValues,
    })?;
    if ![fitted.p, fitted.q, fitted.v].iter().all(|v| v.is_finite()) {
        return Err(PredictionError::NotFinite {
            model: Model::OrderValues,
        });
    }
    if fitted.q <= 1.0 {
        return Err(PredictionError::OrderValuesUnbounded { q: fitted.q });
    }
    Ok(fitted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::calendar::Date;
    use crate::shop::{BindReport, Customers, FileShape, Orders, Shop};

    pub(super) fn day(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    /// A shop of the given customers and (customer, date, amount) orders.
    pub(super) fn shop(customers: &[&str], orders: &[(u32, &str, f64)]) -> Shop {
        let mut people = Customers::default();
        for c in customers {
            people.keys.push(c);
        }
        Shop {
            shape: FileShape::Orders,
            customers: people,
            orders: Orders {
                customer: orders.iter().map(|o| o.0).collect(),
                date: orders.iter().map(|o| day(o.1)).collect(),
                minute: Vec::new(),
                amount: orders.iter().map(|o| o.2).collect(),
                discounted: None,
            },
            lines: None,
            report: BindReport::default(),
        }
    }

    #[test]
    fn histories_follow_lifetimes_summary() {
        let s = shop(
            &["A", "B", "C", "D"],
            &[
                // A, listed out of date order: first day 1 March (two orders, merged), then
                // 10 March (0.00, still a purchase day) and 20 March (5 + 7 on one day).
                (0, "2024-03-20", 5.0),
                (0, "2024-03-01", 30.0),
                (0, "2024-03-10", 0.0),
                (0, "2024-03-01", 12.0),
                (0, "2024-03-20", 7.0),
                // On and after the reference date: left out.
                (0, "2024-04-01", 99.0),
                (0, "2024-04-02", 99.0),
                // B: one purchase day, on the day before the reference date.
                (1, "2024-03-31", 40.0),
                // C: only after the reference date, so no history yet.
                (2, "2024-04-05", 15.0),
                // D: two orders a day apart.
                (3, "2024-01-01", 10.0),
                (3, "2024-01-02", 20.0),
            ],
        );
        let h = histories(&s, day("2024-04-01"));
        assert_eq!(
            h.iter().collect::<Vec<_>>(),
            vec![
                Some(History {
                    frequency: 2,
                    recency: 19,
                    // T counts to 31 March, the day before the reference date.
                    t: 30,
                    // Repeat days 10 March (0.00) and 20 March (12.00).
                    monetary: 6.0,
                }),
                Some(History {
                    frequency: 0,
                    recency: 0,
                    t: 0,
                    monetary: 0.0,
                }),
                None,
                Some(History {
                    frequency: 1,
                    recency: 1,
                    t: 90,
                    monetary: 20.0,
                }),
            ]
        );
    }

    /// The histories of a list of them.
    fn all(histories: &[Option<History>]) -> Histories {
        histories.iter().copied().collect()
    }

    /// `n` customers over a year: a quarter buy once, the rest up to three more times, some
    /// recently and some long ago, spending between 20 and 26 a purchase.
    fn a_year_of(n: u32) -> Vec<Option<History>> {
        (0..n)
            .map(|i| {
                let frequency = i % 4;
                let recency = if frequency == 0 { 0 } else { 30 * (i % 12) + 5 };
                let monetary = if frequency == 0 {
                    0.0
                } else {
                    20.0 + f64::from(i % 7)
                };
                Some(History {
                    frequency,
                    recency,
                    t: 365,
                    monetary,
                })
            })
            .collect()
    }

    /// Every figure of a prediction is finite.
    fn all_finite(p: &Prediction) -> bool {
        let params = [p.bg_nbd.r, p.bg_nbd.alpha, p.bg_nbd.a, p.bg_nbd.b];
        params.iter().all(|v| v.is_finite())
            && p.customers().flatten().all(|c| {
                c.p_alive.is_finite()
                    && c.expected_purchases.is_finite()
                    && c.value
                        .is_none_or(|v| v.expected_order_value.is_finite() && v.clv.is_finite())
            })
    }

    #[test]
    fn a_short_history_or_few_repeat_customers_is_refused() {
        let options = PredictionOptions::default();
        let mut recent = a_year_of(400);
        for h in recent.iter_mut().flatten() {
            h.t = 60;
            h.recency = h.recency.min(60);
        }
        assert_eq!(
            predict(&all(&recent), &options),
            Err(PredictionError::HistoryTooShort { days: 61 })
        );
        // 130 customers: 97 of them bought again.
        assert_eq!(
            predict(&all(&a_year_of(130)), &options),
            Err(PredictionError::TooFewRepeatCustomers {
                repeat_customers: 97
            })
        );
        assert_eq!(
            predict(&all(&[None, None]), &options),
            Err(PredictionError::HistoryTooShort { days: 0 })
        );
    }

    #[test]
    fn options_are_checked_before_fitting() {
        let histories = a_year_of(400);
        let check = |horizon_days, discount_monthly| {
            predict(
                &all(&histories),
                &PredictionOptions {
                    horizon_days,
                    discount_monthly,
                },
            )
            .err()
        };
        assert_eq!(
            check(0, 0.01),
            Some(PredictionError::InvalidOptions(InvalidOptions::HorizonZero))
        );
        assert_eq!(
            check(365, -0.01),
            Some(PredictionError::InvalidOptions(
                InvalidOptions::DiscountRate(-0.01)
            ))
        );
        assert!(matches!(
            check(365, f64::NAN),
            Some(PredictionError::InvalidOptions(
                InvalidOptions::DiscountRate(_)
            ))
        ));
        assert_eq!(check(365, 0.0), None);
        assert_eq!(check(1, 0.01), None);
    }

    #[test]
    fn impossible_histories_are_refused() {
        let mut histories = a_year_of(400);
        histories[7] = Some(History {
            frequency: 2,
            recency: 400,
            t: 365,
            monetary: 10.0,
        });
        assert_eq!(
            predict(&all(&histories), &PredictionOptions::default()),
            Err(PredictionError::InvalidHistory { customer: 7 })
        );
    }

    #[test]
    fn a_year_of_customers_gives_sensible_figures() {
        let histories = a_year_of(400);
        let p = predict(&all(&histories), &PredictionOptions::default()).unwrap();
        assert!(all_finite(&p));
        let gg = p.order_values.unwrap();
        for (h, c) in histories.iter().flatten().zip(p.customers().flatten()) {
            assert!((0.0..=1.0).contains(&c.p_alive));
            assert!(c.expected_purchases >= 0.0);
            let v = c.value.unwrap();
            assert_eq!(v.value_is_shop_mean, h.frequency == 0);
            if h.frequency == 0 {
                assert_eq!(v.expected_order_value, gg.mean_order_value());
            }
            // Discounting, and counting 12 months rather than 365 days, only lowers it.
            assert!(v.clv > 0.0 && v.clv < v.expected_order_value * c.expected_purchases);
        }
        // Customer 1 (one repeat 35 days in) has long gone quiet; customer 11 (one repeat
        // 335 days in) bought recently: the model trusts the latter more.
        let [quiet, recent] = [1, 11].map(|i| p.customer(i).unwrap());
        assert!(quiet.p_alive < recent.p_alive);
        assert!(quiet.expected_purchases < recent.expected_purchases);
    }

    #[test]
    fn order_values_without_a_finite_mean_leave_the_purchase_figures() {
        // 150 repeat customers whose average spends run from 1 to 100 evenly on a log
        // scale: so spread out that lifetimes fits q = 0.8376 (p 5.296, v 0.816).
        let histories: Vec<Option<History>> = (0..150)
            .map(|i| {
                Some(History {
                    frequency: 1 + i % 3,
                    recency: 10 + i,
                    t: 200,
                    monetary: 10f64.powf(2.0 * f64::from(i) / 150.0),
                })
            })
            .collect();
        let p = predict(&all(&histories), &PredictionOptions::default()).unwrap();
        match p.order_values {
            Err(PredictionError::OrderValuesUnbounded { q }) => {
                assert!((q - 0.837_566_705_737_815_3).abs() < 1e-3, "q = {q}")
            }
            other => panic!("expected unbounded order values, got {other:?}"),
        }
        assert!(all_finite(&p));
        assert!(p
            .customers()
            .flatten()
            .all(|c| c.value.is_none() && c.expected_purchases > 0.0));
    }

    #[test]
    fn extreme_histories_give_no_undefined_figures() {
        // A customer who bought once, an age ago, among ordinary ones.
        let mut histories = a_year_of(400);
        histories.push(Some(History {
            frequency: 0,
            recency: 0,
            t: 10_000_000,
            monetary: 0.0,
        }));
        // And one who bought every day for years.
        histories.push(Some(History {
            frequency: 3000,
            recency: 3000,
            t: 3000,
            monetary: 1e6,
        }));
        let p = predict(&all(&histories), &PredictionOptions::default()).unwrap();
        assert!(all_finite(&p));
        let ancient = p.customer(400).unwrap();
        assert_eq!(ancient.p_alive, 1.0);
        assert!(ancient.expected_purchases < 1e-3);

        // Identical customers do not pin the models down: an error or finite figures,
        // never NaN.
        let same = vec![
            Some(History {
                frequency: 2,
                recency: 100,
                t: 200,
                monetary: 25.0,
            });
            300
        ];
        match predict(&all(&same), &PredictionOptions::default()) {
            Ok(p) => assert!(all_finite(&p)),
            Err(e) => assert!(matches!(
                e,
                PredictionError::DidNotConverge { .. } | PredictionError::NotFinite { .. }
            )),
        }
    }

    #[test]
    fn errors_read_as_one_sentence() {
        let errors = [
            PredictionError::InvalidOptions(InvalidOptions::HorizonZero),
            PredictionError::InvalidOptions(InvalidOptions::DiscountRate(-1.0)),
            PredictionError::InvalidHistory { customer: 3 },
            PredictionError::HistoryTooShort { days: 40 },
            PredictionError::TooFewRepeatCustomers {
                repeat_customers: 12,
            },
            PredictionError::DidNotConverge {
                model: Model::Purchases,
            },
            PredictionError::NotFinite {
                model: Model::OrderValues,
            },
            PredictionError::NoRepeatSpend,
            PredictionError::OrderValuesUnbounded { q: 0.8 },
        ];
        for e in errors {
            let text = e.to_string();
            assert!(
                text.ends_with('.') && text.matches(". ").count() == 0,
                "{text}"
            );
        }
        assert_eq!(
            PredictionError::TooFewRepeatCustomers {
                repeat_customers: 12
            }
            .to_string(),
            "Predictions need at least 100 customers who ordered on two different days; \
             this shop has 12."
        );
    }
}
