//! Date text → calendar days (and the time of day when there is one).
//!
//! Accepts ISO 8601 with or without time and UTC offset, `YYYY/MM/DD`, `DD.MM.YYYY`, `DD/MM/YYYY` and
//! `MM/DD/YYYY` (slashes or dashes, two- or four-digit years), and month names in English,
//! German, French, Spanish, Dutch and Portuguese (`Jan 5, 2024`, `5. März 2024`). Numeric
//! dates whose order is ambiguous read both ways ([`Reading::Both`], day first = first
//! reading); the column decides. Numbers as dates (Excel serials, Unix time) are the
//! column's business, see [`NumericDates`].
//!
//! A date-time that says where on Earth it was written (`2024-03-01T23:30:00+00:00`,
//! `… 10:00 UTC`) and a Unix timestamp name an instant, not a day: [`read_date_in`] and
//! [`NumericDates::stamp_in`] move them to the shop's [`TimeZone`] before the day, weekday
//! and hour are taken. A date-time without an offset is local time already and is kept as
//! written, and so is everything [`read_date`] reads.

use super::packed::Packed;
use super::style::{Reading, Slot};
use crate::basics::calendar::{days_in_month, Date};
use serde::{Deserialize, Serialize};

/// A date and, when the cell had one, the minute of the day (0–1439).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// The calendar day.
    pub date: Date,
    /// Minutes since midnight, when a time was given.
    pub minute: Option<u16>,
}

/// A stamp travels (from a worker that read part of a file) as its day number and minute.
impl Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.date.0, self.minute).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Stamp, D::Error> {
        let (day, minute) = Deserialize::deserialize(deserializer)?;
        Ok(Stamp {
            date: Date(day),
            minute,
        })
    }
}

/// A stamp as its day number and its minute, `u16::MAX` for none (a minute is under 1440):
/// six bytes.
impl Packed for Stamp {
    fn write<R>(values: &[Stamp], write: impl FnOnce(&[u8]) -> R) -> R {
        let mut bytes = Vec::with_capacity(values.len() * 6);
        for stamp in values {
            bytes.extend_from_slice(&stamp.date.0.to_le_bytes());
            bytes.extend_from_slice(&stamp.minute.unwrap_or(u16::MAX).to_le_bytes());
        }
        write(&bytes)
    }
    fn read(bytes: &[u8]) -> Option<Vec<Stamp>> {
        if !bytes.len().is_multiple_of(6) {
            return None;
        }
        let stamps = bytes.chunks_exact(6).map(|b| {
            let minute = u16::from_le_bytes([b[4], b[5]]);
            Stamp {
                date: Date(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
                minute: (minute != u16::MAX).then_some(minute),
            }
        });
        Some(stamps.collect())
    }
}

impl Slot for Stamp {
    const NONE: Stamp = Stamp {
        date: Date(i32::MIN),
        minute: None,
    };

    fn is_none(&self) -> bool {
        self.date.0 == i32::MIN
    }
}

/// The shop's time zone, in which days, weekdays and hours are taken from instants
/// (date-times with an offset, Unix timestamps): an offset from UTC, and the summer time
/// the zone keeps, if any.
///
/// Summer time is a yearly rule, as POSIX `TZ` strings write it (`M3.5.0/2`: the last
/// Sunday of March at 02:00), not a named zone such as `Europe/Berlin`: the rules of named
/// zones (tzdata, with every change since 1970) would add hundreds of kilobytes to the
/// WebAssembly the page loads. The page reads the browser's zone's rule from the browser
/// itself (see [`TimeZone::from_changes`]); the rule of today is applied to every year,
/// which is right for every zone whose rule has not changed since the shop's orders.
/// Natively the default is UTC.
///
/// ```
/// use segmenter_engine::reading::TimeZone;
/// let berlin_summer = TimeZone::fixed(120);
/// assert_eq!(berlin_summer.to_string(), "UTC+02:00");
/// assert_eq!(TimeZone::UTC.to_string(), "UTC");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeZone {
    /// Minutes east of UTC outside summer time: 60 for UTC+01:00, -300 for UTC-05:00.
    /// Offsets beyond ±18 hours are taken as ±18 hours.
    pub offset_minutes: i32,
    /// The summer time the zone keeps, if any.
    #[serde(default)]
    pub summer: Option<SummerTime>,
}

/// Summer time: clocks `extra_minutes` ahead from one change of the year to the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SummerTime {
    /// Minutes ahead of the zone's offset, usually 60.
    pub extra_minutes: i32,
    /// When summer time starts.
    pub starts: ClockChange,
    /// When it ends.
    pub ends: ClockChange,
}

/// A yearly change of the clocks: a weekday of a week of a month, at a local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClockChange {
    /// The month, 1–12.
    pub month: u8,
    /// Which of its weekdays: 1–4, or 5 for the last.
    pub week: u8,
    /// The weekday, 0 for Sunday to 6 for Saturday.
    pub weekday: u8,
    /// Minutes after midnight, in the time kept before the change.
    pub minute: u16,
}

impl ClockChange {
    /// The change of the clocks at instant `utc_minutes` in a zone `before` minutes east of
    /// UTC until then, as a rule for every year.
    pub fn at(utc_minutes: i64, before: i32) -> ClockChange {
        let local = utc_minutes + i64::from(before);
        let day = Date(local.div_euclid(1440) as i32);
        let (year, month, d) = day.ymd();
        let last = d + 7 > days_in_month(year, month);
        ClockChange {
            month: month as u8,
            week: if last { 5 } else { ((d - 1) / 7 + 1) as u8 },
            weekday: sunday_first(day),
            minute: local.rem_euclid(1440) as u16,
        }
    }

