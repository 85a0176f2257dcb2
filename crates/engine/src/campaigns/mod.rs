//! Segments → campaigns: a suggestion grounded in each segment's figures, reproducible
//! holdout groups (and, before a list is exported, what a holdout of that size can show),
//! what an exported campaign did, measured on a newer file, and how long the records of
//! exported campaigns are kept and carried between browsers.

pub mod holdout;
pub mod power;
pub mod rates;
pub mod records;
pub mod suggest;
pub mod uplift;

use segmenter_words::Language;

/// A figure in a sentence (days, a ratio, percentage points) with `places` decimals and the
/// language's decimal mark, but no thousands marks: the English sentences have always
/// written "1200 days", and a number of days reads as well ungrouped in every language.
pub(crate) fn figure(language: Language, x: f64, places: usize) -> String {
    let written = format!("{x:.places$}");
    match language.decimal_mark() {
        '.' => written,
        mark => written.replace('.', &mark.to_string()),
    }
}
