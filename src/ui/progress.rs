//! Progress of the work under way, with a way to stop it.

use super::now;
use super::state::AppState;
use super::words::{size, t, t_with, tr};
use leptos::prelude::*;
use segmenter_engine::session::Stage;
use segmenter_words::{Arg, Key};

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
                Stage::Reading => t_with(
                    Key::ProgressReading,
                    &[
                        ("done", Arg::from(size(p.done))),
                        ("total", Arg::from(size(p.total))),
                        ("rows", Arg::Count(p.rows)),
                        ("speed", Arg::Count((p.rows as f64 / seconds).round() as u64)),
                    ],
                ),
                Stage::Rereading => t_with(
                    Key::ProgressRereading,
                    &[("done", Arg::from(size(p.done))), ("total", Arg::from(size(p.total)))],
                ),
                Stage::Segmenting => t(Key::ProgressSegmenting),
            };
            view! {
                <section class="progress" data-testid="progress" aria-live="polite">
                    <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{:.0}", share * 100.0)>
                        <div class="fill" style:width=format!("{:.1}%", share * 100.0)></div>
                    </div>
                    {move || state.restoring.get().then(|| view! { <p data-testid="restoring">{tr(Key::ProgressRestoring)}</p> })}
                    <p>{label}</p>
                    <button class="button" data-testid="cancel" on:click=move |_| state.cancel()>{tr(Key::Cancel)}</button>
                </section>
            }
        })
    }
}
