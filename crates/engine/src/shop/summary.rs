//! Customer lists with totals (one row per customer): each row is a customer, with the
//! figures the file carries instead of orders.

use super::attributes::{gather_attributes, LatestRows};
use super::{
    currency, unreadable_problems, BindOptions, BindReport, Bound, Customers, FileShape, Orders,
    Shop, SummaryFigures,
};
use crate::basics::calendar::Date;
use crate::reading::{Problem, RowProblem, Table};
use crate::roles::Role;
use std::collections::BTreeMap;

pub(super) fn bind_summary<T>(
    table: &Table,
    bound: &Bound<'_>,
    options: &BindOptions,
    meanwhile: impl FnOnce(&Shop) -> T,
) -> (Shop, T) {
    let rows = table.rows;
    // A customer listed once per currency is one row in the currency counted.
    let mut other_currency = vec![false; rows];
    let currencies = options
        .currency
        .as_deref()
        .map_or_else(Default::default, |kept| {
            currency::leave_out(table, bound.mapping, kept, &mut other_currency)
        });
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
        if other_currency[r] || rejected.contains_key(&(r as u32)) {
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
                        customer: keys.get(key).to_string(),
                    },
                },
            );
            continue;
        }
        customer_of_key[key as usize] = customers.keys.len() as u32;
        owner_of_row[r] = Some(customers.keys.len() as u32);
        customers.keys.push(keys.get(key));
        customers.refunded.push(0.0);
        summary.spent.push(spent.as_ref().and_then(|n| n.at(r)));
        summary.orders.push(count.as_ref().and_then(|n| n.at(r)));
        summary
            .last
            .push(last.as_ref().and_then(|s| s.at(r)).map(|s| s.date));
        summary
            .first
            .push(first.as_ref().and_then(|s| s.at(r)).map(|s| s.date));
    }
    let used = owner_of_row.iter().filter(|o| o.is_some()).count();
    let mut latest = LatestRows::none(customers.len());
    for (r, owner) in owner_of_row.iter().enumerate() {
        if let Some(c) = owner {
            latest.note(*c as usize, Date(0), r);
        }
    }
    customers.summary = Some(summary);
    let mut shop = Shop {
        shape: FileShape::CustomerSummary,
        customers,
        orders: Orders::default(),
        lines: None,
        report: BindReport {
            rows,
            rows_used: used,
            problems: rejected.into_values().collect(),
            currencies,
            ..BindReport::default()
        },
    };
    // One row per customer: there is no other row to take an empty detail from. A list of
    // customers is small; its details are gathered first.
    gather_attributes(bound, &latest, &|_| {}).apply(&mut shop.customers);
    let value = meanwhile(&shop);
    (shop, value)
}

#[cfg(test)]
mod tests {
    use super::super::tests::shop;
    use super::*;

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
}
