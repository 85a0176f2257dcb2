//! Order rows → orders. Rows sharing an order id are one order (without order ids, one
//! customer's rows on one day are); each order's money is worked out whatever the export's
//! habit (a total repeated on every line, a total on the first line only as Shopify writes
//! it, line totals to add up, or quantity × unit price), and cancelled, refunded, unpaid
//! and test orders are left out and counted per status.
//!
//! Orders are gathered as lists of row numbers (a counting sort into one vector), not as
//! per-order accumulators, so a file of five million one-line orders costs 8 bytes per row
//! here rather than a record per order.

use super::attributes::{gather_attributes, LatestRows};
use super::*;
use crate::basics::money::Units;
use crate::basics::parallel::join;
use crate::basics::profile::{lap, Step};
use crate::reading::{Stamp, Value};

pub(super) fn bind_orders<T: Send>(
    table: &Table,
    bound: &Bound<'_>,
    options: &BindOptions,
    meanwhile: impl FnOnce(&Shop) -> T + Send,
) -> (Shop, T) {
    let before = options.before;
    let rows = table.rows;
    let (keys, key_dict) = bound.customer_keys();
    let columns = OrderColumns::new(bound);
    let mut problems = unusable_rows(table, bound, &columns, &keys);
    let mut skipped = vec![false; rows];
    for &row in problems.keys() {
        skipped[row as usize] = true;
    }
    let currencies = options
        .currency
        .as_deref()
        .map_or_else(Default::default, |kept| {
            currency::leave_out(table, bound.mapping, kept, &mut skipped)
        });
    let groups = OrderGroups::new(bound, &columns, &keys, &skipped);
    drop(skipped);
    let has_order_ids = bound.column(Role::OrderId).is_some();
    let order_lines = has_order_ids && (0..groups.len()).any(|o| groups.rows_of(o).len() > 1);
    let kind = amount_kind(&groups, &columns);

    let status_class: Vec<StatusClass> = columns.status.as_ref().map_or_else(Vec::new, |(_, d)| {
        std::iter::once(StatusClass::Kept)
            .chain(d.iter().map(|(_, t)| StatusClass::of(t)))
            .collect()
    });
    let lines_source = LineSource::new(bound);
    // Everything is allocated once at its final size (at most one entry per order, line or
    // key): growing by doubling would briefly hold two copies of each.
    let most = groups.len();
    // Files of orders have one row, so one line, per order, worth the order's amount: their
    // lines need no index and no amounts of their own (eight bytes per order saved).
    let one_line_each = matches!(
        kind,
        AmountKind::LineTotals | AmountKind::QuantityTimesPrice
    ) && (0..groups.len()).all(|o| groups.rows_of(o).len() == 1);
    let mut lines = lines_source.as_ref().map(|_| {
        let (start, amount) = if one_line_each {
            (Vec::new(), Vec::new())
        } else {
            let mut start = Vec::with_capacity(most + 1);
            start.push(0);
            (start, Vec::with_capacity(rows))
        };
        Lines {
            start,
            category: Codes::with_capacity(rows),
            product: Codes::with_capacity(rows),
            amount,
            ..Lines::default()
        }
    });
    let mut customer_of_key = vec![u32::MAX; key_dict.len() + 1];
    let mut customers = Customers {
        keys: RawText::with_capacity(key_dict.len(), key_dict.len() * 12),
        refunded: Vec::with_capacity(key_dict.len()),
        ..Customers::default()
    };
    let mut orders = Orders {
        customer: Vec::with_capacity(most),
        date: Vec::with_capacity(most),
        minute: Vec::with_capacity(most),
        amount: Vec::with_capacity(most),
        discounted: columns.discount.is_some().then(|| Vec::with_capacity(most)),
    };
    let mut kept_groups: Vec<u32> = Vec::with_capacity(most);
    let mut left_out: BTreeMap<(u32, StatusClass), usize> = BTreeMap::new();
    let mut kept_statuses = vec![0usize; status_class.len().max(1)];
    let (mut refund_rows, mut rows_used) = (0, 0);
    let mut after_reference = AfterReference {
        date: before,
        ..AfterReference::default()
    };
    let date_column = bound.name(Role::OrderDate);
    let (money_noun, money_role) = if kind == AmountKind::QuantityTimesPrice {
        (Value::UnitPrice, Role::UnitPrice)
    } else {
        (Value::Amount, Role::Amount)
    };
    let money_column = bound.name(money_role);

    for o in 0..groups.len() {
        let order_rows = groups.rows_of(o);
        let Some(&first) = order_rows.first() else {
            continue;
        };
        let first = first as usize;
        let facts = OrderFacts::of(order_rows, &columns, kind);
        // An order none of whose rows has a date or money leaves out every row: each is
        // reported, not the first alone.
        let Some(stamp) = facts.stamp else {
            for &r in order_rows {
                let problem = missing(table, r as usize, &date_column, Value::OrderDate);
                problems.insert(r, problem);
            }
            continue;
        };
        // The shop as it stood at the start of the reference day: later orders, refunds and
        // cancellations have not happened yet.
        if before.is_some_and(|day| stamp.date >= day) {
            after_reference.orders += 1;
            after_reference.rows += order_rows.len();
            after_reference.latest = after_reference.latest.max(Some(stamp.date));
            continue;
        }
        let class = if facts.cancelled {
            StatusClass::Cancelled
        } else {
            status_class
                .get(facts.status as usize)
                .copied()
                .unwrap_or(StatusClass::Kept)
        };
        if class != StatusClass::Kept {
            *left_out.entry((facts.status, class)).or_default() += 1;
            continue;
        }
        let Some(money) = facts.money else {
            for &r in order_rows {
                let problem = missing(table, r as usize, &money_column, money_noun);
                problems.insert(r, problem);
            }
            continue;
        };
        let key = keys[first];
        let slot = &mut customer_of_key[key as usize];
        if *slot == u32::MAX {
            *slot = customers.keys.len() as u32;
            customers.keys.push(key_dict.get(key));
            customers.refunded.push(0.0);
        }
        let customer = *slot;
        rows_used += order_rows.len();
        // Negative money is a refund: it lowers the customer's spend but is not an order
        // and says nothing about when they last bought.
        if money < 0.0 {
            let refunded = &mut customers.refunded[customer as usize];
            *refunded = (Units::of(*refunded) - Units::of(money)).amount();
            customers.refunds.push(customer, stamp.date, money);
            refund_rows += order_rows.len();
            continue;
        }
        kept_statuses[facts.status as usize] += 1;
        orders.customer.push(customer);
        orders.date.push(stamp.date);
        orders.minute.push(stamp.minute.unwrap_or(Orders::NO_TIME));
        orders
            .amount
            .push((Units::of(money) - Units::of(facts.refunded)).amount());
        if let Some(d) = orders.discounted.as_mut() {
            d.push(facts.discounted);
        }
        kept_groups.push(o as u32);
        if let (Some(lines), Some(source)) = (lines.as_mut(), lines_source.as_ref()) {
            source.push(lines, order_rows, &columns, kind, facts.first_money);
        }
    }

    // Each row's customer key and the keys' dictionary (50 MB at five million rows) are
    // done with: let them go before the details and features are worked out beside each
    // other, the analysis's busiest moment for memory.
    drop((keys, key_dict, customer_of_key));
    // Kept order `k` is group `kept_groups[k]`, or group `k` when every group was kept.
    if kept_groups.len() == groups.len() {
        kept_groups = Vec::new();
    }
    let group_of = |k: usize| kept_groups.get(k).map_or(k, |&o| o as usize);
    let status_text = |code: u32| {
        columns
            .status
            .as_ref()
            .map_or("", |(_, d)| d.get(code))
            .to_string()
    };
    if let (Some(lines), Some(source)) = (lines.as_mut(), lines_source) {
        lines.categories = source.categories;
        lines.products = source.products;
    }
    if orders.minute.iter().all(|&m| m == Orders::NO_TIME) {
        orders.minute = Vec::new();
    }
    let mut shop = Shop {
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
            problems: problems.into_values().collect(),
            left_out: left_out
                .into_iter()
                .map(|((code, class), n)| (status_text(code), class, n))
                .collect(),
            refund_rows,
            kept_statuses: kept_statuses
                .into_iter()
                .enumerate()
                .filter(|&(code, n)| code != 0 && n > 0)
                .map(|(code, n)| (status_text(code as u32), n))
                .collect(),
            amount_kind: order_lines.then_some(kind),
            after_reference,
            currencies,
        },
    };
    lap(Step::Bind);
    let orders = &shop.orders;
    let customer_count = shop.customers.len();
    let (details, value) = join(
        || {
            // Each customer's latest row, found here beside the features rather than in the
            // loop above, which has one core; alone in its loop, the cache misses of a
            // million customers' slots are waited for several at a time.
            let mut latest = LatestRows::none(customer_count);
            for k in 0..orders.len() {
                let rows = groups.rows_of(group_of(k));
                if let Some(&last) = rows.last() {
                    latest.note(orders.customer[k] as usize, orders.date[k], last as usize);
                }
            }
            let details = gather_attributes(bound, &latest, &|visit| {
                for k in 0..orders.len() {
                    for &r in groups.rows_of(group_of(k)) {
                        visit(r as usize, orders.customer[k] as usize, orders.date[k]);
                    }
                }
            });
            // On the asking thread, in the browser and natively alike.
            lap(Step::Gather);
            details
        },
        || meanwhile(&shop),
    );
    lap(Step::OrderFeatures);
    details.apply(&mut shop.customers);
    (shop, value)
}

