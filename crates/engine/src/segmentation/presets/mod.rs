//! The built-in segmentation schemes: value tiers, places, demographics, behaviour and
//! RFM, each generated as an ordinary [`Scheme`](crate::segmentation::scheme::Scheme)
//! (ordered rules over named features) from a few parameters and, where the cut points
//! depend on the shop, from its data.
//!
//! Because the result is plain rules, a built-in scheme can be opened in the rule builder,
//! edited, saved and exported like the merchant's own. [`preset`] says what each is,
//! [`catalog`](mod@catalog) which this file allows, [`build`](mod@build) makes its rules.

pub mod build;
pub mod catalog;
pub mod preset;

pub use build::{build, rfm_scheme, seasonal_scheme};
pub use catalog::{catalog, CatalogEntry};
pub use preset::{preset_name, renamed_tiers, Family, GeoLevel, Preset};
