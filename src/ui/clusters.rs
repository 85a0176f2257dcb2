//! Clusters: which figures to cluster on and how many clusters, the silhouette of every k
//! tried, each cluster in words, and a scatter plot.

use super::format::segment_color;
use super::now;
use super::state::AppState;
use super::words::{count, customers, decimal, language, number, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::features::FeatureKind;
use segmenter_engine::segmentation::clustering::{ClusterOptions, ClusterView, K_RANGE};
use segmenter_engine::session::{Answer, EngineError, Request};
use segmenter_words::Key;

/// The latest clusters, until the next analysis.
#[derive(Clone, Copy)]
pub struct ClustersState {
    clusters: RwSignal<Option<ClusterView>>,
}

impl ClustersState {
    /// No clusters yet, and none again after each new analysis, but those on show when
    /// Cancel stopped work on the file (or being found for the results it brought back),
    /// found again once its results are back.
    pub fn new(state: AppState) -> ClustersState {
        let this = ClustersState {
            clusters: RwSignal::new(None),
        };
        Effect::new(move |_| {
            state.analyses.track();
            this.clusters.set(None);
            if let Some(options) = state.clusters_to_find_again() {
                this.run(state, options);
            }
        });
        this
    }

    /// Clusters the customers and shows the clusters as the segments on show.
    fn run(self, state: AppState, options: ClusterOptions) {
        state.error.set(None);
        let started = now();
        spawn_local(async move {
            match state.engine.ask(Request::Cluster(options.clone())).await {
                Ok(Answer::Clustered(clusters, view)) => {
                    state.found_clusters(options);
                    self.clusters.set(Some(*clusters));
                    state.show_scheme(*view, started);
                }
                Ok(_) => {}
                // Cancel, which stopped them, says what it finds again.
                Err(EngineError::Stopped) => {}
                Err(e) => {
                    state.clusters_answered(&options);
                    state.show_error(&e);
                }
            }
        });
    }
}

/// The clusters tab.
#[component]
pub fn ClustersView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let clusters = expect_context::<ClustersState>();
    let options = RwSignal::new(
        clusters
            .clusters
            .with_untracked(|c| c.as_ref().map(|c| c.options.clone()))
            .unwrap_or_default(),
    );
    let run = move |_| clusters.run(state, options.get_untracked());
    let choices = move || {
        let features = state
            .scheme
            .with(|s| s.as_ref().map(|s| s.features.clone()))?;
        let boxes = features
            .into_iter()
            .filter(|f| f.kind == FeatureKind::Number && f.known > 0 && !f.id.ends_with("_score"))
            .map(|f| {
                let id = f.id.clone();
                let checked = options.with_untracked(|o| o.features.contains(&id));
                view! {
                    <label class="check">
                        <input type="checkbox" data-testid=format!("cluster-{}", f.id) checked=checked on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            options.update(|o| {
                                o.features.retain(|x| *x != id);
                                if on {
                                    o.features.push(id.clone());
                                }
                            });
                        }/>
                        {f.label}
                    </label>
                }
            })
            .collect_view();
        Some(
            view! { <fieldset class="cluster-features"><legend>{tr(Key::ClustersClusterOn)}</legend>{boxes}</fieldset> },
        )
    };
    let k_options = K_RANGE
        .map(|k| view! { <option value=k.to_string()>{move || t_with(Key::ClustersOption, &[("count", count(k))])}</option> })
        .collect_view();
    view! {
        <div class="clusters" data-testid="clusters">
            <p class="hint">{tr(Key::ClustersHint)}</p>
            {choices}
            <div class="actions">
                <label class="field">
                    <span>{tr(Key::ClustersNumber)}</span>
                    // The number asked for last, also when the tab is opened again.
                    <select data-testid="cluster-k" prop:value=move || options.with(|o| o.k.map(|k| k.to_string()).unwrap_or_default()) on:change=move |ev| {
                        let k = event_target_value(&ev).parse::<u8>().ok();
                        options.update(|o| o.k = k);
                    }>
                        <option value="">{tr(Key::ClustersBest)}</option>
                        {k_options}
                    </select>
                </label>
                <button class="button primary" data-testid="run-clusters" on:click=run>{tr(Key::ClustersFind)}</button>
            </div>
            {move || clusters.clusters.get().map(|c| view! { <ClusterResult clusters=c/> })}
        </div>
    }
}

