//! The segmentation workbench through the session, as the page drives it: every built-in
//! scheme, custom rules with live counts, clusters, cross-tabs, the value view, RFM scales
//! and scheme files.

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::export::ListLayout;
use segmenter_engine::features::Period;
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::clustering::{ClusterOptions, ClusterView};
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::segmentation::rfm::RfmOptions;
use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
use segmenter_engine::segmentation::scores::ScoreMethod;
use segmenter_engine::session::protocol::Compare;
use segmenter_engine::session::{
    AnalyzeOptions, Answer, CampaignExport, CustomerQuery, EngineError, ExportRequest, FromEngine,
    MigrationView, Request, SchemeView, Session, SortKey, ToEngine,
};

mod common;

use common::{session, SMALL_SHOP};

fn segmented(s: &mut Session, request: Request) -> SchemeView {
    match s.handle(request) {
        Ok(Answer::Segmented(view)) => *view,
        other => panic!("{other:?}"),
    }
}

fn counts(view: &SchemeView) -> Vec<(String, usize)> {
    view.segments
        .iter()
        .map(|s| (s.name.clone(), s.customers))
        .collect()
}

#[test]
fn every_available_built_in_scheme_segments_everyone() {
    let (mut s, analysis) = session(SMALL_SHOP);
    let available: Vec<_> = analysis
        .catalog
        .iter()
        .filter(|e| e.unavailable.is_none())
        .collect();
    // The small shop has dates, categories, places, ages and genders, but no times,
    // discount codes, industries or company sizes.
    assert_eq!(available.len(), 18, "{:#?}", analysis.catalog);
    for entry in available {
        let view = segmented(
            &mut s,
            Request::Segment(SchemeChoice::Preset(entry.preset.clone())),
        );
        let total: usize = view.segments.iter().map(|x| x.customers).sum();
        assert_eq!(total, analysis.customers, "{}", entry.name);
        let with_customers = view.segments.iter().filter(|x| x.customers > 0).count();
        assert_eq!(view.campaigns.len(), with_customers, "{}", entry.name);
        assert!(with_customers >= 2, "{}: {:?}", entry.name, counts(&view));
    }
}

/// Four customers whose figures are easy to follow by hand (reference 2024-06-01):
/// A: 3 orders, 300 spent, last 2024-05-30 (DE); B: 1 order, 50, 2024-05-01 (DE);
/// C: 2 orders, 500, 2023-06-01 (FR); D: 1 order, 20, 2024-01-15 (FR).
const FOUR: &str = "order_id,customer_id,order_date,amount,country\n\
    1,A,2024-01-10,100,DE\n2,A,2024-03-10,100,DE\n3,A,2024-05-31,100,DE\n\
    4,B,2024-05-01,50,DE\n5,C,2023-05-01,250,FR\n6,C,2023-06-01,250,FR\n7,D,2024-01-15,20,FR\n";

fn two_rules() -> Scheme {
    Scheme {
        name: "Mine".into(),
        rules: vec![
            Rule {
                segment: "Big spenders".into(),
                when: Condition::between("monetary", Some(250.0), None),
            },
            Rule {
                segment: "German repeaters".into(),
                when: Condition::all(vec![
                    Condition::is_in("country", &["DE"]),
                    Condition::between("frequency", Some(2.0), None),
                ]),
            },
            Rule {
                segment: "German".into(),
                when: Condition::is_in("country", &["DE"]),
            },
        ],
        otherwise: "Other".into(),
        period: None,
    }
}

#[test]
fn custom_rules_preview_and_segment_with_the_same_hand_computed_counts() {
    let (mut s, _) = session(FOUR);
    let Ok(Answer::Preview(preview)) = s.handle(Request::Preview(two_rules())) else {
        panic!()
    };
    // A and C spent 250 or more; B is German with one order; D is the rest.
    assert_eq!(
        preview.segments,
        vec![
            ("Big spenders".to_string(), 2, 800.0),
            ("German repeaters".to_string(), 0, 0.0),
            ("German".to_string(), 1, 50.0),
            ("Other".to_string(), 1, 20.0),
        ]
    );
    let view = segmented(&mut s, Request::Segment(SchemeChoice::Custom(two_rules())));
    assert_eq!(
        counts(&view),
        preview
            .segments
            .iter()
            .map(|(n, c, _)| (n.clone(), *c))
            .collect::<Vec<_>>()
    );
    assert!(view.grid.is_none());
    // A rule on a column this file does not have is explained, not a crash.
    let mut broken = two_rules();
    broken.rules[0].when = Condition::between("age", Some(30.0), None);
    let Ok(Answer::Preview(p)) = s.handle(Request::Preview(broken)) else {
        panic!()
    };
    assert!(p.error.unwrap().to_string().contains("\"age\""));
}

