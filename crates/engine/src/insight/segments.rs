//! Segment figures: size, revenue and the typical customer of each segment.
//!
//! The same summary serves every scheme (RFM or the merchant's own), and is what campaign
//! suggestions are grounded in.

use crate::basics::money::Units;
use crate::basics::stats::median_in_place;
use crate::features::{ids, FeatureTable};
use crate::segmentation::scheme::Assignment;
use serde::{Deserialize, Serialize};

/// One segment's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SegmentSummary {
    /// The segment's name.
    pub name: String,
    /// Customers in it.
    pub customers: usize,
    /// Share of all customers, 0–1.
    pub customer_share: f64,
    /// Their total net spend.
    pub revenue: f64,
    /// Share of all customers' net spend, 0–1.
    pub revenue_share: f64,
    /// Median days since last order.
    pub median_recency: Option<f64>,
    /// Median number of orders.
    pub median_frequency: Option<f64>,
    /// Median total spent.
    pub median_monetary: Option<f64>,
    /// Median average order value.
    pub median_aov: Option<f64>,
    /// Median days between orders, among customers with two or more.
    pub median_interval: Option<f64>,
    /// Median days since first order.
    pub median_tenure: Option<f64>,
    /// Share of customers with two or more orders, 0–1.
    pub repeat_share: Option<f64>,
    /// Share of the segment's orders placed with a discount code, 0–1.
    pub discount_share: Option<f64>,
    /// The buying season with the largest average share of the segment's customers'
    /// orders, and that share (0–1).
    pub top_season: Option<(String, f64)>,
    /// The average chance, 0–1, that its customers are still active, once predicted.
    pub mean_p_alive: Option<f64>,
    /// Purchases its customers are expected to make over the prediction's horizon.
    pub expected_purchases: Option<f64>,
    /// What they are predicted to spend over it (discounted), when order values could be
    /// predicted.
    pub predicted_value: Option<f64>,
    /// The favourite category most of its customers share, with their share (0–1), when
    /// the file names categories.
    pub top_category: Option<(String, f64)>,
    /// The weekday most of its customers order on most, with their share.
    pub top_weekday: Option<(String, f64)>,
    /// The part of the day most of its customers order in most, with their share (files
    /// with times).
    pub top_time_of_day: Option<(String, f64)>,
    /// The two items its customers most often buy in the same order, when the file names
    /// products or categories (set by whoever has the orders: see
    /// [`crate::insight::crosssell::strongest_pairs`]).
    pub top_pair: Option<(String, String)>,
}

/// The value of a category feature most of `members` share, with their share of those
/// whose value is known.
fn most_common(features: &FeatureTable, id: &str, members: &[usize]) -> Option<(String, f64)> {
    let categories = features.get(id)?.categories()?;
    let mut counts = vec![0usize; categories.labels.len() + 1];
    for &c in members {
        counts[categories.codes[c] as usize] += 1;
    }
    let known: usize = counts[1..].iter().sum();
    // Ties go to the first label: the order the feature lists them in.
    let (code, &n) = counts
        .iter()
        .enumerate()
        .skip(1)
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))?;
    (n > 0).then(|| {
        (
            categories.labels.get(code as u32).to_string(),
            n as f64 / known as f64,
        )
    })
}

/// Figures for the customers `members` (indices into the feature table).
pub fn figures(
    name: &str,
    members: &[usize],
    features: &FeatureTable,
    totals: (usize, f64),
) -> SegmentSummary {
    let column = |id: &str| features.numbers(id);
    let values = |id: &str| -> Vec<f64> {
        column(id).map_or_else(Vec::new, |v| members.iter().map(|&c| v[c]).collect())
    };
    let monetary = values(ids::MONETARY);
    let frequency = values(ids::FREQUENCY);
    // Summed in exact units: a segment's revenue is the sum of its customers' to the cent.
    let revenue = monetary
        .iter()
        .filter(|v| !v.is_nan())
        .map(|&v| Units::of(v))
        .sum::<Units>()
        .amount();
    let buyers = frequency.iter().filter(|&&f| f > 0.0).count();
    let repeat_share = (buyers > 0)
        .then(|| frequency.iter().filter(|&&f| f >= 2.0).count() as f64 / buyers as f64);
    // Orders with a discount over all orders, weighting each customer by their orders.
    let discount_share = column(ids::DISCOUNT_SHARE).and_then(|shares| {
        let (mut discounted, mut orders) = (0.0, 0.0);
        for (&c, &f) in members.iter().zip(&frequency) {
            if f > 0.0 && !shares[c].is_nan() {
                discounted += shares[c] * f;
                orders += f;
            }
        }
        (orders > 0.0).then(|| discounted / orders)
    });
    let (all_customers, all_revenue) = totals;
    // The sum and number of the members' finite values, when there is one.
    let known = |id: &str| {
        let v = column(id)?;
        let (sum, n) = members
            .iter()
            .map(|&c| v[c])
            .filter(|v| v.is_finite())
            .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
        (n > 0).then_some((sum, n))
    };
    // Medians gather their values in one buffer: a segment of most of a big shop's
    // customers would otherwise allocate (and the page touch) megabytes per figure.
    let mut scratch = Vec::with_capacity(members.len());
    let mut median_of = |values: &mut dyn Iterator<Item = f64>| {
        scratch.clear();
        scratch.extend(values.filter(|v| !v.is_nan()));
        median_in_place(&mut scratch)
    };
    let mut member_median = |id: &str| match column(id) {
        Some(v) => median_of(&mut members.iter().map(|&c| v[c])),
        None => None,
    };
    let median_recency = member_median(ids::RECENCY);
    let median_aov = member_median(ids::AOV);
    let median_interval = member_median(ids::INTERVAL);
    let median_tenure = member_median(ids::TENURE);
    let median_frequency = median_of(&mut frequency.iter().copied().filter(|&f| f > 0.0));
    let median_monetary = median_of(&mut monetary.iter().copied());
    let top_season = features
        .features
        .iter()
        .filter(|f| f.id.starts_with(ids::SEASON_SHARE_PREFIX))
        .filter_map(|f| {
            let shares = f.numbers()?;
            let (sum, known) = members
                .iter()
                .map(|&c| shares[c])
                .filter(|v| !v.is_nan())
                .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
            let name = ids::season_of_share_label(&f.label, features.language).unwrap_or(&f.label);
            (known > 0).then(|| (name.to_string(), sum / known as f64))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1));
    SegmentSummary {
        name: name.to_string(),
        customers: members.len(),
        customer_share: if all_customers > 0 {
            members.len() as f64 / all_customers as f64
        } else {
            0.0
        },
        revenue,
        revenue_share: if all_revenue > 0.0 {
            revenue / all_revenue
        } else {
            0.0
        },
        median_recency,
        median_frequency,
        median_monetary,
        median_aov,
        median_interval,
        median_tenure,
        repeat_share,
        discount_share,
        top_season,
        mean_p_alive: known(ids::P_ALIVE).map(|(sum, n)| sum / n as f64),
        expected_purchases: known(ids::EXPECTED_PURCHASES).map(|(sum, _)| sum),
        predicted_value: known(ids::PREDICTED_VALUE).map(|(sum, _)| sum),
        top_category: most_common(features, ids::TOP_CATEGORY, members),
        top_weekday: most_common(features, ids::WEEKDAY, members),
        top_time_of_day: most_common(features, ids::TIME_OF_DAY, members),
        top_pair: None,
    }
}

