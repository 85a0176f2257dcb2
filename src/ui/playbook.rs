//! The campaign plan: every segment's campaign, editable and printable, with its send list
//! (holdout group left out) and, once a newer orders file is dropped, what it achieved.

use super::download::{export, save};
use super::picker::{chosen_file, small_file_bytes};
use super::state::AppState;
use super::words::{count, customers, date, decimal, language, money, percent, t, t_with, tr};
use super::{storage, today};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::money::Currency;
use segmenter_engine::campaigns::holdout::DEFAULT_HOLDOUT;
use segmenter_engine::campaigns::records::{
    expire, kept_until, merge, Expiry, Merged, KEPT_DAYS_RANGE,
};
use segmenter_engine::campaigns::suggest::Campaign;
use segmenter_engine::campaigns::uplift::{CampaignRecord, CampaignResult, Estimate};
use segmenter_engine::export::ListLayout;
use segmenter_engine::session::{
    Answer, CampaignExport, EngineError, ExportRequest, LeftOut, Request, SchemeView,
};
use segmenter_engine::store::Stored;
use segmenter_words::{Arg, Key, Sentence};
use std::collections::HashMap;
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
    note: RwSignal<Option<ExportNote>>,
    /// Records removed on this visit because their time was over, to save while the page
    /// is open.
    expired: RwSignal<Vec<CampaignRecord>>,
    /// What the last change to the records did (records added from a file).
    records_note: RwSignal<Option<AddedNote>>,
    /// Each segment's send list as the merchant set it, by segment name: the plan's cards
    /// are drawn again whenever a campaign is edited, and must not start over.
    send_lists: StoredValue<HashMap<String, SendList>>,
}

/// What the merchant set for a segment's send list.
#[derive(Clone, Debug, PartialEq)]
struct SendList {
    name: String,
    layout: ListLayout,
    /// Held out, in percent.
    holdout: f64,
    sent: Option<Date>,
    /// The uplift expected, in points.
    expected: Option<f64>,
}

/// What exporting a send list did, for the note above the plan.
#[derive(Clone, Debug)]
struct ExportNote {
    /// Customers in the send list.
    sent: usize,
    /// Customers held out of it as the control group.
    held: usize,
    /// Customers left out of the list and why.
    left_out: LeftOut,
    /// Whether this browser stored the campaign's record.
    kept: bool,
}

impl ExportNote {
    /// The note in the page's language.
    fn sentence(&self) -> String {
        let mut note = t_with(
            Key::PlaybookSaved,
            &[("sent", count(self.sent)), ("held", count(self.held))],
        );
        let left_out = self.left_out.sentence(language());
        if !left_out.is_empty() {
            note = format!("{note} {left_out}");
        }
        if !self.kept {
            note = format!("{note} {}", t(Key::PlaybookRecordUnkept));
        }
        note
    }
}

/// What adding the records of a file did, for the note under the records.
#[derive(Clone, Debug)]
struct AddedNote {
    /// The file's name.
    file: String,
    /// Records added, records that replaced an earlier send here, records already here.
    added: usize,
    updated: usize,
    unchanged: usize,
    /// Records of the file past the days records are kept, not added.
    past: usize,
    /// The days records are kept.
    days: u32,
    /// Whether this browser stored the records.
    kept: bool,
}

impl AddedNote {
    /// The note in the page's language, in a sentence.
    fn sentence(&self) -> String {
        // Each part the file gives a figure for, written with its separator before it.
        let part = |n: usize, key: Key| {
            if n > 0 {
                t_with(
                    key,
                    &[
                        ("count", count(n)),
                        ("days", Arg::from(self.days.to_string())),
                    ],
                )
            } else {
                String::new()
            }
        };
        let mut sentence = t_with(
            Key::PlaybookAdded,
            &[
                ("count", count(self.added)),
                ("file", Arg::from(self.file.as_str())),
                (
                    "updated",
                    Arg::from(part(self.updated, Key::PlaybookAddedUpdated)),
                ),
                (
                    "unchanged",
                    Arg::from(part(self.unchanged, Key::PlaybookAddedUnchanged)),
                ),
                ("past", Arg::from(part(self.past, Key::PlaybookAddedPast))),
            ],
        );
        if !self.kept {
            sentence = format!("{sentence} {}", t(Key::PlaybookAddedUnkept));
        }
        sentence
    }
}