#[test]
fn cross_tab_cells_list_their_customers() {
    let (mut s, _) = session(FOUR);
    segmented(&mut s, Request::Segment(SchemeChoice::Custom(two_rules())));
    let places = SchemeChoice::Preset(Preset::Geography {
        level: segmenter_engine::segmentation::presets::GeoLevel::Country,
        prefix: 0,
        top: 10,
    });
    let Ok(Answer::Crosstab(x)) = s.handle(Request::Crosstab(places)) else {
        panic!()
    };
    assert_eq!(x.columns[..2], ["DE".to_string(), "FR".to_string()]);
    // Big spenders: A (DE, 300) and C (FR, 500).
    assert_eq!((x.cells[0][0].customers, x.cells[0][0].revenue), (1, 300.0));
    assert_eq!((x.cells[0][1].customers, x.cells[0][1].revenue), (1, 500.0));
    let Ok(Answer::Customers(page)) = s.handle(Request::Customers(CustomerQuery {
        segment: Some(0),
        cross: Some(1),
        sort: SortKey::Id,
        descending: false,
        page: 0,
        page_size: 50,
    })) else {
        panic!()
    };
    assert_eq!(page.total, 1);
    assert_eq!(page.rows[0].id, "C");
}

#[test]
fn subdivided_tiers_and_the_value_view() {
    let (mut s, _) = session(FOUR);
    let tiers = SchemeChoice::Preset(Preset::ValueTiers {
        period: Period::Last { days: 365 },
    });
    let view = segmented(
        &mut s,
        Request::Segment(SchemeChoice::Subdivided(
            Box::new(tiers),
            Box::new(SchemeChoice::Custom(two_rules())),
        )),
    );
    assert!(view
        .scheme
        .name
        .starts_with("Spend tiers, last 365 days by Mine"));
    assert_eq!(view.segments.iter().map(|x| x.customers).sum::<usize>(), 4);
    // In the 365 days before 2024-06-01 (from 2023-06-02), C bought nothing.
    let none = view
        .segments
        .iter()
        .find(|x| x.name == "No purchase in the period · Big spenders")
        .expect("C's segment");
    assert_eq!(none.customers, 1);
    let Ok(Answer::Value(v, None)) = s.handle(Request::Value(None)) else {
        panic!()
    };
    assert_eq!(
        v.top.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["C", "A", "B", "D"]
    );
    // 870 in all; the top 20% is 0.8 of C: 400 → 46%.
    assert!((v.top_fifth_share - 400.0 / 870.0).abs() < 1e-9);
}

/// The segments on show made again by another period on the value view, if any.
fn followed_to(s: &mut Session, period: Period) -> Option<SchemeView> {
    match s.handle(Request::Value(Some(period))) {
        Ok(Answer::Value(_, scheme)) => scheme.map(|view| *view),
        other => panic!("{other:?}"),
    }
}

/// A rule on the spend in a period of `min` or more, in `period` when it names one (else
/// in the one asked for last).
fn spent_at_least(min: u32, period: Option<Period>) -> Scheme {
    Scheme {
        name: "Spent".into(),
        rules: vec![Rule {
            segment: format!("{min} or more"),
            when: Condition::between("spend_in_period", Some(f64::from(min)), None),
        }],
        otherwise: "Less".into(),
        period,
    }
}

