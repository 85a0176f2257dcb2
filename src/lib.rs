//! Segmenter: customer segmentation for online merchants, entirely in the browser.
//!
//! [`engine`] holds everything that computes, free of browser types. With the `browser`
//! feature, `ui` is the Leptos page and `worker` runs the engine in a Web Worker; the page
//! only displays what the engine answers and sends the merchant's choices back.
#![warn(missing_docs)]

pub mod engine;
#[cfg(feature = "browser")]
pub mod ui;
#[cfg(feature = "browser")]
pub mod worker;
