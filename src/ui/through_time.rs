//! Segments through time: the shop compared with itself at an earlier date, or with another
//! export of it; the table of who moved from which segment to which, a flow chart of the
//! same, and any movement's customers with a campaign and a list to download.

use super::customers::{CustomerTable, Paging};
use super::download::export;
use super::format::segment_color;
use super::state::{AppState, Comparison, ShownScheme};
use super::words::{count, date, money, number, percent, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::session::protocol::Compare;
use segmenter_engine::session::views::{MigrationCellView, MigrationView};
use segmenter_engine::session::{Answer, EngineError, ExportRequest, Request};
use segmenter_words::Key;

/// The latest comparison and the cell opened in it, until other segments are shown; the
/// earlier day chosen and what was compared, kept to compare again with the next one (and,
/// in the page state, with the next results of the file: read again, or brought back by
/// Cancel).
#[derive(Clone, Copy)]
pub struct MigrationState {
    /// Who moved where.
    pub view: RwSignal<Option<MigrationView>>,
    /// The cell whose customers are listed: (row, column).
    cell: RwSignal<Option<(usize, usize)>>,
    /// The earlier day the merchant chose; `None`: three months before the date on show.
    from: RwSignal<Option<Date>>,
    /// What was compared last, compared again with another scheme or analysis.
    compared: StoredValue<Option<Comparison>, LocalStorage>,
    /// The analysis whose comparison was asked while its scheme stood in for one on
    /// predicted figures, until it is answered: the engine makes it once the prediction is
    /// made, with the scheme the prediction's answer shows, which is not compared again.
    awaited: RwSignal<Option<u32>>,
    /// The segments on show: an answer asked for others is not shown.
    shown: Memo<ShownScheme>,
}

impl MigrationState {
    /// No comparison on show yet, and none again whenever other segments are shown
    /// ([`AppState::shown_scheme`]): the comparison is made with the scheme on show, and
    /// the tab, while open, asks for it again; so it does for the one shown with the
    /// file's results before these.
    pub fn new(state: AppState) -> MigrationState {
        let compared = state.comparison_shown();
        let from = match compared {
            Some(Comparison::Dates(from)) => from,
            _ => None,
        };
        let migration = MigrationState {
            view: RwSignal::new(None),
            cell: RwSignal::new(None),
            from: RwSignal::new(from),
            compared: StoredValue::new_local(compared),
            awaited: RwSignal::new(None),
            shown: state.shown_scheme(),
        };
        Effect::new(move |_| {
            // Read, not only tracked: a memo is worked out when read.
            migration.shown.with(|_| ());
            migration.view.set(None);
            migration.cell.set(None);
        });
        migration
    }

    /// The movement note for a segment's campaign, when a comparison is on show.
    pub fn note_for(self, segment: &str) -> Option<String> {
        self.view.with(|v| {
            let v = v.as_ref()?;
            let at = v
                .table
                .segments
                .iter()
                .position(|s| segment == s || segment.starts_with(&format!("{s} (")))?;
            v.campaign_notes.get(at).cloned()
        })
    }

    /// The earlier day of a comparison of dates: the one chosen, else three months before
    /// the date on show.
    fn earlier_day(self, state: AppState) -> Option<Date> {
        self.from.get().or_else(|| months_before_shown(state))
    }

    /// Compares the shop on show with `compared`, kept to compare again: the comparison on
    /// show is asked for again (see [`EngineHandle::ask_again`]), another one anew.
    ///
    /// [`EngineHandle::ask_again`]: super::engine::EngineHandle::ask_again
    fn compare(self, state: AppState, compared: Comparison) {
        let (compare, file) = match &compared {
            Comparison::Dates(from) => {
                let Some(from) = from.or_else(|| untrack(|| months_before_shown(state))) else {
                    return;
                };
                (Compare::Dates { from, to: None }, None)
            }
            Comparison::File(file) => {
                let compare = Compare::File {
                    name: file.name(),
                    from: None,
                    to: None,
                };
                (compare, Some(file.clone()))
            }
        };
        self.compared.set_value(Some(compared.clone()));
        let again = state.comparison_shown().as_ref() == Some(&compared);
        self.cell.set(None);
        let asked_for = self.shown.get_untracked();
        let stood_in = state.stand_in.get_untracked();
        if stood_in {
            self.awaited.set(Some(asked_for.analysis));
        }
        spawn_local(async move {
            // Asked while a scheme stands in for one on predicted figures, it is held by the
            // engine until the prediction is asked for, then made with the scheme the
            // prediction's answer shows (not with the one standing in, and then again).
            let request = Request::Migrate(compare);
            let reply = match (&file, again) {
                (file, true) => state.engine.ask_again(request, file.as_ref()).await,
                (Some(file), false) => state.engine.ask_with_file(request, file).await,
                (None, false) => state.engine.ask(request).await,
            };
            // The results were closed meanwhile, or Cancel stopped it: what comes back is
            // Cancel's to say.
            let Some(now) = self.shown.try_get_untracked() else {
                return;
            };
            if matches!(reply, Err(EngineError::Stopped)) {
                return;
            }
            if stood_in && self.awaited.get_untracked() == Some(asked_for.analysis) {
                self.awaited.set(None);
            }
            // Shown if made with the scheme on show, for the analysis on show: another
            // scheme or analysis may have come meanwhile (the tab asks again for it if
            // open), or, when it was asked with a scheme standing in, the scheme the
            // prediction's answer shows, which it was made with. Why it failed is said
            // under the same conditions.
            let current = match &reply {
                Ok(Answer::Migrated(view)) => {
                    now.analysis == asked_for.analysis && now.choice.as_ref() == Some(&view.choice)
                }
                _ => now == asked_for || (stood_in && now.analysis == asked_for.analysis),
            };
            if !current {
                return;
            }
            match reply {
                Ok(Answer::Migrated(view)) => {
                    self.view.set(Some(*view));
                    state.show_comparison(Some(compared));
                }
                Ok(_) => {}
                Err(e) => {
                    // Not asked again by itself: the banner would come back with each scheme
                    // (unless another comparison was asked since, which is). The comparison
                    // before is gone from the engine too (and was of another scheme, when
                    // this one was asked again for a new one).
                    if self.compared.with_value(|c| c.as_ref() == Some(&compared)) {
                        self.compared.set_value(None);
                    }
                    state.show_comparison(None);
                    self.view.set(None);
                    state.show_error(&e);
                }
            }
        });
    }

    /// Compares again what was compared last, if anything, with the scheme and date on show;
    /// two dates from the day in the field, which the merchant may have changed since.
    fn again(self, state: AppState) {
        let compared = match self.compared.get_value() {
            Some(Comparison::Dates(_)) => Some(Comparison::Dates(self.from.get_untracked())),
            compared => compared,
        };
        if let Some(compared) = compared {
            self.compare(state, compared);
        }
    }
}

/// Three months before the date on show: long enough for customers to have moved.
fn months_before_shown(state: AppState) -> Option<Date> {
    state
        .analysis
        .with(|a| a.as_ref().map(|a| a.reference.plus_days(-91)))
}

/// The "Through time" tab: two ways to compare, then the comparison.
#[component]
pub fn MigrationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let migration = expect_context::<MigrationState>();
    let reference = move || state.analysis.with(|a| a.as_ref().map(|a| a.reference));
    // Compared again for every other segments on show while the tab is open, and when it
    // opens after they came while it was closed: what was compared, from the day chosen;
    // not the scheme the prediction's answer shows in place of one standing in for it, when
    // the comparison asked meanwhile is made with it.
    Effect::new(move |opened: Option<()>| {
        let analysis = migration.shown.with(|shown| shown.analysis);
        if migration.awaited.get_untracked() == Some(analysis) {
            return;
        }
        if opened.is_some() || migration.view.with_untracked(Option::is_none) {
            migration.again(state);
        }
    });
    let waiting = move || state.stand_in.get() && migration.awaited.get().is_some();
    let compare_dates = move |_| {
        let from = migration.from.get_untracked();
        migration.compare(state, Comparison::Dates(from));
    };
    let compare_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        migration.compare(state, Comparison::File(file));
    };
    let scheme = move || {
        state
            .scheme
            .with(|s| s.as_ref().map(|s| s.scheme.name.clone()))
            .unwrap_or_default()
    };
    view! {
        <div class="migration-view">
            <p class="hint">
                {move || t_with(Key::ThroughTimeHint, &[("scheme", scheme().into())])}
            </p>
            <div class="compare-controls">
                <label class="field">
                    <span>{tr(Key::ThroughTimeFromLabel)}</span>
                    <input
                        type="date"
                        data-testid="migration-from"
                        max=move || reference().map(|r| r.plus_days(-1).to_string())
                        prop:value=move || migration.earlier_day(state).map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| migration.from.set(Date::parse_iso(&event_target_value(&ev)))
                    />
                </label>
                <button class="button primary" data-testid="migration-compare" on:click=compare_dates>
                    {tr(Key::ThroughTimeCompare)}
                </button>
                <span class="or">{tr(Key::ThroughTimeOr)}</span>
                <label class="button file-button">
                    {tr(Key::ThroughTimeCompareFile)}
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".csv,.tsv,.txt,text/csv"
                        data-testid="migration-file"
                        on:change=compare_file
                    />
                </label>
            </div>
            {move || waiting().then(|| view! { <p class="hint" data-testid="migration-waiting">{tr(Key::ThroughTimeWaiting)}</p> })}
            {move || migration.view.get().map(|v| view! { <Transitions view=v/> })}
            <MigrationCell/>
        </div>
    }
}

