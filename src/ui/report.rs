//! What happened to every row: read, used, skipped and left out, with reasons.

use super::download::export;
use super::format::count;
use super::state::AppState;
use leptos::prelude::*;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::session::ExportRequest;

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
            view! {
                <section class="report panel" data-testid="report">
                    <details open={r.problem_count > 0}>
                        <summary>
                            <h2>"What happened to each row"</h2>
                            <span class="summary-facts">{format!(
                                "{} rows read · {} used · {} left out",
                                group_thousands(&r.rows_read.to_string()),
                                group_thousands(&r.rows_used.to_string()),
                                group_thousands(&r.problem_count.to_string())
                            )}</span>
                        </summary>
                        <ul class="report-facts">
                            <li data-testid="rows-read">{format!("{} data rows read", group_thousands(&r.rows_read.to_string()))}</li>
                            <li data-testid="rows-used">{format!("{} rows used", group_thousands(&r.rows_used.to_string()))}</li>
                            <li>{format!("{} skipped", count(r.blank_rows as usize, "blank rows"))}</li>
                            <li data-testid="rows-rejected">{format!("{} rows could not be used (listed below)", group_thousands(&r.problem_count.to_string()))}</li>
                            {r.left_out.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            {r.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                        {(r.problem_count > 0).then(|| view! {
                            <ol class="problems" data-testid="problems">
                                {r.problems.into_iter().take(SHOWN).map(|p| view! { <li>{p}</li> }).collect_view()}
                            </ol>
                            {(more > 0).then(|| view! { <p>{format!("…and {} more in the downloadable list.", group_thousands(&more.to_string()))}</p> })}
                            <button class="button" data-testid="export-problems" on:click=move |_| export(state, ExportRequest::Problems)>
                                "Download the list of rows left out (CSV)"
                            </button>
                        })}
                    </details>
                </section>
            }
        })
    }
}
