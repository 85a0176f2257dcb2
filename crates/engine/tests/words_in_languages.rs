//! What the merchant downloads and keeps, written in the language of the analysis while
//! what identifies it stays the same in every language: the list of rows left out, the
//! buying seasons, the values rules match on and the records of exported campaigns.

use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, ExportRequest, Request, Session,
};

mod common;

use common::{session, SMALL_SHOP};

/// A session that has analysed `csv` in the language `tag`.
fn session_in(csv: &str, tag: &str) -> (Session, AnalysisView) {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", csv.as_bytes(), &ReadOptions::default())
        .expect("readable");
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        language: Some(tag.into()),
        ..AnalyzeOptions::default()
    };
    match s.handle(Request::Analyze(options)) {
        Ok(Answer::Analyzed(view)) => (s, *view),
        other => panic!("{other:?}"),
    }
}

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
