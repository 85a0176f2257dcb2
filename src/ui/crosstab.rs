//! The scheme on show crossed with another: customers and revenue in every pair of
//! segments, each cell opening its customer list.

use super::customers::{CustomerList, Selection};
use super::scheme_bar::{chosen, options};
use super::state::AppState;
use super::words::{money, number, t, t_with};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::insight::crosstab::Crosstab;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::session::{Answer, Request};
use segmenter_words::Key;

/// The latest cross-tab and the scheme it crosses with (the picker's value), until other
/// segments are shown.
#[derive(Clone, Copy)]
pub struct CrosstabState {
    table: RwSignal<Option<Crosstab>>,
    other: RwSignal<String>,
    /// The customers listed, a cell's among them.
    selection: Selection,
}

impl CrosstabState {
    /// No cross-tab yet, and none again whenever other segments are shown (another scheme
    /// or analysis, or customers moved between segments: [`AppState::shown_scheme`]; the
    /// picker then asks again, rather than showing a choice with no table).
    pub fn new(state: AppState, selection: Selection) -> CrosstabState {
        let crosstab = CrosstabState {
            table: RwSignal::new(None),
            other: RwSignal::new(String::new()),
            selection,
        };
        let shown = state.shown_scheme();
        Effect::new(move |_| {
            // Read, not only tracked: a memo is worked out when read.
            shown.with(|_| ());
            crosstab.table.set(None);
            crosstab.other.set(String::new());
        });
        crosstab
    }

    /// Shows the cross-tab on show made again (its other scheme follows the predicted
    /// figures, and another prediction was made), unless it was closed meanwhile. A cell's
    /// list stays open, asked again with the segments the prediction shows, under its
    /// column's name now (Future value's quote an amount); closed if the cell is empty now.
    pub fn made_again(self, table: Crosstab) {
        if self.table.with_untracked(Option::is_none) {
            return;
        }
        let selection = self.selection;
        let cell = (selection.segment.get_untracked()).zip(selection.cross.get_untracked());
        if let Some((row, (column, name))) = cell {
            let customers = (table.cells.get(row)).and_then(|cells| cells.get(column));
            match table.columns.get(column) {
                Some(now) if customers.is_some_and(|c| c.customers > 0) => {
                    if *now != name {
                        selection.cross.set(Some((column, now.clone())));
                    }
                }
                _ => {
                    selection.segment.set(None);
                    selection.cross.set(None);
                }
            }
        }
        self.table.set(Some(table));
    }

    /// Crosses the scheme on show with `other`.
    fn cross(self, state: AppState, other: SchemeChoice) {
        spawn_local(async move {
            match state.engine.ask(Request::Crosstab(other)).await {
                Ok(Answer::Crosstab(table)) => {
                    self.selection.segment.set(None);
                    self.selection.cross.set(None);
                    self.table.set(Some(table));
                }
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }
}

/// The cross-tab tab.
#[component]
pub fn CrosstabView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let crosstab = expect_context::<CrosstabState>();
    let selection = expect_context::<Selection>();
    let picker = move || {
        let catalog = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.catalog.clone()))?;
        let saved = state.saved.get();
        let current = state
            .scheme
            .with(|s| s.as_ref().map(|s| s.scheme.name.clone()))?;
        let on_change = {
            let (catalog, saved) = (catalog.clone(), saved.clone());
            move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                if let Some(choice) = chosen(&value, &catalog, &saved) {
                    crosstab.other.set(value);
                    crosstab.cross(state, choice);
                }
            }
        };
        Some(view! {
            <label class="field">
                <span>{t_with(Key::CrosstabCrossWith, &[("scheme", current.into())])}</span>
                <select data-testid="crosstab-picker" prop:value=move || crosstab.other.get() on:change=on_change>
                    {options(&catalog, &saved, Some((String::new(), t(Key::CrosstabChoose))))}
                </select>
            </label>
        })
    };
    let table = move || {
        let x = crosstab.table.get()?;
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| money(&a.currency)))?;
        // Rows and columns nobody is in are left out.
        let rows: Vec<usize> = (0..x.rows.len())
            .filter(|&r| x.cells[r].iter().any(|c| c.customers > 0))
            .collect();
        let columns: Vec<usize> = (0..x.columns.len())
            .filter(|&c| x.cells.iter().any(|row| row[c].customers > 0))
            .collect();
        let max = x
            .cells
            .iter()
            .flatten()
            .map(|c| c.customers)
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let head = columns
            .iter()
            .map(|&c| view! { <th scope="col" class="num">{x.columns[c].clone()}</th> })
            .collect_view();
        let body = rows
            .iter()
            .map(|&r| {
                let cells = columns
                    .iter()
                    .map(|&c| {
                        let cell = x.cells[r][c];
                        let shade = format!("rgba(31, 95, 191, {:.2})", 0.08 + 0.5 * cell.customers as f64 / max);
                        let selected = move || {
                            selection.segment.get() == Some(r)
                                && selection.cross.with(|x| x.as_ref().map(|(k, _)| *k)) == Some(c)
                        };
                        let name = x.columns[c].clone();
                        view! {
                            <td class="num cross-cell" class:selected=selected style:background-color=shade>
                                <button
                                    class="cell-button"
                                    data-testid=format!("cross-{r}-{c}")
                                    disabled=cell.customers == 0
                                    on:click=move |_| selection.cell(r, c, name.clone())
                                >
                                    <span class="cell-count">{number(cell.customers)}</span>
                                    <span class="cell-revenue">{currency.format_whole(cell.revenue)}</span>
                                </button>
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{x.rows[r].clone()}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <p class="hint">{t_with(Key::CrosstabHowToRead, &[("rows", x.rows_scheme.as_str().into()), ("columns", x.columns_scheme.as_str().into())])}</p>
            <div class="table-scroll">
                <table class="crosstab" data-testid="crosstab">
                    <thead><tr><th></th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <div class="crosstab-view">
            {picker}
            {table}
            <Show when=move || selection.cross.with(Option::is_some)>
                <CustomerList/>
            </Show>
        </div>
    }
}
