//! Every real-world reading case under `tests/fixtures/read/`, compared with the result
//! worked out by hand in its `.expect.json` (see `generate.py` there).

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::features::{compute_features, default_reference, ids};
use segmenter_engine::reading::{read_table, DateOrder, ReadOptions};
use segmenter_engine::roles::{propose_mapping, Role};
use segmenter_engine::session::{AnalyzeOptions, Answer, Request, Session};
use segmenter_engine::shop::bind;
use segmenter_words::Language;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/read");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.ends_with(".json") && !name.ends_with(".py")
        })
        .collect();
    files.sort();
    files
}

fn role_name(role: Role) -> String {
    serde_json::to_value(role)
        .expect("role")
        .as_str()
        .expect("string")
        .to_string()
}

/// Checks one fixture, returning what differs.
fn check(path: &Path) -> Vec<String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let expect: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}.expect.json", path.display())).expect("expectation"),
    )
    .expect("expectation JSON");
    let bytes = std::fs::read(path).expect("fixture");
    let wrong = std::cell::RefCell::new(Vec::new());
    let differs = |what: &str, got: String, want: String| {
        if got != want {
            wrong
                .borrow_mut()
                .push(format!("{name}: {what}: got {got}, expected {want}"));
        }
    };

    let table = match read_table(&bytes, &ReadOptions::default()) {
        Ok(t) => t,
        Err(e) => return vec![format!("{name}: not read: {e}")],
    };
    if let Some(e) = expect["encoding"].as_str() {
        differs("encoding", format!("{:?}", table.encoding), e.to_string());
    }
    if let Some(s) = expect["separator"].as_str() {
        differs(
            "separator",
            char::from(table.dialect.separator).to_string(),
            s.to_string(),
        );
    }
    if let Some(n) = expect["blank_rows"].as_u64() {
        differs("blank rows", table.blank_rows.to_string(), n.to_string());
    }

    let mapping = propose_mapping(&table);
    if let Some(roles) = expect["roles"].as_object() {
        for (header, role) in roles {
            let column = table.columns.iter().position(|c| &c.name == header);
            let got = column
                .and_then(|i| mapping.columns[i].role)
                .map_or("none".to_string(), role_name);
            differs(
                &format!("role of {header:?}"),
                got,
                role.as_str().unwrap_or("").to_string(),
            );
        }
    }
    if let Some(format) = expect["date_format"].as_str() {
        let i = mapping
            .column_of(Role::OrderDate)
            .expect("an order date column");
        let stamps = table.columns[i].stamps(None, DateOrder::DayFirst);
        differs(
            "date format",
            stamps.format.label(Language::English),
            format.to_string(),
        );
    }
    if let Some(undecided) = expect["date_order_undecided"].as_bool() {
        let i = mapping
            .column_of(Role::OrderDate)
            .expect("an order date column");
        let stamps = table.columns[i].stamps(None, DateOrder::DayFirst);
        differs(
            "date order undecided",
            stamps.order_undecided.to_string(),
            undecided.to_string(),
        );
    }

    let shop = match bind(&table, &mapping) {
        Ok(s) => s,
        Err(e) => return vec![format!("{name}: not bound: {e}")],
    };
    if let Some(shape) = expect["shape"].as_str() {
        differs("shape", format!("{:?}", shop.shape), shape.to_string());
    }
    if let Some(n) = expect["left_out"].as_u64() {
        let left: usize = shop.report.left_out.iter().map(|(_, _, n)| n).sum();
        differs("orders left out", left.to_string(), n.to_string());
    }
    let reference = default_reference(&shop).unwrap_or(Date(0));
    let features = compute_features(&shop, reference);
    let number = |id: &str, c: usize| features.numbers(id).map_or(f64::NAN, |v| v[c]);
    let customers = expect["customers"].as_object().expect("customers");
    differs(
        "customers",
        shop.customers.len().to_string(),
        customers.len().to_string(),
    );
    for (key, want) in customers {
        let Some(c) = shop.customers.position(key) else {
            wrong.borrow_mut().push(format!(
                "{name}: customer {key} missing (have {:?})",
                (0..shop.customers.len())
                    .map(|c| shop.customers.key(c))
                    .collect::<Vec<_>>()
            ));
            continue;
        };
        let orders = number(ids::FREQUENCY, c);
        let spent = number(ids::MONETARY, c);
        differs(
            &format!("{key} orders"),
            format!("{orders}"),
            format!("{}", want[0].as_f64().unwrap_or(-1.0)),
        );
        let want_spent = want[1].as_f64().unwrap_or(f64::NAN);
        if (spent - want_spent).abs() > 1e-9 {
            wrong.borrow_mut().push(format!(
                "{name}: {key} spent: got {spent}, expected {want_spent}"
            ));
        }
        let last = features
            .get(ids::LAST_ORDER)
            .map(|f| f.text(c))
            .unwrap_or_default();
        differs(
            &format!("{key} last order"),
            last,
            want[2].as_str().unwrap_or("").to_string(),
        );
    }
    if let Some(names) = expect["names"].as_object() {
        for (key, want) in names {
            let c = shop.customers.position(key).expect("customer");
            let text = |r| shop.customers.text_of(r, c).unwrap_or("").to_string();
            let name = match text(Role::FullName).as_str() {
                "" => [text(Role::FirstName), text(Role::LastName)]
                    .join(" ")
                    .trim()
                    .to_string(),
                full => full.to_string(),
            };
            differs(
                &format!("{key} name"),
                name,
                want.as_str().unwrap_or("").to_string(),
            );
        }
    }
    if let Some(codes) = expect["postal_codes"].as_object() {
        for (key, want) in codes {
            let c = shop.customers.position(key).expect("customer");
            let got = shop
                .customers
                .text_of(Role::PostalCode, c)
                .unwrap_or("")
                .to_string();
            differs(
                &format!("{key} postal code"),
                got,
                want.as_str().unwrap_or("").to_string(),
            );
        }
    }
    if let Some(lines) = expect["lines"].as_object() {
        let id_column = mapping
            .column_of(Role::CustomerId)
            .expect("customer id column");
        for (key, want) in lines {
            let row = (0..table.rows)
                .find(|&r| table.columns[id_column].text(r) == key.as_str())
                .expect("row");
            differs(
                &format!("line of {key}"),
                table.line_of(row).to_string(),
                want.to_string(),
            );
        }
    }
    if let Some(problems) = expect["problems"].as_array() {
        let mut got: Vec<(u64, String)> = table
            .rejected
            .iter()
            .chain(&shop.report.problems)
            .map(|p| (p.line, p.to_string()))
            .collect();
        got.sort();
        differs(
            "number of problems",
            got.len().to_string(),
            problems.len().to_string(),
        );
        for (p, (line, text)) in problems.iter().zip(&got) {
            let want_line = p[0].as_u64().unwrap_or(0);
            let want_text = p[1].as_str().unwrap_or("");
            if *line != want_line || !text.contains(want_text) {
                wrong.borrow_mut().push(format!(
                    "{name}: problem: got {text:?}, expected line {want_line} with {want_text:?}"
                ));
            }
        }
    }
    if let Some(currency) = expect["currency"].as_str() {
        let mut session = Session::new();
        let overview = session
            .read_bytes(&name, &bytes, &ReadOptions::default())
            .expect("read");
        let options = AnalyzeOptions {
            mapping: overview.proposed,
            ..AnalyzeOptions::default()
        };
        match session.handle(Request::Analyze(options)) {
            Ok(Answer::Analyzed(view)) => {
                differs("currency", view.currency.symbol, currency.to_string())
            }
            other => wrong
                .borrow_mut()
                .push(format!("{name}: not analysed: {other:?}")),
        }
    }
    wrong.into_inner()
}

#[test]
fn every_fixture_reads_to_its_hand_computed_result() {
    let files = fixtures();
    assert!(files.len() >= 30, "fixtures missing: {}", files.len());
    let wrong: Vec<String> = files.iter().flat_map(|f| check(f)).collect();
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
