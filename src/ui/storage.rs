//! What the page remembers between visits, in this browser's local storage only: the
//! mapping the merchant confirmed for a set of column headers (so the next export from the
//! same shop goes straight to the segments), saved segment schemes, campaigns as they
//! edited them, the records of exported campaigns, to measure them on a later file, the
//! merchant's answers to the sites that embed the page, and their preferences.
//!
//! The page only keeps the text: the engine's [`store`](segmenter_engine::store) writes and
//! reads it (versioned keys, a self-describing envelope, older formats migrated on first
//! read), asked through the worker like everything else. A record that cannot be read is
//! set aside under its own key, never overwritten, and the merchant is told.

use super::engine::EngineHandle;
use segmenter_engine::campaigns::suggest::Campaign;
use segmenter_engine::campaigns::uplift::CampaignRecord;
use segmenter_engine::reading::DateOrder;
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::session::{Answer, EngineError, FileOverview, Request};
use segmenter_engine::store::{set_aside_key, HostConsent, Kind, Preferences, Stored};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A record loaded from storage, or nothing with the reason it could not be read.
pub struct Loaded<T> {
    /// The value; `None` when there is none or it could not be read.
    pub value: Option<T>,
    /// Why the stored value could not be read, for the merchant.
    pub problem: Option<EngineError>,
}

impl<T> Loaded<T> {
    fn nothing() -> Loaded<T> {
        Loaded {
            value: None,
            problem: None,
        }
    }
}

/// Loads the record of `kind` kept under `scope`, and keeps it again as it is now if it was
/// migrated: written by the first release, or naming a built-in scheme as an earlier one did.
async fn load(engine: EngineHandle, kind: Kind, scope: &str) -> Loaded<Stored> {
    let Some(storage) = storage() else {
        return Loaded::nothing();
    };
    let key = kind.key(scope);
    let v1_key = kind.v1_key(scope);
    let (text, current) = match storage.get_item(&key) {
        Ok(Some(text)) => (text, true),
        _ => match v1_key.as_ref().map(|k| storage.get_item(k)) {
            Some(Ok(Some(text))) => (text, false),
            _ => return Loaded::nothing(),
        },
    };
    let read = engine
        .ask(Request::ReadStored {
            kind,
            text: text.clone(),
        })
        .await;
    match read {
        Ok(Answer::Stored(read)) => {
            if read.migrated {
                // Kept as it is now, a first release's copy removed.
                if let Ok(Answer::StoredText(again)) =
                    engine.ask(Request::WriteStored(read.value.clone())).await
                {
                    let kept = storage.set_item(&key, &again).is_ok();
                    if let (true, false, Some(v1_key)) = (kept, current, &v1_key) {
                        let _ = storage.remove_item(v1_key);
                    }
                }
            }
            Loaded {
                value: Some(read.value),
                problem: None,
            }
        }
        Ok(_) => Loaded::nothing(),
        Err(EngineError::Stopped) => Loaded::nothing(),
        Err(problem) => {
            // Set aside, so that saving anything new cannot overwrite it. A first-release
            // record stays where it was, untouched.
            if current {
                let _ = storage.set_item(&set_aside_key(&key), &text);
                let _ = storage.remove_item(&key);
            }
            Loaded {
                value: None,
                problem: Some(problem),
            }
        }
    }
}

/// Loads the one record of `kind` (kept without a scope) as `pick` takes its value out.
async fn load_as<T>(engine: EngineHandle, kind: Kind, pick: fn(Stored) -> Option<T>) -> Loaded<T> {
    let loaded = load(engine, kind, "").await;
    Loaded {
        value: loaded.value.and_then(pick),
        problem: loaded.problem,
    }
}

/// Stores `record` under `scope`; false when the browser refuses (storage full or
/// disabled).
async fn save(engine: EngineHandle, record: Stored, scope: &str) -> bool {
    let kind = record.kind();
    let Ok(Answer::StoredText(text)) = engine.ask(Request::WriteStored(record)).await else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(&kind.key(scope), &text).is_ok())
}

