//! What the page shows, as data: the file overview for the mapping screen, the analysis,
//! each scheme's segments, live previews, customer pages and the row report, with the
//! functions that build them from the engine's results.

use super::messages::{CustomerQuery, SchemeChoice, SortKey};
use crate::engine::calendar::Date;
use crate::engine::campaigns::Campaign;
use crate::engine::export::{Cell, CsvWriter};
use crate::engine::features::{ids, FeatureInfo, FeatureTable};
use crate::engine::grid::GridView;
use crate::engine::library::CatalogEntry;
use crate::engine::money::Currency;
use crate::engine::read::{
    separator_label, ColumnKind, DateOrder, Encoding, NumberStyle, RowProblem, Table,
};
use crate::engine::rfm::{RfmOptions, F_SCORE, M_SCORE, R_SCORE};
use crate::engine::roles::{normalize_header, propose_mapping, Mapping, Role};
use crate::engine::scheme::{Assignment, Scheme};
use crate::engine::seasons::Season;
use crate::engine::segments::SegmentSummary;
use crate::engine::shop::{FileShape, Shop, StatusClass};
use serde::{Deserialize, Serialize};

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

/// A file's customers, analysed: the figures of the whole shop, what the workbench can
/// offer for it, and the first segmentation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisView {
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
}

/// The customers segmented by one scheme: the same views for every scheme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchemeView {
    /// What the merchant chose.
    pub choice: SchemeChoice,
    /// The scheme's rules (a built-in scheme as the rules it made for this file).
    pub scheme: Scheme,
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
    pub error: Option<String>,
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
pub(super) const PROBLEMS_SHOWN: usize = 1000;

/// The mapping screen's view of a newly read file.
pub(super) fn overview(name: &str, table: &Table) -> FileOverview {
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
pub(super) fn all_problems(table: &Table, shop: Option<&Shop>) -> Vec<RowProblem> {
    let mut problems: Vec<RowProblem> = table.rejected.clone();
    if let Some(shop) = shop {
        problems.extend(shop.report.problems.iter().cloned());
    }
    problems.sort_by_key(|p| p.line);
    problems
}

/// Every row left out, as a CSV file.
pub(super) fn problems_csv(table: &Table, shop: Option<&Shop>) -> Vec<u8> {
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

/// What happened to the rows, for the report panel.
pub(super) fn row_report(table: &Table, shop: &Shop) -> RowReport {
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
pub(super) fn detect_currency(table: &Table, mapping: &Mapping) -> Currency {
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

/// One page of the customers `members`, sorted as asked.
pub(super) fn customer_page(
    shop: &Shop,
    f: &FeatureTable,
    assignment: &Assignment,
    mut members: Vec<usize>,
    q: &CustomerQuery,
) -> CustomerPage {
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
    let customers = &shop.customers;
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
    let rows = members
        .iter()
        .skip(q.page * page_size)
        .take(page_size)
        .map(|&c| {
            let known = |v: f64| (!v.is_nan()).then_some(v);
            CustomerRow {
                id: customers.key(c).to_string(),
                email: customers.text_of(Role::Email, c).unwrap_or("").to_string(),
                name: customers.display_name(c),
                segment: assignment.segments[usize::from(assignment.of_customer[c])].clone(),
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
