//! What the selected segment's customers buy together and next, and who to offer what.

use super::customers::Selection;
use super::download::export;
use super::state::AppState;
use super::words::{count, decimal, percent, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::insight::crosssell::{Affinity, CrossSell};
use segmenter_engine::session::{Answer, ExportRequest, Request};
use segmenter_words::{Arg, Key};

/// Cross-sell ideas for the selected segment.
#[component]
pub fn CrossSellPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selection = expect_context::<Selection>();
    // The segment the ideas are for, and the ideas (`None` when the file names no products).
    let ideas = RwSignal::new(None::<(usize, Option<CrossSell>)>);
    // How many times ideas were asked for or dropped: an answer to an earlier question is
    // not shown.
    let asked = StoredValue::new(0u32);
    // Other segments (another scheme or analysis, or customers moved between segments):
    // the ideas were for a segment of the ones before, maybe at the same index, and go;
    // none are shown until the new ones come.
    let shown = state.shown_scheme();
    Effect::new(move |drawn: Option<()>| {
        // Read, not only tracked: a memo is worked out when read.
        shown.with(|_| ());
        if drawn.is_some() {
            asked.update_value(|n| *n += 1);
            ideas.set(None);
        }
    });
    Effect::new(move |_| {
        let (Some(segment), None) = (selection.segment.get(), selection.cross.get()) else {
            return;
        };
        asked.update_value(|n| *n += 1);
        let ticket = asked.get_value();
        spawn_local(async move {
            match state.engine.ask(Request::CrossSell(segment)).await {
                Ok(Answer::CrossSell(answer)) if asked.get_value() == ticket => {
                    ideas.set(Some((segment, answer)))
                }
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
                <p class="hint">{t(Key::CrossSellNoItems)}</p>
            }
            .into_any(),
            Some(x) if x.together.is_empty() && x.next.is_empty() => view! {
                <p class="hint">{t_with(
                    Key::CrossSellNothing,
                    &[("level", Arg::from(x.level)), ("count", count(x.orders))],
                )}</p>
            }
            .into_any(),
            Some(x) => {
                let targets = x
                    .targets
                    .iter()
                    .enumerate()
                    .map(|(i, target)| {
                        let (bought, never) = (target.bought.clone(), target.never.clone());
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
                                {t_with(
                                    Key::CrossSellTarget,
                                    &[
                                        ("bought", Arg::from(target.bought.as_str())),
                                        ("never", Arg::from(target.never.as_str())),
                                        ("count", count(target.customers)),
                                    ],
                                )}
                                " "
                                <button class="quiet" data-testid=format!("cross-sell-target-{i}") on:click=download>{t(Key::CrossSellDownload)}</button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="cross-sell-tables">
                        {pairs(Key::CrossSellTogether, Key::CrossSellWith, &x.together, x.orders)}
                        {pairs(Key::CrossSellNext, Key::CrossSellThen, &x.next, x.steps)}
                    </div>
                    <h4>{t(Key::CrossSellWho)}</h4>
                    <ul class="targets">{targets}</ul>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="cross-sell" data-testid="cross-sell">
                <h3>{t(Key::CrossSellTitle)}</h3>
                {body}
            </section>
        })
    }
}

/// A table of item pairs with their support, confidence and lift: `caption` is its title
/// with the count of `events` it is of, `pair` writes one pair of items.
fn pairs(caption: Key, pair: Key, list: &[Affinity], events: usize) -> impl IntoView {
    let rows = list
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <td>{t_with(
                        pair,
                        &[("first", Arg::from(a.first.as_str())), ("then", Arg::from(a.then.as_str()))],
                    )}</td>
                    <td class="num">{a.count}</td>
                    <td class="num">{percent(a.support)}</td>
                    <td class="num">{percent(a.confidence)}</td>
                    <td class="num">{decimal(a.lift, 2)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="pairs">
            <caption>{t_with(caption, &[("count", count(events))])}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Key::CrossSellItems)}</th>
                    <th scope="col" class="num">{tr(Key::CrossSellTimes)}</th>
                    <th scope="col" class="num" title=tr(Key::CrossSellSupportHint)>{tr(Key::CrossSellSupport)}</th>
                    <th scope="col" class="num" title=tr(Key::CrossSellConfidenceHint)>{tr(Key::CrossSellConfidence)}</th>
                    <th scope="col" class="num" title=tr(Key::CrossSellLiftHint)>{tr(Key::CrossSellLift)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
