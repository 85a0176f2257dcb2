//! What a host gets: the plain summary and customer lists that a page embedding Segmenter
//! (through `postMessage`) or a program using its JavaScript module receives.
//!
//! These shapes are a public contract (documented in the README, typed in the JavaScript
//! module's TypeScript definitions), so they change only with [`PROTOCOL_VERSION`].

use super::{Analysis, Session};
use crate::engine::calendar::Date;
use crate::engine::campaigns::Campaign;
use crate::engine::export::email_of;
use crate::engine::features::ids;
use crate::engine::library::CatalogEntry;
use crate::engine::session::SchemeChoice;
use serde::{Deserialize, Serialize};

/// Money rounded to cents, as a host shows it.
fn cents(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
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
    /// The currency symbol or code found in the file, empty when none.
    pub currency: String,
    /// The date recency is measured from.
    pub reference: Date,
    /// Rows of the file left out, each listed in the page's report.
    pub rows_left_out: usize,
    /// The scheme's name.
    pub scheme: String,
    /// Its segments, in the scheme's order.
    pub segments: Vec<HostSegment>,
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
pub fn choice_for_key(catalog: &[CatalogEntry], key: &str) -> Result<SchemeChoice, String> {
    let key = if key == "rfm" { "rfm-5" } else { key };
    match catalog.iter().find(|e| e.preset.key() == key) {
        Some(CatalogEntry {
            unavailable: Some(why),
            name,
            ..
        }) => Err(format!(
            "The scheme \"{name}\" cannot be used with this file: {why}"
        )),
        Some(entry) => Ok(SchemeChoice::Preset(entry.preset.clone())),
        None => {
            let known: Vec<String> = catalog.iter().map(|e| e.preset.key()).collect();
            Err(format!(
                "There is no scheme \"{key}\". Known schemes: {}.",
                known.join(", ")
            ))
        }
    }
}

/// What a host may choose when it hands over a file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct HostOptions {
    /// The date recency is measured from (`YYYY-MM-DD`); by default the day after the
    /// latest order.
    pub reference: Option<Date>,
    /// A built-in scheme's key (`rfm`, `rfm-3`, `tiers`, `geo-country`, …); RFM by default.
    pub scheme: Option<String>,
}

impl Session {
    /// Reads a whole file, maps its columns as proposed, segments it with the host's options
    /// and returns the summary: everything a program without the page needs in one call.
    ///
    /// ```
    /// use segmenter::engine::session::{HostOptions, Session};
    /// let file = "order_id,customer_id,order_date,amount\n1,a,2026-01-05,30\n2,b,2026-02-01,20\n3,a,2026-02-03,25\n";
    /// let mut session = Session::new();
    /// let summary = session.segment_file("orders.csv", file.as_bytes(), &HostOptions::default()).unwrap();
    /// assert_eq!((summary.customers, summary.orders, summary.revenue), (2, 3, 75.0));
    /// assert_eq!(summary.scheme, "RFM segments");
    /// ```
    pub fn segment_file(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &HostOptions,
    ) -> Result<HostSummary, String> {
        let mut read = crate::engine::read::ReadOptions::default();
        let mut overview = self
            .read_bytes(name, bytes, &read)
            .map_err(|e| e.to_string())?;
        // A file read once more with settled conventions is analysed the same way.
        for _ in 0..2 {
            let analyze = super::AnalyzeOptions {
                mapping: overview.proposed.clone(),
                reference: options.reference,
                ..super::AnalyzeOptions::default()
            };
            match self.handle(super::Request::Analyze(analyze)) {
                super::Response::Analyzed(view) => {
                    if let Some(key) = &options.scheme {
                        let choice = choice_for_key(&view.catalog, key)?;
                        if let super::Response::Failed(message) =
                            self.handle(super::Request::Segment(choice))
                        {
                            return Err(message);
                        }
                    }
                    return self.host_summary();
                }
                super::Response::ReadAgain(again) => {
                    read = again;
                    overview = self
                        .read_bytes(name, bytes, &read)
                        .map_err(|e| e.to_string())?;
                }
                super::Response::Failed(message) => return Err(message),
                other => return Err(format!("Unexpected answer: {other:?}")),
            }
        }
        Err("The file's number and date conventions could not be settled.".into())
    }

