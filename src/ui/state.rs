//! What the whole page shares: where the merchant is in the flow, the file and its
//! mapping, the analysis and the scheme on show, the saved schemes and the message banner,
//! with the flows that change them (open a file, analyse it, show another scheme).
//!
//! Everything else belongs to the view that shows it: each view asks the engine for its
//! own data ([`EngineHandle::ask`]) and keeps the answer. What a view must find again for
//! results brought back by Cancel (the view on show, the clusters' options, the
//! prediction's horizon, the Through time comparison) is kept here, since the views go
//! with the results.

use super::engine::{EngineHandle, Reply};
use super::tabs::Tab;
use super::words::{t, t_with};
use super::{now, profile, storage, zone};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::features::seasons::Season;
use segmenter_engine::features::{ids, Period};
use segmenter_engine::prediction::PredictionOptions;
use segmenter_engine::reading::{DateOrder, ReadOptions, TimeZone};
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::clustering::ClusterOptions;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::segmentation::rfm::RfmOptions;
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, EngineError, FileOverview, Request, SchemeView,
};
use segmenter_engine::store::Preferences;
use segmenter_words::{Arg, Key, Sentence};
use std::future::Future;
use std::sync::Arc;
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

/// Where the file being worked on came from, to read it again when needed.
#[derive(Clone)]
enum Source {
    File(File),
    Sample,
}

/// The segments on show, as the views pointing into them tell them apart
/// ([`AppState::shown_scheme`]).
#[derive(Clone, PartialEq)]
pub struct ShownScheme {
    /// How many analyses had been shown.
    pub analysis: u32,
    /// The scheme on show, as chosen.
    pub choice: Option<SchemeChoice>,
    /// Which segmentation of that analysis is on show, as the engine numbers them
    /// ([`SchemeView::segmentation`]), if any.
    pub segmentation: Option<u32>,
}

/// The page's shared state: signals every component may read, provided as context.
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
    /// How many analyses have been shown: views computed from an earlier one start over
    /// when it changes.
    pub analyses: RwSignal<u32>,
    /// The segmentation on show.
    pub scheme: RwSignal<Option<SchemeView>>,
    /// Whether the segmentation on show is the default standing in for a scheme on
    /// predicted figures, until the prediction's answer (or the merchant's next scheme):
    /// work on the scheme on show waits for it rather than being done twice.
    pub stand_in: RwSignal<bool>,
    /// The results' view on show: the segments for a new file.
    pub tab: RwSignal<Tab>,
    /// How long the segmentation on show took, from request to answer (ms).
    pub last_run: RwSignal<Option<f64>>,
    /// The merchant's saved schemes.
    pub saved: RwSignal<Vec<Scheme>>,
    /// A message for the merchant.
    pub error: RwSignal<Option<Notice>>,
    /// The merchant's preferences (the defaults until they change one, or until the stored
    /// ones are read).
    pub preferences: RwSignal<Preferences>,
    /// The engine.
    pub engine: EngineHandle,
    source: StoredValue<Option<Source>, LocalStorage>,
    /// How many files have been opened: answers about an earlier one are not shown.
    opened: StoredValue<u32>,
    /// The date order ambiguous dates default to, when a host page set it.
    date_order: StoredValue<Option<DateOrder>>,
    /// How the file on show was last read, so reading it again changes one choice only.
    read_options: StoredValue<ReadOptions>,
    /// The choices of the results last shown, kept while the file is read again.
    carried: StoredValue<Option<Tuning>>,
    /// How the results last shown of this file were read and analysed: Cancel brings them
    /// back.
    last_shown: StoredValue<Option<Shown>>,
    /// Whether the file is read again to bring back the results Cancel stopped work after.
    pub restoring: RwSignal<bool>,
    /// How the clusters last found in this file were asked for: found again after Cancel
    /// if they are on show.
    clustered_with: StoredValue<Option<ClusterOptions>>,
    /// Clusters on show when Cancel stopped work, to be found again once the results are
    /// back (the engine that found them was dropped).
    clusters_to_find: StoredValue<Option<ClusterOptions>>,
    /// Those clusters, asked for and not found yet: Cancel again meanwhile finds them for
    /// the results it brings back, though they are not on show.
    clusters_being_found: StoredValue<Option<ClusterOptions>>,
    /// The horizon and discount rate last asked for this file's results: kept for its
    /// results made anew (the file read again, or brought back by Cancel), whose Future
    /// value tab starts anew.
    prediction_options: StoredValue<Option<PredictionOptions>>,
    /// The period the Value tab ranks spend over for this file's results (all time when
    /// `None`): kept for its results made anew, and sent with each analysis, for a rule on
    /// the spend in a period.
    pub value_period: RwSignal<Option<Period>>,
    /// The scheme in the rule builder: kept while this file is read again or its results
    /// are brought back by Cancel, which draw the builder anew; forgotten with the file.
    pub draft: RwSignal<Option<Scheme>>,
    /// The periods the builder's scheme has named, kept and forgotten with it.
    pub draft_periods: RwSignal<Vec<Period>>,
    /// What the Through time view last showed the shop compared with: compared again when
    /// that view is made anew for results of this file (read again, or brought back by
    /// Cancel).
    comparison: StoredValue<Option<Comparison>, LocalStorage>,
    /// Whether the mapping in use is the merchant's: confirmed with the Segment button, or
    /// remembered from such a confirmation. Only theirs is remembered for the headers; the
    /// columns proposed for the sample shop or a host's file would otherwise take the
    /// merchant's own export past its mapping screen unseen.
    confirmed: StoredValue<bool>,
}