/// Figures for every segment of an assignment, in the scheme's order.
pub fn summarize(assignment: &Assignment, features: &FeatureTable) -> Vec<SegmentSummary> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); assignment.segments.len()];
    for (c, &s) in assignment.of_customer.iter().enumerate() {
        members[usize::from(s)].push(c);
    }
    let totals = totals(features);
    assignment
        .segments
        .iter()
        .zip(&members)
        .map(|(name, m)| figures(name, m, features, totals))
        .collect()
}

/// Customers and revenue per segment, in the scheme's order: the cheap figures a scheme
/// being edited shows live.
pub fn counts_and_revenue(
    assignment: &Assignment,
    features: &FeatureTable,
) -> Vec<(String, usize, f64)> {
    let mut out: Vec<(String, usize, f64)> = assignment
        .segments
        .iter()
        .map(|s| (s.clone(), 0, 0.0))
        .collect();
    let spend = features.numbers(ids::MONETARY);
    for (c, &s) in assignment.of_customer.iter().enumerate() {
        let entry = &mut out[usize::from(s)];
        entry.1 += 1;
        if let Some(v) = spend.map(|v| v[c]).filter(|v| !v.is_nan()) {
            entry.2 += v;
        }
    }
    out
}

/// All customers and their total net spend (counting only customers who spent).
pub fn totals(features: &FeatureTable) -> (usize, f64) {
    let revenue = features
        .numbers(ids::MONETARY)
        .map_or(0.0, |v| v.iter().filter(|x| !x.is_nan()).sum());
    (features.len, revenue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::stats::median;
    use crate::features::FeatureData;

    #[test]
    fn medians() {
        assert_eq!(median([3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median([4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median([f64::NAN, 5.0]), Some(5.0));
        assert_eq!(median([]), None);
    }

    #[test]
    fn hand_computed_segment_figures() {
        let mut t = FeatureTable {
            len: 4,
            ..FeatureTable::default()
        };
        t.set(
            ids::RECENCY,
            "",
            FeatureData::Number(vec![10.0, 20.0, 30.0, 400.0]),
        );
        t.set(
            ids::FREQUENCY,
            "",
            FeatureData::Number(vec![1.0, 3.0, 2.0, 1.0]),
        );
        t.set(
            ids::MONETARY,
            "",
            FeatureData::Number(vec![50.0, 300.0, 100.0, 50.0]),
        );
        t.set(
            ids::DISCOUNT_SHARE,
            "",
            FeatureData::Number(vec![1.0, 0.0, 0.5, 0.0]),
        );
        let a = Assignment {
            segments: vec!["Active".into(), "Gone".into()],
            of_customer: vec![0, 0, 0, 1],
        };
        let s = summarize(&a, &t);
        assert_eq!(s[0].customers, 3);
        assert_eq!(s[0].customer_share, 0.75);
        assert_eq!(s[0].revenue, 450.0);
        assert_eq!(s[0].revenue_share, 0.9);
        assert_eq!(s[0].median_recency, Some(20.0));
        assert_eq!(s[0].median_frequency, Some(2.0));
        assert_eq!(s[0].repeat_share, Some(2.0 / 3.0));
        // 1 of 1 + 0 of 3 + 1 of 2 orders discounted: 2 of 6.
        assert_eq!(s[0].discount_share, Some(2.0 / 6.0));
        assert_eq!(s[1].revenue_share, 0.1);
    }
}
