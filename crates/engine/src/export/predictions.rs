//! Predictions → one row per customer with the model's inputs and what it expects of them,
//! in the columns and definitions of Python's `lifetimes`, so a warehouse or notebook can
//! compare the two.

use super::csv::CsvWriter;
use crate::basics::money::Currency;
use crate::prediction::{History, Prediction};
use crate::shop::Customers;

/// `customer_id, frequency, recency, T, p_alive, expected_purchases, expected_order_value,
/// clv`: the model's inputs in days as lifetimes defines them, then its figures;
/// `expected_order_value` is empty for a customer without a repeat purchase (whose value
/// uses the shop's mean), and both money columns (with `currency`'s decimals) are empty when
/// order values could not be predicted.
pub fn predictions_csv(
    customers: &Customers,
    histories: &[Option<History>],
    prediction: &Prediction,
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
    for (c, (history, expected)) in histories.iter().zip(&prediction.customers).enumerate() {
        let (Some(history), Some(expected)) = (history, expected) else {
            continue;
        };
        csv.text(customers.key(c));
        csv.number(f64::from(history.frequency));
        csv.number(history.recency);
        csv.number(history.t);
        csv.fraction(expected.p_alive);
        csv.fraction(expected.expected_purchases);
        let own_value = expected.value.filter(|v| !v.value_is_shop_mean);
        let decimals = currency.decimals();
        csv.money(
            own_value.map_or(f64::NAN, |v| v.expected_order_value),
            decimals,
        );
        csv.money(expected.value.map_or(f64::NAN, |v| v.clv), decimals);
        csv.end_row();
    }
    csv.finish()
}
