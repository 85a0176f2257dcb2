//! How a column's values are written, as the mapping screen describes it.
//!
//! The reader keeps the description typed, not as a sentence, so the page writes it in its
//! own language and writes it again when the merchant switches language, without the file
//! being read again; and so the page can tell an Excel serial-date column by its type.

use super::date::{DateShape, NumericDates};
use super::number::NumberStyle;
use segmenter_words::{Arg, Key, Language};
use serde::{Deserialize, Serialize};

/// How a column's values are written: "decimal comma (1.234,50)", "DD/MM/YYYY with time".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnFormat {
    /// Text whose values are all whole numbers (order numbers, postal codes).
    WholeNumbers,
    /// Text with a different value on every row.
    TextAllDifferent,
    /// Text with this many different values (a status, a country).
    TextValues(usize),
    /// Identifiers such as `ORD-1001`, nearly all different.
    Identifiers,
    /// Text with mostly different values (names, addresses).
    TextMostlyDifferent,
    /// Numbers, with their decimal separator.
    Numbers(NumberStyle),
    /// Dates written as text.
    Dates {
        /// The most common written shape.
        shape: DateShape,
        /// For numeric dates (`03/04/2024`), whether the day comes first.
        day_first: bool,
        /// Whether any cell had a time of day.
        has_time: bool,
    },
    /// Numbers that stand for dates: Excel serials, Unix time, `YYYYMMDD`.
    NumericDates(NumericDates),
    /// Numbers asked for as dates that do not read as any.
    NotDates,
}

impl ColumnFormat {
    /// Whether the column holds Excel serial dates, which count from 1900 or from 1904:
    /// the numbers alone cannot tell, so the mapping screen asks.
    pub fn excel_serials(self) -> Option<NumericDates> {
        match self {
            ColumnFormat::NumericDates(
                kind @ (NumericDates::ExcelSerial | NumericDates::Excel1904),
            ) => Some(kind),
            _ => None,
        }
    }

    /// The description in `language`.
    ///
    /// ```
    /// use segmenter_engine::reading::{ColumnFormat, NumberStyle};
    /// use segmenter_words::Language;
    /// let comma = ColumnFormat::Numbers(NumberStyle::DecimalComma);
    /// assert_eq!(comma.label(Language::English), "decimal comma (1.234,50)");
    /// assert_eq!(comma.label(Language::German), "Dezimalkomma (1.234,50)");
    /// ```
    pub fn label(self, language: Language) -> String {
        let text = |key| language.text(key, &[]);
        match self {
            ColumnFormat::WholeNumbers => text(Key::OverviewWholeNumbers),
            ColumnFormat::TextAllDifferent => text(Key::OverviewTextAllDifferent),
            // Counted in every language, English included, for its plural ("1 value").
            ColumnFormat::TextValues(n) => {
                language.text(Key::OverviewTextValues, &[("count", Arg::Count(n as u64))])
            }
            ColumnFormat::Identifiers => text(Key::OverviewIdentifiers),
            ColumnFormat::TextMostlyDifferent => text(Key::OverviewTextMostlyDifferent),
            ColumnFormat::Numbers(NumberStyle::DecimalPoint) => text(Key::OverviewDecimalPoint),
            ColumnFormat::Numbers(NumberStyle::DecimalComma) => text(Key::OverviewDecimalComma),
            ColumnFormat::Dates {
                shape,
                day_first,
                has_time,
            } => {
                let date = text(match shape {
                    DateShape::Iso => Key::OverviewDateIso,
                    DateShape::YearFirst => Key::OverviewDateYearFirst,
                    DateShape::Dotted => Key::OverviewDateDotted,
                    DateShape::Numeric if day_first => Key::OverviewDateDayFirst,
                    DateShape::Numeric => Key::OverviewDateMonthFirst,
                    DateShape::MonthName => Key::OverviewDateMonthNames,
                });
                if has_time {
                    language.text(Key::OverviewDateWithTime, &[("date", date.into())])
                } else {
                    date
                }
            }
            ColumnFormat::NumericDates(kind) => text(match kind {
                NumericDates::ExcelSerial => Key::OverviewExcelSerial,
                NumericDates::Excel1904 => Key::OverviewExcel1904,
                NumericDates::UnixSeconds => Key::OverviewUnixSeconds,
                NumericDates::UnixMillis => Key::OverviewUnixMillis,
                NumericDates::CompactYmd => Key::OverviewCompactYmd,
            }),
            ColumnFormat::NotDates => text(Key::OverviewNotDates),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_as_it_always_read() {
        let en = Language::English;
        let dates = ColumnFormat::Dates {
            shape: DateShape::Numeric,
            day_first: true,
            has_time: true,
        };
        assert_eq!(dates.label(en), "DD/MM/YYYY with time");
        assert_eq!(
            ColumnFormat::NumericDates(NumericDates::Excel1904).label(en),
            "Excel date serial numbers (1904 date system)"
        );
        assert_eq!(
            ColumnFormat::TextValues(12345).label(en),
            "text, 12,345 different values"
        );
        assert_eq!(ColumnFormat::TextValues(1).label(en), "text, 1 value");
    }

    #[test]
    fn german_writes_dates_as_german_spreadsheets_do() {
        let de = Language::German;
        let dates = ColumnFormat::Dates {
            shape: DateShape::Dotted,
            day_first: true,
            has_time: true,
        };
        assert_eq!(dates.label(de), "TT.MM.JJJJ mit Uhrzeit");
        assert_eq!(
            ColumnFormat::TextValues(1234).label(de),
            "Text, 1.234 verschiedene Werte"
        );
        assert_eq!(
            ColumnFormat::NumericDates(NumericDates::ExcelSerial).label(de),
            "Excel-Datumsseriennummern"
        );
    }

    #[test]
    fn excel_serials_are_told_by_their_type() {
        let serials = ColumnFormat::NumericDates(NumericDates::Excel1904);
        assert_eq!(serials.excel_serials(), Some(NumericDates::Excel1904));
        let unix = ColumnFormat::NumericDates(NumericDates::UnixSeconds);
        assert_eq!(unix.excel_serials(), None);
    }
}
