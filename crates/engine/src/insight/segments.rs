//! Segment figures: size, revenue and the typical customer of each segment.
//!
//! The same summary serves every scheme (RFM or the merchant's own), and is what campaign
//! suggestions are grounded in.

use crate::basics::money::Units;
use crate::basics::stats::median_in_place;
use crate::features::{ids, repeat_buyer_p_alive, FeatureTable};
use crate::segmentation::scheme::Assignment;
use crate::shop::Categories;
use serde::{Deserialize, Serialize};
use std::ops::Range;

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
    /// The average chance, 0–1, that its customers who ordered on two days or more are
    /// still active, once predicted; `None` when none of them did (the purchase model counts
    /// a one-time buyer as active however long ago: see
    /// [`crate::features::repeat_buyer_p_alive`]).
    pub repeat_p_alive: Option<f64>,
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

/// Where each customer's value goes when a column is laid out segment by segment: segment
/// `s` takes places `starts[s]..starts[s + 1]`, its customers in their order.
struct Places {
    of_customer: Vec<u32>,
    starts: Vec<usize>,
}

impl Places {
    fn of(assignment: &Assignment) -> Places {
        let ends = assignment.counts().into_iter().scan(0, |end, n| {
            *end += n;
            Some(*end)
        });
        let starts: Vec<usize> = std::iter::once(0).chain(ends).collect();
        let mut next = starts[..assignment.segments.len()].to_vec();
        let of_customer = assignment
            .of_customer
            .iter()
            .map(|&s| {
                let slot = &mut next[usize::from(s)];
                *slot += 1;
                (*slot - 1) as u32
            })
            .collect();
        Places {
            of_customer,
            starts,
        }
    }

    /// `column` laid out segment by segment in `out`: each value is read in order and
    /// written to one of a few places that each move forward, where gathering a segment's
    /// values at a time would read each of the column's cache lines once per segment with a
    /// customer in it.
    fn lay_out<'s>(&self, column: &[f64], out: &'s mut Vec<f64>) -> &'s mut [f64] {
        out.resize(column.len(), 0.0);
        for (&place, &v) in self.of_customer.iter().zip(column) {
            out[place as usize] = v;
        }
        out
    }

    fn segment(&self, s: usize) -> Range<usize> {
        self.starts[s]..self.starts[s + 1]
    }

    fn segments(&self) -> usize {
        self.starts.len() - 1
    }
}

/// `f` of each segment's places and its values of `column`, laid out in `scratch` (reused
/// from column to column: a big shop's column is megabytes); none for a column the table
/// lacks.
fn each_segment<T>(
    column: Option<&[f64]>,
    places: &Places,
    scratch: &mut Vec<f64>,
    mut f: impl FnMut(Range<usize>, &mut [f64]) -> T,
) -> Vec<Option<T>> {
    let Some(column) = column else {
        return (0..places.segments()).map(|_| None).collect();
    };
    let laid_out = places.lay_out(column, scratch);
    (0..places.segments())
        .map(|s| {
            let range = places.segment(s);
            Some(f(range.clone(), &mut laid_out[range]))
        })
        .collect()
}

/// The median of the `values` that `keep` accepts, which it moves to the front.
fn median_of(values: &mut [f64], keep: impl Fn(f64) -> bool) -> Option<f64> {
    // Each value is moved down and then kept or not by the count: no branch on the value,
    // which no processor predicts.
    let mut kept = 0;
    for i in 0..values.len() {
        let v = values[i];
        values[kept] = v;
        kept += usize::from(keep(v));
    }
    median_in_place(&mut values[..kept])
}

/// A sum of known values and how many there are.
#[derive(Clone, Copy, Default)]
struct Known {
    sum: f64,
    count: usize,
}

impl Known {
    /// The sum of the `values` that `known` accepts.
    fn of(values: &[f64], known: impl Fn(f64) -> bool) -> Known {
        values.iter().fold(Known::default(), |total, &v| {
            let known = known(v);
            Known {
                sum: total.sum + if known { v } else { 0.0 },
                count: total.count + usize::from(known),
            }
        })
    }

    /// The mean, when any value is known.
    fn mean(self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / self.count as f64)
    }

    /// The sum, when any value is known.
    fn total(self) -> Option<f64> {
        (self.count > 0).then_some(self.sum)
    }
}

/// A segment's buyers and its orders placed with a discount.
struct Buyers {
    buyers: usize,
    repeat: usize,
    /// Orders placed with a discount (each customer's share times their orders), and the
    /// orders of the customers whose share is known.
    discounted: f64,
    discount_orders: f64,
    median_frequency: Option<f64>,
}

