//! Clusters of similar customers: k-means on standardized, log-scaled features, with k
//! chosen by silhouette and every cluster described in words against the median customer.
//!
//! The k-means is the textbook one scikit-learn also runs: greedy k-means++ seeding, Lloyd
//! iterations, the best of ten starts, all from a fixed seed so the same file always gives
//! the same clusters (`tests/kmeans_reference.rs` checks the inertia against
//! scikit-learn's). Big shops are fitted on a sample and the centres refined on everyone,
//! which keeps clustering 200,000 customers under a second in the browser.
//!
//! The result becomes an ordinary scheme: a `cluster` feature and one rule per cluster, so
//! clusters get the same table, campaigns, exports and cross-tabs as any other segments.
//! The fitted [`ClusterModel`] puts the customers of the shop at another date (or of
//! another export) in the same clusters, so clusters can be followed through time.

use crate::basics::money::Currency;
use crate::basics::random::Rng;
use crate::basics::stats::median;
use crate::basics::text::count;
use crate::features::{ids, FeatureData, FeatureTable};
use crate::segmentation::scheme::{Condition, Rule, Scheme};
use crate::shop::Categories;
use segmenter_words::{Arg, Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The values of k tried.
pub const K_RANGE: std::ops::RangeInclusive<usize> = 2..=8;
/// k-means starts per k, as scikit-learn's `n_init=10`.
pub const STARTS: usize = 10;
const MAX_ITERATIONS: usize = 300;
/// Above this many customers, k-means runs on a sample first.
const FIT_SAMPLE: usize = 20_000;
/// Points the silhouette is measured on (it costs the square of this).
const SILHOUETTE_SAMPLE: usize = 2_000;
/// Points drawn in the scatter plot.
const SCATTER_POINTS: usize = 1_500;

/// What to cluster on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterOptions {
    /// Numeric feature ids.
    pub features: Vec<String>,
    /// The number of clusters; `None` to choose it by silhouette.
    pub k: Option<u8>,
    /// The seed of every random choice.
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            features: vec![
                ids::RECENCY.to_string(),
                ids::FREQUENCY.to_string(),
                ids::MONETARY.to_string(),
            ],
            k: None,
            seed: 42,
        }
    }
}

/// Why customers cannot be clustered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClusterError {
    /// No feature was chosen.
    NoFeatures,
    /// A chosen feature does not exist for this file.
    UnknownFeature(String),
    /// A chosen feature is not a number.
    NotNumeric(String),
    /// Fewer customers than clustering needs.
    TooFewCustomers(usize),
}

impl Sentence for ClusterError {
    fn sentence(&self, language: Language) -> String {
        match self {
            ClusterError::NoFeatures => language.text(Key::ErrorClusterNoFeatures, &[]),
            ClusterError::UnknownFeature(feature) => language.text(
                Key::ErrorClusterUnknownFeature,
                &[("feature", feature.as_str().into())],
            ),
            ClusterError::NotNumeric(label) => language.text(
                Key::ErrorClusterNotNumeric,
                &[("feature", label.as_str().into())],
            ),
            ClusterError::TooFewCustomers(n) => {
                language.text(Key::ErrorClusterTooFew, &[("count", count(language, *n))])
            }
        }
    }
}

impl fmt::Display for ClusterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for ClusterError {}

/// Points of equal dimension, stored row after row.
#[derive(Clone, Debug, PartialEq)]
pub struct Points {
    /// Values per point.
    pub dims: usize,
    /// All values, point after point.
    pub values: Vec<f64>,
}

impl Points {
    /// Number of points.
    pub fn len(&self) -> usize {
        self.values.len() / self.dims.max(1)
    }

    /// Whether there are no points.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    fn row(&self, i: usize) -> &[f64] {
        &self.values[i * self.dims..(i + 1) * self.dims]
    }

    fn subset(&self, rows: &[usize]) -> Points {
        Points {
            dims: self.dims,
            values: rows.iter().flat_map(|&i| self.row(i)).copied().collect(),
        }
    }
}

/// The customers every chosen feature is known for, and their transformed values.
#[derive(Clone, Debug, PartialEq)]
pub struct Standardized {
    /// Indices of the customers included.
    pub customers: Vec<usize>,
    /// Their values: `ln(1 + max(x, 0))`, then centred and scaled to unit variance.
    pub points: Points,
    /// Per feature, the mean its logarithms were centred on.
    pub means: Vec<f64>,
    /// Per feature, the standard deviation they were divided by (1 for a constant one).
    pub scales: Vec<f64>,
}

