//! The engine's k-means against scikit-learn's on the same customers (see
//! `tests/fixtures/kmeans/generate.py` for how the reference figures were produced).

use segmenter_engine::features::{FeatureData, FeatureTable};
use segmenter_engine::segmentation::clustering::{
    kmeans, silhouette, standardize, K_RANGE, STARTS,
};
use serde_json::Value;
use std::path::Path;

fn fixture() -> (FeatureTable, Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/kmeans");
    let text = std::fs::read_to_string(dir.join("rfm.csv")).expect("rfm.csv");
    let mut columns = [Vec::new(), Vec::new(), Vec::new()];
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        for (column, cell) in columns.iter_mut().zip(&cells[1..]) {
            column.push(cell.parse::<f64>().expect("number"));
        }
    }
    let mut table = FeatureTable {
        len: columns[0].len(),
        ..FeatureTable::default()
    };
    for (id, values) in ["recency_days", "frequency", "monetary"]
        .iter()
        .zip(columns)
    {
        table.set(id, id, FeatureData::Number(values));
    }
    let reference = std::fs::read_to_string(dir.join("sklearn.json")).expect("sklearn.json");
    (table, serde_json::from_str(&reference).expect("json"))
}

#[test]
fn inertia_within_one_percent_of_scikit_learn_for_every_k() {
    let (table, reference) = fixture();
    let chosen: Vec<String> = ["recency_days", "frequency", "monetary"]
        .map(String::from)
        .to_vec();
    let data = standardize(&table, &chosen).unwrap();
    assert_eq!(
        data.customers.len() as u64,
        reference["customers"].as_u64().unwrap()
    );
    for k in K_RANGE {
        let theirs = &reference["k"][k.to_string()];
        let fit = kmeans(&data.points, k, STARTS, 42);
        let ratio = fit.inertia / theirs["inertia"].as_f64().unwrap();
        println!(
            "k = {k}: inertia {:.2} vs scikit-learn {:.2} (×{ratio:.4}), silhouette {:.3} vs {:.3}",
            fit.inertia,
            theirs["inertia"].as_f64().unwrap(),
            silhouette(&data.points, &fit.labels, k),
            theirs["silhouette"].as_f64().unwrap(),
        );
        assert!(ratio <= 1.01, "k = {k}: inertia {ratio:.4}× scikit-learn's");
    }
}
