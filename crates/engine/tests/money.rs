//! Money a merchant can bet on: amounts add up exactly whatever the orders they came in,
//! each currency is written with its own decimals, and a file in several currencies is
//! segmented one currency at a time, never adding two together.

use segmenter_engine::basics::money::{Currency, MoneyStyle};
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, EngineError, ExportRequest, Request, Session,
};

/// The answer to analysing `file` with the columns proposed for it, counting `currency`.
fn analysis(file: &str, currency: Option<&str>) -> (Session, Result<Answer, EngineError>) {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", file.as_bytes(), &ReadOptions::default())
        .unwrap();
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        currency: currency.map(str::to_string),
        ..AnalyzeOptions::default()
    };
    let answer = s.handle(Request::Analyze(options));
    (s, answer)
}

fn analysed(file: &str, currency: Option<&str>) -> (Session, AnalysisView) {
    match analysis(file, currency) {
        (s, Ok(Answer::Analyzed(view))) => (s, *view),
        (_, other) => panic!("{other:?}"),
    }
}

/// customer → (total spent, M score) from the customer table.
fn spend_and_scores(s: &mut Session) -> Vec<(String, String, String)> {
    let Ok(Answer::Download(file)) = s.handle(Request::Export(ExportRequest::AllCustomers)) else {
        panic!("no table");
    };
    let text = String::from_utf8(file.bytes).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (spent, m) = (at("total_spent"), at("m_score"));
    lines
        .map(|l| {
            let c: Vec<&str> = l.split(',').collect();
            (c[0].to_string(), c[spent].to_string(), c[m].to_string())
        })
        .collect()
}

#[test]
fn equal_spend_is_equal_however_it_was_split_into_orders() {
    // 60 customers spent 0.30 each: half in one order, half as 0.10 + 0.20, which binary
    // floating point adds to 0.30000000000000004. 60 more spent 0.50 to 30.00.
    let mut file = String::from("order_id,customer_id,order_date,amount\n");
    let mut order = 0;
    for c in 0..60 {
        let day = c % 28 + 1;
        let amounts: &[&str] = if c % 2 == 0 {
            &["0.30"]
        } else {
            &["0.10", "0.20"]
        };
        for amount in amounts {
            order += 1;
            file.push_str(&format!("{order},C{c:03},2025-01-{day:02},{amount}\n"));
        }
    }
    for c in 60..120 {
        order += 1;
        file.push_str(&format!(
            "{order},C{c:03},2025-02-01,{}.{:02}\n",
            (c - 59) / 2,
            (c % 2) * 50
        ));
    }
    let (mut s, _) = analysed(&file, None);
    let rows = spend_and_scores(&mut s);
    let small: Vec<_> = rows
        .iter()
        .filter(|(c, _, _)| c.as_str() < "C060")
        .collect();
    assert_eq!(small.len(), 60);
    assert!(
        small
            .iter()
            .all(|(_, spent, m)| spent == "0.30" && m == &small[0].2),
        "{small:?}"
    );
}

#[test]
fn each_currency_is_written_with_its_own_decimals_in_the_merchants_language() {
    assert_eq!(Currency::from_mark("JPY").format(1234.6), "¥1,235");
    assert_eq!(
        Currency::from_mark("BHD").format(1234.5678),
        "1,234.568 BHD"
    );
    assert_eq!(Currency::from_mark("EUR").format(1234.5), "€1,234.50");
    let euro_in = |tag: &str| Currency::from_mark("EUR").in_style(MoneyStyle::of_language(tag));
    assert_eq!(euro_in("de-DE").format(-1234.5), "-1.234,50 €");
    assert_eq!(euro_in("fr").format(1234.5), "1\u{202f}234,50 €");
    assert_eq!(euro_in("nl-NL").format(1234.5), "€ 1.234,50");
    assert_eq!(euro_in("pt-BR").format_whole(1234.5), "1.235 €");
    assert_eq!(euro_in("en-GB").format(0.3), "€0.30");
}

