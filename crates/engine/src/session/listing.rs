//! Pages of customers for the page's lists: sorted as asked, unknown values last.

use super::protocol::{CustomerQuery, SortKey};
use super::views::{CustomerPage, CustomerRow};
use crate::features::{ids, FeatureTable};
use crate::roles::Role;
use crate::segmentation::scheme::Assignment;
use crate::shop::Shop;

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
    let (alive, value) = (column(ids::P_ALIVE), column(ids::PREDICTED_VALUE));
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
            SortKey::Alive => by(&alive, x, y),
            SortKey::Value => by(&value, x, y),
        };
        let order = if q.descending { order.reverse() } else { order };
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
        rows,
    }
}
