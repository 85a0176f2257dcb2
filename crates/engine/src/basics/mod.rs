//! The leaf every other folder builds on: calendar days, money, reproducible randomness,
//! work split over cores, sorting by small keys, the steps' timing and text formatting. Nothing here knows about
//! files, customers or segments.

pub mod calendar;
pub mod money;
pub mod parallel;
pub mod profile;
pub mod random;
pub mod sort;
pub mod stats;
pub mod text;
