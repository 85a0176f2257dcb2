//! Column roles → the shop's customers and orders.
//!
//! Binding a [`Mapping`] to a [`Table`] groups rows into orders (rows sharing an order id
//! are one order; without order ids, one customer's rows on one day are), works out each
//! order's money whatever the export's habit (a total repeated on every line, a total on the
//! first line only as Shopify writes it, or line totals to add up), leaves out cancelled,
//! refunded, unpaid and test orders with a count per status, and gathers each customer's
//! attributes (from their most recent order). Every row left out gets a [`RowProblem`].

use crate::engine::calendar::Date;
use crate::engine::read::{
    read_time, Column, Dictionary, Numbers, Problem, RowProblem, Stamp, Stamps, Table,
};
use crate::engine::roles::{ColumnChoice, Mapping, Role};
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
    /// How the page names the shape.
    pub fn label(self) -> &'static str {
        match self {
            FileShape::OrderLines => "order lines (several rows per order)",
            FileShape::Orders => "orders (one row per order)",
            FileShape::CustomerSummary => "customer summary (one row per customer with totals)",
        }
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
    /// How the page explains it.
    pub fn label(self) -> &'static str {
        match self {
            AmountKind::LineTotals => "each row's amount is a line total; an order is their sum",
            AmountKind::OrderTotalOnFirstRow => {
                "the order total is on each order's first row; it is counted once per order"
            }
            AmountKind::OrderTotalRepeated => {
                "the order total is repeated on each of the order's rows; it is counted once per order"
            }
            AmountKind::QuantityTimesPrice => "amount = quantity × unit price, added up per order",
        }
    }
}

/// What an order status means for segmentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StatusClass {
    /// A real purchase: kept.
    Kept,
    /// Cancelled, voided or failed.
    Cancelled,
    /// Refunded in full.
    Refunded,
    /// Not paid (pending, on hold, awaiting payment).
    Unpaid,
    /// A test order.
    Test,
}

impl StatusClass {
    /// Classifies a status text from the exports of Shopify, WooCommerce, Stripe, Square and
    /// shop systems in six languages; unknown statuses are kept.
    pub fn of(status: &str) -> StatusClass {
        let s = status.trim().to_lowercase();
        let s = s.strip_prefix("wc-").unwrap_or(&s);
        let has = |words: &[&str]| words.iter().any(|w| s == *w || s.contains(w));
        if has(&[
            "partially",
            "partial",
            "teilweise",
            "partiel",
            "parcial",
            "gedeeltelijk",
        ]) {
            return StatusClass::Kept;
        }
        if has(&["test"]) {
            StatusClass::Test
        } else if has(&[
            "cancel",
            "void",
            "fail",
            "declin",
            "storn",
            "annul",
            "cancelad",
            "anulad",
            "geannuleerd",
            "abgebrochen",
            "fehlgeschlagen",
            "echoue",
            "échoué",
            "fallid",
            "mislukt",
            "falhou",
            "rejected",
        ]) {
            StatusClass::Cancelled
        } else if has(&[
            "refund",
            "erstattet",
            "rembours",
            "reembols",
            "terugbetaald",
            "returned",
        ]) {
            StatusClass::Refunded
        } else if has(&[
            "pending",
            "unpaid",
            "on-hold",
            "on hold",
            "awaiting",
            "expired",
            "draft",
            "abandon",
            "requires_payment",
            "incomplete",
            "uncaptured",
            "ausstehend",
            "offen",
            "unbezahlt",
            "en attente",
            "impay",
            "pendiente",
            "in afwachting",
            "onbetaald",
            "pendente",
            "aguardando",
        ]) {
            StatusClass::Unpaid
        } else {
            StatusClass::Kept
        }
    }

    /// How the report names orders of this class.
    pub fn label(self) -> &'static str {
        match self {
            StatusClass::Kept => "kept",
            StatusClass::Cancelled => "cancelled or failed",
            StatusClass::Refunded => "refunded",
            StatusClass::Unpaid => "not paid",
            StatusClass::Test => "test orders",
        }
    }
}

/// A text attribute of customers (country, gender…): a code per customer into `dict`.
#[derive(Clone, Debug, Default)]
pub struct TextAttribute {
    /// Per customer, a code into `dict`; 0 when unknown.
    pub codes: Vec<u32>,
    /// The distinct values.
    pub dict: Dictionary,
}

impl TextAttribute {
    /// The value for customer `c`, empty when unknown.
    pub fn get(&self, c: usize) -> &str {
        self.dict.get(self.codes[c])
    }
}

