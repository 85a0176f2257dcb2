//! The minimiser the prediction models are fitted with: BFGS (a quasi-Newton method) with a
//! strong-Wolfe line search, over unconstrained parameters.
//!
//! The models hand it their negative log-likelihood and its exact gradient as functions of
//! the logarithms of their parameters, so every point it tries is a valid model and no
//! bounds are needed. It is written for a handful of parameters (three or four), hence
//! fixed-size arrays and a dense inverse-Hessian estimate.
//!
//! It runs in one go ([`minimise`], [`minimise_from`]) or a few evaluations of the
//! objective at a time ([`Minimising`]), for a host with one thread that answers other
//! requests in between; both reach the same minimum, to the bit.

use std::convert::Infallible;
use std::ops::ControlFlow;

/// The largest gradient component at a minimum.
const GRADIENT_TOLERANCE: f64 = 1e-9;
/// At a point whose gradient is this small, a step that improves the objective only by
/// rounding (or not at all) means floating point can resolve no better point: a minimum,
/// not a failure. (An objective summed over many customers carries rounding of about
/// 10⁻¹³, which hides the improvement a gradient below about 10⁻⁷ promises.)
const STALL_TOLERANCE: f64 = 1e-6;
/// Iterations before giving up.
const MAX_ITERATIONS: usize = 500;
/// Function evaluations per line search before giving up.
const MAX_LINE_STEPS: usize = 30;
/// A parameter whose logarithm passes this has run off towards zero or infinity: the data
/// do not pin the model down, and the point would soon overflow.
const MAX_LOG_PARAMETER: f64 = 30.0;

/// Sufficient decrease (Armijo) constant of the line search.
const C1: f64 = 1e-4;
/// Curvature constant of the line search (the usual one for quasi-Newton methods).
const C2: f64 = 0.9;

/// Where the minimiser stopped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Minimum<const N: usize> {
    /// The minimising point.
    pub point: [f64; N],
    /// The objective there.
    pub value: f64,
}

/// Why the minimiser found no minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotConverged {
    /// The iteration cap was reached with the gradient still too large.
    IterationCap,
    /// No step along the search direction lowered the objective.
    LineSearchFailed,
    /// A parameter ran off towards zero or infinity.
    RanAway,
    /// The objective was not finite at the starting point.
    BadStart,
}

/// The minimum of `objective` (returning the value and the gradient at a point) reached
/// from `start`.
pub fn minimise<const N: usize>(
    mut objective: impl FnMut(&[f64; N]) -> (f64, [f64; N]),
    start: [f64; N],
) -> Result<Minimum<N>, NotConverged> {
    let Ok(minimum) = search(|x| Ok::<_, Infallible>(objective(x)), start);
    minimum
}

/// The minimum of `objective` reached from the first of `starts` it is reached from, or
/// why the last one failed.
pub fn minimise_from<const N: usize>(
    mut objective: impl FnMut(&[f64; N]) -> (f64, [f64; N]),
    starts: &[[f64; N]],
) -> Result<Minimum<N>, NotConverged> {
    let mut failure = NotConverged::BadStart;
    for &start in starts {
        match minimise(&mut objective, start) {
            Ok(minimum) => return Ok(minimum),
            Err(e) => failure = e,
        }
    }
    Err(failure)
}

/// [`minimise_from`] a few evaluations of the objective at a time.
///
/// Each [`advance`](Minimising::advance) runs the minimiser again from the start under way,
/// answering the points evaluated before from what they gave (the minimiser does the same
/// arithmetic on the same values, so it asks for the same points in the same order) and
/// evaluating at most a budget of new ones. Running it again costs next to nothing beside
/// an evaluation over many customers.
#[derive(Clone, Debug)]
pub struct Minimising<const N: usize> {
    /// The starts not given up on yet, the one under way first.
    starts: Vec<[f64; N]>,
    /// The objective at each point evaluated from the start under way, in the order asked.
    evaluated: Vec<([f64; N], ValueAndSlope<N>)>,
    /// Why the last start given up on failed.
    failure: NotConverged,
}

/// An objective's value at a point and its gradient there.
type ValueAndSlope<const N: usize> = (f64, [f64; N]);

/// The objective was asked for more evaluations than a stage's budget.
struct Paused;