/// What the shop on show is compared with on the Through time view.
#[derive(Clone, PartialEq)]
pub enum Comparison {
    /// Itself at an earlier day: the one chosen, else (`None`) three months before the date
    /// on show.
    Dates(Option<Date>),
    /// Another export of it, sent with each request (the engine reads it again only when it
    /// is not the one it keeps).
    File(File),
}

/// What the merchant (or a host) chose for results beyond the columns and the date: reading
/// the file again with another encoding, time zone or date system takes the results away,
/// not these.
#[derive(Clone)]
struct Tuning {
    rfm: RfmOptions,
    seasons: Vec<Season>,
    currency: Option<String>,
}

/// How results were made: the file read with `read` in the time zone chosen then (`zone`,
/// none for the browser's), then analysed with `analysis`, the mapping the merchant's
/// (`confirmed`) or not; the scheme the engine `answered` with (the default, when the one
/// asked for waits for the prediction).
#[derive(Clone)]
struct Shown {
    read: ReadOptions,
    zone: Option<TimeZone>,
    analysis: AnalyzeOptions,
    confirmed: bool,
    answered: SchemeChoice,
}

impl Tuning {
    fn of(analysis: &AnalysisView) -> Tuning {
        Tuning {
            rfm: analysis.rfm.clone(),
            seasons: analysis.seasons.clone(),
            currency: analysis.counted_currency.clone(),
        }
    }
}

/// A message for the merchant, written when it is shown, so that it follows the page's
/// language (an engine error stays typed until then).
#[derive(Clone)]
pub struct Notice(Arc<dyn Fn() -> String + Send + Sync>);

impl Notice {
    /// A message written by `text` each time it is shown.
    pub fn new(text: impl Fn() -> String + Send + Sync + 'static) -> Notice {
        Notice(Arc::new(text))
    }

    /// The message in the page's language; inside a view, the view follows the language.
    pub fn text(&self) -> String {
        (self.0)()
    }
}

impl From<Key> for Notice {
    fn from(key: Key) -> Notice {
        Notice::new(move || t(key))
    }
}

impl From<String> for Notice {
    /// A sentence already written (the browser's words, or one written for the moment).
    fn from(text: String) -> Notice {
        Notice::new(move || text.clone())
    }
}

