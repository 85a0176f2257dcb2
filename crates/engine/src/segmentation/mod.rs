//! Features → segments: schemes as data (ordered rules over named features), tie-aware
//! scores, RFM, score grids, the built-in presets and k-means clustering.

pub mod choice;
pub mod clustering;
pub mod grid;
pub mod presets;
pub mod rfm;
pub mod scheme;
pub mod scores;