    /// The instant of the change in `year` (minutes after 1970-01-01T00:00Z), in a zone
    /// `before` minutes east of UTC until it.
    fn in_year(self, year: i32, before: i32) -> Option<i64> {
        let month = u32::from(self.month);
        let day = if self.week >= 5 {
            let last = Date::from_ymd(year, month, days_in_month(year, month))?;
            last.plus_days(-i32::from((sunday_first(last) + 7 - self.weekday) % 7))
        } else {
            let first = Date::from_ymd(year, month, 1)?;
            first.plus_days(
                i32::from((self.weekday + 7 - sunday_first(first)) % 7)
                    + 7 * (i32::from(self.week) - 1),
            )
        };
        Some(i64::from(day.0) * 1440 + i64::from(self.minute) - i64::from(before))
    }
}

/// The weekday of `day`, 0 for Sunday.
fn sunday_first(day: Date) -> u8 {
    // 1970-01-01 was a Thursday.
    (day.0 + 4).rem_euclid(7) as u8
}

impl TimeZone {
    /// Coordinated Universal Time, the default.
    pub const UTC: TimeZone = TimeZone {
        offset_minutes: 0,
        summer: None,
    };

    /// The most any zone is from UTC (ISO 8601 allows ±18 hours; real zones reach +14).
    const MAX_OFFSET: i32 = 18 * 60;

    /// A zone `offset_minutes` east of UTC all year round.
    pub const fn fixed(offset_minutes: i32) -> TimeZone {
        TimeZone {
            offset_minutes,
            summer: None,
        }
    }

    /// The zone whose clocks changed as `changes` say over one year: each the instant
    /// (minutes after 1970-01-01T00:00Z) and the offsets before and after it, as a browser
    /// reports them. Two changes make summer time; none, a fixed offset (`offset`, the
    /// offset at any time); anything else, the offset the year starts with.
    ///
    /// ```
    /// use segmenter_engine::reading::TimeZone;
    /// // Berlin in 2025: 30 March 01:00 UTC +60 → +120, 26 October 01:00 UTC back.
    /// let march = 29_054_940; // 2025-03-30T01:00Z in minutes
    /// let october = 29_357_340; // 2025-10-26T01:00Z
    /// let berlin = TimeZone::from_changes(&[(march, 60, 120), (october, 120, 60)], 60);
    /// assert_eq!(berlin.to_string(), "UTC+01:00, summer UTC+02:00");
    /// // 2026-07-01T22:30Z is already 2 July in Berlin; 2026-01-01T22:30Z is still 1 January.
    /// assert_eq!(berlin.local(29_715_750).date.to_string(), "2026-07-02");
    /// assert_eq!(berlin.local(29_455_110).date.to_string(), "2026-01-01");
    /// ```
    pub fn from_changes(changes: &[(i64, i32, i32)], offset: i32) -> TimeZone {
        match changes {
            [] => TimeZone::fixed(offset),
            [(a, a_before, a_after), (b, b_before, _)] if a_after != a_before => {
                let (start, end, standard, summer) = if a_after > a_before {
                    ((*a, *a_before), (*b, *b_before), *a_before, *a_after)
                } else {
                    ((*b, *b_before), (*a, *a_before), *a_after, *a_before)
                };
                TimeZone {
                    offset_minutes: standard,
                    summer: Some(SummerTime {
                        extra_minutes: summer - standard,
                        starts: ClockChange::at(start.0, start.1),
                        ends: ClockChange::at(end.0, end.1),
                    }),
                }
            }
            [(_, first, _), ..] => TimeZone::fixed(*first),
        }
    }

    /// The offset outside summer time, within ±18 hours.
    pub fn offset(self) -> i32 {
        self.offset_minutes
            .clamp(-TimeZone::MAX_OFFSET, TimeZone::MAX_OFFSET)
    }

    /// The offset from UTC at the instant `utc_minutes`, summer time included.
    pub fn offset_at(self, utc_minutes: i64) -> i32 {
        let standard = self.offset();
        let Some(summer) = self.summer else {
            return standard;
        };
        let year = Date((utc_minutes + i64::from(standard)).div_euclid(1440) as i32).year();
        let (Some(start), Some(end)) = (
            summer.starts.in_year(year, standard),
            summer.ends.in_year(year, standard + summer.extra_minutes),
        ) else {
            return standard;
        };
        // In the south, summer time runs over New Year: from the start to the year's end
        // and from its beginning to the end.
        let in_summer = if start < end {
            (start..end).contains(&utc_minutes)
        } else {
            utc_minutes >= start || utc_minutes < end
        };
        standard + if in_summer { summer.extra_minutes } else { 0 }
    }

    /// The local day and minute of the instant `utc_minutes` minutes after 1970-01-01T00:00Z.
    pub fn local(self, utc_minutes: i64) -> Stamp {
        let local = utc_minutes + i64::from(self.offset_at(utc_minutes));
        Stamp {
            date: Date(local.div_euclid(1440) as i32),
            minute: Some(local.rem_euclid(1440) as u16),
        }
    }
}

fn write_offset(f: &mut std::fmt::Formatter<'_>, offset: i32) -> std::fmt::Result {
    if offset == 0 {
        return f.write_str("UTC");
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.unsigned_abs();
    write!(f, "UTC{sign}{:02}:{:02}", a / 60, a % 60)
}

impl std::fmt::Display for TimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_offset(f, self.offset())?;
        if let Some(summer) = self.summer {
            f.write_str(", summer ")?;
            write_offset(f, self.offset() + summer.extra_minutes)?;
        }
        Ok(())
    }
}

/// Whether ambiguous numeric dates put the day or the month first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateOrder {
    /// `31/12/2024`: most of the world.
    DayFirst,
    /// `12/31/2024`: the United States and a few others.
    MonthFirst,
}

/// The written shape of a date cell, to describe a column's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateShape {
    /// `2024-01-31`, optionally with a time and offset.
    Iso,
    /// `2024/01/31` or `2024.01.31`.
    YearFirst,
    /// `31.01.2024`.
    Dotted,
    /// `31/01/2024`, `01/31/2024`, `31-01-24`.
    Numeric,
    /// `Jan 31, 2024`, `31 January 2024`.
    MonthName,
}

