//! Column roles → the shop's customers and orders.
//!
//! Binding a [`Mapping`] to a [`Table`] turns rows into customers and orders: `orders`
//! groups order rows and works out each order's money and status, `summary` reads
//! customer lists with totals, `attributes` gathers each customer's details (from their
//! most recent row), and `status` says what an order status means. Every row left out
//! gets a [`RowProblem`] with its line and reason.

mod attributes;
pub mod currency;
mod orders;
mod status;
mod summary;

pub use attributes::{
    company_size, gender_label, m_means_female, yes_or_no, FEMALE_WORDS, MALE_WORDS, TEXT_DETAILS,
};
pub use currency::LeftOutCurrencies;
pub use status::StatusClass;

use crate::basics::calendar::Date;
use crate::basics::money::Units;
use crate::basics::parallel::map_parts;
use crate::reading::{
    read_time, Codes, Column, ColumnData, Dictionary, IntIds, Numbers, Problem, RawCells, RawText,
    RowProblem, Stamps, Table, Value,
};
use crate::roles::{ColumnChoice, Mapping, Missing, Role};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// What one row of the file stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileShape {
    /// Several rows per order, one per product line.
    OrderLines,
    /// One row per order (or payment).
    Orders,
    /// One row per customer, with their totals.
    CustomerSummary,
}

impl FileShape {
    /// How the page names the shape, in `language`: "orders (one row per order)".
    pub fn label(self, language: Language) -> String {
        let key = match self {
            FileShape::OrderLines => Key::OverviewShapeOrderLines,
            FileShape::Orders => Key::OverviewShapeOrders,
            FileShape::CustomerSummary => Key::OverviewShapeCustomerSummary,
        };
        language.text(key, &[])
    }
}

/// How the amount column counts money in a file with several rows per order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountKind {
    /// Each row's amount is that line's total; an order is their sum.
    LineTotals,
    /// The order's total, on its first row only (Shopify).
    OrderTotalOnFirstRow,
    /// The order's total, repeated on every row.
    OrderTotalRepeated,
    /// No amount column: quantity × unit price, added up.
    QuantityTimesPrice,
}

impl AmountKind {
    /// How the row report explains it, in `language`.
    pub fn label(self, language: Language) -> String {
        let key = match self {
            AmountKind::LineTotals => Key::OverviewAmountLineTotals,
            AmountKind::OrderTotalOnFirstRow => Key::OverviewAmountOrderTotalOnFirstRow,
            AmountKind::OrderTotalRepeated => Key::OverviewAmountOrderTotalRepeated,
            AmountKind::QuantityTimesPrice => Key::OverviewAmountQuantityTimesPrice,
        };
        language.text(key, &[])
    }
}

/// A label per customer (country, gender, favourite weekday…): a code per customer into
/// `labels`. Shared (behind an `Arc`) between the customers' details and the features made
/// from them, so a million e-mail addresses are held once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Categories {
    /// Per customer, a code into `labels`; 0 when unknown.
    pub codes: Vec<u32>,
    /// The distinct labels.
    pub labels: Dictionary,
}

impl Categories {
    /// Categories whose label `i + 1` is `labels[i]`.
    pub fn from_labels(labels: &[&str], codes: Vec<u32>) -> Categories {
        let mut dict = Dictionary::new();
        for l in labels {
            dict.code(l);
        }
        dict.freeze();
        Categories {
            codes,
            labels: dict,
        }
    }

    /// The label of customer `c`, empty when unknown.
    pub fn get(&self, c: usize) -> &str {
        self.labels.get(self.codes[c])
    }

    /// The labels some customer has, most customers first; equal counts alphabetically, so
    /// the same shop ranks its labels the same whatever order its export lists them in.
    pub fn ranked(&self) -> Vec<RankedLabel<'_>> {
        let mut counts = vec![0usize; self.labels.len() + 1];
        for &c in &self.codes {
            counts[c as usize] += 1;
        }
        let mut ranked: Vec<RankedLabel> = self
            .labels
            .iter()
            .filter(|(code, _)| counts[*code as usize] > 0)
            .map(|(code, label)| RankedLabel {
                code,
                label,
                customers: counts[code as usize],
            })
            .collect();
        ranked.sort_by(|a, b| b.customers.cmp(&a.customers).then(a.label.cmp(b.label)));
        ranked
    }
}

