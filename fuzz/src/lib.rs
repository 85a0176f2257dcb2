//! What the fuzz targets do with the fuzzer's bytes, kept apart from them so that a native
//! test can replay the inputs that once crashed (`crates/engine/tests/fuzz_regressions.rs`
//! includes this file) without libFuzzer.
//!
//! - [`read_and_segment`]: any bytes as a file, read, mapped as proposed and segmented, then
//!   the page's usual requests.
//! - [`every_request`]: a file, then a script of requests of every kind with plausible and
//!   implausible parameters, answered by a [`Session`] as the page's worker answers them.
//!
//! Nothing may panic. Besides the engine's own panics, [`every_request`] fails when a reply
//! could not cross back to the page (the worker sends replies as postcard bytes, and a
//! reply the page cannot decode restarts its engine), and when reading a file in chunks (the
//! worker) and whole (the module and the command line) disagree.

// Options are built with `..Default::default()` even where every field is set today: the
// engine's native tests include this file, and a field added to the protocol must not stop
// them compiling (the fuzzer then leaves the new field at its default until it is added
// here).
#![allow(clippy::needless_update)]

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::campaigns::uplift::CampaignRecord;
use segmenter_engine::export::sql::Dialect;
use segmenter_engine::export::ListLayout;
use segmenter_engine::features::seasons::default_calendar;
use segmenter_engine::features::{ids, FeatureInfo, FeatureKind, Period};
use segmenter_engine::insight::cohorts::CohortPeriod;
use segmenter_engine::prediction::PredictionOptions;
use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::reading::{
    check_size, read_table, Finished, ReadError, ReadOptions, Table, TableReader,
};
use segmenter_engine::roles::Mapping;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::clustering::ClusterOptions;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::segmentation::rfm::RfmOptions;
use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme};
use segmenter_engine::segmentation::scores::ScoreMethod;
use segmenter_engine::session::{
    AnalyzeOptions, Answer, CampaignExport, Compare, CustomerQuery, EngineError, ExportRequest,
    FileOverview, FromEngine, HostQuery, PredictOptions, Request, SchemeView, Session, SortKey,
    ToEngine,
};
use segmenter_engine::store::{Kind, Stored};
use serde::de::DeserializeOwned;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------
// Reading and segmenting any bytes.
// ---------------------------------------------------------------------------------------

/// Reads `data` as a file, maps it as proposed, segments it and asks what the page asks of
/// a fresh analysis.
pub fn read_and_segment(data: &[u8]) {
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
        sent: Date::from_ymd(2024, 1, 1).unwrap_or(Date(0)),
    })));
    // The same bytes as the newer file the campaign is measured on.
    if let (Ok(Answer::CampaignExported(e)), Ok(table)) =
        (exported, read_table(data, &ReadOptions::default()))
    {
        let _ = session.measure("newer.csv", &table, &[e.record]);
    }
}

// ---------------------------------------------------------------------------------------
// Every request.
// ---------------------------------------------------------------------------------------

/// Separates the file from the script of requests in an [`every_request`] input. Without
/// it the whole input is the file, and every kind of request is asked once with plausible
/// parameters: so every reading fixture is a useful seed as it is.
pub const SCRIPT_MARK: &[u8] = b"\n#requests#\n";

/// Requests asked after the first analysis, at most: enough for any sequence that matters
/// (an analysis, a scheme, a migration, then a list of one of its cells), few enough to keep
/// each run short.
const MAX_REQUESTS: usize = 24;

/// Reads the file before [`SCRIPT_MARK`] as the page's worker does (with read options the
/// script may choose), analyses it as proposed, then asks the requests the script after the
/// mark describes: each a kind of request and its parameters, or (one kind more) a request
/// decoded from the script's bytes as the worker decodes a message. A file opened on the
/// way is analysed as proposed too.
pub fn every_request(data: &[u8]) {
    every_request_traced(data, &mut |_, _| {});
}

/// [`every_request`], telling `trace` each request and its answer: to see what an input
/// asks, and how far a corpus gets.
pub fn every_request_traced(data: &[u8], trace: &mut dyn FnMut(&Request, &Reply)) {
    let (file, script) = match find(data, SCRIPT_MARK) {
        Some(at) => (&data[..at], &data[at + SCRIPT_MARK.len()..]),
        None => (data, &data[data.len()..]),
    };
    let mut c = Choices::new(script);
    let mut page = Page {
        session: Session::new(),
        file,
        seen: Seen::default(),
        next_id: 0,
        trace,
    };
    let options = if c.odd() {
        read_options(&mut c)
    } else {
        ReadOptions::default()
    };
    if page.open("orders.csv", file, &options, &mut c).is_err() {
        return;
    }
    page.analyze_as_proposed(&mut c);
    for step in 0..MAX_REQUESTS {
        // A script that has run out still asks each kind of request once, in turn.
        if c.is_empty() && step >= KINDS {
            break;
        }
        let kind = if c.is_empty() {
            step
        } else {
            c.index(KINDS + 1)
        };
        let request = match kind {
            KINDS => match c.raw::<Request>() {
                Some(request) => request,
                None => continue,
            },
            kind => build_request(kind, &mut c, &page.seen),
        };
        let opens = matches!(request, Request::Open { .. } | Request::OpenSample { .. });
        page.ask(request, &mut c);
        if opens {
            page.analyze_as_proposed(&mut c);
        }
    }
}