#[test]
fn segments_on_the_spend_in_a_period_follow_the_period_the_value_view_ranks_over() {
    let (mut s, _) = session(FOUR);
    // RFM reads no spend in a period: nothing is made again.
    assert!(followed_to(&mut s, Period::Last { days: 365 }).is_none());
    // In the 365 days before 2024-06-01 A (300) and B (50) spent 50 or more; in 2023 only
    // C (500).
    let rule = SchemeChoice::Custom(spent_at_least(50, None));
    let last_year = segmented(&mut s, Request::Segment(rule));
    let spent = |view: &SchemeView| counts(view)[0].1;
    assert_eq!(spent(&last_year), 2);
    let in_2023 = followed_to(&mut s, Period::Year { year: 2023 }).expect("the rule again");
    assert_eq!(spent(&in_2023), 1);
    assert_ne!(in_2023.segmentation, last_year.segmentation);

    // Tiers over the last 365 days keep that period whatever the value view ranks over:
    // they are not made again, and a rule naming no period still reads their spend.
    let tiers = SchemeChoice::Preset(Preset::ValueTiers {
        period: Period::Last { days: 365 },
    });
    let shown = segmented(&mut s, Request::Segment(tiers));
    assert!(shown
        .explanation
        .iter()
        .any(|line| line.contains("365 days")));
    assert!(followed_to(&mut s, Period::Year { year: 2023 }).is_none());
    let after = segmented(
        &mut s,
        Request::Segment(SchemeChoice::Custom(spent_at_least(50, None))),
    );
    assert_eq!(spent(&after), 2);
    assert_eq!(after.scheme.period, Some(Period::Last { days: 365 }));
}

/// The scheme in a downloaded scheme file.
fn downloaded(s: &mut Session, what: ExportRequest) -> Scheme {
    let Ok(Answer::Download(file)) = s.handle(Request::Export(what)) else {
        panic!()
    };
    serde_json::from_slice(&file.bytes).unwrap()
}

#[test]
fn a_scheme_naming_its_period_segments_by_it_and_follows_another_on_the_value_view() {
    let (mut s, _) = session(FOUR);
    // Named in its file, with no period chosen before: in 2023 only C spent 50 or more.
    let in_2023 = Some(Period::Year { year: 2023 });
    let named = SchemeChoice::Custom(spent_at_least(50, in_2023));
    let view = segmented(&mut s, Request::Segment(named));
    assert_eq!(counts(&view)[0], ("50 or more".into(), 1));
    assert_eq!(view.scheme.period, in_2023);
    // The scheme on show is downloaded naming it, and reads back as the same scheme.
    assert_eq!(
        downloaded(&mut s, ExportRequest::Scheme),
        spent_at_least(50, in_2023)
    );
    // The value view ranking over the last 365 days: A and B spent 50 or more then, and the
    // rule on show, made again, names that period, so a comparison or another date asked
    // with it reads the same.
    let last_year = Some(Period::Last { days: 365 });
    let followed = followed_to(&mut s, Period::Last { days: 365 }).expect("the rule again");
    assert_eq!(counts(&followed)[0], ("50 or more".into(), 2));
    assert_eq!(
        followed.choice,
        SchemeChoice::Custom(spent_at_least(50, last_year))
    );
    assert_eq!(followed.scheme.period, last_year);
}

#[test]
fn a_rule_on_the_spend_in_a_period_without_one_says_so_or_reads_the_one_computed() {
    let (mut s, _) = session(FOUR);
    let Err(e) = s.handle(Request::Segment(SchemeChoice::Custom(spent_at_least(
        50, None,
    )))) else {
        panic!("segmented with no period")
    };
    assert!(e.to_string().contains("without saying which period"), "{e}");
    // Once the value view ranks over 2023, such a rule reads it (as before schemes named
    // their period), and a saved scheme without one is downloaded naming it.
    let in_2023 = Period::Year { year: 2023 };
    followed_to(&mut s, in_2023);
    let view = segmented(
        &mut s,
        Request::Segment(SchemeChoice::Custom(spent_at_least(50, None))),
    );
    assert_eq!(counts(&view)[0], ("50 or more".into(), 1));
    assert_eq!(view.scheme.period, Some(in_2023));
    let saved = downloaded(&mut s, ExportRequest::SchemeFile(spent_at_least(50, None)));
    assert_eq!(saved.period, Some(in_2023));
}

#[test]
fn a_scheme_split_by_tiers_reads_the_tiers_period_and_names_it() {
    let (mut s, _) = session(FOUR);
    let tiers = || {
        Box::new(SchemeChoice::Preset(Preset::ValueTiers {
            period: Period::Last { days: 365 },
        }))
    };
    let split = |period| {
        SchemeChoice::Subdivided(
            tiers(),
            Box::new(SchemeChoice::Custom(spent_at_least(50, period))),
        )
    };
    // The tiers' bounds come from the last 365 days: the rule naming 2023 reads that
    // period too (the shop has one spend in a period), and says so. Over it A (300) and B
    // (50) spent 50 or more; over 2023 only C (500) did.
    let on_show = segmented(
        &mut s,
        Request::Segment(split(Some(Period::Year { year: 2023 }))),
    );
    let last_year = Some(Period::Last { days: 365 });
    assert_eq!(on_show.choice, split(last_year));
    assert_eq!(on_show.scheme.period, last_year);
    let spent_50: usize = (counts(&on_show).iter())
        .filter(|(name, _)| name.ends_with("· 50 or more"))
        .map(|(_, customers)| customers)
        .sum();
    assert_eq!(spent_50, 2);
}

