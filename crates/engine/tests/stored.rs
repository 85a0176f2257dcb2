//! Records the first release stored in the browser (frozen under `tests/fixtures/stored/`)
//! read back by today's engine to the same values, and written again in the current format.

use segmenter_engine::campaigns::suggest::Campaign;
use segmenter_engine::campaigns::uplift::CampaignRecord;
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::session::{Answer, Request, Session};
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

/// Edited and exported campaigns of spend tiers over two dates were kept under the tiers'
/// English name, whose dates were ISO days before they were written in words: read back,
/// they are kept under today's name, and marked to be written again.
#[test]
fn campaigns_kept_under_the_name_tiers_over_dates_had_are_read_under_todays() {
    let (before, today) = (
        "Spend tiers, 2024-03-01 to 2024-08-31",
        "Spend tiers, 1 March 2024 to 31 August 2024",
    );
    let (_, mut records, mut edits, _) = expected();
    edits.truncate(1);
    edits[0].0 = before.into();
    let kept = read::<Vec<(String, Campaign)>>(&write(&edits)).unwrap();
    assert!(kept.migrated);
    assert_eq!(kept.value[0].0, today);
    assert!(
        !read::<Vec<(String, Campaign)>>(&write(&kept.value))
            .unwrap()
            .migrated
    );
    // A record's key is brought to today's, and so is the name shown when it is English
    // (a record without a key is known by it); one in another language stays as it was.
    records.truncate(1);
    records.push(records[0].clone());
    let keyed = records[0].key.get_or_insert_with(Default::default);
    keyed.scheme = before.into();
    records[0].scheme = "Umsatzstufen, 2024-03-01 bis 2024-08-31".into();
    records[1].key = None;
    records[1].scheme = before.into();
    let kept = read::<Vec<CampaignRecord>>(&write(&records)).unwrap();
    assert!(kept.migrated);
    let names: Vec<(Option<&str>, &str)> = (kept.value.iter())
        .map(|r| (r.key.as_ref().map(|k| k.scheme.as_str()), r.scheme.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (Some(today), "Umsatzstufen, 2024-03-01 bis 2024-08-31"),
            (None, today)
        ]
    );
    // Names that were never another's are read as they are.
    let untouched = read::<Vec<CampaignRecord>>(&write(&kept.value)).unwrap();
    assert!(!untouched.migrated);
    assert_eq!(untouched.value, kept.value);
    // The tiers split by another scheme, and saved as a scheme of the merchant's, whose
    // name keys its campaigns as the built-in one's does.
    edits[0].0 = format!("RFM segments by {before}");
    let kept = read::<Vec<(String, Campaign)>>(&write(&edits)).unwrap();
    assert_eq!(kept.value[0].0, format!("RFM segments by {today}"));
    let (mut schemes, ..) = expected();
    schemes.truncate(1);
    schemes.push(Scheme {
        name: "Spent 2024-03-01 to 2024-08-31".into(),
        ..schemes[0].clone()
    });
    schemes[0].name = before.into();
    let kept = read::<Vec<Scheme>>(&write(&schemes)).unwrap();
    assert!(kept.migrated);
    assert_eq!(kept.value[0].name, today);
    assert_eq!(kept.value[1..], schemes[1..]);
    // So is a scheme file downloaded then, imported now.
    let file = serde_json::to_vec(&schemes[0]).unwrap();
    match Session::new().handle(Request::ImportScheme(file)) {
        Ok(Answer::SchemeImported(scheme)) => assert_eq!(scheme.name, today),
        other => panic!("{other:?}"),
    }
}
