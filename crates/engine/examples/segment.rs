//! Segments a CSV file from the command line and prints each stage's time, then the time to
//! switch to another scheme and back (the answer, and its encoding for the page): the engine
//! exactly as the Web Worker runs it, natively.
//!
//! `cargo run --profile bench --no-default-features --example segment -- orders.csv`

use segmenter_engine::reading::{check_size, Finished, ReadOptions, TableReader};
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::{GeoLevel, Preset};
use segmenter_engine::session::{AnalyzeOptions, Answer, Request, Session};
use std::io::Read;
use std::time::Instant;

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
    let start = Instant::now();
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
    let read = start.elapsed();
    let mut session = Session::new();
    let overview = session.load(&path, table);
    let mapped = start.elapsed();
    let response = session.handle(Request::Analyze(AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    }));
    let analyzed = start.elapsed();
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
    println!(
        "read {:.0} ms, mapping {:.0} ms, analysis {:.0} ms, total {:.0} ms",
        read.as_secs_f64() * 1e3,
        (mapped - read).as_secs_f64() * 1e3,
        (analyzed - mapped).as_secs_f64() * 1e3,
        analyzed.as_secs_f64() * 1e3
    );
    // Switching scheme, as the picker does: the engine's answer, then its encoding for the
    // page (the worker posts it as postcard bytes).
    for choice in [
        SchemeChoice::Preset(Preset::Geography {
            level: GeoLevel::Country,
            prefix: 0,
            top: 10,
        }),
        SchemeChoice::Preset(Preset::Rfm { points: 5 }),
    ] {
        let asked = Instant::now();
        let answer = session.handle(Request::Segment(choice));
        let answered = asked.elapsed();
        let bytes =
            postcard::to_allocvec(&answer.map_err(|e| e.to_string())).map_or(0, |b| b.len());
        println!(
            "switch: answer {:.1} ms, encoded {:.1} ms ({bytes} bytes)",
            answered.as_secs_f64() * 1e3,
            (asked.elapsed() - answered).as_secs_f64() * 1e3
        );
    }
}