/// How a column of numbers is read as dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NumericDates {
    /// Excel's 1900 date system: day 1 is 1900-01-01 (with Excel's phantom 29 Feb 1900).
    ExcelSerial,
    /// Excel's 1904 date system (Excel for Mac before 2011, and workbooks made there): day 0
    /// is 1904-01-01, so the same day's number is 1,462 less than in the 1900 system.
    ///
    /// The two systems cannot be told apart from the numbers: any run of order dates is
    /// plausible in both, four years apart, and the one serial only the 1904 system reads
    /// (0, 1904-01-01) is more often a placeholder for "no date" than a day, so guessing
    /// from it would move a whole column four years in silence. [`NumericDates::detect`]
    /// therefore reads serials as 1900-based (Excel's default everywhere since 2011), and
    /// a file is read as 1904-based when the merchant says so
    /// (`ReadOptions::excel_1904`, a workbook-wide setting as in Excel itself).
    Excel1904,
    /// Seconds since 1970-01-01 UTC.
    UnixSeconds,
    /// Milliseconds since 1970-01-01 UTC.
    UnixMillis,
    /// `20240131`.
    CompactYmd,
}

impl NumericDates {
    /// Which reading fits all of `values` (at least one), if any does.
    pub fn detect(values: impl Iterator<Item = f64>) -> Option<NumericDates> {
        let (mut lo, mut hi, mut whole, mut n) = (f64::INFINITY, f64::NEG_INFINITY, true, 0);
        for v in values {
            lo = lo.min(v);
            hi = hi.max(v);
            whole &= v.fract() == 0.0;
            n += 1;
        }
        if n == 0 {
            return None;
        }
        let within = |a: f64, b: f64| lo >= a && hi <= b;
        if whole && within(19_000_101.0, 21_001_231.0) {
            Some(NumericDates::CompactYmd)
        } else if within(1.0e11, 5.0e12) {
            Some(NumericDates::UnixMillis)
        } else if within(1.0e8, 5.0e9) {
            Some(NumericDates::UnixSeconds)
        } else if within(1.0, 110_000.0) {
            Some(NumericDates::ExcelSerial)
        } else {
            None
        }
    }

    /// The same reading in a workbook that used Excel's 1904 date system: Excel serials
    /// become [`NumericDates::Excel1904`], other readings are unchanged.
    pub fn in_1904_system(self, excel_1904: bool) -> NumericDates {
        match self {
            NumericDates::ExcelSerial if excel_1904 => NumericDates::Excel1904,
            other => other,
        }
    }

    /// The stamp a number stands for, Unix time taken in UTC (see [`NumericDates::stamp_in`]).
    pub fn stamp(self, v: f64) -> Option<Stamp> {
        self.stamp_in(v, TimeZone::UTC)
    }

    /// The stamp a number stands for in the shop's time zone: Unix time is an instant, so
    /// its day and minute are taken in `zone`; Excel serials and `YYYYMMDD` are local days
    /// already and are not moved.
    ///
    /// ```
    /// use segmenter_engine::reading::{NumericDates, TimeZone};
    /// // 2024-03-01T23:30:00Z is 2 March, 01:30 in UTC+2.
    /// let s = NumericDates::UnixSeconds
    ///     .stamp_in(1_709_335_800.0, TimeZone::fixed(120))
    ///     .unwrap();
    /// assert_eq!((s.date.to_string().as_str(), s.minute), ("2024-03-02", Some(90)));
    /// ```
    pub fn stamp_in(self, v: f64, zone: TimeZone) -> Option<Stamp> {
        let from_seconds = |s: f64| {
            let minutes = (s / 60.0).floor();
            // Beyond what `Date` counts (±5 million years): not a date.
            (minutes.abs() < 1.0e15).then(|| zone.local(minutes as i64))
        };
        match self {
            NumericDates::UnixSeconds => from_seconds(v),
            NumericDates::UnixMillis => from_seconds(v / 1000.0),
            NumericDates::Excel1904 => {
                let whole = v.floor();
                if whole < 0.0 {
                    return None;
                }
                let date = Date::from_ymd(1904, 1, 1)?.plus_days(whole as i32);
                Some(Stamp {
                    date,
                    minute: day_fraction(v),
                })
            }
            NumericDates::ExcelSerial => {
                // Serial 60 is Excel's non-existent 1900-02-29; from 61 on, day 0 is 1899-12-30.
                let whole = v.floor();
                if whole < 1.0 || whole == 60.0 {
                    return None;
                }
                let offset = if whole < 60.0 { 1.0 } else { 0.0 };
                let date = Date::from_ymd(1899, 12, 30)?.plus_days((whole + offset) as i32);
                Some(Stamp {
                    date,
                    minute: day_fraction(v),
                })
            }
            NumericDates::CompactYmd => {
                let n = v as u32;
                Date::from_ymd((n / 10_000) as i32, n / 100 % 100, n % 100)
                    .map(|date| Stamp { date, minute: None })
            }
        }
    }
}

/// The time of day an Excel serial's fraction stands for, when it has one.
fn day_fraction(v: f64) -> Option<u16> {
    (v.fract() > 0.0).then(|| (v.fract() * 1440.0).round().min(1439.0) as u16)
}

/// Reads a date cell as written: first reading day first, second month first. A UTC
/// offset is checked but not applied, so the date is the calendar date at that offset;
/// [`read_date_in`] takes it in the shop's time zone instead.
///
/// ```
/// use segmenter_engine::reading::{read_date, DateShape, Reading, Stamp};
/// use segmenter_engine::basics::calendar::Date;
/// let day = |r: Reading<(Stamp, DateShape)>| r.first().map(|(s, _)| s.date);
/// assert_eq!(day(read_date("2024-03-09T23:30:00-05:00")), Date::from_ymd(2024, 3, 9));
/// assert_eq!(day(read_date("09.03.2024")), Date::from_ymd(2024, 3, 9));
/// assert_eq!(day(read_date("Mar 9, 2024")), Date::from_ymd(2024, 3, 9));
/// assert!(matches!(read_date("03/09/2024"), Reading::Both { .. }));
/// ```
pub fn read_date(text: &str) -> Reading<(Stamp, DateShape)> {
    parse_date(text, None)
}

