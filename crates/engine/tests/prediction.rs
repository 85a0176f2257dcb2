//! The prediction models against Python `lifetimes` 0.11.3 on the CDNOW sample: the
//! fixtures under `tests/prediction/` hold each customer's history and lifetimes'
//! figures, and its fitted parameters (see `reference.py` there for how they were made).

use segmenter_engine::prediction::{predict, Histories, History, PredictionOptions};
use serde_json::Value;
use std::path::Path;

/// One CDNOW customer: the history lifetimes summarised and what it predicted.
struct Expected {
    history: History,
    p_alive: f64,
    expected_purchases: f64,
    expected_order_value: f64,
    clv: f64,
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/prediction")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

fn cdnow() -> Vec<Expected> {
    let text = fixture("cdnow.csv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,\
             expected_order_value,clv"
        )
    );
    // lifetimes writes its days (`freq="D"`) as floats; every one is whole.
    let days = |v: f64| {
        assert_eq!(v.fract(), 0.0, "{v} days");
        v as u32
    };
    lines
        .map(|line| {
            let v: Vec<f64> = line
                .split(',')
                .map(|c| c.parse().expect("number"))
                .collect();
            Expected {
                history: History {
                    frequency: v[1] as u32,
                    recency: days(v[2]),
                    t: days(v[3]),
                    monetary: v[4],
                },
                p_alive: v[5],
                expected_purchases: v[6],
                expected_order_value: v[7],
                clv: v[8],
            }
        })
        .collect()
}

/// |got - want| relative to want, or to `floor` when want is smaller.
fn deviation(got: f64, want: f64, floor: f64) -> f64 {
    (got - want).abs() / want.abs().max(floor)
}

#[test]
fn prediction_matches_lifetimes_on_cdnow() {
    let expected = cdnow();
    let params: Value = serde_json::from_str(&fixture("cdnow_params.json")).expect("JSON");
    assert_eq!(
        expected.len(),
        params["customers"].as_u64().unwrap() as usize
    );
    let options = PredictionOptions {
        horizon_days: params["horizon_days"].as_u64().unwrap() as u32,
        discount_monthly: params["discount_monthly"].as_f64().unwrap(),
    };
    let histories: Histories = expected.iter().map(|e| Some(e.history)).collect();
    let prediction = predict(&histories, &options).unwrap();

    let bg = prediction.bg_nbd;
    let gg = prediction.order_values.expect("order values");
    let fitted = [
        ("r", bg.r, &params["bg_nbd"]["r"]),
        ("alpha", bg.alpha, &params["bg_nbd"]["alpha"]),
        ("a", bg.a, &params["bg_nbd"]["a"]),
        ("b", bg.b, &params["bg_nbd"]["b"]),
        ("p", gg.p, &params["gamma_gamma"]["p"]),
        ("q", gg.q, &params["gamma_gamma"]["q"]),
        ("v", gg.v, &params["gamma_gamma"]["v"]),
    ];
    for (name, got, want) in fitted {
        let want = want.as_f64().unwrap();
        eprintln!("{name}: {got:.6} (lifetimes {want:.6})");
        assert!(
            deviation(got, want, 0.0) < 1e-3,
            "{name} = {got}, lifetimes {want}"
        );
    }

    // The largest deviation of each figure, with the customer it occurs for.
    let mut worst = [(0.0f64, 0usize); 4];
    for (i, (e, got)) in expected.iter().zip(prediction.customers()).enumerate() {
        let got = got.expect("a prediction per history");
        let value = got.value.expect("a value per customer");
        let h = e.history;
        assert_eq!(
            value.value_is_shop_mean,
            h.frequency == 0 || h.monetary <= 0.0,
            "customer {i}"
        );
        let deviations = [
            (got.p_alive - e.p_alive).abs(),
            deviation(got.expected_purchases, e.expected_purchases, 0.01),
            // (No CDNOW customer's repeats average $0.00, where lifetimes would shrink the
            // value towards $0 and the engine takes the shop's mean.)
            deviation(value.expected_order_value, e.expected_order_value, 0.0),
            deviation(value.clv, e.clv, 0.01),
        ];
        for (w, d) in worst.iter_mut().zip(deviations) {
            if d > w.0 {
                *w = (d, i);
            }
        }
    }
    let [p_alive, purchases, order_value, clv] = worst;
    eprintln!(
        "largest deviations: P(alive) {:.2e} (customer {}), expected purchases {:.2e} ({}), \
         order value {:.2e} ({}), CLV {:.2e} ({})",
        p_alive.0, p_alive.1, purchases.0, purchases.1, order_value.0, order_value.1, clv.0, clv.1
    );
    assert!(p_alive.0 < 0.005, "P(alive) off by {:?}", p_alive);
    assert!(
        purchases.0 < 0.01,
        "expected purchases off by {:?}",
        purchases
    );
    assert!(order_value.0 < 0.01, "order value off by {:?}", order_value);
    assert!(clv.0 < 0.01, "CLV off by {:?}", clv);
}

/// Times reading aside: histories and prediction for a generated shop, by hand, in
/// release (on the file below: 166,666 customers, about 0.22 s on one core of the
/// development machine; lifetimes 0.11.3 fits r 0.216043, alpha 8.29968, a 1.19645,
/// b 14.1529, p 1.98761, q 1.97471, v 33.9809 to the same orders, and its summary equals
/// `histories`' for every customer):
///
/// ```text
/// python3 /work/shared/tools/gen_orders.py 1000000 --seed 1 -o /tmp/o1m.csv
/// PREDICTION_ORDERS=/tmp/o1m.csv cargo test --release -p segmenter-engine --test prediction \
///     -- --ignored --nocapture
/// ```
#[test]
#[ignore = "a timing run by hand on a generated file"]
fn prediction_time_for_a_large_shop() {
    use segmenter_engine::features::default_reference;
    use segmenter_engine::prediction::histories;
    use segmenter_engine::reading::{read_table, ReadOptions};
    use segmenter_engine::roles::propose_mapping;
    use segmenter_engine::shop::bind;
    use std::time::Instant;

    let path = std::env::var("PREDICTION_ORDERS").unwrap_or("/tmp/o1m.csv".to_string());
    let bytes = std::fs::read(&path).expect("the generated orders");
    let table = read_table(&bytes, &ReadOptions::default()).expect("readable");
    let shop = bind(&table, &propose_mapping(&table)).expect("bound");
    let reference = default_reference(&shop).expect("orders");

    let start = Instant::now();
    let histories = histories(&shop, reference);
    let summarised = start.elapsed();
    let prediction = predict(&histories, &PredictionOptions::default()).expect("a prediction");
    let total = start.elapsed();
    eprintln!(
        "{} customers, {} orders: histories {:.1} ms, fit and predict {:.1} ms, total {:.1} ms",
        shop.customers.len(),
        shop.orders.len(),
        summarised.as_secs_f64() * 1e3,
        (total - summarised).as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3
    );
    eprintln!("{:?}\n{:?}", prediction.bg_nbd, prediction.order_values);
}

