//! The results: headline figures, the scheme bar, and one view at a time: the segments
//! (table, charts, customers, campaigns), the rule builder, clusters, a cross-tab, the top
//! customers, who will buy again, who moved between segments, or cohorts; the row report
//! below them all.
//!
//! Each view's data lives in its own state, made here once so that it outlasts a switch of
//! tabs, and provided as context to the components that show it.

use super::campaigns::CampaignList;
use super::charts::{PlacesChart, RfGrid, SegmentBars};
use super::clusters::{ClustersState, ClustersView};
use super::cohorts::{CohortsState, CohortsView};
use super::cross_sell::CrossSellPanel;
use super::crosstab::{CrosstabState, CrosstabView};
use super::customers::{CustomerList, Selection};
use super::download::export;
use super::future::{FutureView, PredictionState};
use super::grid_editor::GridEditor;
use super::playbook::CampaignPlan;
use super::report::RowReportPanel;
use super::rule_builder::{BuilderState, RuleBuilder};
use super::scheme_bar::SchemeBar;
use super::segment_table::SegmentTable;
use super::state::AppState;
use super::tabs::{Tab, Tabs, TABS};
use super::through_time::{MigrationPanel, MigrationState};
use super::value::{ValueState, ValueView};
use super::words::{count, date, language, money, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::session::ExportRequest;
use segmenter_words::{Arg, Key};
use wasm_bindgen::JsCast;

/// The results section.
#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tabs = Tabs(state.tab);
    provide_context(tabs);
    let selection = Selection::new(state);
    provide_context(selection);
    provide_context(ClustersState::new(state));
    let crosstab = CrosstabState::new(state, selection);
    provide_context(crosstab);
    provide_context(ValueState::new(state));
    provide_context(MigrationState::new(state));
    provide_context(CohortsState::new(state));
    provide_context(PredictionState::new(state, crosstab));
    provide_context(BuilderState::new(state));
    // A new file's results take the focus, so that a keyboard or screen-reader user lands
    // on them; not when the page does not have the focus (a host page sent the file).
    Effect::new(move |_| focus_results_heading());
    let tab = move |which: Tab, label: Key, id: &'static str| {
        let selected = move || tabs.0.get() == which;
        view! {
            <button
                role="tab"
                class="tab"
                id=id
                data-testid=id
                aria-controls="results-panel"
                aria-selected=move || selected().to_string()
                // One tab stop for the whole list: the arrow keys move between tabs.
                tabindex=move || if selected() { "0" } else { "-1" }
                on:click=move |_| tabs.show(which)
            >
                {tr(label)}
            </button>
        }
    };
    view! {
        <section class="results" data-testid="results">
            <ResultsHead/>
            <SchemeBar/>
            <nav class="tabs" role="tablist" aria-label=tr(Key::ResultsViews) on:keydown=move |ev| tabs.on_key(&ev)>
                {TABS.iter().map(|&(which, label, id)| tab(which, label, id)).collect_view()}
            </nav>
            <div role="tabpanel" id="results-panel" aria-labelledby=move || tabs.0.get().id()>
                {move || match tabs.0.get() {
                    Tab::Segments => view! { <SegmentsView/> }.into_any(),
                    Tab::Builder => view! { <RuleBuilder/> }.into_any(),
                    Tab::Clusters => view! { <ClustersView/> }.into_any(),
                    Tab::Crosstab => view! { <CrosstabView/> }.into_any(),
                    Tab::Value => view! { <ValueView/> }.into_any(),
                    Tab::Future => view! { <FutureView/> }.into_any(),
                    Tab::Migration => view! { <MigrationPanel/> }.into_any(),
                    Tab::Cohorts => view! { <CohortsView/> }.into_any(),
                    Tab::Plan => view! { <CampaignPlan/> }.into_any(),
                }}
            </div>
        </section>
        <RowReportPanel/>
    }
}

/// Moves the focus to the results' heading, when this page has the focus.
fn focus_results_heading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if !document.has_focus().unwrap_or(false) {
        return;
    }
    if let Some(heading) = document
        .query_selector(".results-head h2")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// The shop's headline figures, the reference date and the download of everyone.