#[test]
fn the_rule_builder_counts_a_draft_over_the_period_it_names_and_leaves_the_one_on_show() {
    let (mut s, _) = session(FOUR);
    let preview = |s: &mut Session, scheme| match s.handle(Request::Preview(scheme)) {
        Ok(Answer::Preview(p)) => p,
        other => panic!("{other:?}"),
    };
    // No period computed yet: the draft's own, 2023, in which only C spent 50 or more; a
    // rule naming none still has none to read after it.
    let in_2023 = preview(
        &mut s,
        spent_at_least(50, Some(Period::Year { year: 2023 })),
    );
    assert_eq!(in_2023.error, None);
    assert_eq!(in_2023.segments[0].1, 1);
    // The builder lists the spend of the period counted over, described.
    let (period, spend) = in_2023.spend.clone().unwrap();
    assert_eq!(period, Period::Year { year: 2023 });
    assert_eq!(spend.label, "Spent in 2023");
    let unnamed = SchemeChoice::Custom(spent_at_least(50, None));
    assert!(s.handle(Request::Segment(unnamed)).is_err());
    // A rule on show over the last 365 days (A and B) keeps it after the draft is counted.
    followed_to(&mut s, Period::Last { days: 365 });
    let rule = SchemeChoice::Custom(spent_at_least(50, None));
    let before = segmented(&mut s, Request::Segment(rule.clone()));
    assert_eq!(counts(&before)[0].1, 2);
    let again = preview(
        &mut s,
        spent_at_least(50, Some(Period::Year { year: 2023 })),
    );
    assert_eq!(again.segments[0].1, 1);
    assert_eq!(
        again.spend, in_2023.spend,
        "2023's, not the 365 days' on show"
    );
    // A draft that names a period but reads no spend, or reads one with none named:
    // nothing to describe.
    let mut on_orders = spent_at_least(50, Some(Period::Year { year: 2023 }));
    on_orders.rules[0].when = Condition::between("frequency", Some(2.0), None);
    assert_eq!(preview(&mut s, on_orders).spend, None);
    assert_eq!(preview(&mut s, spent_at_least(50, None)).spend, None);
    let after = segmented(&mut s, Request::Segment(rule));
    assert_eq!(counts(&after), counts(&before));
    assert_eq!(after.segmentation, before.segmentation);
}

/// The sample shop, its clusters found on the spend in the last 365 days and frequency,
/// and the segments they make.
fn clustered_on_a_years_spend() -> (Session, ClusterView, SchemeView) {
    let (mut s, _) = session(SMALL_SHOP);
    followed_to(&mut s, Period::Last { days: 365 });
    let options = ClusterOptions {
        features: vec!["spend_in_period".into(), "frequency".into()],
        ..ClusterOptions::default()
    };
    let Ok(Answer::Clustered(clusters, found)) = s.handle(Request::Cluster(options)) else {
        panic!()
    };
    (s, *clusters, *found)
}

#[test]
fn clusters_found_on_the_spend_in_a_period_keep_their_customers_over_another_period() {
    let (mut s, clusters, found) = clustered_on_a_years_spend();
    // Their names quote the spend over the period they were found on: they hold the
    // customers found, whatever the value view ranks over next.
    assert!(found.segments[0].name.contains("365 days"));
    assert!(followed_to(&mut s, Period::Last { days: 30 }).is_none());
    let again = segmented(
        &mut s,
        Request::Segment(SchemeChoice::Custom(clusters.scheme.clone())),
    );
    assert_eq!(counts(&again), counts(&found));
    assert_eq!(again.segmentation, found.segmentation);
}

