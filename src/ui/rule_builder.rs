//! The custom segment builder: ordered rules, each a group of conditions combined with
//! "all of" or "any of" (groups nest), on any feature; live customer counts and revenue as
//! the merchant edits; and the merchant's saved schemes (open, rename, duplicate, download,
//! delete).
//!
//! The draft is an engine [`Scheme`] in one signal. Each field edits the draft on `change`
//! (when the merchant leaves the field or picks a value), the builder redraws from the
//! draft, and the engine counts the draft's segments.

use super::download::export;
use super::period_select::{offered_years, period_option, NoPeriod, PeriodSelect};
use super::state::AppState;
use super::tabs::{Tab, Tabs};
use super::words::{self, count, decimal, language, money, number, percent, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::features::values::shown_value;
use segmenter_engine::features::{ids, FeatureInfo, FeatureKind, Period};
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::scheme::{Condition, Rule, Scheme, SchemeError};
use segmenter_engine::session::{Answer, ExportRequest, PreviewView, Request};
use segmenter_words::{Arg, Key, Sentence};
use wasm_bindgen::JsCast;

/// The scheme being built and its live counts. The draft outlasts a switch of tabs, a new
/// analysis, the file read again and the results brought back by Cancel (it is the
/// [`AppState`]'s); the counts are asked again for each.
#[derive(Clone, Copy)]
pub struct BuilderState {
    state: AppState,
    /// The scheme in the builder.
    draft: RwSignal<Option<Scheme>>,
    /// Live counts for the draft.
    preview: RwSignal<Option<PreviewView>>,
    /// Whether counts are on their way (*Show* waits for them when they would say a period
    /// is missing).
    counting: RwSignal<bool>,
    /// Whether the draft changed since the counts on their way were asked.
    edited_since: StoredValue<bool>,
    /// The periods the draft has named, offered beside the usual ones while it is edited:
    /// the one it was opened with (a scheme file's two days), the one taken from the
    /// scheme on show, dates picked since; each would be lost once another was picked.
    own_periods: RwSignal<Vec<Period>>,
}

impl BuilderState {
    /// The builder of the file's draft, if any, counted once it is drawn; its counts are
    /// dropped after each new analysis.
    pub fn new(state: AppState) -> BuilderState {
        let builder = BuilderState {
            state,
            draft: state.draft,
            preview: RwSignal::new(None),
            counting: RwSignal::new(false),
            edited_since: StoredValue::new(false),
            own_periods: state.draft_periods,
        };
        Effect::new(move |_| {
            state.analyses.track();
            builder.preview.set(None);
            if builder.draft.with_untracked(Option::is_some) {
                builder.count();
            }
        });
        builder
    }

    /// Opens `scheme` in the builder and counts its segments. Its period is left as it is,
    /// named or not: a scheme file that names none is shown as it is too.
    pub fn open(self, scheme: Scheme) {
        self.own_periods.set(scheme.period.into_iter().collect());
        self.draft.set(Some(scheme));
        self.preview.set(None);
        self.count();
    }

    /// Asks for live counts of the draft, at most one request at a time: edits made while
    /// one is on its way are counted when it comes back.
    fn count(self) {
        if self.counting.get_untracked() {
            self.edited_since.set_value(true);
            return;
        }
        let Some(draft) = self.draft.get_untracked() else {
            return;
        };
        self.counting.set(true);
        self.edited_since.set_value(false);
        let state = self.state;
        spawn_local(async move {
            let reply = state.engine.ask(Request::Preview(draft)).await;
            match reply {
                Ok(Answer::Preview(preview)) => self.preview.set(Some(preview)),
                Ok(_) => {}
                // The counts on show, if any, are another draft's.
                Err(e) => {
                    self.preview.set(None);
                    state.show_error(&e);
                }
            }
            self.counting.set(false);
            if self.edited_since.get_value() {
                self.count();
            }
        });
    }
}

/// `features` with the spend in a period as the draft's counts describe it over the period
/// the draft names (`spend`, when they were counted over it), else as a figure not counted
/// yet ("Spent in a period", no range; known for each of the `customers`, as a spend in a
/// period is, 0 without an order in it): the list describes the period the shop computed
/// last, or none, which may not be the draft's. Listed after the spend in the last 365 days
/// whenever the file has orders to count it from, as that figure shows; picking it names a
/// period ([`edit`]).
fn with_spend(
    mut features: Vec<FeatureInfo>,
    spend: Option<(Period, FeatureInfo)>,
    draft: &Scheme,
    customers: usize,
) -> Vec<FeatureInfo> {
    let counted = spend.filter(|(period, _)| draft.period == Some(*period));
    let spend = counted.map_or_else(
        || FeatureInfo {
            id: ids::SPEND_IN_PERIOD.to_string(),
            label: language().text(Key::RuleBuilderSpendInAPeriod, &[]),
            kind: FeatureKind::Number,
            range: None,
            values: Vec::new(),
            known: customers,
        },
        |(_, spend)| spend,
    );
    let listed = features.iter().position(|f| f.id == ids::SPEND_IN_PERIOD);
    let listed = listed.map(|at| features.remove(at)).is_some();
    match features.iter().position(|f| f.id == ids::SPEND_LAST_YEAR) {
        Some(last_year) => features.insert(last_year + 1, spend),
        None if listed => features.push(spend),
        None => {}
    }
    features
}

/// The period a draft's spend in a period is counted over once a rule reads it: the one
/// the scheme on show reads (a tier scheme's, or one a scheme named), else the one *Top
/// customers* ranks over, else the last 90 days (the last 365 are a figure of their own).
fn period_to_name(state: AppState) -> Period {
    let on_show = state
        .scheme
        .with_untracked(|s| s.as_ref().and_then(|s| s.scheme.period));
    (on_show.or(state.value_period.get_untracked())).unwrap_or(Period::Last { days: 90 })
}

/// Where a condition sits in a rule: indices into nested groups, from the rule's own group.
type Path = Vec<usize>;

/// A new scheme with one empty rule, named in the page's language.
fn blank() -> Scheme {
    let language = words::current();
    Scheme {
        name: language.text(Key::RuleBuilderNewScheme, &[]),
        rules: vec![Rule {
            segment: new_segment_name(1),
            when: Condition::All(Vec::new()),
        }],
        otherwise: language.text(Key::RuleBuilderNewOtherwise, &[]),
        period: None,
    }
}

/// The name of a new scheme's segment number `n`: "Segment 2".
fn new_segment_name(n: usize) -> String {
    words::current().text(Key::RuleBuilderNewSegment, &[("number", count(n))])
}

/// Makes every rule's condition a group, as the builder shows it.
fn as_groups(mut scheme: Scheme) -> Scheme {
    for rule in &mut scheme.rules {
        grouped(&mut rule.when);
    }
    scheme
}

/// A rule's condition made a group in place, as the builder shows it, and returned: the
/// places an edit points to are within the group.
fn grouped(when: &mut Condition) -> &mut Condition {
    *when = match std::mem::replace(when, Condition::Always) {
        group @ (Condition::All(_) | Condition::Any(_)) => group,
        Condition::Always => Condition::All(Vec::new()),
        single => Condition::All(vec![single]),
    };
    when
}

/// The condition at `path` inside `c`.
fn at_mut<'a>(c: &'a mut Condition, path: &[usize]) -> Option<&'a mut Condition> {
    match path.split_first() {
        None => Some(c),
        Some((&i, rest)) => match c {
            Condition::All(of) | Condition::Any(of) => at_mut(of.get_mut(i)?, rest),
            _ => None,
        },
    }
}

