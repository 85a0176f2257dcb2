//! Role proposal judged on real exports: `fixtures_headers/headers.csv` lists, for each of
//! many systems (Shopify, WooCommerce, Stripe, Square, Magento, BigCommerce, PrestaShop,
//! Etsy, Amazon, eBay, Lightspeed, Shopware, the UCI Online Retail data sets, a grocery
//! export, German, French, Spanish, Dutch and Portuguese shops…), the headers of its
//! export in order, the role each should be proposed (empty for none, `?` when either
//! answer is fair) and a few values for it, separated by `¦`. Each system becomes a file
//! of six rows, values taken in turn, whose proposed mapping is checked header by header.
//!
//! To add a system, add its rows to the CSV: every header of the export, in its order,
//! with values as the export writes them (they decide as much as the headers do).

use segmenter_engine::reading::{read_table, ReadOptions};
use segmenter_engine::roles::{propose_mapping, Role};
use std::path::Path;

/// One header of one system's export.
struct Header {
    system: String,
    name: String,
    /// The role's key, empty for none, `?` when not checked.
    role: String,
    values: Vec<String>,
}

/// Splits CSV text into records (quotes, doubled quotes and line breaks in quotes).
fn records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn headers() -> Vec<Header> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures_headers/headers.csv");
    let text = std::fs::read_to_string(&path).expect("the headers fixture");
    let rows = records(&text);
    assert_eq!(rows[0], ["system", "header", "role", "values", "note"]);
    rows[1..]
        .iter()
        .map(|r| Header {
            system: r[0].clone(),
            name: r[1].clone(),
            role: r[2].clone(),
            values: r[3].split('¦').map(str::to_string).collect(),
        })
        .collect()
}

/// The export of one system: its headers, then six rows of their values in turn.
fn export(columns: &[&Header]) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut csv = columns
        .iter()
        .map(|h| quote(&h.name))
        .collect::<Vec<_>>()
        .join(",");
    csv.push('\n');
    for row in 0..6 {
        let cells: Vec<String> = columns
            .iter()
            .map(|h| quote(&h.values[row % h.values.len()]))
            .collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    csv
}

fn key(role: Option<Role>) -> &'static str {
    role.map_or("", Role::key)
}

#[test]
fn real_export_headers_get_their_roles() {
    let all = headers();
    let mut systems: Vec<&str> = Vec::new();
    for h in &all {
        if !systems.contains(&h.system.as_str()) {
            systems.push(&h.system);
        }
    }
    assert!(systems.len() >= 20, "{} systems", systems.len());
    let mut wrong = Vec::new();
    let mut checked = 0;
    for system in &systems {
        let columns: Vec<&Header> = all.iter().filter(|h| h.system == *system).collect();
        let csv = export(&columns);
        let table = match read_table(csv.as_bytes(), &ReadOptions::default()) {
            Ok(t) => t,
            Err(e) => {
                wrong.push(format!("{system}: not read: {e}"));
                continue;
            }
        };
        assert_eq!(table.columns.len(), columns.len(), "{system}");
        let mapping = propose_mapping(&table);
        for (i, h) in columns.iter().enumerate() {
            if h.role == "?" {
                continue;
            }
            checked += 1;
            let got = key(mapping.columns[i].role);
            if got != h.role {
                let want = if h.role.is_empty() { "none" } else { &h.role };
                let got = if got.is_empty() { "none" } else { got };
                wrong.push(format!(
                    "{system}: \"{}\" got {got}, expected {want}",
                    h.name
                ));
            }
        }
        let missing = mapping.missing();
        if !missing.is_empty() {
            wrong.push(format!("{system}: cannot be segmented: {missing:?}"));
        }
    }
    assert!(checked > 400, "{checked} headers checked");
    assert!(
        wrong.is_empty(),
        "{} of {checked} headers wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
