//! The results: headline figures, the scheme bar, and one view at a time: the segments
//! (table, charts, customers, campaigns), the rule builder, clusters, a cross-tab or the
//! top customers; the row report below them all.

use super::campaigns::CampaignList;
use super::charts::{RfGrid, SegmentBars};
use super::clusters::ClustersView;
use super::cross_sell::CrossSellPanel;
use super::crosstab::CrosstabView;
use super::customers::CustomerList;
use super::grid_editor::GridEditor;
use super::playbook::CampaignPlan;
use super::report::RowReportPanel;
use super::rule_builder::RuleBuilder;
use super::scheme_bar::SchemeBar;
use super::segment_table::SegmentTable;
use super::value::ValueView;
use super::{AppState, Tab};
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
    let head = move || {
        state.analysis.get().map(|a| {
            let headline = format!(
                "{} · {} · {} spent in all",
                count(a.customers, "customers"),
                count(a.orders, "orders"),
                a.currency.format_whole(a.revenue)
            );
            let reference = a.reference.to_string();
            let default_reference = a.default_reference;
            view! {
                <header class="results-head">
                    <div>
                        <h2>"Your customers"</h2>
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
            }
        })
    };
    let tab = move |which: Tab, label: &'static str, id: &'static str| {
        view! {
            <button
                role="tab"
                class="tab"
                data-testid=id
                aria-selected=move || (state.tab.get() == which).to_string()
                on:click=move |_| state.tab.set(which)
            >
                {label}
            </button>
        }
    };
    view! {
        <section class="results" data-testid="results">
            {head}
            <SchemeBar/>
            <nav class="tabs" role="tablist" aria-label="Views of the results">
                {tab(Tab::Segments, "Segments", "tab-segments")}
                {tab(Tab::Builder, "Build your own", "tab-builder")}
                {tab(Tab::Clusters, "Clusters", "tab-clusters")}
                {tab(Tab::Crosstab, "Cross-tab", "tab-crosstab")}
                {tab(Tab::Value, "Top customers", "tab-value")}
                {tab(Tab::Plan, "Campaign plan", "tab-plan")}
            </nav>
            {move || match state.tab.get() {
                Tab::Segments => view! { <SegmentsView/> }.into_any(),
                Tab::Builder => view! { <RuleBuilder/> }.into_any(),
                Tab::Clusters => view! { <ClustersView/> }.into_any(),
                Tab::Crosstab => view! { <CrosstabView/> }.into_any(),
                Tab::Value => view! { <ValueView/> }.into_any(),
                Tab::Plan => view! { <CampaignPlan/> }.into_any(),
            }}
        </section>
        <RowReportPanel/>
    }
}

/// The segments of the scheme on show: how they were made, the table, the charts, the
/// selected segment's customers and the campaigns.
#[component]
fn SegmentsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let explanation = move || {
        state.scheme.with(|s| {
            s.as_ref().filter(|s| !s.explanation.is_empty()).map(|s| {
                let lines = s.explanation.clone();
                view! {
                    <div class="scores-note" data-testid="score-explanation">
                        {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    </div>
                }
            })
        })
    };
    let has_grid = move || {
        state
            .scheme
            .with(|s| s.as_ref().is_some_and(|s| s.grid.is_some()))
    };
    view! {
        <div role="tabpanel">
            {explanation}
            <SegmentTable/>
            <div class="charts">
                <Show when=has_grid>
                    <RfGrid/>
                </Show>
                <SegmentBars/>
            </div>
            <Show when=has_grid>
                <GridEditor/>
            </Show>
            <CustomerList/>
            <CrossSellPanel/>
            <CampaignList/>
        </div>
    }
}
