//! What a host gets: the plain summary and customer lists that a page embedding Segmenter
//! (through `postMessage`) or a program using its JavaScript module receives.
//!
//! These shapes are a public contract (documented in the README, typed in the JavaScript
//! module's TypeScript definitions), so they change only with [`PROTOCOL_VERSION`].

use super::analysis::{Analysis, Segmentation};
use super::error::EngineError;
use super::own_scheme::OwnScheme;
use super::views::MigrationView;
use crate::basics::calendar::Date;
use crate::basics::money::rounded_steps;
use crate::campaigns::suggest::Campaign;
use crate::export::email_of;
use crate::features::ids;
use crate::insight::segments::totals;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::presets::CatalogEntry;
use serde::{Deserialize, Serialize};

/// Money rounded to the currency's `decimals`, halves away from zero, as a host shows it.
fn rounded(amount: f64, decimals: usize) -> f64 {
    amount.signum() * rounded_steps(amount, decimals) / 10f64.powi(decimals as i32)
}

/// The version of the host messages and shapes.
pub const PROTOCOL_VERSION: u32 = 1;

/// The result of segmenting a file, for a host.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostSummary {
    /// [`PROTOCOL_VERSION`].
    pub version: u32,
    /// The file's name.
    pub file: String,
    /// Customers segmented.
    pub customers: usize,
    /// Orders counted.
    pub orders: usize,
    /// Their net revenue.
    pub revenue: f64,
    /// The currency symbol or code of the amounts counted, empty when none.
    pub currency: String,
    /// Every currency a file of several names (codes, most rows first); only the one in
    /// `currency` is counted. Empty for a file of one currency.
    #[serde(default)]
    pub currencies: Vec<String>,
    /// The date recency is measured from.
    pub reference: Date,
    /// Rows of the file left out, each listed in the page's report.
    pub rows_left_out: usize,
    /// The scheme's name.
    pub scheme: String,
    /// Its segments, in the scheme's order.
    pub segments: Vec<HostSegment>,
}

/// Who moved between segments from one snapshot to another, for a host: every movement
/// with customers, unchanged ones included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostMigration {
    /// [`PROTOCOL_VERSION`].
    pub version: u32,
    /// The scheme both snapshots were segmented with.
    pub scheme: String,
    /// The earlier snapshot's reference date.
    pub from: Date,
    /// The later one's.
    pub to: Date,
    /// Customers in either snapshot.
    pub customers: usize,
    /// The movements with customers, largest first.
    pub movements: Vec<HostMovement>,
    /// Sentences on the rows a comparison of two files could not use: the other export's
    /// (how many, the first with its line) and its rows in currencies other than the one
    /// counted, and, when the files are matched on the e-mail address, the loaded file's.
    /// Empty when it used them all, and for two dates of one file (its rows left out are
    /// [`HostSummary::rows_left_out`]). Added within version 1: absent from a migration of
    /// a build before it.
    #[serde(default)]
    pub rows_left_out: Vec<String>,
}

/// One cell of a [`HostMigration`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostMovement {
    /// The segment then; `null` for customers who were not customers yet (or not in the
    /// older file).
    pub from: Option<String>,
    /// The segment now; `null` for customers missing from the newer file.
    pub to: Option<String>,
    /// Customers who moved so.
    pub customers: usize,
    /// Their share of the `from` segment's customers, 0–1.
    pub share_of_from: f64,
    /// What they spent in the year before the earlier snapshot.
    pub revenue_at_stake: f64,
}

