//! Retention by cohort: customers grouped by the week, month or quarter of their first
//! order, and the share of each cohort who bought again in every later period (or the
//! revenue per cohort customer), as a triangle shaded by its values; any cell lists its
//! customers.

use super::customers::{CustomerTable, Paging};
use super::download::export;
use super::format::{count, percent};
use super::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::insight::cohorts::{CohortPeriod, Cohorts};
use segmenter_engine::session::{Answer, CustomerPage, ExportRequest, Request};

/// The latest cohorts and the cell opened, until the next analysis.
#[derive(Clone, Copy)]
pub struct CohortsState {
    period: RwSignal<CohortPeriod>,
    cohorts: RwSignal<Option<Cohorts>>,
    /// The cell whose customers are listed: (cohort label, first day, periods after).
    cell: RwSignal<Option<(String, Date, usize)>>,
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
    if cohorts.cohorts.with_untracked(Option::is_none) {
        cohorts.compute(state);
    }
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
        let measure = measure.get();
        let width = c.cohorts.iter().map(|k| k.bought.len()).max().unwrap_or(0);
        let unit = match c.period {
            CohortPeriod::Week => "Week",
            CohortPeriod::Month => "Month",
            CohortPeriod::Quarter => "Quarter",
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
            .map(|a| view! { <th scope="col" class="num">{if a == 0 { "First".to_string() } else { format!("{unit} {a}") }}</th> })
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
                            Measure::Revenue => currency.format_whole(v),
                        };
                        let shade = if a == 0 {
                            "transparent".to_string()
                        } else {
                            format!("rgba(31, 95, 191, {:.2})", 0.05 + 0.6 * (v / max).min(1.0))
                        };
                        // Read after the figure shown: which cohort and period it is.
                        let context = format!(
                            " · {}, {}: {} of {} bought",
                            k.label,
                            if a == 0 { "first period".to_string() } else { format!("{} {a}", unit.to_lowercase()) },
                            group_thousands(&k.bought[a].to_string()),
                            group_thousands(&k.size.to_string())
                        );
                        let (name, start) = (k.label.clone(), k.start);
                        view! {
                            <td class="num cross-cell" style:background-color=shade>
                                <button
                                    class="cell-button"
                                    data-testid=format!("cohort-{}-{a}", k.start)
                                    disabled=k.bought[a] == 0
                                    on:click=move |_| cohorts.cell.set(Some((name.clone(), start, a)))
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
                        <td class="num">{group_thousands(&k.size.to_string())}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let mut notes = Vec::new();
        if c.earlier > 0 {
            notes.push(format!("{} earlier cohorts are not shown.", c.earlier));
        }
        if c.last_partial {
            notes.push(format!("The last {} is not over yet.", unit.to_lowercase()));
        }
        Some(view! {
            <p class="hint">{notes.join(" ")}</p>
            <div class="table-scroll">
                <table class="crosstab cohorts" data-testid="cohorts">
                    <thead><tr><th scope="col">"First order in"</th><th scope="col" class="num">"Customers"</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <div class="cohorts-view">
            <p class="hint">"Customers grouped by when they first ordered, and how many of them bought again in each later period."</p>
            <div class="compare-controls">
                <label class="field">
                    <span>"Group by"</span>
                    <select data-testid="cohort-period" on:change=pick_period>
                        <option value="month" selected=true>"Month of first order"</option>
                        <option value="week">"Week of first order"</option>
                        <option value="quarter">"Quarter of first order"</option>
                    </select>
                </label>
                <label class="field">
                    <span>"Show"</span>
                    <select data-testid="cohort-measure" on:change=pick_measure>
                        <option value="returning" selected=true>"Share who bought"</option>
                        <option value="revenue">"Revenue per customer"</option>
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
        let Some((_, start, after)) = cohorts.cell.get() else {
            list.set(None);
            return;
        };
        let request = Request::CohortCustomers {
            period: cohorts.period.get_untracked(),
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
        let (label, start, after) = cohorts.cell.get()?;
        let total = list.with(|l| l.as_ref().map_or(0, |l| l.total));
        let period = cohorts.period.get_untracked();
        let when = match after {
            0 => "who first ordered then".to_string(),
            a => format!(
                "who bought {a} {} later",
                match period {
                    CohortPeriod::Week =>
                        if a == 1 {
                            "week"
                        } else {
                            "weeks"
                        },
                    CohortPeriod::Month =>
                        if a == 1 {
                            "month"
                        } else {
                            "months"
                        },
                    CohortPeriod::Quarter =>
                        if a == 1 {
                            "quarter"
                        } else {
                            "quarters"
                        },
                }
            ),
        };
        let file = ExportRequest::CohortCell {
            period,
            start,
            after,
        };
        Some(view! {
            <section class="customer-list panel" data-testid="cohort-customers">
                <header>
                    <h2>{format!("{label}: {} {when}", count(total, "customers"))}</h2>
                    <div class="list-tools">
                        <button class="button" on:click=move |_| export(state, file.clone())>"Download this list (CSV)"</button>
                        <button class="button quiet" on:click=move |_| cohorts.cell.set(None)>"Close"</button>
                    </div>
                </header>
                <CustomerTable list=list.into() paging/>
            </section>
        })
    }
}
