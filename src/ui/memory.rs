//! What the page remembers between visits, in this browser only: the mapping the merchant
//! confirmed for a set of column headers, so the next export from the same shop goes
//! straight to the segments; the merchant's saved segment schemes; the campaigns as they
//! edited them; and the records of exported campaigns, to measure them on a later file.

use crate::engine::campaigns::Campaign;
use crate::engine::read::DateOrder;
use crate::engine::roles::Mapping;
use crate::engine::scheme::Scheme;
use crate::engine::session::FileOverview;
use crate::engine::uplift::CampaignRecord;

const PREFIX: &str = "segmenter.mapping.";
const SCHEMES: &str = "segmenter.schemes";
const EDITS: &str = "segmenter.campaign-edits";
const RECORDS: &str = "segmenter.campaign-records";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A short stable key for a set of headers (FNV-1a), so storage keys stay small.
fn key(overview: &FileOverview) -> String {
    let hash = overview
        .header_key
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{PREFIX}{hash:016x}")
}

/// Stored values are the engine's binary messages in hexadecimal: the page then needs no
/// JSON library of its own (schemes travel as JSON through the engine's worker).
fn encode<T: serde::Serialize>(value: &T) -> Option<String> {
    let bytes = postcard::to_allocvec(value).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect();
    postcard::from_bytes(&bytes?).ok()
}

/// The mapping confirmed earlier for this file's headers.
pub fn remembered_mapping(overview: &FileOverview) -> Option<Mapping> {
    let stored = storage()?.get_item(&key(overview)).ok()??;
    let mapping: Mapping = decode(&stored)?;
    (mapping.columns.len() == overview.columns.len() && mapping.missing().is_empty())
        .then_some(mapping)
}

/// Remembers a mapping the merchant segmented with.
pub fn remember_mapping(overview: &FileOverview, mapping: &Mapping) {
    if let (Some(storage), Some(stored)) = (storage(), encode(mapping)) {
        let _ = storage.set_item(&key(overview), &stored);
    }
}

/// Forgets the mapping for this file's headers.
pub fn forget_mapping(overview: &FileOverview) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(overview));
    }
}

/// The schemes the merchant saved.
pub fn saved_schemes() -> Vec<Scheme> {
    load(SCHEMES)
}

/// Replaces the saved schemes.
pub fn store_schemes(schemes: &[Scheme]) {
    store(SCHEMES, &schemes);
}

fn load<T: serde::de::DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|stored| decode(&stored))
        .unwrap_or_default()
}

/// Stores `value` under `key`; false when the browser refuses (storage full or disabled).
fn store<T: serde::Serialize>(key: &str, value: &T) -> bool {
    match (storage(), encode(value)) {
        (Some(storage), Some(stored)) => storage.set_item(key, &stored).is_ok(),
        _ => false,
    }
}

/// Campaigns the merchant edited, with the name of their scheme.
pub fn campaign_edits() -> Vec<(String, Campaign)> {
    load(EDITS)
}

/// Replaces the edited campaigns.
pub fn store_campaign_edits(edits: &[(String, Campaign)]) {
    store(EDITS, &edits);
}

/// The exported campaigns kept to measure.
pub fn campaign_records() -> Vec<CampaignRecord> {
    load(RECORDS)
}

/// Replaces the exported campaigns kept to measure; false when the browser refused.
pub fn store_campaign_records(records: &[CampaignRecord]) -> bool {
    store(RECORDS, &records)
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
