//! The session: one file read once, then analysed as the merchant changes their choices.
//! [`Session::handle`] answers each [`Request`] by handing it to the part of the session
//! that knows it; reading a file's bytes is left to whoever holds them (the worker streams a
//! `File`, the module passes bytes to [`Session::read_bytes`], the command line reads the
//! file where it lies through [`Session::read_source`]).

use super::analysis::{Analysis, Cross, Segmentation, SpendPeriods};
use super::conventions::use_asked_conventions;
use super::error::EngineError;
use super::exports::{export, problems_file, write_all_customers};
use super::host::{self, HostCustomer, HostMigration, HostOptions, HostSummary};
use super::overview::overview;
use super::own_scheme;
use super::playbook;
use super::predictions::{PredictionJob, PredictionStep, WhilePredicting};
use super::protocol::{
    AnalyzeOptions, Answer, Compare, ExportRequest, HostQuery, PredictOptions, Request,
};
use super::through_time::{mapping_for, Added, Asked, Migration, SegmentedWith};
use super::views::{AnalysisView, Download, FileOverview, MigrationView};
use crate::basics::profile::{lap, take_laps, Step};
use crate::campaigns::uplift::{CampaignRecord, CampaignResult};
use crate::export::problems::{problems_csv, rows_left_out};
use crate::export::sql::{CountedCurrency, TableColumns};
use crate::export::table::{clean_table, TableColumn};
use crate::features::ids;
use crate::insight::cohorts::{cohort_members, cohorts};
use crate::insight::crosssell::cross_sell;
use crate::prediction::PredictionOptions;
use crate::reading::{
    read_source, read_table, ByteSource, ReadError, ReadOptions, RowProblem, Table,
    MAX_NATIVE_FILE_BYTES,
};
use crate::roles::propose_mapping;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::clustering::{cluster, ClusterModel};
use crate::segmentation::presets::Preset;
use crate::segmentation::scheme::Scheme;
use crate::shop::{earliest_order_day, store_texts_once};

/// The size of file from which the texts of columns that follow the customer are stored
/// once before the first analysis. A file of a million orders (100 MB) has 31 MB of
/// e-mails as written, and the pass would add a tenth to its analysis; at five million
/// (500 MB) it gives back 128 MB of e-mails and postcodes before binding, and the worker's
/// peak at the analysis goes from 712 to 574 MB.
const STORE_ONCE_FROM_BYTES: u64 = 128 << 20;

/// The file and the latest analysis of it.
#[derive(Default)]
pub struct Session {
    file: Option<LoadedFile>,
    analysis: Option<Analysis>,
    /// The last comparison of two snapshots, for its cells' lists and files, with what it
    /// was asked with.
    migration: Option<(Asked, Migration)>,
    /// The other export the loaded file was last compared with, kept until another is read,
    /// two dates are compared, a comparison fails or a file is loaded.
    other: Option<OtherExport>,
    /// Whether no prediction was asked for since the analysis on show was made: what needs
    /// it is held until then ([`Session::holds_for_prediction`]).
    prediction_awaited: bool,
}

struct LoadedFile {
    name: String,
    table: Table,
}

/// Another export of the shop, read by whoever held its bytes ([`Session::keep_other`]).
struct OtherExport {
    identity: String,
    table: Table,
}

impl Session {
    /// An empty session.
    pub fn new() -> Session {
        Session::default()
    }

    /// Takes a newly read file, dropping any previous one.
    pub fn load(&mut self, name: &str, table: Table) -> FileOverview {
        self.analysis = None;
        self.migration = None;
        self.other = None;
        let overview = overview(name, &table);
        lap(Step::Overview);
        self.file = Some(LoadedFile {
            name: name.to_string(),
            table,
        });
        overview
    }

    /// Reads a whole file held in memory and takes it.
    pub fn read_bytes(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &ReadOptions,
    ) -> Result<FileOverview, EngineError> {
        let table = read_table(bytes, options)?;
        Ok(self.load(name, table))
    }

    /// Reads a file from wherever `source` has it (natively, the file on disk, in parts on
    /// every core) and takes it. Files up to [`MAX_NATIVE_FILE_BYTES`] are read.
    pub fn read_source(
        &mut self,
        name: &str,
        source: &(impl ByteSource + ?Sized),
        options: &ReadOptions,
    ) -> Result<FileOverview, EngineError> {
        if source.size() > MAX_NATIVE_FILE_BYTES {
            return Err(ReadError::TooLarge {
                bytes: source.size(),
                limit: MAX_NATIVE_FILE_BYTES,
            }
            .into());
        }
        let table = read_source(source, options)?;
        Ok(self.load(name, table))
    }