#[component]
fn ClusterResult(clusters: ClusterView) -> impl IntoView {
    let scores = clusters
        .scores
        .iter()
        .map(|s| {
            let chosen = s.k == clusters.k;
            let silhouette = s.silhouette;
            let note = match (chosen, s.k == clusters.best_k) {
                (true, true) => Some(Key::ClustersUsedBest),
                (true, false) => Some(Key::ClustersUsedChosen),
                (false, true) => Some(Key::ClustersBestSeparated),
                _ => None,
            };
            view! {
                <tr class:selected=chosen>
                    <td class="num">{s.k}</td>
                    <td class="num">{move || decimal(silhouette, 3)}</td>
                    <td>{note.map(tr)}</td>
                </tr>
            }
        })
        .collect_view();
    let cards = clusters
        .clusters
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let n = c.customers;
            view! {
                <li>
                    <span class="swatch" style:background-color=segment_color(i)></span>
                    <strong>{c.name.clone()}</strong>
                    {move || format!(" · {}", customers(n))}
                    <p>{c.description.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let sampled = clusters.fitted_on < clusters.clusters.iter().map(|c| c.customers).sum::<usize>();
    let (k, fitted_on, left_out) = (clusters.k, clusters.fitted_on, clusters.left_out);
    let labels = clusters.feature_labels.clone();
    let summary = move || {
        // Each name as it reads inside the sentence ("orders, total spent").
        let figures: Vec<String> = labels.iter().map(|l| language().in_sentence(l)).collect();
        let mut summary = t_with(
            Key::ClustersSummary,
            &[
                ("count", count(usize::from(k))),
                ("figures", figures.join(", ").into()),
            ],
        );
        if sampled {
            let sample = t_with(Key::ClustersSampled, &[("count", count(fitted_on))]);
            summary = format!("{summary} {sample}");
        }
        if left_out > 0 {
            let left_out = t_with(Key::ClustersLeftOut, &[("count", count(left_out))]);
            summary = format!("{summary} {left_out}");
        }
        format!("{summary} {}", t(Key::ClustersNowSegments))
    };
    view! {
        <div class="cluster-result">
            <p data-testid="cluster-summary">{summary}</p>
            <div class="charts">
                <div>
                    <ol class="cluster-list" data-testid="cluster-list">{cards}</ol>
                    <table class="silhouettes" data-testid="silhouettes">
                        <thead><tr><th class="num">"k"</th><th class="num">{tr(Key::ClustersSilhouette)}</th><th></th></tr></thead>
                        <tbody>{scores}</tbody>
                    </table>
                </div>
                <Scatter clusters=clusters.clone()/>
            </div>
        </div>
    }
}

/// The sampled customers on two of the chosen figures (log scales), coloured by cluster.
#[component]
fn Scatter(clusters: ClusterView) -> impl IntoView {
    let (w, h, pad) = (420.0, 320.0, 40.0);
    let s = &clusters.scatter;
    let log = |v: f32| f64::from(v.max(0.0)).ln_1p();
    let max_x = s
        .points
        .iter()
        .map(|p| log(p.0))
        .fold(0.0, f64::max)
        .max(1e-9);
    let max_y = s
        .points
        .iter()
        .map(|p| log(p.1))
        .fold(0.0, f64::max)
        .max(1e-9);
    let dots = s
        .points
        .iter()
        .map(|&(x, y, c)| {
            let cx = pad + (w - pad - 10.0) * log(x) / max_x;
            let cy = h - pad - (h - pad - 10.0) * log(y) / max_y;
            view! { <circle cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="2.5" fill=segment_color(usize::from(c)) fill-opacity="0.7"></circle> }
        })
        .collect_view();
    // Ticks at values 0, 1, 10, 100, … within the range.
    let ticks = |max: f64| -> Vec<(f64, usize)> {
        (0..7)
            .map(|p| if p == 0 { 0.0 } else { 10f64.powi(p - 1) })
            .filter(|v| v.ln_1p() <= max)
            .map(|v| (v.ln_1p() / max, v as usize))
            .collect()
    };
    let x_ticks = ticks(max_x)
        .into_iter()
        .map(|(t, value)| view! { <text x=format!("{:.1}", pad + (w - pad - 10.0) * t) y=h - pad + 16.0 text-anchor="middle" class="axis">{move || number(value)}</text> })
        .collect_view();
    let y_ticks = ticks(max_y)
        .into_iter()
        .map(|(t, value)| view! { <text x=pad - 6.0 y=format!("{:.1}", h - pad - (h - pad - 10.0) * t + 4.0) text-anchor="end" class="axis">{move || number(value)}</text> })
        .collect_view();
    let (y_label, x_label) = (s.y_label.clone(), s.x_label.clone());
    let caption = move || {
        t_with(
            Key::ClustersScatterCaption,
            &[
                ("y", y_label.as_str().into()),
                ("x", language().in_sentence(&x_label).into()),
            ],
        )
    };
    view! {
        <figure class="chart">
            <figcaption>{caption}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=tr(Key::ClustersScatterLabel) data-testid="scatter">
                <line x1=pad y1=h - pad x2=w - 10.0 y2=h - pad stroke="currentColor" stroke-opacity="0.3"></line>
                <line x1=pad y1="10" x2=pad y2=h - pad stroke="currentColor" stroke-opacity="0.3"></line>
                {dots}
                {x_ticks}
                {y_ticks}
                <text x=w / 2.0 y=h - 4.0 text-anchor="middle" class="axis">{s.x_label.clone()}</text>
            </svg>
        </figure>
    }
}
