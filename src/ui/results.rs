//! The results: headline figures, how scores were made, the segment table and charts,
//! the selected segment's customers, campaigns and the row report.

use super::campaigns::CampaignList;
use super::charts::{RfGrid, SegmentBars};
use super::customers::CustomerList;
use super::report::RowReportPanel;
use super::segment_table::SegmentTable;
use super::AppState;
use crate::engine::calendar::Date;
use crate::engine::money::group_thousands;
use crate::engine::session::{ExportRequest, Request};
use leptos::prelude::*;

/// Colours for segments, in scheme order; chosen to stay apart for colour-blind readers.
const PALETTE: [&str; 12] = [
    "#1b7837", "#5aae61", "#a6dba0", "#2166ac", "#67a9cf", "#fdb863", "#e08214", "#b2182b",
    "#d6604d", "#8c510a", "#762a83", "#999999",
];

/// The colour of segment number `i`.
pub fn segment_color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// Writes a count of things with its noun: "1 order", "2 orders".
pub fn count(n: usize, noun: &str) -> String {
    let noun = if n == 1 {
        noun.trim_end_matches('s')
    } else {
        noun
    };
    format!("{} {noun}", group_thousands(&n.to_string()))
}

/// A share as a percentage with one decimal.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// The results section.
#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.analysis.get().map(|a| {
            let headline = format!(
                "{} · {} · {} spent in all",
                count(a.customers, "customers"),
                count(a.orders, "orders"),
                a.currency.format_whole(a.revenue)
            );
            let reference = a.reference.to_string();
            let default_reference = a.default_reference;
            let explanation = a.explanation.clone();
            view! {
                <section class="results" data-testid="results">
                    <header class="results-head">
                        <div>
                            <h2>{format!("Your customers in {} segments", a.segments.iter().filter(|s| s.customers > 0).count())}</h2>
                            <p class="headline" data-testid="headline">{headline}</p>
                            <p class="shape">{format!("Read as {}.", a.shape_label)}</p>
                        </div>
                        <div class="results-tools">
                            <label>
                                "As of "
                                <input
                                    type="date"
                                    data-testid="results-reference"
                                    value=reference
                                    on:change=move |ev| {
                                        let date = Date::parse_iso(&event_target_value(&ev));
                                        state.reference.set(date.filter(|d| *d != default_reference));
                                        state.analyze();
                                    }
                                />
                            </label>
                            <button
                                class="button"
                                data-testid="export-all"
                                on:click=move |_| state.request(Request::Export(ExportRequest::AllCustomers))
                            >
                                "Download all customers (CSV)"
                            </button>
                        </div>
                    </header>
                    <div class="scores-note" data-testid="score-explanation">
                        {explanation.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    </div>
                    <SegmentTable/>
                    <div class="charts">
                        <RfGrid/>
                        <SegmentBars/>
                    </div>
                    <CustomerList/>
                    <CampaignList/>
                    <RowReportPanel/>
                </section>
            }
        })
    }
}