impl AppState {
    /// The state of a page just opened, with its engine starting.
    pub fn new() -> AppState {
        let engine = EngineHandle::start();
        let state = AppState {
            phase: RwSignal::new(Phase::Start),
            overview: RwSignal::new(None),
            mapping: RwSignal::new(Mapping::default()),
            reference: RwSignal::new(None),
            analysis: RwSignal::new(None),
            analyses: RwSignal::new(0),
            scheme: RwSignal::new(None),
            last_run: RwSignal::new(None),
            saved: RwSignal::new(Vec::new()),
            error: RwSignal::new(None),
            preferences: RwSignal::new(Preferences::default()),
            engine,
            source: StoredValue::new_local(None),
            opened: StoredValue::new(0),
            date_order: StoredValue::new(None),
            read_options: StoredValue::new(ReadOptions::default()),
            carried: StoredValue::new(None),
            last_shown: StoredValue::new(None),
            restoring: RwSignal::new(false),
            stand_in: RwSignal::new(false),
            clustered_with: StoredValue::new(None),
            clusters_to_find: StoredValue::new(None),
            clusters_being_found: StoredValue::new(None),
            prediction_options: StoredValue::new(None),
            value_period: RwSignal::new(None),
            draft: RwSignal::new(None),
            draft_periods: RwSignal::new(Vec::new()),
            comparison: StoredValue::new_local(None),
            tab: RwSignal::new(Tab::Segments),
            confirmed: StoredValue::new(false),
        };
        spawn_local(async move {
            let preferences = storage::preferences(engine).await;
            state.report_store(preferences.problem);
            if let Some(mut preferences) = preferences.value {
                if let Some(language) = preferences.language {
                    // A language chosen since the page opened is kept, in the page and in
                    // the preferences written next.
                    if !super::words::show_stored(language) {
                        preferences.language = Some(super::words::current());
                    }
                }
                state.preferences.set(preferences);
            }
            let saved = storage::saved_schemes(engine).await;
            state.report_store(saved.problem);
            if let Some(schemes) = saved.value {
                state.saved.set(schemes);
            }
        });
        engine.on_crash(move |reason| {
            state.reset();
            state.phase.set(Phase::Start);
            state.error.set(Some(Notice::new(move || {
                t_with(
                    Key::EngineCrashed,
                    &[("reason", Arg::from(reason.as_str()))],
                )
            })));
        });
        state
    }

    /// Changes the merchant's preferences and keeps them in this browser.
    pub fn change_preferences(&self, change: impl FnOnce(&mut Preferences)) {
        self.preferences.update(change);
        let state = *self;
        let preferences = self.preferences.get_untracked();
        spawn_local(async move {
            if !storage::store_preferences(state.engine, preferences).await {
                state.error.set(Some(Key::StorePreferencesRefused.into()));
            }
        });
    }

    /// The shop's time zone: the merchant's choice, else the browser's.
    pub fn time_zone(&self) -> TimeZone {
        self.preferences
            .with_untracked(|p| p.time_zone)
            .unwrap_or_else(zone::browser_zone)
    }

    /// Tells the merchant about a stored record that could not be read.
    pub fn report_store(&self, problem: Option<EngineError>) {
        if let Some(problem) = problem {
            self.show_error(&problem);
        }
    }

    /// Shows an engine error in the page's language, unless the work was only stopped.
    pub fn show_error(&self, error: &EngineError) {
        if *error != EngineError::Stopped {
            let error = error.clone();
            self.error.set(Some(Notice::new(move || {
                error.sentence(super::words::language())
            })));
        }
    }

    /// Reads a file the merchant chose.
    pub fn open_file(&self, file: File) {
        let state = *self;
        spawn_local(async move {
            let _ = state.open(Source::File(file), None, None).await;
        });
    }

    /// Reads the built-in sample shop, then segments it straight away.
    pub fn open_sample(&self) {
        let state = *self;
        spawn_local(async move {
            let _ = state
                .open(Source::Sample, None, Some(AnalyzeOptions::default()))
                .await;
        });
    }

    /// Reads a file a host page sent and segments it straight away with its options.
    pub async fn open_for_host(
        &self,
        file: File,
        options: AnalyzeOptions,
        date_order: Option<DateOrder>,
    ) -> Result<AnalysisView, EngineError> {
        self.open(Source::File(file), date_order, Some(options))
            .await?
            .ok_or(EngineError::NoAnalysis)
    }

    /// Reads a file and shows its columns; analyses it straight away with `then`, or with
    /// the mapping the merchant confirmed before for the same headers. Resolves to the
    /// analysis, when there is one.
    async fn open(
        &self,
        source: Source,
        date_order: Option<DateOrder>,
        then: Option<AnalyzeOptions>,
    ) -> Result<Option<AnalysisView>, EngineError> {
        self.reset();
        self.opened.update_value(|n| *n = n.wrapping_add(1));
        self.date_order.set_value(date_order);
        self.source.set_value(Some(source));
        if profile::wanted() {
            profile::start(self.engine);
        }
        self.load(ReadOptions::default(), then).await
    }