/// A message with a link or a field in it (written `{ $gap }`), as the words before the
/// gap and the words after it, in the page's language.
pub(super) fn around(key: Key) -> (String, String) {
    const GAP: &str = "\u{1}";
    let text = t_with(key, &[("gap", Arg::from(GAP))]);
    match text.split_once(GAP) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text, String::new()),
    }
}

/// A difference in percentage points with its sign, one decimal: `+3.1`, `−0.4` (`+3,1`
/// in German).
fn signed_points(difference: f64) -> String {
    let points = (difference * 1000.0).round() / 10.0;
    if points < 0.0 {
        format!("−{}", decimal(-points, 1))
    } else {
        format!("+{}", decimal(points, 1))
    }
}

/// The names a merchant's edit of a campaign is kept under: the scheme's and the segment's
/// in English, so that an edit outlives a language switch; edits kept before that are
/// found by the names then on show.
struct EditNames {
    /// The scheme's name on show and its segments' names, in the view's order.
    shown: (String, Vec<String>),
    /// The same in English.
    english: (String, Vec<String>),
}

impl EditNames {
    fn of(view: &SchemeView) -> EditNames {
        let shown = view.segments.iter().map(|s| s.name.clone()).collect();
        EditNames {
            shown: (view.scheme.name.clone(), shown),
            english: view.english.clone(),
        }
    }

    /// The English name of the segment named `segment` on show.
    fn english_of(&self, segment: &str) -> String {
        let at = self.shown.1.iter().position(|s| s == segment);
        at.and_then(|i| self.english.1.get(i))
            .map_or_else(|| segment.to_string(), String::clone)
    }

