//! Exports: CSV files made in the browser, safe to open in a spreadsheet.
//!
//! Text cells that a spreadsheet would take for a formula (starting with `=`, `+`, `-`,
//! `@`, tab or carriage return) get a leading apostrophe, so a customer named
//! `=HYPERLINK(…)` stays a name. Numbers are written as plain numbers, never neutralised,
//! so they stay numbers in the spreadsheet.

use crate::engine::features::{ids, FeatureTable};
use crate::engine::read::format_number;
use crate::engine::rfm::{F_SCORE, M_SCORE, R_SCORE};
use crate::engine::roles::Role;
use crate::engine::scheme::Assignment;
use crate::engine::segments::SegmentSummary;
use crate::engine::shop::Customers;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One cell of an export.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, neutralised against formulas when written.
    Text(String),
    /// A number, written as is (NaN as an empty cell).
    Number(f64),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<f64> for Cell {
    fn from(v: f64) -> Cell {
        Cell::Number(v)
    }
}

/// Text made safe from spreadsheet formula injection.
///
/// ```
/// use segmenter::engine::export::neutralize;
/// assert_eq!(neutralize("=1+1"), "'=1+1");
/// assert_eq!(neutralize("-5 Street"), "'-5 Street");
/// assert_eq!(neutralize("Chloé"), "Chloé");
/// ```
pub fn neutralize(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Writes CSV, comma-separated with quotes where needed.
#[derive(Debug, Default)]
pub struct CsvWriter {
    out: String,
}

impl CsvWriter {
    /// A writer; `excel_bom` starts the file with a byte-order mark so Excel reads UTF-8
    /// names correctly (left out for files meant for e-mail tools).
    pub fn new(excel_bom: bool) -> CsvWriter {
        CsvWriter {
            out: if excel_bom {
                "\u{feff}".to_string()
            } else {
                String::new()
            },
        }
    }

    /// Writes one row.
    pub fn row<I: IntoIterator<Item = Cell>>(&mut self, cells: I) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            match cell {
                Cell::Number(v) if v.is_nan() => {}
                Cell::Number(v) => self
                    .out
                    .push_str(&format_number((v * 100.0).round() / 100.0)),
                Cell::Text(t) => {
                    let t = neutralize(&t);
                    if t.contains([',', '"', '\n', '\r']) {
                        self.out.push('"');
                        self.out.push_str(&t.replace('"', "\"\""));
                        self.out.push('"');
                    } else {
                        self.out.push_str(&t);
                    }
                }
            }
        }
        self.out.push_str("\r\n");
    }

    /// The file's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// One row per segment with its figures (shares in percent), for a report or a deck.
pub fn segments_csv(segments: &[SegmentSummary]) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    csv.row(
        [
            "segment",
            "customers",
            "customers_pct",
            "revenue",
            "revenue_pct",
            "median_days_since_last_order",
            "median_orders",
            "median_spent",
            "median_order_value",
            "median_days_between_orders",
            "repeat_customers_pct",
            "discount_orders_pct",
        ]
        .map(Cell::from),
    );
    let known = |v: Option<f64>| Cell::Number(v.unwrap_or(f64::NAN));
    let pct = |v: Option<f64>| Cell::Number(v.map_or(f64::NAN, |s| s * 100.0));
    for s in segments {
        csv.row([
            Cell::from(s.name.as_str()),
            Cell::Number(s.customers as f64),
            pct(Some(s.customer_share)),
            Cell::Number(s.revenue),
            pct(Some(s.revenue_share)),
            known(s.median_recency),
            known(s.median_frequency),
            known(s.median_monetary),
            known(s.median_aov),
            known(s.median_interval),
            pct(s.repeat_share),
            pct(s.discount_share),
        ]);
    }
    csv.finish()
}

/// The text attributes exported with each customer, in column order.
const ATTRIBUTE_COLUMNS: [(Role, &str); 12] = [
    (Role::Email, "email"),
    (Role::FirstName, "first_name"),
    (Role::LastName, "last_name"),
    (Role::FullName, "name"),
    (Role::Company, "company"),
    (Role::Country, "country"),
    (Role::Region, "region"),
    (Role::City, "city"),
    (Role::PostalCode, "postal_code"),
    (Role::Gender, "gender"),
    (Role::Industry, "industry"),
    (Role::AcceptsMarketing, "accepts_marketing"),
];