/// A condition on `feature` that matches every customer with a known value, to refine.
fn starting_condition(info: &FeatureInfo) -> Condition {
    let feature = info.id.clone();
    match info.kind {
        FeatureKind::Number => Condition::Between {
            feature,
            min: None,
            max: None,
        },
        FeatureKind::Date => Condition::DateBetween {
            feature,
            from: None,
            to: None,
        },
        FeatureKind::Category if info.values.is_empty() => Condition::Contains {
            feature,
            text: String::new(),
        },
        FeatureKind::Category => Condition::In {
            feature,
            values: info.values.iter().take(1).cloned().collect(),
        },
    }
}

fn number_text(v: Option<f64>) -> String {
    v.map_or(String::new(), |v| format!("{v}"))
}

fn parse_number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse().ok()
}

/// The builder tab.
#[component]
pub fn RuleBuilder() -> impl IntoView {
    let builder = expect_context::<BuilderState>();
    if builder.draft.with_untracked(Option::is_none) {
        builder.open(blank());
    }
    view! {
        <div class="builder" data-testid="builder">
            <div class="builder-main">
                <DraftEditor/>
            </div>
            <aside class="builder-side">
                <LiveCounts/>
                <SavedSchemes/>
            </aside>
        </div>
    }
}

/// Applies an edit to the draft and asks for fresh counts. An edit of a rule's conditions
/// makes that rule's condition a group first ([`grouped`]): on a rule opened with a lone
/// condition, the place edited was not found and the edit was lost.
///
/// An edit that makes the rules read the spend in a period names the period it is counted
/// over, unless the draft names one already ([`period_to_name`]); the builder then shows it
/// and lets the merchant change it. The period stays named when no rule reads it any more:
/// a condition removed and added again reads the one the merchant picked.
fn edit(builder: BuilderState, change: impl FnOnce(&mut Scheme)) {
    let period = period_to_name(builder.state);
    let mut named = None;
    builder.draft.update(|d| {
        if let Some(d) = d {
            let read = d.reads_spend_in_period();
            change(d);
            if !read && d.reads_spend_in_period() && d.period.is_none() {
                d.period = Some(period);
            }
            named = d.period;
        }
    });
    // Offered from now on, however the draft came to name it.
    if let Some(named) = named {
        if builder
            .own_periods
            .with_untracked(|own| !own.contains(&named))
        {
            builder.own_periods.update(|own| own.push(named));
        }
    }
    builder.count();
}

