//! The select of a period of spend that spend tiers, the rule builder and *Top customers*
//! share: the periods its caller offers, the one chosen if it is none of them, and two
//! dates of the merchant's own; and how those periods are named.

use super::words::{language, t, t_with, tr};
use leptos::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::features::values::capitalized;
use segmenter_engine::features::Period;
use segmenter_words::{Arg, Key};

/// The calendar years offered, latest first: the year of the last day counted (the day
/// before the reference date) and the three before it.
pub(super) fn offered_years(reference: Date) -> [i32; 4] {
    let last = reference.plus_days(-1).year();
    [last, last - 1, last - 2, last - 3]
}

/// "Calendar year 2025": the year as it is, without thousands marks.
fn calendar_year(year: i32) -> String {
    t_with(
        Key::PeriodCalendarYear,
        &[("year", Arg::from(year.to_string()))],
    )
}

/// How a period is offered in a select: "Calendar year 2024", "The 90 days before
/// 1 July 2025", "1 March 2024 to 31 August 2024".
pub(super) fn period_option(period: Period, reference: Date) -> String {
    match period {
        Period::Year { year } => calendar_year(year),
        other => capitalized(&other.label(reference, language())),
    }
}

/// How a period is offered where the usual ones are counted in months (spend tiers, *Top
/// customers*): "The last 12 months", "The last 24 months", any other as
/// [`period_option`] offers it.
pub(super) fn in_months_or_option(period: Period, reference: Date) -> String {
    match period {
        Period::Last { days: 365 } => t(Key::PeriodLast12Months),
        Period::Last { days: 730 } => t(Key::PeriodLast24Months),
        other => period_option(other, reference),
    }
}

/// What the results' date leaves of `period`, in words, when it cuts it short or comes
/// before it: orders from that date on are left out of everything, so the period's days
/// alone would promise spend that is not counted.
fn cut_short(period: Period, reference: Date) -> Option<String> {
    let (first, last) = period.days(reference);
    let day = |d: Date| Arg::from(d.written(language()));
    // A period of no days (the last 0 days, which a scheme file may name) has nothing to cut.
    if first > last {
        None
    } else if first >= reference {
        Some(t_with(
            Key::PeriodAfterReference,
            &[("reference", day(reference))],
        ))
    } else if last >= reference {
        let counted = [
            ("reference", day(reference)),
            ("last", day(reference.plus_days(-1))),
        ];
        Some(t_with(Key::PeriodCutShort, &counted))
    } else {
        None
    }
}

/// The select's value for dates of the merchant's own.
const OWN_DATES: &str = "dates";

/// What a select of periods offers for no period.
#[derive(Clone, Copy, Default)]
pub(super) enum NoPeriod {
    /// Nothing: a period is always chosen (spend tiers).
    #[default]
    Never,
    /// A prompt, shown while no period is chosen and gone once one is (the rule builder).
    Prompt(Key),
    /// A choice like the periods, always offered (*Top customers*' whole file).
    Choice(Key),
}

/// A labelled select of the periods `offered`, in order, each named by `named` in the
/// page's language, then the one `chosen` if it is none of them, then "Dates I choose…",
/// which shows two date fields and a button that picks the days between them. What it
/// shows first for no period is `none`'s. Under it, a sentence says what the results' date
/// (`reference`) leaves of the period chosen, when it cuts it short. `pick` gets the period
/// picked, `None` for that first option; `testid` names the select, and its parts
/// `{testid}-from`, `{testid}-to`, `{testid}-apply` and `{testid}-cut`.
///
/// The date fields are the component's own: a caller redraws it only when what it offers
/// or the period chosen changes, else the fields would close as they are typed in.
#[component]
pub(super) fn PeriodSelect(
    label: Key,
    testid: &'static str,
    mut offered: Vec<Period>,
    #[prop(into)] named: Callback<Period, String>,
    chosen: Option<Period>,
    reference: Date,
    #[prop(optional)] none: NoPeriod,
    #[prop(into)] pick: Callback<Option<Period>>,
) -> impl IntoView {
    offered.extend(chosen.filter(|c| !offered.contains(c)));
    let value = chosen
        .and_then(|c| offered.iter().position(|&p| p == c))
        .map_or_else(String::new, |i| i.to_string());
    let own = RwSignal::new(false);
    // The fields start on the days of the period chosen (else of the last 90 days), up to
    // the last day counted: a calendar year under way ends there.
    let last = reference.plus_days(-1);
    let (from, to) = chosen.unwrap_or(Period::Last { days: 90 }).days(reference);
    let (from, to) = (
        RwSignal::new(Some(from.min(last))),
        RwSignal::new(Some(to.min(last))),
    );
    let options = (offered.iter().enumerate())
        .map(|(i, &p)| view! { <option value=i.to_string()>{move || named.run(p)}</option> })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        own.set(v == OWN_DATES);
        if v.is_empty() {
            pick.run(None);
        } else if let Some(&period) = v.parse::<usize>().ok().and_then(|i| offered.get(i)) {
            pick.run(Some(period));
        }
    };
    // A day cleared or not a date leaves its field empty, and nothing to apply.
    let date_input = move |date: RwSignal<Option<Date>>, part: &str, key: Key| {
        let shown = date
            .get_untracked()
            .map(|d| d.to_string())
            .unwrap_or_default();
        view! {
            <input type="date" data-testid=format!("{testid}-{part}") aria-label=tr(key)
                max=last.to_string() prop:value=shown
                on:change=move |ev| date.set(Date::parse_iso(&event_target_value(&ev)))/>
        }
    };
    let days = move || Some((from.get()?, to.get()?)).filter(|(from, to)| from <= to);
    let unusable = move || days().is_none();
    let apply = move |_| {
        if let Some((from, to)) = days() {
            pick.run(Some(Period::Between { from, to }));
        }
    };
    view! {
        <div class="period-select">
            <label class="field">
                <span>{tr(label)}</span>
                <select data-testid=testid prop:value=value on:change=on_change>
                    {match none {
                        NoPeriod::Prompt(key) if chosen.is_none() => Some(key),
                        NoPeriod::Choice(key) => Some(key),
                        _ => None,
                    }.map(|key| view! { <option value="">{tr(key)}</option> })}
                    {options}
                    <option value=OWN_DATES>{tr(Key::PeriodOwnDates)}</option>
                </select>
            </label>
            <Show when=move || own.get()>
                <span class="field own-dates">
                    {tr(Key::PeriodFrom)} " " {date_input(from, "from", Key::PeriodFirstDay)}
                    " " {tr(Key::PeriodTo)} " " {date_input(to, "to", Key::PeriodLastDay)}
                    <button class="button small" data-testid=format!("{testid}-apply") disabled=unusable on:click=apply>
                        {tr(Key::PeriodApply)}
                    </button>
                </span>
            </Show>
            {move || chosen.and_then(|c| cut_short(c, reference)).map(|text| {
                view! { <p class="hint period-cut" data-testid=format!("{testid}-cut")>{text}</p> }
            })}
        </div>
    }
}
