//! Pages of customers for the page's lists: sorted as asked, unknown values last.

use super::protocol::{CustomerQuery, SortKey};
use super::views::{CustomerPage, CustomerRow};
use crate::features::{ids, repeat_buyer_p_alive, FeatureTable};
use crate::roles::Role;
use crate::segmentation::scheme::Assignment;
use crate::shop::Shop;
use std::cmp::Ordering;

/// One page of the customers `members`, sorted as asked.
pub fn customer_page(
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
    let (r, fs, m) = (
        column(ids::R_SCORE),
        column(ids::F_SCORE),
        column(ids::M_SCORE),
    );
    // Sorted and shown for repeat buyers only, as the segment table averages it.
    let alive: Vec<f64> = (column(ids::P_ALIVE).into_iter())
        .map(repeat_buyer_p_alive)
        .collect();
    let value = column(ids::PREDICTED_VALUE);
    let customers = &shop.customers;
    let direction = |order: Ordering| if q.descending { order.reverse() } else { order };
    // Unknown values sort last whichever the direction.
    let by = |v: &[f64], x: usize, y: usize| match (v[x].is_nan(), v[y].is_nan()) {
        (false, false) => direction(v[x].total_cmp(&v[y])),
        (a, b) => a.cmp(&b),
    };
    members.sort_by(|&x, &y| {
        let order = match q.sort {
            SortKey::Id => direction(customers.key(x).cmp(customers.key(y))),
            SortKey::Recency => by(&recency, x, y),
            SortKey::Frequency => by(&frequency, x, y),
            SortKey::Monetary => by(&monetary, x, y),
            SortKey::Score => by(&r, x, y).then(by(&fs, x, y)).then(by(&m, x, y)),
            SortKey::Alive => by(&alive, x, y),
            SortKey::Value => by(&value, x, y),
        };
        order.then(customers.key(x).cmp(customers.key(y)))
    });
    let page_size = q.page_size.clamp(1, 500);
    let rows = members
        .iter()
        // A page past the end is empty, however far past (huge page numbers overflowed).
        .skip(q.page.saturating_mul(page_size))
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
                p_alive: known(alive[c]),
                predicted_value: known(value[c]),
            }
        })
        .collect();
    CustomerPage {
        total: members.len(),
        page: q.page,
        page_size,
        predicted: f.numbers(ids::P_ALIVE).is_some(),
        rows,
    }
}
