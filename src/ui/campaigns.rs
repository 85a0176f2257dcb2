//! A suggested campaign per segment, with the measured facts behind it.

use super::AppState;
use leptos::prelude::*;

/// The campaign cards.
#[component]
pub fn CampaignList() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.scheme.get().map(|a| {
            let cards = a
                .campaigns
                .into_iter()
                .map(|c| {
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
                        </article>
                    }
                })
                .collect_view();
            view! {
                <section class="campaigns" data-testid="campaigns">
                    <h2>"Suggested campaigns"</h2>
                    <div class="cards">{cards}</div>
                </section>
            }
        })
    }
}
