//! The scheme bar: which segmentation is on show, its options, a second scheme to split
//! each segment by, and saving, sharing and importing schemes.

use super::download::export;
use super::period_select::{in_months_or_option, offered_years, PeriodSelect};
use super::picker::{chosen_file, small_file_bytes};
use super::rule_builder::BuilderState;
use super::state::AppState;
use super::tabs::{Tab, Tabs};
use super::words::{self, count, t, t_with, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::{Date, Weekday};
use segmenter_engine::export::sql::Dialect;
use segmenter_engine::features::seasons::{kept_name, Occasion, Season};
use segmenter_engine::features::Period;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::{CatalogEntry, Family, GeoLevel, Preset};
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::session::{Answer, ExportRequest, Request};
use segmenter_words::{Arg, Key, MONTHS};

/// Families in the order the picker lists them.
const FAMILIES: [(Family, Key); 5] = [
    (Family::Rfm, Key::SchemeBarFamilyRfm),
    (Family::Value, Key::SchemeBarFamilyValue),
    (Family::Geography, Key::SchemeBarFamilyPlaces),
    (Family::Demographic, Key::SchemeBarFamilyWho),
    (Family::Behaviour, Key::SchemeBarFamilyHow),
];

/// A weekday's name in the page's language.
fn weekday_name(day: Weekday) -> String {
    t(match day {
        Weekday::Mon => Key::SchemeBarMonday,
        Weekday::Tue => Key::SchemeBarTuesday,
        Weekday::Wed => Key::SchemeBarWednesday,
        Weekday::Thu => Key::SchemeBarThursday,
        Weekday::Fri => Key::SchemeBarFriday,
        Weekday::Sat => Key::SchemeBarSaturday,
        Weekday::Sun => Key::SchemeBarSunday,
    })
}

/// The scheme a choice starts from (the outer one of a subdivided scheme).
fn outer(choice: &SchemeChoice) -> &SchemeChoice {
    match choice {
        SchemeChoice::Subdivided(outer, _) => outer,
        other => other,
    }
}

/// The picker's value for a choice: `p:<preset key>`, `s:<saved index>` or `custom`.
fn picker_value(choice: &SchemeChoice, saved: &[Scheme]) -> String {
    match outer(choice) {
        SchemeChoice::Preset(p) => format!("p:{}", p.key()),
        SchemeChoice::Custom(s) => saved
            .iter()
            .position(|x| x.same_rules(s))
            .map_or("custom".to_string(), |i| format!("s:{i}")),
        SchemeChoice::Subdivided(..) => "custom".to_string(),
    }
}

/// The choice a picker value stands for.
pub(super) fn chosen(
    value: &str,
    catalog: &[CatalogEntry],
    saved: &[Scheme],
) -> Option<SchemeChoice> {
    if let Some(key) = value.strip_prefix("p:") {
        let entry = catalog.iter().find(|e| e.preset.key() == key)?;
        return Some(SchemeChoice::Preset(entry.preset.clone()));
    }
    let i: usize = value.strip_prefix("s:")?.parse().ok()?;
    saved.get(i).cloned().map(SchemeChoice::Custom)
}

/// Options of a picker, grouped by family; unavailable schemes say why. Called inside a
/// view's closure, the families' names follow the page's language.
pub(super) fn options(
    catalog: &[CatalogEntry],
    saved: &[Scheme],
    extra: Option<(String, String)>,
) -> impl IntoView {
    let groups = FAMILIES
        .iter()
        .map(|&(family, label)| {
            let entries = catalog
                .iter()
                .filter(|e| e.family == family)
                .map(|e| {
                    let text = match &e.unavailable {
                        Some(why) => t_with(
                            Key::SchemeBarUnavailable,
                            &[
                                ("scheme", Arg::from(e.name.as_str())),
                                ("why", Arg::from(super::words::language().in_sentence(why.trim_end_matches('.')))),
                            ],
                        ),
                        None => e.name.clone(),
                    };
                    view! {
                        <option value=format!("p:{}", e.preset.key()) disabled=e.unavailable.is_some()>{text}</option>
                    }
                })
                .collect_view();
            view! { <optgroup label=t(label)>{entries}</optgroup> }
        })
        .collect_view();
    let mine = (!saved.is_empty()).then(|| {
        let entries = saved
            .iter()
            .enumerate()
            .map(|(i, s)| view! { <option value=format!("s:{i}")>{s.name.clone()}</option> })
            .collect_view();
        view! { <optgroup label=t(Key::SchemeBarMySchemes)>{entries}</optgroup> }
    });
    let extra = extra.map(|(value, label)| view! { <option value=value>{label}</option> });
    view! { {extra} {groups} {mine} }
}

/// The bar above the results views.
#[component]
pub fn SchemeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let builder = expect_context::<BuilderState>();
    let tabs = Tabs::get();
    let picker = move || {
        let catalog = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.catalog.clone()))?;
        let saved = state.saved.get();
        let current = state.scheme.get()?;
        let value = picker_value(&current.choice, &saved);
        let extra =
            (value == "custom").then(|| ("custom".to_string(), current.scheme.name.clone()));
        // The built-in scheme on show, split or not, is offered by its name with the
        // options it is shown with (tiers over the period picked), not the catalogue's.
        let listed = match outer(&current.choice) {
            SchemeChoice::Preset(on_show) => (catalog.iter().cloned())
                .map(|mut e| {
                    if e.preset.key() == on_show.key() {
                        e.name.clone_from(&current.picked);
                    }
                    e
                })
                .collect(),
            _ => catalog.clone(),
        };
        let on_change = {
            let (catalog, saved) = (catalog.clone(), saved.clone());
            move |ev: leptos::ev::Event| {
                if let Some(choice) = chosen(&event_target_value(&ev), &catalog, &saved) {
                    state.segment(choice);
                }
            }
        };
        Some(view! {
            <label class="field">
                <span>{tr(Key::SchemeBarSegmentBy)}</span>
                <select data-testid="scheme-picker" prop:value=value.clone() on:change=on_change>
                    {options(&listed, &saved, extra)}
                </select>
            </label>
        })
    };
    let subdivide = move || {
        let catalog = state
            .analysis
            .with(|a| a.as_ref().map(|a| a.catalog.clone()))?;
        let saved = state.saved.get();
        let current = state.scheme.get()?;
        let value = match &current.choice {
            SchemeChoice::Subdivided(_, inner) => picker_value(inner, &saved),
            _ => String::new(),
        };
        let base = outer(&current.choice).clone();
        let on_change = {
            let (catalog, saved) = (catalog.clone(), saved.clone());
            move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                match chosen(&value, &catalog, &saved) {
                    Some(inner) => state.segment(SchemeChoice::Subdivided(
                        Box::new(base.clone()),
                        Box::new(inner),
                    )),
                    None => state.segment(base.clone()),
                }
            }
        };
        Some(view! {
            <label class="field">
                <span>{tr(Key::SchemeBarSplitBy)}</span>
                <select data-testid="subdivide-picker" prop:value=value on:change=on_change>
                    {options(&catalog, &saved, Some((String::new(), t(Key::SchemeBarSplitByNothing))))}
                </select>
            </label>
        })
    };
    let timing = move || {
        let customers = state.analysis.with(|a| a.as_ref().map(|a| a.customers))?;
        let busy = state.engine.busy.get();
        Some(match (busy, state.last_run.get()) {
            (Some(what), _) => t(what),
            (None, Some(ms)) => t_with(
                Key::SchemeBarRunTime,
                &[
                    ("count", count(customers)),
                    ("ms", Arg::Count(ms.max(1.0).round() as u64)),
                ],
            ),
            (None, None) => String::new(),
        })
    };
    let on_import = move |ev: leptos::ev::Event| {
        if let Some(file) = chosen_file(&ev) {
            spawn_local(async move {
                let bytes = match small_file_bytes(&file).await {
                    Ok(bytes) => bytes,
                    Err(why) => return state.error.set(Some(why.into())),
                };
                match state.engine.ask(Request::ImportScheme(bytes)).await {
                    Ok(Answer::SchemeImported(scheme)) => {
                        state.save_scheme(scheme.clone());
                        builder.open(scheme.clone());
                        state.segment(SchemeChoice::Custom(scheme));
                    }
                    Ok(_) => {}
                    Err(e) => state.show_error(&e),
                }
            });
        }
    };
    view! {
        <section class="scheme-bar" data-testid="scheme-bar">
            <div class="scheme-choice">
                {picker}
                {subdivide}
                <p class="run-time" data-testid="run-time" aria-live="polite">{timing}</p>
            </div>
            <PresetOptions/>
            <div class="scheme-actions">
                <button class="button small" data-testid="edit-rules" on:click=move |_| {
                    if let Some(s) = state.scheme.get_untracked() {
                        builder.open(s.scheme);
                        tabs.show(Tab::Builder);
                    }
                }>{tr(Key::SchemeBarEditRules)}</button>
                <button class="button small" data-testid="save-scheme" on:click=move |_| {
                    if let Some(s) = state.scheme.get_untracked() {
                        state.save_scheme(s.scheme);
                    }
                }>{tr(Key::SchemeBarSave)}</button>
                <button class="button small quiet" data-testid="export-scheme" on:click=move |_| export(state, ExportRequest::Scheme)>
                    {tr(Key::SchemeBarDownload)}
                </button>
                <label class="button small quiet">
                    {tr(Key::SchemeBarImport)}
                    <input type="file" accept=".json,application/json" data-testid="import-scheme" on:change=on_import/>
                </label>
                <button class="button small quiet" on:click=move |_| export(state, ExportRequest::Summary)>
                    {tr(Key::SchemeBarDownloadSummary)}
                </button>
                <Warehouse/>
            </div>
        </section>
    }
}