/// A label with the number of customers who have it ([`Categories::ranked`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankedLabel<'a> {
    /// The label's code.
    pub code: u32,
    /// The label.
    pub label: &'a str,
    /// Customers with it.
    pub customers: usize,
}

/// The shop's customers: identity, attributes and, for summary files, their totals.
#[derive(Clone, Debug, Default)]
pub struct Customers {
    /// Each customer's identifier as the file gives it (customer id, else e-mail), in one
    /// arena rather than a string each.
    pub keys: RawText,
    /// Text attributes by role (e-mail, names, places, gender, industry, …).
    pub text: BTreeMap<Role, std::sync::Arc<Categories>>,
    /// Numeric attributes by role (age, company size).
    pub numbers: BTreeMap<Role, Vec<Option<f64>>>,
    /// Birth dates, when mapped.
    pub birth_date: Option<Vec<Option<Date>>>,
    /// Accepts marketing, when mapped.
    pub accepts_marketing: Option<Vec<Option<bool>>>,
    /// Money refunded per customer through negative amounts (not orders).
    pub refunded: Vec<f64>,
    /// The same refunds one by one, with their dates, so that spend in a period nets the
    /// refunds made in it as total spend nets them all. Empty when the binding did not
    /// date them; then only totals net refunds.
    pub refunds: Refunds,
    /// The totals a customer summary file carries.
    pub summary: Option<SummaryFigures>,
}

impl Customers {
    /// Number of customers.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Customer `c`'s identifier.
    pub fn key(&self, c: usize) -> &str {
        self.keys.get(c)
    }

    /// The customer whose identifier is `key`.
    pub fn position(&self, key: &str) -> Option<usize> {
        (0..self.len()).find(|&c| self.key(c) == key)
    }

    /// A text attribute's value for customer `c`, when the role is mapped and known.
    pub fn text_of(&self, role: Role, c: usize) -> Option<&str> {
        self.text
            .get(&role)
            .map(|a| a.get(c))
            .filter(|v| !v.is_empty())
    }

    /// Customer `c`'s name as a list shows it: the full name, else first and last name,
    /// with the company in brackets; empty when the file has none of them.
    pub fn display_name(&self, c: usize) -> String {
        let name = match (
            self.text_of(Role::FullName, c),
            self.text_of(Role::FirstName, c),
            self.text_of(Role::LastName, c),
        ) {
            (Some(full), _, _) => full.to_string(),
            (None, first, last) => [first, last]
                .iter()
                .flatten()
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        };
        match self.text_of(Role::Company, c) {
            Some(company) if name.is_empty() => company.to_string(),
            Some(company) => format!("{name} ({company})"),
            None => name,
        }
    }

    /// Where customer `c` is, from the most to the least precise place known: "Lyon, FR".
    pub fn place(&self, c: usize) -> String {
        [Role::City, Role::Region, Role::Country]
            .iter()
            .filter_map(|&r| self.text_of(r, c))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Refunds recorded as rows of negative money (not orders), one entry per refund.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refunds {
    /// The customer (index into [`Customers`]).
    pub customer: Vec<u32>,
    /// The day of the refund.
    pub date: Vec<Date>,
    /// Money refunded, as a positive amount.
    pub amount: Vec<f64>,
}

impl Refunds {
    /// Records that `customer` was refunded `amount` (its sign is ignored) on `date`.
    pub fn push(&mut self, customer: u32, date: Date, amount: f64) {
        self.customer.push(customer);
        self.date.push(date);
        self.amount.push(amount.abs());
    }

    /// Number of refunds.
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }
}

/// Per-customer totals from a customer summary file.
#[derive(Clone, Debug, Default)]
pub struct SummaryFigures {
    /// Total spent.
    pub spent: Vec<Option<f64>>,
    /// Number of orders.
    pub orders: Vec<Option<f64>>,
    /// Last order date.
    pub last: Vec<Option<Date>>,
    /// First order date.
    pub first: Vec<Option<Date>>,
}

/// Kept orders, one entry per order.
#[derive(Clone, Debug, Default)]
pub struct Orders {
    /// The customer (index into [`Customers`]).
    pub customer: Vec<u32>,
    /// The order date.
    pub date: Vec<Date>,
    /// Minute of the day, [`Orders::NO_TIME`] for an order without one; empty when no order
    /// has a time (most exports), which saves two bytes per order.
    pub minute: Vec<u16>,
    /// Money, net of refunds recorded on the order.
    pub amount: Vec<f64>,
    /// Whether a discount code was used, when the file says.
    pub discounted: Option<Vec<bool>>,
}

impl Orders {
    /// The minute of an order without a time of day.
    pub const NO_TIME: u16 = u16::MAX;