#[test]
fn the_page_writes_amounts_as_the_merchants_language_does() {
    let file =
        "order_id,customer_id,order_date,amount\n1,A,2025-01-05,€1234.50\n2,B,2025-01-06,€20.00\n";
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", file.as_bytes(), &ReadOptions::default())
        .unwrap();
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        language: Some("de-DE".into()),
        ..AnalyzeOptions::default()
    };
    let Ok(Answer::Analyzed(view)) = s.handle(Request::Analyze(options)) else {
        panic!("no analysis");
    };
    assert_eq!(view.currency.format(view.revenue), "1.254,50 €");
    // The campaigns quote amounts the same way.
    assert!(view
        .scheme
        .campaigns
        .iter()
        .any(|c| c.audience.contains(" €")));
}

#[test]
fn a_file_in_two_currencies_is_segmented_one_currency_at_a_time() {
    // A and B buy in dollars; C in euros only; D in both.
    let file = "order_id,customer_id,order_date,amount,currency\n\
        1,A,2025-01-05,100,USD\n2,B,2025-01-06,50,usd\n3,C,2025-01-07,80,EUR\n\
        4,D,2025-01-08,20,USD\n5,D,2025-01-09,1000,EUR\n6,A,2025-02-01,30,USD\n";
    let (_, dollars) = analysed(file, None);
    assert_eq!(
        dollars.currencies,
        [("USD".to_string(), 4), ("EUR".to_string(), 2)]
    );
    assert_eq!(dollars.currency.symbol, "$");
    // C is not a dollar customer; D counts 20 dollars, not 1,020 of two currencies.
    assert_eq!((dollars.customers, dollars.revenue), (3, 200.0));
    assert!(
        dollars
            .report
            .left_out
            .iter()
            .any(|l| l.to_string().starts_with(
                "2 rows in EUR: amounts in different currencies are never added together"
            )),
        "{:?}",
        dollars.report.left_out
    );
    let (_, euros) = analysed(file, Some("eur"));
    assert_eq!(euros.currency.symbol, "€");
    assert_eq!((euros.customers, euros.revenue), (2, 1080.0));
}

#[test]
fn amounts_marked_in_two_currencies_are_told_apart_row_by_row() {
    // No currency column: the marks beside the amounts say which row is in which. A and B
    // buy in dollars, C in euros, D in both; E's one amount names none.
    let file = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,$100.00\n2,B,2025-01-06,US$50.00\n3,C,2025-01-07,€80.00\n\
        4,D,2025-01-08,20.00 USD\n5,D,2025-01-09,€1000.00\n6,A,2025-02-01,$30.00\n\
        7,E,2025-02-02,5.00\n";
    let (_, dollars) = analysed(file, None);
    assert_eq!(
        dollars.currencies,
        [("USD".to_string(), 4), ("EUR".to_string(), 2)]
    );
    assert_eq!(dollars.currency.symbol, "$");
    // C is not a dollar customer; D counts 20 dollars; E's unmarked 5 is kept, and said so.
    assert_eq!((dollars.customers, dollars.revenue), (4, 205.0));
    assert!(
        dollars
            .report
            .left_out
            .iter()
            .any(|l| l.to_string().starts_with("2 rows in EUR")),
        "{:?}",
        dollars.report.left_out
    );
    assert!(
        dollars.report.notes.iter().any(|n| n.to_string()
            == "1 row names no currency while others do; they are counted in USD, the currency on show."),
        "{:?}",
        dollars.report.notes
    );
    let (_, euros) = analysed(file, Some("eur"));
    assert_eq!(euros.currency.symbol, "€");
    assert_eq!((euros.customers, euros.revenue), (3, 1085.0));
}

