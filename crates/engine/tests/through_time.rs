//! Segments through time on a shop small enough to work out by hand: the reference date as
//! the start of its day, migration between two dates and between two files (with a custom
//! scheme and a customer exactly on its cut point), and retention by cohort.

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::profile::{take_laps, time_with, Step};
use segmenter_engine::features::Period;
use segmenter_engine::insight::cohorts::CohortPeriod;
use segmenter_engine::reading::{read_table, DateOrder, NumberStyle, ReadOptions};
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
use segmenter_engine::session::protocol::Compare;
use segmenter_engine::session::views::MigrationView;
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, CustomerQuery, EngineError, ExportRequest, HostOptions,
    HostQuery, Request, Session, SortKey,
};

/// A: 100 on 10 Jan, a 20 refund on 1 Feb, 50 on 1 Mar. B: first order 5 Mar. C: 30 on 20
/// Feb, refunded on 2 Mar. D: 60 + 40. E: 150.
const SHOP: &str = "order_id,customer_id,order_date,amount\n\
    1,A,2025-01-10,100\n2,A,2025-03-01,50\n3,A,2025-02-01,-20\n4,B,2025-03-05,70\n\
    5,C,2025-02-20,30\n6,C,2025-03-02,-30\n7,D,2024-12-01,60\n8,D,2025-02-15,40\n\
    9,E,2025-01-05,150\n";

/// The scheme `name`: `segment` when `when` holds, `otherwise` for everyone else.
fn one_rule(name: &str, segment: &str, when: Condition, otherwise: &str) -> Scheme {
    Scheme {
        name: name.into(),
        rules: vec![Rule {
            segment: segment.into(),
            when,
        }],
        otherwise: otherwise.into(),
        period: None,
    }
}

/// Big from 100 spent (a customer on exactly 100 is Big), Small otherwise.
fn spend_scheme() -> Scheme {
    let big = Condition::between("monetary", Some(100.0), None);
    one_rule("Spend", "Big", big, "Small")
}