    /// Number of orders.
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }
}

/// Product lines of kept orders, when the file names products or categories. Lines are
/// stored order by order: order `o`'s lines are `start[o]..start[o + 1]`, or line `o` alone
/// when `start` is empty (every order has one line, as in files of orders).
#[derive(Clone, Debug, Default)]
pub struct Lines {
    /// Where each order's lines begin (one more entry than orders); empty when every order
    /// has exactly one line.
    pub start: Vec<u32>,
    /// Product category code into `categories` (0 = none).
    pub category: Codes,
    /// Product code into `products` (0 = none).
    pub product: Codes,
    /// The line's money (see [`AmountKind`] for how it is found), exact: it shares an
    /// order's spend between categories. Empty when every order has one line worth the
    /// order's amount (read it through [`Lines::amount`]).
    pub amount: Vec<Units>,
    /// Category names.
    pub categories: Dictionary,
    /// Product names (or SKUs when there are no names).
    pub products: Dictionary,
}

impl Lines {
    /// The lines of kept order `order`, as a range of line indices.
    pub fn of_order(&self, order: usize) -> std::ops::Range<usize> {
        if self.start.is_empty() {
            return order..order + 1;
        }
        self.start[order] as usize..self.start[order + 1] as usize
    }

    /// The money of line `line`.
    pub fn amount(&self, line: usize, orders: &Orders) -> Units {
        match self.amount.get(line) {
            Some(&amount) => amount,
            None => Units::of(orders.amount[line]),
        }
    }
}

/// What binding did with the rows, for the report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct BindReport {
    /// Rows the binding looked at (the table's rows).
    pub rows: usize,
    /// Rows that went into kept orders (or customers, for summaries).
    pub rows_used: usize,
    /// Rows left out, with line and reason.
    pub problems: Vec<RowProblem>,
    /// Orders left out by status, per status as written: (status, class, orders).
    pub left_out: Vec<(String, StatusClass, usize)>,
    /// Rows with negative amounts, counted as refunds and not as orders.
    pub refund_rows: usize,
    /// Statuses of kept orders as written, with their order counts.
    pub kept_statuses: Vec<(String, usize)>,
    /// How the amount column was counted (order files with several rows per order).
    pub amount_kind: Option<AmountKind>,
    /// Orders and refunds dated on or after the reference date, left out of everything.
    pub after_reference: AfterReference,
    /// In a file that names several currencies, the rows left out because they are in
    /// another than the one counted.
    pub currencies: LeftOutCurrencies,
}

/// What a reference date before the file's last order left out: the shop as it stood at the
/// start of that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AfterReference {
    /// The reference date, when one cut the file.
    pub date: Option<Date>,
    /// Orders (refunds included) dated on or after it.
    pub orders: usize,
    /// Their rows.
    pub rows: usize,
    /// The latest of their dates.
    pub latest: Option<Date>,
}

/// The customers and orders a file describes.
#[derive(Clone, Debug)]
pub struct Shop {
    /// What a row stands for.
    pub shape: FileShape,
    /// The customers.
    pub customers: Customers,
    /// Kept orders (empty for customer summaries).
    pub orders: Orders,
    /// Product lines, when products or categories are mapped.
    pub lines: Option<Lines>,
    /// What happened to each row.
    pub report: BindReport,
}