impl Buyers {
    /// Of a segment's `frequency` (orders per customer) and `discount_share` (the share of
    /// each one's orders placed with a discount), when known.
    fn of(frequency: &mut [f64], discount_share: Option<&[f64]>) -> Buyers {
        let buyers = frequency.iter().filter(|&&f| f > 0.0).count();
        let repeat = frequency.iter().filter(|&&f| f >= 2.0).count();
        // Orders with a discount over all orders, weighting each customer by their orders.
        let (mut discounted, mut discount_orders) = (0.0, 0.0);
        for (&f, &share) in frequency.iter().zip(discount_share.unwrap_or_default()) {
            if f > 0.0 && !share.is_nan() {
                discounted += share * f;
                discount_orders += f;
            }
        }
        Buyers {
            buyers,
            repeat,
            discounted,
            discount_orders,
            median_frequency: median_of(frequency, |f| f > 0.0),
        }
    }
}

/// Each segment's value of a category most of its customers share, with their share of
/// those whose value is known.
fn most_common(
    categories: Option<&Categories>,
    assignment: &Assignment,
) -> Vec<Option<(String, f64)>> {
    let segments = assignment.segments.len();
    let Some(categories) = categories else {
        return vec![None; segments];
    };
    // One pass over every customer, counting per segment and category.
    let width = categories.labels.len() + 1;
    let mut counts = vec![0u32; segments * width];
    for (&s, &code) in assignment.of_customer.iter().zip(&categories.codes) {
        counts[usize::from(s) * width + code as usize] += 1;
    }
    counts
        .chunks_exact(width)
        .map(|counts| {
            let known: u32 = counts[1..].iter().sum();
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
        })
        .collect()
}

