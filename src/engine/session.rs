//! A working session: one file read once, then analysed as the merchant changes their
//! choices, and the messages the page and the engine exchange.
//!
//! The page never computes: it sends a [`Request`] (a mapping to analyse, a page of
//! customers to show, a file to export) and displays the [`Response`]. The same session
//! runs in the Web Worker, in native tests and in a future command-line tool.

use crate::engine::calendar::Date;
use crate::engine::campaigns::{suggest, Campaign, ShopBaseline};
use crate::engine::export::{customers_csv, slug, Cell, CsvWriter};
use crate::engine::features::{compute_features, default_reference, ids, FeatureTable};
use crate::engine::money::Currency;
use crate::engine::read::{
    read_table, separator_label, ColumnKind, DateOrder, Encoding, NumberStyle, ReadError,
    ReadOptions, RowProblem, Table,
};
use crate::engine::rfm::{
    explain, grid_segments, score_customers, standard_segments, value_loyalty_segments, RfmOptions,
    RfmScales, F_SCORE, M_SCORE, R_SCORE,
};
use crate::engine::roles::{normalize_header, propose_mapping, Mapping, Role};
use crate::engine::scheme::{assign, Assignment, Scheme};
use crate::engine::segments::{median, summarize, SegmentSummary};
use crate::engine::shop::{bind, FileShape, Shop, StatusClass};
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
    /// Segment the customers with this mapping and these options.
    Analyze(AnalyzeOptions),
    /// A page of customers.
    Customers(CustomerQuery),
    /// A file to download.
    Export(ExportRequest),
}

/// The merchant's choices for an analysis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    /// Roles of the columns.
    pub mapping: Mapping,
    /// The date recency is measured from; `None` for the day after the latest order.
    pub reference: Option<Date>,
    /// How RFM scores are computed.
    pub rfm: RfmOptions,
}

/// Which customers to list, in which order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerQuery {
    /// A segment index, or all customers.
    pub segment: Option<usize>,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportRequest {
    /// Every customer with features, scores and segment.
    AllCustomers,
    /// One segment's customers.
    Segment(usize),
    /// The rows that were left out, with line and reason.
    Problems,
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum Response {
    /// A file was read.
    Loaded(FileOverview),
    /// The file could not be read at all.
    Unreadable(ReadError),
    /// Segments and campaigns.
    Analyzed(Box<AnalysisView>),
    /// A page of customers.
    Customers(CustomerPage),
    /// A file to save.
    Download(Download),
    /// A changed number or date convention needs the file read again with these options.
    ReadAgain(ReadOptions),
    /// Something the merchant must fix, as a sentence.
    Failed(String),
}

/// What the file looks like, for the mapping screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileOverview {
    /// The file's name.
    pub file_name: String,
    /// Its size.
    pub bytes: u64,
    /// The encoding it was read with.
    pub encoding: Encoding,
    /// Every encoding, for the merchant to choose another.
    pub encodings: Vec<(Encoding, String)>,
    /// The separator's name.
    pub separator: String,
    /// The separator character.
    pub separator_char: char,
    /// Data rows read.
    pub rows: usize,
    /// Blank rows skipped.
    pub blank_rows: u64,
    /// Bytes that were not UTF-8 and were read as Windows-1252.
    pub repaired_bytes: u64,
    /// Rows left out while reading, as sentences (the first 1,000).
    pub problems: Vec<String>,
    /// How many rows were left out while reading.
    pub problem_count: usize,
    /// The columns.
    pub columns: Vec<ColumnOverview>,
    /// The mapping the engine proposes.
    pub proposed: Mapping,
    /// Every role, with its label, for the mapping screen.
    pub roles: Vec<(Role, String)>,
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
    pub format: String,
    /// A few values as written.
    pub examples: Vec<String>,
    /// The decimal convention, for number columns.
    pub number_style: Option<NumberStyle>,
    /// The day/month order, for date columns with numeric dates.
    pub date_order: Option<DateOrder>,
    /// Whether every date fits both orders, so the merchant should confirm it.
    pub date_order_undecided: bool,
}

