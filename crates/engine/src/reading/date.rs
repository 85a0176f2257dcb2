//! Date text → calendar days (and the time of day when there is one).
//!
//! Accepts ISO 8601 with or without time and UTC offset (the date is kept as written, that
//! is the calendar date at that offset), `YYYY/MM/DD`, `DD.MM.YYYY`, `DD/MM/YYYY` and
//! `MM/DD/YYYY` (slashes or dashes, two- or four-digit years), and month names in English,
//! German, French, Spanish, Dutch and Portuguese (`Jan 5, 2024`, `5. März 2024`). Numeric
//! dates whose order is ambiguous read both ways ([`Reading::Both`], day first = first
//! reading); the column decides. Numbers as dates (Excel serials, Unix time) are the
//! column's business, see [`NumericDates`].

use super::style::{Reading, Slot};
use crate::basics::calendar::Date;
use serde::{Deserialize, Serialize};

/// A date and, when the cell had one, the minute of the day (0–1439).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// The calendar day.
    pub date: Date,
    /// Minutes since midnight, when a time was given.
    pub minute: Option<u16>,
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

    /// The stamp a number stands for.
    pub fn stamp(self, v: f64) -> Option<Stamp> {
        let from_seconds = |s: f64| {
            let day = (s / 86_400.0).floor();
            let minute = ((s - day * 86_400.0) / 60.0).floor() as u16;
            Some(Stamp {
                date: Date(day as i32),
                minute: Some(minute),
            })
        };
        match self {
            NumericDates::UnixSeconds => from_seconds(v),
            NumericDates::UnixMillis => from_seconds(v / 1000.0),
            NumericDates::ExcelSerial => {
                // Serial 60 is Excel's non-existent 1900-02-29; from 61 on, day 0 is 1899-12-30.
                let whole = v.floor();
                if whole < 1.0 || whole == 60.0 {
                    return None;
                }
                let offset = if whole < 60.0 { 1.0 } else { 0.0 };
                let date = Date::from_ymd(1899, 12, 30)?.plus_days((whole + offset) as i32);
                let minute =
                    (v.fract() > 0.0).then(|| (v.fract() * 1440.0).round().min(1439.0) as u16);
                Some(Stamp { date, minute })
            }
            NumericDates::CompactYmd => {
                let n = v as u32;
                Date::from_ymd((n / 10_000) as i32, n / 100 % 100, n % 100)
                    .map(|date| Stamp { date, minute: None })
            }
        }
    }

    /// Description shown with a column.
    pub fn label(self) -> &'static str {
        match self {
            NumericDates::ExcelSerial => "Excel date serial numbers",
            NumericDates::UnixSeconds => "Unix time in seconds",
            NumericDates::UnixMillis => "Unix time in milliseconds",
            NumericDates::CompactYmd => "YYYYMMDD",
        }
    }
}

/// Reads a date cell: first reading day first, second month first.
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
    let s = text.trim();
    if s.is_empty() {
        return Reading::Empty;
    }
    let b = s.as_bytes();
    if let Some(r) = iso(b) {
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
        named_month(&tokens)
    } else {
        numeric(&tokens)
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

/// The ISO fast path, `YYYY-MM-DD` followed by nothing or a time.
fn iso(b: &[u8]) -> Option<Reading<(Stamp, DateShape)>> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = two(&b[0..2])? * 100 + two(&b[2..4])?;
    let date = Date::from_ymd(year as i32, two(&b[5..7])?, two(&b[8..10])?);
    let rest = &b[10..];
    let minute = if rest.is_empty() {
        None
    } else if matches!(rest[0], b'T' | b' ') {
        match time_of_day(std::str::from_utf8(&rest[1..]).ok()?) {
            Some(m) => Some(m),
            None => return Some(Reading::Unreadable),
        }
    } else {
        return Some(Reading::Unreadable);
    };
    Some(match date {
        Some(date) => Reading::Same((Stamp { date, minute }, DateShape::Iso)),
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
    time_of_day(text).or_else(|| read_date(text).first().and_then(|(s, _)| s.minute))
}

/// Parses what follows a date: `13:45`, `13:45:12.123`, `1:45 PM`, then an optional `Z`,
/// `+01:00`, `-0500` or zone name. `None` when it is not a time.
fn time_of_day(s: &str) -> Option<u16> {
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
    if hour > 23 || !is_zone(zone) {
        return None;
    }
    Some((hour * 60 + minute) as u16)
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

/// An empty zone, `Z`, an offset (`+01:00`, `-0500`, `+01`) or a zone abbreviation (`UTC`).
fn is_zone(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s == "Z" {
        return true;
    }
    let (name, offset) = match s.find(['+', '-']) {
        Some(i) => (s[..i].trim(), &s[i + 1..]),
        None => (s, ""),
    };
    let name_ok =
        name.is_empty() || (name.len() <= 5 && name.bytes().all(|b| b.is_ascii_uppercase()));
    let offset_ok = offset.is_empty()
        || matches!(offset.len(), 2 | 4 | 5)
            && offset.bytes().filter(|b| b.is_ascii_digit()).count() >= 2
            && offset.bytes().all(|b| b.is_ascii_digit() || b == b':');
    name_ok && offset_ok && !(name.is_empty() && offset.is_empty())
}

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
fn trailing_time(rest: &[Tok<'_>]) -> Option<Option<u16>> {
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
fn numeric(t: &[Tok<'_>]) -> Reading<(Stamp, DateShape)> {
    let [Tok::Num(a, da), Tok::Sep(s1), Tok::Num(b, db), Tok::Sep(s2), Tok::Num(c, dc), rest @ ..] =
        t
    else {
        return Reading::Unreadable;
    };
    let Some(minute) = trailing_time(rest) else {
        return Reading::Unreadable;
    };
    if s1 != s2 || *db > 2 {
        return Reading::Unreadable;
    }
    let stamp = |y: i32, m: u32, d: u32, shape| {
        Date::from_ymd(y, m, d).map(|date| (Stamp { date, minute }, shape))
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
fn named_month(t: &[Tok<'_>]) -> Reading<(Stamp, DateShape)> {
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
    let Some(minute) = trailing_time(rest) else {
        return Reading::Unreadable;
    };
    match Date::from_ymd(year, month, day) {
        Some(date) => Reading::Same((Stamp { date, minute }, DateShape::MonthName)),
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