/// "Run this in your warehouse": the scheme on show as SQL for the engine the merchant
/// picks, to segment every customer of a warehouse table the same way.
#[component]
fn Warehouse() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dialect = RwSignal::new(Dialect::DuckDb);
    let dialects = Dialect::ALL
        .into_iter()
        .map(|d| view! { <option value=d.key()>{d.to_string()}</option> })
        .collect_view();
    view! {
        <span class="warehouse">
            <label>
                {tr(Key::SchemeBarWarehouse)} " "
                <select
                    data-testid="warehouse-dialect"
                    on:change=move |ev| {
                        if let Some(d) = Dialect::named(&event_target_value(&ev)) {
                            dialect.set(d);
                        }
                    }
                >
                    {dialects}
                </select>
            </label>
            <button
                class="button small quiet"
                data-testid="export-sql"
                on:click=move |_| export(state, ExportRequest::Sql(dialect.get_untracked()))
            >
                {tr(Key::SchemeBarDownloadSql)}
            </button>
        </span>
    }
}

/// The options of the built-in scheme on show: the period of spend tiers, how many areas,
/// age or size bands, the season calendar.
#[component]
fn PresetOptions() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Redrawn when another scheme or date is on show, not each time the segments are made
    // again (which would close the tiers' date fields as they are typed in).
    let shown = Memo::new(move |_| {
        let choice = state
            .scheme
            .with(|s| s.as_ref().map(|s| s.choice.clone()))?;
        let reference = state.analysis.with(|a| a.as_ref().map(|a| a.reference))?;
        Some((choice, reference))
    });
    move || {
        let (choice, reference) = shown.get()?;
        let SchemeChoice::Preset(preset) = outer(&choice).clone() else {
            return None;
        };
        let inner = match &choice {
            SchemeChoice::Subdivided(_, inner) => Some((**inner).clone()),
            _ => None,
        };
        // Applies new parameters, keeping any subdivision.
        let apply = move |preset: Preset| {
            let base = SchemeChoice::Preset(preset);
            state.segment(match &inner {
                Some(inner) => SchemeChoice::Subdivided(Box::new(base), Box::new(inner.clone())),
                None => base,
            });
        };
        Some(match preset {
            Preset::ValueTiers { period } => {
                let apply = apply.clone();
                view! { <PeriodOptions period reference apply/> }.into_any()
            }
            Preset::Geography { level, prefix, top } => {
                let apply_prefix = apply.clone();
                view! {
                <div class="preset-options">
                    <label class="field">
                        <span>{tr(Key::SchemeBarAreas)}</span>
                        <input type="number" min="1" max="50" prop:value=top.to_string() on:change=move |ev| {
                            let asked = kept_in_field(&ev, top, |n| n.clamp(1, 50));
                            if asked != top {
                                apply(Preset::Geography { level, prefix, top: asked });
                            }
                        }/>
                    </label>
                    {(level == GeoLevel::PostalCode).then(|| view! {
                        <label class="field">
                            <span>{tr(Key::SchemeBarPostalPrefix)}</span>
                            <input type="number" min="0" max="10" data-testid="postal-prefix" prop:value=prefix.to_string() on:change=move |ev| {
                                let asked = kept_in_field(&ev, prefix, |n| n.min(10));
                                if asked != prefix {
                                    apply_prefix(Preset::Geography { level, prefix: asked, top });
                                }
                            }/>
                        </label>
                    })}
                </div>
            }
            .into_any()
            }
            Preset::AgeBands { edges } => {
                let apply = apply.clone();
                view! {
                    <BandOptions edges label=Key::SchemeBarAgeBands make=move |edges| apply(Preset::AgeBands { edges })/>
                }
                .into_any()
            }
            Preset::CompanySize { edges } => {
                let apply = apply.clone();
                view! {
                    <BandOptions edges label=Key::SchemeBarSizeBands make=move |edges| apply(Preset::CompanySize { edges })/>
                }
                .into_any()
            }
            Preset::Seasonal { seasons } => view! { <SeasonCalendar seasons/> }.into_any(),
            _ => ().into_any(),
        })
    }
}