/// Segments, campaigns and what happened to the rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisView {
    /// The scheme's name.
    pub scheme: String,
    /// The date recency is measured from.
    pub reference: Date,
    /// The default reference date (the day after the latest order).
    pub default_reference: Date,
    /// What a row of the file stands for.
    pub shape: FileShape,
    /// How the page describes the shape.
    pub shape_label: String,
    /// Customers found.
    pub customers: usize,
    /// Orders kept.
    pub orders: usize,
    /// Total net spend of all customers.
    pub revenue: f64,
    /// The shop's currency.
    pub currency: Currency,
    /// One row per segment, in the scheme's order.
    pub segments: Vec<SegmentSummary>,
    /// Customers per cell of the score grid and the segment of each, as
    /// `grid[row score - 1][column score - 1]`.
    pub grid: Vec<Vec<GridCell>>,
    /// The grid's axes: (row letter, row measure, column letter, column measure), e.g.
    /// ("R", "recency", "F", "frequency").
    pub grid_axes: GridAxes,
    /// How scores were computed, with the cut points.
    pub explanation: Vec<String>,
    /// A campaign per segment.
    pub campaigns: Vec<Campaign>,
    /// What happened to the rows.
    pub report: RowReport,
}

/// Which scores the grid's rows and columns are.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridAxes {
    /// Row score letter ("R" or "M").
    pub rows: String,
    /// Row measure ("recency").
    pub rows_name: String,
    /// Column score letter ("F").
    pub columns: String,
    /// Column measure ("frequency").
    pub columns_name: String,
}

/// One cell of the score grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridCell {
    /// The segment the cell maps to.
    pub segment: String,
    /// Customers in the cell.
    pub customers: usize,
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
    pub problems: Vec<String>,
    /// How many rows were left out as unusable.
    pub problem_count: usize,
    /// Orders left out on purpose, as sentences ("41 refunded orders (status \"refunded\")").
    pub left_out: Vec<String>,
    /// Other notes on how the file was counted.
    pub notes: Vec<String>,
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

/// How many problem sentences travel to the page; the export has them all.
const PROBLEMS_SHOWN: usize = 1000;

/// The file and the latest analysis of it.
#[derive(Default)]
pub struct Session {
    file: Option<LoadedFile>,
    analysis: Option<Analysis>,
}

struct LoadedFile {
    name: String,
    table: Table,
}

struct Analysis {
    options: AnalyzeOptions,
    shop: Shop,
    features: FeatureTable,
    scheme: Scheme,
    assignment: Assignment,
    scales: RfmScales,
    view: AnalysisView,
}

impl Session {
    /// An empty session.
    pub fn new() -> Session {
        Session::default()
    }

    /// Takes a newly read file, dropping any previous one.
    pub fn load(&mut self, name: &str, table: Table) -> FileOverview {
        self.analysis = None;
        let overview = overview(name, &table);
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
    ) -> Result<FileOverview, ReadError> {
        let table = read_table(bytes, options)?;
        Ok(self.load(name, table))
    }

    /// Answers a request.
    pub fn handle(&mut self, request: Request) -> Response {
        match request {
            Request::Analyze(options) => self.analyze(options),
            Request::Customers(query) => match &self.analysis {
                Some(a) => Response::Customers(customer_page(a, &query)),
                None => Response::Failed("Segment the customers first.".into()),
            },
            Request::Export(what) => self.export(what),
        }
    }

