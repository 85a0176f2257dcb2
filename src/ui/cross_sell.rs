//! What the selected segment's customers buy together and next, and who to offer what.

use super::customers::Selection;
use super::download::export;
use super::format::{count, percent};
use super::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::insight::crosssell::{Affinity, CrossSell};
use segmenter_engine::session::{Answer, ExportRequest, Request};

/// Cross-sell ideas for the selected segment.
#[component]
pub fn CrossSellPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selection = expect_context::<Selection>();
    // The segment the ideas are for, and the ideas (`None` when the file names no products).
    let ideas = RwSignal::new(None::<(usize, Option<CrossSell>)>);
    Effect::new(move |_| {
        let (Some(segment), None) = (selection.segment.get(), selection.cross.get()) else {
            return;
        };
        spawn_local(async move {
            match state.engine.ask(Request::CrossSell(segment)).await {
                Ok(Answer::CrossSell(answer)) => ideas.set(Some((segment, answer))),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    });
    move || {
        let segment = selection.segment.get()?;
        let (at, ideas) = ideas.get()?;
        if at != segment || selection.cross.with(Option::is_some) {
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
                        let download = move |_| {
                            export(
                                state,
                                ExportRequest::CrossSellTargets {
                                    segment,
                                    bought: bought.clone(),
                                    never: never.clone(),
                                },
                            )
                        };
                        view! {
                            <li>
                                {format!("Bought {} but never {}: {}", t.bought, t.never, count(t.customers, "customers"))}
                                " "
                                <button class="quiet" data-testid=format!("cross-sell-target-{i}") on:click=download>"Download list"</button>
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
