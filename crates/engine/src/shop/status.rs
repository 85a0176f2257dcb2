//! What an order status means: a real purchase, or one to leave out and count.

use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};

/// What an order status means for segmentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StatusClass {
    /// A real purchase: kept.
    Kept,
    /// Cancelled, voided or failed.
    Cancelled,
    /// Refunded in full.
    Refunded,
    /// Not paid (pending, on hold, awaiting payment).
    Unpaid,
    /// A test order.
    Test,
}

impl StatusClass {
    /// Classifies a status text from the exports of Shopify, WooCommerce, Stripe, Square and
    /// shop systems in six languages; unknown statuses are kept.
    pub fn of(status: &str) -> StatusClass {
        let s = status.trim().to_lowercase();
        let s = s.strip_prefix("wc-").unwrap_or(&s);
        let has = |words: &[&str]| words.iter().any(|w| s == *w || s.contains(w));
        if has(&[
            "partially",
            "partial",
            "teilweise",
            "partiel",
            "parcial",
            "gedeeltelijk",
        ]) {
            return StatusClass::Kept;
        }
        if has(&["test"]) {
            StatusClass::Test
        } else if has(&[
            "cancel",
            "void",
            "fail",
            "declin",
            "storn",
            "annul",
            "cancelad",
            "anulad",
            "geannuleerd",
            "abgebrochen",
            "fehlgeschlagen",
            "echoue",
            "échoué",
            "fallid",
            "mislukt",
            "falhou",
            "rejected",
        ]) {
            StatusClass::Cancelled
        } else if has(&[
            "refund",
            "erstattet",
            "rembours",
            "reembols",
            "terugbetaald",
            "returned",
        ]) {
            StatusClass::Refunded
        } else if has(&[
            "pending",
            "unpaid",
            "on-hold",
            "on hold",
            "awaiting",
            "expired",
            "draft",
            "abandon",
            "requires_payment",
            "incomplete",
            "uncaptured",
            "ausstehend",
            "offen",
            "unbezahlt",
            "en attente",
            "impay",
            "pendiente",
            "in afwachting",
            "onbetaald",
            "pendente",
            "aguardando",
        ]) {
            StatusClass::Unpaid
        } else {
            StatusClass::Kept
        }
    }

    /// How the row report names orders of this class, in `language`.
    pub fn label(self, language: Language) -> String {
        let key = match self {
            StatusClass::Kept => Key::OverviewStatusKept,
            StatusClass::Cancelled => Key::OverviewStatusCancelled,
            StatusClass::Refunded => Key::OverviewStatusRefunded,
            StatusClass::Unpaid => Key::OverviewStatusUnpaid,
            StatusClass::Test => Key::OverviewStatusTest,
        };
        language.text(key, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_several_languages() {
        for (s, c) in [
            ("paid", StatusClass::Kept),
            ("wc-completed", StatusClass::Kept),
            ("partially_refunded", StatusClass::Kept),
            ("Refunded", StatusClass::Refunded),
            ("wc-cancelled", StatusClass::Cancelled),
            ("voided", StatusClass::Cancelled),
            ("Storniert", StatusClass::Cancelled),
            ("pending", StatusClass::Unpaid),
            ("En attente", StatusClass::Unpaid),
            ("Failed", StatusClass::Cancelled),
            ("test", StatusClass::Test),
        ] {
            assert_eq!(StatusClass::of(s), c, "{s}");
        }
    }
}
