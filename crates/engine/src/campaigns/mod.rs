//! Segments → campaigns: a suggestion grounded in each segment's figures, reproducible
//! holdout groups (and, before a list is exported, what a holdout of that size can show),
//! what an exported campaign did, measured on a newer file, and how long the records of
//! exported campaigns are kept and carried between browsers.

pub mod holdout;
pub mod power;
pub mod records;
pub mod suggest;
pub mod uplift;
