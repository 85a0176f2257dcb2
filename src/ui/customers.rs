//! The customers of the selected segment: sortable, paginated, downloadable.

use super::results::percent;
use super::AppState;
use crate::engine::session::{CustomerQuery, ExportRequest, Request, SortKey};
use leptos::prelude::*;

const PAGE_SIZE: usize = 25;

/// The customer list of the selected segment.
#[component]
pub fn CustomerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sort = RwSignal::new(SortKey::Monetary);
    let descending = RwSignal::new(true);
    let page = RwSignal::new(0usize);
    // Ask the engine for the page whenever the segment, the order or the page changes.
    Effect::new(move |_| {
        if let Some(segment) = state.selected.get() {
            state.request(Request::Customers(CustomerQuery {
                segment: Some(segment),
                cross: state.cross.get(),
                sort: sort.get(),
                descending: descending.get(),
                page: page.get(),
                page_size: PAGE_SIZE,
            }));
        }
    });
    Effect::new(move |_| {
        state.selected.track();
        state.cross.track();
        page.set(0);
    });
    let header = move |key: SortKey, label: &'static str| {
        let arrow = move || match (sort.get() == key, descending.get()) {
            (true, true) => " ↓",
            (true, false) => " ↑",
            _ => "",
        };
        let aria = move || match (sort.get() == key, descending.get()) {
            (true, true) => "descending",
            (true, false) => "ascending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button
                    class="sort"
                    on:click=move |_| {
                        if sort.get_untracked() == key {
                            descending.update(|d| *d = !*d);
                        } else {
                            sort.set(key);
                            descending.set(key != SortKey::Id);
                        }
                        page.set(0);
                    }
                >
                    {label}{arrow}
                </button>
            </th>
        }
    };
    move || {
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.currency.clone()))?;
        let segment = state.selected.get()?;
        let summary = state
            .scheme
            .with(|s| s.as_ref()?.segments.get(segment).cloned())?;
        let cross = state.cross.get();
        let column =
            cross.and_then(|c| state.crosstab.with(|x| x.as_ref()?.columns.get(c).cloned()));
        let list = state.customers.get();
        let total = list.as_ref().map_or(summary.customers, |l| l.total);
        let title = match &column {
            Some(column) => format!(
                "{} × {column} — {}",
                summary.name,
                super::results::count(total, "customers")
            ),
            None => format!(
                "{} — {} ({})",
                summary.name,
                super::results::count(summary.customers, "customers"),
                percent(summary.customer_share)
            ),
        };
        let export = match cross {
            Some(c) => ExportRequest::CrossCell(segment, c),
            None => ExportRequest::Segment(segment),
        };
        let pages = list
            .as_ref()
            .map_or(1, |l| l.total.div_ceil(l.page_size).max(1));
        let rows = list.map(|l| {
            l.rows
                .into_iter()
                .map(|c| {
                    let scores = c.scores.map_or("–".to_string(), |(r, f, m)| format!("{r}{f}{m}"));
                    view! {
                        <tr>
                            <td>{c.id}</td>
                            <td>{c.email}</td>
                            <td>{c.name}</td>
                            <td class="num">{c.recency.map_or("–".into(), |v| format!("{v:.0}"))}</td>
                            <td class="num">{c.frequency.map_or("–".into(), |v| format!("{v:.0}"))}</td>
                            <td class="num">{c.monetary.map_or("–".into(), |v| currency.format(v))}</td>
                            <td class="num">{scores}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <section class="customer-list panel" data-testid="customer-list">
                <header>
                    <h2>{title}</h2>
                    <div class="list-tools">
                        <button class="button" on:click=move |_| state.request(Request::Export(export.clone()))>
                            "Download this list (CSV)"
                        </button>
                        <button class="button quiet" on:click=move |_| state.selected.set(None)>"Close"</button>
                    </div>
                </header>
                <div class="table-scroll">
                    <table class="customers">
                        <thead>
                            <tr>
                                {header(SortKey::Id, "Customer")}
                                <th scope="col">"E-mail"</th>
                                <th scope="col">"Name"</th>
                                {header(SortKey::Recency, "Days since last order")}
                                {header(SortKey::Frequency, "Orders")}
                                {header(SortKey::Monetary, "Total spent")}
                                {header(SortKey::Score, "RFM")}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <nav class="pager" aria-label="Pages">
                    <button class="button small" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                        "Previous"
                    </button>
                    <span>{move || format!("Page {} of {pages}", page.get() + 1)}</span>
                    <button class="button small" disabled=move || page.get() + 1 >= pages on:click=move |_| page.update(|p| *p += 1)>
                        "Next"
                    </button>
                </nav>
            </section>
        })
    }
}
