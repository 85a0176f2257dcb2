//! A suggested campaign per segment, with the measured facts behind it and, once the shop
//! was compared with an earlier date, the movements that matter for the segment.

use super::playbook::PlaybookState;
use super::tabs::{Tab, Tabs};
use super::through_time::MigrationState;
use leptos::prelude::*;

/// The campaign cards.
#[component]
pub fn CampaignList() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let migration = expect_context::<MigrationState>();
    let tabs = Tabs::get();
    move || {
        let campaigns = playbook.campaigns();
        (!campaigns.is_empty()).then(|| {
            let cards = campaigns
                .into_iter()
                .map(|c| {
                    let movement = migration.note_for(&c.segment);
                    view! {
                        <article class="campaign" data-segment=c.segment.clone()>
                            <h3>{c.segment.clone()}</h3>
                            <p class="objective">{c.objective}</p>
                            <dl>
                                <dt>"Audience"</dt><dd>{c.audience}</dd>
                                <dt>"Offer"</dt><dd>{c.offer}</dd>
                                <dt>"Channel"</dt><dd>{c.channel}</dd>
                                <dt>"Timing"</dt><dd>{c.timing}</dd>
                                <dt>"Message"</dt><dd>{c.message}</dd>
                                <dt>"Watch"</dt><dd>{c.watch}</dd>
                            </dl>
                            <p class="why"><strong>"Why: "</strong>{c.why}</p>
                            {movement.map(|m| view! { <p class="movement" data-testid="campaign-movement"><strong>"Movements: "</strong>{m}</p> })}
                        </article>
                    }
                })
                .collect_view();
            view! {
                <section class="campaigns" data-testid="campaigns">
                    <h2>"Suggested campaigns"</h2>
                    <p class="hint">
                        "Edit them, export send lists with a control group and measure their effect in the "
                        <button class="link" data-testid="open-plan" on:click=move |_| tabs.show(Tab::Plan)>"campaign plan"</button>
                        "."
                    </p>
                    <div class="cards">{cards}</div>
                </section>
            }
        })
    }
}