#[component]
fn DraftEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let builder = expect_context::<BuilderState>();
    let tabs = Tabs::get();
    // Only a change of it redraws the draft, not each count (which would take the focus
    // from the field the merchant moved to).
    let draft_spend =
        Memo::new(move |_| (builder.preview).with(|p| p.as_ref().and_then(|p| p.spend.clone())));
    // The analysis's customers, which redraw the draft only when they change.
    let customers = Memo::new(move |_| (state.analysis).with(|a| a.as_ref().map(|a| a.customers)));
    // A draft that reads the spend in a period and names none, with no period computed,
    // cannot be shown: its live counts say to choose one beside the rules, where the
    // segments' banner would send the merchant to *Top customers*. Nor while they are
    // still on their way; counts that failed say nothing either way.
    let needs_period = move || {
        let unnamed = (builder.draft).with(|d| {
            d.as_ref()
                .is_some_and(|d| d.reads_spend_in_period() && d.period.is_none())
        });
        unnamed
            && (builder.counting.get()
                || (builder.preview).with(|p| {
                    p.as_ref()
                        .is_some_and(|p| p.error == Some(SchemeError::NoSpendPeriod))
                }))
    };
    // The draft's fields, redrawn with it.
    let fields = move || {
        let draft = as_groups(builder.draft.get()?);
        let features = state
            .scheme
            .with(|s| s.as_ref().map(|s| s.features.clone()))?;
        let customers = customers.get().unwrap_or(0);
        let features = with_spend(features, draft_spend.get(), &draft, customers);
        let rule_count = draft.rules.len();
        let rules = draft
            .rules
            .iter()
            .enumerate()
            .map(|(r, rule)| {
                view! {
                    <li class="rule" data-testid=format!("rule-{r}")>
                        <div class="rule-head">
                            <span class="rule-number">{r + 1}"."</span>
                            <input
                                type="text"
                                class="segment-name"
                                aria-label=tr(Key::RuleBuilderSegmentName)
                                data-testid=format!("rule-{r}-name")
                                prop:value=rule.segment.clone()
                                on:change=move |ev| {
                                    let name = event_target_value(&ev);
                                    edit(builder, |d| d.rules[r].segment = name);
                                }
                            />
                            <button class="button small quiet" aria-label=tr(Key::RuleBuilderMoveUp) disabled=r == 0 on:click=move |_| edit(builder, |d| d.rules.swap(r, r - 1))>"↑"</button>
                            <button class="button small quiet" aria-label=tr(Key::RuleBuilderMoveDown) disabled=r + 1 == rule_count on:click=move |_| edit(builder, |d| d.rules.swap(r, r + 1))>"↓"</button>
                            <button class="button small quiet" on:click=move |_| edit(builder, |d| { d.rules.remove(r); })>{tr(Key::RuleBuilderRemove)}</button>
                        </div>
                        {group_view(builder, r, Vec::new(), &rule.when, &features)}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <label class="field">
                <span>{tr(Key::RuleBuilderSchemeName)}</span>
                <input type="text" data-testid="scheme-name" prop:value=draft.name.clone() on:change=move |ev| {
                    let name = event_target_value(&ev);
                    edit(builder, |d| d.name = name);
                }/>
            </label>
            <p class="hint">{tr(Key::RuleBuilderOrderHint)}</p>
            <ol class="rules">{rules}</ol>
            <button class="button small" data-testid="add-rule" on:click=move |_| edit(builder, |d| {
                let n = d.rules.len() + 1;
                d.rules.push(Rule { segment: new_segment_name(n), when: Condition::All(Vec::new()) });
            })>{tr(Key::RuleBuilderAddSegment)}</button>
            <label class="field otherwise">
                <span>{tr(Key::RuleBuilderOtherwise)}</span>
                <input type="text" data-testid="otherwise-name" prop:value=draft.otherwise.clone() on:change=move |ev| {
                    let name = event_target_value(&ev);
                    edit(builder, |d| d.otherwise = name);
                }/>
            </label>
        })
    };
    let shown = move || builder.draft.with(Option::is_some) && state.scheme.with(Option::is_some);
    view! {
        <Show when=shown>
            <section class="panel">
                {fields}
                <DraftPeriod/>
                <div class="actions">
                    <button class="button primary" data-testid="apply-rules" disabled=needs_period on:click=move |_| {
                        if let Some(d) = builder.draft.get_untracked() {
                            state.segment(SchemeChoice::Custom(d));
                            tabs.show(Tab::Segments);
                        }
                    }>{tr(Key::RuleBuilderShow)}</button>
                    <button class="button" data-testid="save-draft" on:click=move |_| {
                        if let Some(d) = builder.draft.get_untracked() {
                            state.save_scheme(d);
                        }
                    }>{tr(Key::RuleBuilderSave)}</button>
                    <button class="button quiet" on:click=move |_| builder.open(blank())>{tr(Key::RuleBuilderStartNew)}</button>
                </div>
            </section>
        </Show>
    }
}