/// Figures for every segment of an assignment, in the scheme's order.
///
/// Each column is laid out segment by segment, then each segment's values are read in a run:
/// a big shop's columns are megabytes each, and gathering a segment's values at a time would
/// read each cache line again for every segment with a customer in it.
pub fn summarize(assignment: &Assignment, features: &FeatureTable) -> Vec<SegmentSummary> {
    let columns = Columns::of(features);
    let places = Places::of(assignment);
    let (mut scratch, mut second) = (Vec::new(), Vec::new());
    let known = |v: f64| !v.is_nan();
    let spend = each_segment(columns.monetary, &places, &mut scratch, |_, spend| {
        // Summed in exact units: a segment's revenue is its customers' to the cent.
        let revenue = spend
            .iter()
            .filter(|v| known(**v))
            .fold(Units(0), |sum, &v| sum + Units::of(v));
        (revenue, median_of(spend, known))
    });
    // Every customer is in one segment: the segments' revenue adds up to all of it, exactly.
    let all_revenue = spend
        .iter()
        .flatten()
        .fold(Units(0), |sum, &(revenue, _)| sum + revenue)
        .amount();
    let discount_share = columns
        .discount_share
        .map(|shares| places.lay_out(shares, &mut second));
    let buyers = each_segment(
        columns.frequency,
        &places,
        &mut scratch,
        |range, frequency| Buyers::of(frequency, discount_share.as_deref().map(|d| &d[range])),
    );
    let [recency, aov, interval, tenure] = columns
        .medians
        .map(|column| each_segment(column, &places, &mut scratch, |_, v| median_of(v, known)));
    let seasons: Vec<Vec<Option<Known>>> = columns
        .seasons
        .iter()
        .map(|&(_, shares)| {
            each_segment(Some(shares), &places, &mut scratch, |_, v| {
                Known::of(v, known)
            })
        })
        .collect();
    let [alive_column, expected_column, value_column] = columns.predicted;
    // Averaged over repeat buyers only: the model counts every one-time buyer as active.
    let repeat_alive = each_segment(alive_column, &places, &mut scratch, |_, v| {
        Known::of(v, |p| !repeat_buyer_p_alive(p).is_nan())
    });
    let [expected, predicted] = [expected_column, value_column].map(|column| {
        each_segment(column, &places, &mut scratch, |_, v| {
            Known::of(v, f64::is_finite)
        })
    });
    let [category, weekday, time_of_day] = columns
        .categories
        .map(|categories| most_common(categories, assignment));
    let share = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
    let figures = assignment.segments.iter().enumerate().map(|(s, name)| {
        let customers = places.segment(s).len();
        let (revenue, median_monetary) = spend[s].unwrap_or_default();
        let revenue = revenue.amount();
        let top_season = columns
            .seasons
            .iter()
            .zip(&seasons)
            .filter_map(|(&(name, _), sums)| Some((name.to_string(), sums[s]?.mean()?)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let buyers = buyers[s].as_ref();
        SegmentSummary {
            name: name.clone(),
            customers,
            customer_share: share(customers as f64, places.of_customer.len() as f64),
            revenue,
            revenue_share: share(revenue, all_revenue),
            median_recency: recency[s].flatten(),
            median_frequency: buyers.and_then(|b| b.median_frequency),
            median_monetary,
            median_aov: aov[s].flatten(),
            median_interval: interval[s].flatten(),
            median_tenure: tenure[s].flatten(),
            repeat_share: buyers
                .filter(|b| b.buyers > 0)
                .map(|b| b.repeat as f64 / b.buyers as f64),
            discount_share: buyers
                .filter(|b| b.discount_orders > 0.0)
                .map(|b| b.discounted / b.discount_orders),
            top_season,
            repeat_p_alive: repeat_alive[s].and_then(Known::mean),
            expected_purchases: expected[s].and_then(Known::total),
            predicted_value: predicted[s].and_then(Known::total),
            top_category: category[s].clone(),
            top_weekday: weekday[s].clone(),
            top_time_of_day: time_of_day[s].clone(),
            top_pair: None,
        }
    });
    figures.collect()
}

/// Customers and revenue per segment, in the scheme's order: the cheap figures a scheme
/// being edited shows live.
pub fn counts_and_revenue(
    assignment: &Assignment,
    features: &FeatureTable,
) -> Vec<(String, usize, f64)> {
    let mut counts = vec![(0, Units(0)); assignment.segments.len()];
    let spend = features.numbers(ids::MONETARY);
    for (c, &s) in assignment.of_customer.iter().enumerate() {
        let (customers, revenue) = &mut counts[usize::from(s)];
        *customers += 1;
        // In exact units, as the segments' figures sum it: the live count and the table
        // drawn once the scheme is applied show the same revenue.
        if let Some(v) = spend.map(|v| v[c]).filter(|v| !v.is_nan()) {
            *revenue += Units::of(v);
        }
    }
    (assignment.segments.iter().zip(counts))
        .map(|(name, (customers, revenue))| (name.clone(), customers, revenue.amount()))
        .collect()
}

/// All customers and their total net spend (counting only customers who spent), summed in
/// exact units as the segments' revenue is.
pub fn totals(features: &FeatureTable) -> (usize, f64) {
    let revenue = (features.numbers(ids::MONETARY).unwrap_or_default().iter())
        .filter(|x| !x.is_nan())
        .fold(Units(0), |sum, &v| sum + Units::of(v));
    (features.len, revenue.amount())
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
    fn the_shop_total_is_summed_exactly() {
        let mut t = FeatureTable {
            len: 5,
            ..FeatureTable::default()
        };
        let spent = vec![54.247, 60.075, 52.652, 63.402, 79.809];
        t.set(ids::MONETARY, "", FeatureData::Number(spent));
        // Summed as floats, 310.18499…: "310.18" at the cent.
        assert_eq!(totals(&t), (5, 310.185));
    }

    #[test]
    fn live_counts_show_the_revenue_the_figures_show() {
        let mut t = FeatureTable {
            len: 3,
            ..FeatureTable::default()
        };
        t.set(
            ids::MONETARY,
            "",
            FeatureData::Number(vec![0.1, 0.2, f64::NAN]),
        );
        let a = Assignment {
            segments: vec!["All".into()],
            of_customer: vec![0, 0, 0],
        };
        // 0.1 + 0.2 in floating point is 0.30000000000000004; in units, 0.3.
        assert_eq!(counts_and_revenue(&a, &t), vec![("All".into(), 3, 0.3)]);
        assert_eq!(summarize(&a, &t)[0].revenue, 0.3);
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
        t.set(ids::FREQUENCY, "", number([2.0, 3.0, 4.0, 2.0]));
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
        assert_eq!(s[0].repeat_p_alive, Some(0.7));
        // Only finite predictions are summed; no expected purchases were predicted.
        assert_eq!(s[0].predicted_value, Some(15.0));
        assert_eq!(s[0].expected_purchases, None);
        assert_eq!(s[0].top_category, Some(("Shoes".into(), 2.0 / 3.0)));
        // The only customer of B has no favourite category.
        assert_eq!(s[1].top_category, None);
    }

    #[test]
    fn the_chance_still_active_leaves_out_buyers_without_a_repeat_purchase_day() {
        let mut t = FeatureTable {
            len: 5,
            ..FeatureTable::default()
        };
        let number = |v: [f64; 5]| FeatureData::Number(v.to_vec());
        // The second customer's two orders were on one day: one purchase to the model.
        t.set(ids::FREQUENCY, "", number([1.0, 2.0, 3.0, 2.0, 1.0]));
        // The model's P(alive) is 1 for anyone without a repeat purchase day.
        t.set(ids::P_ALIVE, "", number([1.0, 1.0, 0.2, 0.4, 1.0]));
        let a = Assignment {
            segments: vec!["Mixed".into(), "Once".into()],
            of_customer: vec![0, 0, 0, 0, 1],
        };
        let s = summarize(&a, &t);
        // (0.2 + 0.4) / 2, where all four would average 0.65.
        assert!((s[0].repeat_p_alive.unwrap() - 0.3).abs() < 1e-12);
        assert_eq!(s[1].repeat_p_alive, None);
    }
}
