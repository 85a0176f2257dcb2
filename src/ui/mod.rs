//! The page: small Leptos components that show what the engine answers.
//!
//! State lives in [`AppState`], a bundle of signals provided as context. Components read
//! it and send the merchant's choices to the engine ([`engine::Engine`]); the engine's
//! answers come back through [`AppState::receive`], the one place state changes in
//! response to the engine.

mod campaigns;
mod charts;
mod clusters;
mod cross_sell;
mod crosstab;
mod customers;
mod download;
mod embed;
mod engine;
mod grid_editor;
mod mapping;
mod memory;
mod picker;
mod playbook;
mod progress;
mod report;
mod results;
mod rule_builder;
mod scheme_bar;
mod segment_table;
mod value;

use crate::engine::calendar::Date;
use crate::engine::campaigns::Campaign;
use crate::engine::clustering::ClusterView;
use crate::engine::crosssell::CrossSell;
use crate::engine::crosstab::Crosstab;
use crate::engine::read::{DateOrder, ReadOptions};
use crate::engine::roles::Mapping;
use crate::engine::scheme::Scheme;
use crate::engine::session::{
    AnalysisView, AnalyzeOptions, CustomerPage, FileOverview, FromEngine, PreviewView, Progress,
    Request, Response, SchemeChoice, SchemeView, ToEngine,
};
use crate::engine::uplift::{CampaignRecord, CampaignResult};
use crate::engine::value::ValueView;
use engine::Engine;
use leptos::prelude::*;
use std::rc::Rc;
use web_sys::File;

/// Where the merchant is in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Nothing loaded.
    Start,
    /// A file is being read.
    Reading,
    /// The mapping is shown for confirmation.
    Mapping,
    /// Segments are being computed.
    Segmenting,
    /// Results are shown.
    Results,
}

/// The views of the results, one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The segments table, charts, customers and campaigns.
    Segments,
    /// The custom rule builder and saved schemes.
    Builder,
    /// k-means clusters.
    Clusters,
    /// One scheme crossed with another.
    Crosstab,
    /// Top customers and revenue concentration.
    Value,
    /// Every segment's campaign, editable and printable; send lists and their results.
    Plan,
}

/// Sees the engine's answers before the page does; returns true for answers it keeps.
pub type Observer = Rc<dyn Fn(&Response) -> bool>;

/// Where the file being worked on came from, to read it again when needed.
#[derive(Clone)]
enum Source {
    File(File),
    Sample,
}

/// The page's state: signals shared by all components.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Where the merchant is.
    pub phase: RwSignal<Phase>,
    /// The loaded file.
    pub overview: RwSignal<Option<FileOverview>>,
    /// The mapping being edited.
    pub mapping: RwSignal<Mapping>,
    /// The reference date chosen, `None` for the default.
    pub reference: RwSignal<Option<Date>>,
    /// The latest analysis of the file.
    pub analysis: RwSignal<Option<AnalysisView>>,
    /// The segmentation on show.
    pub scheme: RwSignal<Option<SchemeView>>,
    /// How long the last segmentation took, from request to answer (ms).
    pub last_run: RwSignal<Option<f64>>,
    /// Work the engine is doing on request, e.g. "Finding clusters…".
    pub busy: RwSignal<Option<&'static str>>,
    /// The results view on show.
    pub tab: RwSignal<Tab>,
    /// The scheme in the rule builder.
    pub draft: RwSignal<Option<Scheme>>,
    /// Live counts for the draft.
    pub preview: RwSignal<Option<PreviewView>>,
    /// The merchant's saved schemes.
    pub saved: RwSignal<Vec<Scheme>>,
    /// The latest clusters.
    pub clusters: RwSignal<Option<ClusterView>>,
    /// The latest cross-tab.
    pub crosstab: RwSignal<Option<Crosstab>>,
    /// The cross-tab column whose customers are listed with the selected segment.
    pub cross: RwSignal<Option<usize>>,
    /// The latest value view.
    pub value: RwSignal<Option<ValueView>>,
    /// Progress of the current work, with when it started (ms).
    pub progress: RwSignal<Option<(Progress, f64)>>,
    /// A message for the merchant.
    pub error: RwSignal<Option<String>>,
    /// The customer list on show.
    pub customers: RwSignal<Option<CustomerPage>>,
    /// The segment whose customers are listed.
    pub selected: RwSignal<Option<usize>>,
    /// Whether the engine's worker is running and listening.
    pub engine_ready: RwSignal<bool>,
    /// Campaigns as the merchant edited them, with their scheme's name.
    pub edits: RwSignal<Vec<(String, Campaign)>>,
    /// Cross-sell ideas for a segment of the scheme on show.
    pub cross_sell: RwSignal<Option<(usize, Option<CrossSell>)>>,
    /// Exported campaigns kept to measure.
    pub records: RwSignal<Vec<CampaignRecord>>,
    /// The exported campaigns measured on a newer file.
    pub results: RwSignal<Option<Vec<CampaignResult>>>,
    /// A note about the last campaign list exported.
    pub export_note: RwSignal<Option<String>>,
    engine: StoredValue<Option<Rc<Engine>>, LocalStorage>,
    source: StoredValue<Option<Source>, LocalStorage>,
    /// Options to analyse with as soon as the file is (re-)read.
    pending: StoredValue<Option<AnalyzeOptions>, LocalStorage>,
    started: StoredValue<f64>,
    /// The date order ambiguous dates default to, when a host page set it.
    date_order: StoredValue<Option<DateOrder>>,
    /// Sees every answer first and may keep it (a host page's queries).
    observer: StoredValue<Option<Observer>, LocalStorage>,
    /// Whether a preview is on its way, and whether the draft changed since it was asked.
    previewing: StoredValue<(bool, bool)>,
}