/// A migration as a host gets it, its money rounded to the currency's `decimals`.
pub fn migration(view: &MigrationView, decimals: usize) -> HostMigration {
    let t = &view.table;
    let n = t.segments.len();
    let name = |i: usize| t.segments.get(i).cloned();
    let mut movements: Vec<HostMovement> = (0..=n)
        .flat_map(|r| (0..=n).map(move |c| (r, c)))
        .filter(|&(r, c)| t.counts[r][c] > 0)
        .map(|(r, c)| HostMovement {
            from: name(r),
            to: name(c),
            customers: t.counts[r][c],
            share_of_from: t.row_share(r, c),
            revenue_at_stake: rounded(t.at_stake[r][c], decimals),
        })
        .collect();
    movements.sort_by_key(|m| std::cmp::Reverse(m.customers));
    HostMigration {
        version: PROTOCOL_VERSION,
        scheme: view.scheme.clone(),
        from: view.from_date,
        to: view.to_date,
        customers: t.counts.iter().flatten().sum(),
        movements,
        rows_left_out: view.rows_left_out.clone(),
    }
}

/// One segment of a [`HostSummary`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostSegment {
    /// The segment's name.
    pub name: String,
    /// Customers in it.
    pub customers: usize,
    /// Share of all customers, 0–1.
    pub customer_share: f64,
    /// Their net revenue.
    pub revenue: f64,
    /// Share of all revenue, 0–1.
    pub revenue_share: f64,
    /// Median days since the last order.
    pub median_recency: Option<f64>,
    /// Median number of orders.
    pub median_frequency: Option<f64>,
    /// Median total spent.
    pub median_monetary: Option<f64>,
    /// The suggested campaign, when the segment has customers.
    pub campaign: Option<Campaign>,
}

/// One customer of a segment, for a host.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostCustomer {
    /// Identifier (customer id, else e-mail).
    pub id: String,
    /// E-mail, when known.
    pub email: Option<String>,
    /// Name, when known (empty otherwise).
    pub name: String,
    /// Days since the last order.
    pub days_since_last_order: Option<f64>,
    /// Orders.
    pub orders: Option<f64>,
    /// Total spent.
    pub total_spent: Option<f64>,
}

/// The built-in scheme a host names by key (`rfm` is short for `rfm-5`), or why it cannot
/// be used with this file.
pub fn choice_for_key(catalog: &[CatalogEntry], key: &str) -> Result<SchemeChoice, EngineError> {
    let key = if key == "rfm" { "rfm-5" } else { key };
    match catalog.iter().find(|e| e.preset.key() == key) {
        Some(CatalogEntry {
            unavailable: Some(why),
            name,
            ..
        }) => Err(EngineError::SchemeUnavailable {
            name: name.clone(),
            why: why.clone(),
        }),
        Some(entry) => Ok(SchemeChoice::Preset(entry.preset.clone())),
        None => Err(EngineError::UnknownScheme {
            key: key.to_string(),
            known: catalog.iter().map(|e| e.preset.key()).collect(),
        }),
    }
}

/// The scheme a host segments with: a built-in scheme's key, or its own rules as a scheme
/// file holds them (the JSON "Download scheme" writes and `segmenter segment --scheme`
/// reads), so a platform can keep a merchant's scheme and run it on every export.
///
/// ```
/// use segmenter_engine::session::{own_scheme, HostOptions, HostScheme, Session};
/// let file = "customer_id,order_date,amount\nA,2026-01-05,600\nB,2026-02-01,20\n";
/// let scheme = own_scheme(br#"{
///     "name": "Big spenders",
///     "rules": [{"segment": "Over 500", "when": {"between": {"feature": "monetary", "min": 500.0}}}],
///     "otherwise": "Everyone else"
/// }"#).unwrap();
/// let options = HostOptions { scheme: Some(HostScheme::Own(scheme)), ..HostOptions::default() };
/// let summary = Session::new().segment_file("orders.csv", file.as_bytes(), &options).unwrap();
/// assert_eq!(summary.scheme, "Big spenders");
/// let segments: Vec<_> = summary.segments.iter().map(|s| (s.name.as_str(), s.customers)).collect();
/// assert_eq!(segments, [("Over 500", 1), ("Everyone else", 1)]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum HostScheme {
    /// A built-in scheme's key (`rfm` is short for `rfm-5`).
    Key(String),
    /// The host's own rules, read by [`own_scheme`](fn@super::own_scheme).
    Own(OwnScheme),
}