/// The kinds of [`Request`] [`build_request`] builds.
const KINDS: usize = 23;

/// A request of the `kind`th kind, in an order that makes sense when each is asked once:
/// the analysis first, a comparison before clustering (a clustered scheme cannot be
/// recomputed for another snapshot), reading another file last.
fn build_request(kind: usize, c: &mut Choices, seen: &Seen) -> Request {
    match kind {
        0 => Request::Analyze(analyze_options(c, seen)),
        1 => Request::Segment(choice(c, seen, 0)),
        2 => Request::Rescore(rfm_options(c)),
        3 => Request::Preview(scheme(c, seen)),
        4 => Request::Migrate(compare(c, seen)),
        5 => {
            let (rows, columns) = seen.migration;
            Request::MigrationCell {
                row: c.segment(rows),
                column: c.segment(columns),
                query: query(c, seen.segments(), 0),
            }
        }
        6 => Request::Host(host_query(c, seen)),
        7 => Request::Crosstab(choice(c, seen, 0)),
        8 => Request::Value(c.flag().then(|| period(c, seen))),
        9 => Request::Customers(query(c, seen.segments(), seen.crosstab_columns)),
        10 => Request::Export(export(c, seen)),
        11 => Request::WriteStored(stored(c, seen)),
        12 => stored_text(c, seen),
        13 => Request::ImportScheme(scheme_bytes(c, seen)),
        14 => Request::CrossSell(c.segment(seen.segments())),
        15 => Request::Predict(predict_options(c)),
        16 => Request::PlanHoldout {
            segment: c.segment(seen.segments()),
            layout: list_layout(c),
            holdout_share: share(c),
            expected_uplift: c.flag().then(|| share(c)),
        },
        17 => Request::Cohorts(cohort_period(c)),
        18 => {
            let (period, start) = cohort(c, seen);
            Request::CohortCustomers {
                period,
                start,
                after: c.count(),
                query: query(c, 0, 0),
            }
        }
        19 => Request::Cluster(cluster_options(c, seen)),
        20 => Request::Measure {
            name: "newer.csv".into(),
            records: if c.odd() {
                c.raw().unwrap_or_default()
            } else {
                seen.records.clone()
            },
        },
        21 => Request::Open {
            name: c.text(),
            options: read_options(c),
            // Workers are the browser's: here the file is read in this process.
            readers: None,
        },
        _ => Request::OpenSample {
            options: read_options(c),
        },
    }
}

/// What the page would know from the answers so far, to ask plausible questions.
#[derive(Default)]
struct Seen {
    overview: Option<FileOverview>,
    /// The reference date on show.
    reference: Option<Date>,
    /// The schemes the analysis offers.
    catalog: Vec<SchemeChoice>,
    /// The segmentation on show.
    scheme: Option<SchemeView>,
    /// Column segments of the last cross-tab.
    crosstab_columns: usize,
    /// Rows and columns of the last migration's table.
    migration: (usize, usize),
    /// Cohorts shown.
    cohorts: Vec<(CohortPeriod, Date)>,
    /// Campaigns exported.
    records: Vec<CampaignRecord>,
    /// Records written to keep.
    stored: Vec<(Kind, String)>,
    /// Scheme files downloaded (JSON).
    scheme_files: Vec<Vec<u8>>,
}

impl Seen {
    fn segments(&self) -> usize {
        self.scheme.as_ref().map_or(0, |s| s.segments.len())
    }

    fn features(&self) -> &[FeatureInfo] {
        self.scheme.as_ref().map_or(&[], |s| s.features.as_slice())
    }
}

/// An answer, or why there is none.
pub type Reply = Result<Answer, EngineError>;

/// The page's side of the conversation: the session behind the worker, and what it said.
struct Page<'a, 't> {
    session: Session,
    /// The file first read, also sent as the other file of a comparison or measurement.
    file: &'a [u8],
    seen: Seen,
    next_id: u32,
    trace: &'t mut dyn FnMut(&Request, &Reply),
}