impl AppState {
    fn new() -> AppState {
        let state = AppState {
            phase: RwSignal::new(Phase::Start),
            overview: RwSignal::new(None),
            mapping: RwSignal::new(Mapping::default()),
            reference: RwSignal::new(None),
            analysis: RwSignal::new(None),
            scheme: RwSignal::new(None),
            last_run: RwSignal::new(None),
            busy: RwSignal::new(None),
            tab: RwSignal::new(Tab::Segments),
            draft: RwSignal::new(None),
            preview: RwSignal::new(None),
            saved: RwSignal::new(memory::saved_schemes()),
            clusters: RwSignal::new(None),
            crosstab: RwSignal::new(None),
            cross: RwSignal::new(None),
            value: RwSignal::new(None),
            progress: RwSignal::new(None),
            error: RwSignal::new(None),
            customers: RwSignal::new(None),
            selected: RwSignal::new(None),
            engine_ready: RwSignal::new(false),
            edits: RwSignal::new(memory::campaign_edits()),
            cross_sell: RwSignal::new(None),
            records: RwSignal::new(memory::campaign_records()),
            results: RwSignal::new(None),
            export_note: RwSignal::new(None),
            engine: StoredValue::new_local(None),
            source: StoredValue::new_local(None),
            pending: StoredValue::new_local(None),
            started: StoredValue::new(0.0),
            date_order: StoredValue::new(None),
            observer: StoredValue::new_local(None),
            previewing: StoredValue::new((false, false)),
        };
        let engine = Engine::start(move |message| state.receive(message));
        state.engine.set_value(Some(engine));
        state
    }

    fn send(&self, message: &ToEngine, file: Option<&File>) {
        self.started.set_value(now());
        self.engine.with_value(|e| {
            if let Some(e) = e {
                e.send(message, file);
            }
        });
    }

    /// Reads a file the merchant chose.
    pub fn open_file(&self, file: File) {
        self.reset();
        self.date_order.set_value(None);
        self.source.set_value(Some(Source::File(file)));
        self.read_source(ReadOptions::default());
    }

    /// Reads the built-in sample shop, then segments it straight away.
    pub fn open_sample(&self) {
        self.reset();
        self.date_order.set_value(None);
        self.source.set_value(Some(Source::Sample));
        self.pending.set_value(Some(AnalyzeOptions::default()));
        self.read_source(ReadOptions::default());
    }

    /// Reads a file a host page sent and segments it straight away with its options.
    pub fn open_for_host(
        &self,
        file: File,
        options: AnalyzeOptions,
        date_order: Option<DateOrder>,
    ) {
        self.reset();
        self.date_order.set_value(date_order);
        self.source.set_value(Some(Source::File(file)));
        self.pending.set_value(Some(options));
        self.read_source(ReadOptions::default());
    }

    /// Lets `observer` see every answer first.
    pub fn observe(&self, observer: Observer) {
        self.observer.set_value(Some(observer));
    }