    /// Reads the current source and shows its columns; goes on as [`AppState::open`] says.
    async fn load(
        &self,
        read: ReadOptions,
        then: Option<AnalyzeOptions>,
    ) -> Result<Option<AnalysisView>, EngineError> {
        let overview = self.read(read).await?;
        let remembered = self
            .for_this_file(storage::remembered_mapping(self.engine, &overview))
            .await?;
        self.report_store(remembered.problem);
        let mapping = remembered
            .value
            .clone()
            .unwrap_or_else(|| overview.proposed.clone());
        self.mapping.set(mapping.clone());
        self.overview.set(Some(overview));
        // The remembered mapping is used unless a host sent one of its own.
        let theirs = remembered.value.is_some()
            && then
                .as_ref()
                .is_none_or(|options| options.mapping.columns.is_empty());
        self.confirmed.set_value(theirs);
        match (then, remembered.value) {
            (Some(mut options), _) => {
                if options.mapping.columns.is_empty() {
                    options.mapping = mapping;
                }
                self.mapping.set(options.mapping.clone());
                self.reference.set(options.reference);
                // A host's currency: the page's own options hold only the merchant's choices.
                let analyze = AnalyzeOptions {
                    currency: options.currency,
                    ..self.analyze_options()
                };
                self.analyze_with(analyze).await.map(Some)
            }
            // A mapping the merchant confirmed before for these headers: go on.
            (None, Some(_)) => self.analyze_with(self.analyze_options()).await.map(Some),
            (None, None) => {
                self.phase.set(Phase::Mapping);
                Ok(None)
            }
        }
    }

    /// How many files have been opened: a number that names the file on show, the same
    /// while it is read again with other choices.
    pub fn files_opened(&self) -> u32 {
        self.opened.get_value()
    }

    /// Waits for `work`, unless another file is opened meanwhile: an answer about a file no
    /// longer on show is dropped, as if the work had been stopped.
    pub async fn for_this_file<T>(&self, work: impl Future<Output = T>) -> Result<T, EngineError> {
        let opened = self.opened.get_value();
        let done = work.await;
        if self.opened.get_value() == opened {
            Ok(done)
        } else {
            Err(EngineError::Stopped)
        }
    }

    /// Reads the current file again, e.g. with another encoding.
    pub fn reread(&self, change: impl FnOnce(&mut ReadOptions)) {
        let state = *self;
        let mut options = self.read_options.get_value();
        change(&mut options);
        if let Some(tuning) = self.analysis.with_untracked(|a| a.as_ref().map(Tuning::of)) {
            self.carried.set_value(Some(tuning));
        }
        self.analysis.set(None);
        spawn_local(async move {
            let _ = state.load(options, None).await;
        });
    }

    /// Reads the current source; on failure the merchant is back at the start with why.
    async fn read(&self, mut options: ReadOptions) -> Result<FileOverview, EngineError> {
        options.default_date_order.0 = Some(
            self.date_order
                .get_value()
                .unwrap_or_else(storage::locale_date_order),
        );
        // Date-times with an offset and Unix timestamps fall on the shop's days and hours.
        options.time_zone = self.time_zone();
        self.read_options.set_value(options.clone());
        self.phase.set(Phase::Reading);
        self.error.set(None);
        let reply = match self.source.get_value() {
            Some(Source::File(file)) => {
                let name = file.name();
                let open = self.engine.ask_with_file(
                    Request::Open {
                        name,
                        options,
                        readers: readers_in_address(),
                    },
                    &file,
                );
                self.for_this_file(open).await?
            }
            Some(Source::Sample) => {
                let open = self.engine.ask(Request::OpenSample { options });
                self.for_this_file(open).await?
            }
            None => Err(EngineError::NoFile),
        };
        match reply {
            Ok(Answer::Loaded(overview)) => Ok(overview),
            Ok(_) => self.failed_reading(EngineError::UnexpectedAnswer),
            Err(e) => self.failed_reading(e),
        }
    }

    fn failed_reading<T>(&self, e: EngineError) -> Result<T, EngineError> {
        if e != EngineError::Stopped {
            self.phase.set(Phase::Start);
            self.show_error(&e);
        }
        Err(e)
    }

    /// Forgets the file and everything computed from it.
    fn reset(&self) {
        self.error.set(None);
        self.overview.set(None);
        self.analysis.set(None);
        self.scheme.set(None);
        self.stand_in.set(false);
        self.reference.set(None);
        self.carried.set_value(None);
        self.last_shown.set_value(None);
        self.restoring.set(false);
        self.clustered_with.set_value(None);
        self.clusters_to_find.set_value(None);
        self.clusters_being_found.set_value(None);
        self.prediction_options.set_value(None);
        self.value_period.set(None);
        self.draft.set(None);
        self.draft_periods.set(Vec::new());
        self.comparison.set_value(None);
        self.tab.set(Tab::Segments);
    }

