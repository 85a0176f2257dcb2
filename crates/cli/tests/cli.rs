//! The command line as an analyst uses it: the page's customer table for a file, the
//! segment table, exit codes and sentences for bad input, standard input, presets, SQL.

use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{
    AnalyzeOptions, Answer, ExportRequest, PredictOptions, Request, Session,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

fn segmenter(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_segmenter"))
        .args(args)
        .output()
        .expect("the program runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The page's "Download all customers" file for `csv`, made as the page makes it (with the
/// predicted figures the page asks for once the segments are shown).
fn page_download(csv: &[u8]) -> Vec<u8> {
    let mut session = Session::new();
    let overview = session
        .read_bytes("orders.csv", csv, &ReadOptions::default())
        .unwrap();
    session
        .handle(Request::Analyze(AnalyzeOptions {
            mapping: overview.proposed,
            ..AnalyzeOptions::default()
        }))
        .unwrap();
    // The page predicts once the segments are on show.
    session
        .handle(Request::Predict(PredictOptions::default()))
        .unwrap();
    match session.handle(Request::Export(ExportRequest::AllCustomers)) {
        Ok(Answer::Download(d)) => d.bytes,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_customer_table_is_the_pages_download_and_the_segment_table_is_printed() {
    let file = fixture("orders-small.csv");
    let out = std::env::temp_dir().join("segmenter-cli-test-customers.csv");
    let run = segmenter(&[
        "segment",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let written = std::fs::read(&out).unwrap();
    assert_eq!(written, page_download(&std::fs::read(&file).unwrap()));
    let table = text(&run.stdout);
    assert!(
        table.starts_with("RFM segments: 501 customers, 3,001 orders"),
        "{table}"
    );
    assert!(table.contains("\nChampions "), "{table}");
    // The fixture's six hand-written rows: three are left out, each with line and reason.
    let stderr = text(&run.stderr);
    assert!(stderr.starts_with("3 rows were left out:"), "{stderr}");
    assert!(
        stderr.contains("Line 3006, column \"amount\": \"abc\" is not a number"),
        "{stderr}"
    );
}

#[test]
fn standard_input_json_and_presets() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_segmenter"))
        .args([
            "segment",
            "-",
            "--preset",
            "geo-country",
            "--json",
            "--as-of",
            "2026-01-01",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"order_id,customer_id,order_date,amount,country\n1,a,2025-01-05,30,DE\n2,b,2025-02-01,20,FR\n3,a,2025-02-03,25,DE\n")
        .unwrap();
    let run = child.wait_with_output().unwrap();
    assert!(run.status.success(), "{}", text(&run.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(summary["scheme"], "Countries");
    assert_eq!(summary["reference"], "2026-01-01");
    let de = summary["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "DE")
        .unwrap();
    assert_eq!(
        (de["customers"].as_u64(), de["revenue"].as_f64()),
        (Some(1), Some(55.0))
    );
    let presets = text(&segmenter(&["presets"]).stdout);
    assert!(presets.starts_with("rfm-5 "), "{presets}");
    assert!(presets.contains("\ngeo-country "), "{presets}");
}

#[test]
fn bad_usage_exits_2_and_data_problems_exit_1_with_a_sentence() {
    let usage = segmenter(&["segment"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).contains("segment needs a FILE"));
    let unknown = segmenter(&[
        "segment",
        fixture("orders-small.csv").to_str().unwrap(),
        "--preset",
        "astrology",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("There is no scheme \"astrology\""));
    let missing = segmenter(&["segment", "/nonexistent/orders.csv"]);
    assert_eq!(missing.status.code(), Some(2));

    // Columns nobody can tell apart: the sentence names them and the --map to add.
    let dir = std::env::temp_dir();
    let unclear = dir.join("segmenter-cli-test-unclear.csv");
    std::fs::write(
        &unclear,
        "note,when,total\nhello there,2024-01-01,5\nsome words,2024-02-01,6\n",
    )
    .unwrap();
    let run = segmenter(&["segment", unclear.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("add --map customer_id=COLUMN"), "{stderr}");
    assert!(
        stderr.contains("The file's columns are \"note\", \"when\", \"total\"."),
        "{stderr}"
    );
    let mapped = segmenter(&[
        "segment",
        unclear.to_str().unwrap(),
        "--map",
        "customer_id=note",
        "--map",
        "order_date=when",
    ]);
    assert!(mapped.status.success(), "{}", text(&mapped.stderr));
    assert!(text(&mapped.stdout).contains("2 customers, 2 orders"));

    let empty = dir.join("segmenter-cli-test-empty.csv");
    std::fs::write(&empty, "").unwrap();
    let run = segmenter(&["segment", empty.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("This file is empty"));
}

#[test]
fn a_scheme_on_the_spend_in_a_period_runs_over_the_period_it_names_or_says_it_names_none() {
    let dir = std::env::temp_dir();
    let scheme = |file: &str, period: &str| {
        let path = dir.join(file);
        std::fs::write(
            &path,
            format!(
                r#"{{"name": "Spent lately", "rules": [{{"segment": "100 or more",
                "when": {{"between": {{"feature": "spend_in_period", "min": 100.0, "max": null}}}}}}],
                "otherwise": "Less"{period}}}"#
            ),
        )
        .unwrap();
        path.to_str().unwrap().to_string()
    };
    let named = scheme(
        "segmenter-cli-test-spend-named.json",
        r#", "period": {"last": {"days": 182}}"#,
    );
    let unnamed = scheme("segmenter-cli-test-spend-unnamed.json", "");
    let orders = fixture("orders-small.csv");
    let orders = orders.to_str().unwrap();
    let run = segmenter(&["segment", orders, "--scheme", &named]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(text(&run.stdout).contains("100 or more"));
    let sql = segmenter(&["sql", orders, "--dialect", "duckdb", "--scheme", &named]);
    assert!(sql.status.success(), "{}", text(&sql.stderr));
    assert!(text(&sql.stdout).contains("AS period_units"));
    // Without a period the rule is not run over one guessed.
    for args in [
        vec!["segment", orders, "--scheme", &unnamed],
        vec!["sql", orders, "--dialect", "duckdb", "--scheme", &unnamed],
    ] {
        let run = segmenter(&args);
        assert!(!run.status.success());
        let stderr = text(&run.stderr);
        assert!(stderr.contains("without saying which period"), "{stderr}");
    }
    // A period with a field it does not know is refused, naming it, not read past.
    let typo = scheme(
        "segmenter-cli-test-spend-typo.json",
        r#", "period": {"last": {"weeks": 26}}"#,
    );
    let run = segmenter(&["segment", orders, "--scheme", &typo]);
    assert!(!run.status.success());
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("unknown field `weeks`, expected `days`"),
        "{stderr}"
    );
}

#[test]
fn sql_is_only_the_query_on_standard_output() {
    let run = segmenter(&[
        "sql",
        "--dialect",
        "postgres",
        "--map",
        "customer_id=cust",
        "--map",
        "order_date=day",
        "--map",
        "amount=total",
        "--table",
        "shop.orders",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let sql = text(&run.stdout);
    assert!(
        sql.starts_with("-- Segmenter: \"RFM segments\" as one query for PostgreSQL."),
        "{sql}"
    );
    assert!(sql.contains("FROM \"shop\".\"orders\""), "{sql}");
    assert!(sql.trim_end().ends_with(';'));
    assert!(run.stderr.is_empty());
    // A scheme whose column the table lacks says so, and what to add.
    let favourite = |more: &[&str]| {
        let mut args = vec![
            "sql",
            "--dialect",
            "duckdb",
            "--preset",
            "category",
            "--map",
            "customer_id=c",
            "--map",
            "order_date=d",
            "--map",
            "amount=a",
        ];
        args.extend(more);
        segmenter(&args)
    };
    let without = favourite(&[]);
    assert_eq!(without.status.code(), Some(2));
    assert!(text(&without.stderr).contains("add --map category=COLUMN"));
    let with = favourite(&["--map", "category=cat"]);
    assert!(with.status.success(), "{}", text(&with.stderr));
    assert!(text(&with.stdout).contains("line_money"));
    let no_amount = segmenter(&[
        "sql",
        "--dialect",
        "duckdb",
        "--map",
        "customer_id=c",
        "--map",
        "order_date=d",
    ]);
    assert_eq!(no_amount.status.code(), Some(2));
    assert!(
        text(&no_amount.stderr).contains("add --map amount=COLUMN"),
        "{}",
        text(&no_amount.stderr)
    );
}

#[test]
fn sql_names_segments_in_the_language_asked_for() {
    let sql = |language: &str| {
        let run = segmenter(&[
            "sql",
            "--dialect",
            "duckdb",
            "--preset",
            "rhythm",
            "--map",
            "customer_id=c",
            "--map",
            "order_date=d",
            "--map",
            "amount=a",
            "--language",
            language,
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        text(&run.stdout)
    };
    let dutch = sql("nl-BE");
    assert!(dutch.starts_with("-- Segmenter: \"Koopritme\""), "{dutch}");
    assert!(dutch.contains("'Nog maar één bestelling'"), "{dutch}");
    assert!(sql("en").contains("'One order so far'"));
    let unknown = segmenter(&["sql", "--dialect", "duckdb", "--language", "xx"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("--language takes en, de, fr, es, nl or pt"));
}

#[test]
fn future_value_sql_carries_the_models_fitted_to_the_file() {
    // Without the orders, nothing to fit the models to: the sentence says what to give.
    let run = segmenter(&[
        "sql",
        "--dialect",
        "duckdb",
        "--preset",
        "future-value",
        "--map",
        "customer_id=c",
        "--map",
        "order_date=d",
        "--map",
        "amount=a",
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("give the orders file"),
        "{}",
        text(&run.stderr)
    );
    // With them, the fitted parameters are in the query, and the figures come out.
    let file = fixture("orders-small.csv");
    let run = segmenter(&[
        "sql",
        file.to_str().unwrap(),
        "--dialect",
        "spark",
        "--preset",
        "future-value",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let sql = text(&run.stdout);
    for part in [
        "model AS (",
        "AS alpha",
        "AS q",
        "AS p_alive",
        "AS `predicted_value`",
        "'Likely lost'",
    ] {
        assert!(sql.contains(part), "{part} not in {sql}");
    }
}

#[test]
fn sql_counts_one_currency_of_several_as_the_page_does() {
    let file = std::env::temp_dir().join("segmenter-cli-test-currencies.csv");
    std::fs::write(
        &file,
        "order_id,customer_id,order_date,amount,currency\n\
         1,A,2025-01-02,10.00,EUR\n2,A,2025-02-02,20.00,USD\n3,B,2025-01-05,30.00,eur\n\
         4,C,2025-02-05,500.00,USD\n5,D,2025-02-06,7.00,\n6,E,2025-02-07,9.00,EUR\n",
    )
    .unwrap();
    let run = segmenter(&["sql", file.to_str().unwrap(), "--dialect", "postgres"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let sql = text(&run.stdout);
    assert!(sql.contains("-- Counts the rows in EUR"), "{sql}");
    assert!(
        sql.contains("(COALESCE(row_currency, '') = '' OR row_currency = 'EUR')"),
        "{sql}"
    );
    // Another of them, chosen as for segment, is the one counted.
    let run = segmenter(&[
        "sql",
        file.to_str().unwrap(),
        "--dialect",
        "postgres",
        "--currency",
        "usd",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let sql = text(&run.stdout);
    assert!(sql.contains("-- Counts the rows in USD"), "{sql}");
    assert!(sql.contains("OR row_currency = 'USD')"), "{sql}");
    // Named by its mark, as for the spend tiers' names.
    let run = segmenter(&[
        "sql",
        file.to_str().unwrap(),
        "--dialect",
        "postgres",
        "--currency",
        "$",
    ]);
    assert!(text(&run.stdout).contains("-- Counts the rows in USD"));
}

#[test]
fn a_currency_none_of_whose_rows_can_be_used_is_named_and_one_the_file_never_names_is_refused() {
    let file = std::env::temp_dir().join("segmenter-cli-test-unusable-currency.csv");
    std::fs::write(
        &file,
        "order_id,customer_id,order_date,amount,currency\n\
         1,A,2025-01-05,100.00,USD\n2,B,2025-01-06,50.00,USD\n3,,2025-01-07,80.00,GBP\n\
         4,,2025-01-08,20.00,GBP\n5,A,2025-02-01,30.00,USD\n",
    )
    .unwrap();
    let failure = |currency| {
        let run = segmenter(&["segment", file.to_str().unwrap(), "--currency", currency]);
        assert_eq!(run.status.code(), Some(1));
        text(&run.stderr)
    };
    assert_eq!(
        failure("gbp"),
        "segmenter: None of the 2 rows in GBP could be used. Line 4, column \"customer_id\": \
         has no customer ID\n"
    );
    // Not "none of the 0 rows in XYZ", nor the whole file's rows: the file has none in it.
    assert_eq!(
        failure("xyz"),
        "segmenter: This file has no rows in XYZ. Its currencies: USD (3 rows), GBP (2 rows).\n"
    );
}

/// The cells of one CSV line, quotes undone.
fn cells_of(line: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// customer → segment, from the first column whose name starts with `column`.
fn segments_in(csv: &str, column: &str) -> std::collections::BTreeMap<String, String> {
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|h| h.starts_with(column)).unwrap();
    lines
        .map(|l| {
            let cells = cells_of(l);
            (cells[0].clone(), cells[at].clone())
        })
        .filter(|(_, s)| !s.is_empty())
        .collect()
}

#[test]
fn migrate_gives_the_segments_of_segment_as_of_each_date() {
    let file = fixture("orders-small.csv");
    let file = file.to_str().unwrap();
    let dir = std::env::temp_dir();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let (moves, before, after) = (
        out("segmenter-cli-moves.csv"),
        out("segmenter-cli-before.csv"),
        out("segmenter-cli-after.csv"),
    );
    let run = segmenter(&[
        "migrate",
        file,
        "--from",
        "2025-06-01",
        "--preset",
        "rfm-3",
        "-o",
        &moves,
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let table = text(&run.stdout);
    assert!(
        table.starts_with("RFM segments (3 score points): from 1 June 2025 to 1 July 2025."),
        "{table}"
    );
    assert!(table.contains("\nNot yet a customer "), "{table}");
    for (args, path) in [(vec!["--as-of", "2025-06-01"], &before), (vec![], &after)] {
        let run = segmenter(
            &[
                &["segment", file, "--preset", "rfm-3", "-o", path.as_str()],
                &args[..],
            ]
            .concat(),
        );
        assert!(run.status.success(), "{}", text(&run.stderr));
    }
    let moves = std::fs::read_to_string(&moves).unwrap();
    let read = |p: &str| std::fs::read_to_string(p).unwrap();
    assert_eq!(
        segments_in(&moves, "segment_from"),
        segments_in(&read(&before), "segment")
    );
    assert_eq!(
        segments_in(&moves, "segment_to"),
        segments_in(&read(&after), "segment")
    );
    assert!(segments_in(&moves, "segment_from").len() < segments_in(&moves, "segment_to").len());

    let bad = segmenter(&["migrate", file, "--from", "2030-01-01"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("must come before"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn migrate_between_two_files_says_what_the_older_one_left_out() {
    let dir = std::env::temp_dir();
    let (older, newer) = (
        dir.join("segmenter-cli-march.csv"),
        dir.join("segmenter-cli-april.csv"),
    );
    let header = "order_id,customer_id,order_date,amount\n";
    let march = "1,A,2025-01-10,100\n2,B,2025-02-01,40\n3,C,2025-03-01,\n";
    std::fs::write(&older, format!("{header}{march}")).unwrap();
    std::fs::write(&newer, format!("{header}{march}4,C,2025-04-02,70\n")).unwrap();
    let run = segmenter(&["migrate", older.to_str().unwrap(), newer.to_str().unwrap()]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        text(&run.stdout).contains(": from segmenter-cli-march.csv (as of "),
        "{}",
        text(&run.stdout)
    );
    // The newer file's row without an amount is said as `segment` says it, then the older's.
    assert_eq!(
        text(&run.stderr),
        "1 row was left out:\n  Line 4, column \"amount\": has no amount\n\
         segmenter-cli-march.csv: 1 row of 3 could not be used and is left out of the \
         comparison. The first: Line 4, column \"amount\": has no amount.\n"
    );
}

#[test]
fn the_shops_time_zone_decides_the_day_of_an_instant() {
    let file = std::env::temp_dir().join("segmenter-cli-zone.csv");
    std::fs::write(
        &file,
        "customer_id,order_date,amount\nA,2025-03-01T23:30:00+00:00,10\nA,2025-03-05T10:00:00Z,10\n",
    )
    .unwrap();
    let first_order = |zone: &str| {
        let run = segmenter(&[
            "segment",
            file.to_str().unwrap(),
            "--time-zone",
            zone,
            "-o",
            "-",
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let table = text(&run.stdout);
        segments_in(&table, "first_order")["A"].clone()
    };
    // 23:30 UTC on 1 March is already 2 March in a shop at UTC+02:00 (Athens), still 1 March in UTC.
    assert_eq!(first_order("+02:00"), "2025-03-02");
    assert_eq!(first_order("UTC"), "2025-03-01");
}

#[test]
fn a_file_in_two_currencies_counts_the_one_chosen() {
    // No currency column: the marks written with the amounts tell dollars from euros.
    let file = std::env::temp_dir().join("segmenter-cli-currencies.csv");
    std::fs::write(
        &file,
        "order_id,customer_id,order_date,amount\n1,A,2025-01-05,$100.00\n2,B,2025-01-06,€80.00\n\
         3,A,2025-02-01,$30.00\n4,C,2025-02-02,€5.00\n5,D,2025-02-03,$7.00\n",
    )
    .unwrap();
    let customers = |currency: Option<&str>| {
        let mut args = vec!["segment", file.to_str().unwrap(), "-o", "-"];
        args.extend(currency.map(|c| ["--currency", c]).into_iter().flatten());
        let run = segmenter(&args);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let spent = segments_in(&text(&run.stdout), "total_spent");
        (spent, text(&run.stderr))
    };
    let (dollars, said) = customers(None);
    assert_eq!(
        dollars.into_iter().collect::<Vec<_>>(),
        [("A".into(), "130.00".into()), ("D".into(), "7.00".into())]
    );
    assert!(said.contains("2 rows in EUR"), "{said}");
    let (euros, said) = customers(Some("eur"));
    assert_eq!(
        euros.into_iter().collect::<Vec<_>>(),
        [("B".into(), "80.00".into()), ("C".into(), "5.00".into())]
    );
    assert!(said.contains("3 rows in USD"), "{said}");
}
