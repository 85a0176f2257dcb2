//! The customers of the selected segment (or cross-tab cell): sortable, paginated,
//! downloadable.

use super::download::export as export_list;
use super::state::AppState;
use super::words::{count, money, percent, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::roles::Role;
use segmenter_engine::session::{
    Answer, CustomerPage, CustomerQuery, ExportRequest, Request, SortKey,
};
use segmenter_words::{Arg, Key};

const PAGE_SIZE: usize = 25;

/// How a list of customers is sorted and paged, and which answer is the latest: what every
/// customer list (a segment, a cross-tab cell, a movement, a cohort) keeps.
#[derive(Clone, Copy)]
pub struct Paging {
    /// The column sorted by.
    pub sort: RwSignal<SortKey>,
    /// Largest first.
    pub descending: RwSignal<bool>,
    /// The page number, from 0.
    pub page: RwSignal<usize>,
    /// How many pages have been asked for: answers to earlier questions are not shown.
    asked: StoredValue<u32>,
}

impl Paging {
    /// Biggest spenders first, on the first page, which it goes back to whenever `list`
    /// (what is listed) changes.
    pub fn new(list: impl Fn() + 'static) -> Paging {
        let paging = Paging {
            sort: RwSignal::new(SortKey::Monetary),
            descending: RwSignal::new(true),
            page: RwSignal::new(0),
            asked: StoredValue::new(0),
        };
        Effect::new(move |_| {
            list();
            paging.page.set(0);
        });
        paging
    }

    /// The page on show of segment `segment` (and cross-tab column `cross`), as a query;
    /// read inside an effect, it asks again when the sort or page changes.
    pub fn query(self, segment: Option<usize>, cross: Option<usize>) -> CustomerQuery {
        CustomerQuery {
            segment,
            cross,
            sort: self.sort.get(),
            descending: self.descending.get(),
            page: self.page.get(),
            page_size: PAGE_SIZE,
        }
    }

    /// Asks the engine, and shows the answer with `show` unless a later question was asked
    /// meanwhile.
    pub fn ask(self, state: AppState, request: Request, show: impl FnOnce(Answer) + 'static) {
        self.asked.update_value(|n| *n += 1);
        let ticket = self.asked.get_value();
        spawn_local(async move {
            match state.engine.ask(request).await {
                Ok(answer) if self.asked.get_value() == ticket => show(answer),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }
}

/// Whose customers are listed: a segment of the scheme on show, and within it a column of
/// the last cross-tab. Shared by the segments and the cross-tab views; chosen again when
/// the scheme on show changes.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The segment's index in the scheme on show.
    pub segment: RwSignal<Option<usize>>,
    /// The cross-tab column, when a cell was opened, and its segment's name.
    pub cross: RwSignal<Option<(usize, String)>>,
}

impl Selection {
    /// Nothing selected, and nothing again whenever other segments are shown (another
    /// scheme or analysis, or customers moved between segments: [`AppState::shown_scheme`]).
    pub fn new(state: AppState) -> Selection {
        let selection = Selection {
            segment: RwSignal::new(None),
            cross: RwSignal::new(None),
        };
        // The same scheme shown again with the prediction's figures keeps what is open: a
        // list opened as a big shop's segments appeared closed when the prediction came.
        let shown = state.shown_scheme();
        Effect::new(move |_| {
            // Read, not only tracked: a memo is worked out when read.
            shown.with(|_| ());
            selection.segment.set(None);
            selection.cross.set(None);
        });
        selection
    }

    /// Lists a segment's customers.
    pub fn segment(self, segment: usize) {
        self.cross.set(None);
        self.segment.set(Some(segment));
    }

    /// Lists the customers of a cross-tab cell: a row segment of the scheme on show, and a
    /// column segment `name` of the other scheme.
    pub fn cell(self, row: usize, column: usize, name: String) {
        self.cross.set(Some((column, name)));
        self.segment.set(Some(row));
    }
}

/// The customer list of the selected segment.
#[component]
pub fn CustomerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selection = expect_context::<Selection>();
    let paging = Paging::new(move || {
        selection.segment.track();
        selection.cross.track();
    });
    let list = RwSignal::new(None::<CustomerPage>);
    Effect::new(move |_| {
        // Asked again when the scheme comes back with the prediction's figures, for their
        // columns.
        state.scheme.track();
        let Some(segment) = selection.segment.get() else {
            list.set(None);
            return;
        };
        let cross = selection
            .cross
            .with(|c| c.as_ref().map(|(column, _)| *column));
        let query = paging.query(Some(segment), cross);
        paging.ask(state, Request::Customers(query), move |answer| {
            if let Answer::Customers(page) = answer {
                list.set(Some(page));
            }
        });
    });
    move || {
        let segment = selection.segment.get()?;
        let summary = state
            .scheme
            .with(|s| s.as_ref()?.segments.get(segment).cloned())?;
        let cross = selection.cross.get();
        let total = list.with(|l| l.as_ref().map_or(summary.customers, |l| l.total));
        let name = Arg::from(summary.name.as_str());
        let title = match &cross {
            Some((_, column)) => t_with(
                Key::CustomersCellTitle,
                &[
                    ("segment", name),
                    ("column", Arg::from(column.as_str())),
                    ("count", count(total)),
                ],
            ),
            None => t_with(
                Key::CustomersSegmentTitle,
                &[
                    ("segment", name),
                    ("count", count(summary.customers)),
                    ("share", Arg::from(percent(summary.customer_share))),
                ],
            ),
        };
        let export = match cross {
            Some((c, _)) => ExportRequest::CrossCell(segment, c),
            None => ExportRequest::Segment(segment),
        };
        Some(view! {
            <section class="customer-list panel" data-testid="customer-list">
                <header>
                    <h2>{title}</h2>
                    <div class="list-tools">
                        <button class="button" on:click=move |_| export_list(state, export.clone())>
                            {tr(Key::CustomersDownload)}
                        </button>
                        <button class="button quiet" on:click=move |_| selection.segment.set(None)>{tr(Key::CustomersClose)}</button>
                    </div>
                </header>
                <CustomerTable list=list.into() paging/>
            </section>
        })
    }
}

/// One page of customers as a table sorted by its headers, with a pager: the list of a
/// segment, a cross-tab cell, a movement between segments or a cohort.
#[component]
pub fn CustomerTable(
    /// The page on show.
    list: Signal<Option<CustomerPage>>,
    /// How it is sorted and paged.
    paging: Paging,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Paging {
        sort,
        descending,
        page,
        ..
    } = paging;
    // A heading that sorts the list by its column, with what the column means when its
    // name alone cannot say.
    let header = move |key: SortKey, label: Key, title: Option<Key>| {
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
            <th scope="col" aria-sort=aria title=title.map(tr)>
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
                    {tr(label)}{arrow}
                </button>
            </th>
        }
    };
    move || {
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| money(&a.currency)))?;
        let list = list.get();
        let pages = list
            .as_ref()
            .map_or(1, |l| l.total.div_ceil(l.page_size).max(1));
        // The predicted figures, once the prediction has come (a page of one-time buyers
        // has no chance still active to show, but the column stays).
        let predicted = list.as_ref().is_some_and(|l| l.predicted);
        let valued = list
            .as_ref()
            .is_some_and(|l| l.rows.iter().any(|c| c.predicted_value.is_some()));
        // An e-mail or a name column only when the file has them: a shop's export without
        // names showed an empty column beside every list. The mapping the list was made with,
        // not one being edited: a new list comes with the analysis a new mapping asks for.
        let (emails, names) = state.mapping.with_untracked(|m| {
            let named = [
                Role::FullName,
                Role::FirstName,
                Role::LastName,
                Role::Company,
            ];
            (m.has(Role::Email), named.iter().any(|&role| m.has(role)))
        });
        // Computed apart: a `>` inside the `view!` markup would close the tag.
        let on_last_page = move || page.get() + 1 >= pages;
        let rows = list.map(|l| {
            l.rows
                .into_iter()
                .map(|c| {
                    let scores = c.scores.map_or("–".to_string(), |(r, f, m)| format!("{r}{f}{m}"));
                    view! {
                        <tr>
                            <td>{c.id}</td>
                            {emails.then(|| view! { <td>{c.email}</td> })}
                            {names.then(|| view! { <td>{c.name}</td> })}
                            <td class="num">{c.recency.map_or("–".into(), |v| format!("{v:.0}"))}</td>
                            <td class="num">{c.frequency.map_or("–".into(), |v| format!("{v:.0}"))}</td>
                            <td class="num">{c.monetary.map_or("–".into(), |v| currency.format(v))}</td>
                            <td class="num">{scores}</td>
                            {predicted.then(|| view! { <td class="num">{c.p_alive.map_or("–".into(), percent)}</td> })}
                            {valued.then(|| view! { <td class="num">{c.predicted_value.map_or("–".into(), |v| currency.format(v))}</td> })}
                        </tr>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <div class="table-scroll">
                <table class="customers">
                    <thead>
                        <tr>
                            {header(SortKey::Id, Key::CustomersId, None)}
                            {emails.then(|| view! { <th scope="col">{tr(Key::CustomersEmail)}</th> })}
                            {names.then(|| view! { <th scope="col">{tr(Key::CustomersName)}</th> })}
                            {header(SortKey::Recency, Key::CustomersRecency, None)}
                            {header(SortKey::Frequency, Key::CustomersFrequency, None)}
                            {header(SortKey::Monetary, Key::CustomersMonetary, None)}
                            {header(SortKey::Score, Key::CustomersScore, None)}
                            {predicted.then(|| header(SortKey::Alive, Key::CustomersAlive, Some(Key::CustomersAliveTitle)))}
                            {valued.then(|| header(SortKey::Value, Key::CustomersValue, None))}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <nav class="pager" aria-label=tr(Key::CustomersPages)>
                <button class="button small" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                    {tr(Key::CustomersPrevious)}
                </button>
                // Written plainly, without thousands marks.
                <span>{move || t_with(
                    Key::CustomersPage,
                    &[("page", Arg::from((page.get() + 1).to_string())), ("pages", Arg::from(pages.to_string()))],
                )}</span>
                <button class="button small" disabled=on_last_page on:click=move |_| page.update(|p| *p += 1)>
                    {tr(Key::CustomersNext)}
                </button>
            </nav>
        })
    }
}
