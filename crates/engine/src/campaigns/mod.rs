//! Segments → campaigns: a suggestion grounded in each segment's figures, reproducible
//! holdout groups (and, before a list is exported, what a holdout of that size can show),
//! and what an exported campaign did, measured on a newer file.

pub mod holdout;
pub mod power;
pub mod suggest;
pub mod uplift;
