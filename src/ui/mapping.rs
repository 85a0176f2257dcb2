//! The mapping screen: how the file was read, what each column means, and the choices the
//! merchant can correct before segmenting.

use super::state::{AppState, Phase};
use super::words::{language, size, t, t_with, tr};
use super::zone;
use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::reading::{
    separator_label, ColumnKind, DateOrder, Encoding, NumberStyle, NumericDates, TimeZone,
};
use segmenter_engine::roles::Role;
use segmenter_engine::session::{ColumnOverview, FileOverview};
use segmenter_words::{Arg, Key, Sentence};
use web_sys::HtmlDetailsElement;

/// The file's facts, the column table and the Segment button.
#[component]
pub fn MappingPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let overview = move || state.overview.get();
    let open = move || state.phase.get() == Phase::Mapping;
    // What the panel holds is drawn once it has been open for the file, and kept while the
    // file is read again with other choices: a merchant whose columns are remembered goes
    // on to the segments with it closed, and its 560 elements (a menu of meanings per
    // column) were drawn while the file was being analysed, for no one to see.
    let opened_for = RwSignal::new(None::<u32>);
    view! {
        {move || overview().map(|o| {
            let file = state.files_opened();
            // A memo, so the body is drawn again only when it is shown or hidden: drawn
            // again at each change of phase, the file being read again after a click would
            // redraw it from the overview before, undoing the click until the new one came.
            let shown = Memo::new(move |_| open() || opened_for.get() == Some(file));
            view! {
                <section class="mapping panel" data-testid="mapping">
                    <details
                        open=open
                        on:toggle=move |ev| {
                            // Sent too when the panel is drawn open, for the columns to
                            // be confirmed.
                            if event_target::<HtmlDetailsElement>(&ev).open() {
                                opened_for.set(Some(file));
                            }
                        }
                    >
                        <summary>
                            <h2>{tr(Key::MappingTitle)}</h2>
                            <span class="summary-facts">{
                                let o = o.clone();
                                move || facts(&o)
                            }</span>
                        </summary>
                        {move || shown.get().then(|| body(o.clone()))}
                    </details>
                </section>
            }
        })}
    }
}

/// The panel's body: the file's facts, the columns' table, the reference date and the
/// Segment button.
fn body(o: FileOverview) -> impl IntoView {
    let state = expect_context::<AppState>();
    let missing = move || state.mapping.with(|m| m.missing());
    view! {
        <FileFacts overview=o.clone()/>
        <p class="hint">{tr(Key::MappingHint)}</p>
        <div class="table-scroll">
            <table class="columns">
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::MappingColumn)}</th>
                        <th scope="col">{tr(Key::MappingExamples)}</th>
                        <th scope="col">{tr(Key::MappingWrittenAs)}</th>
                        <th scope="col">{tr(Key::MappingMeaning)}</th>
                    </tr>
                </thead>
                <tbody>
                    {o.columns.iter().cloned().enumerate().map(|(i, c)| view! { <ColumnRow index=i column=c/> }).collect_view()}
                </tbody>
            </table>
        </div>
        <ReferenceDate/>
        // Stays in sight at the foot of the window while the columns scroll past: an export
        // of sixty columns puts the end of the table three screens down.
        <div class="mapping-actions">
            <ul class="missing">
                {move || missing().into_iter().map(|m| view! { <li>{m.sentence(language())}</li> }).collect_view()}
            </ul>
            <div class="actions">
                <button
                    class="button primary"
                    data-testid="segment"
                    disabled=move || !missing().is_empty() || state.phase.get() == Phase::Segmenting
                    on:click=move |_| state.confirm()
                >
                    {tr(Key::MappingSegment)}
                </button>
                <button
                    class="button quiet"
                    on:click=move |_| state.forget_mapping()
                >
                    {tr(Key::MappingReset)}
                </button>
            </div>
        </div>
    }
}

/// The summary line: name, rows, size and separator, in the page's language.
fn facts(o: &FileOverview) -> String {
    t_with(
        Key::MappingFacts,
        &[
            ("file", Arg::from(o.file_name.as_str())),
            ("rows", Arg::Count(o.rows as u64)),
            ("size", Arg::from(size(o.bytes))),
            (
                "separator",
                Arg::from(separator_label(o.separator, language())),
            ),
        ],
    )
}

