//! Shopping seasons and holidays: named date windows, recomputed for every year, that say
//! whether an order was placed in the run-up to an occasion.
//!
//! The calendar is data the merchant can edit: each [`Season`] is a window ending on an
//! occasion (a fixed date, the nth weekday of a month, or Black Friday to Cyber Monday).
//!
//! A season's name is also its feature's id (`season_share_valentines_day`), which rules
//! and saved schemes hold, so the built-in seasons keep their English names as data in
//! every language and are shown in the merchant's ([`Season::shown_name`]); a season the
//! merchant named is shown as they wrote it.
//!
//! ```
//! use segmenter_engine::features::seasons::{default_calendar, kept_name};
//! use segmenter_words::Language;
//! let valentine = &default_calendar()[2];
//! assert_eq!(valentine.name, "Valentine's Day");
//! assert_eq!(valentine.shown_name(Language::German), "Valentinstag");
//! // Typed back as shown, it stays the built-in season.
//! assert_eq!(kept_name("Valentinstag", Language::German), "Valentine's Day");
//! assert_eq!(kept_name("Valentinstag 2026", Language::German), "Valentinstag 2026");
//! ```

use crate::basics::calendar::{Date, Weekday};
use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};

/// When an occasion falls in a given year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    /// The same day every year, e.g. 14 February.
    Fixed {
        /// Month, 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// The `n`th given weekday of a month, e.g. the second Sunday of May (Mother's Day in
    /// the United States and many other countries).
    NthWeekday {
        /// Month, 1–12.
        month: u32,
        /// The weekday.
        weekday: Weekday,
        /// Which one, from 1.
        n: u32,
    },
    /// From Black Friday (the day after the fourth Thursday of November) to Cyber Monday.
    BlackFridayWeekend,
}

/// A named buying season: the `days_before` days up to and including the occasion (for
/// Black Friday, the four days to Cyber Monday).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Season {
    /// The season's name as kept: in English for a built-in season, as the merchant wrote
    /// it for theirs. Its feature's id is made from it; segments and features show
    /// [`Season::shown_name`].
    pub name: String,
    /// When the occasion falls.
    pub occasion: Occasion,
    /// Days of buying before the occasion that count, the occasion included.
    pub days_before: u32,
}

/// The built-in seasons: the name each is kept under (English, what its feature's id is
/// made from) and the message naming it in the merchant's language.
const BUILT_IN: [(&str, Key); 4] = [
    (
        "Black Friday to Cyber Monday",
        Key::FeaturesSeasonBlackFriday,
    ),
    ("December holidays", Key::FeaturesSeasonDecember),
    ("Valentine's Day", Key::FeaturesSeasonValentine),
    ("Mother's Day", Key::FeaturesSeasonMother),
];

/// A season kept under `name` as the merchant reads it in `language`: a built-in season's
/// name in that language, any other as written.
pub fn shown_name(name: &str, language: Language) -> String {
    match BUILT_IN.iter().find(|(kept, _)| *kept == name) {
        Some((_, key)) => language.text(*key, &[]),
        None => name.to_string(),
    }
}

/// The name to keep for a season the merchant named `written` while the page spoke
/// `language`: a built-in season's name as shown (in that language or in English) keeps the
/// built-in season, and its feature's id; any other name is the merchant's own.
pub fn kept_name(written: &str, language: Language) -> String {
    let written = written.trim();
    BUILT_IN
        .iter()
        .find(|(kept, key)| *kept == written || language.text(*key, &[]) == written)
        .map_or_else(|| written.to_string(), |(kept, _)| kept.to_string())
}

impl Season {
    /// The season's name as the merchant reads it in `language` (see [`shown_name`]).
    pub fn shown_name(&self, language: Language) -> String {
        shown_name(&self.name, language)
    }

    /// The window `(first day, last day)` of this season in `year`.
    pub fn window(&self, year: i32) -> Option<(Date, Date)> {
        let end = match self.occasion {
            Occasion::Fixed { month, day } => Date::from_ymd(year, month, day)?,
            Occasion::NthWeekday { month, weekday, n } => nth_weekday(year, month, weekday, n)?,
            Occasion::BlackFridayWeekend => {
                let thanksgiving = nth_weekday(year, 11, Weekday::Thu, 4)?;
                return Some((thanksgiving.plus_days(1), thanksgiving.plus_days(4)));
            }
        };
        Some((end.plus_days(1 - self.days_before.max(1) as i32), end))
    }

    /// The first window of this season that has not ended by `day`.
    pub fn next_window(&self, day: Date) -> Option<(Date, Date)> {
        [day.year(), day.year() + 1]
            .into_iter()
            .filter_map(|year| self.window(year))
            .find(|&(_, end)| end >= day)
    }

