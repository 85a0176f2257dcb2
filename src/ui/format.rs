//! How the page writes numbers and tells segments apart: counts with their noun, shares as
//! percentages, one colour per segment.

use segmenter_engine::basics::money::group_thousands;

/// Colours for segments, in scheme order; chosen to stay apart for colour-blind readers.
const PALETTE: [&str; 12] = [
    "#1b7837", "#5aae61", "#a6dba0", "#2166ac", "#67a9cf", "#fdb863", "#e08214", "#b2182b",
    "#d6604d", "#8c510a", "#762a83", "#999999",
];

/// The colour of segment number `i`.
pub fn segment_color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// Writes a count of things with its noun: "1 order", "2 orders".
pub fn count(n: usize, noun: &str) -> String {
    let noun = if n == 1 {
        noun.trim_end_matches('s')
    } else {
        noun
    };
    format!("{} {noun}", group_thousands(&n.to_string()))
}

/// A share as a percentage with one decimal.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}
