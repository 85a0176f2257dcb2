//! The page: small Leptos components that show what the engine answers.
//!
//! What the whole page shares lives in [`state::AppState`], provided as context: the phase,
//! the file and its mapping, the analysis and scheme on show, saved schemes and the message
//! banner. Every view asks the engine for its own data through [`engine::EngineHandle`]
//! and keeps the answer; the results' views are switched by [`tabs`].

mod campaigns;
mod charts;
mod clusters;
mod cohorts;
mod consent;
mod cross_sell;
mod crosstab;
mod customers;
mod download;
mod embed;
pub mod engine;
mod format;
mod future;
mod grid_editor;
mod language_picker;
mod mapping;
mod period_select;
mod picker;
mod playbook;
mod profile;
mod progress;
mod report;
mod results;
mod rule_builder;
mod scheme_bar;
mod segment_table;
pub mod state;
mod storage;
pub mod tabs;
mod through_time;
mod value;
pub mod words;
mod world_map;
mod zone;

use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_words::Key;
use state::AppState;
use words::tr;

/// Today in the browser's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// The value of `name` in the page's address (`?readers=2`; `?profile` is there with an
/// empty value), if it is there.
pub fn in_address(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Milliseconds since the page loaded.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The whole page.
#[component]
pub fn App(
    /// The only sites that may embed the page, comma-separated origins, when the
    /// deployment names them (`None`: any site).
    pinned_hosts: Option<&'static str>,
) -> impl IntoView {
    words::start();
    let state = AppState::new();
    provide_context(state);
    // The campaign records are read, and those past their time removed, as the page opens,
    // whether or not a file is then analysed.
    provide_context(playbook::PlaybookState::new(state));
    let embedded = embed::install(state, pinned_hosts);
    let has_overview = move || state.overview.with(Option::is_some);
    let has_results = move || state.analysis.with(Option::is_some);
    view! {
        <div class="segmenter" class:embedded=embedded data-engine=move || if state.engine.ready.get() { "ready" } else { "starting" }>
            <header class="masthead">
                <h1>"Segmenter"</h1>
                <p class="tagline">{tr(Key::AppTagline)}</p>
                <language_picker::LanguagePicker/>
            </header>
            <ErrorBanner/>
            <playbook::ExpiredRecords/>
            <main>
                <picker::FilePicker/>
                <progress::ProgressPanel/>
                <Show when=has_overview>
                    <mapping::MappingPanel/>
                </Show>
                <Show when=has_results>
                    <results::Results/>
                </Show>
            </main>
            <footer class="privacy">{tr(Key::AppPrivacy)}</footer>
        </div>
    }
}

/// The message the merchant needs to see, with a way to dismiss it.
#[component]
fn ErrorBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.error.get().map(|notice| {
            view! {
                <div class="banner error" role="alert" data-testid="error">
                    <p>{move || notice.text()}</p>
                    <button class="button small quiet" on:click=move |_| state.error.set(None)>{tr(Key::Dismiss)}</button>
                </div>
            }
        })
    }
}

/// Shows a banner instead of a silently dead page if the page's code ever panics.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let (Ok(banner), Some(body)) = (document.create_element("div"), document.body()) {
            banner.set_class_name("banner error fatal");
            banner.set_attribute("role", "alert").ok();
            banner.set_text_content(Some(&words::current().text(Key::AppStopped, &[])));
            let _ = body.prepend_with_node_1(&banner);
        }
    }));
}