impl<const N: usize> Minimising<N> {
    /// A minimisation from `starts`, tried in turn as [`minimise_from`] tries them.
    pub fn new(starts: &[[f64; N]]) -> Minimising<N> {
        Minimising {
            starts: starts.to_vec(),
            evaluated: Vec::new(),
            failure: NotConverged::BadStart,
        }
    }

    /// Goes on until the minimum is reached (or every start failed), or until `budget`
    /// more evaluations of `objective` (at least one) are made: then it is to go on with.
    pub fn advance(
        mut self,
        mut objective: impl FnMut(&[f64; N]) -> (f64, [f64; N]),
        budget: usize,
    ) -> ControlFlow<Result<Minimum<N>, NotConverged>, Minimising<N>> {
        let mut left = budget.max(1);
        while let Some(&start) = self.starts.first() {
            let evaluated = &mut self.evaluated;
            let mut asked = 0;
            let reached = search(
                |x| {
                    // Compared bit for bit: the same point, whatever it holds.
                    let same = |point: &[f64; N]| point.map(f64::to_bits) == x.map(f64::to_bits);
                    let known = evaluated.get(asked).filter(|(point, _)| same(point));
                    let value = match known {
                        Some(&(_, value)) => value,
                        None if left == 0 => return Err(Paused),
                        None => {
                            left -= 1;
                            let value = objective(x);
                            evaluated.truncate(asked);
                            evaluated.push((*x, value));
                            value
                        }
                    };
                    asked += 1;
                    Ok(value)
                },
                start,
            );
            match reached {
                Err(Paused) => return ControlFlow::Continue(self),
                Ok(Ok(minimum)) => return ControlFlow::Break(Ok(minimum)),
                Ok(Err(failure)) => {
                    self.failure = failure;
                    self.starts.remove(0);
                    self.evaluated.clear();
                }
            }
        }
        ControlFlow::Break(Err(self.failure))
    }
}

/// What a model's maximum-likelihood fit needs of its data (the customers' patterns, for
/// BG/NBD and Gamma-Gamma alike): the likelihood over them, and the model at a point.
pub(super) trait Likelihood<const N: usize> {
    /// The model the fit finds.
    type Model;
    /// The patterns an evaluation goes over, which its cost is in proportion to.
    fn patterns(&self) -> usize;
    /// The mean negative log-likelihood per customer and its gradient, as functions of
    /// the logarithms of the model's parameters.
    fn negative_log_likelihood(&self, log_params: &[f64; N]) -> (f64, [f64; N]);
    /// The model whose parameters' logarithms are `log_params`.
    fn model(&self, log_params: [f64; N]) -> Self::Model;
}

/// The model of `data` with the greatest likelihood, reached from the first of `starts`
/// it is reached from.
pub(super) fn fit<const N: usize, L: Likelihood<N>>(
    data: &L,
    starts: &[[f64; N]],
) -> Result<L::Model, NotConverged> {
    minimise_from(|p| data.negative_log_likelihood(p), starts).map(|m| data.model(m.point))
}

/// [`fit`] a few evaluations of the likelihood at a time ([`Minimising`]).
pub(super) struct Fitting<L, const N: usize> {
    data: L,
    minimising: Minimising<N>,
}

impl<const N: usize, L: Likelihood<N>> Fitting<L, N> {
    /// The fit of `data` from `starts`, nothing evaluated yet.
    pub(super) fn new(data: L, starts: &[[f64; N]]) -> Fitting<L, N> {
        Fitting {
            data,
            minimising: Minimising::new(starts),
        }
    }

    /// Goes on for as many evaluations as `patterns` patterns' worth (one at least): the
    /// model once found, or why none was, or the fit to go on with.
    pub(super) fn advance(
        self,
        patterns: usize,
    ) -> ControlFlow<Result<L::Model, NotConverged>, Fitting<L, N>> {
        let Fitting { data, minimising } = self;
        let budget = patterns / data.patterns().max(1);
        match minimising.advance(|p| data.negative_log_likelihood(p), budget) {
            ControlFlow::Continue(minimising) => {
                ControlFlow::Continue(Fitting { data, minimising })
            }
            ControlFlow::Break(reached) => ControlFlow::Break(reached.map(|m| data.model(m.point))),
        }
    }
}