/// Reads a date cell in the shop's time zone: a date-time with a UTC offset or a zone
/// name that fixes one (`Z`, `UTC`, `GMT`, `CET`, `EST`…) is an instant, and its day and
/// minute are those in `zone`; a date-time without one is local time and is kept as
/// written, as is a date alone.
///
/// ```
/// use segmenter_engine::reading::{read_date_in, TimeZone};
/// let utc_plus_2 = TimeZone::fixed(120);
/// let at = |text| read_date_in(text, utc_plus_2).first().map(|(s, _)| (s.date.to_string(), s.minute));
/// assert_eq!(at("2024-03-01T23:30:00+00:00"), Some(("2024-03-02".into(), Some(90))));
/// assert_eq!(at("2024-03-01 23:30:00"), Some(("2024-03-01".into(), Some(23 * 60 + 30))));
/// ```
pub fn read_date_in(text: &str, zone: TimeZone) -> Reading<(Stamp, DateShape)> {
    parse_date(text, Some(zone))
}

/// Reads a date cell; `zone`, when given, is where instants are taken.
fn parse_date(text: &str, zone: Option<TimeZone>) -> Reading<(Stamp, DateShape)> {
    let s = text.trim();
    if s.is_empty() {
        return Reading::Empty;
    }
    let b = s.as_bytes();
    if let Some(r) = iso(b, zone) {
        return r;
    }
    // Every date shape has a digit; no e-mail address is a date.
    if !b.iter().any(u8::is_ascii_digit) || b.contains(&b'@') {
        return Reading::Unreadable;
    }
    let tokens = tokenize(s);
    let has_month_name = tokens
        .iter()
        .any(|t| matches!(t, Tok::Word(w) if month_number(w).is_some()));
    if has_month_name {
        named_month(&tokens, zone)
    } else {
        numeric(&tokens, zone)
    }
}

fn two(b: &[u8]) -> Option<u32> {
    match b {
        [a, c] if a.is_ascii_digit() && c.is_ascii_digit() => {
            Some(u32::from(a - b'0') * 10 + u32::from(c - b'0'))
        }
        _ => None,
    }
}

/// A time of day as written, and the offset from UTC written with it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Clock {
    minute: u16,
    /// Minutes east of UTC, when the cell says.
    offset: Option<i32>,
}

/// The stamp of `date` at `clock`, moved to `zone` when both the cell and the reader know
/// where they are.
fn stamp_at(date: Date, clock: Option<Clock>, zone: Option<TimeZone>) -> Stamp {
    match (clock, zone) {
        (
            Some(Clock {
                minute,
                offset: Some(offset),
            }),
            Some(zone),
        ) => zone.local(i64::from(date.0) * 1440 + i64::from(minute) - i64::from(offset)),
        _ => Stamp {
            date,
            minute: clock.map(|c| c.minute),
        },
    }
}

/// The ISO fast path, `YYYY-MM-DD` followed by nothing or a time.
fn iso(b: &[u8], zone: Option<TimeZone>) -> Option<Reading<(Stamp, DateShape)>> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = two(&b[0..2])? * 100 + two(&b[2..4])?;
    let date = Date::from_ymd(year as i32, two(&b[5..7])?, two(&b[8..10])?);
    let rest = &b[10..];
    let clock = if rest.is_empty() {
        None
    } else if matches!(rest[0], b'T' | b' ') {
        match time_of_day(std::str::from_utf8(&rest[1..]).ok()?) {
            Some(c) => Some(c),
            None => return Some(Reading::Unreadable),
        }
    } else {
        return Some(Reading::Unreadable);
    };
    Some(match date {
        Some(date) => Reading::Same((stamp_at(date, clock, zone), DateShape::Iso)),
        None => Reading::Unreadable,
    })
}

/// Reads a time-of-day cell (`13:45`, `1:45 PM`, `13:45:12+01:00`), or the time in a date
/// and time cell, as minutes since midnight.
///
/// ```
/// use segmenter_engine::reading::read_time;
/// assert_eq!(read_time("13:45:12"), Some(13 * 60 + 45));
/// assert_eq!(read_time("1:45 PM"), Some(13 * 60 + 45));
/// assert_eq!(read_time("2024-01-05 08:30"), Some(8 * 60 + 30));
/// assert_eq!(read_time("soon"), None);
/// ```
pub fn read_time(text: &str) -> Option<u16> {
    let text = text.trim();
    time_of_day(text)
        .map(|c| c.minute)
        .or_else(|| read_date(text).first().and_then(|(s, _)| s.minute))
}

/// Parses what follows a date: `13:45`, `13:45:12.123`, `1:45 PM`, then an optional `Z`,
/// `+01:00`, `-0500` or zone name. `None` when it is not a time.
fn time_of_day(s: &str) -> Option<Clock> {
    let s = s.trim();
    let s = s.strip_prefix("at ").unwrap_or(s).trim_start();
    let digits_end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(s.len());
    let (clock, zone) = s.split_at(digits_end);
    let mut parts = clock.split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    if let Some(sec) = parts.next() {
        let whole = sec.split('.').next()?;
        if whole.len() != 2 || whole.parse::<u32>().ok()? > 60 {
            return None;
        }
    }
    if parts.next().is_some() || minute > 59 {
        return None;
    }
    let zone = zone.trim();
    let (hour, zone) = match ampm(zone) {
        Some((pm, rest)) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            (hour % 12 + if pm { 12 } else { 0 }, rest.trim())
        }
        None => (hour, zone),
    };
    if hour > 23 {
        return None;
    }
    Some(Clock {
        minute: (hour * 60 + minute) as u16,
        offset: zone_offset(zone)?,
    })
}