#[test]
fn rfm_scales_and_fixed_thresholds() {
    let (mut s, _) = session(SMALL_SHOP);
    let three = segmented(
        &mut s,
        Request::Segment(SchemeChoice::Preset(Preset::Rfm { points: 3 })),
    );
    let grid = three.grid.expect("grid");
    assert_eq!(grid.cells.len(), 3);
    assert_eq!(grid.uncovered, 0);
    let fixed = RfmOptions {
        points: 3,
        recency: ScoreMethod::Fixed(vec![30.0, 180.0]),
        frequency: ScoreMethod::Fixed(vec![1.0, 3.0]),
        monetary: ScoreMethod::Quantiles,
    };
    let view = segmented(&mut s, Request::Rescore(fixed));
    assert!(
        view.explanation[0].contains("thresholds you set"),
        "{:?}",
        view.explanation
    );
    assert!(
        view.explanation[1].contains("3 = up to 30 days, 2 = 31–180 days, 1 = 181 or more days"),
        "{:?}",
        view.explanation
    );
}

#[test]
fn clusters_are_segments_and_schemes_round_trip_through_files() {
    let (mut s, analysis) = session(SMALL_SHOP);
    let Ok(Answer::Clustered(clusters, view)) =
        s.handle(Request::Cluster(ClusterOptions::default()))
    else {
        panic!()
    };
    assert!((2..=8).contains(&clusters.k));
    assert_eq!(clusters.scores.len(), 7);
    assert_eq!(
        view.segments.iter().map(|x| x.customers).sum::<usize>(),
        analysis.customers
    );
    assert!(clusters.clusters[0]
        .description
        .starts_with("Typically spends"));
    let Ok(Answer::Download(file)) = s.handle(Request::Export(ExportRequest::Scheme)) else {
        panic!()
    };
    assert!(file.file_name.ends_with(".json"));
    let Ok(Answer::SchemeImported(back)) = s.handle(Request::ImportScheme(file.bytes)) else {
        panic!()
    };
    assert_eq!(back, view.scheme);
    let Err(error) = s.handle(Request::ImportScheme(b"{\"name\": 3}".to_vec())) else {
        panic!()
    };
    let message = error.to_string();
    assert!(
        message.starts_with("This file is not a Segmenter scheme (line 1, column"),
        "{message}"
    );
}

/// `clusters`, on show, compared since 1 June 2025, then shown as of that day: the
/// comparison, and the sizes of the clusters then, which are the comparison's earlier ones.
fn clusters_as_of_june(s: &mut Session, clusters: &ClusterView) -> (MigrationView, Vec<usize>) {
    let june = Date::from_ymd(2025, 6, 1);
    let Ok(Answer::Migrated(moved)) = s.handle(Request::Migrate(Compare::Dates {
        from: june.unwrap(),
        to: None,
    })) else {
        panic!()
    };
    let mut options = s.analyzed_with().unwrap().clone();
    options.reference = june;
    options.scheme = Some(SchemeChoice::Custom(clusters.scheme.clone()));
    let Ok(Answer::Analyzed(then)) = s.handle(Request::Analyze(options)) else {
        panic!()
    };
    assert_eq!(then.scheme.scheme.name, format!("{} clusters", clusters.k));
    let sizes: Vec<usize> = then.scheme.segments.iter().map(|x| x.customers).collect();
    assert_eq!(sizes, moved.table.before[..sizes.len()]);
    (*moved, sizes)
}

#[test]
fn clusters_are_followed_through_time_and_kept_at_another_reference_date() {
    let (mut s, _) = session(SMALL_SHOP);
    let Ok(Answer::Clustered(clusters, now)) =
        s.handle(Request::Cluster(ClusterOptions::default()))
    else {
        panic!()
    };
    // Two dates: today's snapshot puts every customer in the cluster it was found in, and
    // the earlier one puts its customers in the same clusters by their nearest centre.
    // As of an earlier day, the scheme on show is still the clusters.
    let (moved, _) = clusters_as_of_june(&mut s, &clusters);
    let k = clusters.k as usize;
    let names: Vec<&str> = now.segments.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(moved.table.segments[..k], names[..k]);
    let sizes: Vec<usize> = now.segments.iter().map(|x| x.customers).collect();
    assert_eq!(moved.table.after, sizes);
    let earlier: usize = moved.table.before.iter().sum();
    assert!(earlier > 0 && earlier < sizes.iter().sum::<usize>());
    assert!(moved.table.before[..k].iter().all(|&n| n > 0));

    // In another language the English clusters' names would stay: the default scheme shows.
    let mut options = s.analyzed_with().unwrap().clone();
    options.language = Some("de".into());
    options.scheme = Some(SchemeChoice::Custom(clusters.scheme.clone()));
    let Ok(Answer::Analyzed(german)) = s.handle(Request::Analyze(options)) else {
        panic!()
    };
    assert_eq!(german.scheme.scheme.name, "RFM-Segmente");
}

