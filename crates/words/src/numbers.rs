//! How each language writes counts, decimals, shares and dates, and which plural form a
//! count takes (CLDR's rules for whole numbers).

use crate::{Arg, Key, Language};

/// A plural category, as Fluent selections name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Many,
    Other,
}

impl Plural {
    /// The category's name in Fluent files: `one`, `many`, `other`.
    pub fn name(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

impl Language {
    /// The plural category of a count (CLDR 44): French and Portuguese treat 0 as singular,
    /// and they and Spanish have a `many` form for whole millions.
    pub fn plural(self, n: u64) -> Plural {
        let millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Language::English | Language::German | Language::Dutch => {
                if n == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Language::Spanish if n == 1 => Plural::One,
            Language::French | Language::Portuguese if n <= 1 => Plural::One,
            Language::Spanish | Language::French | Language::Portuguese if millions => Plural::Many,
            _ => Plural::Other,
        }
    }

    /// A name (`Total spent`) as it reads inside a sentence: its first letter in lower
    /// case, except in German, whose nouns keep their capital, and in an acronym. The
    /// words after it keep theirs (months, seasons and places are names), unless every word
    /// has one, as a column's header in title case ("Loyalty Points") does.
    ///
    /// ```
    /// use segmenter_words::Language;
    /// assert_eq!(Language::French.in_sentence("Total dépensé"), "total dépensé");
    /// assert_eq!(
    ///     Language::English.in_sentence("Spent from 1 March 2025 to 30 June 2025"),
    ///     "spent from 1 March 2025 to 30 June 2025"
    /// );
    /// assert_eq!(Language::English.in_sentence("Loyalty Points"), "loyalty points");
    /// assert_eq!(Language::English.in_sentence("Net LTV"), "net LTV");
    /// assert_eq!(Language::English.in_sentence("RFM score"), "RFM score");
    /// assert_eq!(Language::German.in_sentence("Ausgaben gesamt"), "Ausgaben gesamt");
    /// ```
    pub fn in_sentence(self, name: &str) -> String {
        if self == Language::German {
            return name.to_string();
        }
        let words: Vec<&str> = name.split(' ').collect();
        let mut lettered = words
            .iter()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphabetic());
        let title_case = words.len() > 1 && lettered.all(char::is_uppercase);
        let lowered = |word: &str| {
            let mut letters = word.chars();
            match (letters.next(), letters.next()) {
                // An acronym ("RFM", "LTV") keeps its capitals.
                (Some(first), second) if !second.is_some_and(char::is_uppercase) => first
                    .to_lowercase()
                    .chain(word[first.len_utf8()..].chars())
                    .collect(),
                _ => word.to_string(),
            }
        };
        (words.iter().enumerate())
            .map(|(i, word)| {
                if i == 0 || title_case {
                    lowered(word)
                } else {
                    word.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The mark between the whole part and the decimals.
    pub fn decimal_mark(self) -> char {
        if self == Language::English {
            '.'
        } else {
            ','
        }
    }

    /// The mark between groups of thousands.
    fn thousands_mark(self) -> char {
        match self {
            Language::English => ',',
            // CLDR: a narrow no-break space.
            Language::French => '\u{202f}',
            _ => '.',
        }
    }

    /// A whole number with the language's thousands marks: `1,234` in English, `1.234` in
    /// German; Spanish leaves four digits ungrouped (`1234`, `12.345`).
    pub fn count(self, n: u64) -> String {
        self.grouped(&n.to_string())
    }

    /// A number with `places` decimals, written as the language writes it.
    ///
    /// ```
    /// use segmenter_words::Language;
    /// assert_eq!(Language::English.decimal(-1234.567, 2), "-1,234.57");
    /// assert_eq!(Language::French.decimal(1234.5, 1), "1\u{202f}234,5");
    /// ```
    pub fn decimal(self, x: f64, places: usize) -> String {
        let written = format!("{:.*}", places, x.abs());
        let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
        let sign = if x < 0.0 && written.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        };
        let mut out = format!("{sign}{}", self.grouped(whole));
        if !fraction.is_empty() {
            out.push(self.decimal_mark());
            out.push_str(fraction);
        }
        out
    }

    /// A share (0.125) as a percentage with one decimal: `12.5%`, `12,5 %`.
    pub fn percent(self, share: f64) -> String {
        self.percent_to(share, 1)
    }

    /// A share as a percentage with `places` decimals: `30%`, `30 %` in German, where a
    /// sentence quotes whole percentages.
    ///
    /// ```
    /// use segmenter_words::Language;
    /// assert_eq!(Language::English.percent_to(0.3, 0), "30%");
    /// assert_eq!(Language::German.percent_to(0.3, 0), "30\u{a0}%");
    /// ```
    pub fn percent_to(self, share: f64, places: usize) -> String {
        let number = self.decimal(share * 100.0, places);
        match self {
            Language::English | Language::Dutch | Language::Portuguese => format!("{number}%"),
            Language::French => format!("{number}\u{202f}%"),
            Language::German | Language::Spanish => format!("{number}\u{a0}%"),
        }
    }

    /// A file's size in bytes, kilobytes, megabytes or gigabytes (powers of 1000), with
    /// one decimal below ten: `512 bytes`, `4.2 MB`, `504 MB`, `3,5 Go` in French.
    pub fn size(self, bytes: u64) -> String {
        const UNITS: [Key; 4] = [Key::SizeBytes, Key::SizeKb, Key::SizeMb, Key::SizeGb];
        let mut value = bytes as f64;
        let mut unit = 0;
        while value >= 1000.0 && unit < UNITS.len() - 1 {
            value /= 1000.0;
            unit += 1;
        }
        let (number, count) = if unit == 0 {
            (self.count(bytes), bytes)
        } else {
            (self.decimal(value, usize::from(value < 10.0)), 2)
        };
        self.text(
            UNITS[unit],
            &[
                ("size", Arg::Text(number.into())),
                ("count", Arg::Count(count)),
            ],
        )
    }

    /// A month's name (1–12): `March`, `März`, `mars`.
    pub fn month(self, month: u32) -> String {
        self.text(MONTHS[(month.clamp(1, 12) - 1) as usize], &[])
    }

    /// A day written out: `3 March 2026`, `3. März 2026`, `3 de marzo de 2026`.
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        let month = self.month(month);
        self.text(
            Key::DateLong,
            &[
                ("day", Arg::Count(u64::from(day))),
                ("month", Arg::Text(month.into())),
                ("year", Arg::Text(year.to_string().into())),
            ],
        )
    }

    /// `digits` (ASCII digits, no sign) in groups of three.
    fn grouped(self, digits: &str) -> String {
        if self == Language::Spanish && digits.len() <= 4 {
            return digits.to_string();
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.thousands_mark());
            }
            out.push(c);
        }
        out
    }
}

/// The months' names, January first.
pub const MONTHS: [Key; 12] = [
    Key::Month1,
    Key::Month2,
    Key::Month3,
    Key::Month4,
    Key::Month5,
    Key::Month6,
    Key::Month7,
    Key::Month8,
    Key::Month9,
    Key::Month10,
    Key::Month11,
    Key::Month12,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_as_each_language_groups_them() {
        let written: Vec<String> = Language::ALL.iter().map(|l| l.count(1234)).collect();
        assert_eq!(
            written,
            ["1,234", "1.234", "1\u{202f}234", "1234", "1.234", "1.234"]
        );
        assert_eq!(Language::Spanish.count(12345), "12.345");
        assert_eq!(Language::English.count(1_000_000), "1,000,000");
        assert_eq!(Language::English.count(7), "7");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        use Plural::*;
        let of = |l: Language| [0, 1, 2, 1_000_000].map(|n| l.plural(n));
        assert_eq!(of(Language::English), [Other, One, Other, Other]);
        assert_eq!(of(Language::French), [One, One, Other, Many]);
        assert_eq!(of(Language::Spanish), [Other, One, Other, Many]);
        assert_eq!(of(Language::Portuguese), [One, One, Other, Many]);
    }

    #[test]
    fn decimals_round_and_keep_no_negative_zero() {
        assert_eq!(Language::English.decimal(-0.04, 1), "0.0");
        assert_eq!(Language::German.decimal(0.05, 2), "0,05");
        assert_eq!(Language::English.percent(1.0), "100.0%");
    }

    #[test]
    fn sizes_are_written_with_the_language_marks_and_units() {
        assert_eq!(Language::English.size(1), "1 byte");
        assert_eq!(Language::English.size(999), "999 bytes");
        assert_eq!(Language::English.size(4_200_000), "4.2 MB");
        assert_eq!(Language::English.size(504_000_000), "504 MB");
        assert_eq!(Language::French.size(3_500_000_000), "3,5 Go");
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let written: Vec<String> = Language::ALL.iter().map(|l| l.date(2026, 3, 3)).collect();
        assert_eq!(
            written,
            [
                "3 March 2026",
                "3. März 2026",
                "3 mars 2026",
                "3 de marzo de 2026",
                "3 maart 2026",
                "3 de março de 2026"
            ]
        );
        // The first of the month is an ordinal in French and Portuguese.
        let first: Vec<String> = Language::ALL.iter().map(|l| l.date(2025, 6, 1)).collect();
        assert_eq!(
            first,
            [
                "1 June 2025",
                "1. Juni 2025",
                "1er juin 2025",
                "1 de junio de 2025",
                "1 juni 2025",
                "1º de junho de 2025"
            ]
        );
    }
}
