//! The Gamma-Gamma model of what repeat customers spend per purchase (Fader, Hardie and
//! Lee 2005, "RFM and CLV"; Hardie's note 025): its likelihood, its maximum-likelihood
//! fit on repeat customers who spent something, and the spend to expect per purchase from
//! each customer, as Python `lifetimes`' `GammaGammaFitter` computes them.
//!
//! A customer's purchases are gamma-distributed around their own mean (shape `p`), and
//! those means vary across customers as an inverse gamma (shape `q`, scale `v`): a
//! customer's expected spend lies between their own average and the shop's, the nearer
//! their own the more purchases it rests on. The digamma function, which the likelihood's
//! slope needs, is here too.

use super::optimise::{self, Likelihood, NotConverged};
use super::History;
use crate::basics::stats::ln_gamma;
use serde::{Deserialize, Serialize};

/// A fitted Gamma-Gamma model, in the shop's money.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GammaGamma {
    /// Shape of each purchase's spend around the customer's mean.
    pub p: f64,
    /// Shape of the customers' means (the mean spend is finite only when `q` > 1).
    pub q: f64,
    /// Scale of the customers' means.
    pub v: f64,
}

impl GammaGamma {
    /// The mean spend per purchase across customers, p·v / (q - 1): what the model
    /// expects from a customer whose own spending says nothing yet. Meaningful only when
    /// q > 1.
    pub fn mean_order_value(&self) -> f64 {
        self.p * self.v / (self.q - 1.0)
    }

    /// The spend to expect per purchase from a customer with `frequency` repeat purchases
    /// averaging `monetary` (equation 5 of note 025; lifetimes'
    /// `conditional_expected_average_profit`): the shop's mean and the customer's own,
    /// weighted by how many purchases the latter rests on.
    pub fn expected_order_value(&self, frequency: u32, monetary: f64) -> f64 {
        let px = self.p * f64::from(frequency);
        let own = px / (px + self.q - 1.0);
        (1.0 - own) * self.mean_order_value() + own * monetary
    }
}

/// Whether a customer's history tells the model about their spending: the model needs at
/// least one repeat purchase and a positive average.
pub fn informs_spend(history: &History) -> bool {
    history.frequency > 0 && history.monetary > 0.0
}

/// Customers with the same frequency and average spend, counted once with their number.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    /// ln of the average spend (in scaled money).
    ln_m: f64,
    /// frequency × average spend (in scaled money).
    xm: f64,
    customers: f64,
}

/// Patterns with the same frequency, whose gamma-function terms are computed once.
#[derive(Clone, Debug)]
struct SameFrequency {
    frequency: f64,
    customers: f64,
    patterns: Vec<Pattern>,
}

/// The fitting data, with money scaled by the mean average spend so that `v` starts near
/// the other parameters' size (which changes the likelihood only by a constant).
pub(super) struct FitData {
    groups: Vec<SameFrequency>,
    customers: f64,
    money_per_unit: f64,
}

impl FitData {
    fn new(histories: impl Iterator<Item = History> + Clone) -> FitData {
        let (customers, spend) = histories
            .clone()
            .fold((0usize, 0.0), |(n, sum), h| (n + 1, sum + h.monetary));
        let money_per_unit = spend / customers as f64;
        let mut keys: Vec<(u32, u64)> = histories
            .map(|h| (h.frequency, h.monetary.to_bits()))
            .collect();
        // Positive floats sort as their bits do.
        keys.sort_unstable();
        let mut groups: Vec<SameFrequency> = Vec::new();
        for chunk in keys.chunk_by(|p, q| p == q) {
            let (frequency, m) = chunk[0];
            let x = f64::from(frequency);
            let m = f64::from_bits(m) / money_per_unit;
            let pattern = Pattern {
                ln_m: m.ln(),
                xm: x * m,
                customers: chunk.len() as f64,
            };
            match groups.last_mut() {
                Some(g) if g.frequency == x => {
                    g.customers += pattern.customers;
                    g.patterns.push(pattern);
                }
                _ => groups.push(SameFrequency {
                    frequency: x,
                    customers: pattern.customers,
                    patterns: vec![pattern],
                }),
            }
        }
        FitData {
            groups,
            customers: customers as f64,
            money_per_unit,
        }
    }
}

impl Likelihood<3> for FitData {
    type Model = GammaGamma;

    fn patterns(&self) -> usize {
        self.groups.iter().map(|g| g.patterns.len()).sum()
    }

    /// The model at `log_params`, the logarithms of (p, q, v), v in the shop's money.
    fn model(&self, log_params: [f64; 3]) -> GammaGamma {
        let [p, q, v] = log_params.map(f64::exp);
        GammaGamma {
            p,
            q,
            v: v * self.money_per_unit,
        }
    }

    /// The mean negative log-likelihood per customer and its gradient, as functions of
    /// the logarithms of (p, q, v) (lifetimes' `_negative_log_likelihood`, v in scaled
    /// money).
    fn negative_log_likelihood(&self, log_params: &[f64; 3]) -> (f64, [f64; 3]) {
        let [p, q, v] = log_params.map(f64::exp);
        let (ln_v, lg_q, psi_q) = (v.ln(), ln_gamma(q), digamma(q));
        let mut ll = 0.0;
        // Derivatives with respect to p, q and v (not their logarithms yet).
        let mut d = [0.0; 3];
        for group in &self.groups {
            let x = group.frequency;
            let w = group.customers;
            let px = p * x;
            let ln_x = x.ln();
            let psi_pxq = digamma(px + q);
            ll += w * (ln_gamma(px + q) - ln_gamma(px) - lg_q + q * ln_v + px * ln_x);
            d[0] += w * x * (psi_pxq - digamma(px) + ln_x);
            d[1] += w * (psi_pxq - psi_q + ln_v);
            d[2] += w * q / v;
            for pattern in &group.patterns {
                let c = pattern.customers;
                let ln_total = (pattern.xm + v).ln();
                ll += c * ((px - 1.0) * pattern.ln_m - (px + q) * ln_total);
                d[0] += c * x * (pattern.ln_m - ln_total);
                d[1] -= c * ln_total;
                d[2] -= c * (px + q) / (pattern.xm + v);
            }
        }
        let n = self.customers;
        (-ll / n, [-d[0] * p / n, -d[1] * q / n, -d[2] * v / n])
    }
}