    /// Reads the current file again, e.g. with another encoding.
    pub fn reread(&self, options: ReadOptions) {
        self.analysis.set(None);
        self.read_source(options);
    }

    fn read_source(&self, mut options: ReadOptions) {
        options.default_date_order.0 = Some(
            self.date_order
                .get_value()
                .unwrap_or_else(memory::locale_date_order),
        );
        self.phase.set(Phase::Reading);
        self.error.set(None);
        self.source.with_value(|source| match source {
            Some(Source::File(file)) => self.send(
                &ToEngine::Open {
                    name: file.name(),
                    options,
                },
                Some(file),
            ),
            Some(Source::Sample) => self.send(&ToEngine::OpenSample { options }, None),
            None => {}
        });
    }

    fn reset(&self) {
        self.error.set(None);
        self.overview.set(None);
        self.analysis.set(None);
        self.reference.set(None);
        self.pending.set_value(None);
        self.clear_views();
        self.tab.set(Tab::Segments);
    }

    /// Forgets everything computed from the last analysis.
    fn clear_views(&self) {
        self.scheme.set(None);
        self.customers.set(None);
        self.selected.set(None);
        self.cross.set(None);
        self.clusters.set(None);
        self.crosstab.set(None);
        self.value.set(None);
        self.preview.set(None);
        self.busy.set(None);
        self.cross_sell.set(None);
        self.export_note.set(None);
    }

    /// The analysis options on screen: the mapping, the reference date, and the scale,
    /// seasons and scheme of the results on show.
    fn analyze_options(&self) -> AnalyzeOptions {
        let mut options = AnalyzeOptions {
            mapping: self.mapping.get_untracked(),
            reference: self.reference.get_untracked(),
            ..AnalyzeOptions::default()
        };
        if let Some(a) = self.analysis.get_untracked() {
            options.rfm = a.rfm;
            options.seasons = a.seasons;
        }
        options.scheme = self
            .scheme
            .with_untracked(|s| s.as_ref().map(|s| s.choice.clone()));
        options
    }

    /// Segments the customers with the mapping and options on screen.
    pub fn analyze(&self) {
        self.analyze_with(self.analyze_options());
    }

    /// Analyses again with other buying seasons (features depend on them).
    pub fn analyze_seasons(&self, seasons: Vec<crate::engine::seasons::Season>) {
        let mut options = self.analyze_options();
        options.seasons = seasons.clone();
        options.scheme = Some(SchemeChoice::Preset(
            crate::engine::library::Preset::Seasonal { seasons },
        ));
        self.analyze_with(options);
    }

    fn analyze_with(&self, options: AnalyzeOptions) {
        self.phase.set(Phase::Segmenting);
        self.error.set(None);
        self.send(&ToEngine::Request(Request::Analyze(options)), None);
    }

    /// Segments the customers with another scheme.
    pub fn segment(&self, choice: SchemeChoice) {
        self.error.set(None);
        self.busy.set(Some("Segmenting…"));
        self.request(Request::Segment(choice));
    }

    /// Asks for live counts of the draft, at most one request at a time: edits made while
    /// one is on its way are counted when it comes back.
    pub fn preview_draft(&self) {
        let (in_flight, _) = self.previewing.get_value();
        if in_flight {
            self.previewing.set_value((true, true));
            return;
        }
        if let Some(draft) = self.draft.get_untracked() {
            self.previewing.set_value((true, false));
            self.request(Request::Preview(draft));
        }
    }

    /// Keeps a scheme among the merchant's saved ones (replacing one of the same name).
    pub fn save_scheme(&self, scheme: Scheme) {
        self.saved.update(
            |saved| match saved.iter_mut().find(|s| s.name == scheme.name) {
                Some(existing) => *existing = scheme,
                None => saved.push(scheme),
            },
        );
        memory::store_schemes(&self.saved.get_untracked());
    }

    /// The campaigns of the scheme on show, with the merchant's edits.
    pub fn campaigns(&self) -> Vec<Campaign> {
        let Some((scheme, suggested)) = self.scheme.with(|s| {
            s.as_ref()
                .map(|s| (s.scheme.name.clone(), s.campaigns.clone()))
        }) else {
            return Vec::new();
        };
        self.edits.with(|edits| {
            suggested
                .into_iter()
                .map(|c| {
                    edits
                        .iter()
                        .find(|(s, e)| *s == scheme && e.segment == c.segment)
                        .map_or(c, |(_, e)| e.clone())
                })
                .collect()
        })
    }

