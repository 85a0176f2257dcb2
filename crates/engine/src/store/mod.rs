//! What the page keeps in the browser between visits: the mapping confirmed for a set of
//! headers, saved schemes, edited campaigns, the records of exported campaigns and the
//! merchant's answers to the sites that embed the page ([`HostConsent`]), and their
//! [`Preferences`].
//!
//! Each is a [`Record`] written as a self-describing, versioned envelope of JSON under a
//! versioned key:
//!
//! ```text
//! segmenter.v2.schemes = {"segmenter":"schemes","version":2,"value":[…]}
//! ```
//!
//! JSON names its fields, so a field added later (with a default) still reads older
//! records, and a field a later release adds is read past, except in a scheme's
//! conditions and periods: read past there, it could put customers in other segments than
//! the release that wrote it, so such a record is refused (and kept) instead.
//!
//! Records the first release wrote (postcard in hexadecimal, under unversioned keys) are
//! read through frozen copies of their shapes ([`v1`]) and written again in the current
//! format. English names of built-in schemes an earlier release wrote otherwise (tiers
//! over two dates, whose dates were ISO days), which key edited and exported campaigns and
//! name saved schemes, are read as today's and written again; a record's name shown in
//! another language stays as it was written. A record that cannot be read is
//! never replaced in silence: reading says why ([`StoreError`]), and the page tells the
//! merchant and sets the text aside.
//!
//! ```
//! use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
//! use segmenter_engine::store::{read, write};
//! let schemes = vec![Scheme {
//!     name: "Big spenders".into(),
//!     rules: vec![Rule { segment: "Big".into(), when: Condition::between("monetary", Some(500.0), None) }],
//!     otherwise: "Others".into(),
//!     period: None,
//! }];
//! let text = write(&schemes);
//! assert!(text.starts_with(r#"{"segmenter":"schemes","version":2,"value":"#));
//! assert_eq!(read::<Vec<Scheme>>(&text).unwrap().value, schemes);
//! ```

pub mod v1;

use crate::basics::calendar::Date;
use crate::basics::random::stable_hash;
use crate::campaigns::suggest::Campaign;
use crate::campaigns::uplift::CampaignRecord;
use crate::reading::TimeZone;
use crate::roles::Mapping;
use crate::segmentation::presets::renamed_tiers;
use crate::segmentation::scheme::Scheme;
use segmenter_words::{Key, Language, Sentence};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format records are written in.
pub const VERSION: u32 = 2;

/// A kind of value the page keeps.
pub trait Record: Serialize + DeserializeOwned {
    /// Its name in keys and envelopes, e.g. `schemes`.
    const KIND: &'static str;
    /// Which kind it is, so that an error names it to the merchant ("saved schemes").
    const WHAT: Kind;
    /// The first release's shape of it ([`v1::Absent`] for a kind added later).
    type V1: v1::Frozen<Self>;
    /// Where the first release kept it, `scope` as for [`key`]; `None` for a kind it never
    /// kept.
    fn v1_key(scope: &str) -> Option<String>;
    /// Brings the names of built-in schemes an earlier release wrote in it to today's;
    /// whether any changed. Nothing to bring by default.
    fn renamed(&mut self) -> bool {
        false
    }
}

/// `name` as today's, if it holds a built-in scheme's name as it was ([`renamed_tiers`]).
fn rename(name: &mut String) -> bool {
    renamed_tiers(name).map(|today| *name = today).is_some()
}

impl Record for Mapping {
    const KIND: &'static str = "mapping";
    const WHAT: Kind = Kind::Mapping;
    type V1 = v1::MappingV1;
    fn v1_key(scope: &str) -> Option<String> {
        Some(v1::mapping_key(scope))
    }
}

impl Record for Vec<Scheme> {
    const KIND: &'static str = "schemes";
    const WHAT: Kind = Kind::Schemes;
    type V1 = v1::SchemesV1;
    fn v1_key(_: &str) -> Option<String> {
        Some(v1::SCHEMES_KEY.to_string())
    }
    /// A built-in scheme saved keeps its name, which keys its campaigns as theirs do.
    fn renamed(&mut self) -> bool {
        self.iter_mut()
            .fold(false, |any, scheme| rename(&mut scheme.name) | any)
    }
}

