//! The campaign plan: every segment's campaign, editable and printable, with its send list
//! (holdout group left out) and, once a newer orders file is dropped, what it achieved.

use super::download::{export, save};
use super::format::{count, percent};
use super::picker::{chosen_file, small_file_bytes};
use super::state::AppState;
use super::{storage, today};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::money::{group_thousands, Currency};
use segmenter_engine::campaigns::holdout::DEFAULT_HOLDOUT;
use segmenter_engine::campaigns::records::{
    expire, kept_until, merge, Expiry, Merged, KEPT_DAYS_RANGE,
};
use segmenter_engine::campaigns::suggest::Campaign;
use segmenter_engine::campaigns::uplift::{
    signed_points, CampaignRecord, CampaignResult, Estimate,
};
use segmenter_engine::export::ListLayout;
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{Answer, CampaignExport, ExportRequest, Request};
use segmenter_engine::store::Stored;
use web_sys::File;

/// The playbook's data: the merchant's edits to campaigns and the records of exported ones
/// (both kept in this browser), what they achieved, and a note on the last list exported.
#[derive(Clone, Copy)]
pub struct PlaybookState {
    state: AppState,
    /// Campaigns as the merchant edited them, with their scheme's name.
    edits: RwSignal<Vec<(String, Campaign)>>,
    /// Exported campaigns kept to measure.
    records: RwSignal<Vec<CampaignRecord>>,
    /// The exported campaigns measured on a newer file.
    results: RwSignal<Option<Vec<CampaignResult>>>,
    /// A note about the last campaign list exported, until another scheme is shown.
    note: RwSignal<Option<String>>,
    /// Records removed on this visit because their time was over, to save while the page
    /// is open.
    expired: RwSignal<Vec<CampaignRecord>>,
    /// What the last change to the records did (records added from a file).
    records_note: RwSignal<Option<String>>,
}

impl PlaybookState {
    /// The playbook with what this browser kept.
    pub fn new(state: AppState) -> PlaybookState {
        let playbook = PlaybookState {
            state,
            edits: RwSignal::new(Vec::new()),
            records: RwSignal::new(Vec::new()),
            results: RwSignal::new(None),
            note: RwSignal::new(None),
            expired: RwSignal::new(Vec::new()),
            records_note: RwSignal::new(None),
        };
        spawn_local(async move {
            let edits = storage::campaign_edits(state.engine).await;
            state.report_store(edits.problem);
            if let Some(edits) = edits.value {
                playbook.edits.set(edits);
            }
            let records = storage::campaign_records(state.engine).await;
            state.report_store(records.problem);
            // The days records are kept, as stored (asked for here, not trusted to have
            // arrived for the page first).
            let stored = storage::preferences(state.engine).await;
            let days = stored.value.map_or_else(
                || state.preferences.with_untracked(|p| p.record_days),
                |p| p.record_days,
            );
            if let Some(records) = records.value {
                let after = match today() {
                    Some(today) => expire(records, today, days),
                    None => Expiry {
                        kept: records,
                        ..Expiry::default()
                    },
                };
                if !after.expired.is_empty() {
                    storage::store_campaign_records(state.engine, after.kept.clone()).await;
                    playbook.expired.set(after.expired);
                }
                playbook.records.set(after.kept);
            }
        });
        Effect::new(move |_| {
            state.scheme.track();
            playbook.note.set(None);
        });
        playbook
    }

    /// The campaigns of the scheme on show, with the merchant's edits.
    pub fn campaigns(&self) -> Vec<Campaign> {
        let Some((scheme, suggested)) = self.state.scheme.with(|s| {
            s.as_ref()
                .map(|s| (s.scheme.name.clone(), s.campaigns.clone()))
        }) else {
            return Vec::new();
        };
        self.edits.with(|edits| {
            suggested
                .into_iter()
                .map(|c| {
                    edits
                        .iter()
                        .find(|(s, e)| *s == scheme && e.segment == c.segment)
                        .map_or(c, |(_, e)| e.clone())
                })
                .collect()
        })
    }

