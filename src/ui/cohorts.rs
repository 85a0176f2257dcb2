//! Retention by cohort: customers grouped by the week, month or quarter of their first
//! order, and the share of each cohort who bought again in every later period (or the
//! revenue per cohort customer), as a triangle shaded by its values; any cell lists its
//! customers.

use super::customers::{CustomerTable, Paging};
use super::download::export;
use super::state::AppState;
use super::words::{count, money, number, percent, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::insight::cohorts::{CohortPeriod, Cohorts};
use segmenter_engine::session::{Answer, CustomerPage, ExportRequest, Request};
use segmenter_words::Key;

/// The latest cohorts and the cell opened, until the next analysis.
#[derive(Clone, Copy)]
pub struct CohortsState {
    period: RwSignal<CohortPeriod>,
    cohorts: RwSignal<Option<Cohorts>>,
    /// The cell whose customers are listed.
    cell: RwSignal<Option<OpenCell>>,
}

/// A cell of the triangle whose customers are listed: its cohort and the periods after
/// the first, in the periods of the table it was opened in (another may have been asked
/// for since).
#[derive(Clone)]
struct OpenCell {
    label: String,
    start: Date,
    after: usize,
    period: CohortPeriod,
}

impl CohortsState {
    /// Months, not computed yet; computed again after each new analysis.
    pub fn new(state: AppState) -> CohortsState {
        let cohorts = CohortsState {
            period: RwSignal::new(CohortPeriod::Month),
            cohorts: RwSignal::new(None),
            cell: RwSignal::new(None),
        };
        Effect::new(move |_| {
            state.analyses.track();
            cohorts.cohorts.set(None);
            cohorts.cell.set(None);
        });
        cohorts
    }

    fn compute(self, state: AppState) {
        let period = self.period.get_untracked();
        self.cell.set(None);
        spawn_local(async move {
            match state.engine.ask(Request::Cohorts(period)).await {
                Ok(Answer::Cohorts(c)) => self.cohorts.set(Some(c)),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }
}

/// What the triangle's cells show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Measure {
    /// The share of the cohort who bought in the period.
    Returning,
    /// The cohort's revenue in the period per cohort customer.
    Revenue,
}

/// The cohorts tab.
#[component]
pub fn CohortsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cohorts = expect_context::<CohortsState>();
    let measure = RwSignal::new(Measure::Returning);
    // Computed when the tab opens without them, and again for every analysis while it is
    // open: a new date or language analyses again without leaving the tab.
    Effect::new(move |opened: Option<()>| {
        state.analyses.track();
        if opened.is_some() || cohorts.cohorts.with_untracked(Option::is_none) {
            cohorts.compute(state);
        }
    });
    let pick_period = move |ev: leptos::ev::Event| {
        let period = match event_target_value(&ev).as_str() {
            "week" => CohortPeriod::Week,
            "quarter" => CohortPeriod::Quarter,
            _ => CohortPeriod::Month,
        };
        cohorts.period.set(period);
        cohorts.compute(state);
    };
    let pick_measure = move |ev: leptos::ev::Event| {
        measure.set(if event_target_value(&ev) == "revenue" {
            Measure::Revenue
        } else {
            Measure::Returning
        });
    };
    let triangle = move || {
        let c = cohorts.cohorts.get()?;
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.currency.clone()))?;
        let amounts = money(&currency);
        let measure = measure.get();
        let width = c.cohorts.iter().map(|k| k.bought.len()).max().unwrap_or(0);
        // The period's words: a column's heading, the same in a sentence, the last one
        // unfinished.
        let (heading, in_sentence, unfinished) = match c.period {
            CohortPeriod::Week => (
                Key::CohortsWeek,
                Key::CohortsCellWeek,
                Key::CohortsPartialWeek,
            ),
            CohortPeriod::Month => (
                Key::CohortsMonth,
                Key::CohortsCellMonth,
                Key::CohortsPartialMonth,
            ),
            CohortPeriod::Quarter => (
                Key::CohortsQuarter,
                Key::CohortsCellQuarter,
                Key::CohortsPartialQuarter,
            ),
        };
        // The shade is relative to the largest value after the first period, which is
        // everyone by definition.
        let value = |k: &segmenter_engine::insight::cohorts::Cohort, after: usize| match measure {
            Measure::Returning => k.bought[after] as f64 / k.size.max(1) as f64,
            Measure::Revenue => k.revenue[after] / k.size.max(1) as f64,
        };
        let max = c
            .cohorts
            .iter()
            .flat_map(|k| (1..k.bought.len()).map(move |a| (k, a)))
            .map(|(k, a)| value(k, a))
            .fold(0.0_f64, f64::max)
            .max(f64::MIN_POSITIVE);
        let head = (0..width)
            .map(|a| view! { <th scope="col" class="num">{if a == 0 { t(Key::CohortsFirst) } else { t_with(heading, &[("n", count(a))]) }}</th> })
            .collect_view();
        let body = c
            .cohorts
            .iter()
            .map(|k| {
                let cells = (0..width)
                    .map(|a| {
                        if a >= k.bought.len() || k.size == 0 {
                            return view! { <td></td> }.into_any();
                        }
                        let v = value(k, a);
                        let text = match measure {
                            Measure::Returning => percent(v),
                            Measure::Revenue => amounts.format_whole(v),
                        };
                        let shade = if a == 0 {
                            "transparent".to_string()
                        } else {
                            format!("rgba(31, 95, 191, {:.2})", 0.05 + 0.6 * (v / max).min(1.0))
                        };
                        // Read after the figure shown: which cohort and period it is.
                        let when = if a == 0 {
                            t(Key::CohortsCellFirst)
                        } else {
                            t_with(in_sentence, &[("n", count(a))])
                        };
                        let context = t_with(
                            Key::CohortsCell,
                            &[
                                ("cohort", k.label.as_str().into()),
                                ("when", when.into()),
                                ("bought", count(k.bought[a])),
                                ("size", count(k.size)),
                            ],
                        );
                        let context = format!(" · {context}");
                        let cell = OpenCell {
                            label: k.label.clone(),
                            start: k.start,
                            after: a,
                            period: c.period,
                        };
                        view! {
                            <td class="num cross-cell" style:background-color=shade>
                                <button
                                    class="cell-button"
                                    data-testid=format!("cohort-{}-{a}", k.start)
                                    disabled=k.bought[a] == 0
                                    on:click=move |_| cohorts.cell.set(Some(cell.clone()))
                                >
                                    {text}
                                    <span class="visually-hidden">{context}</span>
                                </button>
                            </td>
                        }
                        .into_any()
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{k.label.clone()}</th>
                        <td class="num">{number(k.size)}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let mut notes = Vec::new();
        if c.earlier > 0 {
            notes.push(t_with(Key::CohortsEarlier, &[("count", count(c.earlier))]));
        }
        if c.last_partial {
            notes.push(t(unfinished));
        }
        Some(view! {
            <p class="hint">{notes.join(" ")}</p>
            <div class="table-scroll">
                <table class="crosstab cohorts" data-testid="cohorts">
                    <thead><tr><th scope="col">{t(Key::CohortsFirstOrderIn)}</th><th scope="col" class="num">{t(Key::CohortsCustomers)}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <div class="cohorts-view">
            <p class="hint">{tr(Key::CohortsHint)}</p>
            <div class="compare-controls">
                <label class="field">
                    <span>{tr(Key::CohortsGroupBy)}</span>
                    <select data-testid="cohort-period" on:change=pick_period>
                        // The period asked for last, also when the tab is opened again.
                        <option value="month" selected=move || cohorts.period.get() == CohortPeriod::Month>{tr(Key::CohortsByMonth)}</option>
                        <option value="week" selected=move || cohorts.period.get() == CohortPeriod::Week>{tr(Key::CohortsByWeek)}</option>
                        <option value="quarter" selected=move || cohorts.period.get() == CohortPeriod::Quarter>{tr(Key::CohortsByQuarter)}</option>
                    </select>
                </label>
                <label class="field">
                    <span>{tr(Key::CohortsShow)}</span>
                    <select data-testid="cohort-measure" on:change=pick_measure>
                        <option value="returning" selected=true>{tr(Key::CohortsShareWhoBought)}</option>
                        <option value="revenue">{tr(Key::CohortsRevenuePerCustomer)}</option>
                    </select>
                </label>
            </div>
            {triangle}
            <CohortCustomers/>
        </div>
    }
}

/// The customers of the cohort cell opened.
#[component]
fn CohortCustomers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cohorts = expect_context::<CohortsState>();
    let paging = Paging::new(move || cohorts.cell.track());
    let list = RwSignal::new(None::<CustomerPage>);
    Effect::new(move |_| {
        let Some(OpenCell {
            start,
            after,
            period,
            ..
        }) = cohorts.cell.get()
        else {
            list.set(None);
            return;
        };
        let request = Request::CohortCustomers {
            period,
            start,
            after,
            query: paging.query(None, None),
        };
        paging.ask(state, request, move |answer| {
            if let Answer::Customers(page) = answer {
                list.set(Some(page));
            }
        });
    });
    move || {
        let OpenCell {
            label,
            start,
            after,
            period,
        } = cohorts.cell.get()?;
        let total = list.with(|l| l.as_ref().map_or(0, |l| l.total));
        let title = match (after, period) {
            (0, _) => Key::CohortsListFirst,
            (_, CohortPeriod::Week) => Key::CohortsListWeeks,
            (_, CohortPeriod::Month) => Key::CohortsListMonths,
            (_, CohortPeriod::Quarter) => Key::CohortsListQuarters,
        };
        let title = t_with(
            title,
            &[
                ("cohort", label.into()),
                ("count", count(total)),
                ("after", count(after)),
            ],
        );
        let file = ExportRequest::CohortCell {
            period,
            start,
            after,
        };
        Some(view! {
            <section class="customer-list panel" data-testid="cohort-customers">
                <header>
                    <h2>{title}</h2>
                    <div class="list-tools">
                        <button class="button" on:click=move |_| export(state, file.clone())>{tr(Key::CohortsDownload)}</button>
                        <button class="button quiet" on:click=move |_| cohorts.cell.set(None)>{tr(Key::CohortsClose)}</button>
                    </div>
                </header>
                <CustomerTable list=list.into() paging/>
            </section>
        })
    }
}
