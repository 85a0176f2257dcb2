//! Any bytes, as a merchant might drop them: read, map, segment, then the requests the page
//! and a host make of the result. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use segmenter::engine::calendar::Date;
use segmenter::engine::export::ListLayout;
use segmenter::engine::read::{read_table, ReadOptions};
use segmenter::engine::session::{
    AnalyzeOptions, CampaignExport, CustomerQuery, ExportRequest, HostQuery, Request, Response,
    Session, SortKey,
};

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
        cross: None,
        sort: SortKey::Score,
        descending: true,
        page: 0,
        page_size: 10,
    }));
    session.handle(Request::Export(ExportRequest::AllCustomers));
    session.handle(Request::Export(ExportRequest::Problems));
    session.handle(Request::CrossSell(0));
    session.handle(Request::Host(HostQuery::Summary));
    let exported = session.handle(Request::Export(ExportRequest::Campaign(CampaignExport {
        segment: 0,
        campaign: "Fuzz".into(),
        layout: ListLayout::Mailchimp,
        holdout_share: 0.1,
        sent: Date::from_ymd(2024, 1, 1).unwrap(),
    })));
    // The same bytes as the newer file the campaign is measured on.
    if let (Response::CampaignExported(e), Ok(table)) =
        (exported, read_table(data, &ReadOptions::default()))
    {
        session.measure("newer.csv", &table, &[e.record]);
    }
});