/// Why a mapping cannot be bound at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingIncomplete {
    /// What is missing.
    pub missing: Vec<Missing>,
}

impl Sentence for MappingIncomplete {
    fn sentence(&self, language: Language) -> String {
        let sentences: Vec<String> = self.missing.iter().map(|m| m.sentence(language)).collect();
        sentences.join(" ")
    }
}

impl std::fmt::Display for MappingIncomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// Which of a file's orders to bind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BindOptions {
    /// The shop as it stood at the start of this day: orders and refunds dated on or after
    /// it are left out (and counted), so a customer whose first order is later does not
    /// exist yet. For files of orders; a list of customers cannot be cut at a date.
    pub before: Option<Date>,
    /// The one currency to count, in a file that names several ([`currency::currencies`]):
    /// rows in the others are left out (and counted).
    pub currency: Option<String>,
}

/// Binds a mapping to a table: every order in the file.
pub fn bind(table: &Table, mapping: &Mapping) -> Result<Shop, MappingIncomplete> {
    bind_with(table, mapping, &BindOptions::default(), |_| ()).map(|(shop, ())| shop)
}

/// Binds a mapping to a table as the shop stood at the start of `before`.
pub fn bind_before(
    table: &Table,
    mapping: &Mapping,
    before: Date,
) -> Result<Shop, MappingIncomplete> {
    let options = BindOptions {
        before: Some(before),
        ..BindOptions::default()
    };
    bind_with(table, mapping, &options, |_| ()).map(|(shop, ())| shop)
}

/// Binds a mapping to the orders of a table that `options` keep, and runs `meanwhile` on
/// the customers and orders while the customers' details (e-mail, places, age, consent)
/// are gathered from their rows, on another core where there are threads: `meanwhile`
/// must not rely on those details.
pub fn bind_with<T: Send>(
    table: &Table,
    mapping: &Mapping,
    options: &BindOptions,
    meanwhile: impl FnOnce(&Shop) -> T + Send,
) -> Result<(Shop, T), MappingIncomplete> {
    let missing = mapping.missing();
    if !missing.is_empty() {
        return Err(MappingIncomplete { missing });
    }
    let cols = Bound::new(table, mapping);
    Ok(if mapping.is_customer_summary() {
        summary::bind_summary(table, &cols, options, meanwhile)
    } else {
        orders::bind_orders(table, &cols, options, meanwhile)
    })
}

/// The earliest day any row of `table` is dated in its order-date column, whatever becomes
/// of the row when bound. Every customer binding finds has an order or a refund dated
/// before the reference day, so an analysis as of this day, or an earlier one, finds none.
/// None when the mapping is incomplete, names no order date or describes customers'
/// totals, or when no row has a date.
pub fn earliest_order_day(table: &Table, mapping: &Mapping) -> Option<Date> {
    let stamps = order_date_stamps(table, mapping)?;
    (0..stamps.values.len())
        .filter_map(|row| stamps.at(row))
        .map(|stamp| stamp.date)
        .min()
}

/// How many rows of `table` are dated before `day` in its order-date column, whatever
/// becomes of them when bound (0 where [`earliest_order_day`] is `None`): when binding
/// finds no customer before `day`, none of these rows could be used.
pub fn rows_dated_before(table: &Table, mapping: &Mapping, day: Date) -> usize {
    order_date_stamps(table, mapping).map_or(0, |stamps| {
        (0..stamps.values.len())
            .filter_map(|row| stamps.at(row))
            .filter(|stamp| stamp.date < day)
            .count()
    })
}

/// The order-date column's stamps, when the mapping is complete and describes orders.
fn order_date_stamps<'a>(table: &'a Table, mapping: &'a Mapping) -> Option<Stamps<'a>> {
    if !mapping.missing().is_empty() || mapping.is_customer_summary() {
        return None;
    }
    Bound::new(table, mapping).stamps(Role::OrderDate)
}

/// The mapped columns read as their roles need.
struct Bound<'a> {
    table: &'a Table,
    mapping: &'a Mapping,
    default_order: crate::reading::DateOrder,
}