/// The CDNOW purchases read as a merchant's export, as of 1997-10-01 (later purchases left
/// out by the reference date), predicted through the session as the page and the command
/// line ask: every customer's figures as lifetimes gives them.
#[test]
fn a_file_of_orders_predicts_as_lifetimes_does() {
    use segmenter_engine::basics::calendar::Date;
    use segmenter_engine::reading::ReadOptions;
    use segmenter_engine::session::{
        AnalyzeOptions, Answer, ExportRequest, PredictOptions, Request, Session,
    };
    let orders = fixture("cdnow-orders.csv");
    let mut session = Session::new();
    let overview = session
        .read_bytes(
            "cdnow-orders.csv",
            orders.as_bytes(),
            &ReadOptions::default(),
        )
        .unwrap();
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        reference: Date::from_ymd(1997, 10, 1),
        ..AnalyzeOptions::default()
    };
    session.handle(Request::Analyze(options)).unwrap();
    let predict = PredictOptions {
        check_days: None,
        ..PredictOptions::default()
    };
    let Ok(Answer::Predicted(view, Some(scheme), _)) = session.handle(Request::Predict(predict))
    else {
        panic!("no prediction");
    };
    assert_eq!(view.customers, 2357);
    let params: Value = serde_json::from_str(&fixture("cdnow_params.json")).expect("JSON");
    let want = |model: &str, name: &str| params[model][name].as_f64().unwrap();
    assert!(deviation(view.purchases.alpha, want("bg_nbd", "alpha"), 0.0) < 1e-3);
    let values = view.order_values.expect("order values");
    assert!(deviation(values.q, want("gamma_gamma", "q"), 0.0) < 1e-3);
    // Every segment now carries the predicted figures; the chance still active, for the
    // segments with customers who bought on two days or more (one purchase day is too
    // little for the model to tell). On this file, every segment with a customer of two
    // orders or more has such a customer.
    for s in scheme.segments.iter().filter(|s| s.customers > 0) {
        assert!(s.expected_purchases.is_some(), "{s:?}");
        let repeat_buyers = s.repeat_share.is_some_and(|r| r > 0.0);
        assert_eq!(s.repeat_p_alive.is_some(), repeat_buyers, "{s:?}");
    }

    let Ok(Answer::Download(file)) = session.handle(Request::Export(ExportRequest::Predictions))
    else {
        panic!("no export");
    };
    let text = String::from_utf8(file.bytes).unwrap();
    let mut rows = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        rows.next(),
        Some("customer_id,frequency,recency,T,p_alive,expected_purchases,expected_order_value,clv")
    );
    let reference: std::collections::HashMap<String, Vec<f64>> = fixture("cdnow.csv")
        .lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            let numbers = cells[1..].iter().map(|c| c.parse().unwrap()).collect();
            (cells[0].to_string(), numbers)
        })
        .collect();
    let mut compared = 0;
    for row in rows {
        let cells: Vec<&str> = row.split(',').collect();
        let want = &reference[cells[0]];
        let got = |i: usize| cells[i].parse::<f64>().unwrap();
        // frequency, recency and T as lifetimes summarised them.
        assert_eq!(
            (got(1), got(2), got(3)),
            (want[0], want[1], want[2]),
            "{row}"
        );
        assert!((got(4) - want[4]).abs() <= 0.005, "P(alive) {row}");
        // Written to four places: within 1 % or 0.0001.
        assert!(
            (got(5) - want[5]).abs() <= (want[5] * 0.01).max(1e-4),
            "purchases {row}"
        );
        compared += 1;
    }
    assert_eq!(compared, 2357);
}

/// A session with the sample shop read and analysed as proposed.
fn analysed_sample_shop() -> segmenter_engine::session::Session {
    analysed_sample_shop_and("")
}

/// A prediction over the next `days`, its other options the page's defaults.
fn over_days(days: u32) -> segmenter_engine::session::PredictOptions {
    segmenter_engine::session::PredictOptions {
        prediction: PredictionOptions {
            horizon_days: days,
            ..PredictionOptions::default()
        },
        ..Default::default()
    }
}

/// A row dated long before the sample shop's first order (2023-07-04), without an amount:
/// it makes no customer, so binding alone finds that an analysis as of a day between the
/// two has none.
const AN_EARLY_ROW_WITHOUT_AMOUNT: &str =
    "999,C9999999,2021-01-01,,1,Accessories,US,Texas,70668,30,F,early@example.com\n";

/// The exports `what` of the analysis on show, as written.
fn exported(
    session: &mut segmenter_engine::session::Session,
    what: &[segmenter_engine::session::ExportRequest],
) -> Vec<String> {
    use segmenter_engine::session::{Answer, Request};
    let export = |what: &segmenter_engine::session::ExportRequest| match session
        .handle(Request::Export(what.clone()))
    {
        Ok(Answer::Download(file)) => String::from_utf8(file.bytes).unwrap(),
        other => panic!("{other:?}"),
    };
    what.iter().map(export).collect()
}

/// Asks `session` (the sample shop with [`AN_EARLY_ROW_WITHOUT_AMOUNT`]) for an analysis as
/// of two days before its first order, one before every row (refused before anything is
/// bound) and one after that row (found out by binding, and said so), and checks that each
/// fails, with the exports `what` of the analysis on show the same after it.
fn fails_before_the_first_order_leaving(
    session: &mut segmenter_engine::session::Session,
    what: &[segmenter_engine::session::ExportRequest],
) {
    use segmenter_engine::basics::calendar::Date;
    use segmenter_engine::session::{AnalyzeOptions, EngineError, Request};
    use segmenter_words::{Language, Sentence};
    let before = exported(session, what);
    let sentences = [
        "There was no customer yet at the start of 1 January 2000: every order is dated on \
         or after it. Choose a later date.",
        "There was no customer yet at the start of 1 January 2022: the one row dated before \
         it could not be used. Choose a later date.",
    ];
    for (day, sentence) in [(2000, sentences[0]), (2022, sentences[1])] {
        let day = Date::from_ymd(day, 1, 1);
        let too_early = AnalyzeOptions {
            reference: day,
            ..session.analyzed_with().unwrap().clone()
        };
        let error = session.handle(Request::Analyze(too_early)).unwrap_err();
        assert!(matches!(
            error,
            EngineError::NoCustomersYet { .. } | EngineError::NoUsableOrderYet { rows: 1, .. }
        ));
        assert_eq!(error.sentence(Language::English), sentence);
        assert_eq!(exported(session, what), before, "as of {day:?}");
    }
}

/// A session with the sample shop and `rows` after it read and analysed as proposed.
fn analysed_sample_shop_and(rows: &str) -> segmenter_engine::session::Session {
    use segmenter_engine::reading::sample::sample_shop_csv;
    use segmenter_engine::reading::ReadOptions;
    use segmenter_engine::session::{AnalyzeOptions, Request, Session};
    let mut session = Session::new();
    let csv = [sample_shop_csv(), rows.as_bytes().to_vec()].concat();
    let overview = session
        .read_bytes("sample.csv", &csv, &ReadOptions::default())
        .unwrap();
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    };
    session.handle(Request::Analyze(options)).unwrap();
    session
}

/// The sample shop's RFM segments, once predicted: each campaign's headline says what is
/// particular to its segment, so no two read the same.
#[test]
fn every_segment_of_the_sample_shop_gets_its_own_headline() {
    use segmenter_engine::session::{Answer, PredictOptions, Request};
    let mut session = analysed_sample_shop();
    let Ok(Answer::Predicted(_, Some(scheme), _)) =
        session.handle(Request::Predict(PredictOptions::default()))
    else {
        panic!("no prediction");
    };
    let headlines: Vec<&str> = scheme
        .campaigns
        .iter()
        .map(|c| c.objective.as_str())
        .collect();
    let mut distinct = headlines.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), headlines.len(), "{headlines:#?}");
    assert!(scheme
        .campaigns
        .iter()
        .any(|c| c.why.contains("chance they are still active")));
}

