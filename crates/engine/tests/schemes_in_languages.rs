//! The built-in schemes in the merchant's language, as the page asks for them: the
//! catalogue, the segments, the grid and the features are named in it, and the SQL
//! download writes the same segment names the page showed.

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::export::sql::Dialect;
use segmenter_engine::features::Period;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::{GeoLevel, Preset};
use segmenter_engine::session::{Answer, ExportRequest, Request, SchemeView, Session};

mod common;

use common::{session, session_in, SMALL_SHOP};

fn segmented(s: &mut Session, preset: Preset) -> SchemeView {
    match s.handle(Request::Segment(SchemeChoice::Preset(preset))) {
        Ok(Answer::Segmented(view)) => *view,
        other => panic!("{other:?}"),
    }
}

fn sql(s: &mut Session) -> String {
    match s.handle(Request::Export(ExportRequest::Sql(Dialect::Postgres))) {
        Ok(Answer::Download(d)) => String::from_utf8(d.bytes).unwrap(),
        other => panic!("{other:?}"),
    }
}

/// Every segment with customers is named in the query as a string literal.
fn named_in_sql(view: &SchemeView, sql: &str) {
    for segment in view.segments.iter().filter(|s| s.customers > 0) {
        let quoted = format!("'{}'", segment.name.replace('\'', "''"));
        // Names that quote an amount are written around it: check the words before it.
        let words = segment.name.split(" (").next().unwrap_or_default();
        assert!(
            sql.contains(&quoted) || sql.contains(&format!("'{words} (")),
            "{} not in the SQL",
            segment.name
        );
    }
}

#[test]
fn rfm_in_german_from_the_catalogue_to_the_sql() {
    let (mut s, analysis) = session_in(SMALL_SHOP, "de-DE");
    let rfm = analysis
        .catalog
        .iter()
        .find(|e| e.preset == Preset::Rfm { points: 5 })
        .unwrap();
    assert_eq!(rfm.name, "RFM-Segmente");
    let industry = analysis
        .catalog
        .iter()
        .find(|e| e.preset == Preset::Industry)
        .unwrap();
    assert_eq!(
        industry.unavailable.as_deref(),
        Some("Benötigt eine Spalte mit der Branche.")
    );
    let view = analysis.scheme;
    assert_eq!(view.scheme.name, "RFM-Segmente");
    let names: Vec<&str> = view.segments.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"Champions"), "{names:?}");
    assert!(names.contains(&"Schlafend"), "{names:?}");
    assert!(
        names.contains(&"Keine Bestellung in dieser Datei"),
        "{names:?}"
    );
    let grid = view.grid.as_ref().unwrap();
    assert_eq!(
        (grid.axes.rows_name.as_str(), grid.axes.rows.as_str()),
        ("Aktualität", "R")
    );
    let labels: Vec<&str> = view.features.iter().map(|f| f.label.as_str()).collect();
    assert!(
        labels.contains(&"Tage seit der letzten Bestellung"),
        "{labels:?}"
    );
    assert!(labels.contains(&"Aktualitäts-Score"), "{labels:?}");
    // The names in English, which the page keeps the merchant's edits under, side by side.
    assert_eq!(view.english.0, "RFM segments");
    let asleep = names.iter().position(|n| *n == "Schlafend").unwrap();
    assert_eq!(view.english.1[asleep], "Hibernating");
    assert_eq!(view.english.1.len(), names.len());
    named_in_sql(&view, &sql(&mut s));
}

#[test]
fn tiers_and_places_in_french_name_the_same_segments_in_the_sql() {
    let (mut s, _) = session_in(SMALL_SHOP, "fr");
    let tiers = segmented(
        &mut s,
        Preset::ValueTiers {
            period: Period::Last { days: 365 },
        },
    );
    assert_eq!(tiers.scheme.name, "Paliers de dépenses, 365 derniers jours");
    // The amount is written as French writes amounts, as in the page.
    assert!(
        tiers.scheme.rules[0]
            .segment
            .starts_with("Top 1\u{202f}% (dès "),
        "{}",
        tiers.scheme.rules[0].segment
    );
    assert_eq!(tiers.scheme.otherwise, "Aucun achat sur la période");
    let sql_text = sql(&mut s);
    assert!(sql_text.contains("'Top 1\u{202f}% (dès '"), "{sql_text}");
    assert!(sql_text.contains("'50\u{202f}% inférieurs'"), "{sql_text}");
    let places = segmented(
        &mut s,
        Preset::Geography {
            level: GeoLevel::Country,
            prefix: 0,
            top: 1,
        },
    );
    assert_eq!(places.scheme.name, "Pays");
    assert_eq!(places.scheme.rules[1].segment, "Autres zones");
    assert_eq!(places.scheme.otherwise, "Zone inconnue");
    // The areas themselves are ranked by the query from the table's own rows.
    let sql_text = sql(&mut s);
    assert!(sql_text.contains("'Autres zones'"), "{sql_text}");
    assert!(sql_text.contains("'Zone inconnue'"), "{sql_text}");
}

#[test]
fn english_stays_as_it_was() {
    let (_, analysis) = session(SMALL_SHOP);
    assert_eq!(analysis.scheme.scheme.name, "RFM segments");
    let grid = analysis.scheme.grid.as_ref().unwrap();
    assert_eq!(grid.axes.rows_name, "recency");
    let regions = analysis
        .catalog
        .iter()
        .find(|e| e.preset.key() == "geo-region")
        .unwrap();
    assert_eq!(regions.name, "Regions");
}

#[test]
fn tiers_over_two_dates_and_their_spend_write_them_in_words_known_by_the_english_name() {
    let day = |m, d| Date::from_ymd(2024, m, d).unwrap();
    let period = Period::Between {
        from: day(3, 1),
        to: day(8, 31),
    };
    let english = "Spend tiers, 1 March 2024 to 31 August 2024";
    for (language, name, spend) in [
        ("en", english, "Spent from 1 March 2024 to 31 August 2024"),
        (
            "fr",
            "Paliers de dépenses, du 1er mars 2024 au 31 août 2024",
            "Dépensé du 1er mars 2024 au 31 août 2024",
        ),
        (
            "de",
            "Umsatzstufen, 1. März 2024 bis 31. August 2024",
            "Umsatz vom 1. März 2024 bis zum 31. August 2024",
        ),
    ] {
        let (mut s, _) = session_in(SMALL_SHOP, language);
        let tiers = segmented(&mut s, Preset::ValueTiers { period });
        assert_eq!(
            (tiers.scheme.name.as_str(), tiers.english.0.as_str()),
            (name, english)
        );
        // The spend they read is named for the same days, as the rule builder lists it.
        let figure = tiers.features.iter().find(|f| f.id == "spend_in_period");
        assert_eq!(figure.map(|f| f.label.as_str()), Some(spend));
    }
}