    fn analyze(&mut self, options: AnalyzeOptions) -> Response {
        let Some(file) = &mut self.file else {
            return Response::Failed("Choose a file first.".into());
        };
        // Number and date conventions chosen on the mapping screen switch the columns in
        // place when their other readings were kept; otherwise the file is read again.
        for (i, choice) in options.mapping.columns.iter().enumerate() {
            let Some(column) = file.table.columns.get_mut(i) else {
                continue;
            };
            let first = match (column.kind(), choice.number_style, choice.date_order) {
                (ColumnKind::Number, Some(style), _) => style == NumberStyle::DecimalPoint,
                (ColumnKind::Date, _, Some(order)) => order == DateOrder::DayFirst,
                _ => continue,
            };
            if column.use_convention(first).is_err() {
                let mut again = file.table.options.clone();
                again
                    .conventions
                    .resize(file.table.columns.len(), Default::default());
                for (j, c) in options.mapping.columns.iter().enumerate() {
                    again.conventions[j].number_style =
                        c.number_style.or(again.conventions[j].number_style);
                    again.conventions[j].date_order =
                        c.date_order.or(again.conventions[j].date_order);
                }
                return Response::ReadAgain(again);
            }
        }
        let table = &file.table;
        let shop = match bind(table, &options.mapping) {
            Ok(shop) => shop,
            Err(incomplete) => return Response::Failed(incomplete.to_string()),
        };
        let Some(default_ref) = default_reference(&shop) else {
            let mut report = row_report(table, &shop);
            report.notes.insert(
                0,
                "No row could be used, so there are no customers to segment.".into(),
            );
            return Response::Failed(format!(
                "None of the {} rows could be used. {}",
                table.rows,
                report.problems.first().cloned().unwrap_or_default()
            ));
        };
        let reference = options.reference.unwrap_or(default_ref);
        let mut features = compute_features(&shop, reference);
        let scales = score_customers(&mut features, &options.rfm);
        // Without order dates there is no recency: segment by value and loyalty instead.
        let (scheme, axes) = if scales.recency_known {
            (standard_segments(), (R_SCORE, "R", "recency"))
        } else {
            (value_loyalty_segments(), (M_SCORE, "M", "spend"))
        };
        let assignment = match assign(&scheme, &features) {
            Ok(a) => a,
            Err(e) => return Response::Failed(e.to_string()),
        };
        let currency = detect_currency(table, &options.mapping);
        let summaries = summarize(&assignment, &features);
        let baseline = ShopBaseline {
            median_monetary: features
                .numbers(ids::MONETARY)
                .and_then(|v| median(v.iter().copied()))
                .unwrap_or(0.0),
            median_interval: features
                .numbers(ids::INTERVAL)
                .and_then(|v| median(v.iter().copied())),
            currency: currency.clone(),
        };
        let campaigns = summaries
            .iter()
            .filter(|s| s.customers > 0)
            .map(|s| suggest(s, &baseline))
            .collect();
        let grid = grid_view(&scheme, &features, options.rfm.points, axes.0, F_SCORE);
        let grid_axes = GridAxes {
            rows: axes.1.to_string(),
            rows_name: axes.2.to_string(),
            columns: "F".to_string(),
            columns_name: "frequency".to_string(),
        };
        let view = AnalysisView {
            scheme: scheme.name.clone(),
            reference,
            default_reference: default_ref,
            shape: shop.shape,
            shape_label: shop.shape.label().to_string(),
            customers: shop.customers.len(),
            orders: shop.orders.len(),
            revenue: crate::engine::segments::totals(&features).1,
            explanation: explain(&scales, &options.rfm, &currency),
            currency,
            segments: summaries,
            grid,
            grid_axes,
            campaigns,
            report: row_report(table, &shop),
        };
        let response = Response::Analyzed(Box::new(view.clone()));
        self.analysis = Some(Analysis {
            options,
            shop,
            features,
            scheme,
            assignment,
            scales,
            view,
        });
        response
    }