#[test]
fn a_prediction_made_again_replaces_the_one_before() {
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::session::{Answer, EngineError, ExportRequest, PredictOptions, Request};
    let mut session = analysed_sample_shop();
    let over = |horizon_days| PredictOptions {
        prediction: PredictionOptions {
            horizon_days,
            ..PredictionOptions::default()
        },
        ..PredictOptions::default()
    };
    let Ok(Answer::Predicted(year, _, _)) = session.handle(Request::Predict(over(365))) else {
        panic!("no prediction");
    };
    let Ok(Answer::Predicted(two_years, Some(scheme), _)) =
        session.handle(Request::Predict(over(730)))
    else {
        panic!("no second prediction");
    };
    assert_eq!(two_years.customers, year.customers);
    assert!(two_years.expected_purchases > year.expected_purchases);
    let expected: f64 = scheme
        .segments
        .iter()
        .filter_map(|s| s.expected_purchases)
        .sum();
    assert!((expected - two_years.expected_purchases).abs() < 1e-6 * expected);
    let Ok(Answer::Download(file)) = session.handle(Request::Export(ExportRequest::Predictions))
    else {
        panic!("no export");
    };
    let rows = String::from_utf8(file.bytes).unwrap().lines().count();
    assert_eq!(rows, two_years.customers + 1);
    // One that cannot be made leaves none behind, rather than the last one's figures.
    assert!(matches!(
        session.handle(Request::Predict(over(0))),
        Err(EngineError::Prediction(_))
    ));
    assert!(matches!(
        session.handle(Request::Export(ExportRequest::Predictions)),
        Err(EngineError::NothingToExport)
    ));
    let Ok(Answer::Segmented(view)) =
        session.handle(Request::Segment(SchemeChoice::Preset(Preset::Loyalty)))
    else {
        panic!("no segments");
    };
    assert!(view
        .segments
        .iter()
        .all(|s| s.repeat_p_alive.is_none() && s.expected_purchases.is_none()));
}

/// An analysis that fails (here, as of a day before the shop's first order, whether said
/// at once or found by binding) leaves the one on show as it was: the scheme on show, the
/// prediction with its horizon, every customer's figures, the cross-tab's cells; the
/// merchant goes on from there.
#[test]
fn an_analysis_that_fails_leaves_the_one_on_show() {
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::session::{Answer, ExportRequest, Request};
    let mut session = analysed_sample_shop_and(AN_EARLY_ROW_WITHOUT_AMOUNT);
    assert!(session.handle(Request::Predict(over_days(730))).is_ok());
    let future = SchemeChoice::Preset(Preset::FUTURE_VALUE);
    let Ok(Answer::Segmented(shown)) = session.handle(Request::Segment(future.clone())) else {
        panic!("no Future value segments");
    };
    let loyalty = SchemeChoice::Preset(Preset::Loyalty);
    assert!(session.handle(Request::Crosstab(loyalty)).is_ok());
    let what = [
        ExportRequest::AllCustomers,
        ExportRequest::Predictions,
        ExportRequest::Summary,
        ExportRequest::CrossCell(0, 0),
    ];
    fails_before_the_first_order_leaving(&mut session, &what);
    let Ok(Answer::Segmented(again)) = session.handle(Request::Segment(future)) else {
        panic!("no Future value segments after the failed analyses");
    };
    assert_eq!(again.segments, shown.segments);
}

/// A rule on show that reads each customer's spend over the last twelve months (ranked on
/// the Value tab) stays on show after an analysis that fails, segmenting the same customers
/// the same way: the spend it reads is there again before it segments.
#[test]
fn an_analysis_that_fails_keeps_a_rule_on_spend_in_a_period() {
    use segmenter_engine::features::Period;
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::scheme::Scheme;
    use segmenter_engine::session::{Answer, ExportRequest, Request};
    let mut session = analysed_sample_shop_and(AN_EARLY_ROW_WITHOUT_AMOUNT);
    let last_year = Period::Last { days: 365 };
    assert!(session.handle(Request::Value(Some(last_year))).is_ok());
    let rule: Scheme = serde_json::from_str(
        r#"{"name": "Last year's best", "rules": [{"segment": "Spent 200 or more",
            "when": {"between": {"feature": "spend_in_period", "min": 200.0, "max": null}}}],
            "otherwise": "The rest"}"#,
    )
    .unwrap();
    let rule = SchemeChoice::Custom(rule);
    let Ok(Answer::Segmented(shown)) = session.handle(Request::Segment(rule.clone())) else {
        panic!("the rule does not segment");
    };
    assert!(shown.segments.iter().all(|s| s.customers > 0));
    let what = [ExportRequest::AllCustomers, ExportRequest::Summary];
    assert!(exported(&mut session, &what)[1].contains("Spent 200 or more"));
    fails_before_the_first_order_leaving(&mut session, &what);
    let Ok(Answer::Segmented(again)) = session.handle(Request::Segment(rule)) else {
        panic!("the rule does not segment after the failed analyses");
    };
    assert_eq!(again.segments, shown.segments);
}

/// The answer of a prediction under way, its stages taken one after another.
fn answer_in_stages(
    session: &mut segmenter_engine::session::Session,
    mut job: segmenter_engine::session::PredictionJob,
) -> Result<segmenter_engine::session::Answer, segmenter_engine::session::EngineError> {
    use segmenter_engine::session::PredictionStep;
    loop {
        match session.advance_prediction(job) {
            PredictionStep::Pending(rest) => job = rest,
            PredictionStep::Answered(answer) => return answer,
        }
    }
}

