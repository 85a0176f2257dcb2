//! The records of exported campaigns over time: how long they are kept after their send
//! day, and the records of a file carried from another browser merged with the ones here.
//!
//! A record holds the ids of every customer sent the campaign and held out, so it is not
//! kept for ever: [`expire`] drops those past their time, and the page says which, with a
//! chance to save them in a file first.
//!
//! ```
//! use segmenter_engine::basics::calendar::Date;
//! use segmenter_engine::campaigns::records::{expire, kept_until, KEPT_DAYS};
//! use segmenter_engine::campaigns::uplift::CampaignRecord;
//! let record = |sent| CampaignRecord {
//!     campaign: "Win back".into(),
//!     scheme: "RFM segments".into(),
//!     segment: "At Risk".into(),
//!     sent,
//!     holdout_share: 0.1,
//!     treated: vec!["A".into()],
//!     holdout: vec!["B".into()],
//!     key: None,
//! };
//! let sent = Date::from_ymd(2025, 1, 10).unwrap();
//! assert_eq!(kept_until(&record(sent), KEPT_DAYS), Date::from_ymd(2026, 2, 14).unwrap());
//! let today = Date::from_ymd(2026, 2, 15).unwrap();
//! let after = expire(vec![record(sent), record(today)], today, KEPT_DAYS);
//! assert_eq!((after.kept.len(), after.expired.len()), (1, 1));
//! ```

use super::uplift::CampaignRecord;
use crate::basics::calendar::Date;

/// Days a record is kept after its send day unless the merchant chooses otherwise: long
/// enough to measure a campaign against the same season a year later.
pub const KEPT_DAYS: u32 = 400;

/// The fewest and most days the merchant may keep records for.
pub const KEPT_DAYS_RANGE: std::ops::RangeInclusive<u32> = 30..=3650;

/// The last day `record` is kept when records are kept `days` days.
pub fn kept_until(record: &CampaignRecord, days: u32) -> Date {
    record
        .sent
        .plus_days(i32::try_from(days).unwrap_or(i32::MAX))
}

/// Records split into those still kept and those past their time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expiry {
    /// Records kept, in their order.
    pub kept: Vec<CampaignRecord>,
    /// Records whose last day was before `today`, in their order.
    pub expired: Vec<CampaignRecord>,
}

/// Splits `records` into those kept on `today` and those whose `days` are over.
pub fn expire(records: Vec<CampaignRecord>, today: Date, days: u32) -> Expiry {
    let (kept, expired) = records
        .into_iter()
        .partition(|r| kept_until(r, days) >= today);
    Expiry { kept, expired }
}

/// What merging a file of records with the records here did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    /// The records now kept: those here, then the new ones from the file.
    pub records: Vec<CampaignRecord>,
    /// Records of the file that were not here.
    pub added: usize,
    /// Records of the file that replaced an earlier send of the same campaign here.
    pub updated: usize,
    /// Records of the file already here, or older than the send here.
    pub unchanged: usize,
}