/// Log-scales and standardizes the chosen features of every customer who has them all.
///
/// Spend and order counts are heavily skewed (a few customers spend 100× the median), so
/// the logarithm keeps them from deciding every cluster alone; standardizing then weighs
/// the features equally.
pub fn standardize(
    features: &FeatureTable,
    chosen: &[String],
) -> Result<Standardized, ClusterError> {
    let (customers, mut values) = logarithms(features, chosen)?;
    let dims = chosen.len();
    let n = customers.len().max(1) as f64;
    let (mut means, mut scales) = (Vec::with_capacity(dims), Vec::with_capacity(dims));
    for d in 0..dims {
        let column = || values.iter().skip(d).step_by(dims);
        let mean = column().sum::<f64>() / n;
        let sd = (column().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
        // A feature with one value for everyone carries no information: it becomes 0.
        means.push(mean);
        scales.push(if sd > 0.0 { sd } else { 1.0 });
    }
    scale(&mut values, &means, &scales);
    Ok(Standardized {
        customers,
        points: Points { dims, values },
        means,
        scales,
    })
}

/// The customers every chosen feature is known for, and `ln(1 + max(x, 0))` of each of
/// their features, customer after customer.
fn logarithms(
    features: &FeatureTable,
    chosen: &[String],
) -> Result<(Vec<usize>, Vec<f64>), ClusterError> {
    if chosen.is_empty() {
        return Err(ClusterError::NoFeatures);
    }
    let columns = chosen
        .iter()
        .map(|id| {
            let f = features
                .get(id)
                .ok_or_else(|| ClusterError::UnknownFeature(id.clone()))?;
            match &f.data {
                FeatureData::Number(v) => Ok(v.as_slice()),
                _ => Err(ClusterError::NotNumeric(f.label.clone())),
            }
        })
        .collect::<Result<Vec<&[f64]>, _>>()?;
    let customers: Vec<usize> = (0..features.len)
        .filter(|&c| columns.iter().all(|col| col[c].is_finite()))
        .collect();
    let mut values = Vec::with_capacity(customers.len() * columns.len());
    for &c in &customers {
        values.extend(columns.iter().map(|col| col[c].max(0.0).ln_1p()));
    }
    Ok((customers, values))
}

/// Centres and scales `values` (point after point) feature by feature.
fn scale(values: &mut [f64], means: &[f64], scales: &[f64]) {
    for point in values.chunks_mut(means.len().max(1)) {
        for ((v, mean), scale) in point.iter_mut().zip(means).zip(scales) {
            *v = (*v - mean) / scale;
        }
    }
}

/// The clusters as fitted: how customers' features are scaled and where the centres are,
/// so that customers of the shop at another date, or of another export, can be put in the
/// cluster whose centre is nearest, as the fitted customers were.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterModel {
    /// The features clustered on.
    features: Vec<String>,
    /// Per feature, the mean of the fitted customers' logarithms.
    means: Vec<f64>,
    /// Per feature, their standard deviation.
    scales: Vec<f64>,
    /// The centres, in the order of the clusters' codes (code 1 first).
    centers: Points,
    /// The clusters' names, in the same order.
    names: Vec<String>,
}

impl ClusterModel {
    /// Whether it clusters on any of `features`.
    pub fn reads_any(&self, features: &[&str]) -> bool {
        self.features.iter().any(|f| features.contains(&f.as_str()))
    }

    /// Each customer of `features`' cluster, as the `cluster` feature: the nearest centre,
    /// or "not clustered" for a customer missing a feature.
    pub fn feature(&self, features: &FeatureTable) -> Result<FeatureData, ClusterError> {
        let (customers, mut values) = logarithms(features, &self.features)?;
        scale(&mut values, &self.means, &self.scales);
        let points = Points {
            dims: self.features.len(),
            values,
        };
        let mut labels = vec![u32::MAX; points.len()];
        let mut distances = vec![0.0; points.len()];
        assign_nearest(&points, &self.centers, &mut labels, &mut distances);
        let mut codes = vec![0u32; features.len];
        for (&c, &l) in customers.iter().zip(&labels) {
            codes[c] = l + 1;
        }
        let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
        Ok(FeatureData::Category(Arc::new(Categories::from_labels(
            &names, codes,
        ))))
    }
}

/// A k-means result.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// Cluster centres, row after row.
    pub centers: Points,
    /// Per point, its cluster.
    pub labels: Vec<u32>,
    /// Sum of squared distances of points to their centre.
    pub inertia: f64,
}