/// An analysis asked to show Future value before any prediction (results brought back
/// after Cancel, a host's saved choice) shows the default until the prediction is made,
/// then Future value in the prediction's answer, unless another scheme was asked for since.
/// A comparison asked meanwhile is made with it.
#[test]
fn a_scheme_on_predicted_figures_is_shown_once_the_prediction_is_made() {
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::rfm::RfmOptions;
    use segmenter_engine::segmentation::scheme::Scheme;
    use segmenter_engine::session::protocol::Compare;
    use segmenter_engine::session::{
        AnalyzeOptions, Answer, PredictOptions, Request, WhilePredicting,
    };
    let future_value = SchemeChoice::Preset(Preset::FUTURE_VALUE);
    let loyalty = SchemeChoice::Preset(Preset::Loyalty);
    let mut session = analysed_sample_shop();
    let default = session.analyzed_with().unwrap().clone();
    let analyze_future_value = || {
        Request::Analyze(AnalyzeOptions {
            scheme: Some(future_value.clone()),
            ..default.clone()
        })
    };
    let predict = || Request::Predict(PredictOptions::default());

    let Ok(Answer::Analyzed(view)) = session.handle(analyze_future_value()) else {
        panic!("no analysis");
    };
    assert_ne!(view.scheme.choice, future_value);
    assert!(view.scheme_stands_in);
    let Ok(Answer::Predicted(_, Some(scheme), _)) = session.handle(predict()) else {
        panic!("no prediction");
    };
    assert_eq!(scheme.choice, future_value);
    assert!(scheme.segments.iter().any(|s| s.predicted_value.is_some()));
    // Asked again, with the prediction made, it is shown at once; predicted again, it stays.
    let Ok(Answer::Analyzed(view)) = session.handle(analyze_future_value()) else {
        panic!("no analysis");
    };
    assert_eq!(view.scheme.choice, future_value);
    assert!(!view.scheme_stands_in);

    // Another scheme asked for before the prediction is made is the one it summarises; one
    // that cannot be shown leaves the one on show.
    let mut session = analysed_sample_shop();
    assert!(session.handle(analyze_future_value()).is_ok());
    assert!(session.handle(Request::Segment(loyalty.clone())).is_ok());
    let Ok(Answer::Predicted(_, Some(scheme), _)) = session.handle(predict()) else {
        panic!("no prediction");
    };
    assert_eq!(scheme.choice, loyalty);
    let mut session = analysed_sample_shop();
    let Ok(Answer::Analyzed(shown)) = session.handle(analyze_future_value()) else {
        panic!("no analysis");
    };
    let unmapped: Scheme = serde_json::from_str(
        r#"{"name": "B2B", "rules": [{"segment": "Companies",
            "when": {"in": {"feature": "company_size", "values": ["1-10"]}}}],
            "otherwise": "The rest"}"#,
    )
    .unwrap();
    assert!(session
        .handle(Request::Segment(SchemeChoice::Custom(unmapped.clone())))
        .is_err());
    let Ok(Answer::Predicted(_, Some(scheme), _)) = session.handle(predict()) else {
        panic!("no prediction");
    };
    assert_eq!(scheme.choice, shown.scheme.choice);

    // Asked for while the prediction is made, it is in the prediction's answer.
    let mut session = analysed_sample_shop();
    let job = session.start_prediction(PredictOptions::default()).unwrap();
    let waits = session.answer_while_predicting(Request::Segment(future_value.clone()));
    assert!(matches!(waits, WhilePredicting::Waits(_)));
    let Ok(Answer::Predicted(_, Some(scheme), _)) = answer_in_stages(&mut session, job) else {
        panic!("no prediction in stages");
    };
    assert_eq!(scheme.choice, future_value);

    // A comparison asked for while Future value waits is made once the prediction is, with
    // it, and says so: the page shows it with Future value rather than comparing again.
    // Asked before the prediction is, it is held until then (as the browser's worker does);
    // other requests are not, nor is it once the prediction was asked for.
    let mut session = analysed_sample_shop();
    let Ok(Answer::Analyzed(shown)) = session.handle(analyze_future_value()) else {
        panic!("no analysis");
    };
    let compare = Request::Migrate(Compare::Dates {
        from: shown.reference.plus_days(-91),
        to: None,
    });
    assert!(session.holds_for_prediction(&compare));
    assert!(!session.holds_for_prediction(&Request::Value(None)));
    let job = session.start_prediction(PredictOptions::default()).unwrap();
    assert!(!session.holds_for_prediction(&compare));
    let WhilePredicting::Waits(compare) = session.answer_while_predicting(compare) else {
        panic!("answered before the prediction");
    };
    assert!(answer_in_stages(&mut session, job).is_ok());
    let Ok(Answer::Migrated(view)) = session.handle(compare.clone()) else {
        panic!("not compared");
    };
    assert_eq!(view.choice, future_value);
    // Nor with no scheme standing in, with another scheme asked for, or after a prediction
    // that could not be made.
    let mut session = analysed_sample_shop();
    assert!(!session.holds_for_prediction(&compare));
    assert!(session.handle(analyze_future_value()).is_ok());
    assert!(session.handle(Request::Segment(loyalty.clone())).is_ok());
    assert!(!session.holds_for_prediction(&compare));
    assert!(session.handle(analyze_future_value()).is_ok());
    assert!(session.handle(Request::Predict(over_days(0))).is_err());
    assert!(!session.holds_for_prediction(&compare));

    // The RFM grid edited while Future value waits: the prediction's answer keeps RFM.
    let mut session = analysed_sample_shop();
    let Ok(Answer::Analyzed(shown)) = session.handle(analyze_future_value()) else {
        panic!("no analysis");
    };
    let job = session.start_prediction(PredictOptions::default()).unwrap();
    let three_points = RfmOptions {
        points: 3,
        ..default.rfm.clone()
    };
    let waits = session.answer_while_predicting(Request::Rescore(three_points));
    assert!(matches!(waits, WhilePredicting::Waits(_)));
    let Ok(Answer::Predicted(_, Some(scheme), _)) = answer_in_stages(&mut session, job) else {
        panic!("no prediction in stages");
    };
    assert_eq!(scheme.choice, shown.scheme.choice);

    // A scheme asked for that does not fit the file is not waited for: the default is shown
    // in its place, and nothing stands in.
    let mut session = analysed_sample_shop();
    let Ok(Answer::Analyzed(view)) = session.handle(Request::Analyze(AnalyzeOptions {
        scheme: Some(SchemeChoice::Custom(unmapped)),
        ..default.clone()
    })) else {
        panic!("no analysis");
    };
    assert_eq!(view.scheme.choice, shown.scheme.choice);
    assert!(!view.scheme_stands_in);
}

/// A scheme asked for while the prediction is made that waits for it (tiers over the last
/// 30 days split by Future value) leaves the spend the page reads meanwhile as it was: a
/// draft naming no period is counted over the year *Top customers* ranked over, and the
/// scheme is shown over its own 30 days once the prediction is made.
#[test]
fn a_scheme_waiting_for_the_prediction_leaves_the_spend_read_meanwhile() {
    use segmenter_engine::features::Period;
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::scheme::Scheme;
    use segmenter_engine::session::{Answer, PredictOptions, Request, WhilePredicting};
    let mut session = analysed_sample_shop();
    let year = Period::Last { days: 365 };
    assert!(session.handle(Request::Value(Some(year))).is_ok());
    let draft: Scheme = serde_json::from_str(
        r#"{"name": "Bought lately", "rules": [{"segment": "Spent",
            "when": {"between": {"feature": "spend_in_period", "min": 0.01, "max": null}}}],
            "otherwise": "The rest"}"#,
    )
    .unwrap();
    let counted = |session: &mut segmenter_engine::session::Session| match session
        .answer_while_predicting(Request::Preview(draft.clone()))
    {
        WhilePredicting::Answered(Ok(Answer::Preview(preview))) => preview.segments,
        _ => panic!("not counted"),
    };
    let over_the_year = counted(&mut session);
    let tiers = SchemeChoice::Preset(Preset::ValueTiers {
        period: Period::Last { days: 30 },
    });
    let split = SchemeChoice::Subdivided(
        Box::new(tiers),
        Box::new(SchemeChoice::Preset(Preset::FUTURE_VALUE)),
    );
    let job = session.start_prediction(PredictOptions::default()).unwrap();
    let waits = session.answer_while_predicting(Request::Segment(split.clone()));
    assert!(matches!(waits, WhilePredicting::Waits(_)));
    assert_eq!(counted(&mut session), over_the_year);
    let Ok(Answer::Predicted(_, Some(scheme), _)) = answer_in_stages(&mut session, job) else {
        panic!("no prediction in stages");
    };
    assert_eq!(scheme.choice, split);
    assert!(scheme
        .scheme
        .name
        .starts_with("Spend tiers, last 30 days by "));
}

