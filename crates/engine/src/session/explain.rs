//! How a scheme's segments were made, in sentences: the score cut points for RFM, the tier
//! rule for spend tiers.

use crate::basics::money::Currency;
use crate::features::{ids, FeatureTable};
use crate::segmentation::rfm::{explain, RfmOptions, RfmScales};
use crate::segmentation::scheme::Scheme;
use segmenter_words::{Key, Language};

/// The sentences for the features a scheme's rules read, in `language`.
pub fn explanation(
    scheme: &Scheme,
    features: &FeatureTable,
    scales: &RfmScales,
    rfm: &RfmOptions,
    currency: &Currency,
    language: Language,
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
        lines.extend(explain(scales, rfm, currency, language));
    }
    if read.contains(&ids::SPEND_IN_PERIOD) {
        if let Some(f) = features.get(ids::SPEND_IN_PERIOD) {
            lines.push(language.text(
                Key::InsightTiers,
                &[("spend", f.label.to_lowercase().into())],
            ));
        }
    }
    lines
}
