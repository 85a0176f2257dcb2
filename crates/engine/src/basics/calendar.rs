//! Calendar dates as day numbers: the one date type the engine computes with.
//!
//! Order dates only ever need whole days (recency, intervals, weekdays, seasons), so a
//! date is the number of days since 1970-01-01. The civil-calendar conversions are
//! Howard Hinnant's `days_from_civil` / `civil_from_days`, exact over the proleptic
//! Gregorian calendar.

use segmenter_words::Language;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar day, counted from 1970-01-01 (day 0). Serialised as `YYYY-MM-DD`, so saved
/// schemes and exports read naturally.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a date in the form YYYY-MM-DD"))
        })
    }
}

/// Day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The English name, as shown in the page.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Mon => "Monday",
            Weekday::Tue => "Tuesday",
            Weekday::Wed => "Wednesday",
            Weekday::Thu => "Thursday",
            Weekday::Fri => "Friday",
            Weekday::Sat => "Saturday",
            Weekday::Sun => "Sunday",
        }
    }
}

/// English month names, January first, for labels.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The date of a civil year, month (1–12) and day (1–31), or `None` when no such day
    /// exists (30 February) or the year is outside 1800–2200, which no shop export holds.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1800..=2200).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date(days_from_civil(year, month, day)))
    }

    /// The civil year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The civil year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// Day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 when Monday is 0).
        Weekday::ALL[(self.0 + 3).rem_euclid(7) as usize]
    }

    /// The date `days` later (earlier when negative).
    pub fn plus_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    /// Whole days from `earlier` to `self`.
    pub fn days_since(self, earlier: Date) -> i32 {
        self.0 - earlier.0
    }

    /// The date as a sentence writes it: "1 March 2025".
    pub fn spelled(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTH_NAMES[m as usize - 1])
    }

    /// The date as a sentence in `language` writes it: "1 March 2025", "1. März 2025".
    pub fn written(self, language: Language) -> String {
        let (y, m, d) = self.ymd();
        language.date(y, m, d)
    }

    /// Parses `YYYY-MM-DD`, the form dates take in options and exports.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &[u8]| -> Option<u32> {
            s.iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        Date::from_ymd(num(&b[..4])? as i32, num(&b[5..7])?, num(&b[8..])?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        _ => 28,
    }
}

fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn agrees_with_chrono_over_four_centuries() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let mut day = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();
        while day <= end {
            let ours = Date::from_ymd(day.year(), day.month(), day.day()).unwrap();
            assert_eq!(i64::from(ours.0), (day - epoch).num_days());
            assert_eq!(ours.ymd(), (day.year(), day.month(), day.day()));
            assert_eq!(ours.weekday() as u32, day.weekday().num_days_from_monday());
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn english_sentences_write_dates_as_they_always_have() {
        for (y, m, d) in [(2025, 3, 1), (1999, 12, 31), (2026, 1, 15)] {
            let day = Date::from_ymd(y, m, d).unwrap();
            assert_eq!(day.written(Language::English), day.spelled());
        }
        let day = Date::from_ymd(2026, 3, 3).unwrap();
        assert_eq!(day.written(Language::German), "3. März 2026");
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(Date::from_ymd(2023, 2, 29), None);
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        assert_eq!(Date::from_ymd(2024, 4, 31), None);
        assert_eq!(Date::from_ymd(2024, 13, 1), None);
        assert_eq!(Date::from_ymd(2024, 1, 0), None);
    }

    #[test]
    fn iso_round_trip() {
        let d = Date::parse_iso("2024-03-09").unwrap();
        assert_eq!(d.to_string(), "2024-03-09");
        assert_eq!(Date::parse_iso("2024-3-9"), None);
        assert_eq!(Date(0).to_string(), "1970-01-01");
    }
}
