//! How a scheme's segments were made, in sentences: the score cut points for RFM, the tier
//! rule for spend tiers.

use crate::basics::money::Currency;
use crate::features::{ids, FeatureTable};
use crate::segmentation::rfm::{explain, RfmOptions, RfmScales};
use crate::segmentation::scheme::Scheme;

/// The sentences for the features a scheme's rules read.
pub fn explanation(
    scheme: &Scheme,
    features: &FeatureTable,
    scales: &RfmScales,
    rfm: &RfmOptions,
    currency: &Currency,
) -> Vec<String> {
    let read: Vec<&str> = scheme
        .rules
        .iter()
        .flat_map(|r| r.when.features())
        .collect();
    let mut lines = Vec::new();
    if read
        .iter()
        .any(|f| [ids::R_SCORE, ids::F_SCORE, ids::M_SCORE].contains(f))
    {
        lines.extend(explain(scales, rfm, currency));
    }
    if read.contains(&ids::SPEND_IN_PERIOD) {
        if let Some(f) = features.get(ids::SPEND_IN_PERIOD) {
            lines.push(format!(
                "Tiers rank the customers who bought by their spend ({}): the top 1%, the next 4%, the next 15%, and so on.",
                f.label.to_lowercase()
            ));
        }
    }
    lines
}
