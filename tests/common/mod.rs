//! What the session tests share: a file read and analysed as the page does it.

use segmenter::engine::read::ReadOptions;
use segmenter::engine::session::{AnalysisView, AnalyzeOptions, Request, Response, Session};

/// The fixture shop of `tests/fixtures/orders-small.csv`.
pub const SMALL_SHOP: &str = include_str!("../fixtures/orders-small.csv");

/// A session that has read `csv` and analysed it with the proposed mapping.
pub fn session(csv: &str) -> (Session, AnalysisView) {
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", csv.as_bytes(), &ReadOptions::default())
        .expect("readable");
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    };
    match s.handle(Request::Analyze(options)) {
        Response::Analyzed(view) => (s, *view),
        other => panic!("{other:?}"),
    }
}