/// The whole number typed in the field `ev` changed, brought within bounds by `within`,
/// else `current`; written back in the field, which is not drawn again while the same
/// scheme stays on show, so that it shows the number applied.
fn kept_in_field(ev: &leptos::ev::Event, current: usize, within: impl Fn(usize) -> usize) -> usize {
    let field = event_target::<web_sys::HtmlInputElement>(ev);
    let kept = field.value().trim().parse().map_or(current, within);
    field.set_value(&kept.to_string());
    kept
}

/// The period spend tiers count: the last 12 or 24 months, a calendar year, or any dates.
#[component]
fn PeriodOptions(
    period: Period,
    reference: Date,
    apply: impl Fn(Preset) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let offered = [Period::Last { days: 365 }, Period::Last { days: 730 }]
        .into_iter()
        .chain(offered_years(reference).map(|year| Period::Year { year }))
        .collect();
    let named = move |period| in_months_or_option(period, reference);
    // Tiers always have a period: the select offers no other choice.
    let pick = move |period: Option<Period>| {
        if let Some(period) = period {
            apply(Preset::ValueTiers { period });
        }
    };
    view! {
        <div class="preset-options">
            <PeriodSelect
                label=Key::SchemeBarPeriod
                testid="tier-period"
                offered
                named
                chosen=Some(period)
                reference
                pick
            />
        </div>
    }
}

