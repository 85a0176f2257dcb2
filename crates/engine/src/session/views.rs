//! What the page shows, as data: the file overview for the mapping screen, the analysis,
//! each scheme's segments, live previews, customer pages, the row report and files to save.
//! Plain serialisable shapes; the functions that build them live beside the requests that
//! ask for them.

use super::error::LeftOut;
use super::row_notes::{CountingNote, SetAside};
use crate::basics::calendar::Date;
use crate::basics::money::Currency;
use crate::campaigns::suggest::Campaign;
use crate::campaigns::uplift::CampaignRecord;
use crate::export::sql::Models;
use crate::features::seasons::Season;
use crate::features::{FeatureInfo, Period};
use crate::insight::migration::MigrationTable;
use crate::insight::segments::SegmentSummary;
use crate::prediction::{BgNbd, Calibration, GammaGamma, PredictionOptions};
use crate::reading::{ColumnFormat, ColumnKind, DateOrder, Encoding, NumberStyle, RowProblem};
use crate::roles::Mapping;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::grid::GridView;
use crate::segmentation::presets::CatalogEntry;
use crate::segmentation::rfm::RfmOptions;
use crate::segmentation::scheme::{Scheme, SchemeError};
use crate::shop::FileShape;
use segmenter_words::Language;
use serde::{Deserialize, Serialize};

/// What the file looks like, for the mapping screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileOverview {
    /// The file's name.
    pub file_name: String,
    /// Its size.
    pub bytes: u64,
    /// The encoding it was read with (the page offers every one of [`Encoding::ALL`]).
    pub encoding: Encoding,
    /// The separator character (the page names it with [`separator_label`]).
    ///
    /// [`separator_label`]: crate::reading::separator_label
    pub separator: char,
    /// Data rows read.
    pub rows: usize,
    /// Blank rows skipped.
    pub blank_rows: u64,
    /// Bytes that were not UTF-8 and were read as Windows-1252.
    pub repaired_bytes: u64,
    /// Rows left out while reading (the first 1,000).
    pub problems: Vec<RowProblem>,
    /// How many rows were left out while reading.
    pub problem_count: usize,
    /// The columns.
    pub columns: Vec<ColumnOverview>,
    /// The mapping the engine proposes.
    pub proposed: Mapping,
    /// A key for this set of headers, to remember a confirmed mapping.
    pub header_key: String,
}

/// One column on the mapping screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnOverview {
    /// The header.
    pub name: String,
    /// What kind of values it holds.
    pub kind: ColumnKind,
    /// How they are written.
    pub format: ColumnFormat,
    /// A few values as written.
    pub examples: Vec<String>,
    /// The decimal convention, for number columns.
    pub number_style: Option<NumberStyle>,
    /// The day/month order, for date columns with numeric dates.
    pub date_order: Option<DateOrder>,
    /// Whether every date fits both orders, so the merchant should confirm it.
    pub date_order_undecided: bool,
}

/// A file's customers, analysed: the figures of the whole shop, what the workbench can
/// offer for it, and the first segmentation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisView {
    /// The date recency is measured from.
    pub reference: Date,
    /// The default reference date (the day after the latest order).
    pub default_reference: Date,
    /// The earliest reference date the shop can be shown as of: the day after its first
    /// order (none for a file without orders, such as customers' totals).
    pub earliest_reference: Option<Date>,
    /// Orders (refunds included) on or after the reference date, left out.
    pub orders_after_reference: usize,
    /// The currencies the file names row by row (a currency column, or its amounts' marks),
    /// with their rows, most first; the analysis counts one of them (its code is
    /// [`AnalysisView::currency`]'s) when there are several.
    pub currencies: Vec<(String, usize)>,
    /// The currency counted when there are several (a code from `currencies`).
    pub counted_currency: Option<String>,
    /// What a row of the file stands for.
    pub shape: FileShape,
    /// The language the engine's words in this view are written in.
    pub language: Language,
    /// Customers found.
    pub customers: usize,
    /// Orders kept.
    pub orders: usize,
    /// Total net spend of all customers.
    pub revenue: f64,
    /// The shop's currency.
    pub currency: Currency,
    /// Whether the file has order dates (so recency, timing and seasons can be measured).
    pub dated: bool,
    /// The buying seasons measured.
    pub seasons: Vec<Season>,
    /// How RFM scores are computed.
    pub rfm: RfmOptions,
    /// The built-in schemes, with whether this file allows each.
    pub catalog: Vec<CatalogEntry>,
    /// What happened to the rows.
    pub report: RowReport,
    /// The first segmentation.
    pub scheme: SchemeView,
    /// Whether `scheme` is the default standing in for the scheme asked for, which reads
    /// predicted figures not made yet: the prediction's answer shows that one, or says why
    /// it cannot be made.
    pub scheme_stands_in: bool,
}