/// The shop's customers: identity, attributes and, for summary files, their totals.
#[derive(Clone, Debug, Default)]
pub struct Customers {
    /// Each customer's identifier as the file gives it (customer id, else e-mail).
    pub keys: Vec<String>,
    /// Text attributes by role (e-mail, names, places, gender, industry, …).
    pub text: BTreeMap<Role, TextAttribute>,
    /// Numeric attributes by role (age, company size).
    pub numbers: BTreeMap<Role, Vec<Option<f64>>>,
    /// Birth dates, when mapped.
    pub birth_date: Option<Vec<Option<Date>>>,
    /// Accepts marketing, when mapped.
    pub accepts_marketing: Option<Vec<Option<bool>>>,
    /// Money refunded per customer through negative amounts (not orders).
    pub refunded: Vec<f64>,
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

    /// A text attribute's value for customer `c`, when the role is mapped and known.
    pub fn text_of(&self, role: Role, c: usize) -> Option<&str> {
        self.text
            .get(&role)
            .map(|a| a.get(c))
            .filter(|v| !v.is_empty())
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
    /// Minute of the day, when the file has times.
    pub minute: Vec<Option<u16>>,
    /// Money, net of refunds recorded on the order.
    pub amount: Vec<f64>,
    /// Whether a discount code was used, when the file says.
    pub discounted: Option<Vec<bool>>,
}

impl Orders {
    /// Number of orders.
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }
}

/// Product lines of kept orders, when the file names products or categories.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    /// The order (index into [`Orders`]).
    pub order: Vec<u32>,
    /// Product category code into `categories` (0 = none).
    pub category: Vec<u32>,
    /// Product code into `products` (0 = none).
    pub product: Vec<u32>,
    /// The line's money (see [`AmountKind`] for how it is found).
    pub amount: Vec<f64>,
    /// Category names.
    pub categories: Dictionary,
    /// Product names (or SKUs when there are no names).
    pub products: Dictionary,
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
    /// What is missing, as sentences.
    pub missing: Vec<String>,
}

impl std::fmt::Display for MappingIncomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.missing.join(" "))
    }
}

/// Binds a mapping to a table.
pub fn bind(table: &Table, mapping: &Mapping) -> Result<Shop, MappingIncomplete> {
    let missing = mapping.missing();
    if !missing.is_empty() {
        return Err(MappingIncomplete { missing });
    }
    let cols = Bound::new(table, mapping);
    Ok(if mapping.is_customer_summary() {
        bind_summary(table, &cols)
    } else {
        bind_orders(table, &cols)
    })
}

/// The mapped columns read as their roles need.
struct Bound<'a> {
    table: &'a Table,
    mapping: &'a Mapping,
    default_order: crate::engine::read::DateOrder,
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

    fn numbers(&self, role: Role) -> Option<Numbers> {
        self.choice(role)
            .map(|(i, c)| self.table.columns[i].numbers(c.number_style))
    }

    fn stamps(&self, role: Role) -> Option<Stamps> {
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
        Some(codes.iter().map(|&c| by_code[c as usize]).collect())
    }

    /// The column as dictionary codes (see [`Column::coded`]).
    fn codes(&self, role: Role) -> Option<(Cow<'a, [u32]>, Cow<'a, Dictionary>)> {
        self.column(role).map(Column::coded)
    }

    /// Which order each row belongs to, as a group number per row (`u32::MAX` for rows
    /// without an order id), and how many groups there are.
    fn order_groups(&self) -> Option<(Vec<u32>, usize)> {
        let column = self.column(Role::OrderId)?;
        if let Some(runs) = monotone_runs(column) {
            return Some(runs);
        }
        let (codes, dict) = column.coded();
        let groups = codes.iter().map(|&c| c.wrapping_sub(1)).collect();
        Some((groups, dict.len()))
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

    fn identity_name(&self) -> String {
        if self.mapping.has(Role::CustomerId) {
            "customer ID".to_string()
        } else {
            "e-mail".to_string()
        }
    }
}

