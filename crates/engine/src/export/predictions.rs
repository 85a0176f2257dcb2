//! Predictions → one row per customer with the model's inputs and what it expects of them,
//! in the columns and definitions of Python's `lifetimes`, so a warehouse or notebook can
//! compare the two.

use super::csv::CsvWriter;
use crate::basics::money::Currency;
use crate::features::{ids, FeatureTable};
use crate::prediction::{informs_spend, Histories};
use crate::shop::Customers;

/// `customer_id, frequency, recency, T, p_alive, expected_purchases, expected_order_value,
/// clv`: the model's inputs in days as lifetimes defines them (`histories`), then its
/// figures, as the prediction set them in `features`; `expected_order_value` is empty for a
/// customer without a repeat purchase (whose value uses the shop's mean), and both money
/// columns (with `currency`'s decimals) are empty when order values could not be predicted.
pub fn predictions_csv(
    customers: &Customers,
    histories: &Histories,
    features: &FeatureTable,
    currency: &Currency,
) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    for name in [
        "customer_id",
        "frequency",
        "recency",
        "T",
        "p_alive",
        "expected_purchases",
        "expected_order_value",
        "clv",
    ] {
        csv.text(name);
    }
    csv.end_row();
    let figure = |id: &str, c: usize| features.numbers(id).map_or(f64::NAN, |v| v[c]);
    let decimals = currency.decimals();
    for (c, history) in histories.iter().enumerate() {
        let Some(history) = history else {
            continue;
        };
        csv.text(customers.key(c));
        csv.number(f64::from(history.frequency));
        csv.number(f64::from(history.recency));
        csv.number(f64::from(history.t));
        csv.fraction(figure(ids::P_ALIVE, c));
        csv.fraction(figure(ids::EXPECTED_PURCHASES, c));
        // A customer whose spending says nothing yet is valued at the shop's mean, which is
        // not an order value of their own.
        let own_value = if informs_spend(&history) {
            figure(ids::EXPECTED_ORDER_VALUE, c)
        } else {
            f64::NAN
        };
        csv.money(own_value, decimals);
        csv.money(figure(ids::PREDICTED_VALUE, c), decimals);
        csv.end_row();
    }
    csv.finish()
}
