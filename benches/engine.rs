//! Native benchmarks of the engine on files from the shared generator: reading, the whole
//! analysis, and re-running a scheme over computed features (what editing a scheme costs).
//!
//! `cargo bench --no-default-features --bench engine` (scripts/bench makes the files);
//! the data directory is `SEGMENTER_BENCH_DATA`, default `target/bench-data`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use segmenter::engine::features::compute_features;
use segmenter::engine::features::default_reference;
use segmenter::engine::read::{read_table, ReadOptions};
use segmenter::engine::rfm::{score_customers, standard_segments, RfmOptions};
use segmenter::engine::roles::propose_mapping;
use segmenter::engine::scheme::assign;
use segmenter::engine::session::{AnalyzeOptions, Request, Session};
use segmenter::engine::shop::bind;
use std::path::PathBuf;
use std::time::Duration;

fn data(rows: usize) -> Option<Vec<u8>> {
    let dir = std::env::var("SEGMENTER_BENCH_DATA").unwrap_or_else(|_| "target/bench-data".into());
    let path = PathBuf::from(dir).join(format!("orders-{rows}.csv"));
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            eprintln!(
                "skipping {rows} rows: {} not found (run scripts/bench)",
                path.display()
            );
            None
        }
    }
}

fn engine(c: &mut Criterion) {
    for rows in [100_000, 1_000_000] {
        let Some(bytes) = data(rows) else { continue };
        let mut group = c.benchmark_group(format!("{rows} rows"));
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(20));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("read", |b| {
            b.iter(|| read_table(&bytes, &ReadOptions::default()).expect("readable"))
        });
        let table = read_table(&bytes, &ReadOptions::default()).expect("readable");
        let mapping = propose_mapping(&table);
        group.bench_function("bind roles", |b| {
            b.iter(|| bind(&table, &mapping).expect("bound"))
        });
        group.bench_function(
            "analyse (bind, features, scores, segments, campaigns)",
            |b| {
                b.iter_batched(
                    || {
                        let mut session = Session::new();
                        session.load("bench.csv", table.clone());
                        session
                    },
                    |mut session| {
                        session.handle(Request::Analyze(AnalyzeOptions {
                            mapping: mapping.clone(),
                            ..AnalyzeOptions::default()
                        }))
                    },
                    BatchSize::LargeInput,
                )
            },
        );
        let shop = bind(&table, &mapping).expect("bound");
        let mut features = compute_features(&shop, default_reference(&shop).expect("orders"));
        score_customers(&mut features, &RfmOptions::default());
        let scheme = standard_segments();
        group.throughput(Throughput::Elements(features.len as u64));
        group.bench_function("re-run the RFM scheme over every customer", |b| {
            b.iter(|| assign(&scheme, &features).expect("assigned"))
        });
        group.finish();
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