/// Where customer keys come from: a numbered column is mapped once per distinct value, a
/// column kept as written is looked up row by row.
enum KeySource<'a> {
    None,
    Coded { codes: Cow<'a, [u32]>, key_of_code: Vec<u32> },
    Raw { column: &'a Column, lower: bool },
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
            None => KeySource::Raw { column, lower },
        }
    }

    fn key(&self, row: usize, keys: &mut Dictionary) -> u32 {
        match self {
            KeySource::None => 0,
            KeySource::Coded { codes, key_of_code } => key_of_code[codes[row] as usize],
            KeySource::Raw { column, lower } => key_code(&column.text(row), *lower, keys),
        }
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

/// Order ids that are numbers running in one direction (`#1001`, `#1002`, … or the reverse,
/// as exports sort them) can only repeat within a run of rows: each run is one order, found
/// with no lookup per row. `None` when the ids are not like that.
fn monotone_runs(column: &Column) -> Option<(Vec<u32>, usize)> {
    let mut groups = Vec::with_capacity(column.len());
    let mut previous: Option<u64> = None;
    let mut direction = None;
    let mut runs = 0u32;
    for row in 0..column.len() {
        let text = column.text(row);
        let id = text.trim();
        if id.is_empty() {
            groups.push(u32::MAX);
            continue;
        }
        let n: u64 = id.strip_prefix('#').unwrap_or(id).parse().ok()?;
        match previous {
            Some(p) if p == n => {}
            Some(p) => {
                let d = n.cmp(&p);
                if direction.is_some_and(|known| known != d) {
                    return None;
                }
                direction = Some(d);
                runs += 1;
            }
            None => runs += 1,
        }
        previous = Some(n);
        groups.push(runs - 1);
    }
    Some((groups, runs as usize))
}

/// A cell as the shop meant it: trimmed, without the apostrophe spreadsheets and Shopify
/// put before numbers (`'02134`, `'7412`) to keep their leading zeros.
pub fn clean_cell(text: &str) -> &str {
    let text = text.trim();
    match text.strip_prefix('\'') {
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

/// What is known about one order while its rows are gathered.
#[derive(Clone, Copy)]
struct OrderAcc {
    key: u32,
    stamp: Option<Stamp>,
    status: u32,
    cancelled: bool,
    refunded: Option<f64>,
    discounted: bool,
    rows: u32,
    first_amount: Option<f64>,
    amount_sum: f64,
    amounts: u32,
    amounts_equal: bool,
    priced_sum: f64,
    priced: u32,
    negative: bool,
}

impl Default for OrderAcc {
    fn default() -> Self {
        OrderAcc {
            key: 0,
            stamp: None,
            status: 0,
            cancelled: false,
            refunded: None,
            discounted: false,
            rows: 0,
            first_amount: None,
            amount_sum: 0.0,
            amounts: 0,
            amounts_equal: true,
            priced_sum: 0.0,
            priced: 0,
            negative: false,
        }
    }
}

fn bind_orders(table: &Table, bound: &Bound<'_>) -> Shop {
    let rows = table.rows;
    let (keys_per_row, keys) = bound.customer_keys();
    let stamps = bound.stamps(Role::OrderDate);
    let times = bound.times(Role::OrderTime);
    let amounts = bound.numbers(Role::Amount);
    let quantity = bound.numbers(Role::Quantity);
    let price = bound.numbers(Role::UnitPrice);
    let refunded = bound.numbers(Role::RefundedAmount);
    let status = bound.codes(Role::OrderStatus);
    let cancelled = bound.stamps(Role::CancelledAt);
    let discount = bound.column(Role::DiscountCode);
    let order_groups = bound.order_groups();

    // Rows that cannot be used, with the first reason found for each.
    let mut rejected: BTreeMap<u32, RowProblem> = BTreeMap::new();
    let reject = |list: Vec<(u32, RowProblem)>, rejected: &mut BTreeMap<u32, RowProblem>| {
        for (row, p) in list {
            rejected.entry(row).or_insert(p);
        }
    };
    if let Some(s) = &stamps {
        reject(
            unreadable_problems(bound, Role::OrderDate, &s.unreadable, true),
            &mut rejected,
        );
    }
    for role in [Role::Amount, Role::Quantity, Role::UnitPrice] {
        let n = match role {
            Role::Amount => &amounts,
            Role::Quantity => &quantity,
            _ => &price,
        };
        if let Some(n) = n {
            reject(
                unreadable_problems(bound, role, &n.unreadable, false),
                &mut rejected,
            );
        }
    }
    let identity = bound.identity_name();
    let identity_column = bound.name(if bound.mapping.has(Role::CustomerId) {
        Role::CustomerId
    } else {
        Role::Email
    });
    for (r, &key) in keys_per_row.iter().enumerate() {
        if key == 0 {
            rejected.entry(r as u32).or_insert(RowProblem {
                line: table.line_of(r),
                column: Some(identity_column.clone()),
                problem: Problem::Missing {
                    what: identity.clone(),
                },
            });
        }
    }

    // Group rows into orders.
    let mut skipped = vec![false; rows];
    for &row in rejected.keys() {
        skipped[row as usize] = true;
    }
    let mut order_of_row = vec![u32::MAX; rows];
    let mut accs: Vec<OrderAcc> = Vec::with_capacity(order_groups.as_ref().map_or(rows, |g| g.1));
    let mut by_group: Vec<u32> = order_groups
        .as_ref()
        .map_or_else(Vec::new, |(_, n)| vec![u32::MAX; *n]);
    let mut by_day: rustc_hash::FxHashMap<(u32, i32), u32> = Default::default();
    let amount_at = |r: usize| amounts.as_ref().and_then(|a| a.values[r]);
    let priced_at = |r: usize| {
        price.as_ref().and_then(|p| p.values[r]).map(|p| {
            let q = quantity.as_ref().and_then(|q| q.values[r]).unwrap_or(1.0);
            p * q
        })
    };
    for r in 0..rows {
        if skipped[r] {
            continue;
        }
        let stamp = stamps.as_ref().and_then(|s| s.values[r]);
        let order = match &order_groups {
            Some((groups, _)) if groups[r] != u32::MAX => {
                let slot = &mut by_group[groups[r] as usize];
                if *slot == u32::MAX {
                    *slot = accs.len() as u32;
                    accs.push(OrderAcc::default());
                }
                *slot
            }
            _ => {
                // Without an order id, one customer's rows on one day are one order; a row
                // without a date is its own (and is reported below).
                match stamp {
                    Some(s) => *by_day
                        .entry((keys_per_row[r], s.date.0))
                        .or_insert_with(|| {
                            accs.push(OrderAcc::default());
                            accs.len() as u32 - 1
                        }),
                    None => {
                        accs.push(OrderAcc::default());
                        accs.len() as u32 - 1
                    }
                }
            }
        };
        order_of_row[r] = order;
        let acc = &mut accs[order as usize];
        acc.rows += 1;
        if acc.key == 0 {
            acc.key = keys_per_row[r];
        }
        if acc.stamp.is_none() {
            acc.stamp = stamp;
            if let (Some(st), Some(minute)) =
                (acc.stamp.as_mut(), times.as_ref().and_then(|t| t[r]))
            {
                st.minute = Some(minute);
            }
        }
        if let Some((codes, _)) = &status {
            if acc.status == 0 {
                acc.status = codes[r];
            }
        }
        acc.cancelled |= cancelled.as_ref().is_some_and(|c| c.values[r].is_some());
        if acc.refunded.is_none() {
            acc.refunded = refunded.as_ref().and_then(|n| n.values[r]);
        }
        acc.discounted |= discount.is_some_and(|d| !d.is_blank(r));
        if let Some(a) = amount_at(r) {
            if acc.amounts == 0 {
                acc.first_amount = Some(a);
            } else if acc.first_amount != Some(a) {
                acc.amounts_equal = false;
            }
            acc.amounts += 1;
            acc.amount_sum += a;
            acc.negative |= a < 0.0;
        }
        if let Some(p) = priced_at(r) {
            acc.priced += 1;
            acc.priced_sum += p;
        }
    }

    let amount_kind = decide_amount_kind(&accs, amounts.is_some());
    let order_lines = accs.iter().any(|a| a.rows > 1) && order_groups.is_some();

    // Customers: dense indices for keys that have a kept order or a refund.
    let mut customer_of_key = vec![u32::MAX; keys.len() + 1];
    let mut customers = Customers::default();
    let mut orders = Orders {
        discounted: discount.is_some().then(Vec::new),
        ..Orders::default()
    };
    let mut kept_index = vec![u32::MAX; accs.len()];
    let mut left_out: BTreeMap<(u32, StatusClass), usize> = BTreeMap::new();
    let mut kept_statuses: BTreeMap<u32, usize> = BTreeMap::new();
    let status_class: Vec<StatusClass> = status.as_ref().map_or_else(Vec::new, |(_, d)| {
        std::iter::once(StatusClass::Kept)
            .chain(d.iter().map(|(_, t)| StatusClass::of(t)))
            .collect()
    });
    let mut refund_rows = 0;
    let mut refund_problem_rows: Vec<u32> = Vec::new();
    let mut customer_for = |key: u32, customers: &mut Customers| -> u32 {
        let slot = &mut customer_of_key[key as usize];
        if *slot == u32::MAX {
            *slot = customers.keys.len() as u32;
            customers.keys.push(keys.get(key).to_string());
            customers.refunded.push(0.0);
        }
        *slot
    };
    for (i, acc) in accs.iter().enumerate() {
        let Some(stamp) = acc.stamp else {
            continue; // reported per row below
        };
        let class = if acc.cancelled {
            StatusClass::Cancelled
        } else {
            status_class
                .get(acc.status as usize)
                .copied()
                .unwrap_or(StatusClass::Kept)
        };
        if class != StatusClass::Kept {
            *left_out.entry((acc.status, class)).or_default() += 1;
            continue;
        }
        let money = match amount_kind {
            AmountKind::LineTotals => (acc.amounts > 0).then_some(acc.amount_sum),
            AmountKind::OrderTotalOnFirstRow | AmountKind::OrderTotalRepeated => acc.first_amount,
            AmountKind::QuantityTimesPrice => (acc.priced > 0).then_some(acc.priced_sum),
        };
        let Some(money) = money else {
            refund_problem_rows.push(i as u32);
            continue;
        };
        let customer = customer_for(acc.key, &mut customers);
        let net = money - acc.refunded.unwrap_or(0.0).abs();
        // Negative money is a refund: it lowers the customer's spend but is not an order
        // and says nothing about when they last bought.
        if money < 0.0 {
            customers.refunded[customer as usize] += -money;
            refund_rows += acc.rows as usize;
            continue;
        }
        *kept_statuses.entry(acc.status).or_default() += 1;
        kept_index[i] = orders.customer.len() as u32;
        orders.customer.push(customer);
        orders.date.push(stamp.date);
        orders.minute.push(stamp.minute);
        orders.amount.push(net);
        if let Some(d) = orders.discounted.as_mut() {
            d.push(acc.discounted);
        }
    }

    // Report rows of orders without a date or without money.
    let mut no_money = vec![false; accs.len()];
    for o in refund_problem_rows {
        no_money[o as usize] = true;
    }
    let money_noun = if amount_kind == AmountKind::QuantityTimesPrice {
        "unit price"
    } else {
        "amount"
    };
    let money_column = bound.name(if amount_kind == AmountKind::QuantityTimesPrice {
        Role::UnitPrice
    } else {
        Role::Amount
    });
    let date_column = bound.name(Role::OrderDate);
    let mut reported = vec![false; accs.len()];
    for (r, &o) in order_of_row.iter().enumerate() {
        if o == u32::MAX || std::mem::replace(&mut reported[o as usize], true) {
            continue;
        }
        let acc = &accs[o as usize];
        if acc.stamp.is_none() {
            rejected.insert(
                r as u32,
                RowProblem {
                    line: table.line_of(r),
                    column: Some(date_column.clone()),
                    problem: Problem::Missing {
                        what: "order date".to_string(),
                    },
                },
            );
        } else if no_money[o as usize] {
            rejected.insert(
                r as u32,
                RowProblem {
                    line: table.line_of(r),
                    column: Some(money_column.clone()),
                    problem: Problem::Missing {
                        what: money_noun.to_string(),
                    },
                },
            );
        }
    }

    let status_text = |code: u32| status.as_ref().map_or("", |(_, d)| d.get(code)).to_string();
    let rows_used = order_of_row
        .iter()
        .filter(|&&o| o != u32::MAX && (kept_index[o as usize] != u32::MAX))
        .count()
        + refund_rows;
    let lines = bind_lines(
        bound,
        &order_of_row,
        &kept_index,
        &accs,
        amount_kind,
        &amounts,
        &price,
        &quantity,
    );
    gather_attributes(bound, &mut customers, |r| {
        let o = order_of_row[r];
        if o == u32::MAX || kept_index[o as usize] == u32::MAX {
            return None;
        }
        let k = kept_index[o as usize] as usize;
        Some((orders.customer[k], orders.date[k]))
    });
    Shop {
        shape: if order_lines {
            FileShape::OrderLines
        } else {
            FileShape::Orders
        },
        customers,
        orders,
        lines,
        report: BindReport {
            rows,
            rows_used,
            problems: rejected.into_values().collect(),
            left_out: left_out
                .into_iter()
                .map(|((code, class), n)| (status_text(code), class, n))
                .collect(),
            refund_rows,
            kept_statuses: kept_statuses
                .into_iter()
                .filter(|(code, _)| *code != 0)
                .map(|(code, n)| (status_text(code), n))
                .collect(),
            amount_kind: order_lines.then_some(amount_kind),
        },
    }
}

/// Decides how the amount column counts money, from the orders with several rows.
fn decide_amount_kind(accs: &[OrderAcc], has_amount: bool) -> AmountKind {
    if !has_amount {
        return AmountKind::QuantityTimesPrice;
    }
    let multi: Vec<&OrderAcc> = accs.iter().filter(|a| a.rows > 1).collect();
    if multi.is_empty() {
        return AmountKind::LineTotals;
    }
    let n = multi.len();
    let first_only = multi.iter().filter(|a| a.amounts == 1).count();
    let repeated = multi
        .iter()
        .filter(|a| a.amounts == a.rows && a.amounts_equal)
        .count();
    if first_only * 10 >= n * 9 {
        AmountKind::OrderTotalOnFirstRow
    } else if repeated * 10 >= n * 9 {
        AmountKind::OrderTotalRepeated
    } else {
        AmountKind::LineTotals
    }
}

#[allow(clippy::too_many_arguments)]
fn bind_lines(
    bound: &Bound<'_>,
    order_of_row: &[u32],
    kept_index: &[u32],
    accs: &[OrderAcc],
    kind: AmountKind,
    amounts: &Option<Numbers>,
    price: &Option<Numbers>,
    quantity: &Option<Numbers>,
) -> Option<Lines> {
    let category = bound.codes(Role::Category);
    let product = bound
        .codes(Role::Product)
        .or_else(|| bound.codes(Role::Sku));
    if category.is_none() && product.is_none() {
        return None;
    }
    let mut lines = Lines::default();
    let remap = |src: &Option<(Cow<[u32]>, Cow<Dictionary>)>, dict: &mut Dictionary| -> Vec<u32> {
        src.as_ref().map_or_else(Vec::new, |(_, d)| {
            std::iter::once(0)
                .chain(d.iter().map(|(_, t)| dict.code(t.trim())))
                .collect()
        })
    };
    let category_map = remap(&category, &mut lines.categories);
    let product_map = remap(&product, &mut lines.products);
    for (r, &o) in order_of_row.iter().enumerate() {
        if o == u32::MAX || kept_index[o as usize] == u32::MAX {
            continue;
        }
        let acc = &accs[o as usize];
        let priced = price
            .as_ref()
            .and_then(|p| p.values[r])
            .map(|p| p * quantity.as_ref().and_then(|q| q.values[r]).unwrap_or(1.0));
        let amount = match kind {
            AmountKind::LineTotals => amounts.as_ref().and_then(|a| a.values[r]).unwrap_or(0.0),
            AmountKind::QuantityTimesPrice => priced.unwrap_or(0.0),
            // An order total says nothing about its lines: use their prices when known,
            // else share the total equally.
            _ => priced.unwrap_or_else(|| acc.first_amount.unwrap_or(0.0) / f64::from(acc.rows)),
        };
        lines.order.push(kept_index[o as usize]);
        lines.category.push(
            category
                .as_ref()
                .map_or(0, |(c, _)| category_map[c[r] as usize]),
        );
        lines.product.push(
            product
                .as_ref()
                .map_or(0, |(c, _)| product_map[c[r] as usize]),
        );
        lines.amount.push(amount);
    }
    Some(lines)
}

/// Fills each customer's attributes from their rows, the most recent row winning.
/// `row_owner(r)` gives the customer and date a row counts for, `None` for unused rows.
fn gather_attributes(
    bound: &Bound<'_>,
    customers: &mut Customers,
    row_owner: impl Fn(usize) -> Option<(u32, Date)>,
) {
    let n = customers.len();
    let rows = bound.table.rows;
    let owners: Vec<Option<(u32, Date)>> = (0..rows).map(&row_owner).collect();
    // Each customer's latest row (the last in the file on equal dates) gives their values.
    let mut latest: Vec<Option<(Date, usize)>> = vec![None; n];
    for (r, owner) in owners.iter().enumerate() {
        if let Some((c, d)) = owner {
            if latest[*c as usize].is_none_or(|(ld, _)| *d >= ld) {
                latest[*c as usize] = Some((*d, r));
            }
        }
    }
    // Where that row leaves a value empty, the latest row that has one: found with a second
    // pass over the rows, only when some customer needs it.
    let latest_row_with = |present: &dyn Fn(usize) -> bool| -> Vec<Option<usize>> {
        let mut best: Vec<Option<(Date, usize)>> = latest
            .iter()
            .map(|l| l.filter(|&(_, r)| present(r)))
            .collect();
        let missing = (0..n).filter(|&c| best[c].is_none() && latest[c].is_some()).count();
        if missing > 0 {
            for (r, owner) in owners.iter().enumerate() {
                if let Some((c, d)) = owner {
                    let c = *c as usize;
                    if latest[c].is_some_and(|(_, lr)| !present(lr))
                        && present(r)
                        && best[c].is_none_or(|(bd, _)| *d >= bd)
                    {
                        best[c] = Some((*d, r));
                    }
                }
            }
        }
        best.into_iter().map(|b| b.map(|(_, r)| r)).collect()
    };
    const TEXT_ROLES: [Role; 11] = [
        Role::Email,
        Role::FirstName,
        Role::LastName,
        Role::FullName,
        Role::Company,
        Role::Country,
        Role::Region,
        Role::City,
        Role::PostalCode,
        Role::Gender,
        Role::Industry,
    ];
    for role in TEXT_ROLES {
        let Some(column) = bound.column(role) else {
            continue;
        };
        // Only each customer's winning cell is read: an e-mail column of a million rows is
        // looked at once per customer, not numbered row by row.
        let winner = latest_row_with(&|r| !column.is_blank(r));
        let mut dict = Dictionary::new();
        let values = winner
            .iter()
            .map(|w| w.map_or(0, |r| dict.code(clean_cell(&column.text(r)))))
            .collect();
        customers.text.insert(
            role,
            TextAttribute {
                codes: values,
                dict,
            },
        );
    }
    for role in [Role::Age, Role::CompanySize] {
        let Some(numbers) = bound.numbers(role) else {
            continue;
        };
        let winner = latest_row_with(&|r| numbers.values[r].is_some());
        customers.numbers.insert(
            role,
            winner
                .iter()
                .map(|w| w.and_then(|r| numbers.values[r]))
                .collect(),
        );
    }
    if let Some(stamps) = bound.stamps(Role::BirthDate) {
        let winner = latest_row_with(&|r| stamps.values[r].is_some());
        customers.birth_date = Some(
            winner
                .iter()
                .map(|w| w.and_then(|r| stamps.values[r]).map(|s| s.date))
                .collect(),
        );
    }
    if let Some((codes, src)) = bound.codes(Role::AcceptsMarketing) {
        let meaning: Vec<Option<bool>> = std::iter::once(None)
            .chain(src.iter().map(|(_, t)| yes_or_no(t)))
            .collect();
        let winner = latest_row_with(&|r| meaning[codes[r] as usize].is_some());
        customers.accepts_marketing = Some(
            winner
                .iter()
                .map(|w| w.and_then(|r| meaning[codes[r] as usize]))
                .collect(),
        );
    }
}

/// Reads a yes/no cell in the languages and forms exports use.
pub fn yes_or_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    const YES: [&str; 13] = [
        "yes",
        "y",
        "true",
        "1",
        "ja",
        "oui",
        "si",
        "sí",
        "sim",
        "subscribed",
        "opted in",
        "x",
        "wahr",
    ];
    const NO: [&str; 11] = [
        "no",
        "n",
        "false",
        "0",
        "nein",
        "non",
        "não",
        "nao",
        "unsubscribed",
        "not subscribed",
        "nee",
    ];
    if YES.contains(&t.as_str()) {
        Some(true)
    } else if NO.contains(&t.as_str()) {
        Some(false)
    } else {
        None
    }
}

fn bind_summary(table: &Table, bound: &Bound<'_>) -> Shop {
    let rows = table.rows;
    let (keys_per_row, keys) = bound.customer_keys();
    let spent = bound.numbers(Role::TotalSpent);
    let count = bound.numbers(Role::OrdersCount);
    let last = bound.stamps(Role::LastOrderDate);
    let first = bound.stamps(Role::FirstOrderDate);
    let mut rejected: BTreeMap<u32, RowProblem> = BTreeMap::new();
    for (role, list, date) in [
        (
            Role::TotalSpent,
            spent.as_ref().map(|n| &n.unreadable),
            false,
        ),
        (
            Role::OrdersCount,
            count.as_ref().map(|n| &n.unreadable),
            false,
        ),
        (
            Role::LastOrderDate,
            last.as_ref().map(|s| &s.unreadable),
            true,
        ),
        (
            Role::FirstOrderDate,
            first.as_ref().map(|s| &s.unreadable),
            true,
        ),
    ] {
        if let Some(list) = list {
            for (row, p) in unreadable_problems(bound, role, list, date) {
                rejected.entry(row).or_insert(p);
            }
        }
    }
    let identity_column = bound.name(if bound.mapping.has(Role::CustomerId) {
        Role::CustomerId
    } else {
        Role::Email
    });
    let mut customers = Customers::default();
    let mut summary = SummaryFigures::default();
    let mut customer_of_key = vec![u32::MAX; keys.len() + 1];
    let mut owner_of_row: Vec<Option<u32>> = vec![None; rows];
    for r in 0..rows {
        if rejected.contains_key(&(r as u32)) {
            continue;
        }
        let key = keys_per_row[r];
        if key == 0 {
            rejected.insert(
                r as u32,
                RowProblem {
                    line: table.line_of(r),
                    column: Some(identity_column.clone()),
                    problem: Problem::Missing {
                        what: bound.identity_name(),
                    },
                },
            );
            continue;
        }
        if customer_of_key[key as usize] != u32::MAX {
            rejected.insert(
                r as u32,
                RowProblem {
                    line: table.line_of(r),
                    column: Some(identity_column.clone()),
                    problem: Problem::Duplicate {
                        what: format!("customer \"{}\"", keys.get(key)),
                    },
                },
            );
            continue;
        }
        customer_of_key[key as usize] = customers.keys.len() as u32;
        owner_of_row[r] = Some(customers.keys.len() as u32);
        customers.keys.push(keys.get(key).to_string());
        customers.refunded.push(0.0);
        summary.spent.push(spent.as_ref().and_then(|n| n.values[r]));
        summary
            .orders
            .push(count.as_ref().and_then(|n| n.values[r]));
        summary
            .last
            .push(last.as_ref().and_then(|s| s.values[r]).map(|s| s.date));
        summary
            .first
            .push(first.as_ref().and_then(|s| s.values[r]).map(|s| s.date));
    }
    let used = owner_of_row.iter().filter(|o| o.is_some()).count();
    gather_attributes(bound, &mut customers, |r| {
        owner_of_row[r].map(|c| (c, Date(0)))
    });
    customers.summary = Some(summary);
    Shop {
        shape: FileShape::CustomerSummary,
        customers,
        orders: Orders::default(),
        lines: None,
        report: BindReport {
            rows,
            rows_used: used,
            problems: rejected.into_values().collect(),
            ..BindReport::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::read::{read_table, ReadOptions};
    use crate::engine::roles::propose_mapping;

    fn shop(csv: &str) -> Shop {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let mapping = propose_mapping(&table);
        bind(&table, &mapping).unwrap()
    }

    #[test]
    fn order_lines_sharing_an_id_are_one_order() {
        let s = shop(
            "order_id,customer_id,order_date,amount,category\n\
             1,A,2024-01-05,10.00,Shoes\n1,A,2024-01-05,5.00,Socks\n2,B,2024-01-06,7.50,Shoes\n",
        );
        assert_eq!(s.shape, FileShape::OrderLines);
        assert_eq!(s.orders.len(), 2);
        assert_eq!(s.orders.amount, vec![15.0, 7.5]);
        assert_eq!(s.report.amount_kind, Some(AmountKind::LineTotals));
        let lines = s.lines.unwrap();
        assert_eq!(lines.order, vec![0, 0, 1]);
        assert_eq!(lines.categories.get(lines.category[1]), "Socks");
    }

    #[test]
    fn shopify_total_on_the_first_line_counts_once() {
        let s = shop(
            "Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price\n\
             #1001,a@x.com,paid,2024-01-05 10:00:00 +0100,30.00,1,Mug,10.00\n\
             #1001,a@x.com,,2024-01-05 10:00:00 +0100,,2,Tea,10.00\n\
             #1002,b@x.com,refunded,2024-01-06 11:00:00 +0100,12.00,1,Mug,12.00\n\
             #1003,A@X.com,paid,2024-02-01 09:00:00 +0100,8.00,1,Tea,8.00\n",
        );
        assert_eq!(s.report.amount_kind, Some(AmountKind::OrderTotalOnFirstRow));
        assert_eq!(s.orders.amount, vec![30.0, 8.0]);
        assert_eq!(s.customers.keys, vec!["a@x.com"]);
        assert_eq!(
            s.report.left_out,
            vec![("refunded".to_string(), StatusClass::Refunded, 1)]
        );
        let lines = s.lines.unwrap();
        assert_eq!(lines.amount, vec![10.0, 20.0, 8.0]);
    }

    #[test]
    fn without_order_ids_a_customer_day_is_one_order() {
        let s = shop(
            "customer,date,amount\nA,2024-01-05,10\nA,2024-01-05,5\nA,2024-01-07,1.50\nB,2024-01-05,2.50\n",
        );
        assert_eq!(s.orders.len(), 3);
        assert_eq!(s.orders.amount, vec![15.0, 1.5, 2.5]);
    }

    #[test]
    fn refunds_are_not_orders() {
        let s = shop("customer_id,date,amount\nA,2024-01-05,10.50\nA,2024-03-01,-4.00\n");
        assert_eq!(s.orders.len(), 1);
        assert_eq!(s.customers.refunded, vec![4.0]);
        assert_eq!(s.report.refund_rows, 1);
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
    fn quantity_times_price_when_there_is_no_total() {
        let s = shop("order_id,customer_id,date,qty,unit price\n1,A,2024-01-05,2,2.50\n1,A,2024-01-05,1,4.00\n");
        assert_eq!(s.orders.amount, vec![9.0]);
        assert_eq!(s.report.amount_kind, Some(AmountKind::QuantityTimesPrice));
    }

    #[test]
    fn customer_summaries_keep_their_totals() {
        let s = shop(
            "Customer ID,Email,Total Spent,Total Orders,Country\n1,a@x.com,120.50,3,DE\n2,b@x.com,0.00,0,FR\n1,c@x.com,5.00,1,IT\n",
        );
        assert_eq!(s.shape, FileShape::CustomerSummary);
        let summary = s.customers.summary.as_ref().unwrap();
        assert_eq!(summary.spent, vec![Some(120.5), Some(0.0)]);
        assert_eq!(s.customers.text_of(Role::Country, 1), Some("FR"));
        assert_eq!(s.report.problems.len(), 1);
    }

    #[test]
    fn attributes_come_from_the_latest_order() {
        let s = shop(
            "customer_id,date,amount,country\nA,2024-05-01,1.50,FR\nA,2024-01-01,1.50,DE\nA,2024-03-01,1.50,\n",
        );
        assert_eq!(s.customers.text_of(Role::Country, 0), Some("FR"));
    }

    #[test]
    fn statuses_in_several_languages() {
        for (s, c) in [
            ("paid", StatusClass::Kept),
            ("wc-completed", StatusClass::Kept),
            ("partially_refunded", StatusClass::Kept),
            ("Refunded", StatusClass::Refunded),
            ("wc-cancelled", StatusClass::Cancelled),
            ("voided", StatusClass::Cancelled),
            ("Storniert", StatusClass::Cancelled),
            ("pending", StatusClass::Unpaid),
            ("En attente", StatusClass::Unpaid),
            ("Failed", StatusClass::Cancelled),
            ("test", StatusClass::Test),
        ] {
            assert_eq!(StatusClass::of(s), c, "{s}");
        }
    }
}