    /// Answers a request about the loaded file. Requests that read a file's bytes
    /// ([`Request::needs_file`], and the sample shop) are answered by whoever holds them.
    pub fn handle(&mut self, request: Request) -> Result<Answer, EngineError> {
        match request {
            Request::Open { .. }
            | Request::OpenSample { .. }
            | Request::Measure { .. }
            | Request::Migrate(Compare::File { .. }) => Err(EngineError::NoFileSent),
            Request::Migrate(compare) => self
                .migrate(&compare)
                .map(|view| Answer::Migrated(Box::new(view))),
            Request::MigrationCell { row, column, query } => {
                let (_, migration) = self.migration.as_ref().ok_or(EngineError::NoMigration)?;
                Ok(Answer::MigrationCell(Box::new(
                    migration.cell(row, column, &query)?,
                )))
            }
            Request::Predict(options) => {
                self.prediction_awaited = false;
                self.analysis_mut()?.predict(options)
            }
            Request::PlanHoldout {
                segment,
                layout,
                holdout_share,
                expected_uplift,
            } => {
                let (a, current) = self.current()?;
                playbook::holdout_plan(a, current, segment, layout, holdout_share, expected_uplift)
                    .map(Answer::HoldoutPlanned)
            }
            Request::Cohorts(period) => {
                let a = self.analysis()?;
                Ok(Answer::Cohorts(cohorts(
                    &a.shop,
                    a.reference,
                    period,
                    a.options.words(),
                )))
            }
            Request::CohortCustomers {
                period,
                start,
                after,
                query,
            } => {
                let a = self.analysis()?;
                let members = cohort_members(&a.shop, period, start, after);
                Ok(Answer::Customers(a.customers_among(members, &query)))
            }
            Request::Analyze(options) => self.analyze(options),
            Request::Profile => Ok(Answer::Profile(take_laps())),
            Request::Export(what) => self.export(what),
            Request::ImportScheme(bytes) => import_scheme(&bytes).map(Answer::SchemeImported),
            Request::HostScheme(json) => Ok(Answer::HostScheme(
                own_scheme::own_scheme(&json).map(Scheme::from),
            )),
            Request::ImportRecords(bytes) => import_records(&bytes).map(Answer::RecordsImported),
            Request::Segment(choice) => {
                let a = self.analysis_mut()?;
                // Asked for another, whether it can be shown or not: no scheme waits now.
                a.shown_once_predicted = None;
                Ok(Answer::Segmented(Box::new(a.segment(&choice)?)))
            }
            Request::Rescore(rfm) => {
                let a = self.analysis_mut()?;
                a.rescore(&rfm);
                let choice = match a.current_choice() {
                    Some(SchemeChoice::Preset(Preset::Rfm { .. })) | None => a.default_choice(),
                    Some(other) => other,
                };
                Ok(Answer::Segmented(Box::new(a.segment(&choice)?)))
            }
            Request::Preview(scheme) => Ok(Answer::Preview(self.analysis_mut()?.preview(&scheme))),
            Request::Cluster(options) => {
                let a = self.analysis_mut()?;
                let (clusters, feature, model) = cluster(&a.features, &options, &a.currency)?;
                // Found on the spend in the period computed now, which their names quote.
                a.periods.clusters = (model.reads_any(&[ids::SPEND_IN_PERIOD]))
                    .then_some(a.periods.asked)
                    .flatten();
                a.set_clusters(model, feature);
                let view = a.segment(&SchemeChoice::Custom(clusters.scheme.clone()))?;
                Ok(Answer::Clustered(Box::new(clusters), Box::new(view)))
            }
            Request::Crosstab(choice) => {
                Ok(Answer::Crosstab(self.analysis_mut()?.crosstab(&choice)?))
            }
            Request::Value(period) => {
                let (value, scheme) = self.analysis_mut()?.value(period)?;
                Ok(Answer::Value(value, scheme.map(Box::new)))
            }
            Request::Customers(query) => Ok(Answer::Customers(self.analysis()?.customers(&query))),
            Request::Host(query) => {
                let json = match query {
                    HostQuery::Summary => serde_json::to_string(&self.host_summary()?),
                    HostQuery::Customers(segment) => {
                        serde_json::to_string(&self.host_customers(&segment)?)
                    }
                    HostQuery::Migration { from, to } => {
                        let compare = Compare::Dates { from, to };
                        let a = self.analysis()?;
                        let decimals = a.currency.decimals();
                        let migration = self.migration_between(a, &a.choice_on_show(), &compare)?;
                        serde_json::to_string(&host::migration(&migration.view, decimals))
                    }
                };
                // Host shapes are plain data: serialising them cannot fail.
                Ok(Answer::Host(json.unwrap_or_default()))
            }
            Request::ReadStored { kind, text } => kind
                .read(&text)
                .map(Answer::Stored)
                .map_err(EngineError::Store),
            Request::WriteStored(record) => Ok(Answer::StoredText(record.write())),
            Request::CrossSell(s) => {
                let a = self.analysis()?;
                match &a.current {
                    Some(current) if s < current.assignment.segments.len() => Ok(
                        Answer::CrossSell(cross_sell(&a.shop, &current.assignment.members(s))),
                    ),
                    _ => Err(EngineError::NoSuchSegment),
                }
            }
        }
    }

    /// Measures exported campaigns against a newer orders file, keeping the loaded one: its
    /// columns mapped as the loaded file's when it has the same, and the verdicts written in
    /// the language of the latest analysis (English before any).
    pub fn measure(
        &self,
        name: &str,
        table: &Table,
        records: &[CampaignRecord],
    ) -> Result<Vec<CampaignResult>, EngineError> {
        let mapping = match (&self.file, &self.analysis) {
            (Some(file), Some(a)) => mapping_for(table, &file.table, &a.options.mapping),
            _ => propose_mapping(table),
        };
        let language = self
            .analysis
            .as_ref()
            .map(|a| a.options.words())
            .unwrap_or_default();
        playbook::measured(name, table, &mapping, records, language)
    }

    /// The RFM scales of the latest analysis.
    pub fn scales(&self) -> Option<&crate::segmentation::rfm::RfmScales> {
        self.analysis.as_ref().map(|a| &a.scales)
    }

    /// The options of the latest analysis.
    pub fn analyzed_with(&self) -> Option<&AnalyzeOptions> {
        self.analysis.as_ref().map(|a| &a.options)
    }

    /// Starts a prediction for the analysis on show (what [`Request::Predict`] asks for),
    /// to be made a stage at a time with [`Session::advance_prediction`].
    pub fn start_prediction(
        &mut self,
        options: PredictOptions,
    ) -> Result<PredictionJob, EngineError> {
        self.prediction_awaited = false;
        Ok(self.analysis_mut()?.start_prediction(options))
    }

    /// Whether `request` is held until the prediction asked for next:
    /// - a comparison asked while the scheme on show stands in for one on predicted figures,
    ///   the prediction that will show it not asked for yet: it would be made with the
    ///   scheme standing in, then made again with the one the prediction shows;
    /// - clusters on a predicted figure asked before the analysis on show has it (found
    ///   again for results brought back after Cancel), which would fail for want of it.
    ///
    /// Whoever answers requests holds them while this says so, then answers them in turn;
    /// once the prediction is under way they wait for it
    /// ([`Session::answer_while_predicting`]): the comparison is made with the scheme the
    /// prediction's answer shows, the clusters with its figures. Holding them relies on the
    /// prediction being asked for after each analysis (the page does, for every analysis it
    /// shows): anything else that ends the wait, a switch of scheme above all for a
    /// comparison, answers them too.
    ///
    /// ```
    /// use segmenter_engine::basics::calendar::Date;
    /// use segmenter_engine::session::protocol::Compare;
    /// use segmenter_engine::session::{Request, Session};
    ///
    /// let day = Date::parse_iso("2025-06-01").unwrap();
    /// let compare = Request::Migrate(Compare::Dates { from: day, to: None });
    /// // Nothing analysed, nothing awaited.
    /// assert!(!Session::new().holds_for_prediction(&compare));
    /// ```
    pub fn holds_for_prediction(&self, request: &Request) -> bool {
        match request {
            // The scheme on show stands in for one on predicted figures, and the prediction
            // that will show it has not been asked for since the analysis was made.
            Request::Migrate(_) => {
                self.prediction_awaited
                    && (self.analysis.as_ref()).is_some_and(|a| a.shown_once_predicted.is_some())
            }
            Request::Cluster(options) => {
                let lacks = |id: &String| {
                    ids::PREDICTED.contains(&id.as_str())
                        && (self.analysis.as_ref()).is_some_and(|a| a.features.get(id).is_none())
                };
                self.prediction_awaited && options.features.iter().any(lacks)
            }
            _ => false,
        }
    }

    /// Takes the prediction's next stage: the job again while stages are left, then the
    /// answer ([`Answer::Predicted`]), or why there is none. The last stage summarises the
    /// segments on show again, with the predicted figures.
    ///
    /// Between two stages only [`Session::answer_while_predicting`] may answer requests:
    /// those it answers leave the analysis the job predicts for in place.
    pub fn advance_prediction(&mut self, job: PredictionJob) -> PredictionStep {
        match self.analysis_mut() {
            Ok(analysis) => job.advance(analysis),
            Err(e) => PredictionStep::Answered(Err(e)),
        }
    }