impl Record for Vec<(String, Campaign)> {
    const KIND: &'static str = "campaign-edits";
    const WHAT: Kind = Kind::CampaignEdits;
    type V1 = v1::EditsV1;
    fn v1_key(_: &str) -> Option<String> {
        Some(v1::EDITS_KEY.to_string())
    }
    /// An edit is kept under its scheme's English name.
    fn renamed(&mut self) -> bool {
        self.iter_mut()
            .fold(false, |any, (scheme, _)| rename(scheme) | any)
    }
}

impl Record for Vec<CampaignRecord> {
    const KIND: &'static str = "campaign-records";
    const WHAT: Kind = Kind::CampaignRecords;
    type V1 = v1::RecordsV1;
    fn v1_key(_: &str) -> Option<String> {
        Some(v1::RECORDS_KEY.to_string())
    }
    /// A record is known by its key's scheme, or without a key by the name shown, which
    /// is also brought to today's when it was English.
    fn renamed(&mut self) -> bool {
        self.iter_mut().fold(false, |any, record| {
            let key = (record.key.as_mut()).is_some_and(|key| rename(&mut key.scheme));
            rename(&mut record.scheme) | key | any
        })
    }
}

/// A site that embeds the page (its `host-origin`) and the merchant's answer to it: whether
/// the frame may post it customer-level data (customer lists with ids, e-mails and names).
/// Kept per origin, so that the merchant is asked once per site; forgetting the answer
/// (revoking it) means being asked again.
///
/// ```
/// use segmenter_engine::basics::calendar::Date;
/// use segmenter_engine::store::{key, read, write, HostConsent};
/// let consents = vec![HostConsent {
///     origin: "https://admin.example.com".into(),
///     allowed: true,
///     decided_on: Date::from_ymd(2026, 3, 1).unwrap(),
/// }];
/// assert_eq!(key::<Vec<HostConsent>>(""), "segmenter.v2.host-consents");
/// assert_eq!(read::<Vec<HostConsent>>(&write(&consents)).unwrap().value, consents);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostConsent {
    /// The site's origin, as the frame's address names it: `https://admin.example.com`.
    pub origin: String,
    /// Whether the merchant allowed it; `false` when they refused.
    pub allowed: bool,
    /// The day they answered.
    pub decided_on: Date,
}

/// Answers kept per origin; the first release had no such record.
impl Record for Vec<HostConsent> {
    const KIND: &'static str = "host-consents";
    const WHAT: Kind = Kind::HostConsents;
    type V1 = v1::Absent;
    fn v1_key(_: &str) -> Option<String> {
        None
    }
}

/// The merchant's choices that hold across files and visits.
///
/// ```
/// use segmenter_engine::store::{read, write, Preferences};
/// // A field added later reads as its default from a record written before it.
/// let old = r#"{"segmenter":"preferences","version":2,"value":{}}"#;
/// assert_eq!(read::<Preferences>(old).unwrap().value, Preferences::default());
/// let mine = Preferences { record_days: 90, time_zone: None, language: None };
/// assert_eq!(read::<Preferences>(&write(&mine)).unwrap().value, mine);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Days the record of an exported campaign is kept after its send day
    /// ([`KEPT_DAYS`](crate::campaigns::records::KEPT_DAYS) unless changed).
    pub record_days: u32,
    /// The shop's time zone, when the merchant chose one; `None` for the browser's.
    pub time_zone: Option<TimeZone>,
    /// The interface's language, when the merchant chose one; `None` for the browser's.
    pub language: Option<Language>,
}

impl Default for Preferences {
    fn default() -> Preferences {
        Preferences {
            record_days: crate::campaigns::records::KEPT_DAYS,
            time_zone: None,
            language: None,
        }
    }
}

/// Preferences; the first release had none.
impl Record for Preferences {
    const KIND: &'static str = "preferences";
    const WHAT: Kind = Kind::Preferences;
    type V1 = v1::Absent;
    fn v1_key(_: &str) -> Option<String> {
        None
    }
}