impl Page<'_, '_> {
    /// Reads a file as the worker does (in chunks, again when the reader asks) and loads it.
    /// The first file read is also read whole, as the module and the command line read it,
    /// and both must agree.
    fn open(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &ReadOptions,
        c: &mut Choices,
    ) -> Result<FileOverview, EngineError> {
        let streamed = read_in_chunks(bytes, options, c);
        let overview = if self.next_id > 0 {
            self.session.load(name, streamed?)
        } else {
            match (streamed, read_table(bytes, options)) {
                (Ok(streamed), Ok(whole)) => {
                    let overview = self.session.load(name, streamed);
                    let again = Session::new().load(name, whole);
                    assert_eq!(overview, again, "read in chunks and whole, a file differs");
                    overview
                }
                (Err(e), Err(_)) => return Err(e.into()),
                (streamed, whole) => panic!(
                    "read in chunks and whole, a file differs: {:?} and {:?}",
                    streamed.err(),
                    whole.err()
                ),
            }
        };
        self.seen = Seen {
            overview: Some(overview.clone()),
            ..Seen::default()
        };
        Ok(overview)
    }

    /// Analyses the file on show with the mapping proposed, as a merchant mostly confirms
    /// it: so that the script's requests find an analysis to work on after each file read.
    fn analyze_as_proposed(&mut self, c: &mut Choices) {
        let Some(overview) = &self.seen.overview else {
            return;
        };
        let options = AnalyzeOptions {
            mapping: overview.proposed.clone(),
            ..AnalyzeOptions::default()
        };
        self.ask(Request::Analyze(options), c);
    }

    /// Asks a request as the page does: the request crosses to the worker as postcard bytes,
    /// the worker answers (reading any file sent beside it), the reply crosses back.
    fn ask(&mut self, request: Request, c: &mut Choices) {
        self.next_id += 1;
        let id = self.next_id;
        let sent = ToEngine { id, request };
        let bytes = postcard::to_allocvec(&sent).expect("a request encodes");
        let ToEngine { request, .. } =
            postcard::from_bytes(&bytes).expect("the worker decodes a request the page encoded");
        let asked = request.clone();
        let analyze = match &request {
            Request::Analyze(options) => Some(options.clone()),
            _ => None,
        };
        let writes = match &request {
            Request::WriteStored(record) => record.kind(),
            _ => Kind::Mapping,
        };
        let mut result = self.answer(request, c);
        // A changed convention: the page reads the file again as told and asks once more.
        if let (Ok(Answer::ReadAgain(options)), Some(analyze)) = (&result, analyze) {
            let name = self.file_name();
            if self.reopen(&name, options, c).is_ok() {
                result = self.answer(Request::Analyze(analyze), c);
            }
        }
        (self.trace)(&asked, &result);
        let reply = FromEngine::Reply { id, result };
        let bytes = postcard::to_allocvec(&reply).expect("a reply encodes");
        let crossed: FromEngine = postcard::from_bytes(&bytes)
            .unwrap_or_else(|e| panic!("the page cannot decode the reply {reply:?}: {e}"));
        if let FromEngine::Reply {
            result: Ok(answer), ..
        } = crossed
        {
            self.saw(answer, writes);
        }
    }

    fn file_name(&self) -> String {
        self.seen
            .overview
            .as_ref()
            .map_or_else(String::new, |o| o.file_name.clone())
    }

    /// Reads the loaded file's bytes again with other options.
    fn reopen(
        &mut self,
        name: &str,
        options: &ReadOptions,
        c: &mut Choices,
    ) -> Result<FileOverview, EngineError> {
        let bytes = self.file;
        self.open(name, bytes, options, c)
    }

    /// The worker's answer: requests with a file beside them are read here, as the worker
    /// reads them; the rest go to the session.
    fn answer(&mut self, request: Request, c: &mut Choices) -> Result<Answer, EngineError> {
        match request {
            Request::Open { name, options, .. } => {
                let bytes = self.file;
                self.open(&name, bytes, &options, c).map(Answer::Loaded)
            }
            Request::OpenSample { options } => self
                .open("sample-shop.csv", sample_head(), &options, c)
                .map(Answer::Loaded),
            Request::Measure { name, records } => {
                // As the worker reads it: another export of the loaded shop.
                let other = self.other_file(c);
                let options = self.session.options_for_another_export();
                let table = read_in_chunks(&other, &options, c).map_err(|error| {
                    EngineError::ReadOther {
                        file: name.clone(),
                        error,
                    }
                })?;
                self.session
                    .measure(&name, &table, &records)
                    .map(Answer::Measured)
            }
            Request::Migrate(compare @ Compare::File { .. }) => {
                let other = self.other_file(c);
                // As the worker does, the bytes are read only when they are not those of
                // the export kept: comparisons asked again segment the snapshots kept.
                let mut identity = DefaultHasher::new();
                other.hash(&mut identity);
                let identity = format!("{:016x}", identity.finish());
                if !self.session.keeps_other(&identity) {
                    let table =
                        read_in_chunks(&other, &ReadOptions::default(), c).map_err(|error| {
                            EngineError::ReadOther {
                                file: "other.csv".into(),
                                error,
                            }
                        })?;
                    self.session.keep_other(identity, table);
                }
                self.session
                    .migrate(&compare)
                    .map(|view| Answer::Migrated(Box::new(view)))
            }
            other => self.session.handle(other),
        }
    }