#[cfg(test)]
impl<const N: usize, L: Likelihood<N>> Fitting<L, N> {
    /// Goes on to the end, `patterns`' worth a stage: the model, or why none was found,
    /// and the number of stages it took.
    pub(super) fn finished(self, patterns: usize) -> (Result<L::Model, NotConverged>, usize) {
        super::to_the_end(self, |fitting| fitting.advance(patterns))
    }
}

/// BFGS from `start`, with the objective's evaluations able to stop it (`E`).
fn search<const N: usize, E>(
    mut objective: impl FnMut(&[f64; N]) -> Result<(f64, [f64; N]), E>,
    start: [f64; N],
) -> Result<Result<Minimum<N>, NotConverged>, E> {
    let mut x = start;
    let (mut fx, mut gx) = objective(&x)?;
    if !fx.is_finite() || !all_finite(&gx) {
        return Ok(Err(NotConverged::BadStart));
    }
    let mut inverse_hessian = identity::<N>();
    let mut scaled = false;
    for _ in 0..MAX_ITERATIONS {
        if max_abs(&gx) <= GRADIENT_TOLERANCE {
            return Ok(Ok(Minimum {
                point: x,
                value: fx,
            }));
        }
        let mut direction = negated(&multiply(&inverse_hessian, &gx));
        if dot(&direction, &gx) >= 0.0 {
            // The estimate lost positive definiteness to rounding: start it afresh.
            inverse_hessian = identity::<N>();
            direction = negated(&gx);
        }
        let step = match line_search(&mut objective, &x, fx, &gx, &direction)? {
            Some(step) => step,
            None if max_abs(&gx) <= STALL_TOLERANCE => {
                return Ok(Ok(Minimum {
                    point: x,
                    value: fx,
                }));
            }
            None => return Ok(Err(NotConverged::LineSearchFailed)),
        };
        let s: [f64; N] = std::array::from_fn(|i| step.x[i] - x[i]);
        let y: [f64; N] = std::array::from_fn(|i| step.g[i] - gx[i]);
        let improvement = fx - step.f;
        x = step.x;
        fx = step.f;
        gx = step.g;
        if max_abs(&x) > MAX_LOG_PARAMETER {
            return Ok(Err(NotConverged::RanAway));
        }
        if improvement <= 4.0 * f64::EPSILON * fx.abs().max(1.0) && max_abs(&gx) <= STALL_TOLERANCE
        {
            return Ok(Ok(Minimum {
                point: x,
                value: fx,
            }));
        }
        let sy = dot(&s, &y);
        if sy > 0.0 {
            if !scaled {
                // Nocedal & Wright (6.20): size the first estimate from the first step, so
                // the second step is about the right length.
                let scale = sy / dot(&y, &y);
                inverse_hessian = std::array::from_fn(|i| {
                    std::array::from_fn(|j| if i == j { scale } else { 0.0 })
                });
                scaled = true;
            }
            bfgs_update(&mut inverse_hessian, &s, &y, sy);
        }
    }
    Ok(Err(NotConverged::IterationCap))
}

/// A point the line search accepted.
struct Step<const N: usize> {
    x: [f64; N],
    f: f64,
    g: [f64; N],
}

