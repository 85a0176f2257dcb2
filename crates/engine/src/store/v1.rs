//! Records as the first release stored them: postcard bytes written as hexadecimal, under
//! unversioned keys (`segmenter.schemes`, `segmenter.mapping.<FNV-1a of the headers>`, …).
//!
//! Postcard records carry no field names, so they can only be read with the exact shapes
//! that wrote them: these are frozen copies of those shapes, converted to today's types.
//! Never change them; a later format gets a module of its own.

use crate::basics::calendar::Date;
use crate::campaigns::suggest::Campaign;
use crate::campaigns::uplift::CampaignRecord;
use crate::reading::{DateOrder, NumberStyle};
use crate::roles::{ColumnChoice, Mapping, Role};
use crate::segmentation::scheme::{Condition, Rule, Scheme};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Where the first release kept the mapping for a set of headers: FNV-1a of the joined
/// normalised headers.
pub fn mapping_key(header_key: &str) -> String {
    let hash = header_key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("segmenter.mapping.{hash:016x}")
}

/// Where the first release kept the saved schemes.
pub const SCHEMES_KEY: &str = "segmenter.schemes";
/// Where it kept the merchant's edits to campaigns.
pub const EDITS_KEY: &str = "segmenter.campaign-edits";
/// Where it kept the records of exported campaigns.
pub const RECORDS_KEY: &str = "segmenter.campaign-records";

/// A first-release shape, and how it becomes today's type.
pub trait Frozen<T>: DeserializeOwned {
    /// Whether the first release kept records of this kind at all ([`Absent`] does not).
    const KEPT: bool = true;
    /// Today's value, or why it cannot be made.
    fn into_now(self) -> Result<T, String>;
}

/// The first-release shape of a kind of record added later (the answers to embedding
/// sites): there is none, so no value of it exists and reading one says so.
#[derive(Deserialize)]
pub enum Absent {}

impl<T> Frozen<T> for Absent {
    const KEPT: bool = false;
    fn into_now(self) -> Result<T, String> {
        match self {}
    }
}

/// Decodes a first-release record of shape `V`, converted to today's `T`.
pub fn decode<V: Frozen<T>, T>(text: &str) -> Result<T, String> {
    if !V::KEPT {
        return Err(
            "it is not the JSON this version writes, and the first release kept no such record"
                .to_string(),
        );
    }
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect();
    let bytes = bytes.ok_or_else(|| "it is not the hexadecimal it should be".to_string())?;
    postcard::from_bytes::<V>(&bytes)
        .map_err(|e| e.to_string())?
        .into_now()
}

/// A frozen copy of a unit-only enum, read by variant position, and its conversion.
macro_rules! frozen_enum {
    ($frozen:ident => $now:ident { $($variant:ident),* $(,)? }) => {
        #[derive(Deserialize)]
        enum $frozen { $($variant),* }
        impl From<$frozen> for $now {
            fn from(v: $frozen) -> $now {
                match v { $($frozen::$variant => $now::$variant),* }
            }
        }
    };
}

frozen_enum!(RoleV1 => Role {
    CustomerId, Email, FirstName, LastName, FullName, Company, OrderId, OrderDate, OrderTime,
    Amount, Quantity, UnitPrice, RefundedAmount, Product, Sku, Category, Country, Region, City,
    PostalCode, Age, BirthDate, Gender, Industry, CompanySize, DiscountCode, OrderStatus,
    CancelledAt, AcceptsMarketing, TotalSpent, OrdersCount, LastOrderDate, FirstOrderDate,
});
frozen_enum!(NumberStyleV1 => NumberStyle { DecimalPoint, DecimalComma });
frozen_enum!(DateOrderV1 => DateOrder { DayFirst, MonthFirst });

/// A mapping (column roles and conventions).
#[derive(Deserialize)]
pub struct MappingV1 {
    columns: Vec<ColumnChoiceV1>,
}

#[derive(Deserialize)]
struct ColumnChoiceV1 {
    role: Option<RoleV1>,
    number_style: Option<NumberStyleV1>,
    date_order: Option<DateOrderV1>,
}

impl Frozen<Mapping> for MappingV1 {
    fn into_now(self) -> Result<Mapping, String> {
        let m = self;
        Ok(Mapping {
            columns: m
                .columns
                .into_iter()
                .map(|c| ColumnChoice {
                    role: c.role.map(Into::into),
                    number_style: c.number_style.map(Into::into),
                    date_order: c.date_order.map(Into::into),
                })
                .collect(),
        })
    }
}

/// The saved schemes.
#[derive(Deserialize)]
pub struct SchemesV1(Vec<SchemeV1>);

