//! The questions the page asks the engine and the answers it gets, with request ids.
//!
//! Every message to the engine is a [`ToEngine`]: a [`Request`] with an id the page chose.
//! Every reply names that id and carries `Result<`[`Answer`]`, `[`EngineError`]`>`; progress
//! reports name the request they belong to. So the page (or a host page embedding it) can
//! have several questions in flight and match each answer to its question, whatever order
//! they come back in. All plain serialisable data: postcard between the page and its worker.

use super::error::EngineError;
use super::views::{
    AnalysisView, CampaignExported, CustomerPage, Download, FileOverview, MigrationCellView,
    MigrationView, PredictionView, PreviewView, SchemeView,
};
use crate::basics::calendar::Date;
use crate::basics::profile::Lap;
use crate::campaigns::suggest::Campaign;
use crate::campaigns::uplift::{CampaignRecord, CampaignResult};
use crate::export::sql::Dialect;
use crate::export::ListLayout;
use crate::features::seasons::{default_calendar, Season};
use crate::features::Period;
use crate::insight::cohorts::{CohortPeriod, Cohorts};
use crate::insight::crosssell::CrossSell;
use crate::insight::crosstab::Crosstab;
use crate::insight::value::ValueView;
use crate::prediction::PredictionOptions;
use crate::reading::ReadOptions;
use crate::roles::Mapping;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::clustering::{ClusterOptions, ClusterView};
use crate::segmentation::rfm::RfmOptions;
use crate::segmentation::scheme::Scheme;
use crate::store::{Kind, Read, Stored};
use segmenter_words::Language;
use serde::{Deserialize, Serialize};

/// The version of the page–worker protocol, announced by the worker when it is ready: a
/// page and a worker from different builds (a cached worker after an update) would
/// otherwise misread each other's messages.
pub const ENGINE_PROTOCOL: u32 = 8;

/// Identifies a request and its answer. The page numbers its requests; 0 is kept for
/// messages that cannot name one.
pub type RequestId = u32;

/// A message from the page to the engine's worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToEngine {
    /// The id the answer will carry.
    pub id: RequestId,
    /// What is asked.
    pub request: Request,
}

/// A message from the engine's worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum FromEngine {
    /// The worker is listening, and speaks this version of the protocol.
    Ready {
        /// [`ENGINE_PROTOCOL`] of the worker's build.
        protocol: u32,
    },
    /// Work in progress on a request.
    Progress {
        /// The request being worked on.
        id: RequestId,
        /// How far it has come.
        progress: Progress,
    },
    /// The answer to a request.
    Reply {
        /// The request answered.
        id: RequestId,
        /// The answer, or why there is none.
        result: Result<Answer, EngineError>,
    },
    /// The engine failed unexpectedly; the page should start a new worker.
    Crashed(String),
}

/// How far a long piece of work has come.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// What is being done.
    pub stage: Stage,
    /// Bytes read so far.
    pub done: u64,
    /// Bytes in all.
    pub total: u64,
    /// Rows read so far.
    pub rows: u64,
}

/// The stages of work the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Reading the file.
    Reading,
    /// Reading it again with conventions the first read settled.
    Rereading,
    /// Computing features, scores and segments.
    Segmenting,
}

