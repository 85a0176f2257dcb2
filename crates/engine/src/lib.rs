//! Segmenter's engine: everything from a shop export's bytes to segments, campaigns and
//! exports, with no browser types, so it is tested natively and runs unchanged in the page's
//! Web Worker, the JavaScript module and the command line.
//!
//! Data flows one way, and the folders follow it; each imports only from the folders above
//! it:
//!
//! 1. [`basics`]: calendar days, money, reproducible randomness, text (the leaf);
//! 2. [`reading`]: bytes → decoded text → records → typed columns ([`reading::Table`]);
//! 3. [`roles`]: what each column means ([`roles::Mapping`]);
//! 4. [`shop`]: the mapped columns → customers and orders;
//! 5. [`features`]: per-customer measures, computed once per file and reference date;
//! 6. [`prediction`]: who will buy again and what they are worth (BG/NBD and Gamma-Gamma);
//! 7. [`segmentation`]: schemes as data (ordered rules over named features), scores, RFM,
//!    the built-in presets and k-means;
//! 8. [`insight`]: each segment's figures, cross-tabs, top customers, cross-sell;
//! 9. [`campaigns`]: a campaign per segment, holdout groups, measured uplift;
//! 10. [`export`]: CSV files and e-mail tool lists;
//! 11. [`store`]: what the page keeps between visits (mappings, schemes, campaigns),
//!     versioned and migrated;
//! 12. [`session`]: a file and its analysis, answering the page's requests (with ids, typed
//!     errors) and a host's.
//!
//! ```
//! use segmenter_engine::session::{HostOptions, Session};
//! let file = "customer_id,order_date,amount\nA,2026-01-05,30\nB,2026-02-01,20\nA,2026-02-03,25\n";
//! let summary = Session::new()
//!     .segment_file("orders.csv", file.as_bytes(), &HostOptions::default())
//!     .unwrap();
//! assert_eq!(summary.customers, 2);
//! ```
#![warn(missing_docs)]

pub mod basics;
pub mod campaigns;
pub mod export;
pub mod features;
pub mod insight;
pub mod prediction;
pub mod reading;
pub mod roles;
pub mod segmentation;
pub mod session;
pub mod shop;
pub mod store;
