//! The score grid, editable: which segment each cell belongs to, flags for segments no cell
//! reaches and cells no segment covers, and the score scale (3, 4 or 5 points, equal
//! groups or thresholds the merchant types).

use super::now;
use super::state::AppState;
use super::words::{count, language, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::grid::{scheme_from_grid, GridCellRule, GridView};
use segmenter_engine::segmentation::rfm::RfmOptions;
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::segmentation::scores::{read_thresholds, ScoreMethod};
use segmenter_engine::session::Request;
use segmenter_words::{Arg, Key, Language};
use web_sys::HtmlDetailsElement;

/// The grid editor under the grid chart.
#[component]
pub fn GridEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Segment names the merchant added for cells, on top of the scheme's own.
    let added = RwSignal::new(Vec::<String>::new());
    let new_name = RwSignal::new(String::new());
    let editor = move || {
        let view = state.scheme.get()?;
        let grid = view.grid.clone()?;
        let mut names: Vec<String> = Vec::new();
        for name in view
            .scheme
            .rules
            .iter()
            .map(|r| r.segment.clone())
            .chain(added.get())
        {
            if !names.contains(&name) && name != grid.otherwise {
                names.push(name);
            }
        }
        names.push(grid.otherwise.clone());
        let name = edited_name(&view.scheme.name);
        let p = grid.cells.len();
        let rows = (0..p)
            .rev()
            .map(|ri| {
                let cells = (0..p)
                    .map(|fi| {
                        let current = grid.cells[ri][fi].segment.clone();
                        let options = names
                            .iter()
                            .map(|n| view! { <option value=n.clone()>{n.clone()}</option> })
                            .collect_view();
                        let (grid, name) = (grid.clone(), name.clone());
                        view! {
                            <td>
                                <select
                                    data-testid=format!("edit-r{}-f{}", ri + 1, fi + 1)
                                    aria-label=format!("{}{} {}{}", grid.axes.rows, ri + 1, grid.axes.columns, fi + 1)
                                    prop:value=current
                                    on:change=move |ev| {
                                        let scheme = edited(&grid, &name, ri, fi, event_target_value(&ev));
                                        state.segment(SchemeChoice::Custom(scheme));
                                    }
                                >
                                    {options}
                                </select>
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{format!("{}{}", grid.axes.rows, ri + 1)}</th>{cells}</tr> }
            })
            .collect_view();
        let columns = (0..p)
            .map(|fi| view! { <th scope="col">{format!("{}{}", grid.axes.columns, fi + 1)}</th> })
            .collect_view();
        let unreached = (!grid.unreached.is_empty()).then(|| {
            view! {
                <p class="flag" data-testid="unreached">
                    {t_with(Key::GridEditorUnreached, &[("names", Arg::from(quote_list(&grid.unreached)))])}
                </p>
            }
        });
        let uncovered = (grid.uncovered > 0).then(|| {
            view! {
                <p class="flag" data-testid="uncovered">
                    {t_with(
                        Key::GridEditorUncovered,
                        &[("count", count(grid.uncovered)), ("segment", Arg::from(grid.otherwise.as_str()))],
                    )}
                </p>
            }
        });
        Some(view! {
            {unreached}
            {uncovered}
            <div class="table-scroll">
                <table class="grid-cells">
                    <thead><tr><th></th>{columns}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="actions">
                <input
                    type="text"
                    placeholder=tr(Key::GridEditorNewName)
                    aria-label=tr(Key::GridEditorNewName)
                    prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
                <button class="button small" on:click=move |_| {
                    let name = new_name.get_untracked().trim().to_string();
                    if !name.is_empty() {
                        added.update(|a| a.push(name));
                        new_name.set(String::new());
                    }
                }>{tr(Key::GridEditorAddName)}</button>
            </div>
        })
    };
    // The editor's menus (one per cell, each listing every segment) are drawn only while it
    // is open: closed, they were 368 of the 1,622 elements drawn after an analysis, drawn
    // again after every switch of scheme, for no one to see.
    let open = RwSignal::new(false);
    view! {
        <details
            class="panel grid-editor"
            data-testid="grid-editor"
            on:toggle=move |ev| open.set(event_target::<HtmlDetailsElement>(&ev).open())
        >
            <summary><h3>{tr(Key::GridEditorTitle)}</h3></summary>
            {move || if open.get() { editor() } else { None }}
            <ScaleEditor/>
        </details>
    }
}

/// The scheme the grid becomes with cell (`ri`, `fi`) given to `segment`.
fn edited(grid: &GridView, name: &str, ri: usize, fi: usize, segment: String) -> Scheme {
    let mut cells = Vec::new();
    for (r, row) in grid.cells.iter().enumerate() {
        for (f, cell) in row.iter().enumerate() {
            cells.push(GridCellRule {
                row: r as u8 + 1,
                column: f as u8 + 1,
                segment: if (r, f) == (ri, fi) {
                    segment.clone()
                } else {
                    cell.segment.clone()
                },
            });
        }
    }
    scheme_from_grid(name, &grid.axes, &cells, &grid.otherwise)
}

/// The name of a scheme whose grid the merchant changed: "Loyalty grid (edited)", kept as
/// it is when it already says so (in the page's language or in English).
fn edited_name(name: &str) -> String {
    let marked = |language: Language| {
        // The message around a name, split at the name: "" and " (edited)" in English.
        let around = language.text(Key::GridEditorEditedName, &[("name", Arg::from("\u{0}"))]);
        let (before, after) = around.split_once('\u{0}').unwrap_or((&around, ""));
        name.len() >= before.len() + after.len()
            && name.starts_with(before)
            && name.ends_with(after)
    };
    if marked(language()) || marked(Language::English) {
        name.to_string()
    } else {
        t_with(Key::GridEditorEditedName, &[("name", Arg::from(name))])
    }
}

/// Segment names as a list of choices: "Loyal", "At risk" or "Lost".
fn quote_list(names: &[String]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| t_with(Key::GridEditorQuoted, &[("name", Arg::from(n.as_str()))]))
        .collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t_with(
            Key::GridEditorListOr,
            &[
                ("rest", Arg::from(rest.join(", "))),
                ("last", Arg::from(last.as_str())),
            ],
        ),
    }
}

