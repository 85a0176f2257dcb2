//! Segments a CSV file from the command line and prints each step's time and the memory
//! taken at the most by its end (the profile the page prints with `?profile`: the analysis
//! and the prediction the page asks for once the segments are on show), then the time of each switch of scheme the browser
//! benchmark makes (the answer by step, and its encoding for the page), and *Top customers*
//! and a cross-tab beside spend tiers: the engine exactly as the Web Worker runs it,
//! natively.
//!
//! `cargo run --profile bench -p segmenter-engine --example segment -- orders.csv`

use segmenter_engine::basics::profile::{by_step, lap, take_laps, time_with, Lap, Step};
use segmenter_engine::features::Period;
use segmenter_engine::reading::{check_size, Finished, ReadOptions, TableReader};
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::session::{AnalyzeOptions, Answer, PredictOptions, Request, Session};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::OnceLock;
use std::time::Instant;

/// The system's allocator, counting the bytes held and their high-water mark: natively what
/// the WebAssembly memory's size shows in the browser.
struct Counting;

static HELD: AtomicU64 = AtomicU64::new(0);
static PEAK: AtomicU64 = AtomicU64::new(0);

fn taken(bytes: usize) {
    let held = HELD.fetch_add(bytes as u64, Relaxed) + bytes as u64;
    PEAK.fetch_max(held, Relaxed);
}

fn given_back(bytes: usize) {
    HELD.fetch_sub(bytes as u64, Relaxed);
}

// SAFETY: every call goes to the system's allocator unchanged; the counts only add up sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            taken(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            taken(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        given_back(layout.size());
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let moved = System.realloc(p, layout, size);
        if !moved.is_null() {
            taken(size);
            given_back(layout.size());
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes held at the most so far.
fn peak() -> u64 {
    PEAK.load(Relaxed)
}

/// Milliseconds since the program started.
fn clock() -> f64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1e3
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: segment FILE.csv");
        std::process::exit(2);
    };
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if let Err(e) = check_size(size) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    time_with(clock, peak);
    // Slices of 8 MB, as the worker reads them.
    let mut reader = TableReader::new(ReadOptions::default());
    let mut buf = vec![0u8; 8 << 20];
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        if let Err(e) = reader.push(&buf[..n]) {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    let table = match reader.finish() {
        Ok(Finished::Table(t)) => t,
        Ok(Finished::ReadAgain(_)) => {
            eprintln!("the file needs a second read with fixed conventions; not shown here");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    lap(Step::Read);
    let mut session = Session::new();
    let overview = session.load(&path, table);
    let response = session.handle(Request::Analyze(AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    }));
    let laps = take_laps();
    match response {
        Ok(Answer::Analyzed(view)) => {
            println!(
                "{} rows, {} customers, {} orders",
                overview.rows, view.customers, view.orders
            );
            for s in &view.scheme.segments {
                println!(
                    "{:<22} {:>8} {:>6.1}% {:>14.2} {:>6.1}%",
                    s.name,
                    s.customers,
                    s.customer_share * 100.0,
                    s.revenue,
                    s.revenue_share * 100.0
                );
            }
        }
        other => println!("{other:?}"),
    }
    let line = |name: &str, ms: f64, memory: u64| {
        println!("{name:<40}{ms:>9.1} ms{:>8} MB", memory >> 20);
    };
    for lap in by_step(&laps) {
        line(lap.step.name(), lap.ms, lap.memory);
    }
    let total: f64 = laps.iter().map(|l| l.ms).sum();
    line(
        "in all",
        total,
        laps.iter().map(|l| l.memory).max().unwrap_or(0),
    );
    // The page asks for the prediction once the segments are on show; its answer also has
    // the segments on show summarised again with the predicted figures.
    match session.handle(Request::Predict(PredictOptions::default())) {
        Ok(_) => {
            let laps = take_laps();
            let (predict, again): (Vec<Lap>, Vec<Lap>) =
                laps.into_iter().partition(|l| l.step == Step::Predict);
            for lap in predict {
                line(lap.step.name(), lap.ms, lap.memory);
            }
            let again: Vec<String> = by_step(&again)
                .iter()
                .map(|l| format!("{} {:.1} ms {} MB", l.step.name(), l.ms, l.memory >> 20))
                .collect();
            println!("then the segments again: {}", again.join(", "));
        }
        Err(e) => println!("no prediction: {e}"),
    }
    // Switching scheme, as the picker does: the engine's answer, then its encoding for the
    // page (the worker posts it as postcard bytes).
    for choice in [
        SchemeChoice::Preset(Preset::Loyalty),
        SchemeChoice::Preset(Preset::Repeat),
        SchemeChoice::Preset(Preset::Rfm { points: 5 }),
    ] {
        let asked = Instant::now();
        let answer = session.handle(Request::Segment(choice));
        let answered = asked.elapsed();
        let bytes =
            postcard::to_allocvec(&answer.map_err(|e| e.to_string())).map_or(0, |b| b.len());
        let steps = by_step(&take_laps());
        let steps: Vec<String> = steps
            .iter()
            .map(|l| format!("{} {:.1} ms {} MB", l.step.name(), l.ms, l.memory >> 20))
            .collect();
        println!(
            "switch: answer {:.1} ms ({}), encoded {:.1} ms ({bytes} bytes)",
            answered.as_secs_f64() * 1e3,
            steps.join(", "),
            (asked.elapsed() - answered).as_secs_f64() * 1e3
        );
    }
    // Top customers as the tab ranks them, with spend tiers over the last 365 days on show:
    // over those days, over them again (each analysis asks again), then over 730 days.
    let (year, two_years) = (Period::Last { days: 365 }, Period::Last { days: 730 });
    let tiers = SchemeChoice::Preset(Preset::ValueTiers { period: year });
    if session.handle(Request::Segment(tiers)).is_ok() {
        take_laps();
        for (what, period) in [
            ("their days", year),
            ("them again", year),
            ("730 days", two_years),
        ] {
            let asked = Instant::now();
            let answer = session.handle(Request::Value(Some(period)));
            take_laps();
            let remade = matches!(answer, Ok(Answer::Value(_, Some(_))));
            println!(
                "top customers beside tiers, over {what}: {:.1} ms{}",
                asked.elapsed().as_secs_f64() * 1e3,
                if remade {
                    " (the tiers made again)"
                } else {
                    ""
                }
            );
        }
        // Crossed with tiers over the last 30 days, whose spend is made beside the rows'
        // own over 365 days, which they read again next.
        let cross = SchemeChoice::Preset(Preset::ValueTiers {
            period: Period::Last { days: 30 },
        });
        let asked = Instant::now();
        let crossed = session.handle(Request::Crosstab(cross)).is_ok();
        take_laps();
        println!(
            "cross-tab with tiers over another period: {:.1} ms{}",
            asked.elapsed().as_secs_f64() * 1e3,
            if crossed { "" } else { " (failed)" }
        );
    }
}