fn distance2(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// k-means with `starts` k-means++ starts; the fit with the least inertia wins.
pub fn kmeans(points: &Points, k: usize, starts: usize, seed: u64) -> Fit {
    let mut rng = Rng::new(seed);
    let variance = mean_variance(points);
    let mut start = || {
        let centers = kmeans_plus_plus(points, k, &mut rng);
        lloyd(points, centers, MAX_ITERATIONS, 1e-4 * variance)
    };
    let mut best = start();
    for _ in 1..starts {
        let fit = start();
        if fit.inertia < best.inertia {
            best = fit;
        }
    }
    best
}

fn mean_variance(points: &Points) -> f64 {
    let n = points.len().max(1) as f64;
    (0..points.dims)
        .map(|d| {
            let col = || points.values.iter().skip(d).step_by(points.dims);
            let mean = col().sum::<f64>() / n;
            col().map(|v| (v - mean).powi(2)).sum::<f64>() / n
        })
        .sum::<f64>()
        / points.dims.max(1) as f64
}

/// Greedy k-means++ (as scikit-learn seeds): each new centre is the best of a few
/// candidates drawn with probability proportional to their squared distance.
fn kmeans_plus_plus(points: &Points, k: usize, rng: &mut Rng) -> Points {
    let n = points.len();
    let trials = 2 + (k as f64).ln() as usize;
    let mut centers = Vec::with_capacity(k * points.dims);
    centers.extend_from_slice(points.row(rng.below(n)));
    let mut closest: Vec<f64> = (0..n)
        .map(|i| distance2(points.row(i), &centers[..points.dims]))
        .collect();
    let mut cumulative = vec![0.0; n];
    for _ in 1..k {
        let mut total = 0.0;
        for (c, d) in cumulative.iter_mut().zip(&closest) {
            total += d;
            *c = total;
        }
        // The candidate whose centre would leave the least squared distance in all.
        let mut candidate = || {
            let target = rng.unit() * total;
            let chosen = cumulative.partition_point(|&c| c < target).min(n - 1);
            let row = points.row(chosen);
            let distances: Vec<f64> = (0..n)
                .map(|i| distance2(points.row(i), row).min(closest[i]))
                .collect();
            (distances.iter().sum::<f64>(), chosen, distances)
        };
        let (mut potential, mut chosen, mut distances) = candidate();
        for _ in 1..trials {
            let (p, c, d) = candidate();
            if p < potential {
                (potential, chosen, distances) = (p, c, d);
            }
        }
        centers.extend_from_slice(points.row(chosen));
        closest = distances;
    }
    Points {
        dims: points.dims,
        values: centers,
    }
}

/// Lloyd's iterations from `centers` until no point changes cluster or the centres move
/// less than `tolerance` (summed squared shift).
fn lloyd(points: &Points, mut centers: Points, max_iterations: usize, tolerance: f64) -> Fit {
    let (n, dims) = (points.len(), points.dims);
    let k = centers.len();
    let mut labels = vec![u32::MAX; n];
    let mut distances = vec![0.0; n];
    for _ in 0..max_iterations {
        let changed = assign_nearest(points, &centers, &mut labels, &mut distances);
        let mut sums = vec![0.0; k * dims];
        let mut counts = vec![0usize; k];
        for (i, &l) in labels.iter().enumerate() {
            let l = l as usize;
            counts[l] += 1;
            for (s, v) in sums[l * dims..(l + 1) * dims].iter_mut().zip(points.row(i)) {
                *s += v;
            }
        }
        relocate_empty(points, &mut sums, &mut counts, &distances);
        let mut shift = 0.0;
        for l in 0..k {
            for d in 0..dims {
                let new = sums[l * dims + d] / counts[l] as f64;
                shift += (new - centers.values[l * dims + d]).powi(2);
                centers.values[l * dims + d] = new;
            }
        }
        if changed == 0 || shift <= tolerance {
            break;
        }
    }
    assign_nearest(points, &centers, &mut labels, &mut distances);
    Fit {
        centers,
        labels,
        inertia: distances.iter().sum(),
    }
}

/// Labels every point with its nearest centre; returns how many labels changed.
fn assign_nearest(
    points: &Points,
    centers: &Points,
    labels: &mut [u32],
    distances: &mut [f64],
) -> usize {
    let mut changed = 0;
    for i in 0..points.len() {
        let row = points.row(i);
        let (mut best, mut best_d) = (0, f64::INFINITY);
        for l in 0..centers.len() {
            let d = distance2(row, centers.row(l));
            if d < best_d {
                (best, best_d) = (l as u32, d);
            }
        }
        if labels[i] != best {
            labels[i] = best;
            changed += 1;
        }
        distances[i] = best_d;
    }
    changed
}

/// Gives every empty cluster the point farthest from its centre, as scikit-learn does.
fn relocate_empty(points: &Points, sums: &mut [f64], counts: &mut [usize], distances: &[f64]) {
    let dims = points.dims;
    let empty: Vec<usize> = (0..counts.len()).filter(|&l| counts[l] == 0).collect();
    if empty.is_empty() {
        return;
    }
    let mut far: Vec<usize> = (0..points.len()).collect();
    far.sort_by(|&a, &b| distances[b].total_cmp(&distances[a]));
    for (&l, &i) in empty.iter().zip(&far) {
        sums[l * dims..(l + 1) * dims].copy_from_slice(points.row(i));
        counts[l] = 1;
    }
}

/// The mean silhouette of labelled points: how much closer each point is to its own
/// cluster than to the next one, from -1 to 1.
pub fn silhouette(points: &Points, labels: &[u32], k: usize) -> f64 {
    let n = points.len();
    let mut sizes = vec![0usize; k];
    for &l in labels {
        sizes[l as usize] += 1;
    }
    let mut total = 0.0;
    let mut sums = vec![0.0; k];
    for i in 0..n {
        sums.fill(0.0);
        let row = points.row(i);
        for j in 0..n {
            sums[labels[j] as usize] += distance2(row, points.row(j)).sqrt();
        }
        let own = labels[i] as usize;
        if sizes[own] < 2 {
            continue; // A point alone in its cluster scores 0.
        }
        let a = sums[own] / (sizes[own] - 1) as f64;
        let b = (0..k)
            .filter(|&l| l != own && sizes[l] > 0)
            .map(|l| sums[l] / sizes[l] as f64)
            .fold(f64::INFINITY, f64::min);
        if b.is_finite() {
            total += (b - a) / a.max(b);
        }
    }
    total / n.max(1) as f64
}

/// How well one k fits.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct KScore {
    /// Number of clusters.
    pub k: u8,
    /// Mean silhouette (higher is better separated).
    pub silhouette: f64,
    /// Sum of squared distances to the centres (on the fitted points).
    pub inertia: f64,
}

