//! What the session tests share: a file read and analysed as the page does it.

use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{AnalysisView, AnalyzeOptions, Answer, Request, Session};

/// The fixture shop of `tests/fixtures/orders-small.csv`.
pub const SMALL_SHOP: &str = include_str!("../../../../tests/fixtures/orders-small.csv");

/// A session that has read `csv` and analysed it with the proposed mapping.
pub fn session(csv: &str) -> (Session, AnalysisView) {
    session_in(csv, "en")
}

/// [`session`] with the page in the language `tag` ("de-DE").
pub fn session_in(csv: &str, tag: &str) -> (Session, AnalysisView) {
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