/// The measures exported with each customer: (feature id, column name).
const MEASURE_COLUMNS: [(&str, &str); 13] = [
    (ids::RECENCY, "days_since_last_order"),
    (ids::FREQUENCY, "orders"),
    (ids::MONETARY, "total_spent"),
    (ids::AOV, "average_order_value"),
    (ids::FIRST_ORDER, "first_order"),
    (ids::LAST_ORDER, "last_order"),
    (ids::INTERVAL, "average_days_between_orders"),
    (ids::DISCOUNT_SHARE, "discount_order_share"),
    (R_SCORE, "r_score"),
    (F_SCORE, "f_score"),
    (M_SCORE, "m_score"),
    ("age", "age"),
    ("company_size", "company_size"),
];

/// The customers `members` with their identity, attributes, segment and measures.
pub fn customers_csv(
    customers: &Customers,
    features: &FeatureTable,
    assignment: &Assignment,
    scheme_name: &str,
    members: &[usize],
) -> Vec<u8> {
    let attributes: Vec<(Role, &str)> = ATTRIBUTE_COLUMNS
        .iter()
        .copied()
        .filter(|(role, _)| match role {
            Role::AcceptsMarketing => customers.accepts_marketing.is_some(),
            r => customers.text.contains_key(r),
        })
        .collect();
    let measures: Vec<(&str, &str)> = MEASURE_COLUMNS
        .iter()
        .copied()
        .filter(|(id, _)| features.get(id).is_some())
        .collect();
    let mut csv = CsvWriter::new(true);
    let mut header: Vec<Cell> = vec!["customer_id".into()];
    header.extend(attributes.iter().map(|(_, name)| Cell::from(*name)));
    header.push(Cell::from(scheme_column(scheme_name)));
    header.extend(measures.iter().map(|(_, name)| Cell::from(*name)));
    csv.row(header);
    for &c in members {
        let mut row: Vec<Cell> = vec![customers.key(c).into()];
        for (role, _) in &attributes {
            row.push(match role {
                Role::AcceptsMarketing => Cell::from(
                    match customers.accepts_marketing.as_ref().and_then(|m| m[c]) {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "",
                    },
                ),
                r => Cell::from(customers.text_of(*r, c).unwrap_or("")),
            });
        }
        row.push(
            assignment.segments[usize::from(assignment.of_customer[c])]
                .as_str()
                .into(),
        );
        for (id, _) in &measures {
            let feature = features.get(id).map(|f| (f.kind(), f));
            row.push(match feature {
                Some((crate::engine::features::FeatureKind::Number, f)) => {
                    Cell::Number(f.numbers().map_or(f64::NAN, |v| v[c]))
                }
                Some((_, f)) => Cell::Text(f.text(c)),
                None => Cell::Number(f64::NAN),
            });
        }
        csv.row(row);
    }
    csv.finish()
}

/// The column layout of a campaign list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListLayout {
    /// Identifier, e-mail, names, segment and campaign, for a spreadsheet or any tool.
    Plain,
    /// Mailchimp's audience import: `Email Address`, `First Name`, `Last Name`, `Tags`.
    Mailchimp,
    /// Klaviyo's list import: `Email`, `First Name`, `Last Name`, with the segment and
    /// campaign as custom properties.
    Klaviyo,
}

impl ListLayout {
    /// How file names and the page call it.
    pub fn label(self) -> &'static str {
        match self {
            ListLayout::Plain => "plain",
            ListLayout::Mailchimp => "mailchimp",
            ListLayout::Klaviyo => "klaviyo",
        }
    }

    /// Whether every row needs an e-mail address.
    pub fn needs_email(self) -> bool {
        self != ListLayout::Plain
    }
}

/// Customer `c`'s e-mail address: the mapped e-mail, else the identifier when it is one.
pub fn email_of(customers: &Customers, c: usize) -> Option<&str> {
    customers
        .text_of(Role::Email, c)
        .or_else(|| Some(customers.key(c)).filter(|k| k.contains('@')))
}

/// Customer `c`'s first and last name: the mapped ones, else the full name split at its
/// first space.
pub fn names_of(customers: &Customers, c: usize) -> (String, String) {
    let first = customers.text_of(Role::FirstName, c);
    let last = customers.text_of(Role::LastName, c);
    if first.is_some() || last.is_some() {
        return (first.unwrap_or("").into(), last.unwrap_or("").into());
    }
    match customers.text_of(Role::FullName, c).map(str::trim) {
        Some(full) => match full.split_once(' ') {
            Some((first, last)) => (first.into(), last.trim().into()),
            None => (full.into(), String::new()),
        },
        None => (String::new(), String::new()),
    }
}

