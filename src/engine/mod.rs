//! The engine: everything from a file's bytes to segments, campaigns and exports.
//!
//! Pure Rust with no browser types, so it is tested natively and runs unchanged in a Web
//! Worker (or, later, a command-line tool). Data flows one way, and the modules follow it:
//!
//! 1. [`read`]: bytes → decoded text → records → parsed columns ([`read::Table`]);
//! 2. [`roles`]: what each column means ([`roles::Mapping`]);
//! 3. [`shop`]: the mapped columns → customers and orders;
//! 4. [`features`]: per-customer measures, computed once per file and reference date;
//! 5. [`scores`], [`rfm`], [`scheme`]: scores and segment schemes (rules as data);
//! 6. [`segments`], [`campaigns`], [`crosssell`]: each segment's figures, a campaign built
//!    on them and what its customers buy together;
//! 7. [`export`], [`holdout`]: lists for e-mail tools with a control group held out;
//! 8. [`uplift`]: what an exported campaign did, measured on a newer file;
//!
//! with [`session`] holding a file and its analysis, answering the page's requests, and
//! [`calendar`] and [`money`] for dates and amounts.

pub mod calendar;
pub mod campaigns;
pub mod clustering;
pub mod crosssell;
pub mod crosstab;
pub mod export;
pub mod features;
pub mod grid;
pub mod holdout;
pub mod library;
pub mod money;
pub mod random;
pub mod read;
pub mod rfm;
pub mod roles;
pub mod sample;
pub mod scheme;
pub mod scores;
pub mod seasons;
pub mod segments;
pub mod session;
pub mod shop;
pub mod uplift;
pub mod value;
