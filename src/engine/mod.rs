//! The engine: everything from a file's bytes to segments, campaigns and exports.
//!
//! Pure Rust with no browser types, so it is tested natively and runs unchanged in a Web
//! Worker (or, later, a command-line tool). Data flows one way:
//!
//! bytes → [`read`] (decoded text → parsed columns) → column roles → per-customer features
//! → segmentations → campaigns → exports.

pub mod calendar;
pub mod read;
