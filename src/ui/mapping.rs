//! The mapping screen: how the file was read, what each column means, and the choices the
//! merchant can correct before segmenting.

use super::state::{AppState, Phase};
use super::{storage, zone};
use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::reading::{
    human_size, ColumnKind, DateOrder, Encoding, NumberStyle, TimeZone,
};
use segmenter_engine::roles::Role;
use segmenter_engine::session::{ColumnOverview, FileOverview};

/// The file's facts, the column table and the Segment button.
#[component]
pub fn MappingPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let overview = move || state.overview.get();
    let missing = move || state.mapping.with(|m| m.missing());
    let open = move || state.phase.get() == Phase::Mapping;
    view! {
        {move || overview().map(|o| view! {
            <section class="mapping panel" data-testid="mapping">
                <details open=open>
                    <summary>
                        <h2>"How your file was read"</h2>
                        <span class="summary-facts">{facts(&o)}</span>
                    </summary>
                    <FileFacts overview=o.clone()/>
                    <p class="hint">
                        "Check what each column means. Segmenter guessed from the headers and the values; change anything that is wrong."
                    </p>
                    <div class="table-scroll">
                        <table class="columns">
                            <thead>
                                <tr>
                                    <th scope="col">"Column"</th>
                                    <th scope="col">"Examples"</th>
                                    <th scope="col">"Written as"</th>
                                    <th scope="col">"Meaning"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {o.columns.iter().cloned().enumerate().map(|(i, c)| view! { <ColumnRow index=i column=c roles=o.roles.clone()/> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <ReferenceDate/>
                    <ul class="missing">
                        {move || missing().into_iter().map(|m| view! { <li>{m.to_string()}</li> }).collect_view()}
                    </ul>
                    <div class="actions">
                        <button
                            class="button primary"
                            data-testid="segment"
                            disabled=move || !missing().is_empty() || state.phase.get() == Phase::Segmenting
                            on:click=move |_| state.analyze()
                        >
                            "Segment my customers"
                        </button>
                        <button
                            class="button quiet"
                            on:click=move |_| {
                                if let Some(o) = state.overview.get_untracked() {
                                    storage::forget_mapping(&o);
                                    state.mapping.set(o.proposed.clone());
                                }
                            }
                        >
                            "Reset to the suggested meanings"
                        </button>
                    </div>
                </details>
            </section>
        })}
    }
}

fn facts(o: &FileOverview) -> String {
    format!(
        "{} · {} rows · {} · {} separated",
        o.file_name,
        group_thousands(&o.rows.to_string()),
        human_size(o.bytes),
        o.separator
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
        .find(|c| c.format.starts_with("Excel date serial numbers"))
        .map(|c| c.format.contains("1904"));
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
    let browser_label = match zone::browser_zone_name() {
        Some(name) => format!("This browser's: {name} ({browser})"),
        None => format!("This browser's ({browser})"),
    };
    let zones = std::iter::once((String::new(), browser_label, chosen_zone.is_none()))
        .chain(zone::fixed_offsets().into_iter().map(|minutes| {
            let zone = TimeZone::fixed(minutes);
            (minutes.to_string(), zone.to_string(), chosen_zone == Some(zone))
        }))
        .map(|(value, label, selected)| view! { <option value=value selected=selected>{label}</option> })
        .collect_view();
    view! {
        <dl class="facts">
            <dt>"Characters"</dt>
            <dd>
                <select aria-label="Character encoding" data-testid="encoding" on:change=change_encoding>
                    {overview.encodings.iter().map(|(e, label)| {
                        let value = format!("{e:?}");
                        let selected = value == current;
                        view! { <option value=value selected=selected>{label.clone()}</option> }
                    }).collect_view()}
                </select>
            </dd>
            <dt>"Time zone"</dt>
            <dd>
                <select aria-label="The shop's time zone" data-testid="time-zone" on:change=change_zone>
                    {zones}
                </select>
                <span class="hint">" Date-times with an offset (such as 2025-03-01T23:30:00Z) and Unix times fall on this zone's days and hours."</span>
            </dd>
            <dt>"Separator"</dt>
            <dd>{format!("{} ({})", overview.separator, printable(overview.separator_char))}</dd>
            <dt>"Rows"</dt>
            <dd>{format!(
                "{} data rows; {} blank rows skipped; {} rows could not be split into the header's columns",
                group_thousands(&overview.rows.to_string()),
                overview.blank_rows,
                overview.problem_count
            )}</dd>
        </dl>
        {serials.map(|checked| view! {
            <label class="note">
                <input type="checkbox" data-testid="excel-1904" prop:checked=checked on:change=change_1904/>
                " Dates are Excel serial numbers from the 1904 date system (Excel for Mac before 2011): they are 4 years and a day later than read"
            </label>
        })}
        {(overview.repaired_bytes > 0).then(|| view! {
            <p class="note">{format!("{} bytes were not valid UTF-8 and were read as Windows-1252 characters.", overview.repaired_bytes)}</p>
        })}
        {(!problems.is_empty()).then(|| view! {
            <ul class="problems">{problems.into_iter().take(20).map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        })}
    }
}

fn printable(c: char) -> String {
    match c {
        '\t' => "tab".to_string(),
        c => format!("\"{c}\""),
    }
}

/// One column: examples, format and the role chooser.
#[component]
fn ColumnRow(index: usize, column: ColumnOverview, roles: Vec<(Role, String)>) -> impl IntoView {
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
                {column.format.clone()}
                <ConventionChooser index=index column=column.clone()/>
            </td>
            <td>
                <select aria-label=format!("Meaning of column {name}") data-testid=format!("role-{index}") on:change=on_role>
                    <option value="" selected=move || role().is_none()>"— not used —"</option>
                    {roles.into_iter().map(|(r, label)| {
                        let value = format!("{r:?}");
                        view! { <option value=value selected=move || role() == Some(r)>{label}</option> }
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
                <select class="convention" aria-label="Decimal separator" on:change=on_change>
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
                    {undecided.then(|| view! { <p>"Every date here fits both orders. Which is right?"</p> })}
                    <select aria-label="Date order" data-testid=format!("date-order-{index}") on:change=on_change>
                        <option value="day" selected=move || current() == Some(DateOrder::DayFirst)>"Day first (31/12/2024)"</option>
                        <option value="month" selected=move || current() == Some(DateOrder::MonthFirst)>"Month first (12/31/2024)"</option>
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
            "Measure recency as of "
            <input
                type="date"
                data-testid="reference-date"
                prop:value=value
                max=super::today().map(|d| d.to_string())
                on:change=move |ev| state.reference.set(Date::parse_iso(&event_target_value(&ev)))
            />
            " (leave empty for the day after the latest order)"
        </label>
    }
}