    fn export(&self, what: ExportRequest) -> Response {
        let today = |a: &Analysis| a.view.reference.plus_days(-1).to_string();
        match (&what, &self.analysis, &self.file) {
            (ExportRequest::Problems, _, Some(file)) => {
                let shop = self.analysis.as_ref().map(|a| &a.shop);
                Response::Download(Download {
                    file_name: format!("{}-rows-left-out.csv", slug(file_name_stem(&file.name))),
                    bytes: problems_csv(&file.table, shop),
                })
            }
            (ExportRequest::AllCustomers, Some(a), _) => {
                let members: Vec<usize> = (0..a.shop.customers.len()).collect();
                Response::Download(Download {
                    file_name: format!(
                        "segmenter-{}-all-customers-{}.csv",
                        slug(&a.scheme.name),
                        today(a)
                    ),
                    bytes: customers_csv(
                        &a.shop.customers,
                        &a.features,
                        &a.assignment,
                        &a.scheme.name,
                        &members,
                    ),
                })
            }
            (ExportRequest::Segment(s), Some(a), _) if *s < a.assignment.segments.len() => {
                let members = a.assignment.members(*s);
                Response::Download(Download {
                    file_name: format!(
                        "segmenter-{}-{}-{}.csv",
                        slug(&a.scheme.name),
                        slug(&a.assignment.segments[*s]),
                        today(a)
                    ),
                    bytes: customers_csv(
                        &a.shop.customers,
                        &a.features,
                        &a.assignment,
                        &a.scheme.name,
                        &members,
                    ),
                })
            }
            _ => Response::Failed("There is nothing to export yet.".into()),
        }
    }

    /// The RFM scales of the latest analysis.
    pub fn scales(&self) -> Option<&RfmScales> {
        self.analysis.as_ref().map(|a| &a.scales)
    }

    /// The options of the latest analysis.
    pub fn analyzed_with(&self) -> Option<&AnalyzeOptions> {
        self.analysis.as_ref().map(|a| &a.options)
    }
}

fn file_name_stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

fn overview(name: &str, table: &Table) -> FileOverview {
    let default_order = table.options.default_date_order.get();
    let columns = table
        .columns
        .iter()
        .map(|c| {
            let (number_style, date_order, undecided) = match &c.data {
                crate::engine::read::ColumnData::Number(cells) => (
                    Some(if cells.first {
                        NumberStyle::DecimalPoint
                    } else {
                        NumberStyle::DecimalComma
                    }),
                    None,
                    false,
                ),
                crate::engine::read::ColumnData::Date { cells, shape, .. } => {
                    let numeric = *shape == crate::engine::read::DateShape::Numeric;
                    (
                        None,
                        numeric.then_some(if cells.first {
                            DateOrder::DayFirst
                        } else {
                            DateOrder::MonthFirst
                        }),
                        numeric && cells.votes.undecided(),
                    )
                }
                _ => (None, None, false),
            };
            ColumnOverview {
                name: c.name.clone(),
                kind: c.kind(),
                format: c.format_label(default_order),
                examples: c.examples.clone(),
                number_style,
                date_order,
                date_order_undecided: undecided,
            }
        })
        .collect();
    let header_key = table
        .columns
        .iter()
        .map(|c| normalize_header(&c.name))
        .collect::<Vec<_>>()
        .join("|");
    FileOverview {
        file_name: name.to_string(),
        bytes: table.bytes,
        encoding: table.encoding,
        encodings: Encoding::ALL
            .iter()
            .map(|e| (*e, e.label().to_string()))
            .collect(),
        separator: separator_label(table.dialect.separator).to_string(),
        separator_char: char::from(table.dialect.separator),
        rows: table.rows,
        blank_rows: table.blank_rows,
        repaired_bytes: table.repaired_bytes,
        problems: table
            .rejected
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| p.to_string())
            .collect(),
        problem_count: table.rejected.len(),
        columns,
        proposed: propose_mapping(table),
        roles: Role::ALL
            .iter()
            .map(|r| (*r, r.label().to_string()))
            .collect(),
        header_key,
    }
}

/// All rows left out, reading and binding together, in line order.
fn all_problems(table: &Table, shop: Option<&Shop>) -> Vec<RowProblem> {
    let mut problems: Vec<RowProblem> = table.rejected.clone();
    if let Some(shop) = shop {
        problems.extend(shop.report.problems.iter().cloned());
    }
    problems.sort_by_key(|p| p.line);
    problems
}

