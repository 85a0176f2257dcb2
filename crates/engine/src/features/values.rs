//! The category values the engine writes itself — weekdays, months, parts of the day,
//! "yes" and "no" — and their names in the merchant's language.
//!
//! The values stay English words wherever they are data: in rules (a saved scheme matches
//! the same customers in every language), in the files the merchant downloads and in the
//! SQL. Only what the merchant reads (rule builder lists, segment names, the top customers'
//! habits, suggested campaigns) shows them in the page's language, through [`shown_value`]
//! or, inside a sentence, [`value_in_sentence`].
//!
//! ```
//! use segmenter_engine::features::{ids, values::shown_value};
//! use segmenter_words::Language;
//! assert_eq!(shown_value(ids::WEEKDAY, "Monday", Language::German), "Montag");
//! assert_eq!(shown_value(ids::ACCEPTS_MARKETING, "no", Language::French), "Non");
//! // Values from the file are shown as written.
//! assert_eq!(shown_value("country", "DE", Language::German), "DE");
//! ```

use super::compute::TIME_OF_DAY_PARTS;
use super::ids;
use crate::basics::calendar::{Weekday, MONTH_NAMES};
use segmenter_words::{Key, Language, MONTHS};

/// The values the engine writes in a category feature, in English, each with the message
/// that names it; empty for values that come from the file (countries, categories), which
/// are named as the file writes them.
pub fn named_values(feature: &str) -> Vec<(&'static str, Key)> {
    const WEEKDAYS: [Key; 7] = [
        Key::SchemesWeekdayMonday,
        Key::SchemesWeekdayTuesday,
        Key::SchemesWeekdayWednesday,
        Key::SchemesWeekdayThursday,
        Key::SchemesWeekdayFriday,
        Key::SchemesWeekdaySaturday,
        Key::SchemesWeekdaySunday,
    ];
    const PARTS: [Key; 4] = [
        Key::SchemesTimeNight,
        Key::SchemesTimeMorning,
        Key::SchemesTimeAfternoon,
        Key::SchemesTimeEvening,
    ];
    match feature {
        ids::WEEKDAY => Weekday::ALL
            .iter()
            .map(|w| w.name())
            .zip(WEEKDAYS)
            .collect(),
        ids::MONTH => MONTH_NAMES.into_iter().zip(MONTHS).collect(),
        ids::TIME_OF_DAY => TIME_OF_DAY_PARTS.into_iter().zip(PARTS).collect(),
        // As `add_detail_features` writes them.
        ids::ACCEPTS_MARKETING => {
            vec![("yes", Key::FeaturesValueYes), ("no", Key::FeaturesValueNo)]
        }
        _ => Vec::new(),
    }
}

/// The value `value` of the category feature `feature` as the merchant reads it: for a
/// value the engine writes ([`named_values`]), its name in `language`, beginning with a
/// capital as a segment's name or a list's entry does; any other value as written.
pub fn shown_value(feature: &str, value: &str, language: Language) -> String {
    match named_values(feature).into_iter().find(|(v, _)| *v == value) {
        // Month names are written for dates, in lower case in French or Spanish ("3 mars").
        Some((_, key)) => capitalized(&language.text(key, &[])),
        None => value.to_string(),
    }
}

/// The value `value` of the category feature `feature` as a sentence writes it ("send on a
/// Monday", "surtout en mars"): in `language` and its case for a weekday, month or part of
/// the day; any other value as written.
pub fn value_in_sentence(feature: &str, value: &str, language: Language) -> String {
    const WEEKDAYS: [Key; 7] = [
        Key::SuggestMonday,
        Key::SuggestTuesday,
        Key::SuggestWednesday,
        Key::SuggestThursday,
        Key::SuggestFriday,
        Key::SuggestSaturday,
        Key::SuggestSunday,
    ];
    const PARTS: [Key; 4] = [
        Key::SuggestNight,
        Key::SuggestMorning,
        Key::SuggestAfternoon,
        Key::SuggestEvening,
    ];
    let key = match feature {
        ids::WEEKDAY => Weekday::ALL
            .iter()
            .position(|w| w.name() == value)
            .map(|w| WEEKDAYS[w]),
        ids::MONTH => MONTH_NAMES
            .iter()
            .position(|m| *m == value)
            .map(|m| MONTHS[m]),
        ids::TIME_OF_DAY => TIME_OF_DAY_PARTS
            .iter()
            .position(|p| *p == value)
            .map(|p| PARTS[p]),
        _ => None,
    };
    key.map_or_else(|| value.to_string(), |key| language.text(key, &[]))
}

/// `text` with its first letter a capital: a label written to follow a word, standing on
/// its own.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_the_engine_writes_has_a_name_in_each_language() {
        for feature in [
            ids::WEEKDAY,
            ids::MONTH,
            ids::TIME_OF_DAY,
            ids::ACCEPTS_MARKETING,
        ] {
            let values = named_values(feature);
            assert!(!values.is_empty(), "{feature}");
            for language in Language::ALL {
                for (value, _) in &values {
                    let shown = shown_value(feature, value, language);
                    assert!(!shown.is_empty(), "{feature} {value} {language:?}");
                }
            }
        }
        assert_eq!(shown_value(ids::MONTH, "March", Language::Spanish), "Marzo");
        assert_eq!(
            shown_value(ids::WEEKDAY, "Sunday", Language::Dutch),
            "Zondag"
        );
        assert_eq!(
            shown_value(ids::ACCEPTS_MARKETING, "yes", Language::German),
            "Ja"
        );
        assert_eq!(
            shown_value(ids::ACCEPTS_MARKETING, "no", Language::Portuguese),
            "Não"
        );
        assert_eq!(
            shown_value(ids::ACCEPTS_MARKETING, "yes", Language::English),
            "Yes"
        );
        // Another feature's "yes" is the file's, shown as written.
        assert_eq!(shown_value("gender", "yes", Language::German), "yes");
    }

    #[test]
    fn inside_a_sentence_each_language_writes_its_own_case() {
        let month = |language| value_in_sentence(ids::MONTH, "March", language);
        assert_eq!(month(Language::English), "March");
        assert_eq!(month(Language::French), "mars");
        assert_eq!(month(Language::German), "März");
        let day = |language| value_in_sentence(ids::WEEKDAY, "Saturday", language);
        assert_eq!(day(Language::Dutch), "zaterdag");
        assert_eq!(day(Language::Portuguese), "sábado");
        assert_eq!(
            value_in_sentence(ids::TIME_OF_DAY, "Morning (6–12 h)", Language::English),
            "morning (6–12 h)"
        );
        assert_eq!(
            value_in_sentence(ids::TOP_CATEGORY, "Tea", Language::French),
            "Tea"
        );
    }
}
