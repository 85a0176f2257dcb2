//! Summary statistics over per-customer values, where NaN means "unknown", and the special
//! functions the campaign measurements rest on: Student's t distribution, and the
//! incomplete beta function that gives the binomial's tails.

/// The median of the known (non-NaN) values.
pub fn median(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let mut v: Vec<f64> = values.into_iter().filter(|x| !x.is_nan()).collect();
    median_in_place(&mut v)
}

/// The median of `v`, all of them known, reordering them: for a caller that gathers values
/// into a buffer it reuses.
pub fn median_in_place(v: &mut [f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mid = v.len() / 2;
    let (_, &mut upper, _) = v.select_nth_unstable_by(mid, f64::total_cmp);
    if v.len() % 2 == 1 {
        return Some(upper);
    }
    let lower = v[..mid].iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((lower + upper) / 2.0)
}

// The distributions below serve the campaign measurements (`campaigns::uplift`,
// `campaigns::power`). They are the textbook algorithms (Numerical Recipes, 3rd ed., §6.1–6.4),
// checked against scipy in `tests/uplift/`: no crate offers them without pulling in far
// more than these few functions.

/// The natural logarithm of the gamma function, for `x > 0` (Lanczos, g = 7, nine terms:
/// about 15 significant digits).
pub fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEFFICIENTS[0];
    for (i, c) in COEFFICIENTS.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// Relative precision the series and continued fractions below stop at.
const PRECISION: f64 = 1e-15;
/// Terms after which they give up (never reached for the arguments the engine passes).
const MAX_TERMS: usize = 100_000;
/// Guards the continued fractions against dividing by zero (Lentz's method).
const TINY: f64 = 1e-300;

/// The continued fraction of the incomplete beta function (Numerical Recipes' `betacf`),
/// by Lentz's method.
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..MAX_TERMS {
        let m = m as f64;
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + even * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + even / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + odd * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + odd / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < PRECISION {
            break;
        }
    }
    h
}

/// The regularized incomplete beta function I_x(a, b), for `a, b > 0` and `0 ≤ x ≤ 1`.
pub fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front =
        (ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln()).exp();
    // The fraction converges fast on one side of the mean; the other side by symmetry,
    // I_x(a, b) = 1 − I_{1−x}(b, a).
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

/// Student's t distribution's upper tail P(T > t) with `df > 0` degrees of freedom
/// (`df` need not be whole, as for Welch's test).
pub fn t_sf(t: f64, df: f64) -> f64 {
    if t.is_nan() || df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2).
    let both = incomplete_beta(0.5 * df, 0.5, df / (df + t * t));
    if t >= 0.0 {
        0.5 * both
    } else {
        1.0 - 0.5 * both
    }
}

/// Student's t density with `df` degrees of freedom.
fn t_pdf(t: f64, df: f64) -> f64 {
    let log = ln_gamma(0.5 * (df + 1.0))
        - ln_gamma(0.5 * df)
        - 0.5 * (df * std::f64::consts::PI).ln()
        - 0.5 * (df + 1.0) * (t * t / df).ln_1p();
    log.exp()
}

/// The quantile of Student's t distribution: the `t` with P(T ≤ t) = `p`, for `0 < p < 1`
/// and `df > 0` degrees of freedom (whole or not). `t_quantile(0.975, df)` is the factor of
/// a two-sided 95% interval.
///
/// ```
/// use segmenter_engine::basics::stats::t_quantile;
/// assert!((t_quantile(0.975, 1.0) - 12.706_204_736_174_7).abs() < 1e-9);
/// assert!((t_quantile(0.975, 10.0) - 2.228_138_851_986_273_5).abs() < 1e-12);
/// ```
pub fn t_quantile(p: f64, df: f64) -> f64 {
    if !(p > 0.0 && p < 1.0) || df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if p < 0.5 {
        return -t_quantile(1.0 - p, df);
    }
    let tail = 1.0 - p;
    // Bracket the answer, then Newton's method kept inside the bracket (bisecting whenever a
    // step would leave it): the upper tail falls as t grows.
    let (mut low, mut high) = (0.0_f64, 1.0_f64);
    while t_sf(high, df) > tail {
        low = high;
        high *= 2.0;
        if high > 1e300 {
            return f64::INFINITY;
        }
    }
    let mut t = 0.5 * (low + high);
    for _ in 0..200 {
        let excess = t_sf(t, df) - tail;
        if excess > 0.0 {
            low = t;
        } else {
            high = t;
        }
        let newton = t + excess / t_pdf(t, df);
        let next = if newton > low && newton < high {
            newton
        } else {
            0.5 * (low + high)
        };
        if (next - t).abs() <= 1e-14 * t.abs() || high - low <= 1e-14 * high {
            return next;
        }
        t = next;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_skip_unknown_values() {
        assert_eq!(median([3.0, f64::NAN, 1.0, 2.0]), Some(2.0));
        assert_eq!(median([4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median([f64::NAN]), None);
    }

    /// |got − want| relative to |want|.
    fn off(got: f64, want: f64) -> f64 {
        (got - want).abs() / want.abs()
    }

    #[test]
    fn t_quantiles_match_scipy() {
        // scipy.stats.t.ppf(p, df), scipy 1.17.1.
        let cases = [
            (0.975, 1.0, 12.706204736174694),
            (0.975, 10.0, 2.228138851986274),
            (0.975, 2.5, 3.5746548420036817),
            (0.975, 37.3, 2.0256425230779604),
            (0.975, 1e5, 1.9599877075346095),
            (0.995, 3.7, 4.8692522532278275),
            (0.025, 4.0, -2.7764451051977943),
            (0.6, 1.2, 0.3128326213239681),
        ];
        for (p, df, want) in cases {
            let got = t_quantile(p, df);
            assert!(off(got, want) < 1e-10, "t({p}, {df}) = {got}, scipy {want}");
        }
        assert!(t_quantile(1.0, 3.0).is_nan() && t_quantile(0.5, 0.0).is_nan());
    }

    #[test]
    fn special_functions_match_scipy() {
        assert!(off(incomplete_beta(2.5, 0.5, 0.3), 0.018927124071945658) < 1e-12);
        assert!(off(ln_gamma(0.5), 0.5723649429247) < 1e-13);
        assert!(off(ln_gamma(1e5), 1051287.7089736569) < 1e-14);
    }
}