/// The prediction made a stage at a time, as the browser's worker makes it: a switch to a
/// scheme that reads no predicted figure is answered between two stages, a switch to one
/// that does and any other request wait, and the prediction comes out as made in one go,
/// with the segments of the scheme switched to summarised again.
#[test]
fn a_prediction_in_stages_gives_way_to_a_switch_and_predicts_the_same() {
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::session::{
        AnalyzeOptions, Answer, PredictOptions, PredictionStep, Request, WhilePredicting,
    };
    use segmenter_engine::store::Stored;
    let loyalty = SchemeChoice::Preset(Preset::Loyalty);

    let mut in_one_go = analysed_sample_shop();
    let Ok(Answer::Predicted(made, _, _)) =
        in_one_go.handle(Request::Predict(PredictOptions::default()))
    else {
        panic!("no prediction in one go");
    };
    let Ok(Answer::Segmented(loyalty_after)) = in_one_go.handle(Request::Segment(loyalty.clone()))
    else {
        panic!("no segments");
    };

    let mut session = analysed_sample_shop();
    let mut job = session
        .start_prediction(PredictOptions::default())
        .expect("a prediction under way");
    // Two stages in: the check's histories (the orders' date order looked at, then one run
    // of orders).
    for _ in 0..2 {
        job = match session.advance_prediction(job) {
            PredictionStep::Pending(job) => job,
            PredictionStep::Answered(_) => panic!("answered after one stage"),
        };
    }
    let answered = |turn| matches!(turn, WhilePredicting::Answered(Ok(_)));
    let waits = |turn| matches!(turn, WhilePredicting::Waits(_));
    assert!(answered(session.answer_while_predicting(Request::Profile)));
    let schemes = Stored::Schemes(Vec::new());
    assert!(answered(
        session.answer_while_predicting(Request::WriteStored(schemes))
    ));
    let future_value = SchemeChoice::Preset(Preset::FUTURE_VALUE);
    assert!(waits(
        session.answer_while_predicting(Request::Segment(future_value))
    ));
    let analyze = Request::Analyze(AnalyzeOptions::default());
    assert!(waits(session.answer_while_predicting(analyze)));
    let WhilePredicting::Answered(Ok(Answer::Segmented(between))) =
        session.answer_while_predicting(Request::Segment(loyalty.clone()))
    else {
        panic!("no segments between the stages");
    };
    assert_eq!(between.scheme.name, loyalty_after.scheme.name);
    // No predicted figure yet: the old prediction went when this one started.
    assert!(between
        .segments
        .iter()
        .all(|s| s.repeat_p_alive.is_none() && s.expected_purchases.is_none()));

    let mut stages = 2;
    let answer = loop {
        stages += 1;
        match session.advance_prediction(job) {
            PredictionStep::Pending(rest) => job = rest,
            PredictionStep::Answered(answer) => break answer,
        }
    };
    // The check: its histories (two stages), its refit's patterns, the refit (a small
    // shop's in one stage), what the refit expects (customers grouped by pattern, the
    // patterns' figures, the customers'), comparison. Then the histories, each model's
    // patterns and fit, and what they expect. Then the view and the segments again.
    assert_eq!(stages, 8 + 9 + 1);
    let Ok(Answer::Predicted(view, Some(scheme), _)) = answer else {
        panic!("no prediction in stages");
    };
    // Compared as printed, so that every figure is the same to the bit (NaN included).
    assert_eq!(format!("{view:?}"), format!("{made:?}"));
    assert_eq!(format!("{scheme:?}"), format!("{loyalty_after:?}"));
}

/// The purchase model counts a customer who never bought again as still active, however
/// long ago their one purchase day was (lifetimes' P(alive) is 1 for them, two orders on
/// one day being one purchase): the Future value scheme puts them in a segment of their
/// own, so that "Active" means customers whose repeat purchases the model has seen, and not
/// one-order customers of two years ago.
#[test]
fn future_value_keeps_the_customers_of_one_purchase_day_apart_from_the_active() {
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::session::{
        Answer, CustomerQuery, ExportRequest, PredictOptions, Request, SortKey,
    };
    // The sample shop, and a customer of two orders on one day.
    let mut session = analysed_sample_shop_and(
        "997,C9999997,2024-01-15,40.00,1,Accessories,US,Texas,70668,30,F,twice@example.com\n\
         998,C9999997,2024-01-15,25.00,1,Books,US,Texas,70668,30,F,twice@example.com\n",
    );
    let Ok(Answer::Predicted(prediction, _, _)) =
        session.handle(Request::Predict(PredictOptions::default()))
    else {
        panic!("no prediction");
    };
    let future = SchemeChoice::Preset(Preset::FUTURE_VALUE);
    let Ok(Answer::Segmented(view)) = session.handle(Request::Segment(future)) else {
        panic!("no Future value segments");
    };
    let once = &view.segments[0];
    assert_eq!(once.name, "Bought once");
    let Ok(Answer::Download(file)) = session.handle(Request::Export(ExportRequest::AllCustomers))
    else {
        panic!("no export");
    };
    let text = String::from_utf8(file.bytes).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines().map(csv_fields);
    let header = lines.next().unwrap();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (segment, orders, alive) = (
        column("segment_future_value"),
        column("orders"),
        column("p_alive"),
    );
    let (first, last) = (column("first_order"), column("last_order"));
    let (mut bought_once, mut on_one_day) = (0, 0);
    for row in lines {
        let one_day = row[first] == row[last];
        if one_day {
            // Why: the model has not seen them stop.
            assert_eq!(row[alive], "1", "{row:?}");
        }
        assert_eq!(one_day, row[segment] == "Bought once", "{row:?}");
        bought_once += usize::from(one_day);
        on_one_day += usize::from(one_day && row[orders] != "1");
    }
    // One of them ordered twice, both on that day.
    assert_eq!(on_one_day, 1);
    assert_eq!(bought_once, once.customers);
    // The prediction says how many there are, beside those it counts as likely active.
    assert_eq!(prediction.bought_once, bought_once);
    assert!(bought_once > 0 && bought_once < view.segments.iter().map(|s| s.customers).sum());
    // The page shows no chance still active for them: not in their segment's row...
    assert_eq!(once.repeat_p_alive, None);
    // ...nor in a list, where sorted by it they come last, after every repeat buyer.
    let query = CustomerQuery {
        segment: None,
        cross: None,
        sort: SortKey::Alive,
        descending: true,
        page: 0,
        page_size: 500,
    };
    let all = view.segments.iter().map(|s| s.customers).sum::<usize>();
    let last_page = CustomerQuery {
        page: (all - 1) / 500,
        ..query.clone()
    };
    let mut ends = Vec::new();
    for query in [query, last_page] {
        let Ok(Answer::Customers(page)) = session.handle(Request::Customers(query)) else {
            panic!("no list");
        };
        assert!(page.predicted);
        for row in &page.rows {
            let once = row.segment == "Bought once";
            assert_eq!(row.p_alive.is_none(), once, "{row:?}");
        }
        ends.extend([page.rows.first().cloned(), page.rows.last().cloned()]);
    }
    let first = ends[0].as_ref().unwrap();
    let last = ends[3].as_ref().unwrap();
    assert!(
        first.p_alive.is_some() && last.p_alive.is_none(),
        "{first:?} {last:?}"
    );
}

