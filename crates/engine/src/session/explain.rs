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
            // Inside the sentence the label's first letter is small, except in German,
            // where it is a noun; the rest keeps its capitals (a month's name).
            let mut label = f.label.chars();
            let spend = match (language, label.next()) {
                (Language::German, _) | (_, None) => f.label.clone(),
                (_, Some(first)) => first.to_lowercase().chain(label).collect(),
            };
            lines.push(language.text(Key::InsightTiers, &[("spend", spend.into())]));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeatureData;

    #[test]
    fn the_tier_rule_names_the_period_inside_its_sentence() {
        let scheme: Scheme = serde_json::from_str(
            r#"{"name": "Tiers", "rules": [{"segment": "Top",
                "when": {"between": {"feature": "spend_in_period", "min": 100.0, "max": null}}}],
                "otherwise": "Rest"}"#,
        )
        .unwrap();
        let sentence = |language: Language, label: &str| {
            let mut features = FeatureTable::default();
            features.set(ids::SPEND_IN_PERIOD, label, FeatureData::Number(Vec::new()));
            let rfm = RfmOptions::default();
            let scales = crate::segmentation::rfm::score_customers(&mut features, &rfm);
            explanation(
                &scheme,
                &features,
                &scales,
                &rfm,
                &Currency::default(),
                language,
            )
        };
        let english = sentence(
            Language::English,
            "Spent in the 365 days before 1 July 2025",
        );
        assert!(
            english[0].contains("by their spend (spent in the 365 days before 1 July 2025)"),
            "{english:?}"
        );
        let german = sentence(
            Language::German,
            "Umsatz in den 365 Tagen vor dem 1. Juli 2025",
        );
        assert!(
            german[0].contains("(Umsatz in den 365 Tagen vor dem 1. Juli 2025)"),
            "{german:?}"
        );
    }
}
