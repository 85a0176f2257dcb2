//! Scores 1–N from quantiles, keeping equal values together.
//!
//! Classic RFM scoring ranks customers and cuts the ranking into five equal groups. With
//! real shops that breaks on ties: most customers bought exactly once, so a rank-based cut
//! gives two customers with one order each different frequency scores. Here cut points sit
//! only between distinct values, each placed where the running count comes closest to the
//! ideal k/N share, so equal values always share a score, and every score is used whenever
//! there are at least N distinct values.

use serde::{Deserialize, Serialize};

/// How values become scores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ScoreMethod {
    /// Groups of about equal size (quintiles for 5 points).
    Quantiles,
    /// Cut points the merchant typed, ascending: a value up to the first is score 1, and so on.
    Fixed(Vec<f64>),
}

/// Cut points: a value up to `cuts[0]` scores 1, up to `cuts[1]` scores 2, …; above the
/// last, `cuts.len() + 1`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cuts {
    /// Ascending cut values.
    pub cuts: Vec<f64>,
    /// Number of score points (3, 4 or 5).
    pub points: u8,
}

impl Cuts {
    /// Cut points for `values` (missing ones, NaN, ignored).
    ///
    /// ```
    /// use segmenter_engine::segmentation::scores::Cuts;
    /// // Six customers ordered once, two twice, one three times, one five times.
    /// let f = [1., 1., 1., 1., 1., 1., 2., 2., 3., 5.];
    /// let cuts = Cuts::quantiles(&f, 5);
    /// assert_eq!(cuts.cuts, vec![1., 2., 3.]);
    /// assert_eq!(cuts.score(1.0), 1);
    /// assert_eq!(cuts.score(5.0), 4);
    /// ```
    pub fn quantiles(values: &[f64], points: u8) -> Cuts {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        // Distinct values with how many values are at or below each.
        let mut distinct: Vec<(f64, usize)> = Vec::new();
        for (i, &v) in sorted.iter().enumerate() {
            match distinct.last_mut() {
                Some((last, count)) if *last == v => *count = i + 1,
                _ => distinct.push((v, i + 1)),
            }
        }
        let mut cuts = Vec::new();
        let mut next = 0; // first distinct index a cut may use
        for k in 1..usize::from(points) {
            // Leave at least one distinct value above this cut for each score still to come.
            let last_allowed = distinct.len().saturating_sub(usize::from(points) - k + 1);
            if next > last_allowed || distinct.len() < 2 {
                break;
            }
            let target = (k * n) as f64 / f64::from(points);
            let best = (next..=last_allowed.min(distinct.len() - 2)).min_by(|&a, &b| {
                let da = (distinct[a].1 as f64 - target).abs();
                let db = (distinct[b].1 as f64 - target).abs();
                da.total_cmp(&db)
            });
            let Some(best) = best else { break };
            cuts.push(distinct[best].0);
            next = best + 1;
        }
        // With fewer distinct values than points, every distinct value gets its own score.
        if distinct.len() <= usize::from(points) {
            cuts = distinct
                .iter()
                .take(distinct.len().saturating_sub(1))
                .map(|d| d.0)
                .collect();
        }
        Cuts { cuts, points }
    }

    /// Fixed cut points, sorted.
    pub fn fixed(mut cuts: Vec<f64>, points: u8) -> Cuts {
        cuts.retain(|c| !c.is_nan());
        cuts.sort_by(f64::total_cmp);
        cuts.dedup();
        cuts.truncate(usize::from(points).saturating_sub(1));
        Cuts { cuts, points }
    }

    /// The score of a value: 1 + how many cuts lie below it; `None` for a missing value.
    pub fn score(&self, value: f64) -> u8 {
        1 + self.cuts.iter().filter(|&&c| value > c).count() as u8
    }

    /// The score with the scale reversed (for recency: fewest days = highest score).
    pub fn score_reversed(&self, value: f64) -> u8 {
        self.points + 1 - self.score(value)
    }

    /// The value range each score covers, lowest score first, as (from, to) with `None`
    /// meaning open-ended.
    pub fn ranges(&self) -> Vec<(Option<f64>, Option<f64>)> {
        let mut ranges = Vec::new();
        let mut from = None;
        for &c in &self.cuts {
            ranges.push((from, Some(c)));
            from = Some(c);
        }
        ranges.push((from, None));
        ranges
    }
}

/// Scores for every value (0 for a missing one).
pub fn scores(values: &[f64], cuts: &Cuts, reversed: bool) -> Vec<f64> {
    values
        .iter()
        .map(|&v| {
            if v.is_nan() {
                f64::NAN
            } else if reversed {
                f64::from(cuts.score_reversed(v))
            } else {
                f64::from(cuts.score(v))
            }
        })
        .collect()
}

