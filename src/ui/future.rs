//! Who will buy again and what they are worth: the prediction is asked for after each
//! analysis, once the segments are on show, and its figures join the segments, the
//! customer lists and the campaigns; the "Future value" tab says how many customers are
//! likely still active, what they are expected to buy and spend, how well the models did
//! on the last months of this shop, and offers the Future value scheme.

use super::crosstab::CrosstabState;
use super::state::AppState;
use super::words::{count, decimal, language, money, number, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::prediction::{Calibration, PredictionOptions};
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::session::{Answer, EngineError, PredictOptions, PredictionView, Request};
use segmenter_words::{Key, Sentence};

/// The latest prediction, or why there is none; `None` while it is being made.
#[derive(Clone, Copy)]
pub struct PredictionState {
    answer: RwSignal<Option<Result<PredictionView, EngineError>>>,
    /// The cross-tab, which a prediction makes again when its other scheme follows the
    /// predicted figures.
    crosstab: CrosstabState,
    options: RwSignal<PredictionOptions>,
    /// How many predictions were asked for: the tab does not show the answer to an earlier
    /// one (another horizon or discount rate set since).
    asked: StoredValue<u32>,
}

impl PredictionState {
    /// Predicts after every analysis, once its segments are on show: with the horizon and
    /// discount rate last asked for the file's results (read again, or brought back by
    /// Cancel), else the defaults.
    pub fn new(state: AppState, crosstab: CrosstabState) -> PredictionState {
        let options = state.prediction_options().unwrap_or_default();
        let prediction = PredictionState {
            answer: RwSignal::new(None),
            crosstab,
            options: RwSignal::new(options),
            asked: StoredValue::new(0),
        };
        Effect::new(move |_| {
            state.analyses.track();
            if state.analysis.with_untracked(Option::is_some) {
                prediction.predict(state);
            }
        });
        prediction
    }

    fn predict(self, state: AppState) {
        self.answer.set(None);
        let options = PredictOptions {
            prediction: self.options.get_untracked(),
            ..PredictOptions::default()
        };
        state.asked_prediction(options.prediction);
        self.asked.update_value(|n| *n += 1);
        let asked = self.asked.get_value();
        spawn_local(async move {
            let reply = state.engine.ask(Request::Predict(options)).await;
            // Not the latest: another prediction was asked since (or the results closed).
            let latest = self.asked.try_get_value() == Some(asked);
            match reply {
                // The results take any prediction's figures, and the scheme that waited for
                // them and the cross-tab that follows them, as the engine now shows them; the
                // tab, beside its inputs, only those of the one they asked for last.
                Ok(Answer::Predicted(view, scheme, crosstab)) => {
                    state.analysis.update(|a| {
                        if let Some(a) = a {
                            a.catalog = view.catalog.clone();
                        }
                    });
                    if let Some(scheme) = scheme {
                        state.scheme.set(Some(*scheme));
                    }
                    if let Some(table) = crosstab {
                        self.crosstab.made_again(table);
                    }
                    state.stand_in.set(false);
                    if latest {
                        self.answer.set(Some(Ok(*view)));
                    }
                }
                Ok(_) => {}
                // Stopped by Cancel, another file or another analysis: the results shown
                // next are predicted anew.
                Err(EngineError::Stopped) => {}
                // A shop too young or too small for the models is told so in the tab; the
                // default stays on show, no longer standing in for a scheme waited for.
                Err(e) if latest => {
                    state.stand_in.set(false);
                    self.answer.set(Some(Err(e)));
                }
                Err(_) => {}
            }
        });
    }
}

/// The Future value tab.
#[component]
pub fn FutureView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let prediction = expect_context::<PredictionState>();
    let set_horizon = move |ev: leptos::ev::Event| {
        if let Ok(days) = event_target_value(&ev).parse::<u32>() {
            prediction
                .options
                .update(|o| o.horizon_days = days.clamp(30, 3650));
            prediction.predict(state);
        }
    };
    let set_discount = move |ev: leptos::ev::Event| {
        if let Ok(pct) = event_target_value(&ev).parse::<f64>() {
            prediction
                .options
                .update(|o| o.discount_monthly = pct.clamp(0.0, 20.0) / 100.0);
            prediction.predict(state);
        }
    };
    let body = move || {
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.currency.clone()))?;
        Some(match prediction.answer.get() {
            None => view! { <p class="hint" data-testid="prediction-pending">{t(Key::FuturePending)}</p> }.into_any(),
            Some(Err(e)) => {
                // Kept typed, so the tab says it again in the language the merchant picks.
                let why = e.sentence(language());
                view! { <p class="notice" data-testid="prediction-unavailable">{why}</p> }.into_any()
            }
            Some(Ok(p)) => {
                let value = p.predicted_value.map(|v| money(&currency).format_whole(v));
                let headline = t_with(
                    if value.is_some() { Key::FutureHeadlineValue } else { Key::FutureHeadline },
                    &[
                        ("count", count(p.customers)),
                        ("active", count(p.likely_active)),
                        ("days", p.options.horizon_days.to_string().into()),
                        ("purchases", decimal(p.expected_purchases, 0).into()),
                        ("value", value.unwrap_or_default().into()),
                        ("discount", parameter(p.options.discount_monthly * 100.0, None).into()),
                    ],
                );
                let params = t_with(
                    Key::FutureParameters,
                    &[
                        ("r", parameter(p.purchases.r, Some(3)).into()),
                        ("alpha", parameter(p.purchases.alpha, Some(2)).into()),
                        ("a", parameter(p.purchases.a, Some(3)).into()),
                        ("b", parameter(p.purchases.b, Some(3)).into()),
                    ],
                );
                let values = match (&p.order_values, &p.order_values_problem) {
                    (Some(g), _) => t_with(
                        Key::FutureSpendParameters,
                        &[
                            ("p", parameter(g.p, Some(2)).into()),
                            ("q", parameter(g.q, Some(2)).into()),
                            ("v", parameter(g.v, Some(2)).into()),
                        ],
                    ),
                    (None, Some(why)) => why.clone(),
                    (None, None) => String::new(),
                };
                let once = (p.bought_once > 0)
                    .then(|| t_with(Key::FutureOnce, &[("once", count(p.bought_once))]));
                view! {
                    <p class="headline" data-testid="prediction-headline">{headline}</p>
                    {once.map(|once| view! { <p data-testid="prediction-once">{once}</p> })}
                    <p class="hint">{tr(Key::FutureNowColumns)}</p>
                    <button
                        class="button primary"
                        data-testid="segment-future-value"
                        on:click=move |_| state.segment(SchemeChoice::Preset(Preset::FUTURE_VALUE))
                    >
                        {tr(Key::FutureSegment)}
                    </button>
                    {p.calibration.clone().map(|c| view! { <CalibrationChart calibration=c/> })}
                    {p.calibration_problem.clone().map(|why| view! { <p class="notice">{t_with(Key::FutureUnchecked, &[("why", why.into())])}</p> })}
                    <details class="model">
                        <summary>{tr(Key::FutureModels)}</summary>
                        <p>{params}</p>
                        <p>{values}</p>
                        <p class="hint">{tr(Key::FutureMethod)}</p>
                    </details>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="future-view">
            <div class="compare-controls">
                <label class="field">
                    <span>{tr(Key::FutureHorizon)}</span>
                    <input type="number" min="30" max="3650" step="1" data-testid="prediction-horizon"
                        prop:value=move || prediction.options.get().horizon_days.to_string()
                        on:change=set_horizon/>
                </label>
                <label class="field">
                    <span>{tr(Key::FutureDiscount)}</span>
                    <input type="number" min="0" max="20" step="0.1" data-testid="prediction-discount"
                        prop:value=move || format!("{}", prediction.options.get().discount_monthly * 100.0)
                        on:change=set_discount/>
                </label>
            </div>
            {body}
        </div>
    }
}

/// A model's figure as Rust writes it (no thousands marks; `places` decimals, else as many
/// as it needs), with the page language's decimal mark.
fn parameter(x: f64, places: Option<usize>) -> String {
    let written = match places {
        Some(places) => format!("{x:.places$}"),
        None => format!("{x}"),
    };
    written.replace('.', language().decimal_mark().encode_utf8(&mut [0; 4]))
}

const BAR: f64 = 22.0;
const CHART_HEIGHT: f64 = 180.0;

/// Predicted against actual purchases in the held-out months, by repeat purchases before
/// them, as paired bars; the table beside it holds the same figures.
#[component]
fn CalibrationChart(calibration: Calibration) -> impl IntoView {
    let c = calibration;
    let max = c
        .groups
        .iter()
        .map(|g| g.predicted.max(g.actual))
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let label = |k: u32| {
        if k == segmenter_engine::prediction::calibration::GROUPS {
            format!("{k}+")
        } else {
            k.to_string()
        }
    };
    let width = 40.0 + c.groups.len() as f64 * (BAR * 2.0 + 16.0);
    let bars = c
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let x = 40.0 + i as f64 * (BAR * 2.0 + 16.0);
            let h = |v: f64| v / max * (CHART_HEIGHT - 30.0);
            let (hp, ha) = (h(g.predicted), h(g.actual));
            let (group, predicted, actual) = (label(g.repeat_purchases), g.predicted, g.actual);
            let bar = move |key: Key, value: f64| {
                let group = group.clone();
                move || t_with(key, &[("group", group.as_str().into()), ("value", decimal(value, 2).into())])
            };
            view! {
                <rect x=x y=CHART_HEIGHT - 20.0 - hp width=BAR height=hp class="predicted"><title>{bar(Key::FutureBarPredicted, predicted)}</title></rect>
                <rect x=x + BAR y=CHART_HEIGHT - 20.0 - ha width=BAR height=ha class="actual"><title>{bar(Key::FutureBarActual, actual)}</title></rect>
                <text x=x + BAR y=CHART_HEIGHT - 4.0 text-anchor="middle" class="axis">{label(g.repeat_purchases)}</text>
            }
        })
        .collect_view();
    let rows = c
        .groups
        .iter()
        .map(|g| {
            let (customers, predicted, actual) = (g.customers, g.predicted, g.actual);
            view! {
                <tr>
                    <th scope="row">{label(g.repeat_purchases)}</th>
                    <td class="num">{move || number(customers)}</td>
                    <td class="num">{move || decimal(predicted, 2)}</td>
                    <td class="num">{move || decimal(actual, 2)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="calibration panel" data-testid="calibration">
            <h3>{tr(Key::FutureCalibrationTitle)}</h3>
            <p data-testid="calibration-sentence">{move || c.sentence(language())}</p>
            <figure class="chart">
                <figcaption>{tr(Key::FutureCalibrationCaption)}</figcaption>
                <svg viewBox=format!("0 0 {width} {CHART_HEIGHT}") role="img"
                    aria-label=tr(Key::FutureCalibrationLabel)>
                    {bars}
                </svg>
            </figure>
            <div class="table-scroll">
                <table class="calibration-table">
                    <thead><tr>
                        <th scope="col">{tr(Key::FutureRepeatBefore)}</th>
                        <th scope="col" class="num">{tr(Key::FutureCustomers)}</th>
                        <th scope="col" class="num">{tr(Key::FuturePredictedPerCustomer)}</th>
                        <th scope="col" class="num">{tr(Key::FutureActualPerCustomer)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