fn ampm(s: &str) -> Option<(bool, &str)> {
    let lower = s.get(..4).map(str::to_ascii_lowercase);
    for (mark, pm) in [("a.m.", false), ("p.m.", true)] {
        if lower.as_deref() == Some(mark) {
            return Some((pm, &s[4..]));
        }
    }
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    for (mark, pm) in [("am", false), ("pm", true)] {
        if lower.as_deref() == Some(mark) {
            return Some((pm, &s[2..]));
        }
    }
    None
}

/// Reads what may follow a time: nothing, `Z`, an offset (`+01:00`, `-0500`, `+01`), a zone
/// abbreviation (`UTC`, `CET`) or both (`GMT+01:00`). `None` when it is not a zone;
/// `Some(None)` when it is one whose offset is unknown (nothing, or an abbreviation not in
/// [`ZONE_NAMES`]), so the time is kept as written.
fn zone_offset(s: &str) -> Option<Option<i32>> {
    let s = s.trim();
    if s.is_empty() {
        return Some(None);
    }
    if s == "Z" {
        return Some(Some(0));
    }
    let (name, sign, digits) = match s.find(['+', '-']) {
        Some(i) => (s[..i].trim(), &s[i..i + 1], &s[i + 1..]),
        None => (s, "", ""),
    };
    let name_ok =
        name.is_empty() || (name.len() <= 5 && name.bytes().all(|b| b.is_ascii_uppercase()));
    let digits_ok = digits.is_empty()
        || matches!(digits.len(), 2 | 4 | 5)
            && digits.bytes().filter(|b| b.is_ascii_digit()).count() >= 2
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b':');
    if !name_ok || !digits_ok || (name.is_empty() && digits.is_empty()) {
        return None;
    }
    let named = ZONE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, offset)| offset);
    if digits.is_empty() {
        return Some(named);
    }
    // An offset after a name counts from UTC only when the name is UTC's (`GMT+01:00`);
    // `CET+1` is no written form anyone uses.
    if !name.is_empty() && named != Some(0) {
        return Some(None);
    }
    let d: Vec<i32> = digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| i32::from(b - b'0'))
        .collect();
    let hours = d[0] * 10 + d[1];
    let minutes = match d.get(2..4) {
        Some(&[a, b]) => a * 10 + b,
        _ => 0,
    };
    if hours > 18 || minutes > 59 {
        return None;
    }
    let offset = hours * 60 + minutes;
    Some(Some(if sign == "-" { -offset } else { offset }))
}

/// Zone abbreviations exports write after a time, with their offsets in minutes. Only
/// names that mean one offset wherever shop exports come from: `IST` (India, Ireland,
/// Israel) and the like are left out, and their times are kept as written.
const ZONE_NAMES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("UT", 0),
    ("WET", 0),
    ("WEST", 60),
    ("BST", 60),
    ("CET", 60),
    ("MEZ", 60),
    ("CEST", 120),
    ("MESZ", 120),
    ("EET", 120),
    ("EEST", 180),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("AKST", -540),
    ("AKDT", -480),
    ("HST", -600),
    ("AEST", 600),
    ("AEDT", 660),
    ("JST", 540),
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok<'a> {
    /// Digits, and how many.
    Num(u32, usize),
    Word(&'a str),
    Sep(char),
}