fn problems_csv(table: &Table, shop: Option<&Shop>) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    csv.row(vec![
        Cell::from("line"),
        Cell::from("column"),
        Cell::from("reason"),
    ]);
    for p in all_problems(table, shop) {
        csv.row(vec![
            Cell::Number(p.line as f64),
            Cell::from(p.column.clone().unwrap_or_default()),
            Cell::from(p.problem.to_string()),
        ]);
    }
    csv.finish()
}

fn row_report(table: &Table, shop: &Shop) -> RowReport {
    let problems = all_problems(table, Some(shop));
    let mut left_out: Vec<String> = shop
        .report
        .left_out
        .iter()
        .map(|(status, class, n)| {
            let orders = if *n == 1 { "order" } else { "orders" };
            match (class, status.is_empty()) {
                (StatusClass::Cancelled, true) => {
                    format!("{n} cancelled {orders} (a cancellation date is set)")
                }
                (_, _) => format!("{n} {orders} with status \"{status}\" ({})", class.label()),
            }
        })
        .collect();
    if shop.report.refund_rows > 0 {
        left_out.push(format!(
            "{} rows with negative amounts counted as refunds: they lower the customer's spend but are not orders",
            shop.report.refund_rows
        ));
    }
    let mut notes = Vec::new();
    if let Some(kind) = shop.report.amount_kind {
        notes.push(format!("Amounts: {}.", kind.label()));
    }
    if table.repaired_bytes > 0 {
        notes.push(format!(
            "{} bytes were not valid UTF-8 and were read as Windows-1252 characters.",
            table.repaired_bytes
        ));
    }
    RowReport {
        rows_read: table.records(),
        rows_used: shop.report.rows_used,
        blank_rows: table.blank_rows,
        problem_count: problems.len(),
        problems: problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| p.to_string())
            .collect(),
        left_out,
        notes,
    }
}

/// The currency: from a currency column if there is one, else from the money column's cells.
fn detect_currency(table: &Table, mapping: &Mapping) -> Currency {
    const CURRENCY_HEADERS: [&str; 8] = [
        "currency",
        "order currency",
        "wahrung",
        "devise",
        "moneda",
        "valuta",
        "moeda",
        "converted currency",
    ];
    let by_column = table
        .columns
        .iter()
        .find(|c| CURRENCY_HEADERS.contains(&normalize_header(&c.name).as_str()));
    if let Some(col) = by_column {
        if let Some(code) = col.examples.first() {
            return Currency::from_mark(code);
        }
    }
    let money = [Role::Amount, Role::TotalSpent, Role::UnitPrice]
        .iter()
        .find_map(|&r| mapping.column_of(r));
    money.map_or_else(Currency::default, |i| {
        Currency::detect(table.columns[i].examples.iter().map(String::as_str))
    })
}

fn grid_view(
    scheme: &Scheme,
    features: &FeatureTable,
    points: u8,
    rows: &str,
    columns: &str,
) -> Vec<Vec<GridCell>> {
    let p = usize::from(points.clamp(3, 5));
    let names = grid_segments(scheme, points.clamp(3, 5), rows, columns).unwrap_or_default();
    let mut counts = vec![vec![0usize; p]; p];
    if let (Some(r), Some(f)) = (features.numbers(rows), features.numbers(columns)) {
        for (&r, &f) in r.iter().zip(f) {
            if r >= 1.0 && f >= 1.0 {
                counts[r as usize - 1][f as usize - 1] += 1;
            }
        }
    }
    (0..p)
        .map(|r| {
            (0..p)
                .map(|f| GridCell {
                    segment: names
                        .get(r)
                        .and_then(|row| row.get(f))
                        .cloned()
                        .unwrap_or_default(),
                    customers: counts[r][f],
                })
                .collect()
        })
        .collect()
}