impl<'a> Bound<'a> {
    fn new(table: &'a Table, mapping: &'a Mapping) -> Bound<'a> {
        Bound {
            table,
            mapping,
            default_order: table.options.default_date_order.get(),
        }
    }

    fn choice(&self, role: Role) -> Option<(usize, ColumnChoice)> {
        let i = self.mapping.column_of(role)?;
        (i < self.table.columns.len()).then(|| (i, self.mapping.columns[i]))
    }

    fn name(&self, role: Role) -> String {
        self.choice(role)
            .map(|(i, _)| self.table.columns[i].name.clone())
            .unwrap_or_default()
    }

    fn numbers(&self, role: Role) -> Option<Numbers<'a>> {
        self.choice(role)
            .map(|(i, c)| self.table.columns[i].numbers(c.number_style))
    }

    fn stamps(&self, role: Role) -> Option<Stamps<'a>> {
        self.choice(role)
            .map(|(i, c)| self.table.columns[i].stamps(c.date_order, self.default_order))
    }

    /// The column that has `role`.
    fn column(&self, role: Role) -> Option<&'a Column> {
        self.choice(role).map(|(i, _)| &self.table.columns[i])
    }

    /// Minutes of the day per row, from a time column.
    fn times(&self, role: Role) -> Option<Vec<Option<u16>>> {
        let (codes, dict) = self.codes(role)?;
        let by_code: Vec<Option<u16>> = std::iter::once(None)
            .chain(dict.iter().map(|(_, t)| read_time(t)))
            .collect();
        Some(codes.iter().map(|c| by_code[c as usize]).collect())
    }

    /// The column as dictionary codes (see [`Column::coded`]).
    fn codes(&self, role: Role) -> Option<(Cow<'a, Codes>, Cow<'a, Dictionary>)> {
        self.column(role).map(Column::coded)
    }

    /// Customer identity per row: the customer id, else the e-mail in lower case. Returns a
    /// key code per row (0 = none) into the returned dictionary.
    fn customer_keys(&self) -> (Vec<u32>, Dictionary) {
        let mut keys = Dictionary::new();
        let ids = KeySource::new(self.column(Role::CustomerId), false, &mut keys);
        let emails = KeySource::new(self.column(Role::Email), true, &mut keys);
        let per_row = (0..self.table.rows)
            .map(|r| match ids.key(r, &mut keys) {
                0 => emails.key(r, &mut keys),
                key => key,
            })
            .collect();
        (per_row, keys)
    }

    fn identity_name(&self) -> Value {
        if self.mapping.has(Role::CustomerId) {
            Value::CustomerId
        } else {
            Value::Email
        }
    }
}

/// Where customer keys come from: a numbered column is mapped once per distinct value, a
/// column kept as written is looked up row by row.
enum KeySource<'a> {
    None,
    Coded {
        codes: Cow<'a, Codes>,
        key_of_code: Vec<u32>,
    },
    Raw {
        column: &'a Column,
        lower: bool,
    },
    /// Prefix-and-number identifiers: the number indexes a table of keys, so each row costs
    /// one array read, and each customer one text lookup.
    Ids {
        ids: &'a IntIds,
        key_of_value: std::cell::RefCell<Vec<u32>>,
    },
}

