//! Segments → campaigns: a suggestion grounded in each segment's figures, reproducible
//! holdout groups, and what an exported campaign did, measured on a newer file.

pub mod holdout;
pub mod suggest;
pub mod uplift;