/// Score points and, per measure, equal groups or typed thresholds.
#[component]
fn ScaleEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let (rfm, currency) = state.analysis.with(|a| {
            a.as_ref()
                .map(|a| (a.rfm.clone(), a.currency.symbol.clone()))
        })?;
        // Thresholds of money are typed in the shop's currency: say which.
        let money = if currency.is_empty() {
            t(Key::GridEditorMonetaryThresholdsPlain)
        } else {
            t_with(
                Key::GridEditorMonetaryThresholds,
                &[("currency", Arg::from(currency))],
            )
        };
        let apply = move |rfm: RfmOptions| {
            state.analysis.update(|a| {
                if let Some(a) = a {
                    a.rfm = rfm.clone();
                }
            });
            let started = now();
            spawn_local(async move {
                let reply = state.engine.ask(Request::Rescore(rfm)).await;
                let _ = state.shown(reply, started);
            });
        };
        let measure = move |label: String,
                            id: &'static str,
                            method: ScoreMethod,
                            set: fn(&mut RfmOptions, ScoreMethod)| {
            let text = match &method {
                ScoreMethod::Quantiles => String::new(),
                ScoreMethod::Fixed(cuts) => cuts
                    .iter()
                    .map(|c| format!("{c}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            view! {
                <label class="field">
                    <span>{label}</span>
                    <input type="text" data-testid=id prop:value=text placeholder=t(Key::GridEditorEqualGroups) on:change=move |ev| {
                        let cuts = read_thresholds(&event_target_value(&ev));
                        let mut rfm = state.analysis.with_untracked(|a| a.as_ref().map(|a| a.rfm.clone())).unwrap_or_default();
                        set(&mut rfm, if cuts.is_empty() { ScoreMethod::Quantiles } else { ScoreMethod::Fixed(cuts) });
                        apply(rfm);
                    }/>
                </label>
            }
        };
        Some(view! {
            <div class="scale-editor">
                <label class="field">
                    <span>{t(Key::GridEditorPoints)}</span>
                    <select data-testid="score-points" prop:value=rfm.points.to_string() on:change=move |ev| {
                        if let Ok(points) = event_target_value(&ev).parse::<u8>() {
                            let mut rfm = state.analysis.with_untracked(|a| a.as_ref().map(|a| a.rfm.clone())).unwrap_or_default();
                            rfm.points = points;
                            apply(rfm);
                        }
                    }>
                        <option value="5">{t(Key::GridEditorPoints5)}</option>
                        <option value="4">"4"</option>
                        <option value="3">{t(Key::GridEditorPoints3)}</option>
                    </select>
                </label>
                {measure(t(Key::GridEditorRecencyThresholds), "cuts-recency", rfm.recency.clone(), |r, m| r.recency = m)}
                {measure(t(Key::GridEditorFrequencyThresholds), "cuts-frequency", rfm.frequency.clone(), |r, m| r.frequency = m)}
                {measure(money, "cuts-monetary", rfm.monetary.clone(), |r, m| r.monetary = m)}
                <p class="hint">{t(Key::GridEditorThresholdsHint)}</p>
            </div>
        })
    }
}