/// A campaign's send list for `members` in `layout`. E-mail tools get no byte-order mark
/// (their importers read UTF-8 as is); the plain list keeps it for Excel.
pub fn campaign_list_csv(
    customers: &Customers,
    members: &[usize],
    layout: ListLayout,
    segment: &str,
    campaign: &str,
) -> Vec<u8> {
    let mut csv = CsvWriter::new(layout == ListLayout::Plain);
    let header: &[&str] = match layout {
        ListLayout::Plain => &[
            "customer_id",
            "email",
            "first_name",
            "last_name",
            "segment",
            "campaign",
        ],
        ListLayout::Mailchimp => &["Email Address", "First Name", "Last Name", "Tags"],
        ListLayout::Klaviyo => &["Email", "First Name", "Last Name", "Segment", "Campaign"],
    };
    csv.row(header.iter().map(|&h| Cell::from(h)));
    for &c in members {
        let email = email_of(customers, c).unwrap_or("");
        let (first, last) = names_of(customers, c);
        let row: Vec<Cell> = match layout {
            ListLayout::Plain => vec![
                customers.key(c).into(),
                email.into(),
                first.into(),
                last.into(),
                segment.into(),
                campaign.into(),
            ],
            // Mailchimp reads several tags from one cell, separated by commas.
            ListLayout::Mailchimp => vec![
                email.into(),
                first.into(),
                last.into(),
                format!(
                    "{}, {}",
                    segment.replace(',', " "),
                    campaign.replace(',', " ")
                )
                .into(),
            ],
            ListLayout::Klaviyo => vec![
                email.into(),
                first.into(),
                last.into(),
                segment.into(),
                campaign.into(),
            ],
        };
        csv.row(row);
    }
    csv.finish()
}

/// The column name for a scheme's segment: `segment` for RFM, else the scheme's name.
fn scheme_column(scheme_name: &str) -> String {
    let slug = slug(scheme_name);
    if slug.is_empty() || slug == "rfm-segments" {
        "segment".to_string()
    } else {
        format!("segment_{}", slug.replace('-', "_"))
    }
}

/// A file-name-safe form of a name: `Can't Lose Them` → `cant-lose-them`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_' || c == '/')
            && !out.is_empty()
            && !out.ends_with('-')
        {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        let mut w = CsvWriter::new(false);
        w.row(vec![
            Cell::from("=HYPERLINK(\"x\")"),
            Cell::from(-12.5),
            Cell::from("+49 30"),
            Cell::from("@me"),
        ]);
        w.row(vec![
            Cell::from("a,b"),
            Cell::Number(f64::NAN),
            Cell::from("\tx"),
            Cell::from("line\nbreak"),
        ]);
        let text = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            text,
            "\"'=HYPERLINK(\"\"x\"\")\",-12.5,'+49 30,'@me\r\n\"a,b\",,'\tx,\"line\nbreak\"\r\n"
        );
    }

    #[test]
    fn email_tool_layouts_have_their_headers_and_split_full_names() {
        use crate::engine::read::{read_table, ReadOptions};
        use crate::engine::roles::propose_mapping;
        use crate::engine::shop::bind;
        let file = "order_id,email,name,order_date,amount\n\
                    1,ann@example.com,Ann Van Dyke,2026-01-01,10\n\
                    2,=cmd@example.com,Bob,2026-01-02,20\n";
        let table = read_table(file.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let text = |layout| {
            String::from_utf8(campaign_list_csv(
                &shop.customers,
                &[0, 1],
                layout,
                "At Risk",
                "Spring",
            ))
            .unwrap()
        };
        assert_eq!(
            text(ListLayout::Mailchimp),
            "Email Address,First Name,Last Name,Tags\r\n\
             ann@example.com,Ann,Van Dyke,\"At Risk, Spring\"\r\n\
             '=cmd@example.com,Bob,,\"At Risk, Spring\"\r\n"
        );
        assert!(text(ListLayout::Klaviyo).starts_with("Email,First Name,Last Name,Segment,Campaign\r\nann@example.com,Ann,Van Dyke,At Risk,Spring\r\n"));
        assert!(text(ListLayout::Plain)
            .starts_with("\u{feff}customer_id,email,first_name,last_name,segment,campaign\r\n"));
    }

    #[test]
    fn slugs_for_file_names() {
        assert_eq!(slug("Can't Lose Them"), "cant-lose-them");
        assert_eq!(slug("RFM segments"), "rfm-segments");
        assert_eq!(slug("  Top 20% / DE "), "top-20-de");
    }
}
