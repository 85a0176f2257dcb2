//! Every language has every message, uses only the variables English gives it, and every
//! message writes out whole.

use segmenter_words::{Arg, Language, ALL, UNKNOWN};

#[test]
fn every_language_has_every_message() {
    let mut missing = Vec::new();
    for language in Language::ALL {
        for (id, key) in ALL {
            if key.variables(language).is_none() {
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
        for (id, key) in ALL {
            let english = key
                .variables(Language::English)
                .expect("English has every message");
            for variable in key.variables(language).unwrap_or_default() {
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
    for language in Language::ALL {
        for (id, key) in ALL {
            let names = key.variables(Language::English).unwrap();
            // Counts that pick each plural arm: zero, one, other and many.
            for n in [0, 1, 2, 1_000_000] {
                let args: Vec<(&str, Arg)> = names.iter().map(|v| (*v, Arg::Count(n))).collect();
                let written = language.text(key, &args);
                assert!(
                    !written.chars().any(|c| ('\u{1}'..='\u{6}').contains(&c))
                        && !written.contains("{$"),
                    "{}: {id} with {n}: {written:?}",
                    language.tag()
                );
            }
        }
    }
}

#[test]
fn the_file_facts_count_one_row_as_one_in_english() {
    let rows = |rows, blank, problems| {
        Language::English.text(
            segmenter_words::Key::MappingRowsValue,
            &[
                ("rows", Arg::Count(rows)),
                ("blank", Arg::Count(blank)),
                ("problems", Arg::Count(problems)),
            ],
        )
    };
    assert_eq!(
        rows(3004, 1, 1),
        "3,004 data rows; 1 blank row skipped; 1 row could not be split into the header's columns"
    );
    assert_eq!(
        rows(1, 0, 2),
        "1 data row; 0 blank rows skipped; 2 rows could not be split into the header's columns"
    );
}
