//! Segment figures: size, revenue and the typical customer of each segment.
//!
//! The same summary serves every scheme (RFM or the merchant's own), and is what campaign
//! suggestions are grounded in.

use crate::basics::money::Units;
use crate::basics::stats::median_in_place;
use crate::features::{ids, FeatureTable};
use crate::segmentation::scheme::Assignment;
use crate::shop::Categories;
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

/// The feature columns the figures read, looked up once for all of a scheme's segments.
struct Columns<'a> {
    monetary: Option<&'a [f64]>,
    frequency: Option<&'a [f64]>,
    discount_share: Option<&'a [f64]>,
    /// Recency, average order value, days between orders and tenure, whose medians are
    /// figures as they are.
    medians: [Option<&'a [f64]>; 4],
    /// Each buying season's name and every customer's share of orders in it.
    seasons: Vec<(&'a str, &'a [f64])>,
    /// P(alive), expected purchases and predicted value, once predicted.
    predicted: [Option<&'a [f64]>; 3],
    /// Favourite category, weekday and time of day.
    categories: [Option<&'a Categories>; 3],
}

impl<'a> Columns<'a> {
    fn of(features: &'a FeatureTable) -> Columns<'a> {
        let numbers = |id: &str| features.numbers(id);
        let categories = |id: &str| features.get(id).and_then(|f| f.categories());
        Columns {
            monetary: numbers(ids::MONETARY),
            frequency: numbers(ids::FREQUENCY),
            discount_share: numbers(ids::DISCOUNT_SHARE),
            medians: [ids::RECENCY, ids::AOV, ids::INTERVAL, ids::TENURE].map(numbers),
            seasons: features
                .features
                .iter()
                .filter(|f| f.id.starts_with(ids::SEASON_SHARE_PREFIX))
                .filter_map(|f| {
                    let name =
                        ids::season_of_share_label(&f.label, features.language).unwrap_or(&f.label);
                    Some((name, f.numbers()?))
                })
                .collect(),
            predicted: [ids::P_ALIVE, ids::EXPECTED_PURCHASES, ids::PREDICTED_VALUE].map(numbers),
            categories: [ids::TOP_CATEGORY, ids::WEEKDAY, ids::TIME_OF_DAY].map(categories),
        }
    }
}

/// Every customer's index grouped by segment, ascending within each: one list for all
/// segments, made in two passes over the assignment.
struct Grouped {
    customers: Vec<u32>,
    /// Segment `s`'s customers are `customers[starts[s]..starts[s + 1]]`.
    starts: Vec<usize>,
}

impl Grouped {
    fn of(assignment: &Assignment) -> Grouped {
        let ends = assignment.counts().into_iter().scan(0, |end, n| {
            *end += n;
            Some(*end)
        });
        let starts: Vec<usize> = std::iter::once(0).chain(ends).collect();
        let mut next = starts[..assignment.segments.len()].to_vec();
        let mut customers = vec![0; assignment.of_customer.len()];
        for (c, &s) in assignment.of_customer.iter().enumerate() {
            let slot = &mut next[usize::from(s)];
            customers[*slot] = c as u32;
            *slot += 1;
        }
        Grouped { customers, starts }
    }

    fn members(&self, s: usize) -> &[u32] {
        &self.customers[self.starts[s]..self.starts[s + 1]]
    }
}

/// The segment's sums and counts, read in one pass over its members: a big shop's columns
/// are megabytes each, and one pass reads each of their cache lines once per segment
/// instead of once per figure.
#[derive(Default)]
struct Sums {
    revenue: Units,
    buyers: usize,
    repeat: usize,
    discounted: f64,
    discount_orders: f64,
    /// Per season: the sum of the known shares and how many are known.
    seasons: Vec<(f64, usize)>,
    /// Per predicted column: the sum of the finite values and how many there are.
    predicted: [(f64, usize); 3],
}

impl Sums {
    fn of(members: &[u32], columns: &Columns) -> Sums {
        let mut sums = Sums {
            seasons: vec![(0.0, 0); columns.seasons.len()],
            ..Sums::default()
        };
        for &c in members {
            let c = c as usize;
            if let Some(v) = columns.monetary.map(|m| m[c]).filter(|v| !v.is_nan()) {
                // Summed in exact units: a segment's revenue is its customers' to the cent.
                sums.revenue += Units::of(v);
            }
            if let Some(f) = columns.frequency.map(|f| f[c]) {
                sums.buyers += usize::from(f > 0.0);
                sums.repeat += usize::from(f >= 2.0);
                // Orders with a discount over all orders, weighting each customer by
                // their orders.
                if let Some(share) = columns.discount_share.map(|d| d[c]) {
                    if f > 0.0 && !share.is_nan() {
                        sums.discounted += share * f;
                        sums.discount_orders += f;
                    }
                }
            }
            for ((sum, known), (_, shares)) in sums.seasons.iter_mut().zip(&columns.seasons) {
                let v = shares[c];
                if !v.is_nan() {
                    *sum += v;
                    *known += 1;
                }
            }
            for ((sum, known), column) in sums.predicted.iter_mut().zip(&columns.predicted) {
                if let Some(v) = column.map(|v| v[c]).filter(|v| v.is_finite()) {
                    *sum += v;
                    *known += 1;
                }
            }
        }
        sums
    }
}

/// The value of a category most of `members` share, with their share of those whose value
/// is known.
fn most_common(categories: Option<&Categories>, members: &[u32]) -> Option<(String, f64)> {
    let categories = categories?;
    let mut counts = vec![0usize; categories.labels.len() + 1];
    for &c in members {
        counts[categories.codes[c as usize] as usize] += 1;
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

/// The median of the values in `column` of `members` that `keep` accepts, gathered in
/// `scratch`: reused from figure to figure and segment to segment, as a segment of most of
/// a big shop's customers would otherwise allocate (and the page touch) megabytes per
/// figure. Each value is written and then kept or not by the count, rather than pushed: a
/// push checks the vector's capacity for each value, and in the browser those pushes were
/// a quarter of the engine's time on a switch of scheme at 833,333 customers.
fn median_of_members(
    column: Option<&[f64]>,
    keep: impl Fn(f64) -> bool,
    members: &[u32],
    scratch: &mut Vec<f64>,
) -> Option<f64> {
    let column = column?;
    scratch.resize(scratch.len().max(members.len()), 0.0);
    let mut kept = 0;
    for &c in members {
        let v = column[c as usize];
        scratch[kept] = v;
        kept += usize::from(keep(v));
    }
    median_in_place(&mut scratch[..kept])
}

/// Figures for the customers `members` (indices into the feature table); `scratch` is
/// where the medians gather their values.
fn figures(
    name: &str,
    members: &[u32],
    columns: &Columns,
    totals: (usize, f64),
    scratch: &mut Vec<f64>,
) -> SegmentSummary {
    let sums = Sums::of(members, columns);
    let revenue = sums.revenue.amount();
    let (all_customers, all_revenue) = totals;
    let known = |v: f64| !v.is_nan();
    let bought = |f: f64| f > 0.0;
    let [recency, aov, interval, tenure] = columns.medians;
    let median_recency = median_of_members(recency, known, members, scratch);
    let median_aov = median_of_members(aov, known, members, scratch);
    let median_interval = median_of_members(interval, known, members, scratch);
    let median_tenure = median_of_members(tenure, known, members, scratch);
    let median_frequency = median_of_members(columns.frequency, bought, members, scratch);
    let median_monetary = median_of_members(columns.monetary, known, members, scratch);
    let top_season = columns
        .seasons
        .iter()
        .zip(&sums.seasons)
        .filter(|(_, &(_, known))| known > 0)
        .map(|(&(name, _), &(sum, known))| (name.to_string(), sum / known as f64))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let [p_alive, expected, predicted] = sums.predicted;
    let [category, weekday, time_of_day] = columns.categories;
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
        repeat_share: (sums.buyers > 0).then(|| sums.repeat as f64 / sums.buyers as f64),
        discount_share: (sums.discount_orders > 0.0)
            .then(|| sums.discounted / sums.discount_orders),
        top_season,
        mean_p_alive: (p_alive.1 > 0).then(|| p_alive.0 / p_alive.1 as f64),
        expected_purchases: (expected.1 > 0).then_some(expected.0),
        predicted_value: (predicted.1 > 0).then_some(predicted.0),
        top_category: most_common(category, members),
        top_weekday: most_common(weekday, members),
        top_time_of_day: most_common(time_of_day, members),
        top_pair: None,
    }
}

/// Figures for every segment of an assignment, in the scheme's order.
pub fn summarize(assignment: &Assignment, features: &FeatureTable) -> Vec<SegmentSummary> {
    let grouped = Grouped::of(assignment);
    let columns = Columns::of(features);
    let totals = totals(features);
    let mut scratch = Vec::new();
    assignment
        .segments
        .iter()
        .enumerate()
        .map(|(s, name)| figures(name, grouped.members(s), &columns, totals, &mut scratch))
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
    use crate::reading::Dictionary;

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

    #[test]
    fn seasons_predictions_and_favourites_are_summed_per_segment() {
        let mut t = FeatureTable {
            len: 4,
            ..FeatureTable::default()
        };
        let number = |v: [f64; 4]| FeatureData::Number(v.to_vec());
        t.set(
            "season_share_summer",
            "Summer",
            number([0.5, f64::NAN, 0.1, 0.9]),
        );
        t.set(
            "season_share_winter",
            "Winter",
            number([0.2, 0.4, 0.6, 0.1]),
        );
        t.set(ids::P_ALIVE, "", number([0.9, f64::NAN, 0.5, 0.2]));
        t.set(
            ids::PREDICTED_VALUE,
            "",
            number([10.0, 5.0, f64::INFINITY, 2.0]),
        );
        let mut labels = Dictionary::new();
        let (shoes, hats) = (labels.code("Shoes"), labels.code("Hats"));
        t.set(
            ids::TOP_CATEGORY,
            "",
            FeatureData::Category(
                Categories {
                    codes: vec![hats, shoes, shoes, 0],
                    labels,
                }
                .into(),
            ),
        );
        let a = Assignment {
            segments: vec!["A".into(), "B".into()],
            of_customer: vec![0, 0, 0, 1],
        };
        let s = summarize(&a, &t);
        // Summer: (0.5 + 0.1) / 2 known = 0.3; winter: (0.2 + 0.4 + 0.6) / 3 = 0.4.
        let (season, share) = s[0].top_season.clone().unwrap();
        assert_eq!(season, "Winter");
        assert!((share - 0.4).abs() < 1e-12);
        assert_eq!(s[1].top_season, Some(("Summer".into(), 0.9)));
        assert_eq!(s[0].mean_p_alive, Some(0.7));
        // Only finite predictions are summed; no expected purchases were predicted.
        assert_eq!(s[0].predicted_value, Some(15.0));
        assert_eq!(s[0].expected_purchases, None);
        assert_eq!(s[0].top_category, Some(("Shoes".into(), 2.0 / 3.0)));
        // The only customer of B has no favourite category.
        assert_eq!(s[1].top_category, None);
    }
}