/// The select of the period the draft's spend in a period is counted over, while its
/// rules read it ([`spend_period_picker`]).
#[component]
fn DraftPeriod() -> impl IntoView {
    let state = expect_context::<AppState>();
    let builder = expect_context::<BuilderState>();
    // Redrawn when the draft names another period, starts or stops reading one, has other
    // periods of its own, or another date is on show; not at each edit or count, which
    // would close the date fields as they are typed in.
    let shown = Memo::new(move |_| {
        let period = (builder.draft).with(|d| {
            d.as_ref()
                .filter(|d| d.reads_spend_in_period())
                .map(|d| d.period)
        })?;
        let reference = state.analysis.with(|a| a.as_ref().map(|a| a.reference))?;
        Some((period, reference, builder.own_periods.get()))
    });
    move || {
        let (period, reference, own) = shown.get()?;
        Some(spend_period_picker(builder, period, reference, own))
    }
}

/// The select of the period the draft's spend in a period is counted over (`period`): the
/// last 30, 90, 182 and 365 days and the calendar years *Top customers* offers, then the
/// other periods the draft has named (`own`), and dates to choose. A draft that names none (a
/// scheme file from before schemes named their period) shows so until one is picked; its
/// counts read the period the shop computed last, if any.
fn spend_period_picker(
    builder: BuilderState,
    period: Option<Period>,
    reference: Date,
    own: Vec<Period>,
) -> impl IntoView {
    let usual: Vec<Period> = ([30, 90, 182, 365].map(|days| Period::Last { days }))
        .into_iter()
        .chain(offered_years(reference).map(|year| Period::Year { year }))
        .collect();
    let offered = (usual.iter().copied())
        .chain(own.into_iter().filter(|p| !usual.contains(p)))
        .collect();
    // The prompt picked again (after "Dates I choose…") names nothing: nothing to edit.
    let pick = move |period: Option<Period>| {
        if period.is_some() {
            edit(builder, |d| d.period = period);
        }
    };
    view! {
        <PeriodSelect
            label=Key::RuleBuilderSpendPeriod
            testid="draft-period"
            offered
            named=move |period| period_option(period, reference)
            chosen=period
            reference
            none=NoPeriod::Prompt(Key::RuleBuilderSpendPeriodNone)
            pick
        />
        // What the period does, once there is one.
        {period.is_some().then(|| view! { <p class="hint">{tr(Key::RuleBuilderSpendPeriodHint)}</p> })}
    }
}

