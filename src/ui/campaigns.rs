//! A suggested campaign per segment, with the measured facts behind it and, once the shop
//! was compared with an earlier date, the movements that matter for the segment.

use super::playbook::{around, PlaybookState};
use super::tabs::{Tab, Tabs};
use super::through_time::MigrationState;
use super::words::tr;
use leptos::prelude::*;
use segmenter_words::Key;

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
                                <dt>{tr(Key::CampaignsAudience)}</dt><dd>{c.audience}</dd>
                                <dt>{tr(Key::CampaignsOffer)}</dt><dd>{c.offer}</dd>
                                <dt>{tr(Key::CampaignsChannel)}</dt><dd>{c.channel}</dd>
                                <dt>{tr(Key::CampaignsTiming)}</dt><dd>{c.timing}</dd>
                                <dt>{tr(Key::CampaignsMessage)}</dt><dd>{c.message}</dd>
                                <dt>{tr(Key::CampaignsWatch)}</dt><dd>{c.watch}</dd>
                            </dl>
                            <p class="why"><strong>{tr(Key::CampaignsWhy)}" "</strong>{c.why}</p>
                            {movement.map(|m| view! { <p class="movement" data-testid="campaign-movement"><strong>{tr(Key::CampaignsMovements)}" "</strong>{m}</p> })}
                        </article>
                    }
                })
                .collect_view();
            // The hint is one sentence with a link in it: the words either side of the link.
            let hint = move || around(Key::CampaignsHint);
            view! {
                <section class="campaigns" data-testid="campaigns">
                    <h2>{tr(Key::CampaignsTitle)}</h2>
                    <p class="hint">
                        {move || hint().0}
                        <button class="link" data-testid="open-plan" on:click=move |_| tabs.show(Tab::Plan)>{tr(Key::CampaignsHintPlan)}</button>
                        {move || hint().1}
                    </p>
                    <div class="cards">{cards}</div>
                </section>
            }
        })
    }
}