/// One cluster as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterSummary {
    /// Its name, e.g. "Cluster 1: recent, high spend".
    pub name: String,
    /// Customers in it.
    pub customers: usize,
    /// What sets it apart, as a sentence.
    pub description: String,
}

/// A sample of customers for the scatter plot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scatter {
    /// What the horizontal axis shows.
    pub x_label: String,
    /// What the vertical axis shows.
    pub y_label: String,
    /// Points: x, y (the features' own values) and the cluster's index.
    pub points: Vec<(f32, f32, u8)>,
}

/// Everything the clustering view shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterView {
    /// The options used.
    pub options: ClusterOptions,
    /// The features' labels.
    pub feature_labels: Vec<String>,
    /// Silhouette and inertia for every k tried.
    pub scores: Vec<KScore>,
    /// The k used.
    pub k: u8,
    /// The k the silhouette suggests.
    pub best_k: u8,
    /// How many customers the fit ran on (a sample, for big shops).
    pub fitted_on: usize,
    /// The clusters, by revenue.
    pub clusters: Vec<ClusterSummary>,
    /// Customers missing a chosen feature, left out.
    pub left_out: usize,
    /// A sample for the scatter plot.
    pub scatter: Scatter,
    /// The clusters as a scheme over the `cluster` feature.
    pub scheme: Scheme,
}