/// What the page asks of the engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read the file sent alongside this request, replacing any loaded one.
    Open {
        /// The file's name.
        name: String,
        /// How to read it.
        options: ReadOptions,
        /// How many workers may read a big file at once; `None` for one per core the
        /// browser reports but one (at most four). It holds for the other exports read
        /// beside this file too (to compare or measure with).
        readers: Option<u32>,
    },
    /// Read the built-in sample shop.
    OpenSample {
        /// How to read it.
        options: ReadOptions,
    },
    /// Read the newer orders file sent alongside this request (without replacing the loaded
    /// one) as another export of the same shop, and measure these exported campaigns
    /// against it.
    Measure {
        /// The newer file's name.
        name: String,
        /// The campaigns to measure.
        records: Vec<CampaignRecord>,
    },
    /// Compute the customers' features with this mapping and these options, then segment
    /// them. Features are reused when the mapping, reference date and seasons are unchanged.
    Analyze(AnalyzeOptions),
    /// Segment the customers with another scheme (features are not recomputed).
    Segment(SchemeChoice),
    /// Score RFM on another scale, then segment again with the current scheme.
    Rescore(RfmOptions),
    /// Count the customers and revenue each segment of a scheme being edited would get.
    Preview(Scheme),
    /// Cluster the customers with k-means and show the clusters as segments.
    Cluster(ClusterOptions),
    /// Cross the current scheme with another.
    Crosstab(SchemeChoice),
    /// The top customers and revenue concentration, over all time or a period.
    Value(Option<Period>),
    /// A page of customers.
    Customers(CustomerQuery),
    /// A file to download.
    Export(ExportRequest),
    /// Read a scheme from a JSON file the merchant chose.
    ImportScheme(#[serde(with = "serde_bytes")] Vec<u8>),
    /// Read the records of exported campaigns from a file saved in another browser
    /// ("Download these records": the stored record's text).
    ImportRecords(#[serde(with = "serde_bytes")] Vec<u8>),
    /// What a segment of the current scheme buys together and next.
    CrossSell(usize),
    /// What a host page asked for, answered as JSON.
    Host(HostQuery),
    /// Read a record the page kept in the browser, in any format this release knows.
    ReadStored {
        /// What kind of record it is.
        kind: Kind,
        /// The stored text.
        text: String,
    },
    /// Write a record in the current format, for the page to keep.
    WriteStored(Stored),
    /// Segment the shop at two dates, or this file and another export of it (sent
    /// alongside), with the scheme on show, and say who moved where.
    Migrate(Compare),
    /// The customers of one cell of the last migration's table, and a campaign for them.
    MigrationCell {
        /// Its row (a segment, or the "new" row after the segments).
        row: usize,
        /// Its column (a segment, or the "gone" column after the segments).
        column: usize,
        /// Which page of them, sorted how.
        query: CustomerQuery,
    },
    /// Who will buy again and what they are worth: the models fitted to the analysis's
    /// orders, every customer's predicted figures set as features, and the segments on show
    /// summarised again with them.
    Predict(PredictOptions),
    /// What a campaign's holdout can show, before its send list is exported.
    PlanHoldout {
        /// The segment of the scheme on show.
        segment: usize,
        /// The list's layout, which decides who is on it (a list of e-mail addresses
        /// leaves out the customers without one).
        layout: ListLayout,
        /// The share held out, 0–0.5.
        holdout_share: f64,
        /// The uplift in purchase rate the merchant expects (0.03 for 3 points), if any.
        expected_uplift: Option<f64>,
    },
    /// Retention by cohort of first order.
    Cohorts(CohortPeriod),
    /// The customers of one cohort who bought some periods after their first order.
    CohortCustomers {
        /// The cohort's period length.
        period: CohortPeriod,
        /// The cohort's first day.
        start: Date,
        /// Periods after the first order (0: the whole cohort).
        after: usize,
        /// Which page of them, sorted how.
        query: CustomerQuery,
    },
    /// The steps of the work done since the last time this was asked, and how long each
    /// took ([`crate::basics::profile`]); in the browser, the first asking starts the
    /// timing.
    Profile,
    /// Read a host's own scheme from its JSON ([`own_scheme`](fn@super::own_scheme)).
    HostScheme(#[serde(with = "serde_bytes")] Vec<u8>),
}

impl Request {
    /// Whether the request reads a file sent beside it.
    pub fn needs_file(&self) -> bool {
        matches!(
            self,
            Request::Open { .. } | Request::Measure { .. } | Request::Migrate(Compare::File { .. })
        )
    }
}

/// The engine's answer to a [`Request`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum Answer {
    /// A file was read ([`Request::Open`], [`Request::OpenSample`]).
    Loaded(FileOverview),
    /// Features computed and the customers segmented.
    Analyzed(Box<AnalysisView>),
    /// A changed number or date convention needs the file read again with these options
    /// before it can be analysed.
    ReadAgain(ReadOptions),
    /// The customers segmented with another scheme.
    Segmented(Box<SchemeView>),
    /// Live counts for a scheme being edited.
    Preview(PreviewView),
    /// Clusters, and the segments they make.
    Clustered(Box<ClusterView>, Box<SchemeView>),
    /// The current scheme crossed with another.
    Crosstab(Crosstab),
    /// Top customers and revenue concentration, and the segments on show made again if
    /// their rules read the spend in the period just asked for: another period may move
    /// their customers.
    Value(ValueView, Option<Box<SchemeView>>),
    /// A page of customers.
    Customers(CustomerPage),
    /// A file to save.
    Download(Download),
    /// A scheme read from a file.
    SchemeImported(Scheme),
    /// Records of exported campaigns read from a file.
    RecordsImported(Vec<CampaignRecord>),
    /// Cross-sell ideas for the segment asked about (`None` when the file names no
    /// products).
    CrossSell(Option<CrossSell>),
    /// A campaign list to save, and the record to measure it by later.
    CampaignExported(Box<CampaignExported>),
    /// Exported campaigns measured against a newer file.
    Measured(Vec<CampaignResult>),
    /// The answer to a host's query, as JSON.
    Host(String),
    /// A stored record read back ([`Request::ReadStored`]).
    Stored(Read<Stored>),
    /// A record in the current format, to keep ([`Request::WriteStored`]).
    StoredText(String),
    /// Who moved where between two snapshots.
    Migrated(Box<MigrationView>),
    /// One cell of the migration table.
    MigrationCell(Box<MigrationCellView>),
    /// Retention by cohort.
    Cohorts(Cohorts),
    /// What a holdout can show, in a sentence.
    HoldoutPlanned(String),
    /// The prediction, and the segments on show with its figures: those of the scheme the
    /// analysis was asked to show, if it reads predicted figures and the default was shown
    /// until they were made (unless another scheme was asked for since). Then the last
    /// cross-tab made again, if its columns follow the predicted figures and its rows, the
    /// segments on show, kept their customers (other segments end it).
    Predicted(
        Box<PredictionView>,
        Option<Box<SchemeView>>,
        Option<Crosstab>,
    ),
    /// The steps timed since the last [`Request::Profile`].
    Profile(Vec<Lap>),
    /// A host's own scheme, or the sentence the host gets on why it cannot be used.
    HostScheme(Result<Scheme, String>),
}

/// What a host page embedding Segmenter asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostQuery {
    /// The summary of the segmentation on show ([`super::HostSummary`]).
    Summary,
    /// The customers of the segment with this name ([`super::HostCustomer`]s).
    Customers(String),
    /// Who moved between the segments on show since `from` ([`super::HostMigration`]).
    Migration {
        /// The earlier date.
        from: Date,
        /// The later date; the day after the last order when `None`.
        to: Option<Date>,
    },
}