/// The key a record is kept under. `scope` tells records of one kind apart where there are
/// several (a mapping per set of headers: the file overview's header key); empty for the
/// others.
pub fn key<T: Record>(scope: &str) -> String {
    if scope.is_empty() {
        format!("segmenter.v{VERSION}.{}", T::KIND)
    } else {
        format!(
            "segmenter.v{VERSION}.{}.{:016x}",
            T::KIND,
            stable_hash(&[scope])
        )
    }
}

/// The kinds of record, for a program that holds them without knowing their types (the
/// page keeps the text; the engine reads and writes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// [`Mapping`], one per set of headers.
    Mapping,
    /// Saved schemes.
    Schemes,
    /// Edited campaigns.
    CampaignEdits,
    /// Records of exported campaigns.
    CampaignRecords,
    /// The merchant's answers to the sites that embed the page.
    HostConsents,
    /// The merchant's preferences.
    Preferences,
}

/// A record of any kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Stored {
    /// A mapping confirmed for a set of headers.
    Mapping(Mapping),
    /// Saved schemes.
    Schemes(Vec<Scheme>),
    /// Edited campaigns, with their scheme's name.
    CampaignEdits(Vec<(String, Campaign)>),
    /// Records of exported campaigns.
    CampaignRecords(Vec<CampaignRecord>),
    /// The merchant's answers to the sites that embed the page, one per origin.
    HostConsents(Vec<HostConsent>),
    /// The merchant's preferences.
    Preferences(Preferences),
}

impl Kind {
    /// The key a record of this kind is kept under ([`key`]).
    pub fn key(self, scope: &str) -> String {
        match self {
            Kind::Mapping => key::<Mapping>(scope),
            Kind::Schemes => key::<Vec<Scheme>>(scope),
            Kind::CampaignEdits => key::<Vec<(String, Campaign)>>(scope),
            Kind::CampaignRecords => key::<Vec<CampaignRecord>>(scope),
            Kind::HostConsents => key::<Vec<HostConsent>>(scope),
            Kind::Preferences => key::<Preferences>(scope),
        }
    }

    /// Where the first release kept a record of this kind; `None` when it kept none.
    pub fn v1_key(self, scope: &str) -> Option<String> {
        match self {
            Kind::Mapping => Mapping::v1_key(scope),
            Kind::Schemes => Vec::<Scheme>::v1_key(scope),
            Kind::CampaignEdits => Vec::<(String, Campaign)>::v1_key(scope),
            Kind::CampaignRecords => Vec::<CampaignRecord>::v1_key(scope),
            Kind::HostConsents => Vec::<HostConsent>::v1_key(scope),
            Kind::Preferences => Preferences::v1_key(scope),
        }
    }

    /// Reads a record of this kind, in any format this release knows.
    pub fn read(self, text: &str) -> Result<Read<Stored>, StoreError> {
        fn into<T: Record>(text: &str, wrap: fn(T) -> Stored) -> Result<Read<Stored>, StoreError> {
            read::<T>(text).map(|r| Read {
                value: wrap(r.value),
                migrated: r.migrated,
            })
        }
        match self {
            Kind::Mapping => into(text, Stored::Mapping),
            Kind::Schemes => into(text, Stored::Schemes),
            Kind::CampaignEdits => into(text, Stored::CampaignEdits),
            Kind::CampaignRecords => into(text, Stored::CampaignRecords),
            Kind::HostConsents => into(text, Stored::HostConsents),
            Kind::Preferences => into(text, Stored::Preferences),
        }
    }
}

impl Stored {
    /// Its kind.
    pub fn kind(&self) -> Kind {
        match self {
            Stored::Mapping(_) => Kind::Mapping,
            Stored::Schemes(_) => Kind::Schemes,
            Stored::CampaignEdits(_) => Kind::CampaignEdits,
            Stored::CampaignRecords(_) => Kind::CampaignRecords,
            Stored::HostConsents(_) => Kind::HostConsents,
            Stored::Preferences(_) => Kind::Preferences,
        }
    }

    /// The record in the current format.
    pub fn write(&self) -> String {
        match self {
            Stored::Mapping(m) => write(m),
            Stored::Schemes(s) => write(s),
            Stored::CampaignEdits(e) => write(e),
            Stored::CampaignRecords(r) => write(r),
            Stored::HostConsents(c) => write(c),
            Stored::Preferences(p) => write(p),
        }
    }
}

