//! Segmenter's page and its Web Worker.
//!
//! [`ui`] is the Leptos page: small components that ask the engine questions and show its
//! answers. [`worker`] runs the engine ([`segmenter_engine`]) in a Web Worker, off the
//! page's main thread; the two talk through [`envelope`]s carrying requests with ids. All
//! computing happens in the engine; nothing here but display and the browser's plumbing.
#![warn(missing_docs)]

pub mod envelope;
pub mod ui;
pub mod worker;