    /// Answers `request` between two stages of a prediction under way if it needs nothing
    /// of the prediction, or gives it back to be answered once the prediction is made. A
    /// switch to a scheme that reads none of the predicted figures, or its live counts, is
    /// answered (a scheme that does waits for them, and is the one the prediction's answer
    /// shows: its rules are resolved once, whichever it is), and so are the requests that
    /// neither read nor change the analysis (the profile, stored records read and written,
    /// files of schemes or campaign records imported).
    pub fn answer_while_predicting(&mut self, request: Request) -> WhilePredicting {
        match request {
            Request::Segment(choice) => {
                let analysis = match self.analysis_mut() {
                    Ok(analysis) => analysis,
                    Err(e) => return WhilePredicting::Answered(Err(e)),
                };
                let resolved = analysis.resolve(&choice);
                // The prediction's answer shows the scheme asked for last.
                if resolved.scheme.reads_any(&ids::PREDICTED) {
                    analysis.shown_once_predicted = Some(choice.clone());
                    analysis.let_go(resolved);
                    return WhilePredicting::Waits(Request::Segment(choice));
                }
                analysis.shown_once_predicted = None;
                let view = analysis.segment_with(&choice, resolved);
                WhilePredicting::Answered(view.map(|v| Answer::Segmented(Box::new(v))))
            }
            Request::Preview(scheme) if scheme.reads_any(&ids::PREDICTED) => {
                WhilePredicting::Waits(Request::Preview(scheme))
            }
            // The grid edited is that of the RFM on show: no scheme waiting for the
            // prediction is shown over it when the prediction is made.
            Request::Rescore(rfm) => {
                if let Ok(analysis) = self.analysis_mut() {
                    analysis.shown_once_predicted = None;
                }
                WhilePredicting::Waits(Request::Rescore(rfm))
            }
            Request::Preview(_)
            | Request::Profile
            | Request::ReadStored { .. }
            | Request::WriteStored(_)
            | Request::ImportScheme(_)
            | Request::HostScheme(_)
            | Request::ImportRecords(_) => WhilePredicting::Answered(self.handle(request)),
            other => WhilePredicting::Waits(other),
        }
    }

    fn analysis(&self) -> Result<&Analysis, EngineError> {
        self.analysis.as_ref().ok_or(EngineError::NoAnalysis)
    }

    fn analysis_mut(&mut self) -> Result<&mut Analysis, EngineError> {
        self.analysis.as_mut().ok_or(EngineError::NoAnalysis)
    }

    /// Analyses the file with `options`. One that fails leaves the analysis on show as it
    /// was: untouched when the reference day precedes every order, made again otherwise
    /// ([`OnShow`]).
    fn analyze(&mut self, options: AnalyzeOptions) -> Result<Answer, EngineError> {
        let file = self.file.as_mut().ok_or(EngineError::NoFile)?;
        let switched = match use_asked_conventions(&mut file.table, &options) {
            Ok(switched) => switched,
            Err(again) => return Ok(Answer::ReadAgain(again)),
        };
        // A day no order precedes finds no customer: said at once, the analysis on show
        // untouched, rather than found by binding and the analysis made again (seconds on
        // a big shop).
        if let Some(day) = options.reference {
            if earliest_order_day(&file.table, &options.mapping).is_some_and(|first| day <= first) {
                // The columns read as the analysis on show reads them, for what is made
                // from the file beside it: a comparison, the rows left out.
                switched.undo(&mut file.table);
                return Err(EngineError::NoCustomersYet { day });
            }
        }
        if file.table.bytes >= STORE_ONCE_FROM_BYTES {
            store_texts_once(&mut file.table, &options.mapping);
            lap(Step::StoreOnce);
        }
        let mut previous = self.analysis.take();
        let on_show = previous.as_mut().map(OnShow::of);
        match analysis_made(&file.table, previous, options) {
            Ok((analysis, view)) => {
                self.analysis = Some(analysis);
                self.prediction_awaited = true;
                Ok(Answer::Analyzed(Box::new(view)))
            }
            Err(e) => {
                self.analysis = on_show.and_then(|on_show| on_show.made_again(&file.table));
                Err(e)
            }
        }
    }

    /// How another export of the same shop is read: in the loaded file's time zone, date
    /// order and Excel date system (the shop's), its encoding and separator found afresh.
    pub fn options_for_another_export(&self) -> ReadOptions {
        let loaded = self.file.as_ref().map(|f| &f.table.options);
        loaded.map_or_else(ReadOptions::default, |o| ReadOptions {
            default_date_order: o.default_date_order,
            time_zone: o.time_zone,
            excel_1904: o.excel_1904,
            ..ReadOptions::default()
        })
    }

    /// Keeps `table`, another export of the shop read by whoever held its bytes, to compare
    /// the loaded file with ([`Compare::File`]) until another is kept, two dates are
    /// compared, a comparison fails or a file is loaded. `identity` tells that file's bytes apart
    /// ([`Session::keeps_other`]): in the browser its name, size and time of change.
    pub fn keep_other(&mut self, identity: String, table: Table) {
        // A comparison with the one before is never segmented again with this one.
        self.migration = None;
        self.other = Some(OtherExport { identity, table });
    }

    /// Lets go of the other export kept and of the last comparison, before another export
    /// is read: WebAssembly memory never shrinks, and both would stay beside the new one.
    pub fn forget_other(&mut self) {
        self.other = None;
        self.migration = None;
    }

    /// Whether the other export kept is the one `identity` names: each scheme or date on
    /// show compares the loaded file with it again, and it need not be read again.
    pub fn keeps_other(&self, identity: &str) -> bool {
        self.other.as_ref().is_some_and(|o| o.identity == identity)
    }

    /// Segments two snapshots with the scheme on show (the loaded file at two dates, or it
    /// and the other export kept) and says who moved where. Asked again the same, with the
    /// same scheme, clusters and horizon, it is the comparison kept. Asked again with only
    /// another scheme on show, the snapshots kept are segmented again: a big shop's are not
    /// analysed again for each scheme; asked since another day of the loaded file, only
    /// the earlier snapshot is made anew. A comparison that fails leaves none, and lets go of
    /// the other export.
    pub fn migrate(&mut self, compare: &Compare) -> Result<MigrationView, EngineError> {
        if let Compare::Dates { .. } = compare {
            // The loaded file compared with itself: the other export, which a big shop's
            // is hundreds of megabytes of, is no longer compared.
            self.other = None;
        }
        let kept = self.migration.take();
        // Nor does a comparison that fails keep the export it failed with, which a big
        // shop's is hundreds of megabytes of: the page sends the file again if asked again.
        let (asked, migration) = self
            .migration_from(kept, compare)
            .inspect_err(|_| self.other = None)?;
        let view = migration.view.clone();
        self.migration = Some((asked, migration));
        Ok(view)
    }

