//! The results: headline figures, the scheme bar, and one view at a time: the segments
//! (table, charts, customers, campaigns), the rule builder, clusters, a cross-tab or the
//! top customers; the row report below them all.
//!
//! Each view's data lives in its own state, made here once so that it outlasts a switch of
//! tabs, and provided as context to the components that show it.

use super::campaigns::CampaignList;
use super::charts::{RfGrid, SegmentBars};
use super::clusters::{ClustersState, ClustersView};
use super::cross_sell::CrossSellPanel;
use super::crosstab::{CrosstabState, CrosstabView};
use super::customers::{CustomerList, Selection};
use super::download::export;
use super::format::count;
use super::grid_editor::GridEditor;
use super::playbook::{CampaignPlan, PlaybookState};
use super::report::RowReportPanel;
use super::rule_builder::{BuilderState, RuleBuilder};
use super::scheme_bar::SchemeBar;
use super::segment_table::SegmentTable;
use super::state::AppState;
use super::tabs::{Tab, Tabs};
use super::value::{ValueState, ValueView};
use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::session::ExportRequest;

/// The results section.
#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tabs = Tabs(RwSignal::new(Tab::Segments));
    provide_context(tabs);
    provide_context(Selection::new(state));
    provide_context(ClustersState::new(state));
    provide_context(CrosstabState::new(state));
    provide_context(ValueState::new(state));
    provide_context(BuilderState::new(state));
    provide_context(PlaybookState::new(state));
    let tab = move |which: Tab, label: &'static str, id: &'static str| {
        view! {
            <button
                role="tab"
                class="tab"
                data-testid=id
                aria-selected=move || (tabs.0.get() == which).to_string()
                on:click=move |_| tabs.show(which)
            >
                {label}
            </button>
        }
    };
    view! {
        <section class="results" data-testid="results">
            <ResultsHead/>
            <SchemeBar/>
            <nav class="tabs" role="tablist" aria-label="Views of the results">
                {tab(Tab::Segments, "Segments", "tab-segments")}
                {tab(Tab::Builder, "Build your own", "tab-builder")}
                {tab(Tab::Clusters, "Clusters", "tab-clusters")}
                {tab(Tab::Crosstab, "Cross-tab", "tab-crosstab")}
                {tab(Tab::Value, "Top customers", "tab-value")}
                {tab(Tab::Plan, "Campaign plan", "tab-plan")}
            </nav>
            {move || match tabs.0.get() {
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

/// The shop's headline figures, the reference date and the download of everyone.
#[component]
fn ResultsHead() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_all = move |_| export(state, ExportRequest::AllCustomers);
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
                        <button class="button" data-testid="export-all" on:click=export_all>
                            "Download all customers (CSV)"
                        </button>
                    </div>
                </header>
            }
        })
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