/// `SHOP` without the orders for which `leave_out` holds.
fn shop_without(leave_out: impl Fn(&str) -> bool) -> String {
    let (header, orders) = SHOP.split_once('\n').unwrap();
    let kept = orders.lines().filter(|l| !leave_out(l));
    std::iter::once(header)
        .chain(kept)
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Another export of the shop, `older.csv`, each as of the day after its last order.
fn older_file() -> Compare {
    Compare::File {
        name: "older.csv".into(),
        from: None,
        to: None,
    }
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

/// `shop` read in `s`, analysed with its order dates read month first; the mapping it used.
fn analysed_month_first(s: &mut Session, shop: &str) -> Mapping {
    let overview = s
        .read_bytes("shop.csv", shop.as_bytes(), &ReadOptions::default())
        .unwrap();
    let mut mapping = overview.proposed;
    mapping.columns[2].date_order = Some(DateOrder::MonthFirst);
    let analysed = s.handle(Request::Analyze(AnalyzeOptions {
        mapping: mapping.clone(),
        ..AnalyzeOptions::default()
    }));
    assert!(matches!(analysed, Ok(Answer::Analyzed(_))), "{analysed:?}");
    mapping
}

fn session(file: &str, reference: Option<Date>) -> (Session, AnalysisView) {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", file.as_bytes(), &ReadOptions::default())
        .unwrap();
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        reference,
        scheme: Some(SchemeChoice::Custom(spend_scheme())),
        ..AnalyzeOptions::default()
    };
    match s.handle(Request::Analyze(options)) {
        Ok(Answer::Analyzed(view)) => (s, *view),
        other => panic!("{other:?}"),
    }
}

/// customer → (segment, monetary, recency) from the page's customer table.
fn customers(s: &mut Session) -> Vec<(String, String, String, String)> {
    let Ok(Answer::Download(file)) = s.handle(Request::Export(ExportRequest::AllCustomers)) else {
        panic!("no customer table");
    };
    let text = String::from_utf8(file.bytes).unwrap();
    let mut rows = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (segment, monetary, recency) = (
        at("segment_spend"),
        at("total_spent"),
        at("days_since_last_order"),
    );
    let mut out: Vec<_> = rows
        .map(|r| {
            let cells: Vec<&str> = r.split(',').collect();
            (
                cells[0].to_string(),
                cells[segment].to_string(),
                cells[monetary].to_string(),
                cells[recency].to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn row(c: &str, segment: &str, monetary: &str, recency: &str) -> (String, String, String, String) {
    (c.into(), segment.into(), monetary.into(), recency.into())
}

#[test]
fn the_reference_date_shows_the_shop_as_it_stood_at_the_start_of_that_day() {
    let (mut s, view) = session(SHOP, Some(day(2025, 3, 1)));
    // A's order on 1 March and C's refund on 2 March have not happened yet; B, whose first
    // order is on 5 March, is not a customer yet.
    assert_eq!(
        customers(&mut s),
        [
            row("A", "Small", "80.00", "50"),
            row("C", "Small", "30.00", "9"),
            row("D", "Big", "100.00", "14"),
            row("E", "Big", "150.00", "55"),
        ]
    );
    assert_eq!((view.customers, view.orders), (4, 5));
    assert!(
        view.report.left_out.iter().any(|l| l
            .to_string()
            .starts_with("3 orders dated on or after 1 March 2025, the reference date")),
        "{:?}",
        view.report.left_out
    );
    // The page's "reset" still knows the file's last order.
    assert_eq!(view.default_reference, day(2025, 3, 6));
}

#[test]
fn a_date_before_any_order_or_a_totals_file_in_the_past_is_explained() {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", SHOP.as_bytes(), &ReadOptions::default())
        .unwrap();
    let early = AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    };
    s.handle(Request::Analyze(early)).unwrap();
    let err = s
        .handle(Request::Migrate(Compare::Dates {
            from: day(2024, 1, 1),
            to: None,
        }))
        .unwrap_err();
    assert!(matches!(err, EngineError::NoCustomersYet { .. }), "{err}");
    assert!(err
        .to_string()
        .contains("no customer yet at the start of 1 January 2024"));

    let totals = "customer_id,total_spent,orders_count,last_order_date\nA,100,2,2025-03-01\nB,50,1,2025-01-01\n";
    let mut s = Session::new();
    let overview = s
        .read_bytes("customers.csv", totals.as_bytes(), &ReadOptions::default())
        .unwrap();
    let past = AnalyzeOptions {
        mapping: overview.proposed,
        reference: Some(day(2025, 2, 1)),
        ..AnalyzeOptions::default()
    };
    let err = s.handle(Request::Analyze(past)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "This file lists each customer's totals, not their orders, so it cannot show the shop \
         as it stood on 1 February 2025. Choose 2 March 2025 or later, or use an export of orders."
    );
}

fn migrated(s: &mut Session, compare: Compare) -> MigrationView {
    match s.handle(Request::Migrate(compare)) {
        Ok(Answer::Migrated(view)) => *view,
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_dates_in_one_file_give_who_moved_where() {
    let (mut s, _) = session(SHOP, None);
    let m = migrated(
        &mut s,
        Compare::Dates {
            from: day(2025, 3, 1),
            to: None,
        },
    );
    assert_eq!(m.scheme, "Spend");
    assert_eq!((m.from_date, m.to_date), (day(2025, 3, 1), day(2025, 3, 6)));
    assert_eq!(m.table.segments, ["Big", "Small"]);
    // Rows Big, Small, not yet a customer; columns Big, Small, gone.
    assert_eq!(
        m.table.counts,
        [vec![2, 0, 0], vec![1, 1, 0], vec![0, 1, 0]]
    );
    assert_eq!(m.gone_label, None);
    assert_eq!(m.new_label, "Not yet a customer");
    // D and E spent 100 and 150 in the year before 1 March.
    assert_eq!(m.table.at_stake[0][0], 250.0);
    assert_eq!(
        (m.table.before.clone(), m.table.after.clone()),
        (vec![2, 2], vec![3, 2])
    );
    assert!(
        m.highlights[0].starts_with("Small → Big: 1 customer"),
        "{:?}",
        m.highlights
    );

    // The cell A moved into: its customers, as the later snapshot has them, and a campaign.
    let query = CustomerQuery {
        segment: None,
        cross: None,
        sort: SortKey::Id,
        descending: false,
        page: 0,
        page_size: 50,
    };
    let Ok(Answer::MigrationCell(cell)) = s.handle(Request::MigrationCell {
        row: 1,
        column: 0,
        query: query.clone(),
    }) else {
        panic!("no cell");
    };
    assert_eq!(cell.label, "Small → Big");
    assert_eq!(cell.customers, 1);
    assert_eq!(cell.page.rows[0].id, "A");
    assert_eq!(cell.page.rows[0].segment, "Big");
    assert!(!cell.campaign.objective.is_empty());

    // The whole table as a file: one row per customer of either snapshot.
    let Ok(Answer::Download(file)) = s.handle(Request::Export(ExportRequest::Migration)) else {
        panic!("no file");
    };
    let text = String::from_utf8(file.bytes).unwrap();
    let mut lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.remove(0), "customer_id,segment_from,segment_to");
    lines.sort();
    assert_eq!(
        lines,
        [
            "A,Small,Big",
            "B,,Small",
            "C,Small,Small",
            "D,Big,Big",
            "E,Big,Big"
        ]
    );
}

#[test]
fn an_older_file_gives_new_and_gone_customers_whichever_is_loaded() {
    // The older export stops before March; the newer one has lost E.
    let older = shop_without(|l| l.contains("2025-03"));
    let newer = shop_without(|l| l.contains(",E,"));
    let other = read_table(older.as_bytes(), &ReadOptions::default()).unwrap();
    let (mut s, _) = session(&newer, None);
    s.keep_other("older.csv".into(), other);
    let m = s.migrate(&older_file()).unwrap();
    assert_eq!(m.from, "older.csv (as of 21 February 2025)");
    assert_eq!(m.to, "shop.csv (as of 6 March 2025)");
    assert_eq!(m.new_label, "Not in the older file");
    assert_eq!(m.gone_label.as_deref(), Some("Not in the newer file"));
    // Big: D stayed, E is gone; Small: A moved up, C stayed; B is new.
    assert_eq!(
        m.table.counts,
        [vec![1, 0, 1], vec![1, 1, 0], vec![0, 1, 0]]
    );
    let gone = match s.handle(Request::MigrationCell {
        row: 0,
        column: 2,
        query: CustomerQuery {
            segment: None,
            cross: None,
            sort: SortKey::Id,
            descending: false,
            page: 0,
            page_size: 10,
        },
    }) {
        Ok(Answer::MigrationCell(cell)) => cell,
        other => panic!("{other:?}"),
    };
    assert_eq!(gone.label, "Big → Not in the newer file");
    assert_eq!(gone.page.rows[0].id, "E");
}

/// Who moved where as the session says after another scheme is shown: every movement's
/// customers listed, and the file of every customer's two segments.
fn comparison_with(
    s: &mut Session,
    scheme: Scheme,
    compare: &Compare,
) -> (MigrationView, Vec<String>, Vec<u8>) {
    match s.handle(Request::Segment(SchemeChoice::Custom(scheme))) {
        Ok(Answer::Segmented(_)) => {}
        other => panic!("{other:?}"),
    }
    let view = s.migrate(compare).unwrap();
    let n = view.table.segments.len();
    let mut listed = Vec::new();
    for (row, column) in (0..=n).flat_map(|r| (0..=n).map(move |c| (r, c))) {
        let query = CustomerQuery {
            segment: None,
            cross: None,
            sort: SortKey::Id,
            descending: false,
            page: 0,
            page_size: 10,
        };
        if let Ok(Answer::MigrationCell(cell)) =
            s.handle(Request::MigrationCell { row, column, query })
        {
            let ids = cell
                .page
                .rows
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>();
            listed.push(format!("{}: {}", cell.label, ids.join(" ")));
        }
    }
    let Ok(Answer::Download(file)) = s.handle(Request::Export(ExportRequest::Migration)) else {
        panic!("no file of the moves");
    };
    (view, listed, file.bytes)
}

/// Regular from 2 orders, Once otherwise: another scheme than [`spend_scheme`].
fn orders_scheme() -> Scheme {
    let regular = Condition::between("frequency", Some(2.0), None);
    one_rule("Orders", "Regular", regular, "Once")
}

#[test]
fn compared_again_with_another_scheme_as_if_compared_afresh() {
    // Asked again with another scheme on show, the session segments the snapshots it kept
    // again: the answer, the cells and the file are a new session's with that scheme.
    let older = shop_without(|l| l.contains("2025-03"));
    let file = older_file();
    let dates = Compare::Dates {
        from: day(2025, 2, 1),
        to: None,
    };
    for compare in [dates, file] {
        let keep_older = |s: &mut Session| {
            let table = read_table(older.as_bytes(), &ReadOptions::default()).unwrap();
            s.keep_other("older.csv".into(), table);
        };
        let (mut again, _) = session(SHOP, None);
        keep_older(&mut again);
        let first = again.migrate(&compare).unwrap();
        assert_eq!(first.scheme, "Spend");
        let (mut afresh, _) = session(SHOP, None);
        keep_older(&mut afresh);
        // Rows are bound to customers only when a snapshot is analysed.
        let binds = || take_laps().iter().filter(|l| l.step == Step::Bind).count();
        time_with(|| 0.0, || 0);
        take_laps();
        let again = comparison_with(&mut again, orders_scheme(), &compare);
        assert_eq!(binds(), 0, "{compare:?}: the snapshots were analysed again");
        let afresh = comparison_with(&mut afresh, orders_scheme(), &compare);
        assert!(binds() > 0, "{compare:?}: a new session analyses both");
        assert_eq!(again.0.scheme, "Orders");
        assert!(again.1.len() > 2, "{:?}", again.1);
        assert_eq!(again, afresh);
    }
}

#[test]
fn asked_the_same_with_the_same_segments_the_comparison_is_the_one_made() {
    // The page asks again for the comparison a prediction's answer shows segments for, when
    // the comparison asked meanwhile waited for the prediction and was made with them: it
    // is the comparison kept, not segmented again. Another scheme segments again.
    let dates = Compare::Dates {
        from: day(2025, 2, 1),
        to: None,
    };
    let (mut s, _) = session(SHOP, None);
    let first = s.migrate(&dates).unwrap();
    let assigned = || {
        take_laps()
            .iter()
            .filter(|l| l.step == Step::Assign)
            .count()
    };
    time_with(|| 0.0, || 0);
    take_laps();
    assert_eq!(s.migrate(&dates).unwrap(), first);
    assert_eq!(assigned(), 0, "the snapshots were segmented again");
    let orders = Request::Segment(SchemeChoice::Custom(orders_scheme()));
    assert!(matches!(s.handle(orders), Ok(Answer::Segmented(_))));
    take_laps();
    assert_eq!(s.migrate(&dates).unwrap().scheme, "Orders");
    assert_eq!(
        assigned(),
        2,
        "both snapshots are segmented with another scheme"
    );
}

#[test]
fn since_another_day_only_the_earlier_snapshot_is_made_anew() {
    // Asked since another day (and with another scheme on show), the session keeps the
    // later snapshot: the answer, the cells and the file are a new session's, with one
    // snapshot analysed where a new session analyses two.
    let since = |d| Compare::Dates {
        from: day(2025, 2, d),
        to: None,
    };
    let (mut again, _) = session(SHOP, None);
    again.migrate(&since(1)).unwrap();
    let (mut afresh, _) = session(SHOP, None);
    // Each snapshot analysed scores its customers once.
    let analysed = || {
        take_laps()
            .iter()
            .filter(|l| l.step == Step::Scores)
            .count()
    };
    time_with(|| 0.0, || 0);
    take_laps();
    let again_view = comparison_with(&mut again, orders_scheme(), &since(20));
    assert_eq!(analysed(), 1, "the later snapshot was analysed again");
    let afresh_view = comparison_with(&mut afresh, orders_scheme(), &since(20));
    assert_eq!(analysed(), 2);
    assert_eq!(again_view.0.from_date, day(2025, 2, 20));
    assert!(again_view.1.len() > 2, "{:?}", again_view.1);
    assert_eq!(again_view, afresh_view);
    // A day on or after the later one is still refused, and leaves no comparison.
    let error = again.migrate(&since(1)).and_then(|_| {
        again.migrate(&Compare::Dates {
            from: day(2025, 3, 6),
            to: None,
        })
    });
    assert!(
        matches!(error, Err(EngineError::MigrationDates { .. })),
        "{error:?}"
    );
    assert!(matches!(
        again.handle(Request::Export(ExportRequest::Migration)),
        Err(EngineError::NoMigration)
    ));
}

#[test]
fn a_day_order_refused_with_its_date_leaves_the_comparison_reading_as_before() {
    // Every date reads either way round: month first, the shop's orders run from 5 January
    // to 8 April; day first, from 1 May to 4 August.
    let shop = "order_id,customer_id,order_date,amount\n1,A,01/05/2025,100\n\
                2,B,02/06/2025,50\n3,A,03/07/2025,70\n4,C,04/08/2025,90\n";
    let since = |d| Compare::Dates {
        from: day(2025, 3, d),
        to: None,
    };
    let mut s = Session::new();
    let mapping = analysed_month_first(&mut s, shop);
    s.migrate(&since(1)).unwrap();
    // Day first, 15 April comes before every order: refused, the analysis on show stays.
    let mut day_first = mapping;
    day_first.columns[2].date_order = Some(DateOrder::DayFirst);
    let refused = s.handle(Request::Analyze(AnalyzeOptions {
        mapping: day_first,
        reference: Some(day(2025, 4, 15)),
        ..AnalyzeOptions::default()
    }));
    assert!(
        matches!(refused, Err(EngineError::NoCustomersYet { .. })),
        "{refused:?}"
    );
    let mut afresh = Session::new();
    analysed_month_first(&mut afresh, shop);
    assert_eq!(
        s.migrate(&since(2)).unwrap(),
        afresh.migrate(&since(2)).unwrap()
    );
}

#[test]
fn conventions_asked_of_a_read_again_leave_the_columns_as_they_were_until_it_is() {
    // The dates read either way round (month first: January to April; day first: May to
    // August); the amounts only with a decimal point, so a decimal comma is read again.
    let shop = "order_id,customer_id,order_date,amount\n1,A,01/05/2025,100.25\n\
                2,B,02/06/2025,50.5\n3,A,03/07/2025,70.75\n4,C,04/08/2025,90.5\n";
    let since = Compare::Dates {
        from: day(2025, 3, 2),
        to: None,
    };
    let mut s = Session::new();
    let mut asked = analysed_month_first(&mut s, shop);
    asked.columns[2].date_order = Some(DateOrder::DayFirst);
    asked.columns[3].number_style = Some(NumberStyle::DecimalComma);
    let answer = s.handle(Request::Analyze(AnalyzeOptions {
        mapping: asked,
        ..AnalyzeOptions::default()
    }));
    let Ok(Answer::ReadAgain(again)) = answer else {
        panic!("{answer:?}")
    };
    assert_eq!(again.conventions[2].date_order, Some(DateOrder::DayFirst));
    assert_eq!(
        again.conventions[3].number_style,
        Some(NumberStyle::DecimalComma)
    );
    // That read stopped, the loaded file is compared as the analysis on show reads it.
    let mut afresh = Session::new();
    analysed_month_first(&mut afresh, shop);
    assert_eq!(s.migrate(&since).unwrap(), afresh.migrate(&since).unwrap());
}

#[test]
fn snapshots_segmented_again_read_the_spend_in_a_period_as_new_snapshots_do() {
    // Spend tiers add each customer's spend in their period to what they segment; a
    // scheme read after them from that figure reads it in each snapshot as of its own day,
    // whether the snapshot is new or kept with the tiers' figures of an earlier comparison.
    let tiers = SchemeChoice::Preset(Preset::ValueTiers {
        period: Period::Last { days: 30 },
    });
    let spent = Condition::between("spend_in_period", Some(1.0), None);
    let in_period = one_rule("Recent spend", "Spent", spent, "Not");
    let since = Compare::Dates {
        from: day(2025, 2, 1),
        to: None,
    };
    let compared = |compare_first: bool| {
        let (mut s, _) = session(SHOP, None);
        let show = |s: &mut Session, choice| {
            let shown = s.handle(Request::Segment(choice));
            assert!(matches!(shown, Ok(Answer::Segmented(_))), "{shown:?}");
        };
        show(&mut s, tiers.clone());
        if compare_first {
            s.migrate(&since).unwrap();
        }
        show(&mut s, SchemeChoice::Custom(in_period.clone()));
        s.migrate(&since).map_err(|e| e.to_string())
    };
    let afresh = compared(false);
    assert!(afresh.is_ok(), "{afresh:?}");
    assert_eq!(compared(true), afresh);
}

#[test]
fn what_stops_the_other_export_segmented_again_is_said_of_it() {
    // The loaded file names countries and the older export does not: a scheme by country
    // cannot segment the older export, whether its snapshot is new or kept.
    let with_country = |file: &str| -> String {
        let mut lines = file.lines();
        let header = format!("{},country\n", lines.next().unwrap());
        header + &lines.map(|l| format!("{l},DE\n")).collect::<String>()
    };
    let in_germany = Condition::is_in("country", &["DE"]);
    let by_country = one_rule("Germany", "DE", in_germany, "Elsewhere");
    let (mut s, _) = session(&with_country(SHOP), None);
    let older = shop_without(|l| l.contains("2025-03"));
    s.keep_other(
        "older.csv".into(),
        read_table(older.as_bytes(), &ReadOptions::default()).unwrap(),
    );
    let compare = older_file();
    s.migrate(&compare).unwrap();
    assert!(matches!(
        s.handle(Request::Segment(SchemeChoice::Custom(by_country))),
        Ok(Answer::Segmented(_))
    ));
    let error = s.migrate(&compare).unwrap_err().to_string();
    assert!(error.starts_with("older.csv: "), "{error}");
}

#[test]
fn the_other_export_counts_the_currency_the_loaded_file_counts() {
    // Both files in euros and dollars: the loaded one mostly euros, the older one mostly
    // dollars. Counted in its own most common currency, the older export's customers
    // would be compared in dollars with the loaded file's in euros.
    let header = "order_id,customer_id,order_date,amount,currency\n";
    let loaded = format!(
        "{header}1,A,2025-01-10,100,EUR\n2,B,2025-02-10,50,EUR\n3,C,2025-03-01,70,EUR\n\
         4,D,2025-03-02,900,USD\n"
    );
    let older =
        format!("{header}1,A,2025-01-10,100,EUR\n5,D,2025-01-20,300,USD\n6,E,2025-01-21,400,USD\n");
    let (mut s, _) = session(&loaded, None);
    s.keep_other(
        "older.csv".into(),
        read_table(older.as_bytes(), &ReadOptions::default()).unwrap(),
    );
    let m = s.migrate(&older_file()).unwrap();
    // In euros: A was a customer then; B and C are new. D and E bought only in dollars.
    assert_eq!(m.table.customers(), 3, "{m:?}");
    assert_eq!(m.table.new_customers(), 2);
    assert_eq!(m.table.gone(), 0);
    // The loaded file's dollars are in its own report; the older export's are said here.
    assert_eq!(
        m.rows_left_out,
        [
            "older.csv: 2 rows in USD are left out of the comparison, which counts EUR: \
          amounts in different currencies are never added together."
        ]
    );
    // An older export in dollars only is not compared with the loaded file's euros.
    let dollars = format!("{header}5,D,2025-01-20,300,USD\n6,E,2025-01-21,400,USD\n");
    s.keep_other(
        "dollars.csv".into(),
        read_table(dollars.as_bytes(), &ReadOptions::default()).unwrap(),
    );
    assert_eq!(
        s.migrate(&older_file()).unwrap_err().to_string(),
        "older.csv: This file has no rows in EUR. Its currencies: USD (2 rows)."
    );
    // Nor is it kept: a big shop's export is hundreds of megabytes.
    assert!(!s.keeps_other("dollars.csv"));
}

#[test]
fn another_file_kept_is_compared_not_the_one_before() {
    let (mut s, _) = session(SHOP, None);
    let compare = older_file();
    let until = |month: &str| shop_without(|l| l.split(',').nth(2).is_some_and(|d| d >= month));
    let kept = |s: &mut Session, identity: &str, file: &str| {
        let table = read_table(file.as_bytes(), &ReadOptions::default()).unwrap();
        s.keep_other(identity.into(), table);
    };
    kept(&mut s, "older.csv|180|1", &until("2025-03"));
    let february = s.migrate(&compare).unwrap();
    // Another export kept is compared anew, even if the one who keeps it calls it the same.
    kept(&mut s, "older.csv|180|1", &until("2025-02"));
    let january = s.migrate(&compare).unwrap();
    assert_eq!(february.from_date, day(2025, 2, 21));
    assert_eq!(
        february.table.new_customers(),
        1,
        "B had not ordered by February"
    );
    assert_eq!(january.from_date, day(2025, 1, 11));
    assert!(s.keeps_other("older.csv|180|1"));
    // Two dates compared: the export is let go.
    s.migrate(&Compare::Dates {
        from: day(2025, 2, 1),
        to: None,
    })
    .unwrap();
    assert!(!s.keeps_other("older.csv|180|1"));
    assert_eq!(january.table.new_customers(), 2, "nor had C in January");
}

#[test]
fn a_host_s_comparison_leaves_the_merchant_s_as_it_is() {
    let (mut s, _) = session(SHOP, None);
    let since = |from| Compare::Dates { from, to: None };
    s.migrate(&since(day(2025, 2, 1))).unwrap();
    let file = |s: &mut Session| match s.handle(Request::Export(ExportRequest::Migration)) {
        Ok(Answer::Download(file)) => file.bytes,
        other => panic!("{other:?}"),
    };
    let merchant_s = file(&mut s);
    let asked = HostQuery::Migration {
        from: day(2025, 1, 1),
        to: None,
    };
    assert!(matches!(
        s.handle(Request::Host(asked)),
        Ok(Answer::Host(_))
    ));
    // The merchant's download is still who moved since 1 February.
    assert_eq!(file(&mut s), merchant_s);
}

#[test]
fn what_stops_the_other_file_is_said_of_it() {
    // Every row of the other export lacks its customer: its line, not the loaded file's.
    let other = read_table(
        b"order_id,customer_id,order_date,amount\n1,,2025-01-05,10.00\n2,,2025-01-06,20.00\n",
        &ReadOptions::default(),
    )
    .unwrap();
    let (mut s, _) = session(SHOP, None);
    let compare = Compare::File {
        name: "april.csv".into(),
        from: None,
        to: None,
    };
    s.keep_other("other.csv".into(), other);
    let error = s.migrate(&compare).unwrap_err();
    assert_eq!(
        error.to_string(),
        "april.csv: None of the 2 rows could be used. Line 2, column \"customer_id\": has no \
         customer ID"
    );
}

/// `SHOP`'s rows with an e-mail address per customer (a@shop.com for A), keeping the
/// customer ID column or not, without the rows for which `leave_out` holds.
fn with_emails(keep_ids: bool, leave_out: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for (n, line) in SHOP.lines().enumerate() {
        if n > 0 && leave_out(line) {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        let email = match cells[1] {
            "customer_id" => "email".to_string(),
            id => format!("{}@shop.com", id.to_lowercase()),
        };
        let id = if keep_ids {
            format!("{},", cells[1])
        } else {
            String::new()
        };
        out += &format!("{},{id}{email},{},{}\n", cells[0], cells[2], cells[3]);
    }
    out
}

#[test]
fn a_file_with_customer_ids_and_one_with_e_mails_only_are_matched_by_e_mail() {
    // As `an_older_file_gives_new_and_gone_customers_whichever_is_loaded`, but the older
    // export names customers only by e-mail address: keyed by ID in one and by e-mail in
    // the other, every customer seemed new in one file and gone from the other.
    let older = with_emails(false, |l| l.contains("2025-03"));
    let newer = with_emails(true, |l| l.contains(",E,"));
    let other = read_table(older.as_bytes(), &ReadOptions::default()).unwrap();
    let (mut s, _) = session(&newer, None);
    let compare = older_file();
    s.keep_other("other.csv".into(), other);
    let m = s.migrate(&compare).unwrap();
    // Big: D stayed, E is gone; Small: A moved up, C stayed; B is new.
    assert_eq!(
        m.table.counts,
        [vec![1, 0, 1], vec![1, 1, 0], vec![0, 1, 0]]
    );
}

#[test]
fn rows_a_comparison_leaves_out_are_said_of_their_file() {
    let compare = older_file();
    // The other export: a row with no amount. The loaded file's own rows are in its report.
    let older = shop_without(|l| l.contains("2025-03")) + "10,F,2025-02-25,\n";
    let (mut s, _) = session(SHOP, None);
    let table = read_table(older.as_bytes(), &ReadOptions::default()).unwrap();
    s.keep_other("older.csv".into(), table);
    let m = s.migrate(&compare).unwrap();
    assert_eq!(
        m.rows_left_out,
        [
            "older.csv: 1 row of 7 could not be used and is left out of the comparison. The \
          first: Line 8, column \"amount\": has no amount."
        ]
    );
    // Matched by e-mail address, the loaded file's rows without one are left out too.
    let newer = with_emails(true, |_| false).replace("b@shop.com", "");
    let (mut s, _) = session(&newer, None);
    let older = with_emails(false, |l| l.contains("2025-03"));
    let table = read_table(older.as_bytes(), &ReadOptions::default()).unwrap();
    s.keep_other("older.csv".into(), table);
    let m = s.migrate(&compare).unwrap();
    assert_eq!(m.rows_left_out.len(), 1, "{:?}", m.rows_left_out);
    assert!(
        m.rows_left_out[0].starts_with(
            "shop.csv: 1 row of 9 could not be used and is left out of the comparison. The \
             first: Line 5, column \"email\": "
        ),
        "{:?}",
        m.rows_left_out
    );
    // Two dates in the loaded file: nothing to add to its report.
    let since = Compare::Dates {
        from: day(2025, 2, 1),
        to: None,
    };
    assert_eq!(
        s.migrate(&since).unwrap().rows_left_out,
        Vec::<String>::new()
    );
}

#[test]
fn a_host_comparing_two_files_is_told_the_rows_left_out() {
    let older = shop_without(|l| l.contains("2025-03")) + "10,F,2025-02-25,\n";
    let moves = Session::new()
        .migrate_file(
            "shop.csv",
            SHOP.as_bytes(),
            &HostOptions::default(),
            &older_file(),
            Some(older.as_bytes()),
        )
        .unwrap();
    assert_eq!(
        moves.rows_left_out,
        [
            "older.csv: 1 row of 7 could not be used and is left out of the comparison. The \
          first: Line 8, column \"amount\": has no amount."
        ]
    );
    let json = serde_json::to_value(&moves).unwrap();
    assert_eq!(json["rows_left_out"].as_array().map(Vec::len), Some(1));
}

#[test]
fn files_with_no_key_in_common_are_not_compared_in_silence() {
    // The loaded export has customer IDs and no e-mail addresses, the other only e-mail
    // addresses: no customer could be in both.
    let other = read_table(
        with_emails(false, |_| false).as_bytes(),
        &ReadOptions::default(),
    )
    .unwrap();
    let (mut s, _) = session(SHOP, None);
    let compare = Compare::File {
        name: "newsletter.csv".into(),
        from: None,
        to: None,
    };
    s.keep_other("other.csv".into(), other);
    let error = s.migrate(&compare).unwrap_err();
    assert!(
        error.to_string().starts_with(
            "shop.csv identifies customers only by customer ID and newsletter.csv only by \
             e-mail address"
        ),
        "{error}"
    );
}

#[test]
fn cohorts_count_returning_customers_per_month() {
    let (mut s, _) = session(SHOP, None);
    let Ok(Answer::Cohorts(c)) = s.handle(Request::Cohorts(CohortPeriod::Month)) else {
        panic!("no cohorts");
    };
    // December: D (back in February). January: A and E (A back in March). March: B.
    let sizes: Vec<(&str, usize, Vec<usize>)> = c
        .cohorts
        .iter()
        .map(|k| (k.label.as_str(), k.size, k.bought.clone()))
        .collect();
    assert_eq!(
        sizes,
        [
            ("December 2024", 1, vec![1, 0, 1, 0]),
            ("January 2025", 2, vec![2, 0, 1]),
            ("February 2025", 1, vec![1, 0]),
            ("March 2025", 1, vec![1]),
        ]
    );
    assert!(c.last_partial);
}
