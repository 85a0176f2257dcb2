//! How the page tells segments apart: one colour per segment, chosen to stay apart for
//! colour-blind readers. (Numbers, shares and dates are written by [`super::words`].)

/// Colours for segments, in scheme order; chosen to stay apart for colour-blind readers.
const PALETTE: [&str; 12] = [
    "#1b7837", "#5aae61", "#a6dba0", "#2166ac", "#67a9cf", "#fdb863", "#e08214", "#b2182b",
    "#d6604d", "#8c510a", "#762a83", "#999999",
];

/// The colour of segment number `i`.
pub fn segment_color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}
