//! What the merchant chose to segment by: a built-in scheme, their own rules, or one scheme
//! split by another.

use super::presets::Preset;
use super::scheme::{nested, Scheme};
use crate::features::Period;
use serde::{Deserialize, Serialize};

/// A scheme to segment with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SchemeChoice {
    /// A built-in scheme.
    Preset(Preset),
    /// The merchant's own rules.
    Custom(Scheme),
    /// Every segment of the first split by the segments of the second.
    // Read with a bound on nesting, as conditions are (see `MAX_NESTING`).
    #[serde(deserialize_with = "nested")]
    Subdivided(Box<SchemeChoice>, Box<SchemeChoice>),
}

impl SchemeChoice {
    /// The period the merchant's own rules in it name for the spend in a period they read,
    /// if they do (the outer scheme's first).
    pub fn named_period(&self) -> Option<Period> {
        match self {
            SchemeChoice::Custom(scheme) => scheme.period_read(),
            SchemeChoice::Subdivided(outer, inner) => outer.named_period().or(inner.named_period()),
            SchemeChoice::Preset(_) => None,
        }
    }

    /// The choice with every part that names a period naming the one the shop's spend in
    /// a period is computed for: a tier scheme's own, whose bounds come from it, else the
    /// first named. A shop has one spend in a period; rules naming another would read it.
    pub fn with_one_period(&self) -> SchemeChoice {
        match self.tiers_period().or(self.named_period()) {
            Some(period) => self.with_period(Some(period)),
            None => self.clone(),
        }
    }

    /// The period of a tier scheme in it, which its bounds come from.
    pub fn tiers_period(&self) -> Option<Period> {
        match self {
            SchemeChoice::Preset(Preset::ValueTiers { period }) => Some(*period),
            SchemeChoice::Subdivided(outer, inner) => outer.tiers_period().or(inner.tiers_period()),
            _ => None,
        }
    }

    /// The choice with the merchant's own rules that name a period for the spend they read
    /// naming `period`: the same rules on the spend in another period.
    pub fn with_period(&self, period: Option<Period>) -> SchemeChoice {
        match self {
            SchemeChoice::Custom(scheme) if self.named_period().is_some() => {
                SchemeChoice::Custom(Scheme {
                    period,
                    ..scheme.clone()
                })
            }
            SchemeChoice::Subdivided(outer, inner) => SchemeChoice::Subdivided(
                Box::new(outer.with_period(period)),
                Box::new(inner.with_period(period)),
            ),
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::scheme::MAX_NESTING;

    #[test]
    fn subdivisions_read_as_before_but_not_nested_without_end() {
        let rfm = || Box::new(SchemeChoice::Preset(Preset::Rfm { points: 5 }));
        let split =
            SchemeChoice::Subdivided(rfm(), Box::new(SchemeChoice::Subdivided(rfm(), rfm())));
        let json = serde_json::to_string(&split).unwrap();
        assert_eq!(
            json,
            r#"{"Subdivided":[{"Preset":{"rfm":{"points":5}}},{"Subdivided":[{"Preset":{"rfm":{"points":5}}},{"Preset":{"rfm":{"points":5}}}]}]}"#
        );
        assert_eq!(serde_json::from_str::<SchemeChoice>(&json).unwrap(), split);
        let bytes = postcard::to_allocvec(&split).unwrap();
        assert_eq!(postcard::from_bytes::<SchemeChoice>(&bytes).unwrap(), split);
        // `Subdivided` (variant 2) inside itself 10,000 times: refused, as too deep.
        let mut deep = vec![2u8; 10_000];
        deep.extend([0, 0, 5].repeat(10_001));
        assert!(postcard::from_bytes::<SchemeChoice>(&deep).is_err());
        let mut within = *rfm();
        for _ in 0..MAX_NESTING {
            within = SchemeChoice::Subdivided(Box::new(within), rfm());
        }
        let bytes = postcard::to_allocvec(&within).unwrap();
        assert_eq!(
            postcard::from_bytes::<SchemeChoice>(&bytes).unwrap(),
            within
        );
    }
}