#[derive(Deserialize)]
struct SchemeV1 {
    name: String,
    rules: Vec<RuleV1>,
    otherwise: String,
}

#[derive(Deserialize)]
struct RuleV1 {
    segment: String,
    when: ConditionV1,
}

/// Dates were written as `YYYY-MM-DD` text.
#[derive(Deserialize)]
enum ConditionV1 {
    All(Vec<ConditionV1>),
    Any(Vec<ConditionV1>),
    Not(Box<ConditionV1>),
    Between {
        feature: String,
        min: Option<f64>,
        max: Option<f64>,
    },
    DateBetween {
        feature: String,
        from: Option<String>,
        to: Option<String>,
    },
    In {
        feature: String,
        values: Vec<String>,
    },
    NotIn {
        feature: String,
        values: Vec<String>,
    },
    Contains {
        feature: String,
        text: String,
    },
    Always,
}

/// A day written `YYYY-MM-DD`.
fn day(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).ok_or_else(|| format!("\"{text}\" is not a date"))
}

impl ConditionV1 {
    fn into_now(self) -> Result<Condition, String> {
        let all = |of: Vec<ConditionV1>| {
            of.into_iter()
                .map(ConditionV1::into_now)
                .collect::<Result<Vec<_>, _>>()
        };
        let date = |d: Option<String>| d.as_deref().map(day).transpose();
        Ok(match self {
            ConditionV1::All(of) => Condition::All(all(of)?),
            ConditionV1::Any(of) => Condition::Any(all(of)?),
            ConditionV1::Not(of) => Condition::Not(Box::new(of.into_now()?)),
            ConditionV1::Between { feature, min, max } => Condition::Between { feature, min, max },
            ConditionV1::DateBetween { feature, from, to } => Condition::DateBetween {
                feature,
                from: date(from)?,
                to: date(to)?,
            },
            ConditionV1::In { feature, values } => Condition::In { feature, values },
            ConditionV1::NotIn { feature, values } => Condition::NotIn { feature, values },
            ConditionV1::Contains { feature, text } => Condition::Contains { feature, text },
            ConditionV1::Always => Condition::Always,
        })
    }
}

impl Frozen<Vec<Scheme>> for SchemesV1 {
    fn into_now(self) -> Result<Vec<Scheme>, String> {
        self.0
            .into_iter()
            .map(|s| {
                let rules = s
                    .rules
                    .into_iter()
                    .map(|r| {
                        Ok(Rule {
                            segment: r.segment,
                            when: r.when.into_now()?,
                        })
                    })
                    .collect::<Result<_, String>>()?;
                Ok(Scheme {
                    name: s.name,
                    rules,
                    otherwise: s.otherwise,
                    period: None,
                })
            })
            .collect()
    }
}

/// The merchant's edits to campaigns, with their scheme's name.
#[derive(Deserialize)]
pub struct EditsV1(Vec<(String, CampaignV1)>);

#[derive(Deserialize)]
struct CampaignV1 {
    segment: String,
    objective: String,
    audience: String,
    offer: String,
    channel: String,
    timing: String,
    message: String,
    watch: String,
    why: String,
}

impl Frozen<Vec<(String, Campaign)>> for EditsV1 {
    fn into_now(self) -> Result<Vec<(String, Campaign)>, String> {
        Ok(self
            .0
            .into_iter()
            .map(|(scheme, c)| {
                let campaign = Campaign {
                    segment: c.segment,
                    objective: c.objective,
                    audience: c.audience,
                    offer: c.offer,
                    channel: c.channel,
                    timing: c.timing,
                    message: c.message,
                    watch: c.watch,
                    why: c.why,
                };
                (scheme, campaign)
            })
            .collect())
    }
}

/// The records of exported campaigns.
#[derive(Deserialize)]
pub struct RecordsV1(Vec<CampaignRecordV1>);

#[derive(Deserialize)]
struct CampaignRecordV1 {
    campaign: String,
    scheme: String,
    segment: String,
    sent: String,
    holdout_share: f64,
    treated: Vec<String>,
    holdout: Vec<String>,
}

impl Frozen<Vec<CampaignRecord>> for RecordsV1 {
    fn into_now(self) -> Result<Vec<CampaignRecord>, String> {
        self.0
            .into_iter()
            .map(|r| {
                Ok(CampaignRecord {
                    campaign: r.campaign,
                    scheme: r.scheme,
                    segment: r.segment,
                    sent: day(&r.sent)?,
                    holdout_share: r.holdout_share,
                    treated: r.treated,
                    holdout: r.holdout,
                    // The first release kept no key: the record is known by its names.
                    key: None,
                })
            })
            .collect()
    }
}