impl<'a> KeySource<'a> {
    fn new(column: Option<&'a Column>, lower: bool, keys: &mut Dictionary) -> KeySource<'a> {
        let Some(column) = column else {
            return KeySource::None;
        };
        match column.codes() {
            Some((codes, dict)) => {
                let key_of_code = std::iter::once(0)
                    .chain(dict.iter().map(|(_, text)| key_code(text, lower, keys)))
                    .collect();
                KeySource::Coded {
                    codes: Cow::Borrowed(codes),
                    key_of_code,
                }
            }
            None => match column
                .int_ids()
                .and_then(|ids| Some((ids, top_to_index_by(ids)?)))
            {
                Some((ids, top)) => KeySource::Ids {
                    ids,
                    key_of_value: std::cell::RefCell::new(vec![u32::MAX; top as usize + 1]),
                },
                None => KeySource::Raw { column, lower },
            },
        }
    }

    fn key(&self, row: usize, keys: &mut Dictionary) -> u32 {
        match self {
            KeySource::None => 0,
            KeySource::Coded { codes, key_of_code } => key_of_code[codes.get(row) as usize],
            KeySource::Raw { column, lower } => key_code(&column.text(row), *lower, keys),
            KeySource::Ids { ids, key_of_value } => match ids.value(row) {
                None => 0,
                Some(v) => {
                    let mut table = key_of_value.borrow_mut();
                    let slot = &mut table[v as usize];
                    if *slot == u32::MAX {
                        // Distinct numbers are distinct texts: no lookup needed to add them.
                        let text = ids.text(row);
                        let text = clean_cell(&text);
                        *slot = if is_placeholder_id(text) {
                            0
                        } else {
                            keys.code_new(text)
                        };
                    }
                    *slot
                }
            },
        }
    }
}

/// The largest of `ids` when they are dense enough to index a table by: up to a few times
/// the number of rows.
fn top_to_index_by(ids: &IntIds) -> Option<u32> {
    let top = (0..ids.len())
        .filter_map(|r| ids.value(r))
        .max()
        .unwrap_or(0);
    (top as usize <= 4 * ids.len() + 1024).then_some(top)
}

/// Stores the distinct texts of the table's columns kept as written once each, where their
/// cells follow the customer id (see [`RawCells::store_once_by`]): the e-mails of a file
/// with customer ids, before binding and the features need memory beside them. Without a
/// customer id column numbered or kept as numbers, nothing changes.
pub fn store_texts_once(table: &mut Table, mapping: &Mapping) {
    let Some(id) = mapping.column_of(Role::CustomerId) else {
        return;
    };
    let (before, rest) = table.columns.split_at_mut(id);
    let Some((id_column, after)) = rest.split_first_mut() else {
        return;
    };
    let columns: Vec<&mut RawCells> = before
        .iter_mut()
        .chain(after)
        .filter_map(|column| match &mut column.data {
            ColumnData::Raw(raw) => Some(raw),
            _ => None,
        })
        .collect();
    // Each column on a core of its own where there are threads (natively, the e-mails
    // beside the postcodes).
    if let Some((codes, dict)) = id_column.codes() {
        let customer = |r: usize| Some(codes.get(r)).filter(|&c| c != 0);
        map_parts(columns, |raw| raw.store_once_by(dict.len() + 1, customer));
    } else if let Some(ids) = id_column.int_ids() {
        let Some(top) = top_to_index_by(ids) else {
            return;
        };
        map_parts(columns, |raw| {
            raw.store_once_by(top as usize + 1, |r| ids.value(r))
        });
    }
}

/// The key code of an identity cell; 0 for an empty one or a guest placeholder.
fn key_code(text: &str, lower: bool, keys: &mut Dictionary) -> u32 {
    let text = clean_cell(text);
    // A customer id of 0 or "guest" is a guest checkout: no id, use the e-mail.
    if is_placeholder_id(text) {
        return 0;
    }
    if lower && text.chars().any(char::is_uppercase) {
        keys.code(&text.to_lowercase())
    } else {
        keys.code(text)
    }
}

/// A cell as the shop meant it: trimmed, without the apostrophe spreadsheets and Shopify
/// put before numbers (`'02134`, `'7412`) to keep their leading zeros.
pub fn clean_cell(text: &str) -> &str {
    let text = text.trim();
    // A byte test, not `strip_prefix`, which compares through a call to `memcmp`: this runs
    // once per customer per detail.
    let apostrophe = text.as_bytes().first() == Some(&b'\'');
    match apostrophe.then(|| &text[1..]) {
        Some(rest)
            if !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ' ' || c == '+' || c == '-') =>
        {
            rest
        }
        _ => text,
    }
}