/// Encoding, separator, blank and rejected rows, with the encoding changeable.
#[component]
fn FileFacts(overview: FileOverview) -> impl IntoView {
    let state = expect_context::<AppState>();
    let change_encoding = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let encoding = Encoding::ALL
            .into_iter()
            .find(|e| format!("{e:?}") == value);
        state.reread(|o| o.encoding = encoding);
    };
    let current = format!("{:?}", overview.encoding);
    let problems = overview.problems.clone();
    // Excel serial numbers count from 1900, or from 1904 in files from Excel for Mac (before
    // 2011) or with "Use 1904 date system" set: the numbers alone cannot tell, the merchant can.
    let serials = overview
        .columns
        .iter()
        .find_map(|c| c.format.excel_serials())
        .map(|kind| kind == NumericDates::Excel1904);
    let change_1904 = move |ev: leptos::ev::Event| {
        let excel_1904 = event_target_checked(&ev);
        state.reread(|o| o.excel_1904 = excel_1904);
    };
    // The file is read again in the zone chosen (which reading takes from the preferences),
    // with every other choice as it was.
    let change_zone = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let chosen = value.parse::<i32>().ok().map(TimeZone::fixed);
        state.change_preferences(|p| p.time_zone = chosen);
        state.reread(|_| {});
    };
    let chosen_zone = state.preferences.with_untracked(|p| p.time_zone);
    let browser = zone::browser_zone();
    let browser_name = zone::browser_zone_name();
    let browser_label = move || {
        let offset = Arg::from(browser.to_string());
        match &browser_name {
            Some(name) => t_with(
                Key::MappingBrowserZoneNamed,
                &[("name", Arg::from(name.as_str())), ("offset", offset)],
            ),
            None => t_with(Key::MappingBrowserZone, &[("offset", offset)]),
        }
    };
    let browser_option =
        view! { <option value="" selected=chosen_zone.is_none()>{browser_label}</option> };
    let zones = zone::fixed_offsets()
        .into_iter()
        .map(|minutes| {
            let zone = TimeZone::fixed(minutes);
            (minutes.to_string(), zone.to_string(), chosen_zone == Some(zone))
        })
        .map(|(value, label, selected)| view! { <option value=value selected=selected>{label}</option> })
        .collect_view();
    let separator = overview.separator;
    let (rows, blank_rows, problem_count) =
        (overview.rows, overview.blank_rows, overview.problem_count);
    let repaired_bytes = overview.repaired_bytes;
    view! {
        <dl class="facts">
            <dt>{tr(Key::MappingCharacters)}</dt>
            <dd>
                <select aria-label=tr(Key::MappingEncodingLabel) data-testid="encoding" on:change=change_encoding>
                    {Encoding::ALL.into_iter().map(|e| {
                        let value = format!("{e:?}");
                        let selected = value == current;
                        view! { <option value=value selected=selected>{move || e.label(language())}</option> }
                    }).collect_view()}
                </select>
            </dd>
            <dt>{tr(Key::MappingTimeZone)}</dt>
            <dd>
                <select aria-label=tr(Key::MappingTimeZoneLabel) data-testid="time-zone" on:change=change_zone>
                    {browser_option}
                    {zones}
                </select>
                <span class="hint">" "{tr(Key::MappingTimeZoneHint)}</span>
            </dd>
            <dt>{tr(Key::MappingSeparator)}</dt>
            <dd>{move || t_with(
                Key::MappingSeparatorValue,
                &[
                    ("separator", Arg::from(separator_label(separator, language()))),
                    ("character", Arg::from(printable(separator))),
                ],
            )}</dd>
            <dt>{tr(Key::MappingRows)}</dt>
            <dd>{move || t_with(
                Key::MappingRowsValue,
                &[
                    ("rows", Arg::Count(rows as u64)),
                    ("blank", Arg::Count(blank_rows)),
                    ("problems", Arg::Count(problem_count as u64)),
                ],
            )}</dd>
        </dl>
        {serials.map(|checked| view! {
            <label class="note">
                <input type="checkbox" data-testid="excel-1904" prop:checked=checked on:change=change_1904/>
                " "{tr(Key::MappingExcel1904)}
            </label>
        })}
        {(repaired_bytes > 0).then(|| view! {
            <p class="note">{move || t_with(Key::MappingRepaired, &[("count", Arg::Count(repaired_bytes))])}</p>
        })}
        {(!problems.is_empty()).then(|| view! {
            <ul class="problems">{problems.into_iter().take(20).map(|p| view! { <li>{move || p.sentence(language())}</li> }).collect_view()}</ul>
        })}
    }
}

