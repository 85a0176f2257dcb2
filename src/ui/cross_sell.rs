//! What the selected segment's customers buy together and next, and who to offer what.

use super::results::{count, percent};
use super::AppState;
use crate::engine::crosssell::Affinity;
use crate::engine::session::{ExportRequest, Request};
use leptos::prelude::*;

/// Cross-sell ideas for the selected segment.
#[component]
pub fn CrossSellPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    Effect::new(move |_| {
        if let (Some(segment), None) = (state.selected.get(), state.cross.get()) {
            state.request(Request::CrossSell(segment));
        }
    });
    move || {
        let segment = state.selected.get()?;
        let (at, ideas) = state.cross_sell.get()?;
        if at != segment || state.cross.get().is_some() {
            return None;
        }
        let body = match ideas {
            None => view! {
                <p class="hint">"The file names no products or categories, so there is nothing to cross-sell from. Map a product or category column to see what goes together."</p>
            }
            .into_any(),
            Some(x) if x.together.is_empty() && x.next.is_empty() => view! {
                <p class="hint">{format!(
                    "No {} goes with another more often than chance in this segment's {} yet.",
                    x.level,
                    count(x.orders, "orders")
                )}</p>
            }
            .into_any(),
            Some(x) => {
                let targets = x
                    .targets
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let (bought, never) = (t.bought.clone(), t.never.clone());
                        let export = move |_| {
                            state.request(Request::Export(ExportRequest::CrossSellTargets {
                                segment,
                                bought: bought.clone(),
                                never: never.clone(),
                            }))
                        };
                        view! {
                            <li>
                                {format!("Bought {} but never {}: {}", t.bought, t.never, count(t.customers, "customers"))}
                                " "
                                <button class="quiet" data-testid=format!("cross-sell-target-{i}") on:click=export>"Download list"</button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="cross-sell-tables">
                        {pairs("Bought together in one order", "with", &x.together, x.orders, "orders")}
                        {pairs("Bought next, in the following order", "then", &x.next, x.steps, "repeat orders")}
                    </div>
                    <h4>"Who to offer what"</h4>
                    <ul class="targets">{targets}</ul>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="cross-sell" data-testid="cross-sell">
                <h3>"Cross-sell ideas"</h3>
                {body}
            </section>
        })
    }
}

/// A table of item pairs with their support, confidence and lift.
fn pairs(
    title: &'static str,
    link: &'static str,
    list: &[Affinity],
    events: usize,
    noun: &'static str,
) -> impl IntoView {
    let rows = list
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <td>{format!("{} {link} {}", a.first, a.then)}</td>
                    <td class="num">{a.count}</td>
                    <td class="num">{percent(a.support)}</td>
                    <td class="num">{percent(a.confidence)}</td>
                    <td class="num">{format!("{:.2}", a.lift)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="pairs">
            <caption>{format!("{title} (of {})", count(events, noun))}</caption>
            <thead>
                <tr>
                    <th scope="col">"Items"</th>
                    <th scope="col" class="num">"Times"</th>
                    <th scope="col" class="num" title="Share of all orders holding both">"Support"</th>
                    <th scope="col" class="num" title="Of orders with the first item, the share with the second">"Confidence"</th>
                    <th scope="col" class="num" title="How much more often than chance: above 1 means they go together">"Lift"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
