//! A host's own scheme: read from the JSON a host sends (the object "Download scheme"
//! saves) as a scheme file is, and checked for what a host's file cannot have, before the
//! file is read. The frame's worker and the JavaScript module both read it here: one reader,
//! one set of sentences.

use crate::features::ids;
use crate::segmentation::presets::renamed_tiers;
use crate::segmentation::scheme::Scheme;

/// A scheme a host can segment with: one in which [`own_scheme`] found nothing a host
/// cannot use. Made only by that check ([`own_scheme`], or `try_from` a [`Scheme`]), so a
/// caller of [`Session::segment_file`](super::Session::segment_file) (the module, a
/// program) cannot hand it a scheme that skipped the check. The frame's worker sends its
/// page the scheme itself, which the page checks again as it makes one.
///
/// ```
/// use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
/// use segmenter_engine::session::OwnScheme;
/// let by_cluster = Scheme {
///     name: "By cluster".into(),
///     rules: vec![Rule {
///         segment: "First".into(),
///         when: Condition::In { feature: "cluster".into(), values: vec!["1".into()] },
///     }],
///     otherwise: "Others".into(),
///     period: None,
/// };
/// let refused = OwnScheme::try_from(by_cluster).unwrap_err();
/// assert!(refused.starts_with(r#""scheme" reads "cluster", the clusters"#), "{refused}");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct OwnScheme(Scheme);

impl OwnScheme {
    /// The scheme it holds.
    pub fn scheme(&self) -> &Scheme {
        &self.0
    }
}

impl TryFrom<Scheme> for OwnScheme {
    /// Why a host cannot segment with it.
    type Error = String;

    fn try_from(scheme: Scheme) -> Result<OwnScheme, String> {
        match own_scheme_refusal(&scheme) {
            Some(sentence) => Err(sentence),
            None => Ok(OwnScheme(scheme)),
        }
    }
}

impl From<OwnScheme> for Scheme {
    fn from(own: OwnScheme) -> Scheme {
        own.0
    }
}

/// What is wrong with a scheme's JSON, without the position (" at line 1 column 40"):
/// what a scheme file's error quotes with its line, and a host's object has no lines.
pub fn scheme_mistake(e: &serde_json::Error) -> String {
    let reason = e.to_string();
    reason
        .split(" at line")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// A host's own scheme from its JSON, read as a scheme file is; else the sentence a host
/// gets: what is wrong with it, or why a host cannot use it (rules on the spend in a period
/// that name none, on clusters, on predicted figures). The
/// frame has its worker answer this ([`Request::HostScheme`](super::Request::HostScheme)),
/// the JavaScript module calls it.
pub fn own_scheme(json: &[u8]) -> Result<OwnScheme, String> {
    // A derived struct also reads from an array of its fields; a host's scheme is an object.
    if !json.trim_ascii_start().starts_with(b"{") {
        return Err(KEY_OR_SCHEME.into());
    }
    let scheme = read_scheme(json).map_err(|e| not_a_host_scheme(&scheme_mistake(&e)))?;
    OwnScheme::try_from(scheme)
}

/// A scheme read from its JSON (a file the page downloaded, a host's object), named as a
/// built-in scheme is now if it was saved from one an earlier release named otherwise
/// ([`renamed_tiers`]): its name keys the merchant's campaigns, which the page's storage
/// renames as it reads them.
pub fn read_scheme(json: &[u8]) -> serde_json::Result<Scheme> {
    let mut scheme: Scheme = serde_json::from_slice(json)?;
    if let Some(today) = renamed_tiers(&scheme.name) {
        scheme.name = today;
    }
    Ok(scheme)
}

/// Why a host cannot segment with `scheme`, whatever file it sends, if it cannot: its rules
/// read the spend in a period it does not name, the clusters the page found in a file the
/// merchant clustered, or predicted figures, which come after a host's summary in the frame
/// and never in the module. Known before the file is read, so it is not opened for nothing.
fn own_scheme_refusal(scheme: &Scheme) -> Option<String> {
    if scheme.reads_spend_in_period() && scheme.period.is_none() {
        return Some(
            "\"scheme\" reads the spend in a period without naming the period: add \"period\", such as { \"last\": { \"days\": 365 } }.".into(),
        );
    }
    let mut read = scheme.rules.iter().flat_map(|rule| rule.when.features());
    read.find(|f| *f == ids::CLUSTER || ids::PREDICTED.contains(f))
        .map(|feature| {
            let what = match feature {
                ids::CLUSTER => "the clusters the page finds in a file the merchant clusters",
                _ => "a predicted figure, which a host's summary does not wait for",
            };
            format!(
                "\"scheme\" reads \"{feature}\", {what}: use rules on the customers' own figures."
            )
        })
}

/// What a host is told when `scheme` is neither a built-in scheme's key nor an object.
pub const KEY_OR_SCHEME: &str = "\"scheme\" must be a scheme's key, such as \"rfm\", or a scheme as \"Download scheme\" saves it (an object with name, rules and otherwise).";

/// The sentence for a host's scheme that is not one, saying why (`reason`).
pub fn not_a_host_scheme(reason: &str) -> String {
    format!("\"scheme\" is not a scheme as \"Download scheme\" saves it: {reason}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::scheme::{Condition, Rule};

    #[test]
    fn a_scheme_becomes_a_hosts_own_only_if_a_host_can_use_it() {
        let on = |feature: &str| Scheme {
            name: "n".into(),
            rules: vec![Rule {
                segment: "s".into(),
                when: Condition::Between {
                    feature: feature.into(),
                    min: Some(1.0),
                    max: None,
                },
            }],
            otherwise: "o".into(),
            period: None,
        };
        let own = OwnScheme::try_from(on(ids::MONETARY)).unwrap();
        assert_eq!(own.scheme(), &on(ids::MONETARY));
        assert_eq!(Scheme::from(own), on(ids::MONETARY));
        for refused in [ids::P_ALIVE, ids::CLUSTER, ids::SPEND_IN_PERIOD] {
            assert!(OwnScheme::try_from(on(refused)).is_err(), "{refused}");
        }
    }
}