impl HostScheme {
    /// The choice it stands for with a file whose built-in schemes are `catalog`.
    pub fn choice(&self, catalog: &[CatalogEntry]) -> Result<SchemeChoice, EngineError> {
        match self {
            HostScheme::Key(key) => choice_for_key(catalog, key),
            HostScheme::Own(own) => Ok(SchemeChoice::Custom(own.scheme().clone())),
        }
    }
}

/// What a host may choose when it hands over a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostOptions {
    /// The date recency is measured from; by default the day after the latest order.
    pub reference: Option<Date>,
    /// A built-in scheme's key (`rfm`, `rfm-3`, `tiers`, `geo-country`, …) or the host's own
    /// scheme; RFM by default.
    pub scheme: Option<HostScheme>,
    /// In a file of several currencies, the one to count (a code such as `EUR`); the one
    /// with most rows by default. Amounts in different currencies are never added together.
    pub currency: Option<String>,
}

/// The summary of the segmentation on show.
pub(super) fn summary(
    file: &str,
    rows_left_out: usize,
    a: &Analysis,
    current: &Segmentation,
) -> HostSummary {
    let campaign_of = |name: &str| {
        current
            .view
            .campaigns
            .iter()
            .find(|c| c.segment == name)
            .cloned()
    };
    HostSummary {
        version: PROTOCOL_VERSION,
        file: file.to_string(),
        customers: a.shop.customers.len(),
        orders: a.shop.orders.len(),
        revenue: rounded(totals(&a.features).1, a.currency.decimals()),
        currency: a.currency.symbol.clone(),
        currencies: match a.currencies.len() {
            0 | 1 => Vec::new(),
            _ => a.currencies.iter().map(|(code, _)| code.clone()).collect(),
        },
        reference: a.reference,
        rows_left_out,
        scheme: current.scheme.name.clone(),
        segments: current
            .view
            .segments
            .iter()
            .map(|s| HostSegment {
                name: s.name.clone(),
                customers: s.customers,
                customer_share: s.customer_share,
                revenue: rounded(s.revenue, a.currency.decimals()),
                revenue_share: s.revenue_share,
                median_recency: s.median_recency,
                median_frequency: s.median_frequency,
                median_monetary: s.median_monetary,
                campaign: campaign_of(&s.name),
            })
            .collect(),
    }
}

/// The customers of the segment named `segment` in the segmentation on show, biggest
/// spenders first.
pub(super) fn customers(
    a: &Analysis,
    current: &Segmentation,
    segment: &str,
) -> Result<Vec<HostCustomer>, EngineError> {
    let Some(s) = current
        .assignment
        .segments
        .iter()
        .position(|n| n == segment)
    else {
        return Err(EngineError::UnknownSegment {
            name: segment.to_string(),
            known: current.assignment.segments.clone(),
        });
    };
    let number = |id: &str, c: usize| a.features.numbers(id).map(|v| v[c]).filter(|v| !v.is_nan());
    let customers = &a.shop.customers;
    let mut members = current.assignment.members(s);
    members.sort_by(|&x, &y| {
        let spend = |c| number(ids::MONETARY, c).unwrap_or(f64::NEG_INFINITY);
        spend(y).total_cmp(&spend(x))
    });
    Ok(members
        .into_iter()
        .map(|c| HostCustomer {
            id: customers.key(c).to_string(),
            email: email_of(customers, c).map(str::to_string),
            name: customers.display_name(c),
            days_since_last_order: number(ids::RECENCY, c),
            orders: number(ids::FREQUENCY, c),
            total_spent: number(ids::MONETARY, c).map(|v| rounded(v, a.currency.decimals())),
        })
        .collect())
}