fn missing(table: &Table, row: usize, column: &str, what: Value) -> RowProblem {
    RowProblem {
        line: table.line_of(row),
        column: Some(column.to_string()),
        problem: Problem::Missing { what },
    }
}

/// The columns an order is made of, read as their roles need.
struct OrderColumns<'a> {
    stamps: Option<Stamps<'a>>,
    times: Option<Vec<Option<u16>>>,
    amounts: Option<Numbers<'a>>,
    price: Option<Numbers<'a>>,
    quantity: Option<Numbers<'a>>,
    refunded: Option<Numbers<'a>>,
    status: Option<(Cow<'a, Codes>, Cow<'a, Dictionary>)>,
    cancelled: Option<&'a Column>,
    discount: Option<&'a Column>,
}

impl<'a> OrderColumns<'a> {
    fn new(bound: &Bound<'a>) -> OrderColumns<'a> {
        let price = bound.numbers(Role::UnitPrice);
        OrderColumns {
            stamps: bound.stamps(Role::OrderDate),
            times: bound.times(Role::OrderTime),
            amounts: bound.numbers(Role::Amount),
            // Quantities only matter with a unit price.
            quantity: price.as_ref().and_then(|_| bound.numbers(Role::Quantity)),
            price,
            refunded: bound.numbers(Role::RefundedAmount),
            status: bound.codes(Role::OrderStatus),
            cancelled: bound.column(Role::CancelledAt),
            discount: bound.column(Role::DiscountCode),
        }
    }

    /// The row's order date, with the time from a separate time column when there is one.
    fn stamp(&self, row: usize) -> Option<Stamp> {
        let mut stamp = self.stamps.as_ref()?.at(row)?;
        if let Some(minute) = self.times.as_ref().and_then(|t| t[row]) {
            stamp.minute = Some(minute);
        }
        Some(stamp)
    }

    /// Quantity × unit price, when the row has a unit price.
    fn priced(&self, row: usize) -> Option<f64> {
        let price = self.price.as_ref()?.at(row)?;
        Some(
            price
                * self
                    .quantity
                    .as_ref()
                    .and_then(|q| q.at(row))
                    .unwrap_or(1.0),
        )
    }

    /// The row's money: its amount, or quantity × unit price when the file has no amount.
    fn money(&self, row: usize) -> Option<f64> {
        match &self.amounts {
            Some(a) => a.at(row),
            None => self.priced(row),
        }
    }
}

/// Rows that cannot be used at all, with the first reason found for each: an unreadable
/// date or number, or no customer.
fn unusable_rows(
    table: &Table,
    bound: &Bound<'_>,
    columns: &OrderColumns<'_>,
    keys: &[u32],
) -> BTreeMap<u32, RowProblem> {
    let mut problems: BTreeMap<u32, RowProblem> = BTreeMap::new();
    let mut add = |list: Vec<(u32, RowProblem)>| {
        for (row, p) in list {
            problems.entry(row).or_insert(p);
        }
    };
    if let Some(s) = &columns.stamps {
        add(unreadable_problems(
            bound,
            Role::OrderDate,
            &s.unreadable,
            true,
        ));
    }
    for (role, numbers) in [
        (Role::Amount, &columns.amounts),
        (Role::Quantity, &columns.quantity),
        (Role::UnitPrice, &columns.price),
    ] {
        if let Some(n) = numbers {
            add(unreadable_problems(bound, role, &n.unreadable, false));
        }
    }
    let identity = bound.identity_name();
    let identity_column = bound.name(if bound.mapping.has(Role::CustomerId) {
        Role::CustomerId
    } else {
        Role::Email
    });
    for (r, &key) in keys.iter().enumerate() {
        if key == 0 {
            problems
                .entry(r as u32)
                .or_insert(missing(table, r, &identity_column, identity));
        }
    }
    problems
}

/// Orders as lists of rows: order `o`'s rows are `rows[start[o]..start[o + 1]]`, in file
/// order, and orders are numbered in the order they first appear.
struct OrderGroups {
    /// Empty when every order has one row.
    start: Vec<u32>,
    rows: Vec<u32>,
}

impl OrderGroups {
    fn new(
        bound: &Bound<'_>,
        columns: &OrderColumns<'_>,
        keys: &[u32],
        skipped: &[bool],
    ) -> OrderGroups {
        let rows = keys.len();
        let (mut group, mut groups) = match bound.column(Role::OrderId) {
            Some(column) => monotone_runs(column).unwrap_or_else(|| {
                let (codes, dict) = column.coded();
                (
                    codes.iter().map(|c| c.wrapping_sub(1)).collect(),
                    dict.len(),
                )
            }),
            None => (vec![u32::MAX; rows], 0),
        };
        // Rows without an order id: one customer's rows on one day are one order; a row
        // without a date is its own (and is reported as such).
        let mut by_day: rustc_hash::FxHashMap<(u32, i32), u32> = Default::default();
        let next = |groups: &mut usize| {
            *groups += 1;
            *groups as u32 - 1
        };
        for r in 0..rows {
            if skipped[r] {
                group[r] = u32::MAX;
            } else if group[r] == u32::MAX {
                group[r] = match columns.stamp(r) {
                    Some(s) => *by_day
                        .entry((keys[r], s.date.0))
                        .or_insert_with(|| next(&mut groups)),
                    None => next(&mut groups),
                };
            }
        }
        // Orders are numbered by first appearance. Group numbers already are, unless
        // rows without an order id were grouped by day among rows with one.
        let mut seen = 0u32;
        let in_order = group.iter().all(|&g| {
            if g == u32::MAX || g < seen {
                return true;
            }
            let next = g == seen;
            seen += 1;
            next
        });
        if !in_order {
            let mut order_of_group = vec![u32::MAX; groups];
            let mut orders = 0u32;
            for g in group.iter_mut().filter(|g| **g != u32::MAX) {
                if order_of_group[*g as usize] == u32::MAX {
                    order_of_group[*g as usize] = orders;
                    orders += 1;
                }
                *g = order_of_group[*g as usize];
            }
            groups = orders as usize;
        }
        // A counting sort of the rows by order, in place: count, sum, place, shift back.
        let mut start = vec![0u32; groups + 1];
        for &g in group.iter().filter(|&&g| g != u32::MAX) {
            start[g as usize + 1] += 1;
        }
        for o in 0..groups {
            start[o + 1] += start[o];
        }
        let mut list = vec![0u32; start[groups] as usize];
        for (r, &g) in group.iter().enumerate().filter(|(_, &g)| g != u32::MAX) {
            let slot = &mut start[g as usize];
            list[*slot as usize] = r as u32;
            *slot += 1;
        }
        start.rotate_right(1);
        start[0] = 0;
        // A file of orders has a row each: then order `o`'s row is `rows[o]`, and the index
        // would only take memory (20 MB at five million orders) through the analysis's
        // busiest moment.
        if start.windows(2).all(|w| w[1] == w[0] + 1) {
            start = Vec::new();
        }
        OrderGroups { start, rows: list }
    }