/// Whether the discount cell at `row` says the order had a discount: any code (`SPRING10`),
/// or an amount other than zero (`coupon_discount` = 0.35, `-5.00`). An empty cell, a
/// zero amount (`0`, `0.00`) and the placeholders exports write for none (`none`, `n/a`,
/// `-`, `no`, `false`) say it had none. This is what the discount role means, whether the
/// export gives the code or the amount taken off.
///
/// ```
/// use segmenter_engine::reading::{read_table, ReadOptions};
/// use segmenter_engine::shop::discount_used;
/// let csv = "order,coupon_discount,code\n1,0.35,SPRING\n2,0.00,\n3,,none\n";
/// let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
/// let used = |column: usize| (0..3).map(|r| discount_used(&table.columns[column], r)).collect::<Vec<_>>();
/// assert_eq!(used(1), vec![true, false, false]);
/// assert_eq!(used(2), vec![true, false, false]);
/// ```
pub fn discount_used(column: &Column, row: usize) -> bool {
    if column.is_blank(row) {
        return false;
    }
    if let Some(v) = column.number_at(row) {
        return v != 0.0;
    }
    let text = column.text(row);
    let text = clean_cell(&text);
    !(text.is_empty()
        || is_placeholder_id(text)
        || ["no", "false", "nein", "non", "nee", "não", "nao"]
            .iter()
            .any(|p| text.eq_ignore_ascii_case(p)))
}

/// Identifiers exports use for "no customer": guest checkouts.
fn is_placeholder_id(text: &str) -> bool {
    matches!(text, "0" | "-" | "")
        || ["guest", "none", "n/a", "null"]
            .iter()
            .any(|p| text.eq_ignore_ascii_case(p))
}