/// Where a record that could not be read is set aside, so nothing is lost.
pub fn set_aside_key(key: &str) -> String {
    format!("segmenter.unreadable.{key}")
}

#[derive(Serialize)]
struct Envelope<'a, T> {
    segmenter: &'a str,
    version: u32,
    value: &'a T,
}

/// What an envelope says of itself, read before its value.
#[derive(Deserialize)]
struct Head {
    segmenter: String,
    version: u32,
}

#[derive(Deserialize)]
struct Body<T> {
    value: T,
}

/// A record in the current format.
pub fn write<T: Record>(value: &T) -> String {
    let envelope = Envelope {
        segmenter: T::KIND,
        version: VERSION,
        value,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// A record read back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Read<T> {
    /// Its value, in today's types.
    pub value: T,
    /// Whether it was in an older format or named a scheme as an earlier release did, and
    /// should be written again as it is now.
    pub migrated: bool,
}

/// Reads a record in any format this release knows, with the names of built-in schemes
/// brought to today's ([`Record::renamed`]).
pub fn read<T: Record>(text: &str) -> Result<Read<T>, StoreError> {
    read_as_written::<T>(text).map(|mut read| {
        read.migrated |= read.value.renamed();
        read
    })
}

/// Reads a record in any format this release knows, as it was written.
fn read_as_written<T: Record>(text: &str) -> Result<Read<T>, StoreError> {
    let failed = |reason: String| StoreError {
        what: T::WHAT,
        reason,
    };
    if !text.trim_start().starts_with('{') {
        return v1::decode::<T::V1, T>(text.trim())
            .map(|value| Read {
                value,
                migrated: true,
            })
            .map_err(failed);
    }
    let head: Head = serde_json::from_str(text).map_err(|e| failed(e.to_string()))?;
    if head.segmenter != T::KIND {
        return Err(failed(format!("it holds {} instead", head.segmenter)));
    }
    match head.version {
        VERSION => serde_json::from_str::<Body<T>>(text)
            .map(|body| Read {
                value: body.value,
                migrated: false,
            })
            .map_err(|e| failed(e.to_string())),
        newer if newer > VERSION => Err(failed(format!(
            "they were saved by a newer version of Segmenter (format {newer}); open that version again"
        ))),
        older => Err(failed(format!(
            "format {older} is unknown"
        ))),
    }
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreError {
    /// What the record holds.
    pub what: Kind,
    /// Why it could not be read, in English (often the JSON reader's words).
    pub reason: String,
}

impl Sentence for StoreError {
    fn sentence(&self, language: Language) -> String {
        let key = match self.what {
            Kind::Mapping => Key::ErrorStoredMapping,
            Kind::Schemes => Key::ErrorStoredSchemes,
            Kind::CampaignEdits => Key::ErrorStoredCampaignEdits,
            Kind::CampaignRecords => Key::ErrorStoredCampaignRecords,
            Kind::HostConsents => Key::ErrorStoredHostConsents,
            Kind::Preferences => Key::ErrorStoredPreferences,
        };
        language.text(key, &[("reason", self.reason.as_str().into())])
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for StoreError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_versioned_and_scoped() {
        assert_eq!(key::<Vec<Scheme>>(""), "segmenter.v2.schemes");
        let a = key::<Mapping>("order id|customer id|date|amount");
        let b = key::<Mapping>("order id|customer id|date|total");
        assert!(a.starts_with("segmenter.v2.mapping."), "{a}");
        assert_ne!(a, b);
        assert_eq!(
            Mapping::v1_key("order id|customer id|date|amount").as_deref(),
            Some("segmenter.mapping.bac13f8675ed7751")
        );
        assert_eq!(
            Kind::HostConsents.key(""),
            "segmenter.v2.host-consents",
            "a kind of its own"
        );
    }

    #[test]
    fn unreadable_and_foreign_records_say_why() {
        let e = read::<Vec<Scheme>>("not hex at all").unwrap_err();
        assert_eq!(e.what, Kind::Schemes);
        assert!(e.to_string().starts_with("Your saved schemes kept"), "{e}");
        assert!(e.to_string().contains("Nothing was deleted"), "{e}");
        let other = write(&Mapping::default());
        let e = read::<Vec<Scheme>>(&other).unwrap_err();
        assert!(e.reason.contains("mapping"), "{e}");
        let newer = r#"{"segmenter":"schemes","version":9,"value":[]}"#;
        let e = read::<Vec<Scheme>>(newer).unwrap_err();
        assert!(e.reason.contains("newer version"), "{e}");
    }

    #[test]
    fn a_field_added_later_does_not_break_reading() {
        // A record written by a later release with an extra field still reads.
        let text = r#"{"segmenter":"schemes","version":2,"value":[{"name":"A","rules":[],"otherwise":"B","colour":"red"}]}"#;
        let read = read::<Vec<Scheme>>(text).unwrap();
        assert_eq!(read.value[0].name, "A");
        assert!(!read.migrated);
    }

    #[test]
    fn a_field_a_condition_does_not_know_is_refused_not_read_past() {
        // A later release's condition with a bound this one would leave open.
        let text = r#"{"segmenter":"schemes","version":2,"value":[{"name":"A","rules":[{"segment":"Big","when":{"between":{"feature":"monetary","min":500.0,"max":null,"exclusive":true}}}],"otherwise":"B"}]}"#;
        let e = read::<Vec<Scheme>>(text).unwrap_err();
        assert!(e.reason.contains("unknown field `exclusive`"), "{e}");
        assert!(e.to_string().contains("Nothing was deleted"), "{e}");
    }

    #[test]
    fn host_consents_are_kept_per_origin_and_never_had_a_first_release_form() {
        let consents = vec![
            HostConsent {
                origin: "https://admin.example.com".into(),
                allowed: true,
                decided_on: Date::from_ymd(2026, 3, 1).unwrap(),
            },
            HostConsent {
                origin: "https://look-alike.example.net".into(),
                allowed: false,
                decided_on: Date::from_ymd(2026, 3, 2).unwrap(),
            },
        ];
        let stored = Stored::HostConsents(consents.clone());
        let text = stored.write();
        assert!(
            text.starts_with(r#"{"segmenter":"host-consents","version":2,"value":[{"origin":"https://admin.example.com","allowed":true,"decided_on":"2026-03-01"}"#),
            "{text}"
        );
        assert_eq!(Kind::HostConsents.read(&text).unwrap().value, stored);
        assert_eq!(stored.kind(), Kind::HostConsents);
        // The first release kept no answers: there is no old key to look under, and text
        // that is not the current JSON says why it cannot be one.
        assert_eq!(Kind::HostConsents.v1_key(""), None);
        let e = read::<Vec<HostConsent>>("a1b2c3").unwrap_err();
        assert_eq!(e.what, Kind::HostConsents);
        assert!(e.reason.contains("first release kept no"), "{e}");
        // Nor can another kind's record pass for one.
        let e = read::<Vec<HostConsent>>(&write(&Vec::<Scheme>::new())).unwrap_err();
        assert!(e.reason.contains("schemes"), "{e}");
    }

    #[test]
    fn campaign_records_kept_before_their_key_still_read_and_keep_their_names() {
        // As version 2 wrote them before records had a key: read as they are, not reset,
        // and known by their names.
        let text = r#"{"segmenter":"campaign-records","version":2,"value":[{"campaign":"Win back","scheme":"RFM segments","segment":"At Risk","sent":"2026-03-02","holdout_share":0.1,"treated":["A"],"holdout":["B"]}]}"#;
        let kept = read::<Vec<CampaignRecord>>(text).unwrap();
        assert!(!kept.migrated);
        let record = &kept.value[0];
        assert_eq!(record.key, None);
        assert_eq!(
            (
                record.key().campaign,
                record.key().scheme,
                record.key().segment
            ),
            ("Win back".into(), "RFM segments".into(), "At Risk".into())
        );
        // Written again, the key goes with it.
        let mut keyed = record.clone();
        keyed.key = Some(record.key());
        let again = write(&vec![keyed.clone()]);
        assert!(again.contains(r#""key":{"campaign":"Win back""#), "{again}");
        assert_eq!(read::<Vec<CampaignRecord>>(&again).unwrap().value, [keyed]);
    }
}
