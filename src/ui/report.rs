//! What happened to every row: read, used, skipped and left out, with reasons.

use super::download::export;
use super::state::AppState;
use super::words::{language, t_with, tr};
use leptos::prelude::*;
use segmenter_engine::session::ExportRequest;
use segmenter_words::{Arg, Key, Sentence};

/// Rows shown in the page before "download the full list".
const SHOWN: usize = 50;

/// The row report.
#[component]
pub fn RowReportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.analysis.get().map(|a| {
            let r = a.report;
            let more = r.problem_count.saturating_sub(SHOWN);
            let n = |n: usize| Arg::Count(n as u64);
            let summary = t_with(
                Key::ReportSummary,
                &[
                    ("read", Arg::Count(r.rows_read)),
                    ("used", n(r.rows_used)),
                    ("left", n(r.problem_count)),
                ],
            );
            view! {
                <section class="report panel" data-testid="report">
                    <details open={r.problem_count > 0}>
                        <summary>
                            <h2>{tr(Key::ReportTitle)}</h2>
                            <span class="summary-facts">{summary}</span>
                        </summary>
                        <ul class="report-facts">
                            <li data-testid="rows-read">{t_with(Key::ReportRead, &[("count", Arg::Count(r.rows_read))])}</li>
                            <li data-testid="rows-used">{t_with(Key::ReportUsed, &[("count", n(r.rows_used))])}</li>
                            <li>{t_with(Key::ReportBlank, &[("count", Arg::Count(r.blank_rows))])}</li>
                            <li data-testid="rows-rejected">{t_with(Key::ReportRejected, &[("count", n(r.problem_count))])}</li>
                            {r.left_out.into_iter().map(|l| view! { <li>{move || l.sentence(language())}</li> }).collect_view()}
                            {r.notes.into_iter().map(|n| view! { <li>{move || n.sentence(language())}</li> }).collect_view()}
                        </ul>
                        {(r.problem_count > 0).then(|| view! {
                            <ol class="problems" data-testid="problems">
                                {r.problems.into_iter().take(SHOWN).map(|p| view! { <li>{move || p.sentence(language())}</li> }).collect_view()}
                            </ol>
                            {(more > 0).then(|| view! { <p>{t_with(Key::ReportMore, &[("count", n(more))])}</p> })}
                            <button class="button" data-testid="export-problems" on:click=move |_| export(state, ExportRequest::Problems)>
                                {tr(Key::ReportDownload)}
                            </button>
                        })}
                    </details>
                </section>
            }
        })
    }
}
