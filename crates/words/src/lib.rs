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

mod message;
mod numbers;

use message::Message;
pub use numbers::{Plural, MONTHS};
use serde::{Deserialize, Serialize};

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
        // Every key has its English message (the keys are made from them); only a message
        // written as empty text has none.
        let text = key
            .in_language(self)
            .or_else(|| key.in_language(Language::English))
            .unwrap_or_default();
        let mut out = String::new();
        self.write(text, args, &mut out);
        out
    }
}

/// A message of the interface: one per message of the English Fluent files, named after
/// its id (`segment-table-title` is `Key::SegmentTableTitle`).
#[derive(Clone, Copy)]
pub struct Key(&'static Message);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Key {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.0, state)
    }
}

impl std::fmt::Debug for Key {
    /// The English message as written, which names it well enough in a failing test.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Key({:?})",
            self.in_language(Language::English).unwrap_or("")
        )
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