    /// Keeps the merchant's version of a campaign of the scheme on show (`None` goes back
    /// to the suggestion).
    pub fn edit_campaign(&self, segment: &str, campaign: Option<Campaign>) {
        let Some(scheme) = self
            .scheme
            .with_untracked(|s| s.as_ref().map(|s| s.scheme.name.clone()))
        else {
            return;
        };
        self.edits.update(|edits| {
            edits.retain(|(s, e)| !(*s == scheme && e.segment == segment));
            if let Some(c) = campaign {
                edits.push((scheme, c));
            }
        });
        memory::store_campaign_edits(&self.edits.get_untracked());
    }

    /// Measures the exported campaigns against a newer orders file.
    pub fn measure(&self, file: File) {
        self.error.set(None);
        self.busy.set(Some("Measuring the campaigns…"));
        self.send(
            &ToEngine::Measure {
                name: file.name(),
                options: ReadOptions::default(),
                records: self.records.get_untracked(),
            },
            Some(&file),
        );
    }

    /// Forgets an exported campaign.
    pub fn forget_record(&self, index: usize) {
        self.records.update(|r| {
            if index < r.len() {
                r.remove(index);
            }
        });
        memory::store_campaign_records(&self.records.get_untracked());
        self.results.set(None);
    }

    /// Sends a request about the analysed file.
    pub fn request(&self, request: Request) {
        self.send(&ToEngine::Request(request), None);
    }

    /// Stops the work under way; the worker and its memory are dropped.
    pub fn cancel(&self) {
        self.engine_ready.set(false);
        self.engine.with_value(|e| {
            if let Some(e) = e {
                e.restart();
            }
        });
        self.progress.set(None);
        self.reset();
        self.phase.set(Phase::Start);
    }

    /// Applies one message from the engine.
    fn receive(&self, message: FromEngine) {
        match message {
            FromEngine::Ready => self.engine_ready.set(true),
            FromEngine::Progress(p) => self.progress.set(Some((p, self.started.get_value()))),
            FromEngine::Crashed(reason) => {
                self.progress.set(None);
                self.reset();
                self.phase.set(Phase::Start);
                self.error.set(Some(format!(
                    "Something went wrong while working on this file, and the work was stopped ({reason}). \
                     Nothing was sent anywhere. Try again, or choose another file."
                )));
                self.engine_ready.set(false);
                self.engine.with_value(|e| {
                    if let Some(e) = e {
                        e.restart();
                    }
                });
            }
            FromEngine::Reply(response) => {
                self.progress.set(None);
                self.reply(response);
            }
        }
    }