/// The records `here` with those of `file` merged in. A campaign is one record per scheme,
/// segment and name, whatever language they were written in ([`CampaignRecord::key`];
/// exporting it again replaces its record, as on the page), so of two records of one
/// campaign the later send is kept.
pub fn merge(here: Vec<CampaignRecord>, file: Vec<CampaignRecord>) -> Merged {
    let mut merged = Merged {
        records: here,
        ..Merged::default()
    };
    for record in file {
        match merged.records.iter_mut().find(|r| r.same_campaign(&record)) {
            Some(r) if record.sent > r.sent => {
                *r = record;
                merged.updated += 1;
            }
            Some(_) => merged.unchanged += 1,
            None => {
                merged.records.push(record);
                merged.added += 1;
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(campaign: &str, sent: (i32, u32, u32), ids: &[&str]) -> CampaignRecord {
        CampaignRecord {
            campaign: campaign.into(),
            scheme: "RFM segments".into(),
            segment: "Champions".into(),
            sent: Date::from_ymd(sent.0, sent.1, sent.2).unwrap(),
            holdout_share: 0.1,
            treated: ids.iter().map(|s| s.to_string()).collect(),
            holdout: Vec::new(),
            key: None,
        }
    }

    #[test]
    fn a_record_is_kept_through_its_last_day_and_not_after() {
        let r = record("Thanks", (2025, 3, 1), &["A"]);
        // 1 March 2025 + 400 days = 5 April 2026.
        let last = Date::from_ymd(2026, 4, 5).unwrap();
        assert_eq!(kept_until(&r, KEPT_DAYS), last);
        assert_eq!(expire(vec![r.clone()], last, KEPT_DAYS).kept.len(), 1);
        let after = expire(vec![r.clone()], last.plus_days(1), KEPT_DAYS);
        assert_eq!((after.kept, after.expired), (vec![], vec![r.clone()]));
        // Kept 30 days only, it is gone a month after.
        assert_eq!(
            expire(vec![r], Date::from_ymd(2025, 4, 1).unwrap(), 30)
                .expired
                .len(),
            1
        );
    }

    #[test]
    fn a_file_adds_new_records_and_keeps_the_later_send_of_one_campaign() {
        let here = vec![
            record("Thanks", (2025, 3, 1), &["A"]),
            record("Win back", (2025, 5, 1), &["B"]),
        ];
        let file = vec![
            record("Thanks", (2025, 3, 1), &["A"]),
            record("Win back", (2025, 6, 1), &["B", "C"]),
            record("Welcome", (2025, 6, 2), &["D"]),
            record("Win back", (2025, 4, 1), &["E"]),
        ];
        let merged = merge(here, file);
        assert_eq!((merged.added, merged.updated, merged.unchanged), (1, 1, 2));
        let campaigns: Vec<(&str, Date)> = merged
            .records
            .iter()
            .map(|r| (r.campaign.as_str(), r.sent))
            .collect();
        assert_eq!(
            campaigns,
            [
                ("Thanks", Date::from_ymd(2025, 3, 1).unwrap()),
                ("Win back", Date::from_ymd(2025, 6, 1).unwrap()),
                ("Welcome", Date::from_ymd(2025, 6, 2).unwrap()),
            ]
        );
        assert_eq!(merged.records[1].treated, ["B", "C"]);
    }

    #[test]
    fn a_record_kept_before_keys_is_the_same_campaign_as_its_german_export() {
        use crate::campaigns::uplift::CampaignKey;
        // Kept in English before records had a key: known by its names.
        let english = record("Win back", (2025, 3, 1), &["A"]);
        let mut german = record("Win back", (2025, 4, 1), &["B"]);
        german.scheme = "RFM-Segmente".into();
        german.segment = "Champions (de)".into();
        german.key = Some(CampaignKey {
            campaign: "Win back".into(),
            scheme: "RFM segments".into(),
            segment: "Champions".into(),
        });
        assert!(german.same_campaign(&english) && english.same_campaign(&german));
        let merged = merge(vec![english.clone()], vec![german.clone()]);
        assert_eq!((merged.added, merged.updated), (0, 1));
        assert_eq!(merged.records, [german.clone()]);
        // Another segment of the same scheme is another campaign.
        let mut other = german;
        other.key = Some(CampaignKey {
            segment: "Loyal".into(),
            ..other.key()
        });
        assert!(!other.same_campaign(&english));
        // Kept from a German page before keys: known by its German names, which the same
        // campaign exported now holds beside its key.
        let mut kept = record("Win back", (2025, 3, 1), &["A"]);
        (kept.scheme, kept.segment) = ("RFM-Segmente".into(), "Schlafend".into());
        let mut again = kept.clone();
        again.key = Some(CampaignKey {
            campaign: "Win back".into(),
            scheme: "RFM segments".into(),
            segment: "Hibernating".into(),
        });
        assert!(kept.same_campaign(&again) && again.same_campaign(&kept));
        assert!(
            !kept.same_campaign(&english),
            "other names, no key: another campaign"
        );
    }
}
