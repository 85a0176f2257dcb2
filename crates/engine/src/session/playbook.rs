//! The campaign playbook's answers: send lists with a holdout group drawn, the whole result
//! as JSON, and exported campaigns measured against a newer file.

use super::analysis::{Analysis, Segmentation};
use super::error::{EngineError, LeftOut, MeasureLack};
use super::protocol::CampaignExport;
use super::views::{CampaignExported, Download};
use crate::basics::calendar::Date;
use crate::basics::money::MoneyStyle;
use crate::basics::text::slug;
use crate::campaigns::holdout::{bounded_share, holdout_split};
use crate::campaigns::power::plan_holdout;
use crate::campaigns::suggest::{suggest, Campaign};
use crate::campaigns::uplift::{measure, CampaignKey, CampaignRecord, CampaignResult};
use crate::export::{campaign_list_csv, email_of, ListLayout};
use crate::features::ids;
use crate::insight::segments::SegmentSummary;
use crate::prediction::histories;
use crate::reading::Table;
use crate::roles::Mapping;
use crate::segmentation::scheme::Scheme;
use crate::shop::bind;
use crate::shop::currency::detect_currency;
use segmenter_words::{Language, Sentence};
use serde::Serialize;

/// Days over which a segment's customers buying anyway is judged before a campaign.
const BASELINE_DAYS: f64 = 30.0;

/// The share of `customers` expected to order in the next [`BASELINE_DAYS`] days without
/// a campaign.
///
/// Once the prediction is made, each customer's chance by the purchase model
/// ([`BgNbd::p_ordering_within`](crate::prediction::BgNbd::p_ordering_within)), averaged.
/// Before it, the share who ordered in the last [`BASELINE_DAYS`] days: a fair guess for a
/// segment its customers' recency does not define, but high for one of recent buyers
/// (nearly every Champion ordered lately) and low for one of lapsed ones (no Hibernating
/// customer did).
fn buying_anyway(a: &Analysis, customers: &[usize]) -> f64 {
    let likely: f64 = match &a.prediction {
        Some(models) => {
            let chances = a.ordering_soon.get_or_init(|| {
                let histories = histories(&a.shop, a.reference);
                (histories.iter())
                    .map(|h| h.map_or(0.0, |h| models.bg_nbd.p_ordering_within(&h, BASELINE_DAYS)))
                    .collect()
            });
            customers.iter().map(|&c| chances[c]).sum()
        }
        None => {
            let recency = a.features.numbers(ids::RECENCY).unwrap_or(&[]);
            (customers.iter())
                .filter(|&&c| recency.get(c).is_some_and(|&r| r <= BASELINE_DAYS))
                .count() as f64
        }
    };
    likely / customers.len() as f64
}

/// What holding out `share` of segment `segment`'s customers a `layout` list reaches can
/// show: the smallest uplift in purchase rate these groups can detect, and the holdout the
/// merchant's expected uplift needs, in a sentence, with customers buying anyway estimated
/// by [`buying_anyway`].
pub(super) fn holdout_plan(
    a: &Analysis,
    current: &Segmentation,
    segment: usize,
    layout: ListLayout,
    share: f64,
    expected_uplift: Option<f64>,
) -> Result<String, EngineError> {
    let name = current
        .assignment
        .segments
        .get(segment)
        .ok_or(EngineError::NoSuchSegment)?;
    let audience = Audience::of(a, current, segment, layout);
    if audience.reachable.is_empty() {
        return Err(audience.nobody_reachable(name));
    }
    let baseline = buying_anyway(a, &audience.reachable);
    let plan = plan_holdout(audience.reachable.len(), share, baseline, expected_uplift);
    Ok(plan.sentence(a.options.words()))
}

/// A segment's customers a list can go to, and those it leaves out.
struct Audience {
    reachable: Vec<usize>,
    left_out: LeftOut,
}

impl Audience {
    /// Of segment `segment`, for a `layout` list: customers who said no to marketing are
    /// never on a list, nor those without an e-mail on a list of addresses.
    fn of(a: &Analysis, current: &Segmentation, segment: usize, layout: ListLayout) -> Audience {
        let customers = &a.shop.customers;
        let members = current.assignment.members(segment);
        let (mut declined, mut without_email) = (0, 0);
        let reachable = (members.iter().copied())
            .filter(|&c| {
                if customers.accepts_marketing.as_ref().and_then(|m| m[c]) == Some(false) {
                    declined += 1;
                    false
                } else if layout.needs_email() && email_of(customers, c).is_none() {
                    without_email += 1;
                    false
                } else {
                    true
                }
            })
            .collect();
        Audience {
            reachable,
            left_out: LeftOut {
                customers: members.len(),
                declined,
                without_email,
            },
        }
    }

    /// Why a list to segment `name` would have nobody on it.
    fn nobody_reachable(self, name: &str) -> EngineError {
        if self.left_out.customers == 0 {
            EngineError::EmptySegment {
                segment: name.to_string(),
            }
        } else {
            EngineError::NobodyReachable {
                segment: name.to_string(),
                left_out: self.left_out,
            }
        }
    }
}