/// The fields of one line of a CSV file the engine wrote (quoted when they hold a comma or
/// a quote, with quotes doubled).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            _ => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// Through time with Future value on show: each snapshot is predicted from the orders
/// known on its day, with the options of the prediction on show, so the earlier one's
/// segments are those of the shop analysed as of that day and predicted (before, the
/// comparison failed: the earlier snapshot had no predicted figures). Another scheme on
/// predicted figures segments the kept snapshots again without predicting them again; a
/// day too early to predict is named.
#[test]
fn future_value_through_time_predicts_each_day_from_the_orders_known_then() {
    use segmenter_engine::basics::profile::{take_laps, time_with, Step};
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
    use segmenter_engine::session::protocol::Compare;
    use segmenter_engine::session::{AnalyzeOptions, Answer, EngineError, PredictOptions, Request};
    let future_value = SchemeChoice::Preset(Preset::FUTURE_VALUE);
    // A rule on a figure the horizon changes: Future value's own split on p_alive does not.
    let again = SchemeChoice::Custom(Scheme {
        name: "Expected".into(),
        rules: vec![Rule {
            segment: "Twice or more".into(),
            when: Condition::between("expected_purchases", Some(2.0), None),
        }],
        otherwise: "Less".into(),
        period: None,
    });
    let horizon = |days| PredictOptions {
        check_days: None,
        ..over_days(days)
    };
    // Segment name → customers, the thresholds some names end with left out.
    let counts = |segments: Vec<(String, usize)>| {
        let mut counts: Vec<(String, usize)> = segments
            .into_iter()
            .map(|(name, n)| (name.split(" (").next().unwrap().to_string(), n))
            .filter(|&(_, n)| n > 0)
            .collect();
        counts.sort();
        counts
    };
    // The shop as of `reference`, predicted over `days`, segmented with `choice`.
    let shown_as_of = |reference, days, choice: &SchemeChoice| {
        let mut session = analysed_sample_shop();
        let options = AnalyzeOptions {
            reference,
            ..session.analyzed_with().unwrap().clone()
        };
        let Ok(Answer::Analyzed(analysis)) = session.handle(Request::Analyze(options)) else {
            panic!("no analysis");
        };
        assert!(session.handle(Request::Predict(horizon(days))).is_ok());
        let Ok(Answer::Segmented(view)) = session.handle(Request::Segment(choice.clone())) else {
            panic!("not segmented");
        };
        let segments = view.segments.iter().map(|s| (s.name.clone(), s.customers));
        let shown = (counts(segments.collect()), view.scheme.name.clone());
        (session, analysis.reference, shown)
    };
    let (mut now, to, (now_counts, name)) = shown_as_of(None, 180, &future_value);
    let from = to.plus_days(-180);
    let (_, _, (then_counts, _)) = shown_as_of(Some(from), 180, &future_value);
    assert_ne!(then_counts, now_counts, "the two days have other segments");
    let compared = |s: &mut segmenter_engine::session::Session| {
        let view = s
            .migrate(&Compare::Dates { from, to: None })
            .expect("compared");
        assert_eq!((view.from_date, view.to_date), (from, to));
        let column = |counted: &[usize]| {
            let names = view.table.segments.iter().cloned();
            counts(names.zip(counted.iter().copied()).collect())
        };
        (
            view.scheme.clone(),
            column(&view.table.before),
            column(&view.table.after),
        )
    };
    assert_eq!(compared(&mut now), (name, then_counts, now_counts));

    // Another scheme on predicted figures: the kept snapshots are not predicted again, and
    // their figures are those of the horizon on show.
    let (_, _, (then_counts, _)) = shown_as_of(Some(from), 180, &again);
    let (_, _, (then_in_a_year, _)) = shown_as_of(Some(from), 365, &again);
    assert_ne!(
        then_counts, then_in_a_year,
        "the horizon changes who expects two"
    );
    assert!(now.handle(Request::Segment(again.clone())).is_ok());
    time_with(|| 0.0, || 0);
    take_laps();
    let (scheme, before, _) = compared(&mut now);
    assert_eq!((scheme.as_str(), before), ("Expected", then_counts));
    assert!(!take_laps().iter().any(|l| l.step == Step::Predict));

    // A day too early for a prediction (the sample shop starts on 4 July 2023): said of it.
    let early = segmenter_engine::basics::calendar::Date::from_ymd(2023, 8, 1).unwrap();
    let Err(e) = now.migrate(&Compare::Dates {
        from: early,
        to: None,
    }) else {
        panic!("predicted a month of orders");
    };
    assert!(matches!(e, EngineError::SnapshotNotPredicted { day, .. } if day == early));
    let sentence = segmenter_words::Sentence::sentence(&e, segmenter_words::Language::English);
    assert!(
        sentence.starts_with("As of 1 August 2023, the predictions"),
        "{sentence}"
    );
}

/// Clusters found on a predicted figure put each snapshot's customers in by its own
/// prediction: Through time compares them rather than failing for want of the figure.
#[test]
fn clusters_on_a_predicted_figure_are_compared_through_time() {
    use segmenter_engine::features::ids;
    use segmenter_engine::segmentation::clustering::ClusterOptions;
    use segmenter_engine::session::protocol::Compare;
    use segmenter_engine::session::{Answer, PredictOptions, Request};
    let mut session = analysed_sample_shop();
    let options = session.analyzed_with().unwrap().clone();
    let Ok(Answer::Analyzed(analysis)) = session.handle(Request::Analyze(options)) else {
        panic!("no analysis");
    };
    assert!(session
        .handle(Request::Predict(PredictOptions::default()))
        .is_ok());
    let options = ClusterOptions {
        features: vec![ids::P_ALIVE.into(), ids::MONETARY.into()],
        k: Some(3),
        ..ClusterOptions::default()
    };
    let Ok(Answer::Clustered(clusters, _)) = session.handle(Request::Cluster(options)) else {
        panic!("no clusters");
    };
    let from = analysis.reference.plus_days(-180);
    let view = session
        .migrate(&Compare::Dates { from, to: None })
        .expect("compared");
    assert_eq!(view.scheme, clusters.scheme.name);
    // Everyone of the earlier day is in one of the three clusters.
    let clustered: usize = view.table.before.iter().sum();
    assert!(clustered > 0);
    let named = view.table.segments.iter().zip(&view.table.before);
    let named: usize = named
        .filter(|(segment, _)| clusters.scheme.rules.iter().any(|r| &r.segment == *segment))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(named, clustered, "{:?}", view.table);
}

/// Another horizon moves customers across clusters found on a predicted figure, as it does
/// each snapshot's in a comparison: the clusters on show segment by the figures on show,
/// and the first horizon again puts everyone back. A cross-tab on show keeps its cells.
#[test]
fn another_horizon_puts_customers_in_clusters_on_predicted_figures_again() {
    use segmenter_engine::features::ids;
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::clustering::ClusterOptions;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::session::protocol::{CustomerQuery, SortKey};
    use segmenter_engine::session::{Answer, Request};
    let horizon = |days| Request::Predict(over_days(days));
    let counts = |answer| match answer {
        Ok(Answer::Predicted(_, Some(scheme), _)) => scheme
            .segments
            .iter()
            .map(|s| s.customers)
            .collect::<Vec<_>>(),
        _ => panic!("no segments with the prediction"),
    };
    let mut session = analysed_sample_shop();
    assert!(session.handle(horizon(365)).is_ok());
    let options = ClusterOptions {
        features: vec![ids::EXPECTED_PURCHASES.into(), ids::MONETARY.into()],
        k: Some(3),
        ..ClusterOptions::default()
    };
    let Ok(Answer::Clustered(_, scheme)) = session.handle(Request::Cluster(options)) else {
        panic!("no clusters");
    };
    let found: Vec<_> = scheme.segments.iter().map(|s| s.customers).collect();
    let in_a_year = counts(session.handle(horizon(365)));
    assert_eq!(in_a_year, found);
    let in_a_month = counts(session.handle(horizon(30)));
    assert_ne!(in_a_month, found);
    assert_eq!(
        in_a_month.iter().sum::<usize>(),
        found.iter().sum::<usize>()
    );
    assert_eq!(counts(session.handle(horizon(365))), found);

    // A cross-tab's cell lists the same customers before and after another prediction.
    let loyalty = SchemeChoice::Preset(Preset::Loyalty);
    assert!(session.handle(Request::Crosstab(loyalty)).is_ok());
    let listed = |cross| {
        Request::Customers(CustomerQuery {
            segment: Some(0),
            cross,
            sort: SortKey::Alive,
            descending: true,
            page: 0,
            page_size: 10,
        })
    };
    let mut total = |cross| match session.handle(listed(cross)) {
        Ok(Answer::Customers(page)) => page.total,
        _ => panic!("no customers listed"),
    };
    let row = total(None);
    // A cell of some of the row's customers, not all, nor none.
    let column = (0..8)
        .find(|&c| (1..row).contains(&total(Some(c))))
        .expect("a cell of some of the row's customers");
    let cell = || listed(Some(column));
    let Ok(Answer::Customers(before)) = session.handle(cell()) else {
        panic!("no customers in the cell");
    };
    assert!(session.handle(horizon(365)).is_ok());
    let Ok(Answer::Customers(after)) = session.handle(cell()) else {
        panic!("no customers in the cell after the prediction");
    };
    assert_eq!(after.total, before.total);
}