    /// Keeps the merchant's version of a campaign of the scheme on show (`None` goes back
    /// to the suggestion).
    fn edit(&self, segment: &str, campaign: Option<Campaign>) {
        let Some(scheme) = self
            .state
            .scheme
            .with_untracked(|s| s.as_ref().map(|s| s.scheme.name.clone()))
        else {
            return;
        };
        self.edits.update(|edits| {
            edits.retain(|(s, e)| !(*s == scheme && e.segment == segment));
            if let Some(c) = campaign {
                edits.push((scheme, c));
            }
        });
        let (state, edits) = (self.state, self.edits.get_untracked());
        spawn_local(async move {
            if !storage::store_campaign_edits(state.engine, edits).await {
                state.error.set(Some(
                    "This browser would not store your edits, so they are kept only during this visit."
                        .into(),
                ));
            }
        });
    }

    /// Exports a campaign's send list and keeps its record, to measure it later.
    fn export_list(self, order: CampaignExport) {
        let state = self.state;
        spawn_local(async move {
            let exported = match state
                .engine
                .ask(Request::Export(ExportRequest::Campaign(order)))
                .await
            {
                Ok(Answer::CampaignExported(exported)) => exported,
                Ok(_) => return,
                Err(e) => return state.show_error(&e),
            };
            save(&exported.download.file_name, &exported.download.bytes);
            let record = exported.record;
            let (sent, held) = (record.treated.len(), record.holdout.len());
            self.records.update(|r| {
                // Exporting the same campaign again replaces its record.
                r.retain(|old| {
                    (&old.campaign, &old.segment, &old.scheme)
                        != (&record.campaign, &record.segment, &record.scheme)
                });
                r.push(record);
            });
            let kept =
                storage::store_campaign_records(state.engine, self.records.get_untracked()).await;
            let mut note = format!(
                "Saved the send list: {}; {} held out as the control group.",
                count(sent, "customers"),
                count(held, "customers")
            );
            if !exported.left_out.is_empty() {
                note = format!("{note} {}", exported.left_out);
            }
            if !kept {
                note.push_str(
                    " This browser would not store the campaign's record, so it can be measured only during this visit.",
                );
            }
            self.note.set(Some(note));
        });
    }

