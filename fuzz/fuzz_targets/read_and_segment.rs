//! Any bytes, as a merchant might drop them: read, map, segment. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use segmenter::engine::read::ReadOptions;
use segmenter::engine::session::{AnalyzeOptions, CustomerQuery, ExportRequest, Request, Session, SortKey};

fuzz_target!(|data: &[u8]| {
    let mut session = Session::new();
    let Ok(overview) = session.read_bytes("fuzz.csv", data, &ReadOptions::default()) else {
        return;
    };
    let options = AnalyzeOptions {
        mapping: overview.proposed,
        ..AnalyzeOptions::default()
    };
    session.handle(Request::Analyze(options));
    session.handle(Request::Customers(CustomerQuery {
        segment: Some(0),
        sort: SortKey::Score,
        descending: true,
        page: 0,
        page_size: 10,
    }));
    session.handle(Request::Export(ExportRequest::AllCustomers));
    session.handle(Request::Export(ExportRequest::Problems));
});