/// What is compared with what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Compare {
    /// The loaded file as it stood at the start of `from` and of `to` (`None`: the
    /// reference date on show, by default the day after the last order).
    Dates {
        /// The earlier day.
        from: Date,
        /// The later day.
        to: Option<Date>,
    },
    /// The loaded file and another export of the same shop, each as of the day after its
    /// own last order unless a date is given; whichever ends earlier is the older.
    File {
        /// The other file's name.
        name: String,
        /// The older file's reference date, when not the day after its last order.
        from: Option<Date>,
        /// The newer file's.
        to: Option<Date>,
    },
}

/// How to predict.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictOptions {
    /// The horizon and discount rate.
    pub prediction: PredictionOptions,
    /// Days of history held out to check the models on (a refit without them); no check
    /// when `None`.
    pub check_days: Option<u32>,
}

impl Default for PredictOptions {
    /// A year ahead at 1 % a month, checked on the last quarter.
    fn default() -> PredictOptions {
        PredictOptions {
            prediction: PredictionOptions::default(),
            check_days: Some(91),
        }
    }
}

/// The merchant's choices for an analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    /// Roles of the columns.
    pub mapping: Mapping,
    /// The date recency is measured from; `None` for the day after the latest order.
    pub reference: Option<Date>,
    /// How RFM scores are computed.
    pub rfm: RfmOptions,
    /// The buying seasons measured per customer.
    pub seasons: Vec<Season>,
    /// The scheme to show; `None` for RFM (or value and loyalty without order dates). One
    /// that no longer fits the file is replaced by that default; one that reads predicted
    /// figures is shown once a prediction is made ([`Answer::Predicted`]).
    pub scheme: Option<SchemeChoice>,
    /// In a file whose currency column names several currencies, the one to count (a code
    /// such as `EUR`); `None` for the one with most rows. Amounts in different currencies
    /// are never added together.
    pub currency: Option<String>,
    /// The merchant's language (`de-DE`): the engine's words are written in it, and every
    /// amount the way it writes amounts; English when `None` or not one Segmenter speaks.
    pub language: Option<String>,
    /// The period of the spend in a period a rule may read (the one the Value tab ranks
    /// over), for an analysis with none before it: the file read again, or the results
    /// Cancel brings back. Otherwise the one the analysis before computed last.
    #[serde(default)]
    pub spend_period: Option<Period>,
}