    /// Whether the edit `campaign`, kept under `scheme`, is the one of `segment` on show.
    fn keeps(&self, scheme: &str, campaign: &Campaign, segment: &str) -> bool {
        let in_english = *scheme == self.english.0 && campaign.segment == self.english_of(segment);
        let as_shown = *scheme == self.shown.0 && campaign.segment == segment;
        in_english || as_shown
    }
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
            send_lists: StoredValue::new(HashMap::new()),
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
        let Some((names, suggested)) = self
            .state
            .scheme
            .with(|s| s.as_ref().map(|s| (EditNames::of(s), s.campaigns.clone())))
        else {
            return Vec::new();
        };
        self.edits.with(|edits| {
            suggested
                .into_iter()
                .map(
                    |c| match edits.iter().find(|(s, e)| names.keeps(s, e, &c.segment)) {
                        // Shown under the segment's name on show, whatever name it is kept under.
                        Some((_, edited)) => Campaign {
                            segment: c.segment,
                            ..edited.clone()
                        },
                        None => c,
                    },
                )
                .collect()
        })
    }

    /// Keeps the merchant's version of a campaign of the scheme on show (`None` goes back
    /// to the suggestion), under the scheme's and segment's names in English.
    fn edit(&self, segment: &str, campaign: Option<Campaign>) {
        let Some(names) = self
            .state
            .scheme
            .with_untracked(|s| s.as_ref().map(EditNames::of))
        else {
            return;
        };
        self.edits.update(|edits| {
            edits.retain(|(s, e)| !names.keeps(s, e, segment));
            if let Some(c) = campaign {
                let kept = Campaign {
                    segment: names.english_of(segment),
                    ..c
                };
                edits.push((names.english.0.clone(), kept));
            }
        });
        let (state, edits) = (self.state, self.edits.get_untracked());
        spawn_local(async move {
            if !storage::store_campaign_edits(state.engine, edits).await {
                state.error.set(Some(Key::PlaybookEditsUnkept.into()));
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
                // Exporting the same campaign again replaces its record, in whatever
                // language either was exported.
                r.retain(|old| !old.same_campaign(&record));
                r.push(record);
            });
            let kept =
                storage::store_campaign_records(state.engine, self.records.get_untracked()).await;
            self.note.set(Some(ExportNote {
                sent,
                held,
                left_out: exported.left_out,
                kept,
            }));
        });
    }

    /// Measures the exported campaigns against a newer orders file.
    fn measure(self, file: File) {
        let state = self.state;
        state.error.set(None);
        let request = Request::Measure {
            name: file.name(),
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
                Err(why) => return state.error.set(Some(why.into())),
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
            let Merged {
                records,
                added,
                updated,
                unchanged,
            } = merge(self.records.get_untracked(), imported);
            self.records.set(records.clone());
            self.results.set(None);
            let kept = storage::store_campaign_records(state.engine, records).await;
            self.records_note.set(Some(AddedNote {
                file: name,
                added,
                updated,
                unchanged,
                past,
                days,
                kept,
            }));
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
                    <h2>{tr(Key::PlaybookTitle)}</h2>
                    <p class="plan-scheme">{move || t_with(Key::PlaybookSegments, &[("scheme", Arg::from(scheme_name()))])}</p>
                </div>
                <div class="no-print">
                    <button class="button" data-testid="print-plan" on:click=print>{tr(Key::PlaybookPrint)}</button>
                    <button class="button quiet" data-testid="export-everything" on:click=everything>
                        {tr(Key::PlaybookDownloadAll)}
                    </button>
                </div>
            </header>
            <p class="no-print hint">
                {tr(Key::PlaybookHintEdit)}" "{tr(Key::PlaybookHintExport)}
            </p>
            {move || playbook.note.get().map(|note| view! {
                <p class="notice no-print" role="status" data-testid="export-note">{note.sentence()}</p>
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
    let field = move |label: Key,
                      name: &'static str,
                      get: fn(&Campaign) -> &String,
                      set: fn(&mut Campaign, String)| {
        let testid = format!("plan-{index}-{name}");
        view! {
            <dt>{tr(label)}</dt>
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
    let kept = playbook
        .send_lists
        .with_value(|lists| lists.get(&segment).cloned())
        .unwrap_or_else(|| SendList {
            name: campaign.objective.clone(),
            layout: ListLayout::Mailchimp,
            holdout: DEFAULT_HOLDOUT * 100.0,
            sent: today(),
            expected: None,
        });
    let name = RwSignal::new(kept.name);
    let layout = RwSignal::new(kept.layout);
    let holdout = RwSignal::new(kept.holdout);
    let sent = RwSignal::new(kept.sent);
    // The uplift the merchant hopes for, in points, and what this holdout can show.
    let expected = RwSignal::new(kept.expected);
    let power = RwSignal::new(None::<String>);
    // Kept once the merchant changes any of it, for the card drawn again after another
    // campaign's edit (untouched, the list's name follows the objective as edited).
    {
        let segment = segment.clone();
        Effect::new(move |drawn: Option<()>| {
            let list = SendList {
                name: name.get(),
                layout: layout.get(),
                holdout: holdout.get(),
                sent: sent.get(),
                expected: expected.get(),
            };
            if drawn.is_some() {
                playbook.send_lists.update_value(|lists| {
                    lists.insert(segment.clone(), list);
                });
            }
        });
    }
    // Asked again when the prediction comes, which the analysis on show takes in its
    // catalog (Future value becomes available): customers buying anyway are then the
    // purchase model's. Not on other changes to the analysis, such as an RFM scale.
    let catalog = Memo::new(move |_| {
        state
            .analysis
            .with(|a| a.as_ref().map(|a| a.catalog.clone()))
    });
    Effect::new(move |_| {
        // Read, not only tracked: a memo is worked out when read.
        catalog.with(|_| ());
        let request = Request::PlanHoldout {
            segment: index,
            layout: layout.get(),
            holdout_share: holdout.get() / 100.0,
            expected_uplift: expected.get().map(|points| points / 100.0),
        };
        spawn_local(async move {
            match state.engine.ask(request).await {
                Ok(Answer::HoldoutPlanned(sentence)) => power.set(Some(sentence)),
                // A list nobody would be on says why before it is exported (the file has
                // no e-mail addresses: the plain list names customers by ID).
                Err(
                    e @ (EngineError::NobodyReachable { .. } | EngineError::EmptySegment { .. }),
                ) => power.set(Some(e.sentence(language()))),
                _ => power.set(None),
            }
        });
    });
    let export = move |_| {
        let Some(sent) = sent.get_untracked() else {
            state.error.set(Some(Key::PlaybookChooseDay.into()));
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
                {field(Key::PlaybookObjective, "objective", |c| &c.objective, |c, v| c.objective = v)}
                {field(Key::PlaybookOffer, "offer", |c| &c.offer, |c, v| c.offer = v)}
                {field(Key::PlaybookChannel, "channel", |c| &c.channel, |c, v| c.channel = v)}
                {field(Key::PlaybookTiming, "timing", |c| &c.timing, |c, v| c.timing = v)}
                {field(Key::PlaybookMessage, "message", |c| &c.message, |c, v| c.message = v)}
                {field(Key::PlaybookWatch, "watch", |c| &c.watch, |c, v| c.watch = v)}
            </dl>
            <p class="why"><strong>{tr(Key::PlaybookWhy)}" "</strong>{campaign.why.clone()}</p>
            <div class="plan-edit no-print">
                <Show
                    when=move || editing.get()
                    fallback=move || view! {
                        <button class="button quiet" data-testid=format!("plan-{index}-edit") on:click=move |_| editing.set(true)>
                            {tr(Key::PlaybookEdit)}
                        </button>
                    }
                >
                    <button class="button" data-testid=format!("plan-{index}-save") on:click=save.clone()>{tr(Key::PlaybookSave)}</button>
                    <button class="button quiet" on:click=reset.clone()>{tr(Key::PlaybookReset)}</button>
                </Show>
            </div>
            <fieldset class="send-list no-print">
                <legend>{tr(Key::PlaybookSendList)}</legend>
                <label>
                    {tr(Key::PlaybookCampaignName)}" "
                    <input
                        type="text"
                        data-testid=format!("plan-{index}-name")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {tr(Key::PlaybookLayout)}" "
                    <select
                        data-testid=format!("plan-{index}-layout")
                        prop:value=move || match layout.get() {
                            ListLayout::Klaviyo => "klaviyo",
                            ListLayout::Plain => "plain",
                            ListLayout::Mailchimp => "mailchimp",
                        }
                        on:change=move |ev| layout.set(match event_target_value(&ev).as_str() {
                            "klaviyo" => ListLayout::Klaviyo,
                            "plain" => ListLayout::Plain,
                            _ => ListLayout::Mailchimp,
                        })
                    >
                        <option value="mailchimp">"Mailchimp"</option>
                        <option value="klaviyo">"Klaviyo"</option>
                        <option value="plain">{tr(Key::PlaybookLayoutPlain)}</option>
                    </select>
                </label>
                <label>
                    {move || around(Key::PlaybookHoldout).0}
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
                    {move || around(Key::PlaybookHoldout).1}
                </label>
                <label>
                    {tr(Key::PlaybookSentOn)}" "
                    <input
                        type="date"
                        data-testid=format!("plan-{index}-sent")
                        prop:value=move || sent.get().map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| sent.set(Date::parse_iso(&event_target_value(&ev)))
                    />
                </label>
                <label>
                    {move || around(Key::PlaybookExpected).0}
                    <input
                        type="number"
                        min="0.1"
                        max="50"
                        step="0.1"
                        class="short"
                        placeholder=tr(Key::PlaybookExpectedExample)
                        data-testid=format!("plan-{index}-expected")
                        prop:value=move || expected.get().map(|v| v.to_string()).unwrap_or_default()
                        on:change=move |ev| expected.set(event_target_value(&ev).parse::<f64>().ok().filter(|v| *v > 0.0))
                    />
                    {move || around(Key::PlaybookExpected).1}
                </label>
                <p class="hint power" data-testid=format!("plan-{index}-power")>{move || power.get()}</p>
                <button class="button" data-testid=format!("plan-{index}-export") on:click=export>
                    {tr(Key::PlaybookExport)}
                </button>
            </fieldset>
        </article>
    }
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
                    Some(today) if until < today => t_with(
                        Key::PlaybookRemovedNextVisit,
                        &[("date", Arg::from(date(until)))],
                    ),
                    _ => date(until),
                };
                view! {
                    <tr>
                        <td>{r.campaign}</td>
                        <td>{r.segment}</td>
                        <td>{date(r.sent)}</td>
                        <td class="num">{customers(r.treated.len())}</td>
                        <td class="num">{customers(r.holdout.len())}</td>
                        <td data-testid="record-kept-until">{until}</td>
                        <td><button class="quiet" on:click=move |_| playbook.forget(i)>{t(Key::PlaybookForget)}</button></td>
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
            <h2>{tr(Key::PlaybookResultsTitle)}</h2>
            <Show
                when=move || playbook.records.with(|r| !r.is_empty())
                fallback=|| view! { <p class="hint">{tr(Key::PlaybookResultsEmpty)}</p> }
            >
                <table class="records">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::PlaybookColumnCampaign)}</th>
                            <th scope="col">{tr(Key::PlaybookColumnSegment)}</th>
                            <th scope="col">{tr(Key::PlaybookColumnSent)}</th>
                            <th scope="col" class="num">{tr(Key::PlaybookColumnSentTo)}</th>
                            <th scope="col" class="num">{tr(Key::PlaybookColumnHeldOut)}</th>
                            <th scope="col">{tr(Key::PlaybookColumnKeptUntil)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(Key::PlaybookForget)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{records}</tbody>
                </table>
                <label class="button">
                    {tr(Key::PlaybookMeasure)}
                    <input type="file" accept=".csv,.tsv,.txt,text/csv" class="visually-hidden" data-testid="followup-input" on:change=choose/>
                </label>
                <p class="hint">{tr(Key::PlaybookMeasureHint)}</p>
            </Show>
            <div class="records-tools">
                <label>
                    {move || around(Key::PlaybookKeepFor).0}
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
                    {move || around(Key::PlaybookKeepFor).1}
                </label>
                <Show when=move || playbook.records.with(|r| !r.is_empty())>
                    <button class="button small" data-testid="records-download" on:click=move |_| {
                        playbook.download_records(playbook.records.get_untracked(), file_name("campaign-records"));
                    }>{tr(Key::PlaybookDownloadRecords)}</button>
                </Show>
                <label class="button small">
                    {tr(Key::PlaybookAddRecords)}
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="records-input" on:change=add/>
                </label>
            </div>
            <p class="hint">{tr(Key::PlaybookRecordsHint)}</p>
            {move || playbook.records_note.get().map(|n| view! { <p class="notice" role="status" data-testid="records-note">{n.sentence()}</p> })}
            {move || playbook.results.get().map(|results| {
                results.into_iter().enumerate().map(|(i, r)| view! { <ResultCard result=r index=i/> }).collect_view()
            })}
        </section>
    }
}

/// The records removed on this visit because their time was over, with a way to save them:
/// shown above everything, with or without a file, since they are gone once the page closes.
#[component]
pub fn ExpiredRecords() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    move || {
        let expired = playbook.expired.get();
        (!expired.is_empty()).then(|| {
            let days = playbook.record_days();
            let listed = expired
                .iter()
                .map(|r| {
                    t_with(
                        Key::PlaybookExpiredRecord,
                        &[
                            ("campaign", Arg::from(r.campaign.as_str())),
                            ("segment", Arg::from(r.segment.as_str())),
                            ("date", Arg::from(date(r.sent))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(&t(Key::PlaybookExpiredSeparator));
            let sentence = t_with(
                Key::PlaybookExpired,
                &[
                    ("count", count(expired.len())),
                    ("days", Arg::from(days.to_string())),
                    ("listed", Arg::from(listed)),
                ],
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
                        {t(Key::PlaybookDownloadRemoved)}
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
    // An estimate with its interval; the figures are written by `figure`.
    let range = |key: Key, e: Option<Estimate>, figure: &dyn Fn(f64) -> String| {
        e.map_or("—".to_string(), |e| {
            t_with(
                key,
                &[
                    ("difference", Arg::from(figure(e.difference))),
                    ("low", Arg::from(figure(e.low))),
                    ("high", Arg::from(figure(e.high))),
                ],
            )
        })
    };
    let rate_uplift = result.rate_uplift;
    let points = move || range(Key::PlaybookUpliftPoints, rate_uplift, &signed_points);
    let revenue_uplift = result.revenue_uplift;
    let money_uplift = {
        let currency = currency.clone();
        move || {
            let currency = money(&currency);
            let signed = |x: f64| {
                format!(
                    "{}{}",
                    if x < 0.0 { "−" } else { "+" },
                    currency.format(x.abs())
                )
            };
            range(Key::PlaybookUpliftMoney, revenue_uplift, &signed)
        }
    };
    let amount = move |x: f64| {
        let currency = currency.clone();
        move || money(&currency).format(x)
    };
    // Decided on the purchase rate alone, after the groups were found large enough.
    let clear = result.conclusion.is_clear();
    let (sent, until) = (result.sent, result.until);
    let period = move || match until {
        Some(until) if until >= sent => t_with(
            Key::PlaybookPeriodTo,
            &[
                ("from", Arg::from(sent.to_string())),
                ("to", Arg::from(until.to_string())),
            ],
        ),
        _ => t_with(
            Key::PlaybookPeriod,
            &[("from", Arg::from(sent.to_string()))],
        ),
    };
    let (treated, holdout) = (result.treated.clone(), result.holdout.clone());
    view! {
        <article class="result-card" class:clear=clear data-testid=format!("uplift-{index}")>
            <h3>{format!("{} · {}", result.campaign, result.segment)}</h3>
            <p class="period">{period}</p>
            <table>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col" class="num">{tr(Key::PlaybookColumnCustomers)}</th>
                        <th scope="col" class="num">{tr(Key::PlaybookColumnOrdered)}</th>
                        <th scope="col" class="num">{tr(Key::PlaybookColumnRate)}</th>
                        <th scope="col" class="num">{tr(Key::PlaybookColumnRevenue)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{tr(Key::PlaybookRowSent)}</th>
                        <td class="num">{treated.customers}</td>
                        <td class="num">{treated.buyers}</td>
                        <td class="num">{move || percent(treated.purchase_rate)}</td>
                        <td class="num">{amount(treated.revenue_per_customer)}</td>
                    </tr>
                    <tr>
                        <th scope="row">{tr(Key::PlaybookRowHeldOut)}</th>
                        <td class="num">{holdout.customers}</td>
                        <td class="num">{holdout.buyers}</td>
                        <td class="num">{move || percent(holdout.purchase_rate)}</td>
                        <td class="num">{amount(holdout.revenue_per_customer)}</td>
                    </tr>
                    <tr class="uplift">
                        <th scope="row">{tr(Key::PlaybookRowUplift)}</th>
                        <td></td>
                        <td></td>
                        <td class="num" data-testid=format!("uplift-{index}-rate")>{points}</td>
                        <td class="num">{money_uplift}</td>
                    </tr>
                </tbody>
            </table>
            <p class="verdict" data-testid=format!("uplift-{index}-verdict")>{verdict(result.verdict)}</p>
        </article>
    }
}