/// The comparison: a summary, the movements worth most, the table and the flow chart.
#[component]
fn Transitions(view: MigrationView) -> impl IntoView {
    let state = expect_context::<AppState>();
    let migration = expect_context::<MigrationState>();
    let t = &view.table;
    let n = t.segments.len();
    let (new, gone) = (t.new_customers(), t.gone());
    // Segments nobody was or is in are left out; so are the new row and gone column when
    // empty.
    let shown = t.occupied();
    let rows: Vec<usize> = shown
        .iter()
        .copied()
        .chain((new > 0).then_some(n))
        .collect();
    let columns: Vec<usize> = shown
        .iter()
        .copied()
        .chain((view.gone_label.is_some() && gone > 0).then_some(n))
        .collect();
    let row_name = |r: usize| t.segments.get(r).cloned().unwrap_or(view.new_label.clone());
    let column_name = |c: usize| {
        t.segments
            .get(c)
            .cloned()
            .or(view.gone_label.clone())
            .unwrap_or_default()
    };
    let max = t.counts.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let head = columns
        .iter()
        .map(|&c| view! { <th scope="col" class="num">{column_name(c)}</th> })
        .collect_view();
    let body = rows
        .iter()
        .map(|&r| {
            let cells = columns
                .iter()
                .map(|&c| {
                    let customers = t.counts[r][c];
                    let shade = format!(
                        "rgba(31, 95, 191, {:.2})",
                        0.06 + 0.5 * customers as f64 / max
                    );
                    // The figures shown, then what they are: a screen reader reads the
                    // same words the button shows, and says which movement they count.
                    let (from, to) = (row_name(r), column_name(c));
                    let noun = move || {
                        let noun = t_with(Key::ThroughTimeCellCustomers, &[("count", count(customers))]);
                        format!(" {noun} ")
                    };
                    let share = t.row_share(r, c);
                    let context = move || {
                        let movement = t_with(
                            Key::ThroughTimeCellRow,
                            &[("from", from.as_str().into()), ("to", to.as_str().into())],
                        );
                        format!(" {movement}")
                    };
                    let selected = move || migration.cell.get() == Some((r, c));
                    view! {
                        <td class="num cross-cell" class:selected=selected class:stayed=r == c style:background-color=shade>
                            <button
                                class="cell-button"
                                data-testid=format!("move-{r}-{c}")
                                disabled=customers == 0
                                on:click=move |_| migration.cell.set(Some((r, c)))
                            >
                                <span class="cell-count">{move || number(customers)}</span>
                                <span class="visually-hidden">{noun}</span>
                                <span class="cell-revenue">{move || percent(share)}</span>
                                <span class="visually-hidden">{context}</span>
                            </button>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{row_name(r)}</th>{cells}</tr> }
        })
        .collect_view();
    // Each later segment's customers less its earlier ones. The gone are none: they count
    // in the segments they left, and the row adds up to the change in customers.
    let net = columns
        .iter()
        .map(|&c| {
            let change = (c < n).then(|| t.after[c] as i64 - t.before[c] as i64);
            let (up, down) = (change > Some(0), change.is_some_and(|d| d < 0));
            let change = change.map(|d| format!("{d:+}"));
            view! { <td class="num" class:up=up class:down=down>{change}</td> }
        })
        .collect_view();
    let highlights = view
        .highlights
        .iter()
        .map(|h| view! { <li>{h.clone()}</li> })
        .collect_view();
    let (from, to) = (view.from.clone(), view.to.clone());
    let title = move || {
        t_with(
            Key::ThroughTimeTitle,
            &[("from", from.as_str().into()), ("to", to.as_str().into())],
        )
    };
    view! {
        <section class="migration panel" data-testid="migration">
            <h2>{title}</h2>
            <p class="headline" data-testid="migration-summary">{view.summary.clone()}</p>
            {view.rows_left_out.iter().map(|note| view! {
                <p class="shape" data-testid="migration-rows-left-out">{note.clone()}</p>
            }).collect_view()}
            <ul class="highlights">{highlights}</ul>
            <p class="hint">{tr(Key::ThroughTimeHowToRead)}</p>
            <div class="table-scroll">
                <table class="crosstab transitions" data-testid="migration-table">
                    <thead><tr><th scope="col">{tr(Key::ThroughTimeCorner)}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                    <tfoot><tr><th scope="row">{tr(Key::ThroughTimeNetChange)}</th>{net}</tr></tfoot>
                </table>
            </div>
            <FlowChart view=view.clone()/>
            <button class="button" data-testid="migration-export" on:click=move |_| export(state, ExportRequest::Migration)>
                {tr(Key::ThroughTimeDownload)}
            </button>
        </section>
    }
}

const FLOW_WIDTH: f64 = 640.0;
const NODE: f64 = 14.0;
const GAP: f64 = 8.0;
const LABEL: f64 = 150.0;

/// The movements as bands between the segments then (left) and now (right), each band as
/// wide as its customers; the table above holds the same figures as text.
#[component]
fn FlowChart(view: MigrationView) -> impl IntoView {
    let t = &view.table;
    let n = t.segments.len();
    let everyone: usize = t.counts.iter().flatten().sum();
    let left: Vec<usize> = (0..=n)
        .filter(|&r| t.counts[r].iter().sum::<usize>() > 0)
        .collect();
    let right: Vec<usize> = (0..=n)
        .filter(|&c| t.counts.iter().map(|row| row[c]).sum::<usize>() > 0)
        .collect();
    let slots = left.len().max(right.len()) as f64;
    let height = 360.0_f64.max(slots * 28.0);
    let scale = (height - GAP * slots) / everyone.max(1) as f64;
    // Each node's top, in order; bands leave and arrive in the order of the other side.
    let tops = |side: &[usize], size: &dyn Fn(usize) -> usize| -> Vec<(usize, f64)> {
        let mut y = 0.0;
        side.iter()
            .map(|&i| {
                let top = y;
                y += size(i) as f64 * scale + GAP;
                (i, top)
            })
            .collect()
    };
    let left_tops = tops(&left, &|r| t.counts[r].iter().sum());
    let right_tops = tops(&right, &|c| t.counts.iter().map(|row| row[c]).sum());
    let name = |i: usize, outside: &str| t.segments.get(i).cloned().unwrap_or(outside.to_string());
    let gone_label = view.gone_label.clone().unwrap_or_default();
    let (x0, x1) = (LABEL, FLOW_WIDTH - LABEL);
    let mut out_offset: Vec<f64> = left_tops.iter().map(|(_, y)| *y).collect();
    let mut in_offset: Vec<f64> = right_tops.iter().map(|(_, y)| *y).collect();
    let mut bands = Vec::new();
    for (li, &(r, _)) in left_tops.iter().enumerate() {
        for (ri, &(c, _)) in right_tops.iter().enumerate() {
            let customers = t.counts[r][c];
            if customers == 0 {
                continue;
            }
            let w = customers as f64 * scale;
            let (ya, yb) = (out_offset[li], in_offset[ri]);
            out_offset[li] += w;
            in_offset[ri] += w;
            let (xa, xb) = (x0 + NODE, x1);
            let mid = (xa + xb) / 2.0;
            let d = format!(
                "M{xa:.1},{ya:.1} C{mid:.1},{ya:.1} {mid:.1},{yb:.1} {xb:.1},{yb:.1} L{xb:.1},{:.1} C{mid:.1},{:.1} {mid:.1},{:.1} {xa:.1},{:.1} Z",
                yb + w,
                yb + w,
                ya + w,
                ya + w
            );
            let (from, to) = (name(r, &view.new_label), name(c, &gone_label));
            let title = move || {
                t_with(
                    Key::ThroughTimeBand,
                    &[
                        ("from", from.as_str().into()),
                        ("to", to.as_str().into()),
                        ("count", count(customers)),
                    ],
                )
            };
            let color = if r < n { segment_color(r) } else { "#8a8f98" };
            bands.push(view! {
                <path d=d fill=color fill-opacity=if r == c { "0.18" } else { "0.45" }><title>{title}</title></path>
            });
        }
    }
    let nodes = |tops: &[(usize, f64)],
                 x: f64,
                 anchor_left: bool,
                 size: &dyn Fn(usize) -> usize,
                 outside: &str| {
        tops.iter()
            .map(|&(i, y)| {
                let h = (size(i) as f64 * scale).max(1.0);
                let color = if i < n { segment_color(i) } else { "#8a8f98" };
                let (tx, anchor) = if anchor_left {
                    (x - 6.0, "end")
                } else {
                    (x + NODE + 6.0, "start")
                };
                let (segment, customers) = (name(i, outside), size(i));
                let label = move || format!("{segment} ({})", number(customers));
                view! {
                    <rect x=x y=y width=NODE height=h fill=color></rect>
                    <text x=tx y=y + h / 2.0 + 4.0 text-anchor=anchor class="axis">{label}</text>
                }
            })
            .collect_view()
    };
    let left_nodes = nodes(
        &left_tops,
        x0,
        true,
        &|r| t.counts[r].iter().sum(),
        &view.new_label,
    );
    let right_nodes = nodes(
        &right_tops,
        x1,
        false,
        &|c| t.counts.iter().map(|row| row[c]).sum(),
        &gone_label,
    );
    view! {
        <figure class="chart flow-chart">
            <figcaption>{tr(Key::ThroughTimeFlowCaption)}</figcaption>
            <svg
                viewBox=format!("0 0 {FLOW_WIDTH} {height}")
                role="img"
                aria-label=tr(Key::ThroughTimeFlowLabel)
                data-testid="migration-flow"
            >
                {bands}
                {left_nodes}
                {right_nodes}
            </svg>
        </figure>
    }
}

/// The customers of the cell opened: how many, what they spent, a campaign and the list.
#[component]
fn MigrationCell() -> impl IntoView {
    let state = expect_context::<AppState>();
    let migration = expect_context::<MigrationState>();
    let paging = Paging::new(move || migration.cell.track());
    let answer = RwSignal::new(None::<MigrationCellView>);
    Effect::new(move |_| {
        let Some((row, column)) = migration.cell.get() else {
            answer.set(None);
            return;
        };
        let query = paging.query(None, None);
        paging.ask(
            state,
            Request::MigrationCell { row, column, query },
            move |reply| {
                if let Answer::MigrationCell(cell) = reply {
                    answer.set(Some(*cell));
                }
            },
        );
    });
    let list = Signal::derive(move || answer.with(|a| a.as_ref().map(|a| a.page.clone())));
    move || {
        let cell = answer.get()?;
        let (row, column) = migration.cell.get()?;
        let currency = migration
            .view
            .with(|v| v.as_ref().map(|v| v.currency.clone()))?;
        let since = migration.view.with(|v| v.as_ref().map(|v| v.from_date))?;
        let title = t_with(
            Key::ThroughTimeCellTitle,
            &[
                ("label", cell.label.as_str().into()),
                ("count", count(cell.customers)),
            ],
        );
        let at_stake = t_with(
            Key::ThroughTimeAtStake,
            &[
                (
                    "amount",
                    money(&currency).format_whole(cell.at_stake).into(),
                ),
                ("day", date(since).into()),
            ],
        );
        let c = cell.campaign.clone();
        let objective = t_with(
            Key::ThroughTimeCampaign,
            &[("objective", c.objective.as_str().into())],
        );
        Some(view! {
            <section class="customer-list panel" data-testid="migration-cell">
                <header>
                    <h2>{title}</h2>
                    <div class="list-tools">
                        <button class="button" data-testid="migration-cell-export" on:click=move |_| export(state, ExportRequest::MigrationCell(row, column))>
                            {tr(Key::ThroughTimeCellDownload)}
                        </button>
                        <button class="button quiet" on:click=move |_| migration.cell.set(None)>{tr(Key::ThroughTimeClose)}</button>
                    </div>
                </header>
                <p class="hint">{at_stake}</p>
                <article class="campaign">
                    <h3>{objective}</h3>
                    <dl>
                        <dt>{tr(Key::ThroughTimeOffer)}</dt><dd>{c.offer}</dd>
                        <dt>{tr(Key::ThroughTimeChannel)}</dt><dd>{c.channel}</dd>
                        <dt>{tr(Key::ThroughTimeTiming)}</dt><dd>{c.timing}</dd>
                        <dt>{tr(Key::ThroughTimeMessage)}</dt><dd>{c.message}</dd>
                        <dt>{tr(Key::ThroughTimeWatch)}</dt><dd>{c.watch}</dd>
                    </dl>
                    <p class="why"><strong>{tr(Key::ThroughTimeWhy)}" "</strong>{c.why}</p>
                </article>
                <CustomerTable list paging/>
            </section>
        })
    }
}
