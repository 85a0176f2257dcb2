//! Where the engine's time and memory go: each step of its work marks its end with
//! [`lap`], timed by a clock and gauged by a memory gauge the host installs with
//! [`time_with`] (`performance.now()` and the WebAssembly memory's size in the browser's
//! worker, an `Instant` and the allocator's high-water mark natively), and the host takes
//! the laps with [`take_laps`] to print a profile. Until a clock is installed a mark costs
//! a thread-local lookup and records nothing, so the steps stay marked in every build.
//!
//! Laps are kept per thread: a session's steps run on the thread that asked (work shared
//! out over the cores inside a step counts as that step), and tests on other threads do not
//! mix in theirs.
//!
//! ```
//! use segmenter_engine::basics::profile::{lap, take_laps, time_with, Step};
//! fn clock() -> f64 { 5.0 }
//! fn memory() -> u64 { 64 << 20 }
//! lap(Step::Read); // no clock yet: nothing is recorded
//! time_with(clock, memory);
//! lap(Step::Read);
//! assert_eq!(take_laps()[0].memory, 64 << 20);
//! assert!(take_laps().is_empty());
//! ```

use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Milliseconds since some fixed moment.
pub type Clock = fn() -> f64;

/// Bytes of memory taken at the most so far: what a step that pushes it up needs on top of
/// what was held before it. (WebAssembly memory never shrinks, so in the browser its size is
/// this high-water mark.)
pub type Gauge = fn() -> u64;

/// A step of the engine's work, from the file's bytes to the answer on its way to the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The file read into typed columns (in the browser, with the part readers' parts
    /// joined), or another export of the shop to compare it with.
    Read,
    /// The columns described and their roles proposed.
    Overview,
    /// The texts of columns that follow the customer (e-mails) stored once each, before a
    /// big file's first analysis binds the rows.
    StoreOnce,
    /// Rows bound to customers and orders.
    Bind,
    /// Each customer's latest row and details (country, city, e-mail, products) gathered
    /// from their rows.
    Gather,
    /// Every order's figures for the features (natively computed on another core while the
    /// details are gathered: only what was left after them counts here).
    OrderFeatures,
    /// The customers' details set as features.
    Details,
    /// Recency, frequency and monetary scores.
    Scores,
    /// The shop's currency and the baseline campaigns are compared with.
    Baseline,
    /// The scheme built and every customer put in a segment by its rules.
    Assign,
    /// Each segment's figures, the pairs bought together and the features' descriptions.
    Figures,
    /// The rest of what the page shows of a scheme: campaigns, grid, explanation.
    View,
    /// Who will buy again and what they are worth: the models fitted and checked, every
    /// customer's figures predicted (asked for once the segments are on show).
    Predict,
    /// The rest of the request, which no step above names (a migration, an export).
    Rest,
    /// The answer encoded and posted to the page.
    Post,
}

impl Step {
    /// The step's name in a printed profile.
    pub fn name(self) -> &'static str {
        match self {
            Step::Read => "read the file",
            Step::Overview => "describe the columns",
            Step::StoreOnce => "store repeated texts once",
            Step::Bind => "bind rows to customers and orders",
            Step::Gather => "gather customers' details",
            Step::OrderFeatures => "orders' features",
            Step::Details => "details as features",
            Step::Scores => "RFM scores",
            Step::Baseline => "currency and baseline",
            Step::Assign => "assign segments",
            Step::Figures => "segments' figures",
            Step::View => "campaigns and the rest of the view",
            Step::Predict => "predict purchases and value",
            Step::Rest => "the rest of the request",
            Step::Post => "encode and post the answer",
        }
    }
}

/// A step, how long it took and the memory taken at the most by its end.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lap {
    /// What was done.
    pub step: Step,
    /// In milliseconds.
    pub ms: f64,
    /// Bytes of memory taken at the most since the clock was installed, at the step's end.
    pub memory: u64,
}

struct Stopwatch {
    clock: Clock,
    memory: Gauge,
    /// When the step under way started.
    since: f64,
    laps: Vec<Lap>,
}

thread_local! {
    static STOPWATCH: RefCell<Option<Stopwatch>> = const { RefCell::new(None) };
}

/// Times this thread's steps with `clock` and gauges their memory with `memory` from now on
/// (again from now, if they already were).
pub fn time_with(clock: Clock, memory: Gauge) {
    STOPWATCH.with_borrow_mut(|s| {
        let laps = s.take().map(|s| s.laps).unwrap_or_default();
        *s = Some(Stopwatch {
            clock,
            memory,
            since: clock(),
            laps,
        })
    });
}

/// Whether this thread's steps are timed.
pub fn timing() -> bool {
    STOPWATCH.with_borrow(Option::is_some)
}

/// Starts the next step now: the time since the last mark was spent on no step (waiting
/// for the page's next request).
pub fn restart() {
    STOPWATCH.with_borrow_mut(|s| {
        if let Some(s) = s {
            s.since = (s.clock)();
        }
    });
}

/// Marks the end of `step`, which started at the last mark.
pub fn lap(step: Step) {
    STOPWATCH.with_borrow_mut(|s| {
        if let Some(s) = s {
            let now = (s.clock)();
            s.laps.push(Lap {
                step,
                ms: now - s.since,
                memory: (s.memory)(),
            });
            s.since = now;
        }
    });
}