/// A cross-tab whose other scheme follows the predicted figures is made again by another
/// prediction: its answer carries the table a cross-tab asked afresh with that horizon
/// has, and each cell lists its customers by the new columns, also once the same rows are
/// shown again; so it is when the rows read the predicted figures too, but no customer
/// moved between them. One whose other scheme reads the orders alone is not made again,
/// nor one whose rows moved (other segments, whose cross-tab the page closes).
#[test]
fn a_crosstab_on_predicted_figures_follows_another_horizon() {
    use segmenter_engine::insight::crosstab::Crosstab;
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::scheme::Scheme;
    use segmenter_engine::session::protocol::{CustomerQuery, SortKey};
    use segmenter_engine::session::{Answer, Request, Session};
    let buying_again: Scheme = serde_json::from_str(
        r#"{"name": "Buying again", "rules": [{"segment": "One purchase or more to come",
            "when": {"between": {"feature": "expected_purchases", "min": 1.0, "max": null}}}],
            "otherwise": "Less"}"#,
    )
    .unwrap();
    let columns = SchemeChoice::Custom(buying_again.clone());
    let rows = SchemeChoice::Preset(Preset::Loyalty);
    let horizon = |days| Request::Predict(over_days(days));
    let crossed = |session: &mut Session, choice: &SchemeChoice| match session
        .handle(Request::Crosstab(choice.clone()))
    {
        Ok(Answer::Crosstab(table)) => table,
        _ => panic!("no cross-tab"),
    };
    let crossed_afresh = |days| {
        let mut session = analysed_sample_shop();
        assert!(session.handle(horizon(days)).is_ok());
        assert!(session.handle(Request::Segment(rows.clone())).is_ok());
        crossed(&mut session, &columns)
    };
    let listed = |session: &mut Session, row, column| match session.handle(Request::Customers(
        CustomerQuery {
            segment: Some(row),
            cross: Some(column),
            sort: SortKey::Alive,
            descending: true,
            page: 0,
            page_size: 10,
        },
    )) {
        Ok(Answer::Customers(page)) => page.total,
        _ => panic!("no customers listed"),
    };
    let counts = |table: &Crosstab| -> Vec<Vec<usize>> {
        (table.cells.iter())
            .map(|row| row.iter().map(|cell| cell.customers).collect())
            .collect()
    };

    let mut session = analysed_sample_shop();
    assert!(session.handle(horizon(365)).is_ok());
    assert!(session.handle(Request::Segment(rows.clone())).is_ok());
    let in_a_year = crossed(&mut session, &columns);
    let Ok(Answer::Predicted(_, _, Some(in_a_month))) = session.handle(horizon(30)) else {
        panic!("the cross-tab not made again");
    };
    assert_ne!(counts(&in_a_month), counts(&in_a_year));
    assert_eq!(in_a_month, crossed_afresh(30));
    // The same rows shown again keep the cross-tab the page shows.
    assert!(session.handle(Request::Segment(rows.clone())).is_ok());
    for (row, cells) in counts(&in_a_month).iter().enumerate() {
        for (column, &customers) in cells.iter().enumerate() {
            assert_eq!(listed(&mut session, row, column), customers);
        }
    }

    // Columns on the orders alone are not made again; nor are any when the rows moved
    // too (other segments, whose cross-tab the page closes).
    crossed(
        &mut session,
        &SchemeChoice::Preset(Preset::Rfm { points: 3 }),
    );
    let Ok(Answer::Predicted(_, _, None)) = session.handle(horizon(365)) else {
        panic!("a cross-tab on the orders alone made again");
    };
    assert!(session.handle(Request::Segment(columns.clone())).is_ok());
    crossed(&mut session, &columns);
    let Ok(Answer::Predicted(_, Some(_), None)) = session.handle(horizon(30)) else {
        panic!("a cross-tab of rows that moved made again");
    };
    // Rows on a predicted figure no horizon moves anyone between keep the cross-tab, made
    // again.
    let mut nobody: Scheme = buying_again.clone();
    nobody.name = "A thousand purchases".into();
    nobody.rules[0].when = segmenter_engine::segmentation::scheme::Condition::between(
        "expected_purchases",
        Some(1000.0),
        None,
    );
    let nobody = Request::Segment(SchemeChoice::Custom(nobody));
    assert!(session.handle(nobody.clone()).is_ok());
    crossed(&mut session, &columns);
    let Ok(Answer::Predicted(_, Some(_), Some(in_a_year))) = session.handle(horizon(365)) else {
        panic!("the cross-tab of rows that kept their customers not made again");
    };
    let mut afresh = analysed_sample_shop();
    assert!(afresh.handle(horizon(365)).is_ok());
    assert!(afresh.handle(nobody).is_ok());
    assert_eq!(in_a_year, crossed(&mut afresh, &columns));
}

/// Clusters on a predicted figure asked before the analysis has it (found again for the
/// results Cancel brought back, whose prediction the page asks for beside them) are held
/// until the prediction is asked for, then wait for it: found with its figures, as they
/// are once it is made. Clusters on the orders alone are not held.
#[test]
fn clusters_on_a_predicted_figure_wait_for_the_prediction() {
    use segmenter_engine::features::ids;
    use segmenter_engine::segmentation::clustering::ClusterOptions;
    use segmenter_engine::session::{Answer, PredictOptions, Request, Session, WhilePredicting};
    let on = |features: &[&str]| {
        Request::Cluster(ClusterOptions {
            features: features.iter().map(|f| f.to_string()).collect(),
            k: Some(3),
            ..ClusterOptions::default()
        })
    };
    let predicted = on(&[ids::EXPECTED_PURCHASES, ids::MONETARY]);
    let counts = |session: &mut Session, request: Request| match session.handle(request) {
        Ok(Answer::Clustered(_, scheme)) => (scheme.segments.iter())
            .map(|s| s.customers)
            .collect::<Vec<_>>(),
        other => panic!("no clusters: {other:?}"),
    };
    let mut predicted_first = analysed_sample_shop();
    assert!(predicted_first
        .handle(Request::Predict(PredictOptions::default()))
        .is_ok());
    assert!(!predicted_first.holds_for_prediction(&predicted));
    let found = counts(&mut predicted_first, predicted.clone());

    let mut session = analysed_sample_shop();
    assert!(session.holds_for_prediction(&predicted));
    assert!(!session.holds_for_prediction(&on(&[ids::RECENCY, ids::MONETARY])));
    // Answered at once, they would fail for want of the figure.
    assert!(analysed_sample_shop().handle(predicted.clone()).is_err());
    let job = session.start_prediction(PredictOptions::default()).unwrap();
    assert!(!session.holds_for_prediction(&predicted));
    let WhilePredicting::Waits(clusters) = session.answer_while_predicting(predicted) else {
        panic!("answered before the prediction");
    };
    assert!(answer_in_stages(&mut session, job).is_ok());
    assert_eq!(counts(&mut session, clusters), found);
}