#[test]
fn clusters_on_the_spend_in_a_period_are_found_again_on_that_period_as_of_another_date() {
    // Clusters found on the spend in the last 365 days, shown as of 1 June 2025, and
    // compared since then; the Value tab on the last 30 days meanwhile, or not.
    let then = |value_tab: Option<Period>| {
        let (mut s, clusters, _) = clustered_on_a_years_spend();
        if let Some(period) = value_tab {
            followed_to(&mut s, period);
        }
        clusters_as_of_june(&mut s, &clusters).1
    };
    // Each customer is put in a cluster by their spend in the 365 days before the day, as
    // the clusters' names say, whatever the Value tab ranks over since.
    assert_eq!(then(Some(Period::Last { days: 30 })), then(None));
}

/// A rule on the spend in the period asked for last: 400 or more.
fn spent_400() -> SchemeChoice {
    SchemeChoice::Custom(spent_at_least(400, None))
}

/// The segments of [`spent_400`] in an analysis made with `options`.
fn spent_400_analysed(s: &mut Session, mut options: AnalyzeOptions) -> SchemeView {
    options.scheme = Some(spent_400());
    let Ok(Answer::Analyzed(view)) = s.handle(Request::Analyze(options)) else {
        panic!()
    };
    assert_eq!(view.scheme.scheme.name, "Spent");
    view.scheme
}

#[test]
fn a_cross_tab_with_tiers_leaves_a_rule_on_the_spend_in_a_period_on_its_own() {
    let (mut s, _) = session(FOUR);
    s.handle(Request::Value(Some(Period::Year { year: 2023 })))
        .unwrap();
    // In 2023 C spent 500; in the 365 days before 2024-06-01, no one spent 400.
    let in_2023 = segmented(&mut s, Request::Segment(spent_400()));
    assert_eq!(counts(&in_2023)[0], ("400 or more".into(), 1));
    let tiers = SchemeChoice::Preset(Preset::ValueTiers {
        period: Period::Last { days: 365 },
    });
    assert!(matches!(
        s.handle(Request::Crosstab(tiers)),
        Ok(Answer::Crosstab(_))
    ));
    let again = segmented(&mut s, Request::Segment(spent_400()));
    assert_eq!(counts(&again), counts(&in_2023));
    assert_eq!(again.segmentation, in_2023.segmentation);
}

#[test]
fn a_rule_on_the_spend_in_a_period_reads_it_as_of_another_date() {
    let (mut s, _) = session(FOUR);
    s.handle(Request::Value(Some(Period::Last { days: 365 })))
        .unwrap();
    // In the 365 days before 2024-06-01 no one spent 400 (C's 500 was in May and on 1 June
    // 2023); in the 365 before 2024-03-01, C did.
    let now = segmented(&mut s, Request::Segment(spent_400()));
    assert_eq!(counts(&now)[0], ("400 or more".into(), 0));
    let mut options = s.analyzed_with().unwrap().clone();
    options.reference = Date::from_ymd(2024, 3, 1);
    let then = spent_400_analysed(&mut s, options);
    assert_eq!(counts(&then)[0], ("400 or more".into(), 1));
}

#[test]
fn a_file_read_again_is_analysed_with_the_period_the_page_ranks_over() {
    let (mut s, _) = session(FOUR);
    let mut options = s.analyzed_with().unwrap().clone();
    // Read again: the analysis before it is gone, and the page sends the period with the
    // rule on show.
    s.read_bytes("shop.csv", FOUR.as_bytes(), &ReadOptions::default())
        .unwrap();
    options.spend_period = Some(Period::Year { year: 2023 });
    let again = spent_400_analysed(&mut s, options);
    // In 2023 C spent 500.
    assert_eq!(counts(&again)[0], ("400 or more".into(), 1));
}