    /// Whether `date` falls in this season. A window is named by the year its occasion
    /// falls in, so one that crosses New Year (15 December to 10 January) counts its
    /// December days under the next year's window: both are looked at.
    pub fn contains(&self, date: Date) -> bool {
        [date.year(), date.year() + 1].into_iter().any(|year| {
            self.window(year)
                .is_some_and(|(from, to)| date >= from && date <= to)
        })
    }
}

/// The `n`th `weekday` of a month.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<Date> {
    let first = Date::from_ymd(year, month, 1)?;
    let offset = (weekday as i32 - first.weekday() as i32).rem_euclid(7);
    let date = first.plus_days(offset + 7 * (n.max(1) as i32 - 1));
    (date.month() == month).then_some(date)
}

/// The calendar the page starts with: the occasions most online shops plan for.
pub fn default_calendar() -> Vec<Season> {
    let [black_friday, december, valentine, mother] = BUILT_IN.map(|(name, _)| name.to_string());
    vec![
        Season {
            name: black_friday,
            occasion: Occasion::BlackFridayWeekend,
            days_before: 4,
        },
        Season {
            name: december,
            occasion: Occasion::Fixed { month: 12, day: 24 },
            days_before: 24,
        },
        Season {
            name: valentine,
            occasion: Occasion::Fixed { month: 2, day: 14 },
            days_before: 14,
        },
        Season {
            name: mother,
            occasion: Occasion::NthWeekday {
                month: 5,
                weekday: Weekday::Sun,
                n: 2,
            },
            days_before: 14,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn windows_move_with_the_calendar() {
        let calendar = default_calendar();
        // Thanksgiving 2024 was 28 November: Black Friday 29, Cyber Monday 2 December.
        assert_eq!(
            calendar[0].window(2024),
            Some((d(2024, 11, 29), d(2024, 12, 2)))
        );
        assert_eq!(
            calendar[0].window(2023),
            Some((d(2023, 11, 24), d(2023, 11, 27)))
        );
        assert_eq!(
            calendar[1].window(2024),
            Some((d(2024, 12, 1), d(2024, 12, 24)))
        );
        assert_eq!(
            calendar[2].window(2025),
            Some((d(2025, 2, 1), d(2025, 2, 14)))
        );
        // Mother's Day (second Sunday of May): 12 May 2024, 11 May 2025.
        assert_eq!(
            calendar[3].window(2024),
            Some((d(2024, 4, 29), d(2024, 5, 12)))
        );
        assert_eq!(calendar[3].window(2025).unwrap().1, d(2025, 5, 11));
        assert!(calendar[2].contains(d(2024, 2, 10)));
        assert!(!calendar[2].contains(d(2024, 2, 15)));
    }

    #[test]
    fn a_season_across_new_year_counts_both_sides() {
        // 15 December to 10 January: 27 days up to the occasion.
        let season = Season {
            name: "Winter sale".into(),
            occasion: Occasion::Fixed { month: 1, day: 10 },
            days_before: 27,
        };
        assert_eq!(season.window(2025), Some((d(2024, 12, 15), d(2025, 1, 10))));
        for day in [
            d(2024, 12, 15),
            d(2024, 12, 31),
            d(2025, 1, 1),
            d(2025, 1, 10),
        ] {
            assert!(season.contains(day), "{day}");
        }
        for day in [d(2024, 12, 14), d(2025, 1, 11), d(2025, 6, 1)] {
            assert!(!season.contains(day), "{day}");
        }
        // Every December and January day of the window, not one side only.
        let counted = (0..60)
            .map(|i| d(2024, 12, 1).plus_days(i))
            .filter(|&day| season.contains(day))
            .count();
        assert_eq!(counted, 27);
        assert_eq!(
            season.next_window(d(2024, 12, 20)),
            Some((d(2024, 12, 15), d(2025, 1, 10)))
        );
    }

    #[test]
    fn built_in_seasons_are_shown_in_the_language_and_kept_in_english() {
        let calendar = default_calendar();
        let shown = |language| {
            calendar
                .iter()
                .map(|s| s.shown_name(language))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown(Language::English),
            calendar.iter().map(|s| s.name.clone()).collect::<Vec<_>>()
        );
        assert_eq!(
            shown(Language::German),
            [
                "Black Friday bis Cyber Monday",
                "Vorweihnachtszeit",
                "Valentinstag",
                "Muttertag"
            ]
        );
        assert_eq!(shown(Language::French)[3], "Fête des mères");
        // Every language names every built-in season, and back.
        for language in Language::ALL {
            for season in &calendar {
                let name = season.shown_name(language);
                assert_eq!(kept_name(&name, language), season.name, "{name}");
            }
        }
        // The merchant's own seasons are shown and kept as written.
        assert_eq!(
            shown_name("Sommerschlussverkauf", Language::French),
            "Sommerschlussverkauf"
        );
        assert_eq!(kept_name(" Summer sale ", Language::German), "Summer sale");
        // A built-in season's English name typed in another language is still the built-in.
        assert_eq!(kept_name("Mother's Day", Language::Dutch), "Mother's Day");
    }
}
