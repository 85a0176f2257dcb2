//! Every language has every message, and uses only the variables English gives it.

use segmenter_words::{Language, IDS, TABLES, UNKNOWN};

#[test]
fn every_language_has_every_message() {
    let mut missing = Vec::new();
    for language in Language::ALL {
        for (i, id) in IDS.iter().enumerate() {
            if TABLES[language as usize][i].is_none() {
                missing.push(format!("{}: {id}", language.tag()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} messages are missing (locales/<language>/*.ftl):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn no_language_has_a_message_english_lacks() {
    assert!(
        UNKNOWN.is_empty(),
        "messages English does not have (renamed or removed?): {UNKNOWN:?}"
    );
}

#[test]
fn translations_use_only_the_variables_english_gives() {
    let mut wrong = Vec::new();
    for language in Language::ALL {
        for (i, id) in IDS.iter().enumerate() {
            let english = TABLES[0][i].as_ref().unwrap().variables();
            if let Some(pattern) = &TABLES[language as usize][i] {
                for variable in pattern.variables() {
                    if !english.contains(&variable) {
                        wrong.push(format!("{}: {id} uses ${variable}", language.tag()));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "variables English does not give:\n{}",
        wrong.join("\n")
    );
}