#[test]
fn amounts_that_are_not_all_numbers_still_keep_their_currencies_apart() {
    // The file read in the wrong encoding: its euros' `€` came out as `â‚¬`, so the amount
    // column is no longer all numbers. The dollars and pounds left still say their currency
    // and are not added together.
    let file = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,â‚¬100.00\n2,B,2025-01-06,â‚¬50.00\n3,C,2025-01-07,â‚¬80.00\n\
        4,D,2025-01-08,$20.00\n5,E,2025-01-09,$10.00\n6,F,2025-02-01,30.00 GBP\n";
    let (_, dollars) = analysed(file, None);
    assert_eq!(
        dollars.currencies,
        [("USD".to_string(), 2), ("GBP".to_string(), 1)]
    );
    assert_eq!(dollars.currency.symbol, "$");
    assert_eq!((dollars.customers, dollars.revenue), (2, 30.0));
    assert_eq!(
        dollars.report.problems.len(),
        3,
        "{:?}",
        dollars.report.problems
    );
    // Nor is the shop's currency taken from cells that are no amounts.
    let only_dollars = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,â‚¬100.00\n2,B,2025-01-06,â‚¬50.00\n3,C,2025-01-07,â‚¬80.00\n\
        4,D,2025-01-08,$20.00\n5,E,2025-01-09,$10.00\n6,F,2025-01-10,$5.00\n";
    let (_, unsaid) = analysed(only_dollars, None);
    assert_eq!(unsaid.currency.symbol, "");
    assert_eq!((unsaid.customers, unsaid.revenue), (3, 35.0));
    // The euros, asked for, are not in the file as read.
    let (_, asked) = analysis(file, Some("EUR"));
    assert_eq!(
        asked.map(|_| ()).unwrap_err().to_string(),
        "This file has no rows in EUR. Its currencies: USD (2 rows), GBP (1 row)."
    );
}

#[test]
fn one_currency_written_two_ways_is_one_currency() {
    let file = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,$100.00\n2,B,2025-01-06,50.00 USD\n3,C,2025-01-07,US$80.00\n";
    let (_, view) = analysed(file, None);
    assert_eq!(view.currencies, [("USD".to_string(), 3)]);
    assert_eq!(view.currency.symbol, "$");
    assert_eq!((view.customers, view.revenue), (3, 230.0));
}

#[test]
fn a_customer_list_in_two_currencies_counts_one() {
    // A customer export with one row per customer and currency.
    let file = "customer_id,total_spent,orders_count,last_order_date,currency\n\
        A,100.00,2,2025-01-05,USD\nB,80.00,1,2025-01-07,EUR\nA,40.00,1,2025-01-09,EUR\n";
    let (_, euros) = analysed(file, None);
    assert_eq!(
        euros.currencies,
        [("EUR".to_string(), 2), ("USD".to_string(), 1)]
    );
    assert_eq!((euros.customers, euros.revenue), (2, 120.0));
    assert!(
        euros.report.problems.is_empty(),
        "{:?}",
        euros.report.problems
    );
    let (_, dollars) = analysed(file, Some("USD"));
    assert_eq!((dollars.customers, dollars.revenue), (1, 100.0));
}

#[test]
fn a_host_chooses_the_currency_and_is_told_them_all() {
    use segmenter_engine::session::HostOptions;
    let file = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,$100.00\n2,B,2025-01-06,€80.00\n3,A,2025-02-01,$30.00\n";
    let mut s = Session::new();
    let dollars = s
        .segment_file("shop.csv", file.as_bytes(), &HostOptions::default())
        .unwrap();
    assert_eq!(dollars.currencies, ["USD", "EUR"]);
    assert_eq!((dollars.currency.as_str(), dollars.revenue), ("$", 130.0));
    let euros = HostOptions {
        currency: Some("EUR".into()),
        ..HostOptions::default()
    };
    let euros = s.segment_file("shop.csv", file.as_bytes(), &euros).unwrap();
    assert_eq!((euros.currency.as_str(), euros.revenue), ("€", 80.0));
    assert_eq!(euros.customers, 1);
}

#[test]
fn a_mark_several_currencies_write_is_the_one_the_column_names_by_code() {
    // Swedish crowns written "kr" and "SEK", Canadian dollars "$" and "CAD": one each.
    let crowns = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,99 kr\n2,B,2025-01-06,SEK 50\n3,C,2025-01-07,10 kr\n";
    let (_, view) = analysed(crowns, None);
    assert_eq!(view.currencies, [("SEK".to_string(), 3)]);
    assert_eq!((view.customers, view.revenue), (3, 159.0));
    let dollars = "order_id,customer_id,order_date,amount\n\
        1,A,2025-01-05,$99.00\n2,B,2025-01-06,CAD 50.00\n";
    let (_, view) = analysed(dollars, None);
    assert_eq!(view.currencies, [("CAD".to_string(), 2)]);
    assert_eq!(view.revenue, 149.0);
}