impl AnalyzeOptions {
    /// The language the engine's words are written in.
    pub fn words(&self) -> Language {
        self.language
            .as_deref()
            .and_then(Language::of_tag)
            .unwrap_or_default()
    }
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            mapping: Mapping::default(),
            reference: None,
            rfm: RfmOptions::default(),
            seasons: default_calendar(),
            scheme: None,
            currency: None,
            language: None,
            spend_period: None,
        }
    }
}

/// Which customers to list, in which order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerQuery {
    /// A segment index, or all customers.
    pub segment: Option<usize>,
    /// A segment of the last cross-tab's column scheme, to list one cell.
    pub cross: Option<usize>,
    /// The column to sort by.
    pub sort: SortKey,
    /// Largest first.
    pub descending: bool,
    /// Page number, from 0.
    pub page: usize,
    /// Customers per page.
    pub page_size: usize,
}

/// Columns the customer list sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortKey {
    /// Customer identifier.
    Id,
    /// Days since last order.
    Recency,
    /// Orders.
    Frequency,
    /// Total spent.
    Monetary,
    /// R, then F, then M score.
    Score,
    /// The chance of still being active, once predicted.
    Alive,
    /// The predicted value, once predicted.
    Value,
}

/// What to export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ExportRequest {
    /// Every customer with features, scores and segment.
    AllCustomers,
    /// One segment's customers.
    Segment(usize),
    /// The customers of one cell of the last cross-tab: (row segment, column segment).
    CrossCell(usize, usize),
    /// The rows that were left out, with line and reason.
    Problems,
    /// The current scheme's rules as JSON, to import again later or elsewhere.
    Scheme,
    /// A saved scheme's rules as JSON.
    SchemeFile(Scheme),
    /// One row per segment with its figures.
    Summary,
    /// A segment's customers who bought one item but never another.
    CrossSellTargets {
        /// The segment.
        segment: usize,
        /// What they bought.
        bought: String,
        /// What they never bought.
        never: String,
    },
    /// A campaign's send list, with a holdout group drawn and left out.
    Campaign(CampaignExport),
    /// The whole result as JSON: scheme, segments, these campaigns (as the merchant edited
    /// them) and every customer's segment.
    Everything(Vec<Campaign>),
    /// The scheme on show as one SQL query for a warehouse, with how to run it.
    Sql(Dialect),
    /// Every customer's predicted purchases and value, with the model's inputs.
    Predictions,
    /// Every customer of the last migration with the segment they were in and are in.
    Migration,
    /// The customers of one cell of the last migration's table: (row, column).
    MigrationCell(usize, usize),
    /// One cohort's customers who bought some periods after their first order.
    CohortCell {
        /// The cohort's period length.
        period: CohortPeriod,
        /// The cohort's first day.
        start: Date,
        /// Periods after the first order (0: the whole cohort).
        after: usize,
    },
}

/// A campaign list to export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignExport {
    /// The segment sent to.
    pub segment: usize,
    /// The campaign's name: with the segment's, both as in English for the engine's own
    /// names (see [`CampaignKey`](crate::campaigns::uplift::CampaignKey)), it seeds the
    /// holdout draw.
    pub campaign: String,
    /// The list's columns.
    pub layout: ListLayout,
    /// The share held out, 0–0.5.
    pub holdout_share: f64,
    /// The day it is sent.
    pub sent: Date,
}
