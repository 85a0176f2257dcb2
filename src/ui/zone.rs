//! The browser's time zone, read from the browser itself: its offset through this year and
//! the two changes of its summer time, as the engine's yearly [`TimeZone`] rule, and its
//! name (`Europe/Berlin`) to show the merchant. The zones a merchant may choose instead.

use segmenter_engine::reading::TimeZone;
use wasm_bindgen::JsValue;

/// Minutes in a day, and a minute, in the milliseconds JavaScript dates count.
const DAY_MS: f64 = 86_400_000.0;
const MINUTE_MS: f64 = 60_000.0;

/// The browser's zone as a yearly rule, worked out once per page.
pub fn browser_zone() -> TimeZone {
    thread_local! {
        static ZONE: std::cell::OnceCell<TimeZone> = const { std::cell::OnceCell::new() };
    }
    ZONE.with(|zone| *zone.get_or_init(zone_of_this_year))
}

/// The browser's zone as a yearly rule: this year's offset at every day, and the minute of
/// each change found between two days.
fn zone_of_this_year() -> TimeZone {
    let offset_at =
        |ms: f64| -(js_sys::Date::new(&JsValue::from_f64(ms)).get_timezone_offset() as i32);
    let year = js_sys::Date::new_0().get_full_year();
    let start = js_sys::Date::utc(f64::from(year), 0.0);
    let first = offset_at(start);
    let mut before = first;
    let mut changes = Vec::new();
    for day in 1..=366 {
        let t = start + f64::from(day) * DAY_MS;
        let after = offset_at(t);
        if after == before {
            continue;
        }
        // The first minute of the new offset: between the day before (old) and `t` (new).
        let (mut old, mut new) = (t - DAY_MS, t);
        while new - old > MINUTE_MS {
            let middle = old + ((new - old) / 2.0 / MINUTE_MS).ceil() * MINUTE_MS;
            if offset_at(middle) == before {
                old = middle;
            } else {
                new = middle;
            }
        }
        changes.push(((new / MINUTE_MS) as i64, before, after));
        before = after;
    }
    TimeZone::from_changes(&changes, first)
}

/// The browser's zone's name, e.g. `Europe/Berlin`, when the browser says.
pub fn browser_zone_name() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into())
        .ok()?
        .as_string()
}

/// The fixed offsets a merchant may choose, in minutes east of UTC: every hour from −12 to
/// +14 and the half and three-quarter hours zones keep (India, Nepal, Newfoundland, …).
pub fn fixed_offsets() -> Vec<i32> {
    let mut offsets: Vec<i32> = (-12..=14).map(|h| h * 60).collect();
    offsets.extend([-570, -210, 210, 270, 330, 345, 390, 570, 630, 765]);
    offsets.sort_unstable();
    offsets
}