    fn len(&self) -> usize {
        match self.start.len() {
            0 => self.rows.len(),
            n => n - 1,
        }
    }

    fn rows_of(&self, order: usize) -> &[u32] {
        if self.start.is_empty() {
            return std::slice::from_ref(&self.rows[order]);
        }
        &self.rows[self.start[order] as usize..self.start[order + 1] as usize]
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
    let ids = column.int_ids();
    for row in 0..column.len() {
        let number = match ids {
            Some(ids) => ids.value(row).map(u64::from),
            None => {
                let text = column.text(row);
                let id = text.trim();
                if id.is_empty() {
                    None
                } else {
                    Some(id.strip_prefix('#').unwrap_or(id).parse().ok()?)
                }
            }
        };
        let Some(n) = number else {
            groups.push(u32::MAX);
            continue;
        };
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

/// Decides how the amount column counts money, from the orders with several rows.
fn amount_kind(groups: &OrderGroups, columns: &OrderColumns<'_>) -> AmountKind {
    if columns.amounts.is_none() {
        return AmountKind::QuantityTimesPrice;
    }
    let (mut multi, mut first_only, mut repeated) = (0, 0, 0);
    for o in 0..groups.len() {
        let rows = groups.rows_of(o);
        if rows.len() < 2 {
            continue;
        }
        multi += 1;
        let money: Vec<f64> = rows
            .iter()
            .filter_map(|&r| columns.money(r as usize))
            .collect();
        if money.len() == 1 {
            first_only += 1;
        } else if money.len() == rows.len() && money.iter().all(|&m| m == money[0]) {
            repeated += 1;
        }
    }
    if multi == 0 {
        AmountKind::LineTotals
    } else if first_only * 10 >= multi * 9 {
        AmountKind::OrderTotalOnFirstRow
    } else if repeated * 10 >= multi * 9 {
        AmountKind::OrderTotalRepeated
    } else {
        AmountKind::LineTotals
    }
}

/// What one order's rows say: its earliest date, and each other fact from the first row
/// that has it (exports often write order-level fields on the first line only).
struct OrderFacts {
    stamp: Option<Stamp>,
    status: u32,
    cancelled: bool,
    discounted: bool,
    /// Money refunded on the order (0 when not given).
    refunded: f64,
    money: Option<f64>,
    first_money: Option<f64>,
}

impl OrderFacts {
    fn of(rows: &[u32], columns: &OrderColumns<'_>, kind: AmountKind) -> OrderFacts {
        let mut facts = OrderFacts {
            stamp: None,
            status: 0,
            cancelled: false,
            discounted: false,
            refunded: 0.0,
            money: None,
            first_money: None,
        };
        let mut refunded = None;
        let mut sum = None::<Units>;
        for &r in rows {
            let r = r as usize;
            // An order was placed on the earliest day its rows give, whatever their order.
            if let Some(stamp) = columns.stamp(r) {
                if facts.stamp.is_none_or(|s| stamp.date < s.date) {
                    facts.stamp = Some(stamp);
                }
            }
            if facts.status == 0 {
                facts.status = columns.status.as_ref().map_or(0, |(codes, _)| codes.get(r));
            }
            facts.cancelled |= columns.cancelled.is_some_and(|c| !c.is_blank(r));
            facts.discounted |= columns.discount.is_some_and(|d| discount_used(d, r));
            if refunded.is_none() {
                refunded = columns.refunded.as_ref().and_then(|n| n.at(r));
            }
            if let Some(m) = columns.money(r) {
                facts.first_money.get_or_insert(m);
                *sum.get_or_insert(Units(0)) += Units::of(m);
            }
        }
        facts.refunded = refunded.map_or(0.0, f64::abs);
        facts.money = match kind {
            AmountKind::LineTotals | AmountKind::QuantityTimesPrice => sum.map(Units::amount),
            AmountKind::OrderTotalOnFirstRow | AmountKind::OrderTotalRepeated => facts.first_money,
        };
        facts
    }
}

/// Where product lines come from: the category and product columns, renumbered.
struct LineSource<'a> {
    category: Option<(Cow<'a, Codes>, Vec<u32>)>,
    product: Option<(Cow<'a, Codes>, Vec<u32>)>,
    categories: Dictionary,
    products: Dictionary,
}

impl<'a> LineSource<'a> {
    fn new(bound: &Bound<'a>) -> Option<LineSource<'a>> {
        let category = bound.codes(Role::Category);
        let product = bound
            .codes(Role::Product)
            .or_else(|| bound.codes(Role::Sku));
        if category.is_none() && product.is_none() {
            return None;
        }
        let (mut categories, mut products) = (Dictionary::new(), Dictionary::new());
        let renumber = |src: Option<(Cow<'a, Codes>, Cow<'a, Dictionary>)>,
                        dict: &mut Dictionary| {
            src.map(|(codes, d)| {
                let map = std::iter::once(0)
                    .chain(d.iter().map(|(_, t)| dict.code(t.trim())))
                    .collect();
                (codes, map)
            })
        };
        Some(LineSource {
            category: renumber(category, &mut categories),
            product: renumber(product, &mut products),
            categories,
            products,
        })
    }

    /// Adds a kept order's lines.
    fn push(
        &self,
        lines: &mut Lines,
        rows: &[u32],
        columns: &OrderColumns<'_>,
        kind: AmountKind,
        order_total: Option<f64>,
    ) {
        let code = |src: &Option<(Cow<'a, Codes>, Vec<u32>)>, r: usize| {
            src.as_ref()
                .map_or(0, |(codes, map)| map[codes.get(r) as usize])
        };
        for &r in rows {
            let r = r as usize;
            let amount = match kind {
                AmountKind::LineTotals | AmountKind::QuantityTimesPrice => {
                    columns.money(r).unwrap_or(0.0)
                }
                // An order total says nothing about its lines: use their prices when known,
                // else share the total equally.
                _ => columns
                    .priced(r)
                    .unwrap_or_else(|| order_total.unwrap_or(0.0) / rows.len() as f64),
            };
            lines.category.push(code(&self.category, r));
            lines.product.push(code(&self.product, r));
            // Without an index (one line per order) the order's amount is the line's.
            if !lines.start.is_empty() {
                lines.amount.push(Units::of(amount));
            }
        }
        if !lines.start.is_empty() {
            lines.start.push(lines.amount.len() as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::shop;
    use super::*;

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
        assert_eq!(lines.start, vec![0, 2, 3]);
        assert_eq!(lines.categories.get(lines.category.get(1)), "Socks");
        assert!(
            s.orders.minute.is_empty(),
            "no times in the file, none stored"
        );
    }

    #[test]
    fn files_of_orders_keep_one_line_per_order_without_an_index() {
        let s = shop(
            "order_id,customer_id,order_date,amount,category
             1,A,2024-01-05 10:30,10.00,Shoes
2,B,2024-01-06,7.50,Socks
",
        );
        let lines = s.lines.as_ref().unwrap();
        assert!(lines.start.is_empty() && lines.amount.is_empty());
        assert_eq!(lines.of_order(1), 1..2);
        assert_eq!(lines.amount(1, &s.orders), Units::of(7.5));
        assert_eq!(s.orders.minute, vec![630, Orders::NO_TIME]);
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
        assert_eq!((s.customers.len(), s.customers.key(0)), (1, "a@x.com"));
        assert_eq!(
            s.report.left_out,
            vec![("refunded".to_string(), StatusClass::Refunded, 1)]
        );
        let lines = s.lines.unwrap();
        assert_eq!(lines.amount, [10.0, 20.0, 8.0].map(Units::of));
        assert_eq!(lines.of_order(0).len(), 2);
    }
    #[test]
    fn an_order_is_dated_by_its_earliest_row_whatever_their_order() {
        let s = shop(
            "order_id,customer_id,order_date,amount\n\
             7,A,2024-03-02,10\n7,A,2024-03-01,5\n8,B,,3\n8,B,2024-03-04,4\n",
        );
        assert_eq!(
            s.orders.date,
            vec![
                Date::from_ymd(2024, 3, 1).unwrap(),
                Date::from_ymd(2024, 3, 4).unwrap()
            ]
        );
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
    fn quantity_times_price_when_there_is_no_total() {
        let s = shop("order_id,customer_id,date,qty,unit price\n1,A,2024-01-05,2,2.50\n1,A,2024-01-05,1,4.00\n");
        assert_eq!(s.orders.amount, vec![9.0]);
        assert_eq!(s.report.amount_kind, Some(AmountKind::QuantityTimesPrice));
    }
}