    /// The summary of the segmentation on show.
    pub fn host_summary(&self) -> Result<HostSummary, String> {
        let (a, current) = self.current()?;
        let campaign_of = |name: &str| {
            current
                .view
                .campaigns
                .iter()
                .find(|c| c.segment == name)
                .cloned()
        };
        Ok(HostSummary {
            version: PROTOCOL_VERSION,
            file: self
                .file
                .as_ref()
                .map_or_else(String::new, |f| f.name.clone()),
            customers: a.shop.customers.len(),
            orders: a.shop.orders.len(),
            revenue: cents(crate::engine::segments::totals(&a.features).1),
            currency: a.currency.symbol.clone(),
            reference: a.reference,
            rows_left_out: self.file.as_ref().map_or(0, |f| {
                super::views::all_problems(&f.table, Some(&a.shop)).len()
            }),
            scheme: current.scheme.name.clone(),
            segments: current
                .view
                .segments
                .iter()
                .map(|s| HostSegment {
                    name: s.name.clone(),
                    customers: s.customers,
                    customer_share: s.customer_share,
                    revenue: cents(s.revenue),
                    revenue_share: s.revenue_share,
                    median_recency: s.median_recency,
                    median_frequency: s.median_frequency,
                    median_monetary: s.median_monetary,
                    campaign: campaign_of(&s.name),
                })
                .collect(),
        })
    }

    /// The customers of the segment named `segment` in the segmentation on show, biggest
    /// spenders first.
    pub fn host_customers(&self, segment: &str) -> Result<Vec<HostCustomer>, String> {
        let (a, current) = self.current()?;
        let Some(s) = current
            .assignment
            .segments
            .iter()
            .position(|n| n == segment)
        else {
            return Err(format!(
                "There is no segment \"{segment}\". Segments: {}.",
                current.assignment.segments.join(", ")
            ));
        };
        let number =
            |id: &str, c: usize| a.features.numbers(id).map(|v| v[c]).filter(|v| !v.is_nan());
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
                total_spent: number(ids::MONETARY, c).map(cents),
            })
            .collect())
    }

    fn current(&self) -> Result<(&Analysis, &super::Segmentation), String> {
        self.analysis
            .as_ref()
            .and_then(|a| a.current.as_ref().map(|c| (a, c)))
            .ok_or_else(|| "No file has been segmented yet.".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "order_id,customer_id,email,order_date,amount,country\n\
                        1,a,a@example.com,2026-01-05,30,DE\n\
                        2,b,,2026-02-01,20,FR\n\
                        3,a,a@example.com,2026-02-03,25,DE\n";

    #[test]
    fn a_host_gets_a_summary_and_a_segment_list_by_name() {
        let mut s = Session::new();
        let options = HostOptions {
            reference: Date::from_ymd(2026, 3, 1),
            scheme: Some("geo-country".into()),
        };
        let summary = s
            .segment_file("orders.csv", FILE.as_bytes(), &options)
            .unwrap();
        assert_eq!(summary.version, PROTOCOL_VERSION);
        assert_eq!(summary.reference, Date::from_ymd(2026, 3, 1).unwrap());
        let de = summary.segments.iter().find(|g| g.name == "DE").unwrap();
        assert_eq!((de.customers, de.revenue), (1, 55.0));
        assert!(de.campaign.is_some());
        let list = s.host_customers("DE").unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].email.as_deref(), Some("a@example.com"));
        assert_eq!(
            (list[0].orders, list[0].total_spent),
            (Some(2.0), Some(55.0))
        );
        assert_eq!(list[0].days_since_last_order, Some(26.0));
        assert!(s
            .host_customers("Mars")
            .unwrap_err()
            .starts_with("There is no segment \"Mars\""));
    }

    #[test]
    fn unknown_schemes_and_options_are_refused_with_a_reason() {
        let mut s = Session::new();
        let bad = HostOptions {
            scheme: Some("astrology".into()),
            ..HostOptions::default()
        };
        let e = s
            .segment_file("orders.csv", FILE.as_bytes(), &bad)
            .unwrap_err();
        assert!(
            e.starts_with("There is no scheme \"astrology\". Known schemes: rfm-5,"),
            "{e}"
        );
        let age = HostOptions {
            scheme: Some("age".into()),
            ..HostOptions::default()
        };
        let e = s
            .segment_file("orders.csv", FILE.as_bytes(), &age)
            .unwrap_err();
        assert!(e.contains("cannot be used with this file"), "{e}");
        assert!(serde_json::from_str::<HostOptions>(r#"{"referenceDate": "2026-01-01"}"#).is_err());
        let parsed: HostOptions =
            serde_json::from_str(r#"{"reference": "2026-01-01", "scheme": "rfm"}"#).unwrap();
        assert_eq!(parsed.reference, Date::from_ymd(2026, 1, 1));
    }
}