/// A group of conditions ("all of" / "any of") and its members.
fn group_view(
    builder: BuilderState,
    rule: usize,
    path: Path,
    group: &Condition,
    features: &[FeatureInfo],
) -> AnyView {
    let (any, members) = match group {
        Condition::Any(of) => (true, of.clone()),
        Condition::All(of) => (false, of.clone()),
        _ => return ().into_any(),
    };
    let at = |path: &Path| path.clone();
    let here = at(&path);
    let set_kind = move |ev: leptos::ev::Event| {
        let any = event_target_value(&ev) == "any";
        let path = here.clone();
        edit(builder, |d| {
            if let Some(c) = at_mut(grouped(&mut d.rules[rule].when), &path) {
                let of = match std::mem::replace(c, Condition::Always) {
                    Condition::All(of) | Condition::Any(of) => of,
                    other => vec![other],
                };
                *c = if any {
                    Condition::Any(of)
                } else {
                    Condition::All(of)
                };
            }
        });
    };
    let add = {
        let (path, first) = (path.clone(), features.first().cloned());
        move |nested: bool| {
            let path = path.clone();
            let Some(first) = first.clone() else { return };
            edit(builder, |d| {
                if let Some(Condition::All(of) | Condition::Any(of)) =
                    at_mut(grouped(&mut d.rules[rule].when), &path)
                {
                    of.push(if nested {
                        Condition::Any(vec![starting_condition(&first)])
                    } else {
                        starting_condition(&first)
                    });
                }
            });
        }
    };
    let add_nested = add.clone();
    let id = format!(
        "rule-{rule}-group-{}",
        path.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("-")
    );
    let items = members
        .iter()
        .enumerate()
        .map(|(i, member)| {
            let mut child = path.clone();
            child.push(i);
            let inner = match member {
                Condition::All(_) | Condition::Any(_) => group_view(builder, rule, child.clone(), member, features),
                leaf => leaf_view(builder, rule, child.clone(), leaf, features),
            };
            let parent = path.clone();
            view! {
                <li>
                    {inner}
                    <button class="button small quiet remove" aria-label=tr(Key::RuleBuilderRemoveCondition) on:click=move |_| {
                        let parent = parent.clone();
                        edit(builder, |d| {
                            if let Some(Condition::All(of) | Condition::Any(of)) = at_mut(grouped(&mut d.rules[rule].when), &parent) {
                                of.remove(i);
                            }
                        });
                    }>"✕"</button>
                </li>
            }
        })
        .collect_view();
    let empty = members
        .is_empty()
        .then(|| view! { <li class="hint">{tr(Key::RuleBuilderNoCondition)}</li> });
    view! {
        <div class="group" data-testid=id>
            <select class="group-kind" aria-label=tr(Key::RuleBuilderCombine) prop:value=if any { "any" } else { "all" } on:change=set_kind>
                <option value="all">{tr(Key::RuleBuilderAllOf)}</option>
                <option value="any">{tr(Key::RuleBuilderAnyOf)}</option>
            </select>
            <ul class="conditions">{empty}{items}</ul>
            <button class="button small" data-testid="add-condition" on:click=move |_| add(false)>{tr(Key::RuleBuilderAddCondition)}</button>
            <button class="button small quiet" on:click=move |_| add_nested(true)>{tr(Key::RuleBuilderAddGroup)}</button>
        </div>
    }
    .into_any()
}