/// Thresholds as a merchant types a list of them: separated by semicolons, spaces, or
/// commas, each read as the file's numbers are (currency marks, thousands groups). A comma
/// followed by exactly three digits groups thousands (`1,000.50` is one threshold); any
/// other comma separates two. Text that is not a number is left out.
///
/// ```
/// use segmenter_engine::segmentation::scores::read_thresholds;
/// assert_eq!(read_thresholds("100, 250,1,000.50; €2000"), [100.0, 250.0, 1000.5, 2000.0]);
/// assert_eq!(read_thresholds("30 90 180"), [30.0, 90.0, 180.0]);
/// assert_eq!(read_thresholds("1,234"), [1234.0]);
/// assert_eq!(read_thresholds("5,10,20"), [5.0, 10.0, 20.0]);
/// assert!(read_thresholds("none").is_empty());
/// ```
pub fn read_thresholds(text: &str) -> Vec<f64> {
    let mut numbers = Vec::new();
    for token in text.split([';', ' ', '\t', '\n']).filter(|t| !t.is_empty()) {
        // Commas: pieces of three digits after the first join the one before (thousands);
        // any other piece starts a new number.
        let mut current = String::new();
        for piece in token.split(',') {
            let groups_thousands = !current.is_empty()
                && piece.len() >= 3
                && piece.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                && !piece.as_bytes().get(3).is_some_and(u8::is_ascii_digit);
            if groups_thousands {
                current.push_str(piece);
            } else {
                numbers.extend(read_one(&current));
                current = piece.to_string();
            }
        }
        numbers.extend(read_one(&current));
    }
    numbers
}

fn read_one(text: &str) -> Option<f64> {
    let reading = crate::reading::read_number(text);
    reading.first().or(reading.second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_values_cut_into_equal_fifths() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        let cuts = Cuts::quantiles(&v, 5);
        assert_eq!(cuts.cuts, vec![20., 40., 60., 80.]);
        let s = scores(&v, &cuts, false);
        for k in 1..=5 {
            assert_eq!(s.iter().filter(|&&x| x == f64::from(k)).count(), 20);
        }
    }

    #[test]
    fn equal_values_always_share_a_score() {
        // 60% bought once: they all get 1, and the other scores are still used.
        let mut f = vec![1.0; 60];
        f.extend([2.0; 15]);
        f.extend([3.0; 8]);
        f.extend([4.0; 5]);
        f.extend([5.0; 4]);
        f.extend([6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 15.0, 20.0]);
        // Running counts at 1, 2, 3, 4 are 60, 75, 83, 88: the nearest to 20, 40, 60, 80 in turn.
        let cuts = Cuts::quantiles(&f, 5);
        assert_eq!(cuts.cuts, vec![1.0, 2.0, 3.0, 4.0]);
        assert_eq!(cuts.score(1.0), 1);
        assert_eq!(cuts.score(4.0), 4);
        assert_eq!(cuts.score(5.0), 5);
    }

    #[test]
    fn hand_computed_recency_reversed() {
        // Ten customers, days since last order.
        let days = [3., 10., 10., 25., 40., 60., 90., 200., 300., 400.];
        let cuts = Cuts::quantiles(&days, 5);
        // Targets 2, 4, 6, 8 customers. Running counts: ≤ 3 is 1 and ≤ 10 is 3, equally near
        // 2, so the lower cut wins; ≤ 25 is 4, ≤ 60 is 6, ≤ 200 is 8.
        assert_eq!(cuts.cuts, vec![3., 25., 60., 200.]);
        let s = scores(&days, &cuts, true);
        assert_eq!(s, vec![5., 4., 4., 4., 3., 3., 2., 2., 1., 1.]);
    }

    #[test]
    fn few_distinct_values_get_one_score_each() {
        let cuts = Cuts::quantiles(&[1., 1., 2., 2., 2.], 5);
        assert_eq!(cuts.cuts, vec![1.0]);
        assert_eq!(cuts.score(2.0), 2);
        assert_eq!(Cuts::quantiles(&[], 5).score(3.0), 1);
        assert_eq!(Cuts::quantiles(&[f64::NAN, 4.0], 5).cuts, Vec::<f64>::new());
    }

    #[test]
    fn three_and_four_points() {
        let v: Vec<f64> = (1..=12).map(f64::from).collect();
        assert_eq!(Cuts::quantiles(&v, 3).cuts, vec![4., 8.]);
        assert_eq!(Cuts::quantiles(&v, 4).cuts, vec![3., 6., 9.]);
    }

    #[test]
    fn fixed_cuts() {
        let c = Cuts::fixed(vec![100., 30., 30., 500., 1000., 2000.], 5);
        assert_eq!(c.cuts, vec![30., 100., 500., 1000.]);
        assert_eq!(c.score(30.0), 1);
        assert_eq!(c.score(31.0), 2);
        assert_eq!(c.ranges()[0], (None, Some(30.0)));
    }
}