/// A step along `direction` meeting the strong Wolfe conditions (Nocedal & Wright,
/// algorithms 3.5 and 3.6), with the point reached; `None` when none was found.
fn line_search<const N: usize, E>(
    objective: &mut impl FnMut(&[f64; N]) -> Result<(f64, [f64; N]), E>,
    x: &[f64; N],
    fx: f64,
    gx: &[f64; N],
    direction: &[f64; N],
) -> Result<Option<Step<N>>, E> {
    let slope0 = dot(gx, direction);
    let mut evaluate = |alpha: f64| {
        let point: [f64; N] = std::array::from_fn(|i| x[i] + alpha * direction[i]);
        let (f, g) = objective(&point)?;

        // A step into overflow counts as far too long, so the search shortens it.
        let f = if f.is_finite() && all_finite(&g) {
            f
        } else {
            f64::INFINITY
        };
        let slope = dot(&g, direction);
        Ok((Step { x: point, f, g }, slope))
    };
    let too_high = |alpha: f64, f: f64| f > fx + C1 * alpha * slope0;
    let flat_enough = |slope: f64| slope.abs() <= -C2 * slope0;

    // Bracketing: lengthen the step until the interval [low, high] holds an acceptable one.
    let mut low = Trial {
        alpha: 0.0,
        f: fx,
        slope: slope0,
        step: None,
    };
    let mut alpha = 1.0;
    let mut high = loop {
        let (step, slope) = evaluate(alpha)?;
        if too_high(alpha, step.f) || (low.step.is_some() && step.f >= low.f) {
            break Trial::at(alpha, step, slope);
        }
        if flat_enough(slope) {
            return Ok(Some(step));
        }
        if slope >= 0.0 {
            let high = std::mem::replace(&mut low, Trial::at(alpha, step, slope));
            break high;
        }
        low = Trial::at(alpha, step, slope);
        alpha *= 2.0;
        if alpha > 1e10 {
            return Ok(low.step);
        }
    };

    // Zoom: shrink the bracket, keeping `low` the best point with sufficient decrease.
    for _ in 0..MAX_LINE_STEPS {
        let alpha = interpolate(&low, &high);
        let (step, slope) = evaluate(alpha)?;
        if too_high(alpha, step.f) || step.f >= low.f {
            high = Trial::at(alpha, step, slope);
        } else {
            if flat_enough(slope) {
                return Ok(Some(step));
            }
            let trial = Trial::at(alpha, step, slope);
            if slope * (high.alpha - low.alpha) >= 0.0 {
                high = std::mem::replace(&mut low, trial);
            } else {
                low = trial;
            }
        }
        if (high.alpha - low.alpha).abs() <= f64::EPSILON * low.alpha.abs().max(1.0) {
            break;
        }
    }
    // The bracket shrank to nothing: keep the best point, if it lowered the objective at all.
    Ok(low.step)
}

/// A step length tried by the line search.
struct Trial<const N: usize> {
    alpha: f64,
    f: f64,
    slope: f64,
    /// The point reached (`None` for the starting point, step 0).
    step: Option<Step<N>>,
}

impl<const N: usize> Trial<N> {
    fn at(alpha: f64, step: Step<N>, slope: f64) -> Trial<N> {
        Trial {
            alpha,
            f: step.f,
            slope,
            step: Some(step),
        }
    }
}

/// The next step length inside the bracket: the minimum of the quadratic through the low
/// end's value and slope and the high end's value, kept within the bracket's middle 80 %
/// so it always shrinks (bisection when the quadratic has no minimum there).
fn interpolate<const N: usize>(low: &Trial<N>, high: &Trial<N>) -> f64 {
    let width = high.alpha - low.alpha;
    let curvature = high.f - low.f - low.slope * width;
    let fraction = if high.f.is_finite() && curvature > 0.0 {
        (-low.slope * width / (2.0 * curvature)).clamp(0.1, 0.9)
    } else {
        0.5
    };
    low.alpha + fraction * width
}

