//! Segmenter's words in every language it speaks, and how each language writes numbers.
//!
//! The messages live in Fluent files, `locales/<language>/*.ftl`, one folder per language,
//! which translators edit. They are compiled into tables when the crate is built, so the
//! browser loads no parser: [`Key`] has one variant per English message, and [`Language::text`]
//! writes one in a language, falling back to English where a translation is missing (the
//! crate's tests fail while any is).
//!
//! ```
//! use segmenter_words::{Arg, Key, Language};
//! let german = Language::German;
//! assert_eq!(german.count(1234567), "1.234.567");
//! assert_eq!(german.percent(0.125), "12,5\u{a0}%");
//! assert_eq!(Language::English.text(Key::LanguageChoice, &[]), "Language");
//! ```

mod numbers;

pub use numbers::Plural;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English, the language every message is written in first.
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "nl")]
    Dutch,
    #[serde(rename = "pt")]
    Portuguese,
}

impl Language {
    /// Every language, in the order they are offered.
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Dutch,
        Language::Portuguese,
    ];

    /// The language's tag, as in `<html lang>`: `en`, `de`, …
    pub fn tag(self) -> &'static str {
        ["en", "de", "fr", "es", "nl", "pt"][self as usize]
    }

    /// The language's name in itself, as a merchant looks for it in a list.
    pub fn name(self) -> &'static str {
        [
            "English",
            "Deutsch",
            "Français",
            "Español",
            "Nederlands",
            "Português",
        ][self as usize]
    }

    /// The language of a tag such as `de-AT` or `pt_BR`, if Segmenter speaks it.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let base = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == base)
    }

    /// The first of the browser's languages (most preferred first) that Segmenter speaks;
    /// English when none is.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::of_tag)
            .unwrap_or_default()
    }

    /// The message `key` in this language, with `args` written in.
    ///
    /// ```
    /// use segmenter_words::{Arg, Key, Language};
    /// let n = |n| [("count", Arg::Count(n))];
    /// assert_eq!(Language::French.text(Key::CountCustomers, &n(1)), "1 client");
    /// assert_eq!(Language::French.text(Key::CountCustomers, &n(0)), "0 client");
    /// assert_eq!(Language::English.text(Key::CountCustomers, &n(0)), "0 customers");
    /// assert_eq!(Language::German.text(Key::CountCustomers, &n(2500)), "2.500 Kunden");
    /// ```
    pub fn text(self, key: Key, args: &[(&str, Arg)]) -> String {
        let pattern = TABLES[self as usize][key as usize]
            .as_ref()
            .or(TABLES[0][key as usize].as_ref())
            .expect("every key has its English message");
        let mut out = String::new();
        self.write(pattern.0, args, &mut out);
        out
    }

    fn write(self, pieces: &[Piece], args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Count(n)) => out.push_str(&self.count(*n)),
                    // As Fluent writes a variable it was not given, so the gap shows.
                    None => {
                        let _ = write!(out, "{{${name}}}");
                    }
                },
                Piece::Select {
                    variable,
                    arms,
                    default,
                } => {
                    let chosen = match arg(variable) {
                        Some(Arg::Count(n)) => {
                            let exact = n.to_string();
                            let category = self.plural(*n).name();
                            arms.iter()
                                .position(|(key, _)| *key == exact)
                                .or_else(|| arms.iter().position(|(key, _)| *key == category))
                        }
                        Some(Arg::Text(text)) => arms.iter().position(|(key, _)| key == text),
                        None => None,
                    };
                    self.write(arms[chosen.unwrap_or(*default)].1, args, out);
                }
            }
        }
    }
}

/// Something a merchant reads as a sentence (an error, a verdict), in any language.
///
/// Types that implement it write their `Display` as the English sentence, so logs and the
/// command line read the same words the page shows an English merchant.
pub trait Sentence {
    /// The sentence in `language`.
    fn sentence(&self, language: Language) -> String;
}

/// A value written into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text written as it is (a name, an amount already written in the shop's currency).
    Text(std::borrow::Cow<'a, str>),
    /// A count: written with the language's thousands mark, and choosing plural forms.
    Count(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(text.into())
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(text.into())
    }
}

/// A message, parsed.
#[derive(Debug)]
pub struct Pattern(pub &'static [Piece]);

/// A part of a message.
#[derive(Debug)]
pub enum Piece {
    /// Text as written.
    Text(&'static str),
    /// `{ $name }`.
    Variable(&'static str),
    /// `{ $name -> [one] … *[other] … }`: the arm whose key is the count itself, else its
    /// plural category, else (for text) the text; else the default arm.
    Select {
        variable: &'static str,
        arms: &'static [(&'static str, &'static [Piece])],
        default: usize,
    },
}

impl Pattern {
    /// The variables the message uses, in any of its arms.
    pub fn variables(&self) -> Vec<&'static str> {
        fn walk(pieces: &[Piece], out: &mut Vec<&'static str>) {
            for piece in pieces {
                match piece {
                    Piece::Text(_) => {}
                    Piece::Variable(name) => out.push(name),
                    Piece::Select { variable, arms, .. } => {
                        out.push(variable);
                        arms.iter().for_each(|(_, p)| walk(p, out));
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(self.0, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }
}