    /// Measures the exported campaigns against a newer orders file.
    fn measure(self, file: File) {
        let state = self.state;
        state.error.set(None);
        let request = Request::Measure {
            name: file.name(),
            options: ReadOptions::default(),
            records: self.records.get_untracked(),
        };
        spawn_local(async move {
            match state.engine.ask_with_file(request, &file).await {
                Ok(Answer::Measured(results)) => self.results.set(Some(results)),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }

    /// Keeps records `days` days after their send day from now on (records already past that
    /// are removed on the next visit, when the page says so).
    fn keep_records_for(&self, days: u32) {
        let days = days.clamp(*KEPT_DAYS_RANGE.start(), *KEPT_DAYS_RANGE.end());
        self.state.change_preferences(|p| p.record_days = days);
    }

    /// Days a record is kept after its send day, as the merchant chose.
    fn record_days(&self) -> u32 {
        self.state.preferences.with(|p| p.record_days)
    }

    /// Saves `records` as a file another browser can add them from.
    fn download_records(&self, records: Vec<CampaignRecord>, file_name: String) {
        let state = self.state;
        spawn_local(async move {
            let written = state
                .engine
                .ask(Request::WriteStored(Stored::CampaignRecords(records)))
                .await;
            match written {
                Ok(Answer::StoredText(text)) => save(&file_name, text.as_bytes()),
                Ok(_) => {}
                Err(e) => state.show_error(&e),
            }
        });
    }

    /// Adds the records of a file saved in another browser to the ones here.
    fn add_records(self, file: File) {
        let state = self.state;
        state.error.set(None);
        let name = file.name();
        spawn_local(async move {
            let bytes = match small_file_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(why) => return state.error.set(Some(why)),
            };
            let imported = match state.engine.ask(Request::ImportRecords(bytes)).await {
                Ok(Answer::RecordsImported(records)) => records,
                Ok(_) => return,
                Err(e) => return state.show_error(&e),
            };
            let days = untrack(|| self.record_days());
            let (imported, past) = match today() {
                Some(today) => {
                    let after = expire(imported, today, days);
                    (after.kept, after.expired.len())
                }
                None => (imported, 0),
            };
            let mut merged = merge(self.records.get_untracked(), imported);
            let records = std::mem::take(&mut merged.records);
            self.records.set(records.clone());
            self.results.set(None);
            let kept = storage::store_campaign_records(state.engine, records).await;
            self.records_note
                .set(Some(added_sentence(&name, &merged, past, days, kept)));
        });
    }

    /// Forgets an exported campaign.
    fn forget(&self, index: usize) {
        self.records.update(|r| {
            if index < r.len() {
                r.remove(index);
            }
        });
        let (engine, records) = (self.state.engine, self.records.get_untracked());
        spawn_local(async move {
            storage::store_campaign_records(engine, records).await;
        });
        self.results.set(None);
    }
}

/// The plan tab.
#[component]
pub fn CampaignPlan() -> impl IntoView {
    let state = expect_context::<AppState>();
    let playbook = expect_context::<PlaybookState>();
    let scheme_name = move || {
        state.scheme.with(|s| {
            s.as_ref()
                .map(|s| s.scheme.name.clone())
                .unwrap_or_default()
        })
    };
    let cards = move || {
        let segments = state.scheme.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.segments
                        .iter()
                        .map(|g| g.name.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        playbook
            .campaigns()
            .into_iter()
            .map(|c| {
                let index = segments.iter().position(|s| *s == c.segment).unwrap_or(0);
                view! { <PlanItem campaign=c index=index/> }
            })
            .collect_view()
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let everything = move |_| export(state, ExportRequest::Everything(playbook.campaigns()));
    view! {
        <div class="plan" data-testid="plan">
            <header class="plan-head">
                <div>
                    <h2>"Campaign plan"</h2>
                    <p class="plan-scheme">{move || format!("Segments: {}", scheme_name())}</p>
                </div>
                <div class="no-print">
                    <button class="button" data-testid="print-plan" on:click=print>"Print the plan"</button>
                    <button class="button quiet" data-testid="export-everything" on:click=everything>
                        "Download the whole result (JSON)"
                    </button>
                </div>
            </header>
            <p class="no-print hint">
                "Each campaign is suggested from its segment's figures. Edit any of it to suit your shop; your version is kept in this browser. "
                "Export a send list for your e-mail tool: a control group is held out of it at random (the same customers every time for the same campaign), so you can measure the effect later."
            </p>
            {move || playbook.note.get().map(|note| view! {
                <p class="notice no-print" role="status" data-testid="export-note">{note}</p>
            })}
            <div class="plan-items">{cards}</div>
            <CampaignResults/>
        </div>
    }
}

/// One segment's campaign: its fields (editable), the reasons, and its send list export.
#[component]
fn PlanItem(campaign: Campaign, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let playbook = expect_context::<PlaybookState>();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(campaign.clone());
    let segment = campaign.segment.clone();
    let field = move |label: &'static str,
                      name: &'static str,
                      get: fn(&Campaign) -> &String,
                      set: fn(&mut Campaign, String)| {
        let testid = format!("plan-{index}-{name}");
        view! {
            <dt>{label}</dt>
            <dd>
                {move || if editing.get() {
                    view! {
                        <textarea
                            rows="2"
                            data-testid=testid.clone()
                            prop:value=move || draft.with(|d| get(d).clone())
                            on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
                        ></textarea>
                    }
                    .into_any()
                } else {
                    view! { <span data-testid=testid.clone()>{draft.with(|d| get(d).clone())}</span> }.into_any()
                }}
            </dd>
        }
    };
    let save = {
        let segment = segment.clone();
        move |_| {
            editing.set(false);
            playbook.edit(&segment, Some(draft.get_untracked()));
        }
    };
    let reset = {
        let segment = segment.clone();
        move |_| {
            editing.set(false);
            playbook.edit(&segment, None);
        }
    };
    let name = RwSignal::new(campaign.objective.clone());
    let layout = RwSignal::new(ListLayout::Mailchimp);
    let holdout = RwSignal::new(DEFAULT_HOLDOUT * 100.0);
    let sent = RwSignal::new(today());
    // The uplift the merchant hopes for, in points, and what this holdout can show.
    let expected = RwSignal::new(None::<f64>);
    let power = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let request = Request::PlanHoldout {
            segment: index,
            holdout_share: holdout.get() / 100.0,
            expected_uplift: expected.get().map(|points| points / 100.0),
        };
        spawn_local(async move {
            if let Ok(Answer::HoldoutPlanned(sentence)) = state.engine.ask(request).await {
                power.set(Some(sentence));
            }
        });
    });
    let export = move |_| {
        let Some(sent) = sent.get_untracked() else {
            state
                .error
                .set(Some("Choose the day the campaign is sent.".into()));
            return;
        };
        playbook.export_list(CampaignExport {
            segment: index,
            campaign: name.get_untracked(),
            layout: layout.get_untracked(),
            holdout_share: holdout.get_untracked() / 100.0,
            sent,
        });
    };
    view! {
        <article class="plan-item" data-testid=format!("plan-{index}") data-segment=segment.clone()>
            <header>
                <h3>{segment.clone()}</h3>
                <p class="audience">{campaign.audience.clone()}</p>
            </header>
            <dl>
                {field("Objective", "objective", |c| &c.objective, |c, v| c.objective = v)}
                {field("Offer", "offer", |c| &c.offer, |c, v| c.offer = v)}
                {field("Channel", "channel", |c| &c.channel, |c, v| c.channel = v)}
                {field("Timing", "timing", |c| &c.timing, |c, v| c.timing = v)}
                {field("Message", "message", |c| &c.message, |c, v| c.message = v)}
                {field("Watch", "watch", |c| &c.watch, |c, v| c.watch = v)}
            </dl>
            <p class="why"><strong>"Why: "</strong>{campaign.why.clone()}</p>
            <div class="plan-edit no-print">
                <Show
                    when=move || editing.get()
                    fallback=move || view! {
                        <button class="button quiet" data-testid=format!("plan-{index}-edit") on:click=move |_| editing.set(true)>
                            "Edit"
                        </button>
                    }
                >
                    <button class="button" data-testid=format!("plan-{index}-save") on:click=save.clone()>"Save"</button>
                    <button class="button quiet" on:click=reset.clone()>"Back to the suggestion"</button>
                </Show>
            </div>
            <fieldset class="send-list no-print">
                <legend>"Send list"</legend>
                <label>
                    "Campaign name "
                    <input
                        type="text"
                        data-testid=format!("plan-{index}-name")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    "For "
                    <select
                        data-testid=format!("plan-{index}-layout")
                        on:change=move |ev| layout.set(match event_target_value(&ev).as_str() {
                            "klaviyo" => ListLayout::Klaviyo,
                            "plain" => ListLayout::Plain,
                            _ => ListLayout::Mailchimp,
                        })
                    >
                        <option value="mailchimp">"Mailchimp"</option>
                        <option value="klaviyo">"Klaviyo"</option>
                        <option value="plain">"Any tool (plain CSV)"</option>
                    </select>
                </label>
                <label>
                    "Hold out "
                    <input
                        type="number"
                        min="0"
                        max="50"
                        step="1"
                        data-testid=format!("plan-{index}-holdout")
                        prop:value=move || holdout.get().to_string()
                        on:change=move |ev| {
                            let v = event_target_value(&ev).parse::<f64>().unwrap_or(DEFAULT_HOLDOUT * 100.0);
                            holdout.set(v.clamp(0.0, 50.0));
                        }
                    />
                    " %"
                </label>
                <label>
                    "Sent on "
                    <input
                        type="date"
                        data-testid=format!("plan-{index}-sent")
                        prop:value=move || sent.get().map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| sent.set(Date::parse_iso(&event_target_value(&ev)))
                    />
                </label>
                <label>
                    "Uplift you expect "
                    <input
                        type="number"
                        min="0.1"
                        max="50"
                        step="0.1"
                        class="short"
                        placeholder="e.g. 3"
                        data-testid=format!("plan-{index}-expected")
                        on:change=move |ev| expected.set(event_target_value(&ev).parse::<f64>().ok().filter(|v| *v > 0.0))
                    />
                    " points"
                </label>
                <p class="hint power" data-testid=format!("plan-{index}-power")>{move || power.get()}</p>
                <button class="button" data-testid=format!("plan-{index}-export") on:click=export>
                    "Export send list"
                </button>
            </fieldset>
        </article>
    }
}

/// What adding the records of `file` did, in a sentence.
fn added_sentence(file: &str, merged: &Merged, past: usize, days: u32, kept: bool) -> String {
    let mut parts = vec![format!(
        "Added {} from {file}",
        count(merged.added, "campaign records")
    )];
    if merged.updated > 0 {
        parts.push(format!(
            "{} replaced an earlier send of the same campaign",
            count(merged.updated, "records")
        ));
    }
    if merged.unchanged > 0 {
        parts.push(format!(
            "{} already here (or older than the send here)",
            count(merged.unchanged, "records")
        ));
    }
    if past > 0 {
        parts.push(format!(
            "{} past the {days} days records are kept, not added",
            count(past, "records")
        ));
    }
    let mut sentence = format!("{}.", parts.join("; "));
    if !kept {
        sentence.push_str(
            " This browser would not store them, so they are kept only during this visit.",
        );
    }
    sentence
}

/// Exported campaigns, and what they achieved once a newer orders file is dropped.
#[component]
fn CampaignResults() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let records = move || {
        let days = playbook.record_days();
        let today = today();
        playbook
            .records
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let until = kept_until(&r, days);
                let until = match today {
                    Some(t) if until < t => format!("{}: removed on your next visit", until.spelled()),
                    _ => until.spelled(),
                };
                view! {
                    <tr>
                        <td>{r.campaign}</td>
                        <td>{r.segment}</td>
                        <td>{r.sent.spelled()}</td>
                        <td class="num">{count(r.treated.len(), "customers")}</td>
                        <td class="num">{count(r.holdout.len(), "customers")}</td>
                        <td data-testid="record-kept-until">{until}</td>
                        <td><button class="quiet" on:click=move |_| playbook.forget(i)>"Forget"</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let choose = move |ev: web_sys::Event| {
        if let Some(file) = chosen_file(&ev) {
            playbook.measure(file);
        }
    };
    let add = move |ev: web_sys::Event| {
        if let Some(file) = chosen_file(&ev) {
            playbook.add_records(file);
        }
    };
    let file_name = |what: &str| {
        format!(
            "segmenter-{what}-{}.json",
            today().map(|d| d.to_string()).unwrap_or_default()
        )
    };
    view! {
        <section class="campaign-results no-print" data-testid="campaign-results">
            <h2>"Campaign results"</h2>
            <ExpiredRecords/>
            <Show
                when=move || playbook.records.with(|r| !r.is_empty())
                fallback=|| view! { <p class="hint">"Campaigns you export appear here, to be measured once their customers have had time to order."</p> }
            >
                <table class="records">
                    <thead>
                        <tr>
                            <th scope="col">"Campaign"</th>
                            <th scope="col">"Segment"</th>
                            <th scope="col">"Sent"</th>
                            <th scope="col" class="num">"Sent to"</th>
                            <th scope="col" class="num">"Held out"</th>
                            <th scope="col">"Kept until"</th>
                            <th scope="col"><span class="visually-hidden">"Forget"</span></th>
                        </tr>
                    </thead>
                    <tbody>{records}</tbody>
                </table>
                <label class="button">
                    "Measure them on a newer orders file…"
                    <input type="file" accept=".csv,.tsv,.txt,text/csv" class="visually-hidden" data-testid="followup-input" on:change=choose/>
                </label>
                <p class="hint">"Export your shop's orders again a few weeks after sending, and drop the file here: it is read in this tab like the first one."</p>
            </Show>
            <div class="records-tools">
                <label>
                    "Keep each record for "
                    <input
                        type="number"
                        class="short"
                        min=KEPT_DAYS_RANGE.start().to_string()
                        max=KEPT_DAYS_RANGE.end().to_string()
                        data-testid="record-days"
                        prop:value=move || playbook.record_days().to_string()
                        on:change=move |ev| {
                            if let Ok(days) = event_target_value(&ev).trim().parse::<u32>() {
                                playbook.keep_records_for(days);
                            }
                        }
                    />
                    " days after it was sent"
                </label>
                <Show when=move || playbook.records.with(|r| !r.is_empty())>
                    <button class="button small" data-testid="records-download" on:click=move |_| {
                        playbook.download_records(playbook.records.get_untracked(), file_name("campaign-records"));
                    }>"Download these records"</button>
                </Show>
                <label class="button small">
                    "Add records from a file…"
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="records-input" on:change=add/>
                </label>
            </div>
            <p class="hint">"A record holds the ids of the customers sent the campaign and held out, in this browser only. To measure a campaign in another browser, download the records here and add the file there."</p>
            {move || playbook.records_note.get().map(|n| view! { <p class="notice" role="status" data-testid="records-note">{n}</p> })}
            {move || playbook.results.get().map(|results| {
                results.into_iter().enumerate().map(|(i, r)| view! { <ResultCard result=r index=i/> }).collect_view()
            })}
        </section>
    }
}

/// The records removed on this visit because their time was over, with a way to save them.
#[component]
fn ExpiredRecords() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    move || {
        let expired = playbook.expired.get();
        (!expired.is_empty()).then(|| {
            let days = playbook.record_days();
            let listed = expired
                .iter()
                .map(|r| format!("{} to {}, sent {}", r.campaign, r.segment, r.sent.spelled()))
                .collect::<Vec<_>>()
                .join("; ");
            let removed = match expired.len() {
                1 => "1 campaign record was".to_string(),
                n => format!("{} campaign records were", group_thousands(&n.to_string())),
            };
            let sentence = format!(
                "{removed} removed: records are kept {days} days after their send day ({listed}). They are gone from this browser; you can still save them while this page is open."
            );
            let name = format!(
                "segmenter-expired-campaign-records-{}.json",
                today().map(|d| d.to_string()).unwrap_or_default()
            );
            view! {
                <p class="notice" data-testid="records-expired">
                    {sentence}
                    " "
                    <button class="button small" on:click=move |_| playbook.download_records(expired.clone(), name.clone())>
                        "Download the removed records"
                    </button>
                </p>
            }
        })
    }
}

/// A verdict with its conclusion, the first sentence, in bold.
fn verdict(text: String) -> impl IntoView {
    let (conclusion, figures) = match text.find(". ") {
        Some(i) => (text[..=i].to_string(), text[i + 1..].to_string()),
        None => (text, String::new()),
    };
    view! { <strong>{conclusion}</strong>{figures} }
}

/// One campaign's measured effect.
#[component]
fn ResultCard(result: CampaignResult, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency = state
        .analysis
        .with_untracked(|a| a.as_ref().map(|a| a.currency.clone()))
        .unwrap_or_else(|| Currency::from_mark(""));
    let points = |e: Option<Estimate>| {
        e.map_or("—".to_string(), |e| {
            format!(
                "{} points ({} to {})",
                signed_points(e.difference),
                signed_points(e.low),
                signed_points(e.high)
            )
        })
    };
    let money = {
        let currency = currency.clone();
        move |e: Option<Estimate>| {
            e.map_or("—".to_string(), |e| {
                let signed = |x: f64| {
                    format!(
                        "{}{}",
                        if x < 0.0 { "−" } else { "+" },
                        currency.format(x.abs())
                    )
                };
                format!(
                    "{} ({} to {})",
                    signed(e.difference),
                    signed(e.low),
                    signed(e.high)
                )
            })
        }
    };
    // Decided on the purchase rate alone, after the groups were found large enough.
    let clear = result.conclusion.is_clear();
    let period = match result.until {
        Some(until) if until >= result.sent => format!("Orders from {} to {}", result.sent, until),
        _ => format!("Orders from {}", result.sent),
    };
    view! {
        <article class="result-card" class:clear=clear data-testid=format!("uplift-{index}")>
            <h3>{format!("{} · {}", result.campaign, result.segment)}</h3>
            <p class="period">{period}</p>
            <table>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col" class="num">"Customers"</th>
                        <th scope="col" class="num">"Ordered"</th>
                        <th scope="col" class="num">"Purchase rate"</th>
                        <th scope="col" class="num">"Revenue per customer"</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">"Sent the campaign"</th>
                        <td class="num">{result.treated.customers}</td>
                        <td class="num">{result.treated.buyers}</td>
                        <td class="num">{percent(result.treated.purchase_rate)}</td>
                        <td class="num">{currency.format(result.treated.revenue_per_customer)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"Held out"</th>
                        <td class="num">{result.holdout.customers}</td>
                        <td class="num">{result.holdout.buyers}</td>
                        <td class="num">{percent(result.holdout.purchase_rate)}</td>
                        <td class="num">{currency.format(result.holdout.revenue_per_customer)}</td>
                    </tr>
                    <tr class="uplift">
                        <th scope="row">"Uplift (95% interval)"</th>
                        <td></td>
                        <td></td>
                        <td class="num" data-testid=format!("uplift-{index}-rate")>{points(result.rate_uplift)}</td>
                        <td class="num">{money(result.revenue_uplift)}</td>
                    </tr>
                </tbody>
            </table>
            <p class="verdict" data-testid=format!("uplift-{index}-verdict")>{verdict(result.verdict)}</p>
        </article>
    }
}