/// The separator character as the merchant can see it: quoted, or named when invisible.
fn printable(c: char) -> String {
    match c {
        '\t' => t(Key::MappingTab),
        c => t_with(
            Key::MappingQuoted,
            &[("character", Arg::from(c.to_string()))],
        ),
    }
}

/// One column: examples, format and the role chooser.
#[component]
fn ColumnRow(index: usize, column: ColumnOverview) -> impl IntoView {
    let state = expect_context::<AppState>();
    let role = move || {
        state
            .mapping
            .with(|m| m.columns.get(index).and_then(|c| c.role))
    };
    let on_role = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let chosen = Role::ALL.into_iter().find(|r| format!("{r:?}") == value);
        state.mapping.update(|m| m.assign(index, chosen));
    };
    let examples = column.examples.join(" · ");
    let name = column.name.clone();
    view! {
        <tr class:unused=move || role().is_none()>
            <th scope="row">{column.name.clone()}</th>
            <td class="examples">{examples}</td>
            <td>
                {move || column.format.label(language())}
                <ConventionChooser index=index column=column.clone()/>
            </td>
            <td>
                <select
                    aria-label=move || t_with(Key::MappingMeaningOf, &[("column", Arg::from(name.as_str()))])
                    data-testid=format!("role-{index}")
                    on:change=on_role
                >
                    <option value="" selected=move || role().is_none()>{tr(Key::MappingNotUsed)}</option>
                    {Role::ALL.into_iter().map(|r| {
                        let value = format!("{r:?}");
                        view! { <option value=value selected=move || role() == Some(r)>{move || r.label(language())}</option> }
                    }).collect_view()}
                </select>
            </td>
        </tr>
    }
}

/// Decimal comma or point, day or month first: shown where the reader had to decide.
#[component]
fn ConventionChooser(index: usize, column: ColumnOverview) -> impl IntoView {
    let state = expect_context::<AppState>();
    match column.kind {
        ColumnKind::Number => {
            let current = move || {
                state
                    .mapping
                    .with(|m| m.columns.get(index).and_then(|c| c.number_style))
                    .or(column.number_style)
            };
            let on_change = move |ev: leptos::ev::Event| {
                let style = match event_target_value(&ev).as_str() {
                    "comma" => NumberStyle::DecimalComma,
                    _ => NumberStyle::DecimalPoint,
                };
                state.mapping.update(|m| {
                    if let Some(c) = m.columns.get_mut(index) {
                        c.number_style = Some(style);
                    }
                });
            };
            view! {
                <select class="convention" aria-label=tr(Key::MappingDecimalSeparator) on:change=on_change>
                    <option value="point" selected=move || current() == Some(NumberStyle::DecimalPoint)>"1,234.50"</option>
                    <option value="comma" selected=move || current() == Some(NumberStyle::DecimalComma)>"1.234,50"</option>
                </select>
            }
            .into_any()
        }
        ColumnKind::Date if column.date_order.is_some() => {
            let current = move || {
                state
                    .mapping
                    .with(|m| m.columns.get(index).and_then(|c| c.date_order))
                    .or(column.date_order)
            };
            let on_change = move |ev: leptos::ev::Event| {
                let order = match event_target_value(&ev).as_str() {
                    "month" => DateOrder::MonthFirst,
                    _ => DateOrder::DayFirst,
                };
                state.mapping.update(|m| {
                    if let Some(c) = m.columns.get_mut(index) {
                        c.date_order = Some(order);
                    }
                });
            };
            let undecided = column.date_order_undecided;
            view! {
                <div class="convention" class:ask=undecided>
                    {undecided.then(|| view! { <p>{tr(Key::MappingDateBoth)}</p> })}
                    <select aria-label=tr(Key::MappingDateOrder) data-testid=format!("date-order-{index}") on:change=on_change>
                        <option value="day" selected=move || current() == Some(DateOrder::DayFirst)>{tr(Key::MappingDayFirst)}</option>
                        <option value="month" selected=move || current() == Some(DateOrder::MonthFirst)>{tr(Key::MappingMonthFirst)}</option>
                    </select>
                </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}

/// The date recency is measured from.
#[component]
fn ReferenceDate() -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || {
        state
            .reference
            .get()
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    view! {
        <label class="reference">
            {tr(Key::MappingRecencyAsOf)}" "
            <input
                type="date"
                data-testid="reference-date"
                prop:value=value
                max=super::today().map(|d| d.to_string())
                on:change=move |ev| state.reference.set(Date::parse_iso(&event_target_value(&ev)))
            />
            " "{tr(Key::MappingRecencyEmpty)}
        </label>
    }
}