    /// Another export of the shop: the same file, its first rows (an older export), or bytes
    /// of the script's own.
    fn other_file(&self, c: &mut Choices) -> Vec<u8> {
        match c.index(3) {
            0 => self.file.to_vec(),
            1 => {
                let half = self.file.len() / 2;
                let cut = half + c.u16() as usize % (half + 1);
                let cut = self.file[..cut]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(cut, |i| i + 1);
                self.file[..cut].to_vec()
            }
            _ => {
                let n = c.u16() as usize;
                c.take(n).to_vec()
            }
        }
    }

    /// Remembers what an answer shows, for the next requests (`writes`: the kind of record
    /// a [`Request::WriteStored`] wrote).
    fn saw(&mut self, answer: Answer, writes: Kind) {
        let seen = &mut self.seen;
        match answer {
            Answer::Loaded(overview) => {
                *seen = Seen {
                    overview: Some(overview),
                    ..Seen::default()
                }
            }
            Answer::Analyzed(view) => {
                seen.reference = Some(view.reference);
                seen.catalog = view
                    .catalog
                    .into_iter()
                    .map(|e| SchemeChoice::Preset(e.preset))
                    .collect();
                seen.scheme = Some(view.scheme);
            }
            Answer::Segmented(view) | Answer::Clustered(_, view) => seen.scheme = Some(*view),
            Answer::Predicted(_, view, table) => {
                if let Some(view) = view {
                    seen.scheme = Some(*view);
                }
                if let Some(table) = table {
                    seen.crosstab_columns = table.columns.len();
                }
            }
            Answer::Crosstab(table) => seen.crosstab_columns = table.columns.len(),
            Answer::Migrated(view) => {
                let n = view.table.segments.len();
                seen.migration = (n + 1, n + 1);
            }
            Answer::Cohorts(cohorts) => {
                seen.cohorts = cohorts
                    .cohorts
                    .iter()
                    .map(|k| (cohorts.period, k.start))
                    .collect()
            }
            Answer::CampaignExported(exported) => seen.records.push(exported.record),
            Answer::StoredText(text) => seen.stored.push((writes, text)),
            Answer::Download(d) if d.file_name.ends_with(".json") => {
                seen.scheme_files.push(d.bytes)
            }
            _ => {}
        }
    }
}

/// The sample shop's first rows (the whole shop would make each run take seconds), unpacked
/// once.
fn sample_head() -> &'static [u8] {
    static HEAD: OnceLock<Vec<u8>> = OnceLock::new();
    HEAD.get_or_init(|| {
        let mut sample = sample_shop_csv();
        sample.truncate(4_000);
        let end = sample
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        sample.truncate(end);
        sample
    })
}

/// Reads `bytes` as the worker reads a `File`: pushed in chunks (of sizes the script
/// chooses) to a [`TableReader`], and again from the start when the reader asks.
fn read_in_chunks(
    bytes: &[u8],
    options: &ReadOptions,
    c: &mut Choices,
) -> Result<Table, ReadError> {
    check_size(bytes.len() as u64)?;
    let mut options = options.clone();
    // Once the reader has asked for a read again, a second request would loop for ever.
    for _ in 0..3 {
        let mut reader = TableReader::new(options.clone()).with_size_hint(bytes.len() as u64);
        let mut rest = bytes;
        while !rest.is_empty() {
            let size = match c.byte() {
                0 => rest.len(),
                n => usize::from(n) * 1024 + usize::from(c.byte()),
            };
            let (chunk, after) = rest.split_at(size.min(rest.len()));
            reader.push(chunk)?;
            rest = after;
        }
        match reader.finish()? {
            Finished::Table(table) => return Ok(table),
            Finished::ReadAgain(again) => options = again,
        }
    }
    panic!("the reader asked for a read again, twice, for the same file");
}

// ---------------------------------------------------------------------------------------
// Parameters, plausible (what the page sends) or not (what it never would).
// ---------------------------------------------------------------------------------------