/// The customers segmented by one scheme: the same views for every scheme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchemeView {
    /// Which segmentation of the analysis these segments are: a new number whenever other
    /// rules or a customer in another segment make them other segments (another scheme,
    /// clusters found on other figures, another horizon for segments on predicted figures,
    /// another period for a rule on the spend in it), and for scores on other thresholds
    /// even when no customer moved; the same when the same segments are summarised again.
    /// Views pointing into the segments start over when it changes.
    pub segmentation: u32,
    /// What the merchant chose.
    pub choice: SchemeChoice,
    /// The scheme's rules (a built-in scheme as the rules it made for this file).
    pub scheme: Scheme,
    /// The name the scheme picker gives the built-in scheme on show, split or not, with the
    /// options it is shown with ("Spend tiers, 1 March 2024 to 31 August 2024"); otherwise
    /// the scheme's name (the merchant's own rules, split or not).
    pub picked: String,
    /// The scheme's name and its segments' names (in the order of `segments`) in English:
    /// what the page keeps the merchant's edits under, so they outlive a language switch.
    pub english: (String, Vec<String>),
    /// One row per segment, in the scheme's order.
    pub segments: Vec<SegmentSummary>,
    /// A campaign per segment with customers.
    pub campaigns: Vec<Campaign>,
    /// The score grid, when the scheme's rules read two scores only.
    pub grid: Option<GridView>,
    /// How the segments were made, in sentences (e.g. the score cut points).
    pub explanation: Vec<String>,
    /// The features rules can use, with their values.
    pub features: Vec<FeatureInfo>,
}

/// Live counts for a scheme being edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewView {
    /// Per segment, in order: name, customers and revenue.
    pub segments: Vec<(String, usize, f64)>,
    /// Why the scheme cannot be evaluated, if it cannot.
    pub error: Option<SchemeError>,
    /// The spend in the period the scheme's rules read, with that period, described as the
    /// rule builder lists figures: the builder's list describes the period computed last,
    /// which another picked on *Top customers* since the draft was opened may have replaced.
    pub spend: Option<(Period, FeatureInfo)>,
}

/// Rows read, used and left out, with reasons.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RowReport {
    /// Data rows in the file (after the header, blank rows aside).
    pub rows_read: u64,
    /// Rows that went into the segments.
    pub rows_used: usize,
    /// Blank rows skipped.
    pub blank_rows: u64,
    /// Rows left out as unusable, with line and reason (the first 1,000).
    pub problems: Vec<RowProblem>,
    /// How many rows were left out as unusable.
    pub problem_count: usize,
    /// Orders and rows left out on purpose (statuses, refunds, later orders, currencies).
    pub left_out: Vec<SetAside>,
    /// Other notes on how the file was counted.
    pub notes: Vec<CountingNote>,
}

/// A page of customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerPage {
    /// Customers in the list, all pages together.
    pub total: usize,
    /// This page's number, from 0.
    pub page: usize,
    /// Customers per page.
    pub page_size: usize,
    /// Whether the figures were predicted: their columns are shown even on a page of
    /// one-time buyers, whose chance of still being active is unknown.
    pub predicted: bool,
    /// The customers.
    pub rows: Vec<CustomerRow>,
}

/// One customer in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerRow {
    /// Identifier.
    pub id: String,
    /// E-mail, when known.
    pub email: String,
    /// Name, when known.
    pub name: String,
    /// Segment.
    pub segment: String,
    /// Days since last order.
    pub recency: Option<f64>,
    /// Orders.
    pub frequency: Option<f64>,
    /// Total spent.
    pub monetary: Option<f64>,
    /// RFM scores, when scored.
    pub scores: Option<(u8, u8, u8)>,
    /// The chance, 0–1, of still being active, once predicted, for a customer who ordered
    /// on two days or more (see [`crate::features::repeat_buyer_p_alive`]).
    pub p_alive: Option<f64>,
    /// The predicted value over the prediction's horizon, once predicted.
    pub predicted_value: Option<f64>,
}

