//! Native benchmarks of the engine on files from the shared generator: reading, the whole
//! analysis, and the workbench over 200,000 customers: re-running a scheme (what editing a
//! scheme costs), the full segment view, and k-means clustering.
//!
//! `cargo bench --no-default-features --bench engine` (scripts/bench makes the files);
//! the data directory is `SEGMENTER_BENCH_DATA`, default `target/bench-data`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use segmenter_engine::basics::money::Currency;
use segmenter_engine::features::{
    compute_features, default_reference, ids, FeatureData, FeatureTable,
};
use segmenter_engine::insight::segments::{counts_and_revenue, summarize};
use segmenter_engine::reading::{read_table, ReadOptions};
use segmenter_engine::roles::propose_mapping;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::clustering::{cluster, ClusterOptions};
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::segmentation::rfm::{score_customers, standard_segments, RfmOptions};
use segmenter_engine::segmentation::scheme::{assign, Condition, Rule, Scheme};
use segmenter_engine::session::{AnalyzeOptions, Request, Session};
use segmenter_engine::shop::{bind, Categories};
use std::path::PathBuf;
use std::sync::Arc;
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

/// The value, or `None` after saying why this part of the benchmark is skipped.
fn or_skip<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> Option<T> {
    result.map_err(|e| eprintln!("skipping {what}: {e}")).ok()
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
            b.iter(|| read_table(&bytes, &ReadOptions::default()))
        });
        let Some(table) = or_skip(read_table(&bytes, &ReadOptions::default()), "the file") else {
            continue;
        };
        let mapping = propose_mapping(&table);
        group.bench_function("bind roles", |b| b.iter(|| bind(&table, &mapping)));
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
        let mut session = Session::new();
        session.load("bench.csv", table.clone());
        let analysed = session.handle(Request::Analyze(AnalyzeOptions {
            mapping: mapping.clone(),
            ..AnalyzeOptions::default()
        }));
        if or_skip(analysed, "switching schemes").is_some() {
            let schemes = [Preset::Rfm { points: 5 }, Preset::Loyalty];
            group.bench_function("switch scheme (the page's whole Segment request)", |b| {
                let mut turn = 0;
                b.iter(|| {
                    turn += 1;
                    let preset = schemes[turn % schemes.len()].clone();
                    session.handle(Request::Segment(SchemeChoice::Preset(preset)))
                })
            });
        }
        group.finish();
    }
    workbench(c);
}

/// The 1M-row shop's customers, their features repeated to exactly 200,000 customers.
fn customers_200k() -> Option<FeatureTable> {
    const CUSTOMERS: usize = 200_000;
    let bytes = data(1_000_000)?;
    let table = or_skip(read_table(&bytes, &ReadOptions::default()), "the workbench")?;
    let shop = or_skip(bind(&table, &propose_mapping(&table)), "the workbench")?;
    let mut features = compute_features(&shop, default_reference(&shop)?);
    let grow = |v: &[f64]| {
        v.iter()
            .cycle()
            .take(CUSTOMERS)
            .copied()
            .collect::<Vec<f64>>()
    };
    for f in &mut features.features {
        f.data = match &f.data {
            FeatureData::Number(v) => FeatureData::Number(grow(v)),
            FeatureData::Date(v) => FeatureData::Date(grow(v)),
            FeatureData::Category(cats) => FeatureData::Category(Arc::new(Categories {
                codes: cats.codes.iter().cycle().take(CUSTOMERS).copied().collect(),
                labels: cats.labels.clone(),
            })),
        };
    }
    features.len = CUSTOMERS;
    score_customers(&mut features, &RfmOptions::default());
    Some(features)
}

fn workbench(c: &mut Criterion) {
    let Some(features) = customers_200k() else {
        return;
    };
    let mut group = c.benchmark_group("200,000 customers");
    group.sample_size(20);
    group.throughput(Throughput::Elements(features.len as u64));
    let rfm = standard_segments(segmenter_words::Language::English);
    group.bench_function("re-run the RFM scheme", |b| {
        b.iter(|| assign(&rfm, &features))
    });
    let custom = Scheme {
        name: "Two rules".into(),
        rules: vec![
            Rule {
                segment: "Recent big spenders in Germany".into(),
                when: Condition::all(vec![
                    Condition::between(ids::RECENCY, None, Some(90.0)),
                    Condition::between(ids::MONETARY, Some(500.0), None),
                    Condition::is_in("country", &["DE"]),
                ]),
            },
            Rule {
                segment: "Lapsed repeat buyers".into(),
                when: Condition::Any(vec![
                    Condition::between(ids::OVERDUE, Some(2.0), None),
                    Condition::between(ids::FREQUENCY, Some(3.0), None),
                ]),
            },
        ],
        otherwise: "Other".into(),
        period: None,
    };
    group.bench_function("live counts of a two-rule custom scheme (preview)", |b| {
        b.iter(|| assign(&custom, &features).map(|a| counts_and_revenue(&a, &features)))
    });
    group.bench_function(
        "segment view of the RFM scheme (assign + figures per segment)",
        |b| b.iter(|| assign(&rfm, &features).map(|a| summarize(&a, &features))),
    );
    group.sample_size(10);
    group.bench_function("k-means, k from 2 to 8 by silhouette", |b| {
        b.iter(|| cluster(&features, &ClusterOptions::default(), &Currency::default()))
    });
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