/// Editable band edges, typed as a list: "25, 35, 45".
#[component]
fn BandOptions(edges: Vec<f64>, label: Key, make: impl Fn(Vec<f64>) + 'static) -> impl IntoView {
    let text = edges
        .iter()
        .map(|e| format!("{e:.0}"))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <div class="preset-options">
            <label class="field">
                <span>{tr(label)}</span>
                <input type="text" prop:value=text data-testid="band-edges" on:change=move |ev| {
                    let edges: Vec<f64> = event_target_value(&ev)
                        .split([',', ';', ' '])
                        .filter_map(|p| p.trim().parse::<f64>().ok())
                        .collect();
                    if !edges.is_empty() {
                        make(edges);
                    }
                }/>
            </label>
        </div>
    }
}

/// The buying seasons measured for every customer, editable: name, occasion and how many
/// days before it count.
#[component]
fn SeasonCalendar(seasons: Vec<Season>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let edited = RwSignal::new(seasons);
    let open = RwSignal::new(false);
    let rows = move || {
        edited
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, season)| {
                let set = move |change: &dyn Fn(&mut Season)| edited.update(|s| change(&mut s[i]));
                let occasion = match season.occasion.clone() {
                    Occasion::BlackFridayWeekend => view! { <span>{t(Key::SchemeBarBlackFriday)}</span> }.into_any(),
                    Occasion::Fixed { month, day } => view! {
                        <span>
                            <input type="number" min="1" max="31" class="short" prop:value=day.to_string() aria-label=t(Key::SchemeBarDay) on:change=move |ev| {
                                if let Ok(day) = event_target_value(&ev).parse() {
                                    set(&|s| s.occasion = Occasion::Fixed { month, day });
                                }
                            }/>
                            {month_select(month, move |month| set(&|s| s.occasion = Occasion::Fixed { month, day }))}
                        </span>
                    }
                    .into_any(),
                    Occasion::NthWeekday { month, weekday, n } => view! {
                        <span>
                            <select aria-label=t(Key::SchemeBarWhich) prop:value=n.to_string() on:change=move |ev| {
                                if let Ok(n) = event_target_value(&ev).parse() {
                                    set(&|s| s.occasion = Occasion::NthWeekday { month, weekday, n });
                                }
                            }>
                                {[Key::SchemeBarFirst, Key::SchemeBarSecond, Key::SchemeBarThird, Key::SchemeBarFourth].iter().enumerate().map(|(k, &w)| view! { <option value=(k + 1).to_string()>{t(w)}</option> }).collect_view()}
                            </select>
                            <select aria-label=t(Key::SchemeBarWeekday) prop:value=weekday.name() on:change=move |ev| {
                                let name = event_target_value(&ev);
                                if let Some(weekday) = Weekday::ALL.iter().copied().find(|w| w.name() == name) {
                                    set(&|s| s.occasion = Occasion::NthWeekday { month, weekday, n });
                                }
                            }>
                                {Weekday::ALL.iter().map(|&w| view! { <option value=w.name()>{weekday_name(w)}</option> }).collect_view()}
                            </select>
                            " " {t(Key::SchemeBarOf)} " "
                            {month_select(month, move |month| set(&|s| s.occasion = Occasion::NthWeekday { month, weekday, n }))}
                        </span>
                    }
                    .into_any(),
                };
                view! {
                    <tr>
                        // A built-in season is shown in the page's language and kept under its
                        // English name (its features' id), unless the merchant renames it.
                        <td><input type="text" prop:value=season.shown_name(words::language()) aria-label=t(Key::SchemeBarSeasonName) on:change=move |ev| {
                            let name = kept_name(&event_target_value(&ev), words::current());
                            set(&|s| s.name = name.clone());
                        }/></td>
                        <td>{occasion}</td>
                        <td><input type="number" min="1" max="90" class="short" prop:value=season.days_before.to_string() aria-label=t(Key::SchemeBarDaysCountedLabel) on:change=move |ev| {
                            if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                                set(&|s| s.days_before = days.clamp(1, 90));
                            }
                        }/></td>
                        <td><button class="button small quiet" on:click=move |_| edited.update(|s| { s.remove(i); })>{t(Key::SchemeBarRemove)}</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="preset-options">
            <button class="button small" data-testid="edit-seasons" on:click=move |_| open.update(|o| *o = !*o)>
                {tr(Key::SchemeBarEditSeasons)}
            </button>
            <Show when=move || open.get()>
                <div class="season-calendar">
                    <table>
                        <thead><tr>
                            <th>{tr(Key::SchemeBarSeason)}</th><th>{tr(Key::SchemeBarOccasion)}</th>
                            <th>{tr(Key::SchemeBarDaysCounted)}</th><th></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <div class="actions">
                        <button class="button small" on:click=move |_| edited.update(|s| s.push(Season {
                            name: words::current().text(Key::SchemeBarNewSeason, &[]),
                            occasion: Occasion::Fixed { month: 7, day: 15 },
                            days_before: 14,
                        }))>{tr(Key::SchemeBarAddSeason)}</button>
                        <button class="button small primary" data-testid="apply-seasons" on:click=move |_| state.analyze_seasons(edited.get_untracked())>
                            {tr(Key::SchemeBarMeasureSeasons)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

fn month_select(month: u32, on_pick: impl Fn(u32) + 'static) -> impl IntoView {
    view! {
        <select aria-label=t(Key::SchemeBarMonth) prop:value=month.to_string() on:change=move |ev| {
            if let Ok(m) = event_target_value(&ev).parse() {
                on_pick(m);
            }
        }>
            {MONTHS.iter().enumerate().map(|(i, &m)| view! { <option value=(i + 1).to_string()>{t(m)}</option> }).collect_view()}
        </select>
    }
}
