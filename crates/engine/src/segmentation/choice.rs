//! What the merchant chose to segment by: a built-in scheme, their own rules, or one scheme
//! split by another.

use super::presets::Preset;
use super::scheme::Scheme;
use serde::{Deserialize, Serialize};

/// A scheme to segment with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SchemeChoice {
    /// A built-in scheme.
    Preset(Preset),
    /// The merchant's own rules.
    Custom(Scheme),
    /// Every segment of the first split by the segments of the second.
    Subdivided(Box<SchemeChoice>, Box<SchemeChoice>),
}
