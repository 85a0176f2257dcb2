//! Where the revenue comes from: the top ten customers, who and where they are, what and
//! when they buy, and the Pareto curve with "the top 20% bring X%".

use super::period_select::{in_months_or_option, offered_years, NoPeriod, PeriodSelect};
use super::state::AppState;
use super::words::{count, language, money, percent, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::features::Period;
use segmenter_engine::insight::value::ValueView as Value;
use segmenter_engine::session::{Answer, Request};
use segmenter_words::{Arg, Key};

/// The latest view of the top customers, until the next analysis, and the period it ranks
/// spend over ([`AppState::value_period`]), kept for the next analysis.
#[derive(Clone, Copy)]
pub struct ValueState {
    value: RwSignal<Option<Value>>,
    period: RwSignal<Option<Period>>,
    /// Notified when the period became the one a scheme on show names: the tab, if open,
    /// ranks over it again.
    named: Trigger,
}

impl ValueState {
    /// Nothing yet, and nothing again after each new analysis. A scheme on show that names
    /// its period (opened from a file, or saved) sets the tab's: the rule and the ranking
    /// read one period, and the next analysis is sent it.
    pub fn new(state: AppState) -> ValueState {
        let (value, period, named) = (RwSignal::new(None), state.value_period, Trigger::new());
        Effect::new(move |_| {
            state.analyses.track();
            value.set(None);
        });
        // Only when the period named changes: the merchant may rank over another since.
        Effect::new(move |before: Option<Option<Period>>| {
            let named_period = period_named_on_show(state);
            let adopted = named_period != before.flatten() && named_period.is_some();
            if adopted && period.get_untracked() != named_period {
                period.set(named_period);
                value.set(None);
                named.notify();
            }
            named_period
        });
        ValueState {
            value,
            period,
            named,
        }
    }

    /// Ranks the customers by their spend over the period chosen. A calendar year the
    /// select no longer offers (another date was asked for since) falls back to all time,
    /// as when nothing was chosen: the select shows it, and both say what is ranked.
    fn rank(self, state: AppState) {
        let offered = state
            .analysis
            .with_untracked(|a| a.as_ref().map(|a| offered_years(a.reference)));
        // Unless the scheme on show names it: the select offers it as the scheme's.
        let named = untrack(|| period_named_on_show(state));
        let gone = matches!(
            self.period.get_untracked(),
            Some(Period::Year { year }) if offered.is_some_and(|o| !o.contains(&year))
        ) && named != self.period.get_untracked();
        if gone {
            self.period.set(None);
        }
        let period = self.period.get_untracked();
        spawn_local(async move {
            // The segments that may come with it are the file's on show, not another's.
            let ranked = state.for_this_file(state.engine.ask(Request::Value(period)));
            match ranked.await.and_then(|reply| reply) {
                // Ranked over a period left since (another picked, or one a scheme named):
                // the ranking asked for that one is shown, with its segments.
                Ok(Answer::Value(..)) if self.period.get_untracked() != period => {}
                // Segments on the spend in a period follow the period just ranked over.
                Ok(Answer::Value(value, scheme)) => {
                    if let Some(scheme) = scheme {
                        state.scheme.set(Some(*scheme));
                    }
                    self.value.set(Some(value));
                }
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
    // Ranked when the tab opens without a ranking, and again for every analysis while it
    // is open: a new date or language analyses again without leaving the tab.
    Effect::new(move |opened: Option<()>| {
        state.analyses.track();
        ranked.named.track();
        if opened.is_some() || ranked.value.with_untracked(Option::is_none) {
            ranked.rank(state);
        }
    });
    let pick = move |period| {
        ranked.period.set(period);
        ranked.rank(state);
    };
    // Drawn again only for another period, date or scheme's period, not for each analysis
    // (another language): dates being typed stay open.
    let shown = Memo::new(move |_| {
        let reference = state.analysis.with(|a| a.as_ref().map(|a| a.reference))?;
        Some((ranked.period.get(), reference, period_named_on_show(state)))
    });
    let select = move || {
        let (chosen, reference, named) = shown.get()?;
        let offered: Vec<Period> = std::iter::once(Period::Last { days: 365 })
            .chain(offered_years(reference).map(|year| Period::Year { year }))
            .collect();
        // A period only a scheme names (the last 182 days, two dates, a year long past)
        // is offered as the scheme's while the tab ranks over it.
        let usual = offered.clone();
        let label = move |period| match period {
            p if Some(p) == named && !usual.contains(&p) => t_with(
                Key::ValuePeriodNamed,
                &[("period", Arg::from(p.label(reference, language())))],
            ),
            p => in_months_or_option(p, reference),
        };
        Some(view! {
            <PeriodSelect
                label=Key::ValuePeriod
                testid="value-period"
                offered
                named=label
                chosen
                reference
                none=NoPeriod::Choice(Key::ValuePeriodAll)
                pick
            />
        })
    };
    view! {
        <div class="value-view" data-testid="value">
            {select}
            {move || ranked.value.get().map(|v| view! { <Concentration value=v/> })}
        </div>
    }
}

/// The period the merchant's own rules on show name for the spend they read, if they do.
fn period_named_on_show(state: AppState) -> Option<Period> {
    state
        .scheme
        .with(|s| s.as_ref().and_then(|s| s.choice.named_period()))
}

#[component]
fn Concentration(value: Value) -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency = state
        .analysis
        .with_untracked(|a| a.as_ref().map(|a| a.currency.clone()))
        .unwrap_or_default();
    if value.buyers == 0 {
        return view! { <p data-testid="pareto-sentence">{tr(Key::ValueNobody)}</p> }.into_any();
    }
    let sentence = {
        let (top, few, measure) = (
            value.top_fifth_share,
            value.customers_for_80,
            value.measure.clone(),
        );
        move || {
            t_with(
                Key::ValueConcentration,
                &[
                    ("top", Arg::from(percent(top))),
                    ("measure", Arg::from(language().in_sentence(&measure))),
                    ("few", Arg::from(percent(few))),
                ],
            )
        }
    };
    let rows = value
        .top
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (currency, spend) = (currency.clone(), t.spend);
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
                    <td class="num">{move || money(&currency).format_whole(spend)}</td>
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
    let axis = |share: f64| {
        move || {
            t_with(
                Key::ValueChartAxis,
                &[("share", Arg::from(format!("{:.0}", share * 100.0)))],
            )
        }
    };
    let grid = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        .iter()
        .map(|&t| view! {
            <line x1=x(0.0) y1=y(t) x2=x(1.0) y2=y(t) stroke="currentColor" stroke-opacity="0.12"></line>
            <text x=pad - 6.0 y=y(t) + 4.0 text-anchor="end" class="axis">{axis(t)}</text>
            <text x=x(t) y=h - pad + 16.0 text-anchor="middle" class="axis">{axis(t)}</text>
        })
        .collect_view();
    let spent = {
        let (buyers, revenue) = (value.buyers, value.revenue);
        move || {
            t_with(
                Key::ValueCustomersSpent,
                &[
                    ("count", count(buyers)),
                    ("revenue", Arg::from(money(&currency).format_whole(revenue))),
                ],
            )
        }
    };
    view! {
        <p class="headline" data-testid="pareto-sentence">{sentence}</p>
        <div class="charts">
            <figure class="chart">
                <figcaption>{tr(Key::ValueChartTitle)}</figcaption>
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=tr(Key::ValueChartLabel) data-testid="pareto">
                    {grid}
                    <line x1=x(0.2) y1=y(0.0) x2=x(0.2) y2=y(value.top_fifth_share) stroke="var(--seg-accent)" stroke-dasharray="4 3"></line>
                    <polyline points=points fill="none" stroke="var(--seg-accent)" stroke-width="2.5"></polyline>
                </svg>
            </figure>
            <p class="hint">{spent}</p>
        </div>
        <h3>{tr(Key::ValueTopTitle)}</h3>
        <div class="table-scroll">
            <table data-testid="top-customers">
                <thead><tr>
                    <th class="num">{tr(Key::ValueColumnRank)}</th><th>{tr(Key::ValueColumnCustomer)}</th>
                    <th>{tr(Key::ValueColumnWhere)}</th><th>{tr(Key::ValueColumnBuys)}</th><th>{tr(Key::ValueColumnWhen)}</th>
                    <th class="num">{tr(Key::ValueColumnOrders)}</th><th class="num">{value.measure.clone()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
