//! Progress of the work under way, with a way to stop it.

use super::now;
use super::state::AppState;
use leptos::prelude::*;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::reading::human_size;
use segmenter_engine::session::Stage;

/// The progress bar: stage, share done, rows per second, and Cancel.
#[component]
pub fn ProgressPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.engine.work.get().map(|work| {
            let (p, started) = (work.progress, work.started);
            let share = if p.total > 0 { p.done as f64 / p.total as f64 } else { 0.0 };
            let seconds = ((now() - started) / 1000.0).max(0.001);
            let label = match p.stage {
                Stage::Reading => format!(
                    "Reading {} of {} · {} rows · {} rows per second",
                    human_size(p.done),
                    human_size(p.total),
                    group_thousands(&p.rows.to_string()),
                    group_thousands(&format!("{:.0}", p.rows as f64 / seconds))
                ),
                Stage::Rereading => format!(
                    "Reading again with the number and date styles the whole file showed · {} of {}",
                    human_size(p.done),
                    human_size(p.total)
                ),
                Stage::Segmenting => "Segmenting customers…".to_string(),
            };
            view! {
                <section class="progress" data-testid="progress" aria-live="polite">
                    <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{:.0}", share * 100.0)>
                        <div class="fill" style:width=format!("{:.1}%", share * 100.0)></div>
                    </div>
                    <p>{label}</p>
                    <button class="button" data-testid="cancel" on:click=move |_| state.cancel()>"Cancel"</button>
                </section>
            }
        })
    }
}