/// Clusters the customers; returns the view, the `cluster` feature to add, and the model
/// that puts other customers in the same clusters.
pub fn cluster(
    features: &FeatureTable,
    options: &ClusterOptions,
    currency: &Currency,
) -> Result<(ClusterView, FeatureData, ClusterModel), ClusterError> {
    let data = standardize(features, &options.features)?;
    let n = data.customers.len();
    if n < 10 {
        return Err(ClusterError::TooFewCustomers(n));
    }
    let mut rng = Rng::new(options.seed);
    let fit_rows = rng.sample(n, FIT_SAMPLE);
    let sampled = fit_rows.len() < n;
    let fit_points = if sampled {
        data.points.subset(&fit_rows)
    } else {
        data.points.clone()
    };
    let silhouette_rows = rng.sample(fit_points.len(), SILHOUETTE_SAMPLE);
    let silhouette_points = fit_points.subset(&silhouette_rows);
    let mut fits = Vec::new();
    let mut scores = Vec::new();
    for k in K_RANGE.filter(|&k| k < fit_points.len()) {
        let fit = kmeans(&fit_points, k, STARTS, options.seed ^ k as u64);
        let labels: Vec<u32> = silhouette_rows.iter().map(|&i| fit.labels[i]).collect();
        scores.push(KScore {
            k: k as u8,
            silhouette: silhouette(&silhouette_points, &labels, k),
            inertia: fit.inertia,
        });
        fits.push(fit);
    }
    // The best silhouette; on a tie, the fewer clusters.
    let best = scores.iter().enumerate().fold(0, |b, (i, s)| {
        if s.silhouette > scores[b].silhouette {
            i
        } else {
            b
        }
    });
    let chosen = options
        .k
        .and_then(|k| scores.iter().position(|s| s.k == k))
        .unwrap_or(best);
    let k = usize::from(scores[chosen].k);
    let fit = fits.swap_remove(chosen);
    let fit = if sampled {
        lloyd(
            &data.points,
            fit.centers,
            50,
            1e-4 * mean_variance(&data.points),
        )
    } else {
        fit
    };
    let labels = fit.labels;
    let mut of_customer = vec![u32::MAX; features.len];
    for (&c, &l) in data.customers.iter().zip(&labels) {
        of_customer[c] = l;
    }
    let described = describe(features, options, &data, &of_customer, k, currency);
    // Codes: 0 = not clustered, then clusters in the described (revenue) order.
    let mut code_of = vec![0u32; k];
    for (rank, &l) in described.order.iter().enumerate() {
        code_of[l] = rank as u32 + 1;
    }
    let codes: Vec<u32> = of_customer
        .iter()
        .map(|&l| {
            if l == u32::MAX {
                0
            } else {
                code_of[l as usize]
            }
        })
        .collect();
    let names: Vec<&str> = described.clusters.iter().map(|c| c.name.as_str()).collect();
    let feature = FeatureData::Category(Arc::new(Categories::from_labels(&names, codes.clone())));
    let language = features.language;
    let scheme = Scheme {
        name: language.text(Key::KmeansSchemeName, &[("count", Arg::Count(k as u64))]),
        rules: names
            .iter()
            .map(|name| Rule {
                segment: name.to_string(),
                when: Condition::is_in(ids::CLUSTER, &[name]),
            })
            .collect(),
        otherwise: language.text(Key::KmeansNotClustered, &[]),
        period: None,
    };
    let model = ClusterModel {
        features: options.features.clone(),
        means: data.means.clone(),
        scales: data.scales.clone(),
        centers: fit.centers.subset(&described.order),
        names: names.iter().map(|n| n.to_string()).collect(),
    };
    let view = ClusterView {
        options: options.clone(),
        feature_labels: label_of(features, &options.features),
        scores: scores.clone(),
        k: k as u8,
        best_k: scores[best].k,
        fitted_on: fit_points.len(),
        clusters: described.clusters,
        left_out: features.len - n,
        scatter: scatter(features, options, &data, &codes, &mut rng),
        scheme,
    };
    Ok((view, feature, model))
}

fn label_of(features: &FeatureTable, chosen: &[String]) -> Vec<String> {
    chosen
        .iter()
        .map(|id| features.get(id).map_or(id.clone(), |f| f.label.clone()))
        .collect()
}

struct Described {
    /// Cluster indices by revenue, largest first.
    order: Vec<usize>,
    /// Summaries in that order.
    clusters: Vec<ClusterSummary>,
}