    /// The analysis options on screen: the mapping, the reference date, and the scale,
    /// seasons, currency and scheme of the results on show (or of those last shown, while
    /// the file is read again).
    fn analyze_options(&self) -> AnalyzeOptions {
        let mut options = AnalyzeOptions {
            mapping: self.mapping.get_untracked(),
            reference: self.reference.get_untracked(),
            // The engine's words, and amounts, in the page's language.
            language: Some(super::words::current().tag().to_string()),
            ..AnalyzeOptions::default()
        };
        let tuning = self.analysis.with_untracked(|a| a.as_ref().map(Tuning::of));
        if let Some(tuning) = tuning.or_else(|| self.carried.get_value()) {
            options.rfm = tuning.rfm;
            options.seasons = tuning.seasons;
            options.currency = tuning.currency;
        }
        options.scheme = self.scheme_to_show();
        options.spend_period = self.value_period.get_untracked();
        options
    }

    /// The scheme the next analysis shows: the one on show, unless it is the default the
    /// engine showed in place of the one the analysis on show asked for (a scheme on
    /// predicted figures), which is asked for again. Told from what the engine answered
    /// rather than from `stand_in`: once a prediction failed the default no longer stands
    /// in, yet the merchant's scheme is asked for with the next date, which may be predicted.
    fn scheme_to_show(&self) -> Option<SchemeChoice> {
        let on_show = self
            .scheme
            .with_untracked(|s| s.as_ref().map(|s| s.choice.clone()));
        let asked = self.last_shown.with_value(|shown| {
            let shown = shown.as_ref()?;
            (on_show.as_ref() == Some(&shown.answered))
                .then(|| shown.analysis.scheme.clone())
                .flatten()
        });
        asked.or(on_show)
    }

    /// Segments the customers with the mapping on screen, which the merchant confirmed: it
    /// is remembered for files with the same headers.
    pub fn confirm(&self) {
        self.confirmed.set_value(true);
        self.analyze();
    }

    /// Forgets the mapping remembered for this file's headers and puts the proposed one on
    /// screen.
    pub fn forget_mapping(&self) {
        if let Some(overview) = self.overview.get_untracked() {
            storage::forget_mapping(&overview);
            self.mapping.set(overview.proposed.clone());
            self.confirmed.set_value(false);
        }
    }

    /// Segments the customers with the mapping and options on screen.
    pub fn analyze(&self) {
        let (state, options) = (*self, self.analyze_options());
        spawn_local(async move {
            let _ = state.analyze_with(options).await;
        });
    }

    /// Analyses again as of `reference` (none: the day after the last order). Should that
    /// fail, the results on show stay, and so does the date they are as of. Resolves to
    /// whether the analysis failed, for the field that asked to show that date again.
    pub async fn analyze_as_of(&self, reference: Option<Date>) -> bool {
        self.reference.set(reference);
        let analyzed = self.analyze_with(self.analyze_options()).await;
        // Stopped: another file was opened meanwhile, which has a field of its own.
        analyzed.is_err_and(|e| e != EngineError::Stopped)
    }

    /// Analyses again counting another of the file's currencies; resolves to whether that
    /// failed (the results on show then stay).
    pub async fn analyze_currency(&self, code: String) -> bool {
        let mut options = self.analyze_options();
        options.currency = Some(code);
        let analyzed = self.analyze_with(options).await;
        analyzed.is_err_and(|e| e != EngineError::Stopped)
    }

    /// Analyses again with other buying seasons (features depend on them).
    pub fn analyze_seasons(&self, seasons: Vec<Season>) {
        let mut options = self.analyze_options();
        options.seasons = seasons.clone();
        options.scheme = Some(SchemeChoice::Preset(Preset::Seasonal { seasons }));
        let state = *self;
        spawn_local(async move {
            let _ = state.analyze_with(options).await;
        });
    }