#[test]
fn a_comparison_of_two_dates_reads_the_spend_in_a_period_as_of_each() {
    let (mut s, _) = session(FOUR);
    s.handle(Request::Value(Some(Period::Last { days: 365 })))
        .unwrap();
    segmented(&mut s, Request::Segment(spent_400()));
    let Ok(Answer::Migrated(moved)) = s.handle(Request::Migrate(Compare::Dates {
        from: Date::from_ymd(2024, 3, 1).unwrap(),
        to: None,
    })) else {
        panic!()
    };
    // On 1 March C had spent 500 in the year before, A 100 and D 20; B came in May. By
    // June, C's spend is older than a year: C moved to "Less".
    assert_eq!(moved.table.before, [1, 2]);
    assert_eq!(moved.table.after, [0, 4]);
    assert_eq!(moved.table.counts[0], [0, 1, 0]);
}

#[test]
fn a_new_scale_through_analyze_reuses_features_but_rescores() {
    let (mut s, analysis) = session(SMALL_SHOP);
    let mut options = s.analyzed_with().unwrap().clone();
    options.rfm.points = 4;
    let Ok(Answer::Analyzed(again)) = s.handle(Request::Analyze(options)) else {
        panic!()
    };
    assert_eq!(again.customers, analysis.customers);
    assert_eq!(again.scheme.grid.expect("grid").cells.len(), 4);
}

/// The page and its worker exchange these messages in postcard, which cannot read every
/// serde shape (internally tagged enums, skipped fields): every request and reply of the
/// workbench, as it travels (with its id), must come back from postcard as it went in.
#[test]
fn every_message_survives_the_trip_to_the_worker_and_back() {
    fn round_trip<
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    >(
        value: &T,
    ) {
        let bytes = postcard::to_allocvec(value).expect("encodes");
        let back: T = postcard::from_bytes(&bytes).expect("decodes");
        assert_eq!(&back, value);
    }
    let (mut s, analysis) = session(SMALL_SHOP);
    let reply = |id, result| FromEngine::Reply { id, result };
    round_trip(&reply(1, Ok(Answer::Analyzed(Box::new(analysis)))));
    round_trip(&reply(2, Err(EngineError::NoAnalysis)));
    let every_condition = Scheme {
        name: "All kinds".into(),
        rules: vec![Rule {
            segment: "x".into(),
            when: Condition::Any(vec![
                Condition::Not(Box::new(Condition::Always)),
                Condition::all(vec![Condition::between("monetary", None, Some(3.0))]),
                Condition::DateBetween {
                    feature: "last_order".into(),
                    from: segmenter_engine::basics::calendar::Date::from_ymd(2024, 1, 1),
                    to: None,
                },
                Condition::is_in("country", &["DE"]),
                Condition::NotIn {
                    feature: "country".into(),
                    values: vec!["FR".into()],
                },
                Condition::Contains {
                    feature: "email".into(),
                    text: "@gmail".into(),
                },
            ]),
        }],
        otherwise: "Other".into(),
        period: None,
    };
    let seasonal = Preset::Seasonal {
        seasons: segmenter_engine::features::seasons::default_calendar(),
    };
    let requests = [
        Request::Preview(every_condition.clone()),
        Request::Segment(SchemeChoice::Subdivided(
            Box::new(SchemeChoice::Preset(Preset::ValueTiers {
                period: Period::Last { days: 365 },
            })),
            Box::new(SchemeChoice::Preset(seasonal.clone())),
        )),
        Request::Crosstab(SchemeChoice::Custom(every_condition.clone())),
        Request::Cluster(ClusterOptions::default()),
        Request::Value(Some(Period::Year { year: 2024 })),
        Request::Rescore(RfmOptions {
            points: 4,
            recency: ScoreMethod::Fixed(vec![10.0, 20.0, 30.0]),
            ..RfmOptions::default()
        }),
        Request::Export(ExportRequest::SchemeFile(every_condition.clone())),
        Request::CrossSell(0),
        Request::Export(ExportRequest::Campaign(CampaignExport {
            segment: 0,
            campaign: "Spring".into(),
            layout: ListLayout::Klaviyo,
            holdout_share: 0.1,
            sent: segmenter_engine::basics::calendar::Date::from_ymd(2025, 3, 1).unwrap(),
        })),
        Request::Export(ExportRequest::Everything(Vec::new())),
    ];
    for (id, request) in (3..).zip(&requests) {
        round_trip(&ToEngine {
            id,
            request: request.clone(),
        });
    }
    for (id, request) in (3..).zip(requests) {
        round_trip(&reply(id, s.handle(request)));
    }
    round_trip(&reply(
        99,
        s.handle(Request::Segment(SchemeChoice::Preset(seasonal))),
    ));
}