/// Names and describes each cluster by how its median customer differs from the shop's.
fn describe(
    features: &FeatureTable,
    options: &ClusterOptions,
    data: &Standardized,
    of_customer: &[u32],
    k: usize,
    currency: &Currency,
) -> Described {
    let members: Vec<Vec<usize>> = (0..k)
        .map(|l| {
            data.customers
                .iter()
                .copied()
                .filter(|&c| of_customer[c] == l as u32)
                .collect()
        })
        .collect();
    let monetary = features.numbers(ids::MONETARY);
    let revenue = |l: usize| -> f64 {
        monetary.map_or(0.0, |m| members[l].iter().map(|&c| m[c].max(0.0)).sum())
    };
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| {
        revenue(b)
            .total_cmp(&revenue(a))
            .then(members[b].len().cmp(&members[a].len()))
    });
    // Mean standardized value per cluster and feature, to name the clusters.
    let dims = data.points.dims;
    let mut centroid = vec![0.0; k * dims];
    for (i, &c) in data.customers.iter().enumerate() {
        let l = of_customer[c] as usize;
        for d in 0..dims {
            centroid[l * dims + d] += data.points.values[i * dims + d];
        }
    }
    for l in 0..k {
        for d in 0..dims {
            centroid[l * dims + d] /= members[l].len().max(1) as f64;
        }
    }
    let median_of = |id: &str, who: &[usize]| {
        features
            .numbers(id)
            .and_then(|v| median(who.iter().map(|&c| v[c])))
    };
    let everyone = &data.customers;
    let language = features.language;
    let clusters = order
        .iter()
        .enumerate()
        .map(|(rank, &l)| {
            let who = &members[l];
            let mut traits: Vec<(f64, String)> = options
                .features
                .iter()
                .enumerate()
                .filter_map(|(d, id)| {
                    let z = centroid[l * dims + d];
                    let word = trait_word(features, id, z, median_of(ids::FREQUENCY, who))?;
                    Some((z.abs(), word))
                })
                .collect();
            traits.sort_by(|a, b| b.0.total_cmp(&a.0));
            let words: Vec<String> = traits.into_iter().take(3).map(|t| t.1).collect();
            let number = Arg::Count(rank as u64 + 1);
            let name = if words.is_empty() {
                language.text(Key::KmeansNameTypical, &[("number", number)])
            } else {
                language.text(
                    Key::KmeansName,
                    &[("number", number), ("traits", words.join(", ").into())],
                )
            };
            ClusterSummary {
                name,
                customers: who.len(),
                description: sentence(features, options, who, everyone, &median_of, currency),
            }
        })
        .collect();
    Described { order, clusters }
}

/// A word for a cluster whose mean standardized value is `z`, when it stands out.
fn trait_word(
    features: &FeatureTable,
    id: &str,
    z: f64,
    median_orders: Option<f64>,
) -> Option<String> {
    const CLEAR: f64 = 0.5;
    let key = match id {
        ids::FREQUENCY if median_orders.is_some_and(|f| f <= 1.0) => Key::KmeansOneTime,
        _ if z.abs() < CLEAR => return None,
        ids::RECENCY if z < 0.0 => Key::KmeansRecent,
        ids::RECENCY => Key::KmeansLapsed,
        ids::FREQUENCY if z > 0.0 => Key::KmeansFrequent,
        ids::FREQUENCY => Key::KmeansFewOrders,
        ids::MONETARY if z > 0.0 => Key::KmeansHighSpend,
        ids::MONETARY => Key::KmeansLowSpend,
        ids::AOV if z > 0.0 => Key::KmeansBigBaskets,
        ids::AOV => Key::KmeansSmallBaskets,
        ids::TENURE if z > 0.0 => Key::KmeansLongStanding,
        ids::TENURE => Key::KmeansNew,
        ids::INTERVAL if z > 0.0 => Key::KmeansSlowRhythm,
        ids::INTERVAL => Key::KmeansFastRhythm,
        _ => {
            let label = features
                .get(id)
                .map_or(id.to_string(), |f| features.language.in_sentence(&f.label));
            let key = if z > 0.0 {
                Key::KmeansHigh
            } else {
                Key::KmeansLow
            };
            return Some(features.language.text(key, &[("feature", label.into())]));
        }
    };
    Some(features.language.text(key, &[]))
}