#[component]
fn ResultsHead() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_all = move |_| export(state, ExportRequest::AllCustomers);
    move || {
        state.analysis.get().map(|a| {
            let headline = t_with(
                Key::ResultsHeadline,
                &[
                    ("customers", count(a.customers)),
                    ("orders", count(a.orders)),
                    ("revenue", Arg::from(money(&a.currency).format_whole(a.revenue))),
                ],
            );
            let reference = a.reference.to_string();
            let shown = reference.clone();
            let default_reference = a.default_reference;
            // The date picker offers no day before the shop had a customer.
            let earliest = a.earliest_reference;
            // Recency is measured up to today at the latest; any earlier day shows the shop
            // as it stood then.
            let latest = super::today().map_or(default_reference, |t| t.max(default_reference));
            // Amounts in different currencies are never added together: one at a time.
            let currencies = (a.currencies.len() > 1).then(|| {
                let counted = a.counted_currency.clone().unwrap_or_default();
                let listed = a
                    .currencies
                    .iter()
                    .map(|(code, rows)| {
                        t_with(
                            Key::ResultsCurrencyRows,
                            &[("code", Arg::from(code.as_str())), ("count", count(*rows))],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                let options = a
                    .currencies
                    .iter()
                    .map(|(code, _)| {
                        let selected = *code == counted;
                        view! { <option value=code.clone() selected=selected>{code.clone()}</option> }
                    })
                    .collect_view();
                view! {
                    <p class="notice" data-testid="currencies">
                        {t_with(Key::ResultsCurrencies, &[("list", Arg::from(listed))])}
                        " "
                        <label>
                            {t(Key::ResultsShowing)}
                            " "
                            <select data-testid="currency-choice" on:change=move |ev| {
                                let select = event_target::<web_sys::HtmlSelectElement>(&ev);
                                let counted = counted.clone();
                                spawn_local(async move {
                                    // The results on show stay: so does the currency they count.
                                    if state.analyze_currency(select.value()).await {
                                        select.set_value(&counted);
                                    }
                                });
                            }>
                                {options}
                            </select>
                        </label>
                    </p>
                }
            });
            let cut = (a.orders_after_reference > 0).then(|| {
                t_with(
                    Key::ResultsAfterReference,
                    &[
                        ("count", count(a.orders_after_reference)),
                        ("date", Arg::from(date(a.reference))),
                    ],
                )
            });
            let shape = a.shape;
            view! {
                <header class="results-head">
                    <div>
                        <h2 tabindex="-1" data-testid="results-heading">{tr(Key::ResultsTitle)}</h2>
                        <p class="headline" data-testid="headline">{headline}</p>
                        <p class="shape">{move || t_with(Key::ResultsReadAs, &[("shape", Arg::from(shape.label(language())))])}</p>
                        {cut.map(|c| view! { <p class="shape" data-testid="after-reference">{c}</p> })}
                        {currencies}
                    </div>
                    <div class="results-tools">
                        <label>
                            {tr(Key::ResultsAsOf)}
                            " "
                            <input
                                type="date"
                                data-testid="results-reference"
                                value=reference
                                min=earliest.map(|d| d.to_string())
                                max=latest.to_string()
                                on:change=move |ev| {
                                    let field = event_target::<web_sys::HtmlInputElement>(&ev);
                                    let date = Date::parse_iso(&field.value());
                                    let asked = date.filter(|d| *d != default_reference);
                                    // A second change to the date already asked for (a
                                    // script may fire one after filling the field) asks
                                    // for nothing new, least of all a second prediction.
                                    if state.reference.get_untracked() == asked {
                                        return;
                                    }
                                    let shown = shown.clone();
                                    spawn_local(async move {
                                        // A date the shop cannot be shown as of (before its
                                        // first order) leaves the results, and their date.
                                        if state.analyze_as_of(asked).await {
                                            field.set_value(&shown);
                                        }
                                    });
                                }
                            />
                        </label>
                        <button class="button" data-testid="export-all" on:click=export_all>
                            {tr(Key::ResultsDownloadAll)}
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
    // A geography scheme's segments are places: ranked areas with their shares instead of
    // segment bars.
    let of_places = move || {
        state.scheme.with(|s| {
            s.as_ref()
                .is_some_and(|s| matches!(s.choice, SchemeChoice::Preset(Preset::Geography { .. })))
        })
    };
    view! {
        <div>
            {explanation}
            <SegmentTable/>
            <div class="charts">
                <Show when=has_grid>
                    <RfGrid/>
                </Show>
                <Show when=of_places fallback=|| view! { <SegmentBars/> }>
                    <PlacesChart/>
                </Show>
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
