//! Where the revenue comes from: the top ten customers, who and where they are, what and
//! when they buy, and the Pareto curve with "the top 20% bring X%".

use super::format::percent;
use super::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::features::Period;
use segmenter_engine::insight::value::ValueView as Value;
use segmenter_engine::session::{Answer, Request};

/// The latest view of the top customers, until the next analysis.
#[derive(Clone, Copy)]
pub struct ValueState {
    value: RwSignal<Option<Value>>,
}

impl ValueState {
    /// Nothing yet, and nothing again after each new analysis.
    pub fn new(state: AppState) -> ValueState {
        let value = RwSignal::new(None);
        Effect::new(move |_| {
            state.analyses.track();
            value.set(None);
        });
        ValueState { value }
    }

    /// Ranks the customers by their spend over `period` (all time when `None`).
    fn rank(self, state: AppState, period: Option<Period>) {
        spawn_local(async move {
            match state.engine.ask(Request::Value(period)).await {
                Ok(Answer::Value(value)) => self.value.set(Some(value)),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }
}

/// The top customers tab.
#[component]
pub fn ValueView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ranked = expect_context::<ValueState>();
    if ranked.value.with_untracked(Option::is_none) {
        ranked.rank(state, None);
    }
    let years = move || {
        let last = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.reference.plus_days(-1).year()))?;
        Some(
            (0..4)
                .map(|i| view! { <option value=format!("year:{}", last - i)>{format!("Calendar year {}", last - i)}</option> })
                .collect_view(),
        )
    };
    let pick = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let period = if let Some(days) = v.strip_prefix("last:") {
            days.parse().ok().map(|days| Period::Last { days })
        } else {
            v.strip_prefix("year:")
                .and_then(|y| y.parse().ok())
                .map(|year| Period::Year { year })
        };
        ranked.rank(state, period);
    };
    view! {
        <div class="value-view" data-testid="value">
            <label class="field">
                <span>"Spend counted over"</span>
                <select data-testid="value-period" on:change=pick>
                    <option value="all">"All the file's orders"</option>
                    <option value="last:365">"The last 12 months"</option>
                    {years}
                </select>
            </label>
            {move || ranked.value.get().map(|v| view! { <Concentration value=v/> })}
        </div>
    }
}

#[component]
fn Concentration(value: Value) -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency = state
        .analysis
        .with_untracked(|a| a.as_ref().map(|a| a.currency.clone()))
        .unwrap_or_default();
    if value.buyers == 0 {
        return view! { <p data-testid="pareto-sentence">"No customer spent anything in this period."</p> }.into_any();
    }
    let sentence = format!(
        "The top 20% of customers bring {} of revenue ({}); 80% of revenue comes from {} of customers.",
        percent(value.top_fifth_share),
        value.measure.to_lowercase(),
        percent(value.customers_for_80)
    );
    let rows = value
        .top
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let who = [t.name.as_str(), t.email.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <tr>
                    <td class="num">{i + 1}</td>
                    <td>{t.id.clone()}<br/><span class="hint">{who}</span></td>
                    <td>{t.place.clone()}</td>
                    <td>{t.buys.clone()}</td>
                    <td>{t.when.clone()}</td>
                    <td class="num">{t.orders.map_or("–".into(), |o| format!("{o:.0}"))}</td>
                    <td class="num">{currency.format_whole(t.spend)}</td>
                </tr>
            }
        })
        .collect_view();
    // The curve: share of revenue (up) by share of customers, best first (across).
    let (w, h, pad) = (440.0, 260.0, 40.0);
    let x = |share: f64| pad + (w - pad - 24.0) * share;
    let y = |share: f64| h - pad - (h - pad - 10.0) * share;
    let points = std::iter::once((0.0, 0.0))
        .chain(
            value
                .curve
                .iter()
                .enumerate()
                .map(|(i, &s)| ((i + 1) as f64 / value.curve.len() as f64, s)),
        )
        .map(|(a, b)| format!("{:.1},{:.1}", x(a), y(b)))
        .collect::<Vec<_>>()
        .join(" ");
    let grid = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        .iter()
        .map(|&t| view! {
            <line x1=x(0.0) y1=y(t) x2=x(1.0) y2=y(t) stroke="currentColor" stroke-opacity="0.12"></line>
            <text x=pad - 6.0 y=y(t) + 4.0 text-anchor="end" class="axis">{format!("{:.0}%", t * 100.0)}</text>
            <text x=x(t) y=h - pad + 16.0 text-anchor="middle" class="axis">{format!("{:.0}%", t * 100.0)}</text>
        })
        .collect_view();
    view! {
        <p class="headline" data-testid="pareto-sentence">{sentence}</p>
        <div class="charts">
            <figure class="chart">
                <figcaption>"Share of revenue by share of customers, best customers first"</figcaption>
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label="Pareto curve of revenue by customers" data-testid="pareto">
                    {grid}
                    <line x1=x(0.2) y1=y(0.0) x2=x(0.2) y2=y(value.top_fifth_share) stroke="var(--seg-accent)" stroke-dasharray="4 3"></line>
                    <polyline points=points fill="none" stroke="var(--seg-accent)" stroke-width="2.5"></polyline>
                </svg>
            </figure>
            <p class="hint">{format!(
                "{} customers spent {} in all.",
                group_thousands(&value.buyers.to_string()),
                currency.format_whole(value.revenue)
            )}</p>
        </div>
        <h3>"Top 10 customers"</h3>
        <div class="table-scroll">
            <table data-testid="top-customers">
                <thead><tr>
                    <th class="num">"#"</th><th>"Customer"</th><th>"Where"</th><th>"Buys most"</th><th>"When"</th>
                    <th class="num">"Orders"</th><th class="num">{value.measure.clone()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