/// "Typically spends €930 (4.1× the shop's median), 6 orders, one every 28 days, last seen
/// 12 days ago."
fn sentence(
    features: &FeatureTable,
    options: &ClusterOptions,
    who: &[usize],
    everyone: &[usize],
    median_of: &dyn Fn(&str, &[usize]) -> Option<f64>,
    currency: &Currency,
) -> String {
    let language = features.language;
    let days = |d: f64| language.text(Key::KmeansDays, &[("count", Arg::Count(d.round() as u64))]);
    let mut parts = Vec::new();
    if let (Some(m), Some(all)) = (
        median_of(ids::MONETARY, who),
        median_of(ids::MONETARY, everyone),
    ) {
        let ratio = if all > 0.0 { m / all } else { f64::NAN };
        let relative = if ratio >= 1.25 {
            let ratio = language.decimal(ratio, 1);
            language.text(Key::KmeansTimesMedian, &[("ratio", ratio.into())])
        } else if ratio <= 0.8 {
            let share = language.decimal(ratio * 100.0, 0);
            language.text(Key::KmeansShareOfMedian, &[("share", share.into())])
        } else {
            language.text(Key::KmeansAboutMedian, &[])
        };
        parts.push(language.text(
            Key::KmeansSpends,
            &[
                ("amount", currency.format_whole(m).into()),
                ("relative", relative.into()),
            ],
        ));
    }
    // The median count of orders as Rust writes it (a half rounds to even).
    let orders = |f: f64| Arg::Text(format!("{f:.0}").into());
    match (
        median_of(ids::FREQUENCY, who),
        median_of(ids::INTERVAL, who),
    ) {
        (Some(f), _) if f <= 1.0 => parts.push(language.text(Key::KmeansOnce, &[])),
        (Some(f), Some(gap)) => parts.push(language.text(
            Key::KmeansOrdersEvery,
            &[("orders", orders(f)), ("days", days(gap).into())],
        )),
        (Some(f), None) => parts.push(language.text(Key::KmeansOrders, &[("orders", orders(f))])),
        _ => {}
    }
    if let Some(r) = median_of(ids::RECENCY, who) {
        parts.push(language.text(Key::KmeansLastSeen, &[("days", days(r).into())]));
    }
    const DESCRIBED: [&str; 4] = [ids::MONETARY, ids::FREQUENCY, ids::INTERVAL, ids::RECENCY];
    for id in options
        .features
        .iter()
        .filter(|id| !DESCRIBED.contains(&id.as_str()))
    {
        if let (Some(f), Some(m), Some(all)) = (
            features.get(id),
            median_of(id, who),
            median_of(id, everyone),
        ) {
            let written = |v: f64| {
                if ids::is_money(id) {
                    currency.format_whole(v)
                } else {
                    short(v, language)
                }
            };
            parts.push(language.text(
                Key::KmeansOther,
                &[
                    ("feature", language.in_sentence(&f.label).into()),
                    ("value", written(m).into()),
                    ("median", written(all).into()),
                ],
            ));
        }
    }
    language.text(Key::KmeansTypically, &[("parts", parts.join(", ").into())])
}

fn short(v: f64, language: Language) -> String {
    if v.abs() >= 100.0 || v.fract() == 0.0 {
        language.decimal(v, 0)
    } else {
        language.decimal(v, 2)
    }
}

