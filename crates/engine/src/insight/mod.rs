//! Segments → what they mean: each segment's figures, cross-tabs of two schemes, the top
//! customers and revenue concentration, and what customers buy together.

pub mod crosssell;
pub mod crosstab;
pub mod segments;
pub mod value;
