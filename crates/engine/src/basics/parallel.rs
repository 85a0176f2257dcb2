//! Work split over the processor's cores, where the platform has threads.
//!
//! Natively (the command line, the tests) each part runs on its own thread; in the
//! browser, where a WebAssembly module has one thread, the parts run one after the other.
//! Callers split work the same way either way, so a result never depends on how many
//! cores did it.
//!
//! ```
//! use segmenter_engine::basics::parallel::map_parts;
//! let sums = map_parts(vec![1..4, 4..7], |range| range.sum::<u32>());
//! assert_eq!(sums, vec![6, 15]);
//! ```

/// How many parts are worth making: the cores available natively, 1 in the browser.
pub fn threads() -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }
    #[cfg(target_arch = "wasm32")]
    {
        1
    }
}

/// `work` applied to every part, the parts shared out over the cores where there are
/// threads (a core that finishes a part takes the next one); the answers in the parts'
/// order. Parts may be pieces of one job or different jobs (boxed closures).
pub fn map_parts<P: Send, R: Send>(parts: Vec<P>, work: impl Fn(P) -> R + Sync) -> Vec<R> {
    let workers = threads().min(parts.len());
    if workers < 2 {
        return parts.into_iter().map(work).collect();
    }
    run_on_threads(parts, &work, workers)
}

#[cfg(not(target_arch = "wasm32"))]
fn run_on_threads<P: Send, R: Send>(
    parts: Vec<P>,
    work: &(impl Fn(P) -> R + Sync),
    workers: usize,
) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    // A lock per part and per answer, each taken once: no part waits on another's.
    let parts: Vec<Mutex<Option<P>>> = parts.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let answers: Vec<Mutex<Option<R>>> = parts.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let take = |i: usize| parts[i].lock().unwrap_or_else(|e| e.into_inner()).take();
    std::thread::scope(|scope| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(part) = (i < parts.len()).then(|| take(i)).flatten() else {
                        break;
                    };
                    let answer = work(part);
                    *answers[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(answer);
                })
            })
            .collect();
        for worker in running {
            // A part that panicked is a defect; pass the panic on rather than lose it.
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    answers
        .into_iter()
        .filter_map(|a| a.into_inner().unwrap_or_else(|e| e.into_inner()))
        .collect()
}

#[cfg(target_arch = "wasm32")]
fn run_on_threads<P: Send, R: Send>(
    parts: Vec<P>,
    work: &(impl Fn(P) -> R + Sync),
    _workers: usize,
) -> Vec<R> {
    parts.into_iter().map(work).collect()
}

/// `work` applied to every part as [`map_parts`] does, each answer handed to `take` on the
/// calling thread in the parts' order as soon as it and those before it are done, so the
/// first answers can be used (written out, say) while later parts are still at work.
pub fn for_parts_in_order<P: Send, R: Send>(
    parts: Vec<P>,
    work: impl Fn(P) -> R + Sync,
    mut take: impl FnMut(R),
) {
    let workers = threads().min(parts.len());
    if workers < 2 {
        return parts.into_iter().map(work).for_each(take);
    }
    in_order_on_threads(parts, &work, &mut take, workers);
}

#[cfg(not(target_arch = "wasm32"))]
fn in_order_on_threads<P: Send, R: Send>(
    parts: Vec<P>,
    work: &(impl Fn(P) -> R + Sync),
    take: &mut impl FnMut(R),
    workers: usize,
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Mutex};
    let count = parts.len();
    let parts: Vec<Mutex<Option<P>>> = parts.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let next = AtomicUsize::new(0);
    let (done, answers) = mpsc::channel();
    std::thread::scope(|scope| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                let done = done.clone();
                let (parts, next) = (&parts, &next);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(part) = parts
                        .get(i)
                        .and_then(|p| p.lock().unwrap_or_else(|e| e.into_inner()).take())
                    else {
                        break;
                    };
                    if done.send((i, work(part))).is_err() {
                        break;
                    }
                })
            })
            .collect();
        drop(done);
        // Answers that came before their turn wait here.
        let mut early: Vec<Option<R>> = (0..count).map(|_| None).collect();
        let mut turn = 0;
        for (i, answer) in answers.iter() {
            early[i] = Some(answer);
            while let Some(answer) = early.get_mut(turn).and_then(Option::take) {
                take(answer);
                turn += 1;
            }
        }
        for worker in running {
            // A part that panicked is a defect; pass the panic on rather than lose it.
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn in_order_on_threads<P: Send, R: Send>(
    parts: Vec<P>,
    work: &(impl Fn(P) -> R + Sync),
    take: &mut impl FnMut(R),
    _workers: usize,
) {
    parts.into_iter().map(work).for_each(take);
}

/// `a` and `b` run at once where there are threads (one after the other in the browser);
/// both answers.
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if threads() > 1 {
        return std::thread::scope(|scope| {
            let other = scope.spawn(b);
            let a = a();
            // A job that panicked is a defect; pass the panic on rather than lose it.
            let b = other
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (a, b)
        });
    }
    (a(), b())
}

/// A job for [`map_parts`] among jobs of different kinds.
pub type Job<'a, R> = Box<dyn FnOnce() -> R + Send + 'a>;

/// `0..len` cut into `parts` ranges of nearly equal length, in order (fewer when `len` is
/// smaller).
pub fn ranges(len: usize, parts: usize) -> Vec<std::ops::Range<usize>> {
    let parts = parts.clamp(1, len.max(1));
    (0..parts)
        .map(|i| len * i / parts..len * (i + 1) / parts)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_cover_everything_in_order() {
        assert_eq!(ranges(10, 3), vec![0..3, 3..6, 6..10]);
        assert_eq!(ranges(2, 4), vec![0..1, 1..2]);
        assert_eq!(ranges(0, 2), vec![0..0]);
    }

    #[test]
    fn answers_keep_the_parts_order() {
        let parts: Vec<usize> = (0..16).collect();
        let doubled: Vec<usize> = parts.iter().map(|p| p * 2).collect();
        assert_eq!(map_parts(parts, |p| p * 2), doubled);
        let jobs: Vec<Job<'_, String>> = vec![Box::new(|| "a".into()), Box::new(|| "b".repeat(2))];
        assert_eq!(map_parts(jobs, |job| job()), ["a", "bb"]);
        assert_eq!(join(|| 1, || "two"), (1, "two"));
    }

    #[test]
    fn answers_are_taken_in_the_parts_order() {
        let mut taken = Vec::new();
        // Early parts take longest, so later ones finish first.
        for_parts_in_order(
            (0..32u64).collect(),
            |p| {
                std::thread::sleep(std::time::Duration::from_millis(32 - p));
                p * 2
            },
            |answer| taken.push(answer),
        );
        assert_eq!(taken, (0..32).map(|p| p * 2).collect::<Vec<_>>());
    }
}
