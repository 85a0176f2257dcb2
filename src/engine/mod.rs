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
//! 6. [`segments`], [`campaigns`]: each segment's figures and a campaign built on them;
//! 7. [`export`]: CSV files;
//!
//! with [`session`] holding a file and its analysis, answering the page's requests, and
//! [`calendar`] and [`money`] for dates and amounts.

pub mod calendar;
pub mod campaigns;
pub mod clustering;
pub mod crosstab;
pub mod export;
pub mod features;
pub mod grid;
pub mod library;
pub mod money;
pub mod random;
pub mod read;
pub mod rfm;
pub mod roles;
pub mod scheme;
pub mod scores;
pub mod seasons;
pub mod segments;
pub mod session;
pub mod shop;
pub mod value;
