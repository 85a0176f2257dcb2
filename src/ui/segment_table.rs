//! The segment table: one row per segment with its size, revenue and typical customer.

use super::customers::Selection;
use super::download::export;
use super::format::segment_color;
use super::state::AppState;
use super::words::{count, decimal, money, number, percent, t_with, tr};
use leptos::prelude::*;
use segmenter_engine::session::ExportRequest;
use segmenter_words::{Arg, Key};

/// A median count with one decimal only when it has one.
fn figure(v: Option<f64>) -> String {
    match v {
        None => "–".to_string(),
        Some(v) if v.fract() == 0.0 => decimal(v, 0),
        Some(v) => decimal(v, 1),
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
            .with(|a| a.as_ref().map(|a| money(&a.currency)))?;
        state.scheme.get().map(|a| {
            let last = a.segments.len().saturating_sub(1);
            // The predicted figures, once the prediction has come (a segment of one-time
            // buyers has no chance still active, but every segment expects purchases).
            let predicted = a.segments.iter().any(|s| s.expected_purchases.is_some());
            let valued = a.segments.iter().any(|s| s.predicted_value.is_some());
            let shown = a.segments.iter().filter(|s| s.customers > 0).count();
            let title = t_with(
                Key::SegmentTableTitle,
                &[("scheme", Arg::from(a.scheme.name.as_str())), ("count", count(shown))],
            );
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
                            <td class="num" data-col="customers">{number(s.customers)}</td>
                            <td class="num">{percent(s.customer_share)}</td>
                            <td class="num" data-col="revenue">{currency.format_whole(s.revenue)}</td>
                            <td class="num">{percent(s.revenue_share)}</td>
                            <td class="num">{figure(s.median_recency.map(f64::round))}</td>
                            <td class="num">{figure(s.median_frequency)}</td>
                            <td class="num">{s.median_monetary.map_or("–".to_string(), |m| currency.format_whole(m))}</td>
                            {predicted.then(|| view! { <td class="num" data-col="p-alive">{s.repeat_p_alive.map_or("–".to_string(), percent)}</td> })}
                            {valued.then(|| view! { <td class="num" data-col="predicted-value">{s.predicted_value.map_or("–".to_string(), |v| currency.format_whole(v))}</td> })}
                            <td class="row-actions">
                                <button
                                    class="button small"
                                    disabled=empty
                                    on:click=move |_| selection.segment(i)
                                >
                                    {tr(Key::SegmentTableList)}
                                </button>
                                <button
                                    class="button small quiet"
                                    disabled=empty
                                    aria-label=t_with(Key::SegmentTableCsvLabel, &[("segment", Arg::from(name.as_str()))])
                                    on:click=move |_| export(state, ExportRequest::Segment(i))
                                >
                                    {tr(Key::SegmentTableCsv)}
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
                                <th scope="col">{tr(Key::SegmentTableSegment)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableCustomers)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableCustomerShare)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableRevenue)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableRevenueShare)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableRecency)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableFrequency)}</th>
                                <th scope="col" class="num">{tr(Key::SegmentTableMonetary)}</th>
                                {predicted.then(|| view! { <th scope="col" class="num" title=tr(Key::SegmentTableAliveTitle)>{tr(Key::SegmentTableAlive)}</th> })}
                                {valued.then(|| view! { <th scope="col" class="num" title=tr(Key::SegmentTableValueTitle)>{tr(Key::SegmentTableValue)}</th> })}
                                <th scope="col"><span class="visually-hidden">{tr(Key::SegmentTableActions)}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    }
}