/// Where the search starts: lifetimes' start (every log-parameter 0.1), then others.
const STARTS: [[f64; 3]; 3] = [[0.1; 3], [0.0; 3], [1.0, 1.0, 0.0]];

/// The maximum-likelihood Gamma-Gamma model of these histories, which must all
/// [inform spend](informs_spend) (and be at least one).
pub(super) fn fit(
    histories: impl Iterator<Item = History> + Clone,
) -> Result<GammaGamma, NotConverged> {
    optimise::fit(&FitData::new(histories), &STARTS)
}

/// [`fit`] a few evaluations of the likelihood at a time.
pub(super) type Fitting = optimise::Fitting<FitData, 3>;

/// The fit of these histories (as [`fit`] takes them) in stages, their patterns found and
/// nothing evaluated yet.
pub(super) fn fitting(histories: impl Iterator<Item = History> + Clone) -> Fitting {
    Fitting::new(FitData::new(histories), &STARTS)
}

/// The digamma function ψ(x) = d ln Γ(x) / dx for x > 0: the recurrence ψ(x) = ψ(x + 1)
/// - 1/x up to x ≥ 10, then the asymptotic series (about 15 digits).
fn digamma(mut x: f64) -> f64 {
    let mut result = 0.0;
    while x < 10.0 {
        result -= 1.0 / x;
        x += 1.0;
    }
    let f = 1.0 / (x * x);
    // Bernoulli numbers B2k / 2k.
    let tail = f
        * (1.0 / 12.0
            - f * (1.0 / 120.0
                - f * (1.0 / 252.0
                    - f * (1.0 / 240.0 - f * (1.0 / 132.0 - f * (691.0 / 32_760.0))))));
    result + x.ln() - 0.5 / x - tail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, tolerance: f64) -> bool {
        (got - want).abs() <= tolerance * want.abs()
    }

    #[test]
    fn digamma_matches_known_values() {
        // ψ(1) = -γ, ψ(1/2) = -γ - 2 ln 2; others from mpmath.
        let euler = 0.577_215_664_901_532_9;
        assert!(close(digamma(1.0), -euler, 1e-14));
        assert!(close(digamma(0.5), -euler - 2.0 * 2f64.ln(), 1e-14));
        assert!(close(digamma(0.25), -4.227_453_533_376_265, 1e-14));
        assert!(close(digamma(123.4), 4.811_373_775_116_277, 1e-14));
    }

    #[test]
    fn expected_order_value_by_hand() {
        // The published CDNOW fit (note 025): the shop's mean is 6.25 × 15.44 / 2.74 =
        // 35.2190; a customer with 2 repeats averaging 22.345 weighs their own average
        // 12.5 / (12.5 + 2.74) = 0.82021.
        let model = GammaGamma {
            p: 6.25,
            q: 3.74,
            v: 15.44,
        };
        assert!((model.mean_order_value() - 35.218_978).abs() < 1e-6);
        let own = 12.5 / 15.24;
        let want = (1.0 - own) * 35.218_978_102_189_78 + own * 22.345;
        assert!((model.expected_order_value(2, 22.345) - want).abs() < 1e-9);
        // No repeat: the shop's mean.
        assert_eq!(model.expected_order_value(0, 0.0), model.mean_order_value());
    }

    /// The fit made one evaluation a stage is the fit made in one go, to the bit.
    #[test]
    fn a_fit_in_stages_is_the_fit_in_one_go() {
        let histories = (0..3_000u32).map(|i| History {
            frequency: 1 + i % 6,
            recency: 100,
            t: 200,
            monetary: 8.0 + f64::from(i * 37 % 101) * 1.5,
        });
        let in_one_go = fit(histories.clone());
        assert!(in_one_go.is_ok());
        let (in_stages, stages) = fitting(histories).finished(1);
        assert_eq!(in_stages, in_one_go);
        assert!(stages > 10, "{stages}");
    }

    #[test]
    fn the_gradient_is_the_likelihood_s_slope() {
        let histories: Vec<History> = (1..40)
            .map(|i| History {
                frequency: 1 + i % 4,
                recency: 10,
                t: 100,
                monetary: 5.0 + f64::from(i * 7 % 23),
            })
            .collect();
        let data = FitData::new(histories.into_iter());
        let at = [1.1, 0.7, 0.2];
        let (_, gradient) = data.negative_log_likelihood(&at);
        for i in 0..3 {
            let h = 1e-6;
            let [mut up, mut down] = [at; 2];
            up[i] += h;
            down[i] -= h;
            let slope = (data.negative_log_likelihood(&up).0
                - data.negative_log_likelihood(&down).0)
                / (2.0 * h);
            assert!(
                (gradient[i] - slope).abs() < 1e-7,
                "{i}: {} vs {slope}",
                gradient[i]
            );
        }
    }
}