/// Runs `work` with none of its steps timed: work no one asked for (the worker's rehearsal
/// on the sample shop) stays out of the profile of the work that was.
pub fn untimed<T>(work: impl FnOnce() -> T) -> T {
    let stopwatch = STOPWATCH.take();
    let done = work();
    STOPWATCH.set(stopwatch);
    done
}

/// Runs `work` with the laps it marks kept in `laps` rather than among the others: work
/// done a stage at a time between other requests (the prediction) keeps its laps out of
/// their profiles until it ends, then hands them over with [`record`].
///
/// ```
/// use segmenter_engine::basics::profile::{apart, lap, record, take_laps, time_with, Step};
/// time_with(|| 0.0, || 0);
/// let mut stages = Vec::new();
/// apart(&mut stages, || lap(Step::Predict));
/// lap(Step::Assign);
/// apart(&mut stages, || lap(Step::Predict));
/// assert_eq!(take_laps().len(), 1);
/// record(stages);
/// let recorded = take_laps();
/// assert_eq!((recorded.len(), recorded[0].step), (1, Step::Predict));
/// ```
pub fn apart<T>(laps: &mut Vec<Lap>, work: impl FnOnce() -> T) -> T {
    let swap = |laps: &mut Vec<Lap>| {
        STOPWATCH.with_borrow_mut(|s| {
            if let Some(s) = s {
                std::mem::swap(&mut s.laps, laps);
            }
        })
    };
    swap(laps);
    let done = work();
    swap(laps);
    done
}

/// Adds laps kept [`apart`] to those marked so far, a step's laps in a row as one lap (the
/// time added up, the memory at the end of the last), as if the work had been done in one
/// go.
pub fn record(laps: Vec<Lap>) {
    let mut runs: Vec<Lap> = Vec::new();
    for lap in laps {
        match runs.last_mut() {
            Some(run) if run.step == lap.step => {
                run.ms += lap.ms;
                run.memory = lap.memory;
            }
            _ => runs.push(lap),
        }
    }
    STOPWATCH.with_borrow_mut(|s| {
        if let Some(s) = s {
            s.laps.extend(runs);
        }
    });
}

/// The laps marked since the last call, in order (a step done twice is there twice).
pub fn take_laps() -> Vec<Lap> {
    STOPWATCH
        .with_borrow_mut(|s| s.as_mut().map(|s| std::mem::take(&mut s.laps)))
        .unwrap_or_default()
}

/// The time of each step, in the order the steps were first done: a step done twice (the
/// file read again with settled conventions) has its laps added up. Its memory is the one
/// at the end of its first lap, so that the memory read down the steps is the memory as it
/// grew: what a later lap took shows in the steps after the first.
pub fn by_step(laps: &[Lap]) -> Vec<Lap> {
    let mut steps: Vec<Lap> = Vec::new();
    for lap in laps {
        match steps.iter_mut().find(|s| s.step == lap.step) {
            Some(step) => step.ms += lap.ms,
            None => steps.push(*lap),
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static NOW: Cell<f64> = const { Cell::new(0.0) };
        static PEAK: Cell<u64> = const { Cell::new(0) };
    }

    fn fake_clock() -> f64 {
        NOW.get()
    }

    fn fake_gauge() -> u64 {
        PEAK.get()
    }

    fn advance(ms: f64, bytes: u64) {
        NOW.set(NOW.get() + ms);
        PEAK.set(PEAK.get() + bytes);
    }

    #[test]
    fn laps_are_the_time_between_marks_not_counting_restarts() {
        lap(Step::Read);
        assert!(!timing());
        time_with(fake_clock, fake_gauge);
        advance(30.0, 100);
        lap(Step::Read);
        advance(7.0, 0);
        lap(Step::Overview);
        // Idle until the next request.
        advance(1000.0, 0);
        restart();
        advance(12.5, 20);
        lap(Step::Bind);
        let laps = take_laps();
        let steps: Vec<_> = laps.iter().map(|l| (l.step, l.ms, l.memory)).collect();
        assert_eq!(
            steps,
            [
                (Step::Read, 30.0, 100),
                (Step::Overview, 7.0, 100),
                (Step::Bind, 12.5, 120)
            ]
        );
        assert!(take_laps().is_empty());
    }

    #[test]
    fn untimed_work_leaves_no_lap_and_keeps_the_ones_before() {
        time_with(fake_clock, fake_gauge);
        advance(4.0, 0);
        lap(Step::Read);
        let answer = untimed(|| {
            advance(50.0, 0);
            lap(Step::Bind);
            timing()
        });
        assert!(!answer, "no step is timed inside");
        assert!(timing(), "the clock is back after it");
        let steps: Vec<_> = take_laps().iter().map(|l| (l.step, l.ms)).collect();
        assert_eq!(steps, [(Step::Read, 4.0)]);
    }

    #[test]
    fn a_step_done_twice_is_added_up_in_its_first_place() {
        let lap = |step, ms, memory| Lap { step, ms, memory };
        let laps = [
            lap(Step::Read, 10.0, 50),
            lap(Step::Overview, 1.0, 60),
            lap(Step::Read, 5.0, 70),
        ];
        assert_eq!(
            by_step(&laps),
            [lap(Step::Read, 15.0, 50), lap(Step::Overview, 1.0, 60)]
        );
    }
}