    fn reply(&self, response: Response) {
        let kept = self
            .observer
            .with_value(|o| o.as_ref().map(Rc::clone))
            .is_some_and(|observer| observer(&response));
        if kept {
            return;
        }
        match response {
            Response::Loaded(overview) => {
                let remembered = memory::remembered_mapping(&overview);
                let mapping = remembered
                    .clone()
                    .unwrap_or_else(|| overview.proposed.clone());
                self.mapping.set(mapping.clone());
                self.overview.set(Some(overview));
                let pending = self.pending.try_update_value(Option::take).flatten();
                match (pending, remembered) {
                    (Some(mut options), _) => {
                        if options.mapping.columns.is_empty() {
                            options.mapping = mapping;
                        }
                        self.mapping.set(options.mapping.clone());
                        self.reference.set(options.reference);
                        self.analyze();
                    }
                    // A mapping the merchant confirmed before for these headers: go on.
                    (None, Some(_)) => self.analyze(),
                    (None, None) => self.phase.set(Phase::Mapping),
                }
            }
            Response::Unreadable(e) => {
                self.phase.set(Phase::Start);
                self.error.set(Some(e.to_string()));
            }
            Response::Analyzed(view) => {
                if let Some(overview) = self.overview.get_untracked() {
                    memory::remember_mapping(&overview, &self.mapping.get_untracked());
                }
                self.clear_views();
                self.last_run.set(Some(now() - self.started.get_value()));
                self.scheme.set(Some(view.scheme.clone()));
                self.analysis.set(Some(*view));
                self.phase.set(Phase::Results);
            }
            Response::Segmented(view) => self.show_scheme(*view),
            Response::Preview(preview) => {
                self.preview.set(Some(preview));
                let (_, again) = self.previewing.get_value();
                self.previewing.set_value((false, false));
                if again {
                    self.preview_draft();
                }
            }
            Response::Clustered(clusters, view) => {
                self.clusters.set(Some(*clusters));
                self.show_scheme(*view);
            }
            Response::Crosstab(table) => {
                self.busy.set(None);
                self.selected.set(None);
                self.cross.set(None);
                self.crosstab.set(Some(table));
            }
            Response::Value(value) => {
                self.busy.set(None);
                self.value.set(Some(value));
            }
            Response::SchemeImported(scheme) => {
                self.save_scheme(scheme.clone());
                self.draft.set(Some(scheme.clone()));
                self.segment(SchemeChoice::Custom(scheme));
            }
            Response::Customers(page) => self.customers.set(Some(page)),
            Response::CrossSell(segment, ideas) => self.cross_sell.set(Some((segment, ideas))),
            Response::CampaignExported(exported) => {
                download::save(&exported.download.file_name, &exported.download.bytes);
                let record = exported.record;
                let (sent, held) = (record.treated.len(), record.holdout.len());
                self.records.update(|r| {
                    // Exporting the same campaign again replaces its record.
                    r.retain(|old| {
                        (&old.campaign, &old.segment, &old.scheme)
                            != (&record.campaign, &record.segment, &record.scheme)
                    });
                    r.push(record);
                });
                let kept = memory::store_campaign_records(&self.records.get_untracked());
                let mut note = format!(
                    "Saved the send list: {}; {} held out as the control group.",
                    results::count(sent, "customers"),
                    results::count(held, "customers")
                );
                if !exported.left_out.is_empty() {
                    note = format!("{note} {}", exported.left_out);
                }
                if !kept {
                    note.push_str(
                        " This browser would not store the campaign's record, so it can be measured only during this visit.",
                    );
                }
                self.export_note.set(Some(note));
            }
            // Only a host's queries get these, and the host's observer keeps them.
            Response::Host(_) => {}
            Response::Measured(results) => {
                self.busy.set(None);
                self.results.set(Some(results));
            }
            Response::Download(file) => download::save(&file.file_name, &file.bytes),
            Response::ReadAgain(options) => {
                self.pending.set_value(Some(self.analyze_options()));
                self.read_source(options);
            }
            Response::Failed(message) => {
                self.busy.set(None);
                if self.phase.get_untracked() == Phase::Segmenting {
                    self.phase
                        .set(if self.analysis.with_untracked(Option::is_some) {
                            Phase::Results
                        } else {
                            Phase::Mapping
                        });
                }
                self.error.set(Some(message));
            }
        }
    }
}

impl AppState {
    /// Shows a new segmentation, timing it from the request.
    fn show_scheme(&self, view: SchemeView) {
        self.last_run.set(Some(now() - self.started.get_value()));
        self.busy.set(None);
        self.customers.set(None);
        self.selected.set(None);
        self.cross.set(None);
        self.crosstab.set(None);
        self.cross_sell.set(None);
        self.export_note.set(None);
        self.scheme.set(Some(view));
    }
}

/// Today in the browser's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Milliseconds since the page loaded.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let embedded = embed::install(state);
    let has_overview = move || state.overview.with(Option::is_some);
    let has_results = move || state.analysis.with(Option::is_some);
    view! {
        <div class="segmenter" class:embedded=embedded data-engine=move || if state.engine_ready.get() { "ready" } else { "starting" }>
            <header class="masthead">
                <h1>"Segmenter"</h1>
                <p class="tagline">
                    "Split your customers into groups worth a campaign. Your file is read in this browser tab and never leaves it."
                </p>
            </header>
            <ErrorBanner/>
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
            <footer class="privacy">
                "Privacy: Segmenter runs entirely in your browser. No file, customer or figure is uploaded, stored on a server or shared; the page makes no network request after it has loaded."
            </footer>
        </div>
    }
}

/// The message the merchant needs to see, with a way to dismiss it.
#[component]
fn ErrorBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.error.get().map(|message| {
            view! {
                <div class="banner error" role="alert" data-testid="error">
                    <p>{message}</p>
                    <button class="quiet" on:click=move |_| state.error.set(None)>"Dismiss"</button>
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
            banner.set_text_content(Some(
                "Something went wrong in this page and it stopped. Your data was not sent anywhere. Reload the page to start again.",
            ));
            let _ = body.prepend_with_node_1(&banner);
        }
    }));
}