/// Each segmentation the page is shown is numbered, the number new exactly when customers
/// move or the rules change: the same scheme shown again, or summarised with a prediction
/// that moves no one, keeps it; other thresholds (other score points too), another horizon
/// for a scheme on predicted figures and another period for a rule on the spend in it each
/// give a new one.
#[test]
fn a_segmentation_is_numbered_anew_when_its_customers_move() {
    use segmenter_engine::features::{ids, Period};
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::rfm::RfmOptions;
    use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
    use segmenter_engine::segmentation::scores::ScoreMethod;
    use segmenter_engine::session::{Answer, Request, SchemeView, Session};
    let shown = |session: &mut Session, request| -> SchemeView {
        match session.handle(request) {
            Ok(Answer::Segmented(view)) => *view,
            Ok(Answer::Predicted(_, Some(view), _)) => *view,
            other => panic!("no segments: {other:?}"),
        }
    };
    let counts =
        |view: &SchemeView| -> Vec<usize> { view.segments.iter().map(|s| s.customers).collect() };
    let above = |feature: &str, min| Scheme {
        name: "Above".into(),
        rules: vec![Rule {
            segment: "Above".into(),
            when: Condition::between(feature, Some(min), None),
        }],
        otherwise: "Below".into(),
        period: None,
    };
    let rfm = Request::Segment(SchemeChoice::Preset(Preset::Rfm { points: 5 }));
    let mut session = analysed_sample_shop();

    let first = shown(&mut session, rfm.clone());
    let again = shown(&mut session, rfm.clone());
    assert_eq!(again.segmentation, first.segmentation);
    // Summarised with a prediction's figures it does not follow: the same segments.
    let predicted = shown(&mut session, Request::Predict(over_days(365)));
    assert_eq!(predicted.segmentation, first.segmentation);
    // Other thresholds move customers between segments of the same names.
    let thresholds = || {
        Request::Rescore(RfmOptions {
            recency: ScoreMethod::Fixed(vec![30.0, 90.0, 180.0, 365.0]),
            ..RfmOptions::default()
        })
    };
    let rescored = shown(&mut session, thresholds());
    assert_eq!(rescored.scheme.name, first.scheme.name);
    assert_ne!(counts(&rescored), counts(&first));
    assert_ne!(rescored.segmentation, first.segmentation);
    let same_thresholds = shown(&mut session, thresholds());
    assert_eq!(same_thresholds.segmentation, rescored.segmentation);
    // Three score points asked on the grid: RFM on three points, as asked.
    let three = shown(
        &mut session,
        Request::Rescore(RfmOptions {
            points: 3,
            ..RfmOptions::default()
        }),
    );
    assert_eq!(
        three.choice,
        SchemeChoice::Preset(Preset::Rfm { points: 3 })
    );
    assert_ne!(three.segmentation, rescored.segmentation);

    // Another horizon moves customers of a scheme on predicted figures; the same keeps them.
    let buying = Request::Segment(SchemeChoice::Custom(above(ids::EXPECTED_PURCHASES, 1.0)));
    let in_a_year = shown(&mut session, buying);
    assert_ne!(in_a_year.segmentation, rescored.segmentation);
    let in_a_month = shown(&mut session, Request::Predict(over_days(30)));
    assert_ne!(counts(&in_a_month), counts(&in_a_year));
    assert_ne!(in_a_month.segmentation, in_a_year.segmentation);
    let same_month = shown(&mut session, Request::Predict(over_days(30)));
    assert_eq!(same_month.segmentation, in_a_month.segmentation);

    // A rule on the spend in a period: another period moves customers at once, the
    // segments made again coming with the ranking over it, and summarised again they keep
    // their number.
    let spent = || Request::Segment(SchemeChoice::Custom(above(ids::SPEND_IN_PERIOD, 100.0)));
    assert!(session
        .handle(Request::Value(Some(Period::Last { days: 365 })))
        .is_ok());
    let last_year = shown(&mut session, spent());
    let Ok(Answer::Value(_, Some(last_month))) =
        session.handle(Request::Value(Some(Period::Last { days: 30 })))
    else {
        panic!("the segments on the spend in a period did not follow it")
    };
    assert_ne!(counts(&last_month), counts(&last_year));
    assert_ne!(last_month.segmentation, last_year.segmentation);
    let again = shown(&mut session, spent());
    assert_eq!(counts(&again), counts(&last_month));
    assert_eq!(again.segmentation, last_month.segmentation);
}

/// An analysis that fails leaves the one on show made again: its segments keep the number
/// the page knows them by, and the next segments moved get a new one.
#[test]
fn segments_made_again_after_a_failed_analysis_keep_their_number() {
    use segmenter_engine::basics::calendar::Date;
    use segmenter_engine::segmentation::choice::SchemeChoice;
    use segmenter_engine::segmentation::presets::Preset;
    use segmenter_engine::segmentation::rfm::RfmOptions;
    use segmenter_engine::segmentation::scores::ScoreMethod;
    use segmenter_engine::session::{AnalyzeOptions, Answer, Request, SchemeView, Session};
    let shown = |session: &mut Session, request| -> SchemeView {
        match session.handle(request) {
            Ok(Answer::Segmented(view)) => *view,
            other => panic!("no segments: {other:?}"),
        }
    };
    let rescore = |days: Vec<f64>| {
        Request::Rescore(RfmOptions {
            recency: ScoreMethod::Fixed(days),
            ..RfmOptions::default()
        })
    };
    let mut session = analysed_sample_shop_and(AN_EARLY_ROW_WITHOUT_AMOUNT);
    let rfm = Request::Segment(SchemeChoice::Preset(Preset::Rfm { points: 5 }));
    shown(&mut session, rfm.clone());
    let on_show = shown(&mut session, rescore(vec![30.0, 90.0, 180.0, 365.0]));
    assert!(on_show.segmentation > 1);
    // Found out by binding: the analysis on show is made again.
    let too_early = AnalyzeOptions {
        reference: Date::from_ymd(2022, 1, 1),
        ..session.analyzed_with().unwrap().clone()
    };
    assert!(session.handle(Request::Analyze(too_early)).is_err());
    let again = shown(&mut session, rfm);
    assert_eq!(counts_of(&again), counts_of(&on_show));
    assert_eq!(again.segmentation, on_show.segmentation);
    let moved = shown(&mut session, rescore(vec![10.0, 20.0, 60.0, 120.0]));
    assert_ne!(counts_of(&moved), counts_of(&on_show));
    assert_ne!(moved.segmentation, on_show.segmentation);
}

/// Customers per segment, in the scheme's order.
fn counts_of(view: &segmenter_engine::session::SchemeView) -> Vec<usize> {
    view.segments.iter().map(|s| s.customers).collect()
}