    /// Analyses the file, reading it again first when a convention chosen on the mapping
    /// screen needs it, and shows the result.
    async fn analyze_with(&self, mut options: AnalyzeOptions) -> Result<AnalysisView, EngineError> {
        self.phase.set(Phase::Segmenting);
        self.error.set(None);
        let started = now();
        let mut read_again = false;
        loop {
            let analyzed = self.engine.ask(Request::Analyze(options.clone()));
            match self.for_this_file(analyzed).await? {
                Ok(Answer::Analyzed(view)) => {
                    let answered = now();
                    let overview = self.overview.get_untracked();
                    if let Some(overview) = overview.filter(|_| self.confirmed.get_value()) {
                        let (engine, mapping) = (self.engine, self.mapping.get_untracked());
                        spawn_local(async move {
                            storage::remember_mapping(engine, &overview, mapping).await
                        });
                    }
                    self.last_run.set(Some(now() - started));
                    self.last_shown.set_value(Some(Shown {
                        read: self.read_options.get_value(),
                        zone: self.preferences.with_untracked(|p| p.time_zone),
                        analysis: options.clone(),
                        confirmed: self.confirmed.get_value(),
                        answered: view.scheme.choice.clone(),
                    }));
                    self.scheme.set(Some(view.scheme.clone()));
                    self.stand_in.set(view.scheme_stands_in);
                    self.analysis.set(Some((*view).clone()));
                    self.analyses.update(|n| *n += 1);
                    self.phase.set(Phase::Results);
                    if profile::wanted() {
                        let file = self.overview.with_untracked(|o| {
                            o.as_ref().map(|o| o.file_name.clone()).unwrap_or_default()
                        });
                        profile::print_once_drawn(self.engine, file, answered);
                    }
                    return Ok(*view);
                }
                // One read again settles the conventions; a second request for one is a
                // defect.
                Ok(Answer::ReadAgain(_)) if read_again => {
                    return Err(self.failed_analysis(EngineError::ConventionsUnsettled))
                }
                Ok(Answer::ReadAgain(read)) => {
                    read_again = true;
                    let overview = self.read(read).await?;
                    self.overview.set(Some(overview));
                    self.phase.set(Phase::Segmenting);
                }
                // The currency of the results shown before the file was read again is
                // counted while the file names it; read another way (its `€` decoded as
                // Windows-1252), it may not, and the biggest one left is counted instead
                // (at most once: the next analysis asks for none).
                Err(EngineError::CurrencyNotInFile { .. })
                    if self.is_carried(&options.currency) =>
                {
                    options.currency = None;
                }
                Ok(_) => return Err(self.failed_analysis(EngineError::UnexpectedAnswer)),
                Err(e) => return Err(self.failed_analysis(e)),
            }
        }
    }

    /// Whether `currency` is the one carried over from the results shown before the file
    /// was read again, rather than one the merchant or a host asked of the file on show.
    fn is_carried(&self, currency: &Option<String>) -> bool {
        currency.is_some()
            && self.analysis.with_untracked(Option::is_none)
            && self
                .carried
                .with_value(|t| t.as_ref().is_some_and(|t| &t.currency == currency))
    }

    fn failed_analysis(&self, e: EngineError) -> EngineError {
        if e != EngineError::Stopped {
            // The engine keeps the analysis on show: so does the page, and the date it is as
            // of is the one the next analysis starts from, not the one that failed (wherever
            // that was asked: the results or the mapping panel).
            let on_show = self.analysis.with_untracked(|a| {
                a.as_ref()
                    .map(|a| (a.reference != a.default_reference).then_some(a.reference))
            });
            if let Some(reference) = on_show {
                self.reference.set(reference);
            }
            self.phase.set(if on_show.is_some() {
                Phase::Results
            } else {
                Phase::Mapping
            });
            self.show_error(&e);
        }
        e
    }

    /// Segments the customers with another scheme.
    pub fn segment(&self, choice: SchemeChoice) {
        let state = *self;
        spawn_local(async move {
            let _ = state.segment_with(choice).await;
        });
    }

    /// Segments the customers with another scheme and shows it; resolves to it.
    pub async fn segment_with(&self, choice: SchemeChoice) -> Result<SchemeView, EngineError> {
        self.error.set(None);
        let started = now();
        let reply = self
            .for_this_file(self.engine.ask(Request::Segment(choice)))
            .await?;
        self.shown(reply, started)
    }