/// A sample of customers with their first and last chosen features, for the scatter plot.
fn scatter(
    features: &FeatureTable,
    options: &ClusterOptions,
    data: &Standardized,
    codes: &[u32],
    rng: &mut Rng,
) -> Scatter {
    let x_id = &options.features[0];
    let y_id = options.features.last().unwrap_or(x_id);
    let (x, y) = (
        features.numbers(x_id).unwrap_or_default(),
        features.numbers(y_id).unwrap_or_default(),
    );
    let points = rng
        .sample(data.customers.len(), SCATTER_POINTS)
        .into_iter()
        .map(|i| {
            let c = data.customers[i];
            (x[c] as f32, y[c] as f32, (codes[c] - 1) as u8)
        })
        .collect();
    let labels = label_of(features, &[x_id.clone(), y_id.clone()]);
    Scatter {
        x_label: labels[0].clone(),
        y_label: labels[1].clone(),
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(rows: &[[f64; 2]]) -> Points {
        Points {
            dims: 2,
            values: rows.iter().flatten().copied().collect(),
        }
    }

    #[test]
    fn two_obvious_groups_are_found_with_their_inertia() {
        // Two tight pairs far apart: centres (0, 0.5) and (10, 10.5); each point is 0.5 away.
        let p = points(&[[0.0, 0.0], [0.0, 1.0], [10.0, 10.0], [10.0, 11.0]]);
        let fit = kmeans(&p, 2, 10, 1);
        assert_eq!(fit.labels[0], fit.labels[1]);
        assert_eq!(fit.labels[2], fit.labels[3]);
        assert_ne!(fit.labels[0], fit.labels[2]);
        assert!((fit.inertia - 1.0).abs() < 1e-12, "{}", fit.inertia);
    }

    #[test]
    fn hand_computed_silhouette() {
        // Points 0, 1 in one cluster and 4 in another, on a line.
        // Point 0: a = 1, b = 4 → 0.75. Point 1: a = 1, b = 3 → 2/3. Point 4: alone → 0.
        let p = Points {
            dims: 1,
            values: vec![0.0, 1.0, 4.0],
        };
        let s = silhouette(&p, &[0, 0, 1], 2);
        assert!((s - (0.75 + 2.0 / 3.0) / 3.0).abs() < 1e-12, "{s}");
    }

    #[test]
    fn standardizing_logs_then_scales_to_unit_variance() {
        let mut t = FeatureTable {
            len: 3,
            ..FeatureTable::default()
        };
        let e = std::f64::consts::E;
        t.set("x", "X", FeatureData::Number(vec![0.0, e - 1.0, f64::NAN]));
        t.set("y", "Y", FeatureData::Number(vec![5.0, 5.0, 5.0]));
        let s = standardize(&t, &["x".into(), "y".into()]).unwrap();
        // ln(1+0) = 0 and ln(e) = 1: mean 0.5, sd 0.5 → -1 and 1; y is constant → 0.
        assert_eq!(s.customers, vec![0, 1]);
        assert_eq!(s.points.values, vec![-1.0, 0.0, 1.0, 0.0]);
        assert_eq!(
            standardize(&t, &["z".into()]),
            Err(ClusterError::UnknownFeature("z".into()))
        );
    }

    #[test]
    fn clusters_become_a_scheme_with_described_segments() {
        // 30 recent big spenders and 30 lapsed small ones.
        let n = 60;
        let mut t = FeatureTable {
            len: n,
            ..FeatureTable::default()
        };
        let big = |c: usize| c < 30;
        let jitter = |c: usize| (c % 7) as f64;
        t.set(
            ids::RECENCY,
            "Days since last order",
            FeatureData::Number(
                (0..n)
                    .map(|c| {
                        if big(c) {
                            5.0 + jitter(c)
                        } else {
                            400.0 + jitter(c)
                        }
                    })
                    .collect(),
            ),
        );
        t.set(
            ids::FREQUENCY,
            "Orders",
            FeatureData::Number((0..n).map(|c| if big(c) { 8.0 } else { 1.0 }).collect()),
        );
        t.set(
            ids::MONETARY,
            "Total spent",
            FeatureData::Number(
                (0..n)
                    .map(|c| {
                        if big(c) {
                            900.0 + jitter(c)
                        } else {
                            30.0 + jitter(c)
                        }
                    })
                    .collect(),
            ),
        );
        let (view, feature, model) =
            cluster(&t, &ClusterOptions::default(), &Currency::default()).unwrap();
        assert_eq!(view.best_k, 2);
        assert_eq!(view.k, 2);
        assert_eq!(view.scores.len(), 7);
        assert!(view.clusters[0].name.starts_with("Cluster 1: "));
        assert!(
            view.clusters[0].name.contains("recent"),
            "{}",
            view.clusters[0].name
        );
        assert!(
            view.clusters[1].name.contains("one-time"),
            "{}",
            view.clusters[1].name
        );
        assert!(
            view.clusters[1]
                .description
                .starts_with("Typically spends 33 (7% of the shop's median), has ordered once, last seen 403 days ago"),
            "{}",
            view.clusters[1].description
        );
        assert_eq!(
            view.clusters
                .iter()
                .map(|c| c.customers)
                .collect::<Vec<_>>(),
            vec![30, 30]
        );
        let FeatureData::Category(cats) = feature else {
            panic!()
        };
        assert!((0..30).all(|c| cats.codes[c] == 1) && (30..60).all(|c| cats.codes[c] == 2));
        assert_eq!(view.scheme.rules.len(), 2);
        assert_eq!(view.scatter.points.len(), 60);
        assert_eq!(view.scheme.name, "2 clusters");

        // The model puts the same customers where they were found, and others by their
        // nearest centre on the fitted scale: a recent big spender joins cluster 1 even
        // though they alone would scale to anything; a customer missing a figure, neither.
        assert_eq!(model.feature(&t).unwrap(), FeatureData::Category(cats));
        let mut other = FeatureTable {
            len: 3,
            ..FeatureTable::default()
        };
        let column = |values: [f64; 3]| FeatureData::Number(values.to_vec());
        other.set(ids::RECENCY, "", column([3.0, 500.0, f64::NAN]));
        other.set(ids::FREQUENCY, "", column([12.0, 1.0, 1.0]));
        other.set(ids::MONETARY, "", column([2000.0, 10.0, 10.0]));
        let FeatureData::Category(then) = model.feature(&other).unwrap() else {
            panic!()
        };
        assert_eq!(then.codes, vec![1, 2, 0]);
        assert_eq!(then.get(0), view.clusters[0].name);
    }
}