    /// What `compare` asks and the comparison it finds: `kept`, the last one, when it was
    /// asked the same and segmented with the same; segmented again or with its later
    /// snapshot kept when it was asked the same but for the scheme or the day; else made
    /// anew.
    fn migration_from(
        &self,
        kept: Option<(Asked, Migration)>,
        compare: &Compare,
    ) -> Result<(Asked, Migration), EngineError> {
        let a = self.analysis()?;
        let other = self.other.as_ref().map(|o| o.identity.as_str());
        let asked = Asked::new(compare, &a.options, other);
        let choice = a.choice_on_show();
        let migration = match kept {
            Some((before, kept)) if before == asked => {
                let segmented_with = SegmentedWith::new(&choice, Added::by(a));
                if kept.segmented_with(&segmented_with) {
                    Ok(kept)
                } else {
                    kept.segmented_again(&choice, Added::by(a))
                }
            }
            Some((before, kept)) => match (asked.since_another_day(&before), &self.file) {
                (Some(from), Some(file)) => {
                    kept.since_another_day(from, &file.table, (&a.options, Added::by(a)), &choice)
                }
                _ => {
                    // Dropped before new snapshots are made: WebAssembly memory never
                    // shrinks.
                    drop(kept);
                    self.migration_between(a, &choice, compare)
                }
            },
            None => self.migration_between(a, &choice, compare),
        };
        Ok((asked, migration?))
    }

    /// The migration `compare` asks for, made anew from the analysis `a` with `choice`
    /// and kept by no one: a host's question leaves the merchant's comparison, whose cells
    /// and file the page offers, as it is.
    fn migration_between(
        &self,
        a: &Analysis,
        choice: &SchemeChoice,
        compare: &Compare,
    ) -> Result<Migration, EngineError> {
        let file = self.file.as_ref().ok_or(EngineError::NoFile)?;
        Migration::compute(
            (&file.name, &file.table),
            (&a.options, Added::by(a)),
            choice,
            compare,
            self.other.as_ref().map(|o| &o.table),
        )
    }

    fn export(&mut self, what: ExportRequest) -> Result<Answer, EngineError> {
        let download = |file: Download| Ok(Answer::Download(file));
        match (&what, &self.file) {
            (ExportRequest::Problems, Some(file)) => {
                let shop = self.analysis.as_ref().map(|a| &a.shop);
                // In the language of the analysis on show: the page analyses again when
                // its language changes, and the list is only offered after an analysis.
                let language = self.analysis.as_ref().map(|a| a.options.words());
                let csv = problems_csv(&file.table, shop, language.unwrap_or_default());
                return Ok(problems_file(&file.name, csv));
            }
            (ExportRequest::Migration, _) => {
                let (_, migration) = self.migration.as_ref().ok_or(EngineError::NoMigration)?;
                return download(migration.file());
            }
            (ExportRequest::Campaign(order), _) => {
                let (a, current) = self.current().map_err(|_| EngineError::NothingToExport)?;
                return playbook::campaign_list(a, current, order)
                    .map(|e| Answer::CampaignExported(Box::new(e)));
            }
            (ExportRequest::MigrationCell(row, column), _) => {
                let (_, migration) = self.migration.as_ref().ok_or(EngineError::NoMigration)?;
                return download(migration.cell_file(*row, *column)?);
            }
            _ => {}
        }
        let (a, current) = self.current().map_err(|_| EngineError::NothingToExport)?;
        let file = self.file.as_ref().ok_or(EngineError::NothingToExport)?;
        export((&file.name, &file.table), a, current, what)
    }

    fn file_name(&self) -> &str {
        self.file.as_ref().map_or("", |f| f.name.as_str())
    }

    fn current(&self) -> Result<(&Analysis, &Segmentation), EngineError> {
        self.analysis
            .as_ref()
            .and_then(|a| a.current.as_ref().map(|c| (a, c)))
            .ok_or(EngineError::NoAnalysis)
    }

    /// Analyses the file read from `source` (with [`Session::read_source`] or
    /// [`Session::read_bytes`]), reading it again when a convention in `options` needs it,
    /// as the page does. `options` makes the options from the file's overview (after each
    /// read).
    pub fn analyze_source(
        &mut self,
        name: &str,
        source: &(impl ByteSource + ?Sized),
        overview: FileOverview,
        options: impl Fn(&FileOverview) -> AnalyzeOptions,
    ) -> Result<AnalysisView, EngineError> {
        let mut overview = overview;
        // One read again settles the conventions; a second request for one is a defect.
        for _ in 0..2 {
            match self.handle(Request::Analyze(options(&overview)))? {
                Answer::Analyzed(view) => return Ok(*view),
                Answer::ReadAgain(again) => overview = self.read_source(name, source, &again)?,
                _ => return Err(EngineError::UnexpectedAnswer),
            }
        }
        Err(EngineError::ConventionsUnsettled)
    }

    /// The columns of the analysed file by role, as a warehouse table of its rows has them.
    pub fn warehouse_columns(&self) -> Option<TableColumns> {
        let (file, a) = (self.file.as_ref()?, self.analysis.as_ref()?);
        Some(TableColumns::of_file(&file.table, &a.options.mapping))
    }

    /// The currency the analysis counted, when a currency column of the file names several.
    pub fn warehouse_currency(&self) -> Option<CountedCurrency> {
        let (file, a) = (self.file.as_ref()?, self.analysis.as_ref()?);
        CountedCurrency::of_file(&file.table, a.counted_currency.as_deref())
    }

    /// The rows the analysis used, rewritten for a warehouse, with the columns' types.
    pub fn clean_table(&self) -> Option<(Vec<u8>, Vec<TableColumn>)> {
        let (file, a) = (self.file.as_ref()?, self.analysis.as_ref()?);
        Some(clean_table(
            &file.table,
            &a.options.mapping,
            &self.rows_left_out(),
        ))
    }

    /// Every row left out so far, reading and binding together, in line order.
    pub fn rows_left_out(&self) -> Vec<RowProblem> {
        self.file.as_ref().map_or_else(Vec::new, |f| {
            rows_left_out(&f.table, self.analysis.as_ref().map(|a| &a.shop))
        })
    }

    /// Reads a whole file, maps its columns as proposed, segments it with the host's options
    /// (a built-in scheme or the host's own, [`HostScheme`](host::HostScheme)) and returns the summary:
    /// everything a program without the page needs in one call.
    ///
    /// ```
    /// use segmenter_engine::session::{HostOptions, Session};
    /// let file = "order_id,customer_id,order_date,amount\n1,a,2026-01-05,30\n2,b,2026-02-01,20\n3,a,2026-02-03,25\n";
    /// let mut session = Session::new();
    /// let summary = session.segment_file("orders.csv", file.as_bytes(), &HostOptions::default()).unwrap();
    /// assert_eq!((summary.customers, summary.orders, summary.revenue), (2, 3, 75.0));
    /// assert_eq!(summary.scheme, "RFM segments");
    /// ```
    pub fn segment_file(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &HostOptions,
    ) -> Result<HostSummary, EngineError> {
        let overview = self.read_bytes(name, bytes, &ReadOptions::default())?;
        let view = self.analyze_source(name, bytes, overview, |overview| AnalyzeOptions {
            mapping: overview.proposed.clone(),
            reference: options.reference,
            currency: options.currency.clone(),
            ..AnalyzeOptions::default()
        })?;
        if let Some(scheme) = &options.scheme {
            self.handle(Request::Segment(scheme.choice(&view.catalog)?))?;
        }
        self.host_summary()
    }