/// The BFGS update of an inverse-Hessian estimate after step `s` changed the gradient by
/// `y` (Nocedal & Wright 6.17), with `sy` = s·y > 0.
fn bfgs_update<const N: usize>(h: &mut [[f64; N]; N], s: &[f64; N], y: &[f64; N], sy: f64) {
    let rho = 1.0 / sy;
    let hy = multiply(h, y);
    let yhy = dot(y, &hy);
    for i in 0..N {
        for j in 0..N {
            h[i][j] += rho * ((1.0 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
        }
    }
}

fn identity<const N: usize>() -> [[f64; N]; N] {
    std::array::from_fn(|i| std::array::from_fn(|j| if i == j { 1.0 } else { 0.0 }))
}

fn multiply<const N: usize>(m: &[[f64; N]; N], v: &[f64; N]) -> [f64; N] {
    std::array::from_fn(|i| dot(&m[i], v))
}

fn dot<const N: usize>(u: &[f64; N], v: &[f64; N]) -> f64 {
    u.iter().zip(v).map(|(a, b)| a * b).sum()
}

fn negated<const N: usize>(v: &[f64; N]) -> [f64; N] {
    v.map(|e| -e)
}

fn max_abs<const N: usize>(v: &[f64; N]) -> f64 {
    v.iter().fold(0.0, |m, e| m.max(e.abs()))
}

fn all_finite<const N: usize>(v: &[f64; N]) -> bool {
    v.iter().all(|e| e.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rosenbrock's banana: a curved valley with its minimum 0 at (1, 1).
    fn rosenbrock(p: &[f64; 2]) -> (f64, [f64; 2]) {
        let (x, y) = (p[0], p[1]);
        let f = (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2);
        let g = [
            -2.0 * (1.0 - x) - 400.0 * x * (y - x * x),
            200.0 * (y - x * x),
        ];
        (f, g)
    }

    #[test]
    fn finds_the_bottom_of_a_curved_valley() {
        let m = minimise(rosenbrock, [-1.2, 1.0]).unwrap();
        assert!((m.point[0] - 1.0).abs() < 1e-8, "{:?}", m.point);
        assert!((m.point[1] - 1.0).abs() < 1e-8, "{:?}", m.point);
        assert!(m.value < 1e-16);
    }

    /// [`minimise_from`] made one evaluation at a time, and again with a first start that
    /// fails: the same minimum to the bit, after as many stages as evaluations.
    #[test]
    fn a_minimisation_in_stages_reaches_the_same_minimum() {
        let in_stages = |starts: &[[f64; 2]], budget: usize| {
            let mut evaluations = 0usize;
            let mut counted = |p: &[f64; 2]| {
                evaluations += 1;
                rosenbrock(p)
            };
            let (mut minimising, mut stages) = (Minimising::new(starts), 1);
            let minimum = loop {
                match minimising.advance(&mut counted, budget) {
                    ControlFlow::Continue(rest) => minimising = rest,
                    ControlFlow::Break(minimum) => break minimum,
                }
                stages += 1;
            };
            (minimum, evaluations, stages)
        };
        let in_one_go = minimise_from(rosenbrock, &[[-1.2, 1.0]]);
        assert!(in_one_go.is_ok());
        let (minimum, evaluations, stages) = in_stages(&[[-1.2, 1.0]], 1);
        assert_eq!(minimum, in_one_go);
        assert!(evaluations > 30, "{evaluations}");
        assert_eq!(stages, evaluations);
        let (minimum, _, stages) = in_stages(&[[-1.2, 1.0]], 7);
        assert_eq!(minimum, in_one_go);
        assert_eq!(stages, evaluations.div_ceil(7));
        // A start where the objective is undefined fails at once; the next one goes on.
        let starts = [[f64::NAN, 0.0], [-1.2, 1.0]];
        assert_eq!(in_stages(&starts, 1).0, in_one_go);
        assert_eq!(minimise_from(rosenbrock, &starts), in_one_go);
        assert_eq!(
            in_stages(&[[f64::NAN, 0.0]], 1).0,
            Err(NotConverged::BadStart)
        );
    }

    #[test]
    fn a_parameter_running_to_infinity_is_reported() {
        // -x has no minimum: x runs off.
        let downhill = |p: &[f64; 1]| (-p[0], [-1.0]);
        assert_eq!(minimise(downhill, [0.0]), Err(NotConverged::RanAway));
    }

    #[test]
    fn an_objective_undefined_at_the_start_is_reported() {
        let undefined = |_: &[f64; 1]| (f64::NAN, [0.0]);
        assert_eq!(minimise(undefined, [0.0]), Err(NotConverged::BadStart));
    }

    #[test]
    fn steps_into_overflow_are_shortened() {
        // Finite only for x < 3; the first full step from 0 lands beyond it.
        let walled = |p: &[f64; 1]| {
            let x = p[0];
            if x >= 3.0 {
                (f64::INFINITY, [f64::NAN])
            } else {
                (
                    (x - 2.0).powi(2) - (3.0 - x).ln(),
                    [2.0 * (x - 2.0) + 1.0 / (3.0 - x)],
                )
            }
        };
        let m = minimise(walled, [-20.0]).unwrap();
        // 2(x - 2) + 1/(3 - x) = 0 → 2x² - 10x + 11 = 0 → x = (5 - √3)/2.
        assert!((m.point[0] - (5.0 - 3f64.sqrt()) / 2.0).abs() < 1e-9);
    }
}