/// Per-row problems for a role's unreadable cells, by row.
fn unreadable_problems(
    bound: &Bound<'_>,
    role: Role,
    unreadable: &[(u32, String)],
    date: bool,
) -> Vec<(u32, RowProblem)> {
    let column = Some(bound.name(role));
    unreadable
        .iter()
        .map(|(row, text)| {
            let problem = if date {
                Problem::NotADate { text: text.clone() }
            } else {
                Problem::NotANumber { text: text.clone() }
            };
            (
                *row,
                RowProblem {
                    line: bound.table.line_of(*row as usize),
                    column: column.clone(),
                    problem,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;

    /// Reads and binds a CSV text with the proposed mapping.
    pub(crate) fn shop(csv: &str) -> Shop {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let mapping = propose_mapping(&table);
        bind(&table, &mapping).unwrap()
    }

    /// However a file's earliest rows end up (cancelled, a refund, without an amount or a
    /// customer, dated with a time in another zone), binding as of the earliest order day or
    /// before it finds no customer; the day customers first appear is worked out by hand.
    #[test]
    fn no_customer_is_found_before_the_earliest_order_day() {
        let day = |text: &str| Date::parse_iso(text).unwrap();
        let files = [
            // A cancelled order first: the next day still finds no customer.
            (
                "order_id,customer_id,date,amount,status\n1,A,2024-03-01,10,cancelled\n\
                 2,B,2024-03-05,20,paid\n",
                "2024-03-01",
                "2024-03-06",
            ),
            // A refund first: its customer exists from the next day.
            (
                "order_id,customer_id,date,amount\n1,A,2024-03-01,-10\n2,A,2024-03-04,20\n",
                "2024-03-01",
                "2024-03-02",
            ),
            // Without an amount, then without a customer.
            (
                "order_id,customer_id,date,amount\n1,A,2024-03-01,\n2,,2024-03-02,5\n\
                 3,C,2024-03-03,7\n",
                "2024-03-01",
                "2024-03-04",
            ),
            // A time in New York's evening is the next day in the shop's zone (UTC).
            (
                "order_id,customer_id,date,amount\n1,A,2024-03-01T23:30:00-05:00,10\n\
                 2,B,2024-03-09T08:00:00Z,10\n",
                "2024-03-02",
                "2024-03-03",
            ),
        ];
        for (csv, earliest, customers_from) in files {
            let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
            let mapping = propose_mapping(&table);
            assert_eq!(
                earliest_order_day(&table, &mapping),
                Some(day(earliest)),
                "{csv}"
            );
            for offset in -2..=8 {
                let before = day(earliest).plus_days(offset);
                let options = BindOptions {
                    before: Some(before),
                    currency: None,
                };
                let (shop, ()) = bind_with(&table, &mapping, &options, |_| ()).unwrap();
                assert_eq!(
                    shop.customers.is_empty(),
                    before < day(customers_from),
                    "{csv} as of {before:?}"
                );
            }
        }
    }

    #[test]
    fn e_mails_stored_once_bind_as_they_were_written() {
        let mut csv = String::from("order_id,customer_id,email,date,amount\n");
        // Enough rows and customers for the reader to keep the e-mails as written.
        for order in 0..70_000 {
            let customer = order % 25_000;
            csv += &format!(
                "{order},C{customer:05},Person.{customer}@Example.com,2024-{:02}-{:02},{}.50\n",
                1 + order % 12,
                1 + order % 28,
                10 + customer
            );
        }
        let mut table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let mapping = propose_mapping(&table);
        // Remapped so that the e-mail says who the customer is, as a merchant may do.
        let mut by_e_mail = mapping.clone();
        by_e_mail.assign(1, None);
        let as_written = [&mapping, &by_e_mail].map(|m| bind(&table, m).unwrap());
        store_texts_once(&mut table, &mapping);
        let e_mails = &table.columns[2];
        assert!(matches!(
            e_mails.data,
            ColumnData::Raw(RawCells::Once { .. })
        ));
        assert_eq!(e_mails.text(69_999), "Person.19999@Example.com");
        let stored_once = [&mapping, &by_e_mail].map(|m| bind(&table, m).unwrap());
        assert_eq!(format!("{stored_once:?}"), format!("{as_written:?}"));
        assert_eq!(stored_once[1].customers.key(0), "person.0@example.com");
    }

    #[test]
    fn every_unusable_row_is_reported_with_line_and_column() {
        let s = shop(
            "customer_id,order_date,amount\nA,2024-01-05,10.50\n,2024-01-05,3.50\nB,someday,3.50\nC,2024-01-05,lots\nD,,1.50\n",
        );
        let report: Vec<String> = s.report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            report,
            vec![
                "Line 3, column \"customer_id\": has no customer ID",
                "Line 4, column \"order_date\": \"someday\" is not a date",
                "Line 5, column \"amount\": \"lots\" is not a number",
                "Line 6, column \"order_date\": has no order date",
            ]
        );
        assert_eq!(s.report.rows_used, 1);
    }

    #[test]
    fn an_order_without_a_date_or_money_reports_every_line() {
        let s = shop(
            "order_id,customer_id,order_date,amount\n\
             1,A,,5.00\n1,A,,6.00\n1,A,,7.00\n\
             2,B,2024-01-05,\n2,B,2024-01-05,\n\
             3,C,2024-01-06,4.00\n3,C,2024-01-06,5.00\n",
        );
        let report: Vec<String> = s.report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            report,
            vec![
                "Line 2, column \"order_date\": has no order date",
                "Line 3, column \"order_date\": has no order date",
                "Line 4, column \"order_date\": has no order date",
                "Line 5, column \"amount\": has no amount",
                "Line 6, column \"amount\": has no amount",
            ]
        );
        assert_eq!(s.orders.amount, vec![9.0]);
        assert_eq!(s.report.rows_used, 2);
    }

    #[test]
    fn numeric_discount_amounts_say_whether_a_discount_was_used() {
        let table = read_table(
            "order_id,coupon_discount,discount_code\n1,0.35,SPRING\n2,0.00,\n3,,n/a\n4,-5,0\n"
                .as_bytes(),
            &ReadOptions::default(),
        )
        .unwrap();
        let used = |column: usize| -> Vec<bool> {
            (0..4)
                .map(|r| discount_used(&table.columns[column], r))
                .collect()
        };
        assert_eq!(used(1), vec![true, false, false, true]);
        assert_eq!(used(2), vec![true, false, false, false]);
        let mapping = propose_mapping(&table);
        assert_eq!(mapping.column_of(Role::DiscountCode), Some(2));
        assert_eq!(Role::DiscountCode.label(Language::English), "Discount used");
    }
}