fn customer_page(a: &Analysis, q: &CustomerQuery) -> CustomerPage {
    let f = &a.features;
    let column = |id: &str| {
        f.numbers(id)
            .map(<[f64]>::to_vec)
            .unwrap_or_else(|| vec![f64::NAN; f.len])
    };
    let (recency, frequency, monetary) = (
        column(ids::RECENCY),
        column(ids::FREQUENCY),
        column(ids::MONETARY),
    );
    let (r, fs, m) = (column(R_SCORE), column(F_SCORE), column(M_SCORE));
    let mut members: Vec<usize> = match q.segment {
        Some(s) => a.assignment.members(s),
        None => (0..f.len).collect(),
    };
    let customers = &a.shop.customers;
    // Unknown values sort last whichever the direction.
    let by = |v: &[f64], x: usize, y: usize| match (v[x].is_nan(), v[y].is_nan()) {
        (false, false) => v[x].total_cmp(&v[y]),
        (a, b) => a.cmp(&b),
    };
    members.sort_by(|&x, &y| {
        let order = match q.sort {
            SortKey::Id => customers.key(x).cmp(customers.key(y)),
            SortKey::Recency => by(&recency, x, y),
            SortKey::Frequency => by(&frequency, x, y),
            SortKey::Monetary => by(&monetary, x, y),
            SortKey::Score => by(&r, x, y).then(by(&fs, x, y)).then(by(&m, x, y)),
        };
        let order = if q.descending { order.reverse() } else { order };
        order.then(customers.key(x).cmp(customers.key(y)))
    });
    let page_size = q.page_size.clamp(1, 500);
    let customers = &a.shop.customers;
    let rows = members
        .iter()
        .skip(q.page * page_size)
        .take(page_size)
        .map(|&c| {
            let known = |v: f64| (!v.is_nan()).then_some(v);
            let name = match (
                customers.text_of(Role::FullName, c),
                customers.text_of(Role::FirstName, c),
                customers.text_of(Role::LastName, c),
            ) {
                (Some(full), _, _) => full.to_string(),
                (None, first, last) => [first, last]
                    .iter()
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            CustomerRow {
                id: customers.key(c).to_string(),
                email: customers.text_of(Role::Email, c).unwrap_or("").to_string(),
                name: customers
                    .text_of(Role::Company, c)
                    .map_or(name.clone(), |co| {
                        if name.is_empty() {
                            co.to_string()
                        } else {
                            format!("{name} ({co})")
                        }
                    }),
                segment: a.assignment.segments[usize::from(a.assignment.of_customer[c])].clone(),
                recency: known(recency[c]),
                frequency: known(frequency[c]),
                monetary: known(monetary[c]),
                scores: (!r[c].is_nan()).then(|| (r[c] as u8, fs[c] as u8, m[c] as u8)),
            }
        })
        .collect();
    CustomerPage {
        total: members.len(),
        page: q.page,
        page_size,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Response::Analyzed(view) => (s, *view),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_becomes_segments_with_a_report() {
        let (_, view) = analyzed();
        assert_eq!(view.customers, 3);
        assert_eq!(view.orders, 4);
        assert_eq!(view.reference.to_string(), "2024-03-10");
        assert_eq!(view.revenue, 132.5);
        assert_eq!(view.segments.iter().map(|s| s.customers).sum::<usize>(), 3);
        assert_eq!(view.grid.len(), 5);
        assert_eq!(
            view.grid
                .iter()
                .flatten()
                .map(|c| c.customers)
                .sum::<usize>(),
            3
        );
        assert_eq!(view.report.rows_read, 5);
        assert_eq!(view.report.rows_used, 5);
        assert!(view.report.left_out[0].starts_with("1 rows with negative amounts"));
        assert_eq!(view.explanation.len(), 4);
    }

    #[test]
    fn customer_pages_sort_and_export_neutralises() {
        let (mut s, _) = analyzed();
        let page = match s.handle(Request::Customers(CustomerQuery {
            segment: None,
            sort: SortKey::Monetary,
            descending: true,
            page: 0,
            page_size: 2,
        })) {
            Response::Customers(p) => p,
            other => panic!("{other:?}"),
        };
        assert_eq!(page.total, 3);
        assert_eq!(
            page.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            vec!["B", "A"]
        );
        let Response::Download(d) = s.handle(Request::Export(ExportRequest::AllCustomers)) else {
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
        assert!(matches!(r, Response::Failed(m) if m.contains("identifies the customer")));
    }
}
