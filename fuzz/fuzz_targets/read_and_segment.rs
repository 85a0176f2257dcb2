//! Any bytes, as a merchant might drop them: read, map, segment, then the requests the page
//! and a host make of the result. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::export::ListLayout;
use segmenter_engine::reading::{read_table, ReadOptions};
use segmenter_engine::session::{
    AnalyzeOptions, Answer, CampaignExport, CustomerQuery, ExportRequest, HostQuery, Request,
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
    // Every answer may be an error; none may be a panic.
    let _ = session.handle(Request::Analyze(options));
    let _ = session.handle(Request::Customers(CustomerQuery {
        segment: Some(0),
        cross: None,
        sort: SortKey::Score,
        descending: true,
        page: 0,
        page_size: 10,
    }));
    let _ = session.handle(Request::Export(ExportRequest::AllCustomers));
    let _ = session.handle(Request::Export(ExportRequest::Problems));
    let _ = session.handle(Request::CrossSell(0));
    let _ = session.handle(Request::Host(HostQuery::Summary));
    let exported = session.handle(Request::Export(ExportRequest::Campaign(CampaignExport {
        segment: 0,
        campaign: "Fuzz".into(),
        layout: ListLayout::Mailchimp,
        holdout_share: 0.1,
        sent: Date::from_ymd(2024, 1, 1).unwrap(),
    })));
    // The same bytes as the newer file the campaign is measured on.
    if let (Ok(Answer::CampaignExported(e)), Ok(table)) =
        (exported, read_table(data, &ReadOptions::default()))
    {
        let _ = session.measure("newer.csv", &table, &[e.record]);
    }
});