    /// Reads a whole file, segments it as [`Session::segment_file`] does, and compares it
    /// with itself at an earlier date (or with `older`, another export's bytes): who moved
    /// where, for a host.
    ///
    /// ```
    /// use segmenter_engine::basics::calendar::Date;
    /// use segmenter_engine::session::{Compare, HostOptions, Session};
    /// let file = "customer_id,order_date,amount\nA,2026-01-05,30\nB,2026-02-01,20\nA,2026-02-03,25\n";
    /// let from = Date::from_ymd(2026, 2, 1).unwrap();
    /// let compare = Compare::Dates { from, to: None };
    /// let moves = Session::new()
    ///     .migrate_file("orders.csv", file.as_bytes(), &HostOptions::default(), &compare, None)
    ///     .unwrap();
    /// // A was the only customer on 1 February; B is new.
    /// assert_eq!(moves.customers, 2);
    /// assert!(moves.movements.iter().any(|m| m.from.is_none() && m.customers == 1));
    /// ```
    pub fn migrate_file(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &HostOptions,
        compare: &Compare,
        older: Option<&[u8]>,
    ) -> Result<HostMigration, EngineError> {
        self.segment_file(name, bytes, options)?;
        if let (Compare::File { name, .. }, Some(bytes)) = (compare, older) {
            let table = read_table(bytes, &self.options_for_another_export()).map_err(|error| {
                EngineError::ReadOther {
                    file: name.clone(),
                    error,
                }
            })?;
            self.keep_other(name.clone(), table);
        }
        let view = self.migrate(compare)?;
        Ok(host::migration(&view, self.analysis()?.currency.decimals()))
    }

    /// The file [`ExportRequest::AllCustomers`] downloads, handed to `take` a stretch at a
    /// time as the cores make it, in order: a program writing it to disk writes the first
    /// customers while the next are formatted, and never holds the whole file.
    pub fn write_all_customers(&self, take: &mut dyn FnMut(Vec<u8>)) -> Result<(), EngineError> {
        let (a, current) = self.current().map_err(|_| EngineError::NothingToExport)?;
        write_all_customers(a, current, take);
        Ok(())
    }

    /// The summary of the segmentation on show, for a host.
    pub fn host_summary(&self) -> Result<HostSummary, EngineError> {
        let (a, current) = self.current()?;
        let rows_left_out = self
            .file
            .as_ref()
            .map_or(0, |f| rows_left_out(&f.table, Some(&a.shop)).len());
        Ok(host::summary(self.file_name(), rows_left_out, a, current))
    }

    /// The customers of the segment named `segment` in the segmentation on show, biggest
    /// spenders first, for a host.
    pub fn host_customers(&self, segment: &str) -> Result<Vec<HostCustomer>, EngineError> {
        let (a, current) = self.current()?;
        host::customers(a, current, segment)
    }
}

/// Reads a scheme from the JSON the merchant exported earlier.
fn import_scheme(bytes: &[u8]) -> Result<Scheme, EngineError> {
    own_scheme::read_scheme(bytes).map_err(|e| EngineError::NotAScheme {
        line: e.line(),
        column: e.column(),
        reason: own_scheme::scheme_mistake(&e),
    })
}

/// Campaign records from a file written by "Download these records" (the stored record's
/// text, in the current format or a later-read older one).
fn import_records(bytes: &[u8]) -> Result<Vec<CampaignRecord>, EngineError> {
    let not_records = |reason: &str| EngineError::NotRecords {
        reason: reason.to_string(),
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_records("it is not text"))?;
    if !text.trim_start().starts_with('{') {
        return Err(not_records("it is not the JSON Segmenter writes"));
    }
    crate::store::read::<Vec<CampaignRecord>>(text)
        .map(|read| read.value)
        .map_err(|e| not_records(&e.reason))
}

/// The analysis of `table` with `options`, reusing `previous` when it serves them (the RFM
/// scale then scored again if it changed), and its view.
fn analysis_made(
    table: &Table,
    previous: Option<Analysis>,
    options: AnalyzeOptions,
) -> Result<(Analysis, AnalysisView), EngineError> {
    // The clusters found stay for another reference date, not another language: their
    // names are sentences in the language they were found in.
    let clusters = previous
        .as_ref()
        .filter(|a| a.options.words() == options.words())
        .and_then(|a| a.clusters.clone());
    let mut periods = previous.as_ref().map(|a| a.periods).unwrap_or_default();
    periods.asked = periods.asked.or(options.spend_period);
    let reusable = previous.filter(|a| a.serves(&options));
    let mut analysis = match reusable {
        Some(mut a) => {
            // The scale stays the one scored until `rescore` below compares it.
            a.options = AnalyzeOptions {
                rfm: a.options.rfm.clone(),
                ..options.clone()
            };
            a
        }
        None => Analysis::compute(table, options.clone())?.with_added(clusters.as_ref(), periods),
    };
    analysis.rescore(&options.rfm);
    let choice = options
        .scheme
        .clone()
        .unwrap_or_else(|| analysis.default_choice());
    let scheme = analysis.segment_or_default(&choice)?;
    let view = analysis.view(table, scheme);
    lap(Step::View);
    Ok((analysis, view))
}

/// What an analysis on show is made of, to make it again should the analysis that replaces
/// it fail: by then it is gone, for keeping it while the new one is made would double the
/// memory a big shop takes.
struct OnShow {
    /// Its options, with the scheme on show (or waiting for the prediction) as the one to
    /// show.
    options: AnalyzeOptions,
    clusters: Option<ClusterModel>,
    /// The horizon and discount of its prediction, when one was made.
    prediction: Option<PredictionOptions>,
    /// The periods of the spend in a period its rule or clusters may read.
    periods: SpendPeriods,
    /// Its last cross-tab's other scheme and columns, whose cells the page may list.
    cross: Option<Cross>,
    /// The number of its segments on show, as the page knows them.
    segmentation: Option<u32>,
}

impl OnShow {
    /// What `analysis` is made of. Its cross-tab's columns are taken, not copied: any
    /// analysis made in its place starts without one.
    fn of(analysis: &mut Analysis) -> OnShow {
        OnShow {
            options: AnalyzeOptions {
                scheme: analysis
                    .shown_once_predicted
                    .clone()
                    .or(analysis.current_choice())
                    .or(analysis.options.scheme.clone()),
                ..analysis.options.clone()
            },
            clusters: analysis.clusters.clone(),
            prediction: analysis.prediction.as_ref().map(|models| models.options),
            periods: analysis.periods,
            cross: analysis.cross.take(),
            segmentation: analysis.segmentation(),
        }
    }

