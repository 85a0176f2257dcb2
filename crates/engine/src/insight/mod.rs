//! Segments → what they mean: each segment's figures, cross-tabs of two schemes, the top
//! customers and revenue concentration, what customers buy together, how they moved between
//! segments over time, and retention by cohort.

pub mod cohorts;
pub mod crosssell;
pub mod crosstab;
pub mod migration;
pub mod segments;
pub mod value;