/// A file made for the merchant to save.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Download {
    /// Suggested file name.
    pub file_name: String,
    /// The bytes.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// A campaign list made: the file, who was held out, and who could not be reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignExported {
    /// The send list.
    pub download: Download,
    /// What was sent to whom, to measure later.
    pub record: CampaignRecord,
    /// The segment's customers left out of the list and why, kept as counts so the page
    /// writes the sentence in its language (an empty one when everyone is on the list or
    /// held out).
    pub left_out: LeftOut,
}

/// How customers moved between the segments of two snapshots, for the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MigrationView {
    /// The scheme both snapshots were segmented with.
    pub scheme: String,
    /// That scheme as chosen: the page shows a comparison made with the scheme on show.
    pub choice: SchemeChoice,
    /// The earlier snapshot, in words ("1 January 2025", or a file and its day).
    pub from: String,
    /// The later one.
    pub to: String,
    /// The earlier snapshot's reference date.
    pub from_date: Date,
    /// The later one's.
    pub to_date: Date,
    /// What the table's last row stands for ("Not yet a customer", "Not in the older file").
    pub new_label: String,
    /// What its last column stands for ("Not in the newer file"); `None` when no customer
    /// can be missing (two dates in one file).
    pub gone_label: Option<String>,
    /// Per file compared whose rows were not all used, how many were left out and the
    /// first, in a sentence, and the other export's rows in currencies not counted: the
    /// other export's, and the loaded file's when its customers are matched by e-mail
    /// address (the row report on the page lists the loaded file's as analysed on show).
    pub rows_left_out: Vec<String>,
    /// The transition table.
    pub table: MigrationTable,
    /// Who stayed, moved, came and went, in one sentence ("501 customers: 445 in the same
    /// segment, 39 moved, 17 new.").
    pub summary: String,
    /// The movements worth acting on first, in sentences (largest revenue at stake first).
    pub highlights: Vec<String>,
    /// Per segment (as in the table), the movements that matter for its campaign.
    pub campaign_notes: Vec<String>,
    /// The currency amounts are in.
    pub currency: Currency,
}

/// One cell of the transition table: its customers, what they are worth and a campaign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MigrationCellView {
    /// "Champions → At Risk".
    pub label: String,
    /// Customers in the cell.
    pub customers: usize,
    /// What they spent in the year before the earlier snapshot.
    pub at_stake: f64,
    /// A campaign grounded in their figures (as they stand in the later snapshot, or in
    /// the earlier one for customers gone from the newer file).
    pub campaign: Campaign,
    /// A page of them.
    pub page: CustomerPage,
}

/// Who will buy again and what they are worth, for the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictionView {
    /// The horizon and discount rate.
    pub options: PredictionOptions,
    /// The fitted purchase model.
    pub purchases: BgNbd,
    /// The fitted order-value model, when it could be fitted.
    pub order_values: Option<GammaGamma>,
    /// Why order values could not be predicted, as a sentence.
    pub order_values_problem: Option<String>,
    /// Customers with a prediction.
    pub customers: usize,
    /// Of them, those who bought on one day only (one order, or several that day), whom the
    /// purchase model counts as active however long ago they ordered (it has not seen them
    /// stop).
    pub bought_once: usize,
    /// Of them all, those more likely active than not.
    pub likely_active: usize,
    /// Purchases all customers are expected to make over the horizon.
    pub expected_purchases: f64,
    /// What they are predicted to spend over it, discounted.
    pub predicted_value: Option<f64>,
    /// The check on the last months, when asked for and possible.
    pub calibration: Option<Calibration>,
    /// Why the check could not be made, as a sentence.
    pub calibration_problem: Option<String>,
    /// The built-in schemes, now with Future value available.
    pub catalog: Vec<CatalogEntry>,
    /// Every feature described for the rule builder, the predicted ones included.
    pub features: Vec<FeatureInfo>,
}

impl PredictionView {
    /// The fitted models, as a warehouse query carries them.
    pub fn models(&self) -> Models {
        Models {
            bg_nbd: self.purchases,
            order_values: self.order_values,
            options: self.options,
        }
    }
}