    /// Shows the segmentation in a reply; the error, if it is one.
    pub fn shown(&self, reply: Reply, started: f64) -> Result<SchemeView, EngineError> {
        match reply {
            Ok(Answer::Segmented(view)) => {
                self.show_scheme((*view).clone(), started);
                Ok(*view)
            }
            Ok(_) => Err(EngineError::UnexpectedAnswer),
            Err(e) => {
                self.show_error(&e);
                Err(e)
            }
        }
    }

    /// Which segments are on show, for views whose choices point into them: they change
    /// with another analysis, and whenever the engine says customers moved or the rules
    /// changed (another scheme, other thresholds, clusters found on other figures, another
    /// horizon for segments on predicted figures); not when the same segments come back
    /// with the prediction's figures (a big shop's, seconds after they appear).
    pub fn shown_scheme(self) -> Memo<ShownScheme> {
        Memo::new(move |_| {
            let (choice, segmentation) = self.scheme.with(|s| match s {
                Some(s) => (Some(s.choice.clone()), Some(s.segmentation)),
                None => (None, None),
            });
            ShownScheme {
                analysis: self.analyses.get(),
                choice,
                segmentation,
            }
        })
    }

    /// Remembers how the clusters just found were asked for; if they are those found again
    /// for the results Cancel brought back, they are no longer being found.
    pub fn found_clusters(&self, options: ClusterOptions) {
        self.clusters_answered(&options);
        self.clustered_with.set_value(Some(options));
    }

    /// Clusters asked with `options` were answered, found or not: if they are those found
    /// again for the results Cancel brought back, Cancel again no longer asks for them.
    /// Other clusters asked meanwhile leave them.
    pub fn clusters_answered(&self, options: &ClusterOptions) {
        self.clusters_being_found.update_value(|being_found| {
            if being_found.as_ref() == Some(options) {
                *being_found = None;
            }
        });
    }

    /// The clusters to find again for the results Cancel brought back, once.
    pub fn clusters_to_find_again(&self) -> Option<ClusterOptions> {
        let clusters = self
            .clusters_to_find
            .try_update_value(Option::take)
            .flatten();
        if clusters.is_some() {
            self.clusters_being_found.set_value(clusters.clone());
        }
        clusters
    }

    /// The horizon and discount rate last asked for this file's results, if any.
    pub fn prediction_options(&self) -> Option<PredictionOptions> {
        self.prediction_options.get_value()
    }

    /// Remembers the horizon and discount rate asked for this file's results.
    pub fn asked_prediction(&self, options: PredictionOptions) {
        self.prediction_options.set_value(Some(options));
    }

    /// What the Through time view last showed the shop compared with, for this file.
    pub fn comparison_shown(&self) -> Option<Comparison> {
        self.comparison.get_value()
    }

    /// Remembers what the Through time view shows the shop compared with (`None`: nothing).
    pub fn show_comparison(&self, comparison: Option<Comparison>) {
        self.comparison.set_value(comparison);
    }

    /// Shows a new segmentation, timed from `started`.
    pub fn show_scheme(&self, view: SchemeView, started: f64) {
        // RFM on another scale was scored on it: the grid editor's scale and the next
        // rescore follow (they said 5 points beside a 3 × 3 grid, and went back to 5).
        if let SchemeChoice::Preset(Preset::Rfm { points }) = view.choice {
            let stale = self
                .analysis
                .with_untracked(|a| a.as_ref().is_some_and(|a| a.rfm.points != points));
            if stale {
                self.analysis.update(|a| {
                    if let Some(a) = a {
                        a.rfm.points = points;
                    }
                });
            }
        }
        let answered = now();
        self.last_run.set(Some(answered - started));
        if profile::wanted() {
            let what = format!("the switch to {}", view.scheme.name);
            profile::print_once_drawn(self.engine, what, answered);
        }
        self.scheme.set(Some(view));
        self.stand_in.set(false);
    }

    /// Keeps a scheme among the merchant's saved ones (replacing one of the same name).
    pub fn save_scheme(&self, scheme: Scheme) {
        self.saved.update(
            |saved| match saved.iter_mut().find(|s| s.name == scheme.name) {
                Some(existing) => *existing = scheme,
                None => saved.push(scheme),
            },
        );
        self.store_schemes();
    }

    /// Writes the saved schemes to storage, saying so when the browser refuses.
    pub fn store_schemes(&self) {
        let (state, schemes) = (*self, self.saved.get_untracked());
        spawn_local(async move {
            if !storage::store_schemes(state.engine, schemes).await {
                state.error.set(Some(Key::StoreSchemesRefused.into()));
            }
        });
    }