/// Splits into digit runs, letter runs (a trailing `.` of an abbreviation dropped) and
/// single separators, skipping spaces and commas; stops where a time of day begins.
fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut tokens = Vec::with_capacity(8);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            if rest[end..].starts_with(':') {
                tokens.push(Tok::Word(rest)); // the time of day: checked as a whole later
                break;
            }
            let digits = &rest[..end];
            match digits.parse() {
                Ok(n) => tokens.push(Tok::Num(n, end)),
                Err(_) => tokens.push(Tok::Word(digits)),
            }
            rest = &rest[end..];
        } else if c.is_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            tokens.push(Tok::Word(&rest[..end]));
            rest = &rest[end..];
            rest = rest.strip_prefix('.').unwrap_or(rest);
        } else {
            if matches!(c, '/' | '-' | '.') {
                tokens.push(Tok::Sep(c));
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    tokens
}

fn year_of(n: u32, digits: usize) -> Option<i32> {
    match digits {
        4 => Some(n as i32),
        // POSIX's pivot: 00–68 are 20xx, 69–99 are 19xx.
        2 => Some(if n < 69 {
            2000 + n as i32
        } else {
            1900 + n as i32
        }),
        _ => None,
    }
}

/// The time after the date tokens, if any: `None` when something else follows.
fn trailing_time(rest: &[Tok<'_>]) -> Option<Option<Clock>> {
    match rest {
        [] => Some(None),
        [Tok::Word(w)] if w.contains(':') => time_of_day(w).map(Some),
        [Tok::Word(at), Tok::Word(w)] if at.eq_ignore_ascii_case("at") && w.contains(':') => {
            time_of_day(w).map(Some)
        }
        _ => None,
    }
}

/// `YYYY/MM/DD`, `DD.MM.YYYY`, and the ambiguous `DD/MM/YYYY` ~ `MM/DD/YYYY`.
fn numeric(t: &[Tok<'_>], zone: Option<TimeZone>) -> Reading<(Stamp, DateShape)> {
    let [Tok::Num(a, da), Tok::Sep(s1), Tok::Num(b, db), Tok::Sep(s2), Tok::Num(c, dc), rest @ ..] =
        t
    else {
        return Reading::Unreadable;
    };
    let Some(clock) = trailing_time(rest) else {
        return Reading::Unreadable;
    };
    if s1 != s2 || *db > 2 {
        return Reading::Unreadable;
    }
    let stamp = |y: i32, m: u32, d: u32, shape| {
        Date::from_ymd(y, m, d).map(|date| (stamp_at(date, clock, zone), shape))
    };
    if *da == 4 {
        return match stamp(*a as i32, *b, *c, DateShape::YearFirst) {
            Some(v) if *dc <= 2 => Reading::Same(v),
            _ => Reading::Unreadable,
        };
    }
    let Some(year) = year_of(*c, *dc).filter(|_| *da <= 2) else {
        return Reading::Unreadable;
    };
    if *s1 == '.' {
        // Dotted dates are day first wherever they are written.
        return stamp(year, *b, *a, DateShape::Dotted).map_or(Reading::Unreadable, Reading::Same);
    }
    let day_first = stamp(year, *b, *a, DateShape::Numeric);
    let month_first = stamp(year, *a, *b, DateShape::Numeric);
    match (day_first, month_first) {
        (Some(x), Some(y)) if x == y => Reading::Same(x),
        (Some(x), Some(y)) => Reading::Both {
            first: x,
            second: y,
        },
        (Some(x), None) => Reading::FirstOnly(x),
        (None, Some(y)) => Reading::SecondOnly(y),
        (None, None) => Reading::Unreadable,
    }
}

/// `Jan 5, 2024`, `January 5th 2024`, `5 Jan 2024`, `05-Jan-24`, `Fri, 5 Jan 2024 10:00`.
fn named_month(t: &[Tok<'_>], zone: Option<TimeZone>) -> Reading<(Stamp, DateShape)> {
    let mut t = t;
    // A leading weekday name: `Friday, January 5, 2024`.
    if let [Tok::Word(w), rest @ ..] = t {
        if month_number(w).is_none() && is_weekday(w) {
            t = rest;
        }
    }
    let t: Vec<Tok<'_>> = t
        .iter()
        .copied()
        .filter(|x| !matches!(x, Tok::Sep(_)) && !matches!(x, Tok::Word(w) if is_filler(w)))
        .collect();
    let (day, month, year, rest) = match t.as_slice() {
        [Tok::Word(m), Tok::Num(d, dd), ord @ .., Tok::Num(y, dy)]
        | [Tok::Num(d, dd), Tok::Word(m), ord @ .., Tok::Num(y, dy)]
            if ord.len() <= 1 =>
        {
            let is_ordinal = ord
                .iter()
                .all(|o| matches!(o, Tok::Word(w) if is_ordinal_suffix(w)));
            if !is_ordinal || *dd > 2 {
                return Reading::Unreadable;
            }
            (*d, month_number(m), year_of(*y, *dy), &[][..])
        }
        [Tok::Word(m), Tok::Num(d, dd), Tok::Num(y, dy), rest @ ..]
        | [Tok::Num(d, dd), Tok::Word(m), Tok::Num(y, dy), rest @ ..]
            if *dd <= 2 =>
        {
            (*d, month_number(m), year_of(*y, *dy), rest)
        }
        _ => return Reading::Unreadable,
    };
    let (Some(month), Some(year)) = (month, year) else {
        return Reading::Unreadable;
    };
    let Some(clock) = trailing_time(rest) else {
        return Reading::Unreadable;
    };
    match Date::from_ymd(year, month, day) {
        Some(date) => Reading::Same((stamp_at(date, clock, zone), DateShape::MonthName)),
        None => Reading::Unreadable,
    }
}

fn is_ordinal_suffix(w: &str) -> bool {
    ["st", "nd", "rd", "th", "er", "e"]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
}

fn is_weekday(w: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ];
    WEEKDAYS.contains(&w.to_lowercase().as_str())
}

/// Words that sit between the parts of a date: `5 de enero de 2024`, `5th of May 2024`.
fn is_filler(w: &str) -> bool {
    ["de", "del", "of"]
        .iter()
        .any(|f| w.eq_ignore_ascii_case(f))
}

/// Month names and abbreviations in English, German, French, Spanish, Dutch and Portuguese.
const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("january", 1),
    ("januar", 1),
    ("jänner", 1),
    ("jän", 1),
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("januari", 1),
    ("janeiro", 1),
    ("feb", 2),
    ("february", 2),
    ("februar", 2),
    ("février", 2),
    ("févr", 2),
    ("fév", 2),
    ("febrero", 2),
    ("februari", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("mar", 3),
    ("march", 3),
    ("märz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("maart", 3),
    ("mrt", 3),
    ("março", 3),
    ("apr", 4),
    ("april", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("mei", 5),
    ("maio", 5),
    ("jun", 6),
    ("june", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("jul", 7),
    ("july", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("julho", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("agosto", 8),
    ("ago", 8),
    ("augustus", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("set", 9),
    ("oct", 10),
    ("october", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("out", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("dec", 12),
    ("december", 12),
    ("dezember", 12),
    ("dez", 12),
    ("décembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("dezembro", 12),
];

fn month_number(word: &str) -> Option<u32> {
    // The shortest month names and abbreviations have three letters.
    if word.chars().count() < 3 {
        return None;
    }
    let lower = word.to_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    /// The day-first reading, which every test date here has.
    fn only(text: &str) -> (Date, Option<u16>) {
        match read_date(text).first() {
            Some((s, _)) => (s.date, s.minute),
            None => panic!("{text:?} is not read day first"),
        }
    }

    #[test]
    fn iso_with_time_and_offset_keeps_the_written_date() {
        assert_eq!(only("2024-03-09"), (ymd(2024, 3, 9), None));
        assert_eq!(
            only("2024-03-09T23:30:00-05:00"),
            (ymd(2024, 3, 9), Some(23 * 60 + 30))
        );
        assert_eq!(
            only("2024-03-09 00:15:00 +0100"),
            (ymd(2024, 3, 9), Some(15))
        );
        assert_eq!(
            only("2024-03-09T10:00:00.123Z"),
            (ymd(2024, 3, 9), Some(600))
        );
        assert_eq!(only("2024-03-09 10:00 UTC"), (ymd(2024, 3, 9), Some(600)));
        assert_eq!(read_date("2024-02-30"), Reading::Unreadable);
        assert_eq!(read_date("2024-03-09 banana"), Reading::Unreadable);
    }

    /// Minutes after 1970-01-01T00:00Z of a UTC date and time.
    fn utc(y: i32, m: u32, d: u32, hh: i64, mm: i64) -> i64 {
        i64::from(ymd(y, m, d).0) * 1440 + hh * 60 + mm
    }

    #[test]
    fn summer_time_follows_the_zones_yearly_rule() {
        // Berlin as a browser reports 2025: +60 until 30 March 01:00 UTC, +120 until
        // 26 October 01:00 UTC.
        let berlin = TimeZone::from_changes(
            &[
                (utc(2025, 3, 30, 1, 0), 60, 120),
                (utc(2025, 10, 26, 1, 0), 120, 60),
            ],
            60,
        );
        let summer = berlin.summer.unwrap();
        // The last Sunday of March at 02:00, the last Sunday of October at 03:00.
        assert_eq!(
            (
                summer.starts.month,
                summer.starts.week,
                summer.starts.weekday,
                summer.starts.minute
            ),
            (3, 5, 0, 120)
        );
        assert_eq!(
            (
                summer.ends.month,
                summer.ends.week,
                summer.ends.weekday,
                summer.ends.minute
            ),
            (10, 5, 0, 180)
        );
        // In 2024 the changes were on 31 March and 27 October: the rule finds them.
        assert_eq!(berlin.offset_at(utc(2024, 3, 31, 0, 59)), 60);
        assert_eq!(berlin.offset_at(utc(2024, 3, 31, 1, 0)), 120);
        assert_eq!(berlin.offset_at(utc(2024, 10, 27, 0, 59)), 120);
        assert_eq!(berlin.offset_at(utc(2024, 10, 27, 1, 0)), 60);
        // 22:30 UTC is the next day in July, the same day in January.
        assert_eq!(berlin.local(utc(2024, 7, 1, 22, 30)).date, ymd(2024, 7, 2));
        assert_eq!(berlin.local(utc(2024, 1, 1, 22, 30)).date, ymd(2024, 1, 1));

        // New York: the second Sunday of March and the first of November, at 02:00 local.
        let new_york = TimeZone::from_changes(
            &[
                (utc(2025, 3, 9, 7, 0), -300, -240),
                (utc(2025, 11, 2, 6, 0), -240, -300),
            ],
            -300,
        );
        let summer = new_york.summer.unwrap();
        assert_eq!((summer.starts.week, summer.ends.week), (2, 1));
        assert_eq!(new_york.offset_at(utc(2024, 3, 10, 6, 59)), -300);
        assert_eq!(new_york.offset_at(utc(2024, 3, 10, 7, 0)), -240);
        assert_eq!(new_york.offset_at(utc(2024, 11, 3, 6, 0)), -300);

        // Sydney keeps summer time over New Year: from the first Sunday of October to the
        // first Sunday of April.
        let sydney = TimeZone::from_changes(
            &[
                (utc(2025, 4, 5, 16, 0), 660, 600),
                (utc(2025, 10, 4, 16, 0), 600, 660),
            ],
            600,
        );
        assert_eq!(sydney.offset(), 600);
        assert_eq!(sydney.offset_at(utc(2024, 1, 15, 0, 0)), 660);
        assert_eq!(sydney.offset_at(utc(2024, 7, 15, 0, 0)), 600);
        assert_eq!(sydney.offset_at(utc(2024, 12, 31, 12, 0)), 660);
        assert_eq!(sydney.to_string(), "UTC+10:00, summer UTC+11:00");
    }

    #[test]
    fn instants_are_taken_in_the_shops_time_zone() {
        let at = |text: &str, offset_minutes| {
            let zone = TimeZone::fixed(offset_minutes);
            match read_date_in(text, zone).first() {
                Some((s, _)) => (s.date, s.minute),
                None => panic!("{text:?} is not read"),
            }
        };
        // 23:30 UTC is 01:30 the next day two hours east.
        assert_eq!(
            at("2024-03-01T23:30:00+00:00", 120),
            (ymd(2024, 3, 2), Some(90))
        );
        assert_eq!(at("2024-03-01T23:30:00Z", 120), (ymd(2024, 3, 2), Some(90)));
        assert_eq!(at("2024-03-01 23:30 UTC", 120), (ymd(2024, 3, 2), Some(90)));
        // 00:15 in Paris is 23:15 UTC the day before, 18:15 in New York.
        assert_eq!(
            at("2024-03-09 00:15:00 +0100", 0),
            (ymd(2024, 3, 8), Some(23 * 60 + 15))
        );
        assert_eq!(
            at("2024-03-09 00:15:00 +0100", -300),
            (ymd(2024, 3, 8), Some(18 * 60 + 15))
        );
        assert_eq!(
            at("2024-03-09T23:30:00-05:00", 60),
            (ymd(2024, 3, 10), Some(5 * 60 + 30))
        );
        assert_eq!(at("09/03/2024 23:30 GMT+01:00", 0).1, Some(22 * 60 + 30));
        assert_eq!(at("Mar 1, 2024 10:00 PM EST", 60).0, ymd(2024, 3, 2));
        // A date-time without an offset is local time; an unknown zone name is kept too.
        assert_eq!(
            at("2024-03-01 23:30:00", 120),
            (ymd(2024, 3, 1), Some(23 * 60 + 30))
        );
        assert_eq!(at("2024-03-01 23:30 XYZ", 120).1, Some(23 * 60 + 30));
        assert_eq!(at("2024-03-01", -600), (ymd(2024, 3, 1), None));
        // Read as written, the offset is checked and left.
        assert_eq!(
            only("2024-03-01T23:30:00+00:00"),
            (ymd(2024, 3, 1), Some(23 * 60 + 30))
        );
        assert_eq!(read_date("2024-03-01T23:30:00+25:00"), Reading::Unreadable);
        assert_eq!(TimeZone::fixed(-330).to_string(), "UTC-05:30");
    }

    #[test]
    fn unix_time_is_an_instant_and_excel_serials_are_days() {
        let east = TimeZone::fixed(120);
        let west = TimeZone::fixed(-300);
        // 2024-03-01T23:30:00Z.
        let t = 1_709_335_800.0;
        let s = NumericDates::UnixSeconds.stamp_in(t, east).unwrap();
        assert_eq!((s.date, s.minute), (ymd(2024, 3, 2), Some(90)));
        let s = NumericDates::UnixMillis.stamp_in(t * 1000.0, west).unwrap();
        assert_eq!((s.date, s.minute), (ymd(2024, 3, 1), Some(18 * 60 + 30)));
        assert_eq!(
            NumericDates::UnixSeconds.stamp(t).unwrap().minute,
            Some(23 * 60 + 30)
        );
        let excel = NumericDates::ExcelSerial.stamp_in(45_292.75, east).unwrap();
        assert_eq!((excel.date, excel.minute), (ymd(2024, 1, 1), Some(18 * 60)));
    }

    #[test]
    fn excel_1904_serials_count_from_1904() {
        let kind = NumericDates::detect([43_830.0].into_iter())
            .unwrap()
            .in_1904_system(true);
        assert_eq!(kind, NumericDates::Excel1904);
        assert_eq!(kind.stamp(43_830.0).unwrap().date, ymd(2024, 1, 1));
        assert_eq!(kind.stamp(0.0).unwrap().date, ymd(1904, 1, 1));
        assert_eq!(kind.stamp(0.5).unwrap().minute, Some(720));
        // The same day is 1,462 more in the 1900 system, which stays the default.
        let default = NumericDates::detect([45_292.0].into_iter()).unwrap();
        assert_eq!(default.in_1904_system(false), NumericDates::ExcelSerial);
        assert_eq!(default.stamp(45_292.0).unwrap().date, ymd(2024, 1, 1));
        assert_eq!(
            NumericDates::UnixSeconds.in_1904_system(true),
            NumericDates::UnixSeconds
        );
    }

    #[test]
    fn numeric_orders() {
        assert_eq!(only("2024/03/09"), (ymd(2024, 3, 9), None));
        assert_eq!(only("09.03.2024"), (ymd(2024, 3, 9), None));
        assert_eq!(only("9.3.24"), (ymd(2024, 3, 9), None));
        match read_date("03/09/2024") {
            Reading::Both { first, second } => {
                assert_eq!(first.0.date, ymd(2024, 9, 3));
                assert_eq!(second.0.date, ymd(2024, 3, 9));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(read_date("31/12/2024"), Reading::FirstOnly(_)));
        assert!(matches!(read_date("12/31/2024"), Reading::SecondOnly(_)));
        assert!(matches!(read_date("05-05-2024"), Reading::Same(_)));
        assert_eq!(read_date("31/31/2024"), Reading::Unreadable);
        assert_eq!(read_date("2024/03-09"), Reading::Unreadable);
    }

    #[test]
    fn two_digit_years_pivot_at_69() {
        assert_eq!(only("31/12/68").0, ymd(2068, 12, 31));
        assert_eq!(only("31/12/69").0, ymd(1969, 12, 31));
    }

    #[test]
    fn times_after_numeric_dates() {
        assert_eq!(only("31/12/2024 1:45 PM").1, Some(13 * 60 + 45));
        assert_eq!(only("31/12/2024 12:05 am").1, Some(5));
        assert_eq!(only("31.12.2024 23:59:59").1, Some(23 * 60 + 59));
        assert_eq!(read_date("31/12/2024 25:00"), Reading::Unreadable);
    }

    #[test]
    fn month_names_in_six_languages() {
        for text in [
            "Jan 5, 2024",
            "January 5th, 2024",
            "5 Jan 2024",
            "05-Jan-2024",
            "Fri, 5 Jan 2024",
            "Friday, January 5, 2024",
            "5. Januar 2024",
            "5 janv. 2024",
            "5 de enero de 2024",
            "5 januari 2024",
            "5 de janeiro de 2024",
        ] {
            let r = read_date(text);
            let got = r.first().map(|(s, _)| s.date);
            assert_eq!(got, Some(ymd(2024, 1, 5)), "{text}");
        }
        assert_eq!(only("5. März 2024").0, ymd(2024, 3, 5));
        assert_eq!(only("12 déc. 2023").0, ymd(2023, 12, 12));
        assert_eq!(only("Jan 5, 2024 at 3:04 PM").1, Some(15 * 60 + 4));
        assert_eq!(read_date("Banana 5, 2024"), Reading::Unreadable);
    }

    #[test]
    fn numbers_as_dates() {
        let excel = NumericDates::detect([45_000.0, 45_292.5].into_iter()).unwrap();
        assert_eq!(excel, NumericDates::ExcelSerial);
        assert_eq!(excel.stamp(45_292.0).unwrap().date, ymd(2024, 1, 1));
        assert_eq!(excel.stamp(45_292.5).unwrap().minute, Some(720));
        assert_eq!(excel.stamp(1.0).unwrap().date, ymd(1900, 1, 1));
        assert_eq!(excel.stamp(61.0).unwrap().date, ymd(1900, 3, 1));
        let unix = NumericDates::detect([1_704_067_200.0].into_iter()).unwrap();
        assert_eq!(unix, NumericDates::UnixSeconds);
        assert_eq!(unix.stamp(1_704_067_200.0).unwrap().date, ymd(2024, 1, 1));
        let ms = NumericDates::detect([1_704_067_200_000.0].into_iter()).unwrap();
        assert_eq!(ms.stamp(1_704_153_599_000.0).unwrap().date, ymd(2024, 1, 1));
        let compact = NumericDates::detect([20_240_105.0].into_iter()).unwrap();
        assert_eq!(compact.stamp(20_240_105.0).unwrap().date, ymd(2024, 1, 5));
    }
}
