//! Every language has every message, and uses only the variables English gives it.

use segmenter_words::{variables, Language, IDS, UNKNOWN};

#[test]
fn every_language_has_every_message() {
    let mut missing = Vec::new();
    for language in Language::ALL {
        for (i, id) in IDS.iter().enumerate() {
            if variables(language, i).is_none() {
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
            let english = variables(Language::English, i).expect("English has every message");
            for variable in variables(language, i).unwrap_or_default() {
                if !english.contains(&variable) {
                    wrong.push(format!("{}: {id} uses ${variable}", language.tag()));
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

#[test]
fn every_message_writes_out_whole_with_its_arguments() {
    use segmenter_words::{Arg, Key};
    // Key i is IDS[i]; every message is written with each count that picks a different arm.
    let keys: Vec<Key> = (0..IDS.len()).map(key_of).collect();
    for language in Language::ALL {
        for (i, key) in keys.iter().enumerate() {
            let names = variables(Language::English, i).unwrap();
            for n in [0, 1, 2, 1_000_000] {
                let args: Vec<(&str, Arg)> = names.iter().map(|v| (*v, Arg::Count(n))).collect();
                let written = language.text(*key, &args);
                assert!(
                    !written.chars().any(|c| ('\u{1}'..='\u{6}').contains(&c))
                        && !written.contains("{$"),
                    "{}: {} with {n}: {written:?}",
                    language.tag(),
                    IDS[i]
                );
            }
        }
    }
}

/// The key of IDS[i]: keys are numbered in IDS order.
fn key_of(i: usize) -> segmenter_words::Key {
    segmenter_words::Key::from_index(i)
}
