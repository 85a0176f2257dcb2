//! Segmenter: customer segmentation for online merchants, entirely in the browser.
//!
//! [`engine`] holds everything that computes; the `browser` feature adds the Leptos UI
//! and the Web Worker that runs the engine off the page's main thread.
#![warn(missing_docs)]

pub mod engine;