/// The fuzzer's bytes, read as choices. Once they run out every number is 0 (so every
/// parameter is plausible) and every index takes turns (so a file alone still explores).
struct Choices<'a> {
    bytes: &'a [u8],
    turn: usize,
}

impl<'a> Choices<'a> {
    fn new(bytes: &'a [u8]) -> Choices<'a> {
        Choices { bytes, turn: 0 }
    }

    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let (taken, rest) = self.bytes.split_at(n.min(self.bytes.len()));
        self.bytes = rest;
        taken
    }

    fn byte(&mut self) -> u8 {
        self.take(1).first().copied().unwrap_or(0)
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    fn u64(&mut self) -> u64 {
        u64::from(self.u32()) | (u64::from(self.u32()) << 32)
    }

    fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    /// Whether to choose an implausible value: one time in four.
    fn odd(&mut self) -> bool {
        self.byte() % 4 == 3
    }

    /// An index below `len` (0 when `len` is 0).
    fn index(&mut self, len: usize) -> usize {
        if len == 0 {
            return 0;
        }
        if self.is_empty() {
            self.turn += 1;
            return (self.turn - 1) % len;
        }
        usize::from(self.u16()) % len
    }

    /// A segment (or row, or column) of `len`: mostly one that exists, sometimes the one
    /// just past the end, sometimes any number at all.
    fn segment(&mut self, len: usize) -> usize {
        if self.odd() {
            self.count()
        } else {
            self.index(len + 1)
        }
    }

    /// A count or page number: small, or anything up to `usize::MAX`.
    fn count(&mut self) -> usize {
        match self.byte() % 8 {
            0..=4 => usize::from(self.byte()),
            5 => usize::MAX,
            6 => usize::MAX / 2 + 1,
            _ => self.u64() as usize,
        }
    }

    /// A number: an ordinary one, or one of the awkward ones.
    fn float(&mut self) -> f64 {
        match self.byte() % 16 {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => f64::NEG_INFINITY,
            3 => -0.0,
            4 => f64::MAX,
            5 => f64::MIN_POSITIVE,
            6 => -1.0,
            7 => 1e-300,
            8 => f64::from_bits(self.u64()),
            _ => f64::from(self.u16() as i16) / 4.0,
        }
    }

    /// Some text: a few letters, or the script's bytes as they come.
    fn text(&mut self) -> String {
        match self.byte() % 4 {
            0 => String::new(),
            1 => "Fuzz".into(),
            _ => {
                let n = usize::from(self.byte() % 32);
                String::from_utf8_lossy(self.take(n)).into_owned()
            }
        }
    }

    /// A value decoded from the script as the worker decodes messages: anything postcard
    /// can express, including what the page never sends.
    fn raw<T: DeserializeOwned>(&mut self) -> Option<T> {
        let (value, rest) = postcard::take_from_bytes(self.bytes).ok()?;
        self.bytes = rest;
        Some(value)
    }
}

fn read_options(c: &mut Choices) -> ReadOptions {
    if c.odd() {
        if let Some(options) = c.raw() {
            return options;
        }
    }
    let mut options = ReadOptions::default();
    if c.flag() {
        options.separator = Some(match c.index(5) {
            0 => b',',
            1 => b';',
            2 => b'\t',
            3 => b'|',
            _ => c.byte(),
        });
    }
    if c.flag() {
        options.encoding = c.raw();
    }
    if c.flag() {
        options.default_date_order = c.raw().unwrap_or_default();
    }
    if c.flag() {
        options.conventions = c.raw().unwrap_or_default();
    }
    if c.flag() {
        options.time_zone.offset_minutes = match c.odd() {
            true => c.u32() as i32,
            false => i32::from(c.u16() as i16 % 1200),
        };
    }
    options.excel_1904 = c.odd();
    options
}

fn analyze_options(c: &mut Choices, seen: &Seen) -> AnalyzeOptions {
    let proposed = seen
        .overview
        .as_ref()
        .map_or_else(Mapping::default, |o| o.proposed.clone());
    let mapping = if c.odd() {
        c.raw().unwrap_or(proposed)
    } else {
        let mut mapping = proposed;
        let columns = mapping.columns.len();
        let changes = if c.odd() { 1 + c.byte() % 3 } else { 0 };
        for _ in 0..changes {
            let column = c.segment(columns);
            let role = if c.flag() { None } else { c.raw() };
            mapping.assign(column, role);
            if let Some(choice) = mapping.columns.get_mut(c.index(columns)) {
                choice.number_style = c.raw();
                choice.date_order = c.raw();
            }
        }
        mapping
    };
    AnalyzeOptions {
        mapping,
        reference: c.flag().then(|| date(c, seen)),
        rfm: rfm_options(c),
        seasons: if c.odd() {
            c.raw().unwrap_or_default()
        } else {
            default_calendar()
        },
        scheme: c.flag().then(|| choice(c, seen, 0)),
        currency: match c.byte() % 8 {
            0..=4 => None,
            5 => Some("EUR".into()),
            6 => Some("usd".into()),
            _ => Some(c.text()),
        },
        language: match c.byte() % 8 {
            0..=4 => None,
            5 => Some("de-DE".into()),
            6 => Some("fr-CH".into()),
            _ => Some(c.text()),
        },
        ..AnalyzeOptions::default()
    }
}

/// A day the page could send: before or near the reference date, or any day it can name.
fn date(c: &mut Choices, seen: &Seen) -> Date {
    let base = seen
        .reference
        .or_else(|| Date::from_ymd(2024, 1, 1))
        .unwrap_or(Date(0));
    let day = match c.byte() % 8 {
        // A quarter back: a comparison's start, say.
        0 => Some(base.plus_days(-91)),
        1..=3 => Some(base.plus_days(-i32::from(c.u16() % 1100))),
        4 => Some(base.plus_days(i32::from(c.u16() % 100))),
        5 => Some(base.plus_days(i32::from(c.u16() as i16))),
        _ => Date::from_ymd(
            1800 + i32::from(c.u16() % 401),
            1 + u32::from(c.byte() % 12),
            1 + u32::from(c.byte() % 31),
        ),
    };
    // Only days that survive the trip to the worker: it reads them as ISO text.
    day.filter(|d| Date::parse_iso(&d.to_string()) == Some(*d))
        .unwrap_or(base)
}

fn rfm_options(c: &mut Choices) -> RfmOptions {
    if c.odd() {
        if let Some(options) = c.raw() {
            return options;
        }
    }
    let method = |c: &mut Choices| match c.flag() {
        false => ScoreMethod::Quantiles,
        true => ScoreMethod::Fixed((0..c.byte() % 10).map(|_| c.float()).collect()),
    };
    RfmOptions {
        points: [5, 3, 4, 2, 9][c.index(5)],
        recency: method(c),
        frequency: method(c),
        monetary: method(c),
        ..RfmOptions::default()
    }
}

fn choice(c: &mut Choices, seen: &Seen, depth: usize) -> SchemeChoice {
    let listed = |c: &mut Choices| {
        seen.catalog
            .get(c.index(seen.catalog.len()))
            .cloned()
            .unwrap_or(SchemeChoice::Preset(Preset::Rfm { points: 5 }))
    };
    match c.index(4) {
        0 => listed(c),
        1 => c
            .raw()
            .map(SchemeChoice::Preset)
            .unwrap_or_else(|| listed(c)),
        2 => SchemeChoice::Custom(scheme(c, seen)),
        _ if depth < 2 => SchemeChoice::Subdivided(
            Box::new(choice(c, seen, depth + 1)),
            Box::new(choice(c, seen, depth + 1)),
        ),
        _ => listed(c),
    }
}

fn scheme(c: &mut Choices, seen: &Seen) -> Scheme {
    let mut rules = Vec::new();
    for i in 0..c.byte() % 6 {
        let segment = if c.odd() {
            c.text()
        } else {
            format!("Segment {i}")
        };
        rules.push(Rule {
            segment,
            when: condition(c, seen, 0),
        });
    }
    Scheme {
        name: c.text(),
        rules,
        otherwise: if c.odd() { c.text() } else { "Others".into() },
        // No period drawn: the stored regressions keep the choices they were found with.
        period: None,
    }
}

fn condition(c: &mut Choices, seen: &Seen, depth: usize) -> Condition {
    let many = |c: &mut Choices| {
        (0..c.byte() % 4)
            .map(|_| condition(c, seen, depth + 1))
            .collect()
    };
    let kind = c.index(9);
    let info = seen.features().get(c.index(seen.features().len())).cloned();
    let feature = match (&info, c.odd()) {
        (Some(info), false) => info.id.clone(),
        (None, false) => [
            ids::RECENCY,
            ids::MONETARY,
            ids::TOP_CATEGORY,
            ids::LAST_ORDER,
        ][c.index(4)]
        .into(),
        (_, true) => c.text(),
    };
    let values = |c: &mut Choices| -> Vec<String> {
        (0..c.byte() % 4)
            .map(
                |_| match info.as_ref().filter(|i| i.kind == FeatureKind::Category) {
                    Some(i) if !i.values.is_empty() && !c.odd() => {
                        i.values[c.index(i.values.len())].clone()
                    }
                    _ => c.text(),
                },
            )
            .collect()
    };
    let bound = |c: &mut Choices| -> Option<f64> {
        match (c.index(3), info.as_ref().and_then(|i| i.range)) {
            (0, _) => None,
            (1, Some((lo, hi))) => Some(lo + (hi - lo) * f64::from(c.byte()) / 255.0),
            _ => Some(c.float()),
        }
    };
    match kind {
        0 if depth < 4 => Condition::All(many(c)),
        1 if depth < 4 => Condition::Any(many(c)),
        2 if depth < 4 => Condition::Not(Box::new(condition(c, seen, depth + 1))),
        3 => Condition::Between {
            feature,
            min: bound(c),
            max: bound(c),
        },
        4 => Condition::DateBetween {
            feature,
            from: c.flag().then(|| date(c, seen)),
            to: c.flag().then(|| date(c, seen)),
        },
        5 => Condition::In {
            feature,
            values: values(c),
        },
        6 => Condition::NotIn {
            feature,
            values: values(c),
        },
        7 => Condition::Contains {
            feature,
            text: c.text(),
        },
        _ => Condition::Always,
    }
}

fn cluster_options(c: &mut Choices, seen: &Seen) -> ClusterOptions {
    let mut options = ClusterOptions::default();
    if c.flag() {
        let numbers: Vec<&FeatureInfo> = seen
            .features()
            .iter()
            .filter(|f| f.kind == FeatureKind::Number)
            .collect();
        options.features = (0..c.byte() % 5)
            .map(|_| match numbers.get(c.index(numbers.len())) {
                Some(f) if !c.odd() => f.id.clone(),
                _ => c.text(),
            })
            .collect();
    }
    options.k = match c.index(3) {
        0 => None,
        1 => Some(2 + c.byte() % 8),
        _ => Some(c.byte()),
    };
    options.seed = c.u64();
    options
}

fn period(c: &mut Choices, seen: &Seen) -> Period {
    match c.index(3) {
        0 => Period::Last {
            days: if c.odd() {
                c.u32()
            } else {
                u32::from(c.u16() % 1000)
            },
        },
        1 => Period::Year {
            year: if c.odd() {
                c.u32() as i32
            } else {
                seen.reference.map_or(2024, |d| d.year()) - i32::from(c.byte() % 4)
            },
        },
        _ => Period::Between {
            from: date(c, seen),
            to: date(c, seen),
        },
    }
}

fn query(c: &mut Choices, segments: usize, columns: usize) -> CustomerQuery {
    CustomerQuery {
        segment: c.flag().then(|| c.segment(segments)),
        cross: c.odd().then(|| c.segment(columns)),
        sort: c.raw().unwrap_or(SortKey::Score),
        descending: c.flag(),
        page: if c.odd() {
            c.count()
        } else {
            usize::from(c.byte() % 4)
        },
        page_size: if c.odd() { c.count() } else { 50 },
    }
}

fn export(c: &mut Choices, seen: &Seen) -> ExportRequest {
    let segments = seen.segments();
    match c.index(15) {
        0 => ExportRequest::AllCustomers,
        1 => ExportRequest::Segment(c.segment(segments)),
        2 => ExportRequest::CrossCell(c.segment(segments), c.segment(seen.crosstab_columns)),
        3 => ExportRequest::Problems,
        4 => ExportRequest::Scheme,
        5 => ExportRequest::SchemeFile(scheme(c, seen)),
        6 => ExportRequest::Summary,
        7 => ExportRequest::CrossSellTargets {
            segment: c.segment(segments),
            bought: c.text(),
            never: c.text(),
        },
        8 => ExportRequest::Campaign(CampaignExport {
            segment: c.segment(segments),
            campaign: c.text(),
            layout: list_layout(c),
            holdout_share: share(c),
            sent: date(c, seen),
        }),
        9 => ExportRequest::Everything(
            seen.scheme
                .as_ref()
                .filter(|_| !c.odd())
                .map(|s| s.campaigns.clone())
                .unwrap_or_else(|| c.raw().unwrap_or_default()),
        ),
        10 => ExportRequest::Sql(
            [
                Dialect::DuckDb,
                Dialect::Spark,
                Dialect::BigQuery,
                Dialect::Postgres,
            ][c.index(4)],
        ),
        11 => ExportRequest::Predictions,
        12 => ExportRequest::Migration,
        13 => {
            let (rows, columns) = seen.migration;
            ExportRequest::MigrationCell(c.segment(rows), c.segment(columns))
        }
        _ => {
            let (period, start) = cohort(c, seen);
            ExportRequest::CohortCell {
                period,
                start,
                after: c.count(),
            }
        }
    }
}

/// A share of customers held out: as the page's slider sets it, or any number.
/// One of the layouts a send list is written in.
fn list_layout(c: &mut Choices) -> ListLayout {
    [
        ListLayout::Plain,
        ListLayout::Mailchimp,
        ListLayout::Klaviyo,
    ][c.index(3)]
}

fn share(c: &mut Choices) -> f64 {
    if c.odd() {
        c.float()
    } else {
        f64::from(c.byte()) / 510.0
    }
}

fn scheme_bytes(c: &mut Choices, seen: &Seen) -> Vec<u8> {
    let mut bytes = match (seen.scheme_files.len(), c.index(3)) {
        (n, 0) if n > 0 => seen.scheme_files[c.index(n)].clone(),
        (_, 1) => serde_json::to_vec(&scheme(c, seen)).unwrap_or_default(),
        _ => {
            let n = usize::from(c.u16());
            c.take(n).to_vec()
        }
    };
    // A file edited by hand: a byte changed somewhere.
    if c.odd() && !bytes.is_empty() {
        let at = c.index(bytes.len());
        bytes[at] = c.byte();
    }
    bytes
}

fn host_query(c: &mut Choices, seen: &Seen) -> HostQuery {
    match c.index(3) {
        0 => HostQuery::Summary,
        1 => HostQuery::Customers(match &seen.scheme {
            Some(s) if !s.segments.is_empty() && !c.odd() => {
                s.segments[c.index(s.segments.len())].name.clone()
            }
            _ => c.text(),
        }),
        _ => HostQuery::Migration {
            from: date(c, seen),
            to: c.flag().then(|| date(c, seen)),
        },
    }
}

/// A record the page kept: one written earlier (perhaps edited by hand in the browser's
/// storage), one of this release, or any text, read as its own kind or another.
fn stored_text(c: &mut Choices, seen: &Seen) -> Request {
    let (kind, text) = match (seen.stored.len(), c.index(3)) {
        (n, 0) if n > 0 => {
            let (kind, text) = &seen.stored[c.index(n)];
            let mut text = text.clone().into_bytes();
            if c.odd() && !text.is_empty() {
                let at = c.index(text.len());
                text[at] = c.byte();
            }
            (*kind, String::from_utf8_lossy(&text).into_owned())
        }
        (_, 1) => {
            let record = stored(c, seen);
            (record.kind(), record.write())
        }
        _ => {
            let n = usize::from(c.u16());
            let text = String::from_utf8_lossy(c.take(n)).into_owned();
            (Kind::Mapping, text)
        }
    };
    let kind = if c.odd() {
        c.raw().unwrap_or(kind)
    } else {
        kind
    };
    Request::ReadStored { kind, text }
}

fn stored(c: &mut Choices, seen: &Seen) -> Stored {
    if c.odd() {
        if let Some(stored) = c.raw() {
            return stored;
        }
    }
    match c.index(4) {
        0 => Stored::Mapping(analyze_options(c, seen).mapping),
        1 => Stored::Schemes((0..c.byte() % 3).map(|_| scheme(c, seen)).collect()),
        2 => Stored::CampaignEdits(
            seen.scheme
                .iter()
                .flat_map(|s| s.campaigns.iter())
                .map(|campaign| (campaign.segment.clone(), campaign.clone()))
                .collect(),
        ),
        _ => Stored::CampaignRecords(seen.records.clone()),
    }
}

fn compare(c: &mut Choices, seen: &Seen) -> Compare {
    match c.flag() {
        false => Compare::Dates {
            from: date(c, seen),
            to: c.flag().then(|| date(c, seen)),
        },
        true => Compare::File {
            name: c.text(),
            from: c.flag().then(|| date(c, seen)),
            to: c.flag().then(|| date(c, seen)),
        },
    }
}

fn predict_options(c: &mut Choices) -> PredictOptions {
    if !c.odd() {
        return PredictOptions {
            prediction: PredictionOptions {
                horizon_days: [365, 30, 91, 730][c.index(4)],
                ..PredictionOptions::default()
            },
            check_days: [Some(91), None, Some(30), Some(365)][c.index(4)],
            ..PredictOptions::default()
        };
    }
    PredictOptions {
        prediction: PredictionOptions {
            horizon_days: c.u32(),
            discount_monthly: c.float(),
            ..PredictionOptions::default()
        },
        check_days: c.flag().then(|| c.u32()),
        ..PredictOptions::default()
    }
}

fn cohort_period(c: &mut Choices) -> CohortPeriod {
    [
        CohortPeriod::Month,
        CohortPeriod::Week,
        CohortPeriod::Quarter,
    ][c.index(3)]
}

/// A cohort the page showed, or any period and day.
fn cohort(c: &mut Choices, seen: &Seen) -> (CohortPeriod, Date) {
    match seen.cohorts.len() {
        n if n > 0 && !c.odd() => seen.cohorts[c.index(n)],
        _ => (cohort_period(c), date(c, seen)),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
