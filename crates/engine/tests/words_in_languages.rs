//! What the merchant downloads and keeps, written in the language of the analysis while
//! what identifies it stays the same in every language: the list of rows left out, the
//! buying seasons, the values rules match on and the records of exported campaigns.

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::campaigns::records::merge;
use segmenter_engine::campaigns::uplift::CampaignRecord;
use segmenter_engine::export::lists::ListLayout;
use segmenter_engine::features::Period;
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::session::{
    AnalyzeOptions, Answer, CampaignExport, ExportRequest, Request, SchemeView, Session,
};

mod common;

use common::{session, session_in, SMALL_SHOP};

fn download(s: &mut Session, what: ExportRequest) -> String {
    match s.handle(Request::Export(what)) {
        Ok(Answer::Download(d)) => String::from_utf8(d.bytes).unwrap(),
        other => panic!("{other:?}"),
    }
}

/// The downloaded list's lines, without the byte-order mark that tells Excel it is UTF-8.
fn lines(file: &str) -> Vec<&str> {
    file.trim_start_matches('\u{feff}').lines().collect()
}

#[test]
fn the_rows_left_out_are_listed_in_french() {
    // The small shop ends with rows that cannot be used.
    let (mut english, _) = session(SMALL_SHOP);
    let list = download(&mut english, ExportRequest::Problems);
    assert_eq!(
        lines(&list)[..2],
        [
            "line,column,reason",
            r#"3005,order_date,"""2025-13-45"" is not a date""#
        ]
    );
    let (mut french, _) = session_in(SMALL_SHOP, "fr-FR");
    let list = download(&mut french, ExportRequest::Problems);
    // French puts a no-break space inside its quotes.
    assert_eq!(
        lines(&list)[..3],
        [
            "ligne,colonne,motif",
            "3005,order_date,«\u{a0}2025-13-45\u{a0}» n’est pas une date",
            "3006,amount,«\u{a0}abc\u{a0}» n’est pas un nombre"
        ]
    );
}

/// Analyses the file the session holds again, in the language `tag`, as the page does when
/// the merchant picks another language.
fn analyze_in(s: &mut Session, mapping: &Mapping, scheme: &SchemeChoice, tag: &str) -> SchemeView {
    let options = AnalyzeOptions {
        mapping: mapping.clone(),
        language: Some(tag.into()),
        scheme: Some(scheme.clone()),
        ..AnalyzeOptions::default()
    };
    match s.handle(Request::Analyze(options)) {
        Ok(Answer::Analyzed(view)) => view.scheme,
        other => panic!("{other:?}"),
    }
}

/// Exports the list of segment `segment` under the campaign suggested for it (the name the
/// page starts with) as sent on 1 July 2024 + `days`, and returns its record.
fn export_suggested(
    s: &mut Session,
    view: &SchemeView,
    segment: usize,
    days: i32,
) -> CampaignRecord {
    let name = &view.segments[segment].name;
    let suggested = view.campaigns.iter().find(|c| c.segment == *name).unwrap();
    let order = CampaignExport {
        segment,
        campaign: suggested.objective.clone(),
        layout: ListLayout::Plain,
        holdout_share: 0.2,
        sent: Date::from_ymd(2024, 7, 1).unwrap().plus_days(days),
    };
    match s.handle(Request::Export(ExportRequest::Campaign(order))) {
        Ok(Answer::CampaignExported(exported)) => exported.record,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_campaign_exported_in_english_is_replaced_by_the_same_export_in_german() {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", SMALL_SHOP.as_bytes(), &ReadOptions::default())
        .unwrap();
    let mapping = overview.proposed;
    let tiers = Preset::ValueTiers {
        period: Period::Last { days: 365 },
    };
    for scheme in [
        SchemeChoice::Preset(Preset::Rfm { points: 5 }),
        SchemeChoice::Preset(tiers),
    ] {
        // A segment of some size whose name German writes otherwise.
        let in_german = analyze_in(&mut s, &mapping, &scheme, "de-DE");
        let view = analyze_in(&mut s, &mapping, &scheme, "en");
        let segment = (0..view.segments.len())
            .find(|&i| {
                view.segments[i].customers > 20
                    && view.segments[i].name != in_german.segments[i].name
            })
            .unwrap();
        let english = export_suggested(&mut s, &view, segment, 0);
        let view = analyze_in(&mut s, &mapping, &scheme, "de-DE");
        let german = export_suggested(&mut s, &view, segment, 1);
        // Shown in German, known by the English names...
        assert_ne!(german.scheme, english.scheme);
        assert_ne!(german.segment, english.segment);
        assert_ne!(german.campaign, english.campaign);
        assert_eq!(
            german.key(),
            english.key(),
            "{} / {}",
            german.segment,
            english.segment
        );
        assert_eq!(german.key().segment, english.segment);
        assert_eq!(german.key().campaign, english.campaign);
        // ...with the same customers held out, and one record where there was one (the
        // later send's, as on the page).
        assert_eq!(german.holdout, english.holdout);
        let merged = merge(vec![english], vec![german.clone()]);
        assert_eq!((merged.added, merged.updated), (0, 1));
        assert_eq!(merged.records, [german]);
    }
}

#[test]
fn built_in_seasons_are_named_in_german_and_keep_their_ids() {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", SMALL_SHOP.as_bytes(), &ReadOptions::default())
        .unwrap();
    let seasonal = SchemeChoice::Preset(Preset::Seasonal {
        seasons: segmenter_engine::features::seasons::default_calendar(),
    });
    let english = analyze_in(&mut s, &overview.proposed, &seasonal, "en");
    let german = analyze_in(&mut s, &overview.proposed, &seasonal, "de-DE");
    let valentine = "season_share_valentines_day";
    let label = |view: &SchemeView| {
        view.features
            .iter()
            .find(|f| f.id == valentine)
            .map(|f| f.label.clone())
    };
    assert_eq!(
        label(&english).as_deref(),
        Some("Share of orders in Valentine's Day")
    );
    assert_eq!(
        label(&german).as_deref(),
        Some("Anteil der Bestellungen im Zeitraum „Valentinstag“")
    );
    let names = |view: &SchemeView| {
        view.segments
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(names(&english).contains(&"Valentine's Day buyers".to_string()));
    let german_names = names(&german);
    assert!(
        german_names.contains(&"Saisonkäufer: Vorweihnachtszeit".to_string()),
        "{german_names:?}"
    );
    // The rules are the same in both languages, only the segments' names differ.
    let conditions = |view: &SchemeView| {
        view.scheme
            .rules
            .iter()
            .map(|r| r.when.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(conditions(&german), conditions(&english));
    // The SQL of the German scheme names the same segments the page showed.
    let sql = download(
        &mut s,
        ExportRequest::Sql(segmenter_engine::export::sql::Dialect::Postgres),
    );
    assert!(sql.contains("'Saisonkäufer: Valentinstag'"), "{sql}");
}