/// One condition: a feature and what its value must be.
fn leaf_view(
    builder: BuilderState,
    rule: usize,
    path: Path,
    leaf: &Condition,
    features: &[FeatureInfo],
) -> AnyView {
    let feature_id = leaf
        .features()
        .first()
        .map(|f| f.to_string())
        .unwrap_or_default();
    let info = features.iter().find(|f| f.id == feature_id).cloned();
    // Replaces this condition with another.
    let replace = {
        let path = path.clone();
        move |c: Condition| {
            let path = path.clone();
            edit(builder, |d| {
                if let Some(slot) = at_mut(grouped(&mut d.rules[rule].when), &path) {
                    *slot = c;
                }
            });
        }
    };
    let picker = {
        let features_for_pick = features.to_vec();
        let replace = replace.clone();
        let groups = [
            (FeatureKind::Number, Key::RuleBuilderFigures),
            (FeatureKind::Date, Key::RuleBuilderDates),
            (FeatureKind::Category, Key::RuleBuilderDetails),
        ]
        .iter()
        .map(|(kind, label)| {
            let options = features
                .iter()
                .filter(|f| f.kind == *kind)
                .map(|f| view! { <option value=f.id.clone()>{f.label.clone()}</option> })
                .collect_view();
            view! { <optgroup label=tr(*label)>{options}</optgroup> }
        })
        .collect_view();
        view! {
            <select class="feature" aria-label=tr(Key::RuleBuilderFeature) prop:value=feature_id.clone() on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some(info) = features_for_pick.iter().find(|f| f.id == id) {
                    replace(starting_condition(info));
                }
            }>
                {groups}
            </select>
        }
    };
    let known = info.as_ref().map(|i| i.known).unwrap_or(0);
    let range_hint = info.as_ref().and_then(|i| i.range).map(|(lo, hi)| {
        let (from, to) = match info.as_ref().map(|i| i.kind) {
            Some(FeatureKind::Date) => (Date(lo as i32).to_string(), Date(hi as i32).to_string()),
            _ => (short(lo), short(hi)),
        };
        t_with(
            Key::RuleBuilderValues,
            &[("from", Arg::from(from)), ("to", Arg::from(to))],
        )
    });
    let body = match leaf.clone() {
        Condition::Between { feature, min, max } => {
            let (f1, f2, r1, r2) = (feature.clone(), feature, replace.clone(), replace.clone());
            view! {
                <span class="operands">
                    " " {tr(Key::RuleBuilderFrom)} " "
                    <input type="text" inputmode="decimal" class="short" aria-label=tr(Key::RuleBuilderLowest) data-testid="min" prop:value=number_text(min) placeholder=tr(Key::RuleBuilderAny) on:change=move |ev| {
                        r1(Condition::Between { feature: f1.clone(), min: parse_number(&event_target_value(&ev)), max });
                    }/>
                    " " {tr(Key::RuleBuilderTo)} " "
                    <input type="text" inputmode="decimal" class="short" aria-label=tr(Key::RuleBuilderHighest) data-testid="max" prop:value=number_text(max) placeholder=tr(Key::RuleBuilderAny) on:change=move |ev| {
                        r2(Condition::Between { feature: f2.clone(), min, max: parse_number(&event_target_value(&ev)) });
                    }/>
                    {range_hint.map(|h| view! { <span class="hint">" " {h}</span> })}
                </span>
            }
            .into_any()
        }
        Condition::DateBetween { feature, from, to } => {
            let (f1, f2, r1, r2) = (feature.clone(), feature, replace.clone(), replace.clone());
            view! {
                <span class="operands">
                    " " {tr(Key::RuleBuilderFrom)} " "
                    <input type="date" aria-label=tr(Key::RuleBuilderFirstDay) prop:value=from.map(|d| d.to_string()).unwrap_or_default() on:change=move |ev| {
                        r1(Condition::DateBetween { feature: f1.clone(), from: Date::parse_iso(&event_target_value(&ev)), to });
                    }/>
                    " " {tr(Key::RuleBuilderTo)} " "
                    <input type="date" aria-label=tr(Key::RuleBuilderLastDay) prop:value=to.map(|d| d.to_string()).unwrap_or_default() on:change=move |ev| {
                        r2(Condition::DateBetween { feature: f2.clone(), from, to: Date::parse_iso(&event_target_value(&ev)) });
                    }/>
                </span>
            }
            .into_any()
        }
        Condition::In { feature, values } | Condition::NotIn { feature, values } => {
            let negated = matches!(leaf, Condition::NotIn { .. });
            let choices = info.as_ref().map(|i| i.values.clone()).unwrap_or_default();
            let (f1, f2, r1, r2) = (feature.clone(), feature, replace.clone(), replace.clone());
            let chosen = values.clone();
            // The rule keeps the value as the engine writes it ("Monday"); the merchant reads
            // it in the page's language ("Montag").
            let options = choices
                .iter()
                .map(|v| {
                    let (value, feature) = (v.clone(), f2.clone());
                    let shown = move || shown_value(&feature, &value, language());
                    view! { <option value=v.clone() selected=chosen.contains(v)>{shown}</option> }
                })
                .collect_view();
            view! {
                <span class="operands">
                    <select aria-label=tr(Key::RuleBuilderOperator) prop:value=if negated { "not_in" } else { "in" } on:change=move |ev| {
                        let values = values.clone();
                        r1(match event_target_value(&ev).as_str() {
                            "not_in" => Condition::NotIn { feature: f1.clone(), values },
                            "contains" => Condition::Contains { feature: f1.clone(), text: String::new() },
                            _ => Condition::In { feature: f1.clone(), values },
                        });
                    }>
                        <option value="in">{tr(Key::RuleBuilderIsOneOf)}</option>
                        <option value="not_in">{tr(Key::RuleBuilderIsNoneOf)}</option>
                        <option value="contains">{tr(Key::RuleBuilderContains)}</option>
                    </select>
                    <select multiple size="4" class="values" aria-label=tr(Key::RuleBuilderValuesLabel) data-testid="values" on:change=move |ev| {
                        let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else { return };
                        let options = select.selected_options();
                        let values: Vec<String> = (0..options.length())
                            .filter_map(|i| options.item(i))
                            .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                            .map(|o| o.value())
                            .collect();
                        r2(if negated {
                            Condition::NotIn { feature: f2.clone(), values }
                        } else {
                            Condition::In { feature: f2.clone(), values }
                        });
                    }>
                        {options}
                    </select>
                </span>
            }
            .into_any()
        }
        Condition::Contains { feature, text } => {
            let can_list = info.as_ref().is_some_and(|i| !i.values.is_empty());
            let (f1, f2, r1, r2) = (feature.clone(), feature, replace.clone(), replace.clone());
            view! {
                <span class="operands">
                    {can_list.then(|| view! {
                        <select aria-label=tr(Key::RuleBuilderOperator) prop:value="contains" on:change=move |ev| {
                            r1(match event_target_value(&ev).as_str() {
                                "in" => Condition::In { feature: f1.clone(), values: Vec::new() },
                                "not_in" => Condition::NotIn { feature: f1.clone(), values: Vec::new() },
                                _ => Condition::Contains { feature: f1.clone(), text: String::new() },
                            });
                        }>
                            <option value="in">{tr(Key::RuleBuilderIsOneOf)}</option>
                            <option value="not_in">{tr(Key::RuleBuilderIsNoneOf)}</option>
                            <option value="contains">{tr(Key::RuleBuilderContains)}</option>
                        </select>
                    })}
                    {(!can_list).then(|| view! { " " {tr(Key::RuleBuilderContains)} " " })}
                    <input type="text" aria-label=tr(Key::RuleBuilderText) data-testid="contains" prop:value=text on:change=move |ev| {
                        r2(Condition::Contains { feature: f2.clone(), text: event_target_value(&ev) });
                    }/>
                </span>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <div class="condition">
            {picker}
            {body}
            {(known == 0).then(|| view! { <span class="flag">" " {tr(Key::RuleBuilderNobodyHas)}</span> })}
        </div>
    }
    .into_any()
}

/// A value of a range hint: whole numbers with thousands marks, others with two decimals.
fn short(v: f64) -> String {
    if v.fract() == 0.0 {
        decimal(v, 0)
    } else {
        format!("{v:.2}").replace('.', &language().decimal_mark().to_string())
    }
}

/// How many customers and how much revenue each segment of the draft gets, live.
#[component]
fn LiveCounts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let builder = expect_context::<BuilderState>();
    move || {
        let preview = builder.preview.get()?;
        let (customers, currency) = state
            .analysis
            .with(|a| a.as_ref().map(|a| (a.customers, a.currency.clone())))?;
        if let Some(error) = preview.error {
            // The engine's sentence sends the merchant to *Top customers*; here the period
            // is chosen beside the rules.
            let sentence = match error {
                SchemeError::NoSpendPeriod => {
                    language().text(Key::RuleBuilderCountsNeedPeriod, &[])
                }
                other => other.sentence(language()),
            };
            return Some(view! { <section class="panel live-counts" data-testid="live-counts"><p class="flag">{sentence}</p></section> }.into_any());
        }
        let rows = preview
            .segments
            .into_iter()
            .map(|(name, n, revenue)| {
                view! {
                    <tr data-segment=name.clone()>
                        <th scope="row">{name.clone()}</th>
                        <td class="num" data-col="customers">{number(n)}</td>
                        <td class="num">{percent(n as f64 / customers.max(1) as f64)}</td>
                        <td class="num" data-col="revenue">{money(&currency).format_whole(revenue)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="panel live-counts" data-testid="live-counts" aria-live="polite">
                <h3>{tr(Key::RuleBuilderLiveCounts)}</h3>
                <table>
                    <thead><tr>
                        <th>{tr(Key::RuleBuilderColumnSegment)}</th><th class="num">{tr(Key::RuleBuilderColumnCustomers)}</th>
                        <th class="num">{tr(Key::RuleBuilderColumnShare)}</th><th class="num">{tr(Key::RuleBuilderColumnRevenue)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
        .into_any())
    }
}

/// The merchant's saved schemes.
#[component]
fn SavedSchemes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let builder = expect_context::<BuilderState>();
    let update = move |change: &dyn Fn(&mut Vec<Scheme>)| {
        state.saved.update(|s| change(s));
        state.store_schemes();
    };
    move || {
        let saved = state.saved.get();
        let items = saved
            .into_iter()
            .enumerate()
            .map(|(i, scheme)| {
                let (open, download) = (scheme.clone(), scheme.clone());
                view! {
                    <li data-testid=format!("saved-{i}")>
                        <input type="text" aria-label=tr(Key::RuleBuilderSchemeName) prop:value=scheme.name.clone() on:change=move |ev| {
                            let name = event_target_value(&ev);
                            update(&|s| s[i].name = name.clone());
                        }/>
                        <div class="saved-actions">
                            <button class="button small" on:click=move |_| builder.open(open.clone())>{tr(Key::RuleBuilderOpen)}</button>
                            <button class="button small quiet" on:click=move |_| update(&|s| {
                                let mut copy = s[i].clone();
                                copy.name = words::current().text(Key::RuleBuilderCopyName, &[("name", Arg::from(copy.name.as_str()))]);
                                s.insert(i + 1, copy);
                            })>{tr(Key::RuleBuilderDuplicate)}</button>
                            <button class="button small quiet" on:click=move |_| export(state, ExportRequest::SchemeFile(download.clone()))>{tr(Key::RuleBuilderDownload)}</button>
                            <button class="button small quiet" on:click=move |_| update(&|s| { s.remove(i); })>{tr(Key::RuleBuilderDelete)}</button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="panel saved-schemes" data-testid="saved-schemes">
                <h3>{tr(Key::RuleBuilderMySchemes)}</h3>
                <p class="hint">{tr(Key::RuleBuilderSavedHint)}</p>
                <ul>{items}</ul>
            </section>
        }
    }
}
