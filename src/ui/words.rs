//! The page's language and its words in it.
//!
//! The language is the merchant's stored choice, else the first of the browser's languages
//! that Segmenter speaks, else English; a host page that embeds Segmenter may set it. It is
//! one signal for the whole page: every text written with [`tr`] or [`t`] is written again
//! when it changes, so switching language keeps the file, the results and the view on show.

use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::money::{Currency, MoneyStyle};
use segmenter_words::{Arg, Key, Language};
use std::cell::{Cell, OnceCell};

thread_local! {
    static LANGUAGE: OnceCell<RwSignal<Language>> = const { OnceCell::new() };
    /// Whether the merchant chose a language in this visit, which a stored choice read
    /// after it must not undo.
    static CHOSEN: Cell<bool> = const { Cell::new(false) };
}

/// The signal holding the page's language, starting from the browser's languages.
fn signal() -> RwSignal<Language> {
    LANGUAGE.with(|cell| *cell.get_or_init(|| RwSignal::new(browser_language())))
}

/// The first of the browser's languages that Segmenter speaks.
fn browser_language() -> Language {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Language::English;
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    Language::preferred(tags.iter().map(String::as_str))
}

/// Starts the page in the browser's language (the merchant's stored choice, read from
/// storage a moment later, may change it).
pub fn start() {
    show_in(signal().get_untracked());
}

/// The page's language; read inside a view, the view follows it.
pub fn language() -> Language {
    signal().get()
}

/// The page's language without following it, safe to ask while the page is stopping.
pub fn current() -> Language {
    LANGUAGE
        .try_with(|cell| cell.get().and_then(|s| s.try_get_untracked()))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Shows the page in `language`, and tells assistive technology and the browser so.
pub fn show_in(language: Language) {
    signal().set(language);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language.tag());
    }
}

/// Shows the page in the language the merchant just chose.
pub fn choose(language: Language) {
    CHOSEN.with(|c| c.set(true));
    show_in(language);
}

/// Shows the page in the merchant's stored choice, unless they chose another since the
/// page opened (the stored record is read a moment after); says whether it did.
pub fn show_stored(language: Language) -> bool {
    let chosen = CHOSEN.with(Cell::get);
    if !chosen {
        show_in(language);
    }
    !chosen
}

/// The message `key` in the page's language.
pub fn t(key: Key) -> String {
    language().text(key, &[])
}

/// The message `key` in the page's language, with `args` written in.
pub fn t_with(key: Key, args: &[(&str, Arg)]) -> String {
    language().text(key, args)
}

/// The message `key`, as a view's text that follows the page's language.
pub fn tr(key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || t(key)
}

/// A count of customers, written in the page's language: "1 customer", "2.500 Kunden".
pub fn customers(n: usize) -> String {
    t_with(Key::CountCustomers, &[("count", count(n))])
}

/// A count as a message's argument: written with thousands marks, choosing plural forms.
pub fn count(n: usize) -> Arg<'static> {
    Arg::Count(n as u64)
}

/// A whole number with the page language's thousands marks: `1,234`, `1.234`.
pub fn number(n: usize) -> String {
    language().count(n as u64)
}

/// A share (0.125) as a percentage in the page's language: `12.5%`, `12,5 %`.
pub fn percent(share: f64) -> String {
    language().percent(share)
}

/// A number with `places` decimals in the page's language.
pub fn decimal(x: f64, places: usize) -> String {
    language().decimal(x, places)
}

/// A file's size in the page's language: `4.2 MB`, `3,5 Mo`.
pub fn size(bytes: u64) -> String {
    language().size(bytes)
}

/// A day written out in the page's language: `3 March 2026`, `3. März 2026`.
pub fn date(day: Date) -> String {
    let (year, month, day) = day.ymd();
    language().date(year, month, day)
}

/// The shop's currency, written as the page's language writes amounts (`€1,234.50` in
/// English, `1.234,50 €` in German).
pub fn money(currency: &Currency) -> Currency {
    currency
        .clone()
        .in_style(MoneyStyle::of_language(language().tag()))
}