    /// Stops the work under way; the worker and its memory are dropped. When that work came
    /// after results of the file (another date, currency, encoding, time zone or number
    /// style asked; another scheme or RFM grid; a view's own work: clusters, a comparison,
    /// cohorts), the file is read and analysed again as those results were, with the
    /// scheme, grid, view, clusters (on show, or being found for results Cancel brought
    /// back), prediction's horizon and comparison on show (unless
    /// what was stopped is that comparison made again, for another scheme or analysis or
    /// asked again: what Cancel stopped is not started once more): Cancel undoes the change
    /// instead of taking the results away. Cancel during that starts over.
    pub fn cancel(&self) {
        // The comparison on show being made again (for another scheme or date, or asked
        // again) is not started once more when it is what Cancel stopped; another
        // comparison stopped leaves the one on show.
        let remaking_stopped = self
            .engine
            .work
            .with_untracked(|w| w.is_some_and(|w| w.again && w.what == Some(Key::BusyComparing)));
        self.engine.restart();
        let last_shown = self.last_shown.get_value();
        let scheme = self.scheme_to_show();
        let tuning = self.analysis.with_untracked(|a| a.as_ref().map(Tuning::of));
        // Stopped during a view's own work, the results come back on the segments rather
        // than on a view that would start that work again.
        let views_work = self.phase.get_untracked() == Phase::Results;
        let tab = match self.tab.get_untracked() {
            tab if tab.works_on_opening() && views_work => Tab::Segments,
            tab => tab,
        };
        let comparison = self.comparison_shown().filter(|_| !remaking_stopped);
        let clusters_on_show = self.scheme.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| s.scheme.reads_any(&[ids::CLUSTER]))
        });
        let clusters = self
            .clusters_being_found
            .get_value()
            .or_else(|| self.clustered_with.get_value().filter(|_| clusters_on_show));
        let prediction = self.prediction_options();
        let value_period = self.value_period.get_untracked();
        let draft = (
            self.draft.get_untracked(),
            self.draft_periods.get_untracked(),
        );
        self.reset();
        let Some(Shown {
            read,
            zone,
            mut analysis,
            confirmed,
            ..
        }) = last_shown
        else {
            self.phase.set(Phase::Start);
            return;
        };
        analysis.scheme = scheme.or(analysis.scheme);
        analysis.spend_period = value_period;
        // The grid as last edited on the results (a rescore does not analyse again).
        if let Some(tuning) = tuning {
            analysis.rfm = tuning.rfm;
            analysis.seasons = tuning.seasons;
            analysis.currency = tuning.currency;
        }
        self.confirmed.set_value(confirmed);
        self.clusters_to_find.set_value(clusters);
        self.prediction_options.set_value(prediction);
        self.value_period.set(value_period);
        self.draft.set(draft.0);
        self.draft_periods.set(draft.1);
        self.show_comparison(comparison);
        // Another zone is saved as the merchant's choice before the file is read in it: the
        // choice stopped is undone, and the file read in the zone it was.
        if self.preferences.with_untracked(|p| p.time_zone) != zone {
            self.change_preferences(|p| p.time_zone = zone);
        }
        self.restoring.set(true);
        let state = *self;
        spawn_local(async move {
            state.restore(read, analysis, tab).await;
            state.restoring.set(false);
        });
    }

    /// Reads the file with `read` and shows its analysis with `analysis`, in the page's
    /// language once it is read, on the view `tab`.
    async fn restore(&self, read: ReadOptions, mut analysis: AnalyzeOptions, tab: Tab) {
        let Ok(overview) = self.read(read).await else {
            return;
        };
        self.overview.set(Some(overview));
        self.mapping.set(analysis.mapping.clone());
        self.reference.set(analysis.reference);
        analysis.language = Some(super::words::current().tag().to_string());
        // The view is chosen before the results are drawn, so that they open on it.
        self.tab.set(tab);
        // A scheme on predicted figures (Future value) comes with the prediction the
        // analysis starts: the engine shows the default until then.
        if self.analyze_with(analysis).await.is_err() {
            self.tab.set(Tab::Segments);
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

/// The number of workers the page's address lets read a file at once (`?readers=1`), for a
/// host page that keeps the other cores for itself.
fn readers_in_address() -> Option<u32> {
    let readers = super::in_address("readers")?;
    readers.trim().parse().ok().filter(|&n| n > 0)
}