/// A campaign's send list: the segment's reachable customers, less a holdout group, which
/// the record keeps to measure the campaign by.
///
/// The scheme and its segments named in English (the view's `english`) are the record's
/// key, and with the campaign's, the seed of the holdout draw, so that the same export in
/// another language draws the same customers and replaces the same record.
pub(super) fn campaign_list(
    a: &Analysis,
    current: &Segmentation,
    order: &CampaignExport,
) -> Result<CampaignExported, EngineError> {
    let english = &current.view.english;
    let customers = &a.shop.customers;
    let segment = current
        .assignment
        .segments
        .get(order.segment)
        .ok_or(EngineError::NothingToExport)?
        .as_str();
    let campaign = match order.campaign.trim() {
        "" => "Campaign",
        name => name,
    };
    let key = CampaignKey {
        campaign: campaign_key(a, current, segment, campaign),
        scheme: english.0.clone(),
        segment: english
            .1
            .get(order.segment)
            .map_or_else(|| segment.to_string(), String::clone),
    };
    let audience = Audience::of(a, current, order.segment, order.layout);
    if audience.reachable.is_empty() {
        return Err(audience.nobody_reachable(segment));
    }
    let Audience {
        reachable,
        left_out,
    } = audience;
    let split = holdout_split(
        &reachable,
        |c| customers.key(c),
        &key.campaign,
        &key.segment,
        order.holdout_share,
    );
    let keys = |group: &[usize]| {
        group
            .iter()
            .map(|&c| customers.key(c).to_string())
            .collect()
    };
    let record = CampaignRecord {
        campaign: campaign.to_string(),
        scheme: current.scheme.name.clone(),
        segment: segment.to_string(),
        sent: order.sent,
        holdout_share: bounded_share(order.holdout_share),
        treated: keys(&split.treated),
        holdout: keys(&split.holdout),
        key: Some(key),
    };
    let download = Download {
        file_name: format!(
            "segmenter-{}-{}-{}-{}-{}.csv",
            slug(&current.scheme.name),
            slug(segment),
            slug(campaign),
            order.layout.label(),
            order.sent
        ),
        bytes: campaign_list_csv(customers, &split.treated, order.layout, segment, campaign),
    };
    Ok(CampaignExported {
        download,
        record,
        left_out,
    })
}

/// The campaign's name in every language: the suggested objective in English when the
/// merchant kept the one suggested in the page's language, else the name as they wrote it.
fn campaign_key(a: &Analysis, current: &Segmentation, segment: &str, campaign: &str) -> String {
    let language = a.options.words();
    let summary = current.view.segments.iter().find(|s| s.name == segment);
    match summary {
        Some(s)
            if language != Language::English
                && suggest(s, &a.baseline, language).objective == campaign =>
        {
            suggest(s, &a.baseline, Language::English).objective
        }
        _ => campaign.to_string(),
    }
}

/// The whole result as one JSON document.
#[derive(Serialize)]
struct ResultFile<'a> {
    file: &'a str,
    reference: Date,
    scheme: &'a Scheme,
    segments: &'a [SegmentSummary],
    campaigns: &'a [Campaign],
    customers: Vec<CustomerResult<'a>>,
}

#[derive(Serialize)]
struct CustomerResult<'a> {
    id: &'a str,
    email: Option<&'a str>,
    name: String,
    segment: &'a str,
    days_since_last_order: Option<f64>,
    orders: Option<f64>,
    total_spent: Option<f64>,
}

/// The file name, reference date, scheme, segment figures, campaigns (as the merchant edited
/// them) and every customer's segment, as JSON for other programs. Unlike the CSV files it
/// is not meant for a spreadsheet, so values are written exactly as they are.
pub(super) fn result_json(
    file: &str,
    a: &Analysis,
    current: &Segmentation,
    campaigns: &[Campaign],
) -> Vec<u8> {
    let number = |id: &str, c: usize| a.features.numbers(id).map(|v| v[c]).filter(|v| !v.is_nan());
    let customers = &a.shop.customers;
    let result = ResultFile {
        file,
        reference: a.reference,
        scheme: &current.scheme,
        segments: &current.view.segments,
        campaigns,
        customers: (0..customers.len())
            .map(|c| CustomerResult {
                id: customers.key(c),
                email: email_of(customers, c),
                name: customers.display_name(c),
                segment: &current.assignment.segments
                    [usize::from(current.assignment.of_customer[c])],
                days_since_last_order: number(ids::RECENCY, c),
                orders: number(ids::FREQUENCY, c),
                total_spent: number(ids::MONETARY, c),
            })
            .collect(),
    };
    serde_json::to_vec_pretty(&result).unwrap_or_default()
}

/// Exported campaigns measured against a newer orders file, its columns mapped by `mapping`,
/// their verdicts written in `language` and its amounts the way that language writes them.
pub(super) fn measured(
    name: &str,
    table: &Table,
    mapping: &Mapping,
    records: &[CampaignRecord],
    language: Language,
) -> Result<Vec<CampaignResult>, EngineError> {
    let cannot = |lacks| EngineError::CannotMeasure {
        file: name.to_string(),
        lacks,
    };
    let shop = bind(table, mapping).map_err(|missing| cannot(MeasureLack::Columns(missing)))?;
    if shop.orders.is_empty() {
        return Err(cannot(MeasureLack::DatedOrders));
    }
    let currency =
        detect_currency(table, mapping).in_style(MoneyStyle::of_language(language.tag()));
    Ok(records
        .iter()
        .map(|r| measure(r, &shop, &currency, language))
        .collect())
}
