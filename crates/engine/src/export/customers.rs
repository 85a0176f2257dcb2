//! The customer table and the segment summary as CSV files: every customer with their
//! details, segment and measures; one row per segment with its figures.

use super::csv::{Cell, CsvWriter};
use crate::basics::calendar::Date;
use crate::basics::money::Currency;
use crate::basics::parallel::for_parts_in_order;
use crate::basics::text::slug;
use crate::features::{ids, Feature, FeatureData, FeatureTable};
use crate::insight::segments::SegmentSummary;
use crate::roles::Role;
use crate::segmentation::scheme::Assignment;
use crate::shop::{Categories, Customers, TEXT_DETAILS};

/// One row per segment with its figures (shares in percent, amounts with `currency`'s
/// decimals), for a report or a deck.
pub fn segments_csv(segments: &[SegmentSummary], currency: &Currency) -> Vec<u8> {
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
            "repeat_buyers_average_chance_still_active_pct",
            "expected_purchases",
            "predicted_value",
        ]
        .map(Cell::from),
    );
    let known = |v: Option<f64>| Cell::Number(v.unwrap_or(f64::NAN));
    let money = |v: Option<f64>| Cell::Money(v.unwrap_or(f64::NAN), currency.decimals());
    let pct = |v: Option<f64>| Cell::Number(v.map_or(f64::NAN, |s| s * 100.0));
    for s in segments {
        csv.row([
            Cell::from(s.name.as_str()),
            Cell::Number(s.customers as f64),
            pct(Some(s.customer_share)),
            money(Some(s.revenue)),
            pct(Some(s.revenue_share)),
            known(s.median_recency),
            known(s.median_frequency),
            money(s.median_monetary),
            money(s.median_aov),
            known(s.median_interval),
            pct(s.repeat_share),
            pct(s.discount_share),
            pct(s.repeat_p_alive),
            known(s.expected_purchases),
            money(s.predicted_value),
        ]);
    }
    csv.finish()
}

/// The measures exported with each customer: (feature id, column name). The predicted
/// ones are there once the prediction has been made (the page makes it after the first
/// segments; the command line's `segment` too).
pub const MEASURE_COLUMNS: [(&str, &str); 17] = [
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
    (ids::P_ALIVE, "p_alive"),
    (ids::EXPECTED_PURCHASES, "expected_purchases"),
    (ids::EXPECTED_ORDER_VALUE, "expected_order_value"),
    (ids::PREDICTED_VALUE, "predicted_value"),
];

/// The customers `members` with their identity, attributes, segment and measures.
pub fn customers_csv(
    customers: &Customers,
    features: &FeatureTable,
    assignment: &Assignment,
    scheme_name: &str,
    members: &[usize],
    currency: &Currency,
) -> Vec<u8> {
    let mut parts = Vec::new();
    write_customers_csv(
        customers,
        features,
        assignment,
        scheme_name,
        members,
        currency,
        &mut |part| parts.push(part),
    );
    // Joined at once, in room made once: growing a hundred-megabyte file step by step
    // would copy it several times.
    parts.concat()
}

/// The file [`customers_csv`] makes, handed to `take` a stretch at a time as the stretches
/// are made, in order: a program writing it to disk can write the first customers while
/// the cores format the next, and never holds the whole file.
pub fn write_customers_csv(
    customers: &Customers,
    features: &FeatureTable,
    assignment: &Assignment,
    scheme_name: &str,
    members: &[usize],
    currency: &Currency,
    take: &mut dyn FnMut(Vec<u8>),
) {
    // Amounts are written with their currency's decimals (they are exact to a
    // ten-thousandth, so nothing is lost).
    let decimals = currency.decimals();
    // The customers' details, then their consent; each column named by its feature id.
    let attributes: Vec<(&str, Attribute<'_>)> = TEXT_DETAILS
        .iter()
        .chain([&Role::AcceptsMarketing])
        .filter_map(|&role| {
            let values = match role {
                Role::AcceptsMarketing => {
                    Attribute::Consent(customers.accepts_marketing.as_deref()?)
                }
                r => Attribute::Text(customers.text.get(&r)?),
            };
            Some((ids::of_role(role)?, values))
        })
        .collect();
    let measures: Vec<(&str, &Feature)> = MEASURE_COLUMNS
        .iter()
        .filter_map(|&(id, name)| Some((name, features.get(id)?)))
        .collect();
    let mut csv = CsvWriter::new(true);
    csv.text("customer_id");
    attributes.iter().for_each(|(name, _)| csv.text(name));
    csv.text(&segment_column(scheme_name));
    measures.iter().for_each(|(name, _)| csv.text(name));
    csv.end_row();
    take(csv.finish());
    // A big shop's table is written in parts, shared out over the cores and handed over
    // in order.
    let parts: Vec<&[usize]> = members.chunks(PART).collect();
    let part_csv = |part: &[usize]| {
        let mut csv = CsvWriter::new(false);
        let mut details: Vec<&str> = Vec::with_capacity(DETAIL_BLOCK * attributes.len());
        for block in part.chunks(DETAIL_BLOCK) {
            // The details of a block of customers are looked up before any is written: the
            // texts of a million e-mails lie scattered over a large arena, and lookups in a
            // row of their own wait for their cache misses together, not one by one
            // between cells.
            details.clear();
            for (_, values) in &attributes {
                details.extend(block.iter().map(|&c| match values {
                    Attribute::Consent(consent) => match consent[c] {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "",
                    },
                    Attribute::Text(categories) => categories.get(c),
                }));
            }
            for (i, &c) in block.iter().enumerate() {
                csv.text(customers.key(c));
                for detail in details.iter().skip(i).step_by(block.len()) {
                    csv.text(detail);
                }
                csv.text(&assignment.segments[usize::from(assignment.of_customer[c])]);
                for (_, feature) in &measures {
                    match &feature.data {
                        // A chance is written to four places: to the cent it would read 1
                        // for 0.996.
                        FeatureData::Number(v) if feature.id == ids::P_ALIVE => csv.fraction(v[c]),
                        FeatureData::Number(v) if ids::is_money(&feature.id) => {
                            csv.money(v[c], decimals)
                        }
                        FeatureData::Number(v) => csv.number(v[c]),
                        FeatureData::Date(v) if v[c].is_nan() => csv.text(""),
                        FeatureData::Date(v) => csv.date(Date(v[c] as i32)),
                        FeatureData::Category(categories) => csv.text(categories.get(c)),
                    }
                }
                csv.end_row();
            }
        }
        csv.finish()
    };
    for_parts_in_order(parts, part_csv, take);
}

/// How many customers a part of the table has: a few megabytes of text, so the first
/// part is written out soon and parts come out while others are made.
const PART: usize = 16_384;

/// How many customers' details are looked up at once: enough for their cache misses to
/// overlap, few enough for the texts found to stay in cache until written.
const DETAIL_BLOCK: usize = 256;

/// Where a detail column's values come from.
enum Attribute<'a> {
    Text(&'a Categories),
    Consent(&'a [Option<bool>]),
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
