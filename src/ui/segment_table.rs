//! The segment table: one row per segment with its size, revenue and typical customer.

use super::customers::Selection;
use super::download::export;
use super::format::{count, percent, segment_color};
use super::state::AppState;
use leptos::prelude::*;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::session::ExportRequest;

/// A median count with one decimal only when it has one.
fn figure(v: Option<f64>) -> String {
    match v {
        None => "–".to_string(),
        Some(v) if v.fract() == 0.0 => group_thousands(&format!("{v:.0}")),
        Some(v) => format!("{v:.1}"),
    }
}

/// The table of segments.
#[component]
pub fn SegmentTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selection = expect_context::<Selection>();
    move || {
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.currency.clone()))?;
        state.scheme.get().map(|a| {
            let last = a.segments.len().saturating_sub(1);
            // The predicted figures, once the prediction has come.
            let predicted = a.segments.iter().any(|s| s.mean_p_alive.is_some());
            let valued = a.segments.iter().any(|s| s.predicted_value.is_some());
            let shown = a.segments.iter().filter(|s| s.customers > 0).count();
            let title = format!("{}: {}", a.scheme.name, count(shown, "segments"));
            let rows = a
                .segments
                .iter()
                .enumerate()
                // The catch-all segment is shown only when someone is in it.
                .filter(|(i, s)| s.customers > 0 || *i != last)
                .map(|(i, s)| {
                    let name = s.name.clone();
                    let empty = s.customers == 0;
                    let selected = move || selection.segment.get() == Some(i);
                    view! {
                        <tr data-segment=name.clone() class:selected=selected class:empty=empty>
                            <th scope="row">
                                <span class="swatch" style:background-color=segment_color(i)></span>
                                {name.clone()}
                            </th>
                            <td class="num" data-col="customers">{group_thousands(&s.customers.to_string())}</td>
                            <td class="num">{percent(s.customer_share)}</td>
                            <td class="num" data-col="revenue">{currency.format_whole(s.revenue)}</td>
                            <td class="num">{percent(s.revenue_share)}</td>
                            <td class="num">{figure(s.median_recency.map(f64::round))}</td>
                            <td class="num">{figure(s.median_frequency)}</td>
                            <td class="num">{s.median_monetary.map_or("–".to_string(), |m| currency.format_whole(m))}</td>
                            {predicted.then(|| view! { <td class="num" data-col="p-alive">{s.mean_p_alive.map_or("–".to_string(), percent)}</td> })}
                            {valued.then(|| view! { <td class="num" data-col="predicted-value">{s.predicted_value.map_or("–".to_string(), |v| currency.format_whole(v))}</td> })}
                            <td class="row-actions">
                                <button
                                    class="button small"
                                    disabled=empty
                                    on:click=move |_| selection.segment(i)
                                >
                                    "Customers"
                                </button>
                                <button
                                    class="button small quiet"
                                    disabled=empty
                                    aria-label=format!("CSV: download the {name} list")
                                    on:click=move |_| export(state, ExportRequest::Segment(i))
                                >
                                    "CSV"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h3 class="scheme-title" data-testid="scheme-title">{title}</h3>
                <div class="table-scroll">
                    <table class="segments" data-testid="segments-table">
                        <thead>
                            <tr>
                                <th scope="col">"Segment"</th>
                                <th scope="col" class="num">"Customers"</th>
                                <th scope="col" class="num">"% of customers"</th>
                                <th scope="col" class="num">"Revenue"</th>
                                <th scope="col" class="num">"% of revenue"</th>
                                <th scope="col" class="num">"Median days since last order"</th>
                                <th scope="col" class="num">"Median orders"</th>
                                <th scope="col" class="num">"Median spent"</th>
                                {predicted.then(|| view! { <th scope="col" class="num" title="The average chance that a customer will still buy, by the prediction">"Still active"</th> })}
                                {valued.then(|| view! { <th scope="col" class="num" title="What the segment's customers are predicted to spend over the next year, discounted">"Predicted value"</th> })}
                                <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    }
}
