//! The customer table and the segment summary as CSV files: every customer with their
//! details, segment and measures; one row per segment with its figures.

use super::csv::{Cell, CsvWriter};
use crate::basics::text::slug;
use crate::features::{ids, FeatureKind, FeatureTable};
use crate::insight::segments::SegmentSummary;
use crate::roles::Role;
use crate::segmentation::scheme::Assignment;
use crate::shop::Customers;

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

/// The customers' details exported with each customer, in column order; each column is
/// named by its feature id.
const ATTRIBUTE_COLUMNS: [Role; 12] = [
    Role::Email,
    Role::FirstName,
    Role::LastName,
    Role::FullName,
    Role::Company,
    Role::Country,
    Role::Region,
    Role::City,
    Role::PostalCode,
    Role::Gender,
    Role::Industry,
    Role::AcceptsMarketing,
];

/// The measures exported with each customer: (feature id, column name).
pub const MEASURE_COLUMNS: [(&str, &str); 13] = [
    (ids::RECENCY, "days_since_last_order"),
    (ids::FREQUENCY, "orders"),
    (ids::MONETARY, "total_spent"),
    (ids::AOV, "average_order_value"),
    (ids::FIRST_ORDER, "first_order"),
    (ids::LAST_ORDER, "last_order"),
    (ids::INTERVAL, "average_days_between_orders"),
    (ids::DISCOUNT_SHARE, "discount_order_share"),
    (ids::R_SCORE, "r_score"),
    (ids::F_SCORE, "f_score"),
    (ids::M_SCORE, "m_score"),
    (ids::AGE, "age"),
    (ids::COMPANY_SIZE, "company_size"),
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
        .filter(|role| match role {
            Role::AcceptsMarketing => customers.accepts_marketing.is_some(),
            r => customers.text.contains_key(r),
        })
        .filter_map(|&role| Some((role, ids::of_role(role)?)))
        .collect();
    let measures: Vec<(&str, &str)> = MEASURE_COLUMNS
        .iter()
        .copied()
        .filter(|(id, _)| features.get(id).is_some())
        .collect();
    let mut csv = CsvWriter::new(true);
    let mut header: Vec<Cell> = vec!["customer_id".into()];
    header.extend(attributes.iter().map(|(_, name)| Cell::from(*name)));
    header.push(Cell::from(segment_column(scheme_name)));
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
                Some((FeatureKind::Number, f)) => {
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

/// The column name for a scheme's segment: `segment` for RFM, else the scheme's name.
pub fn segment_column(scheme_name: &str) -> String {
    let slug = slug(scheme_name);
    if slug.is_empty() || slug == "rfm-segments" {
        "segment".to_string()
    } else {
        format!("segment_{}", slug.replace('-', "_"))
    }
}