/// The mapping confirmed earlier for this file's headers, when it still fits the file.
pub async fn remembered_mapping(engine: EngineHandle, overview: &FileOverview) -> Loaded<Mapping> {
    let loaded = load(engine, Kind::Mapping, &overview.header_key).await;
    let value = match loaded.value {
        Some(Stored::Mapping(m))
            if m.columns.len() == overview.columns.len() && m.missing().is_empty() =>
        {
            Some(m)
        }
        _ => None,
    };
    Loaded {
        value,
        problem: loaded.problem,
    }
}

/// Remembers a mapping the merchant segmented with.
pub async fn remember_mapping(engine: EngineHandle, overview: &FileOverview, mapping: Mapping) {
    save(engine, Stored::Mapping(mapping), &overview.header_key).await;
}

/// Forgets the mapping for this file's headers.
pub fn forget_mapping(overview: &FileOverview) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&Kind::Mapping.key(&overview.header_key));
    }
}

/// The schemes the merchant saved.
pub async fn saved_schemes(engine: EngineHandle) -> Loaded<Vec<Scheme>> {
    load_as(engine, Kind::Schemes, |stored| match stored {
        Stored::Schemes(value) => Some(value),
        _ => None,
    })
    .await
}

/// Replaces the saved schemes; false when the browser refused.
pub async fn store_schemes(engine: EngineHandle, schemes: Vec<Scheme>) -> bool {
    save(engine, Stored::Schemes(schemes), "").await
}

/// Campaigns the merchant edited, with the name of their scheme.
pub async fn campaign_edits(engine: EngineHandle) -> Loaded<Vec<(String, Campaign)>> {
    load_as(engine, Kind::CampaignEdits, |stored| match stored {
        Stored::CampaignEdits(value) => Some(value),
        _ => None,
    })
    .await
}

/// Replaces the edited campaigns; false when the browser refused.
pub async fn store_campaign_edits(engine: EngineHandle, edits: Vec<(String, Campaign)>) -> bool {
    save(engine, Stored::CampaignEdits(edits), "").await
}

/// The exported campaigns kept to measure.
pub async fn campaign_records(engine: EngineHandle) -> Loaded<Vec<CampaignRecord>> {
    load_as(engine, Kind::CampaignRecords, |stored| match stored {
        Stored::CampaignRecords(value) => Some(value),
        _ => None,
    })
    .await
}

/// Replaces the exported campaigns kept to measure; false when the browser refused.
pub async fn store_campaign_records(engine: EngineHandle, records: Vec<CampaignRecord>) -> bool {
    save(engine, Stored::CampaignRecords(records), "").await
}

/// The merchant's answers to the sites that embed the page, one per origin.
pub async fn host_consents(engine: EngineHandle) -> Loaded<Vec<HostConsent>> {
    load_as(engine, Kind::HostConsents, |stored| match stored {
        Stored::HostConsents(value) => Some(value),
        _ => None,
    })
    .await
}

/// Replaces the answers to embedding sites; false when the browser refused.
pub async fn store_host_consents(engine: EngineHandle, consents: Vec<HostConsent>) -> bool {
    save(engine, Stored::HostConsents(consents), "").await
}

/// The merchant's preferences: the defaults until they change one.
pub async fn preferences(engine: EngineHandle) -> Loaded<Preferences> {
    load_as(engine, Kind::Preferences, |stored| match stored {
        Stored::Preferences(value) => Some(value),
        _ => None,
    })
    .await
}

/// Replaces the merchant's preferences; false when the browser refused.
pub async fn store_preferences(engine: EngineHandle, preferences: Preferences) -> bool {
    save(engine, Stored::Preferences(preferences), "").await
}

/// The date order the browser's language suggests for dates like 03/04/2024.
pub fn locale_date_order() -> DateOrder {
    let language = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    date_order_for(&language)
}

/// The date order a language tag (`en-US`, `de`) writes dates like 03/04/2024 in.
pub fn date_order_for(language: &str) -> DateOrder {
    const MONTH_FIRST: [&str; 5] = ["en-US", "en-PH", "en-CA", "es-US", "en-FM"];
    if MONTH_FIRST.iter().any(|l| language.eq_ignore_ascii_case(l)) {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    }
}
