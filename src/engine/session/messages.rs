//! The messages the page and the engine exchange: what the page asks, what the engine
//! answers, and progress on the way. All plain serialisable data (postcard between the page
//! and its worker).

use super::views::{AnalysisView, CustomerPage, Download, FileOverview, PreviewView, SchemeView};
use crate::engine::calendar::Date;
use crate::engine::campaigns::Campaign;
use crate::engine::clustering::{ClusterOptions, ClusterView};
use crate::engine::crosssell::CrossSell;
use crate::engine::crosstab::Crosstab;
use crate::engine::export::ListLayout;
use crate::engine::library::{Period, Preset};
use crate::engine::read::{ReadError, ReadOptions};
use crate::engine::rfm::RfmOptions;
use crate::engine::roles::Mapping;
use crate::engine::scheme::Scheme;
use crate::engine::seasons::{default_calendar, Season};
use crate::engine::uplift::{CampaignRecord, CampaignResult};
use crate::engine::value::ValueView;
use serde::{Deserialize, Serialize};

/// A message from the page to the engine's worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToEngine {
    /// Read the file sent alongside this message.
    Open {
        /// The file's name.
        name: String,
        /// How to read it.
        options: ReadOptions,
    },
    /// Read the built-in sample shop.
    OpenSample {
        /// How to read it.
        options: ReadOptions,
    },
    /// Answer a request about the loaded file.
    Request(Request),
    /// Read the newer orders file sent alongside this message (without replacing the loaded
    /// one) and measure these exported campaigns against it.
    Measure {
        /// The newer file's name.
        name: String,
        /// How to read it.
        options: ReadOptions,
        /// The campaigns to measure.
        records: Vec<CampaignRecord>,
    },
}

/// A message from the engine's worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum FromEngine {
    /// The worker is listening.
    Ready,
    /// Work in progress.
    Progress(Progress),
    /// The answer to the last message.
    Reply(Response),
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

/// What the page asks of the engine once a file is loaded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
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
    /// What a segment of the current scheme buys together and next.
    CrossSell(usize),
    /// What a host page asked for, answered as JSON.
    Host(HostQuery),
}

/// What a host page embedding Segmenter asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostQuery {
    /// The summary of the segmentation on show ([`super::HostSummary`]).
    Summary,
    /// The customers of the segment with this name ([`super::HostCustomer`]s).
    Customers(String),
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
    /// The scheme to show; `None` for RFM (or value and loyalty without order dates).
    pub scheme: Option<SchemeChoice>,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            mapping: Mapping::default(),
            reference: None,
            rfm: RfmOptions::default(),
            seasons: default_calendar(),
            scheme: None,
        }
    }
}

/// A scheme to segment with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SchemeChoice {
    /// A built-in scheme.
    Preset(Preset),
    /// The merchant's own rules.
    Custom(Scheme),
    /// Every segment of the first split by the segments of the second.
    Subdivided(Box<SchemeChoice>, Box<SchemeChoice>),
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
}

/// A campaign list to export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignExport {
    /// The segment sent to.
    pub segment: usize,
    /// The campaign's name: with the segment's, it seeds the holdout draw.
    pub campaign: String,
    /// The list's columns.
    pub layout: ListLayout,
    /// The share held out, 0–0.5.
    pub holdout_share: f64,
    /// The day it is sent.
    pub sent: Date,
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum Response {
    /// A file was read.
    Loaded(FileOverview),
    /// The file could not be read at all.
    Unreadable(ReadError),
    /// Features computed and the customers segmented.
    Analyzed(Box<AnalysisView>),
    /// The customers segmented with another scheme.
    Segmented(Box<SchemeView>),
    /// Live counts for a scheme being edited.
    Preview(PreviewView),
    /// Clusters, and the segments they make.
    Clustered(Box<ClusterView>, Box<SchemeView>),
    /// The current scheme crossed with another.
    Crosstab(Crosstab),
    /// Top customers and revenue concentration.
    Value(ValueView),
    /// A page of customers.
    Customers(CustomerPage),
    /// A file to save.
    Download(Download),
    /// A scheme read from a file.
    SchemeImported(Scheme),
    /// A changed number or date convention needs the file read again with these options.
    ReadAgain(ReadOptions),
    /// Something the merchant must fix, as a sentence.
    Failed(String),
    /// Cross-sell ideas for a segment (`None` when the file names no products).
    CrossSell(usize, Option<CrossSell>),
    /// A campaign list to save, and the record to measure it by later.
    CampaignExported(Box<CampaignExported>),
    /// Exported campaigns measured against a newer file.
    Measured(Vec<CampaignResult>),
    /// The answer to a host's query, as JSON.
    Host(String),
}

/// A campaign list made: the file, who was held out, and who could not be reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignExported {
    /// The send list.
    pub download: Download,
    /// What was sent to whom, to measure later.
    pub record: CampaignRecord,
    /// The segment's customers left out of the list and why, as a sentence (empty when
    /// everyone is on it or held out).
    pub left_out: String,
}
