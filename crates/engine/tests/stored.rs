//! Records the first release stored in the browser (frozen under `tests/fixtures/stored/`)
//! read back by today's engine to the same values, and written again in the current format.

use segmenter_engine::campaigns::suggest::Campaign;
use segmenter_engine::campaigns::uplift::CampaignRecord;
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::store::{read, write, Kind, Record};
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/stored")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The values the first release wrote, as JSON: (schemes, records, edits, mapping).
type Values = (
    Vec<Scheme>,
    Vec<CampaignRecord>,
    Vec<(String, Campaign)>,
    Mapping,
);

fn expected() -> Values {
    serde_json::from_str(&fixture("v1-values.json")).unwrap()
}

/// Reads a first-release record, checks it is marked for migration, and that writing it
/// again and reading that gives the same value.
fn migrated<T: Record + PartialEq + std::fmt::Debug>(file: &str) -> T {
    let old = read::<T>(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(old.migrated, "{file}");
    let again = read::<T>(&write(&old.value)).unwrap();
    assert!(!again.migrated);
    assert_eq!(again.value, old.value, "{file}");
    old.value
}

#[test]
fn saved_schemes_of_the_first_release_read_back_unchanged() {
    let schemes: Vec<Scheme> = migrated("v1-schemes.hex");
    assert_eq!(schemes, expected().0);
}

#[test]
fn campaign_records_of_the_first_release_read_back_unchanged() {
    let records: Vec<CampaignRecord> = migrated("v1-campaign-records.hex");
    assert_eq!(records, expected().1);
}

#[test]
fn edited_campaigns_of_the_first_release_read_back_unchanged() {
    let edits: Vec<(String, Campaign)> = migrated("v1-campaign-edits.hex");
    assert_eq!(edits, expected().2);
}

#[test]
fn mappings_of_the_first_release_read_back_unchanged() {
    let mapping: Mapping = migrated("v1-mapping.hex");
    assert_eq!(mapping, expected().3);
}

#[test]
fn a_cut_record_is_an_error_not_an_empty_list() {
    let text = fixture("v1-schemes.hex");
    let cut = &text[..text.len() / 2];
    let e = read::<Vec<Scheme>>(cut).unwrap_err();
    assert_eq!(e.what, Kind::Schemes);
}