    /// The analysis as it was: its prediction (without the check, which the page already
    /// has), its spend in a period and its clusters, then the scheme on show, segmented once
    /// they are all there, and its last cross-tab. None should it fail now too, which it
    /// did not before on the same file.
    fn made_again(self, table: &Table) -> Option<Analysis> {
        let mut analysis = Analysis::compute(table, self.options.clone()).ok()?;
        if let Some(prediction) = self.prediction {
            // With no scheme on show yet, the prediction segments nothing.
            let options = PredictOptions {
                prediction,
                check_days: None,
            };
            analysis.predict(options).ok()?;
        }
        // The same customers on the same day: the figures are the ones computed before.
        let mut analysis = analysis.with_added(self.clusters.as_ref(), self.periods);
        let choice = self
            .options
            .scheme
            .unwrap_or_else(|| analysis.default_choice());
        analysis.segment_or_default(&choice).ok()?;
        if let Some(segmentation) = self.segmentation {
            analysis.number_segments(segmentation);
        }
        // The same customers in the same order: the columns apply as they did.
        analysis.cross = self.cross;
        Some(analysis)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::calendar::Date;
    use crate::session::host::PROTOCOL_VERSION;
    use crate::session::own_scheme::{own_scheme, KEY_OR_SCHEME};
    use crate::session::protocol::{CustomerQuery, SortKey};
    use crate::session::views::AnalysisView;

    const SHOP: &str = "order_id,customer_id,email,order_date,amount\n\
        1,A,a@x.com,2024-01-01,10\n2,A,a@x.com,2024-03-01,20\n3,B,b@x.com,2024-02-15,99.50\n\
        4,C,=cmd@x.com,2024-03-09,5\n5,C,=cmd@x.com,2024-03-10,-2\n";

    fn analyzed() -> (Session, AnalysisView) {
        let mut s = Session::new();
        let overview = s
            .read_bytes("shop.csv", SHOP.as_bytes(), &ReadOptions::default())
            .unwrap();
        let options = AnalyzeOptions {
            mapping: overview.proposed,
            ..AnalyzeOptions::default()
        };
        match s.handle(Request::Analyze(options)) {
            Ok(Answer::Analyzed(view)) => (s, *view),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_draft_on_another_period_counts_its_spend_once_and_leaves_the_shops() {
        use crate::features::Period;
        use crate::segmentation::scheme::{Condition, Rule};
        let (mut s, _) = analyzed();
        // The shop's spend in the last 365 days before 10 March 2024, as Top customers
        // ranks over it: A 30, B 99.50, C 5.
        s.handle(Request::Value(Some(Period::Last { days: 365 })))
            .unwrap();
        let shops = |s: &Session| {
            let a = s.analysis().unwrap();
            a.features.get(ids::SPEND_IN_PERIOD).cloned().unwrap()
        };
        // Where it is among the features, and how many there are.
        let place = |s: &Session| {
            let features = &s.analysis().unwrap().features.features;
            let at = features.iter().position(|f| f.id == ids::SPEND_IN_PERIOD);
            (at, features.len())
        };
        let (before, before_place) = (shops(&s), place(&s));
        let rules = |period| Scheme {
            name: "Lately".into(),
            rules: vec![Rule {
                segment: "25 or more".into(),
                when: Condition::between(ids::SPEND_IN_PERIOD, Some(25.0), None),
            }],
            otherwise: "Less".into(),
            period,
        };
        let counted = |s: &mut Session, period| match s.handle(Request::Preview(rules(period))) {
            Ok(Answer::Preview(p)) => {
                let revisions = s.analysis().unwrap().features.revisions;
                let counts: Vec<usize> = p.segments.iter().map(|(_, n, _)| *n).collect();
                (counts, revisions)
            }
            other => panic!("{other:?}"),
        };
        let shown = |s: &mut Session| {
            let unnamed = SchemeChoice::Custom(rules(None));
            let Ok(Answer::Segmented(view)) = s.handle(Request::Segment(unnamed)) else {
                panic!("segmented")
            };
            view.segments
                .iter()
                .map(|g| g.customers)
                .collect::<Vec<_>>()
        };
        let thirty = Some(Period::Last { days: 30 });
        // In the 30 days before it only B spent 25 or more (A's 20 on 1 March).
        let (first, made) = counted(&mut s, thirty);
        assert_eq!(first, [1, 2]);
        // Counted again, the draft's spend is not made again.
        assert_eq!(counted(&mut s, thirty), (first, made));
        // The shop's is back, as it was and where it was: a scheme naming no period reads
        // it.
        assert_eq!((shops(&s), place(&s)), (before, before_place));
        assert_eq!(shown(&mut s), [2, 1]);
        // Top customers moving to the draft's period takes the spend the draft made.
        s.handle(Request::Value(thirty)).unwrap();
        assert_eq!(s.analysis().unwrap().features.revisions, made);
        assert_eq!(shown(&mut s), [1, 2]);
    }

    #[test]
    fn top_customers_ranked_again_or_beside_tiers_make_no_spend_or_tiers_again() {
        use crate::features::Period;
        use crate::segmentation::scheme::{Condition, Rule};
        let (mut s, _) = analyzed();
        let (year, thirty) = (Period::Last { days: 365 }, Period::Last { days: 30 });
        let ranked = |s: &mut Session, period| match s.handle(Request::Value(Some(period))) {
            Ok(Answer::Value(value, scheme)) => (value, scheme.is_some()),
            other => panic!("{other:?}"),
        };
        let revisions = |s: &Session| s.analysis().unwrap().features.revisions;
        let spend = |s: &Session| {
            let features = &s.analysis().unwrap().features;
            let at = features
                .features
                .iter()
                .position(|f| f.id == ids::SPEND_IN_PERIOD);
            (at, features.get(ids::SPEND_IN_PERIOD).cloned())
        };
        // Over the last 365 days before 10 March 2024: A 30, B 99.50, C 5.
        let (over_the_year, _) = ranked(&mut s, year);
        assert_eq!(
            (over_the_year.top[0].spend, over_the_year.revenue),
            (99.5, 134.5)
        );
        let made = revisions(&s);
        // Ranked again over the same period (each analysis asks again): the same ranking,
        // its spend not made again.
        assert_eq!(ranked(&mut s, year), (over_the_year.clone(), false));
        assert_eq!(revisions(&s), made);
        // Tiers over the last 30 days on show: ranked over the year, the tiers are not
        // made again (their spend made a second time), and their spend stays, in its place.
        let tiers = SchemeChoice::Preset(Preset::ValueTiers { period: thirty });
        s.handle(Request::Segment(tiers)).unwrap();
        let (tiers_spend, before) = (spend(&s), revisions(&s));
        assert_eq!(ranked(&mut s, year), (over_the_year, false));
        assert_eq!(revisions(&s), before + 1);
        assert_eq!(spend(&s), tiers_spend);
        let asked = |s: &Session| s.analysis().unwrap().periods.asked;
        assert_eq!(asked(&s), Some(thirty));
        // A scheme on the spend over the year that fails to segment (it also reads a figure
        // the shop lacks) puts the tiers' spend back: ranked over the year, they are not
        // made again.
        let failing = Scheme {
            name: "Failing".into(),
            rules: vec![Rule {
                segment: "Never".into(),
                when: Condition::All(vec![
                    Condition::between(ids::SPEND_IN_PERIOD, Some(25.0), None),
                    Condition::between("no_such_figure", Some(1.0), None),
                ]),
            }],
            otherwise: "Less".into(),
            period: Some(year),
        };
        assert!(s
            .handle(Request::Segment(SchemeChoice::Custom(failing.clone())))
            .is_err());
        assert_eq!(asked(&s), Some(thirty));
        let (at, data) = spend(&s);
        assert_eq!(
            (at, data.map(|f| f.data)),
            (tiers_spend.0, tiers_spend.1.map(|f| f.data))
        );
        assert!(!ranked(&mut s, year).1);
        assert_eq!(asked(&s), Some(thirty));
        // With segments on show that read no spend (RFM), the same scheme over the last 30
        // days puts back the period Top customers ranked over last, which a draft naming
        // none reads.
        let rfm = SchemeChoice::Preset(Preset::Rfm { points: 5 });
        s.handle(Request::Segment(rfm)).unwrap();
        ranked(&mut s, year);
        assert_eq!(asked(&s), Some(year));
        let failing_lately = Scheme {
            period: Some(thirty),
            ..failing
        };
        assert!(s
            .handle(Request::Segment(SchemeChoice::Custom(failing_lately)))
            .is_err());
        assert_eq!(asked(&s), Some(year));
        assert_eq!(ranked(&mut s, year).0.revenue, 134.5);
    }

    #[test]
    fn a_crosstab_with_tiers_over_another_period_puts_the_spend_back_as_it_was() {
        use crate::features::Period;
        let (mut s, _) = analyzed();
        let (year, thirty) = (Period::Last { days: 365 }, Period::Last { days: 30 });
        s.handle(Request::Value(Some(year))).unwrap();
        let spend = |s: &Session| {
            let features = &s.analysis().unwrap().features;
            let at = (features.features.iter()).position(|f| f.id == ids::SPEND_IN_PERIOD);
            let kept = features.get(ids::SPEND_IN_PERIOD);
            (at, kept.map(|f| (f.data.clone(), f.revision)))
        };
        let before = spend(&s);
        let tiers = SchemeChoice::Preset(Preset::ValueTiers { period: thirty });
        match s.handle(Request::Crosstab(tiers)) {
            Ok(Answer::Crosstab(_)) => {}
            other => panic!("{other:?}"),
        }
        // The spend over the year is back where it was, the same feature (its revision
        // too): put back, not made again.
        assert_eq!(spend(&s), before);
        assert_eq!(s.analysis().unwrap().periods.asked, Some(year));
    }

    #[test]
    fn a_file_becomes_segments_with_a_report() {
        let (_, view) = analyzed();
        assert_eq!(view.customers, 3);
        assert_eq!(view.orders, 4);
        assert_eq!(view.reference.to_string(), "2024-03-10");
        assert_eq!(view.revenue, 132.5);
        let scheme = &view.scheme;
        assert_eq!(
            scheme.segments.iter().map(|s| s.customers).sum::<usize>(),
            3
        );
        let grid = scheme.grid.as_ref().expect("RFM has a grid");
        assert_eq!(grid.cells.len(), 5);
        assert_eq!(
            grid.cells
                .iter()
                .flatten()
                .map(|c| c.customers)
                .sum::<usize>(),
            3
        );
        assert_eq!(grid.uncovered, 0);
        assert!(grid.unreached.is_empty());
        assert_eq!(view.report.rows_read, 5);
        assert_eq!(view.report.rows_used, 5);
        assert!(view.report.left_out[0]
            .to_string()
            .starts_with("1 row with a negative amount"));
        assert_eq!(scheme.explanation.len(), 4);
    }

    #[test]
    fn a_page_far_past_the_end_is_empty() {
        let (mut s, _) = analyzed();
        let Ok(Answer::Customers(page)) = s.handle(Request::Customers(CustomerQuery {
            segment: None,
            cross: None,
            sort: SortKey::Id,
            descending: false,
            page: usize::MAX,
            page_size: 500,
        })) else {
            panic!("no page");
        };
        assert_eq!((page.total, page.rows.len()), (3, 0));
    }

    #[test]
    fn customer_pages_sort_and_export_neutralises() {
        let (mut s, _) = analyzed();
        let page = match s.handle(Request::Customers(CustomerQuery {
            segment: None,
            cross: None,
            sort: SortKey::Monetary,
            descending: true,
            page: 0,
            page_size: 2,
        })) {
            Ok(Answer::Customers(p)) => p,
            other => panic!("{other:?}"),
        };
        assert_eq!(page.total, 3);
        assert_eq!(
            page.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            vec!["B", "A"]
        );
        let Ok(Answer::Download(d)) = s.handle(Request::Export(ExportRequest::AllCustomers)) else {
            panic!()
        };
        assert!(d
            .file_name
            .starts_with("segmenter-rfm-segments-all-customers-2024-03-09"));
        let text = String::from_utf8(d.bytes).unwrap();
        assert!(text.starts_with(
            "\u{feff}customer_id,email,segment,days_since_last_order,orders,total_spent"
        ));
        assert!(text.contains("C,'=cmd@x.com,"), "{text}");
    }

    #[test]
    fn an_incomplete_mapping_says_what_is_missing() {
        let mut s = Session::new();
        s.read_bytes("x.csv", SHOP.as_bytes(), &ReadOptions::default())
            .unwrap();
        let r = s.handle(Request::Analyze(AnalyzeOptions::default()));
        assert!(
            matches!(&r, Err(EngineError::MappingIncomplete(_))),
            "{r:?}"
        );
        assert!(r
            .unwrap_err()
            .to_string()
            .contains("identifies the customer"));
    }

    const HOST_FILE: &str = "order_id,customer_id,email,order_date,amount,country\n\
                        1,a,a@example.com,2026-01-05,30,DE\n\
                        2,b,,2026-02-01,20,FR\n\
                        3,a,a@example.com,2026-02-03,25,DE\n";

    #[test]
    fn a_host_gets_a_summary_and_a_segment_list_by_name() {
        let mut s = Session::new();
        let options = HostOptions {
            reference: Date::from_ymd(2026, 3, 1),
            scheme: Some(host::HostScheme::Key("geo-country".into())),
            currency: None,
        };
        let summary = s
            .segment_file("orders.csv", HOST_FILE.as_bytes(), &options)
            .unwrap();
        assert_eq!(summary.version, PROTOCOL_VERSION);
        assert_eq!(summary.reference, Date::from_ymd(2026, 3, 1).unwrap());
        let de = summary.segments.iter().find(|g| g.name == "DE").unwrap();
        assert_eq!((de.customers, de.revenue), (1, 55.0));
        assert!(de.campaign.is_some());
        let list = s.host_customers("DE").unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].email.as_deref(), Some("a@example.com"));
        assert_eq!(
            (list[0].orders, list[0].total_spent),
            (Some(2.0), Some(55.0))
        );
        assert_eq!(list[0].days_since_last_order, Some(26.0));
        assert!(s
            .host_customers("Mars")
            .unwrap_err()
            .to_string()
            .starts_with("There is no segment \"Mars\""));
    }

    #[test]
    fn a_host_segments_with_its_own_scheme_over_the_period_it_names() {
        // As of 1 March 2026, a spent 25 in the last 30 days (3 February) and 55 in 2026;
        // b spent 20 in both.
        let scheme = |period: &str| {
            format!(
                r#"{{
                    "name": "Forty",
                    "rules": [{{"segment": "40 or more", "when": {{"between": {{"feature": "spend_in_period", "min": 40.0, "max": null}}}}}}],
                    "otherwise": "Less"{period}
                }}"#
            )
        };
        let segmented = |json: &str| {
            let options = HostOptions {
                reference: Date::from_ymd(2026, 3, 1),
                scheme: Some(host::HostScheme::Own(own_scheme(json.as_bytes()).unwrap())),
                currency: None,
            };
            Session::new().segment_file("orders.csv", HOST_FILE.as_bytes(), &options)
        };
        let counts = |summary: HostSummary| {
            (summary.segments.iter())
                .map(|g| (g.name.clone(), g.customers))
                .collect::<Vec<_>>()
        };
        let year = segmented(&scheme(r#", "period": {"year": {"year": 2026}}"#)).unwrap();
        assert_eq!(year.scheme, "Forty");
        assert_eq!(counts(year), [("40 or more".into(), 1), ("Less".into(), 1)]);
        let month = segmented(&scheme(r#", "period": {"last": {"days": 30}}"#)).unwrap();
        assert_eq!(
            counts(month),
            [("40 or more".into(), 0), ("Less".into(), 2)]
        );
        // The frame's worker answers with the scheme, or the sentence the host gets.
        let mut s = Session::new();
        let mut host_scheme = |json: String| match s.handle(Request::HostScheme(json.into_bytes()))
        {
            Ok(Answer::HostScheme(read)) => read,
            other => panic!("{other:?}"),
        };
        let read = host_scheme(scheme(r#", "period": {"year": {"year": 2026}}"#)).unwrap();
        assert_eq!(
            (read.name.as_str(), read.period),
            ("Forty", Some(crate::features::Period::Year { year: 2026 }))
        );
        assert_eq!(
            host_scheme(scheme("")).unwrap_err(),
            r#""scheme" reads the spend in a period without naming the period: add "period", such as { "last": { "days": 365 } }."#
        );
        // What the page and the module read a host's scheme with: a mistake, or rules a
        // host's file cannot have, is refused before the file is read, in a sentence.
        let own = |rules: &str, period: &str| {
            own_scheme(
                format!(r#"{{"name": "n", "rules": {rules}, "otherwise": "o"{period}}}"#)
                    .as_bytes(),
            )
        };
        let rule = |condition: &str| format!(r#"[{{"segment": "s", "when": {condition}}}]"#);
        let on_spend = rule(r#"{"between": {"feature": "spend_in_period", "min": 40.0}}"#);
        assert_eq!(
            own(&on_spend, r#", "period": {"year": {"year": 2026}}"#)
                .unwrap()
                .scheme()
                .rules
                .len(),
            1
        );
        assert_eq!(
            own(&on_spend, "").unwrap_err(),
            r#""scheme" reads the spend in a period without naming the period: add "period", such as { "last": { "days": 365 } }."#
        );
        let e = own(
            &on_spend,
            r#", "period": {"last": {"days": 30, "weeks": 2}}"#,
        )
        .unwrap_err();
        assert!(
            e.ends_with("unknown field `weeks`, expected `days`."),
            "{e}"
        );
        let typo = rule(r#"{"between": {"feature": "monetary", "minimum": 500}}"#);
        let e = own(&typo, "").unwrap_err();
        assert!(
            e.starts_with(
                r#""scheme" is not a scheme as "Download scheme" saves it: unknown field `minimum`"#
            ),
            "{e}"
        );
        let e = own(
            &rule(r#"{"between": {"feature": "p_alive", "min": 0.5}}"#),
            "",
        )
        .unwrap_err();
        assert!(
            e.starts_with(r#""scheme" reads "p_alive", a predicted figure"#),
            "{e}"
        );
        let e = own(
            &rule(r#"{"not": {"in": {"feature": "cluster", "values": ["1"]}}}"#),
            "",
        )
        .unwrap_err();
        assert!(
            e.starts_with(r#""scheme" reads "cluster", the clusters"#),
            "{e}"
        );
        for not_an_object in [r#"["n", [], "o"]"#, "7", "null"] {
            assert_eq!(
                own_scheme(not_an_object.as_bytes()).unwrap_err(),
                KEY_OR_SCHEME
            );
        }
    }

    #[test]
    fn unknown_schemes_and_options_are_refused_with_a_reason() {
        let mut s = Session::new();
        let bad = HostOptions {
            scheme: Some(host::HostScheme::Key("astrology".into())),
            ..HostOptions::default()
        };
        let e = s
            .segment_file("orders.csv", HOST_FILE.as_bytes(), &bad)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("There is no scheme \"astrology\". Known schemes: rfm-5,"),
            "{e}"
        );
        let age = HostOptions {
            scheme: Some(host::HostScheme::Key("age".into())),
            ..HostOptions::default()
        };
        let e = s
            .segment_file("orders.csv", HOST_FILE.as_bytes(), &age)
            .unwrap_err()
            .to_string();
        assert!(e.contains("cannot be used with this file"), "{e}");
    }

    #[test]
    fn records_come_back_from_their_file_and_other_files_are_refused_with_a_reason() {
        use crate::campaigns::uplift::CampaignRecord;
        let records = vec![CampaignRecord {
            campaign: "Win back".into(),
            scheme: "RFM segments".into(),
            segment: "At Risk".into(),
            sent: Date::from_ymd(2026, 3, 2).unwrap(),
            holdout_share: 0.1,
            treated: vec!["A".into(), "B".into()],
            holdout: vec!["C".into()],
            key: None,
        }];
        let mut s = Session::new();
        let file = crate::store::write(&records).into_bytes();
        match s.handle(Request::ImportRecords(file)) {
            Ok(Answer::RecordsImported(back)) => assert_eq!(back, records),
            other => panic!("{other:?}"),
        }
        let schemes = crate::store::write(&Vec::<Scheme>::new()).into_bytes();
        for (file, why) in [
            (schemes, "it holds schemes instead"),
            (
                b"customer_id,amount\n".to_vec(),
                "it is not the JSON Segmenter writes",
            ),
            (vec![0xff, 0xfe, 0x00], "it is not text"),
        ] {
            match s.handle(Request::ImportRecords(file)) {
                Err(e @ EngineError::NotRecords { .. }) => {
                    assert!(e.to_string().contains(why), "{e}");
                    assert!(e.to_string().contains("Download these records"), "{e}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
