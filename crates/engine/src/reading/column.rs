//! Parsed columns: every column of the file in compact typed form.
//!
//! While the file streams in, each column is built as text (dictionary codes), numbers or
//! dates, a kind guessed from the first rows. Keeping every column, not only the ones the
//! mapping uses, is what lets the merchant remap columns without the file being read again.
//! Any column can still be read as another kind later: a text column of plain integers
//! (quantities, ages) parses its distinct values as numbers, a number column of Excel
//! serials reads as dates.

use super::date::{read_date, read_date_in, DateOrder, DateShape, NumericDates, Stamp, TimeZone};
use super::dictionary::{Codes, Dictionary};
use super::format::ColumnFormat;
use super::number::{is_plain_integer, read_amount, read_number, NumberStyle};
use super::raw_text::{IntIds, RawCells, RawText};
use super::style::{Competing, NeedsReread, Reading, Slot, Votes};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a column holds, as guessed from its first rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnKind {
    /// Text, identifiers and plain integers.
    Text,
    /// Numbers with decimals, currency or thousands separators.
    Number,
    /// Dates, with or without times.
    Date,
}

/// One column of the file.
#[derive(Clone, Debug)]
pub struct Column {
    /// The header.
    pub name: String,
    /// The first few distinct non-empty cells, as written.
    pub examples: Vec<String>,
    /// The values.
    pub data: ColumnData,
    /// How dates are read from it, whenever they are (see [`DateContext`]).
    dates: DateContext,
    /// Each row's currency mark, for a number column whose cells name more than one.
    marks: Option<CurrencyMarks>,
}

/// The currency marks of a number column's cells, row by row (`$12.00` on one row,
/// `12,00 €` on the next). Amounts in different currencies must never be added together,
/// and without a currency column the marks are all that says which row is in which.
///
/// A column keeps them only when its cells name more than one mark: a column of one
/// currency, or of plain numbers, costs nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrencyMarks {
    /// The marks as written (`$`, `€`, `EUR`), in the order the file first has them.
    #[serde(with = "known_marks")]
    names: Vec<&'static str>,
    /// Each row's mark: 0 for none, else 1 + its index in `names`. Empty until a row has a
    /// mark, so a column of plain numbers keeps nothing.
    #[serde(with = "super::packed")]
    rows: Vec<u8>,
}

impl CurrencyMarks {
    /// The marks as written, in the order the file first has them.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    /// The mark of the cell at `row`, if it has one.
    pub fn at(&self, row: usize) -> Option<&'static str> {
        match self.rows.get(row).copied().unwrap_or(0) {
            0 => None,
            code => Some(self.names[usize::from(code) - 1]),
        }
    }

    /// Records the mark of the cell at `row` (the next row).
    fn push(&mut self, row: usize, mark: Option<&'static str>) {
        let Some(mark) = mark else {
            if !self.rows.is_empty() {
                self.rows.push(0);
            }
            return;
        };
        let code = self.code(mark);
        if self.rows.is_empty() {
            self.rows.resize(row, 0);
        }
        self.rows.push(code);
    }

    /// The row code of `mark`, numbering it when it is new. The marks a cell can have are a
    /// short fixed list (see `number`), well under the 255 codes a byte holds.
    fn code(&mut self, mark: &'static str) -> u8 {
        let index = match self.names.iter().position(|&m| m == mark) {
            Some(i) => i,
            None => {
                self.names.push(mark);
                self.names.len() - 1
            }
        };
        u8::try_from(index + 1).unwrap_or(u8::MAX)
    }

    /// Adds the marks of `more`, the `more_rows` rows after the first `rows` of a column
    /// read in parts.
    fn append(&mut self, rows: usize, more: CurrencyMarks, more_rows: usize) {
        if more.rows.is_empty() {
            if !self.rows.is_empty() {
                self.rows.resize(rows + more_rows, 0);
            }
            return;
        }
        let recode: Vec<u8> = std::iter::once(0)
            .chain(more.names.iter().map(|&m| self.code(m)))
            .collect();
        self.rows.resize(rows, 0);
        self.rows
            .extend(more.rows.iter().map(|&c| recode[usize::from(c)]));
        self.rows.resize(rows + more_rows, 0);
    }

    /// The marks of a column of `rows` rows, when its cells name more than one.
    fn finish(mut self, rows: usize) -> Option<CurrencyMarks> {
        (self.names.len() > 1).then(|| {
            self.rows.resize(rows, 0);
            self
        })
    }
}

/// Currency marks travel as text and come back as the reader's own marks; one it does not
/// know cannot have come from a cell, and is refused.
mod known_marks {
    use super::super::number::known_currency_mark;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(names: &[&'static str], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(names)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
        let names: Vec<String> = Deserialize::deserialize(d)?;
        names
            .iter()
            .map(|name| {
                known_currency_mark(name)
                    .ok_or_else(|| D::Error::custom(format!("unknown currency mark {name}")))
            })
            .collect()
    }
}

/// What a column's dates are read in, from the options the file was read with: the shop's
/// time zone for instants, and Excel's date system for serial numbers. A column keeps it,
/// so that reading its text or numbers as dates later (when the merchant maps it) agrees
/// with the dates read while the file streamed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DateContext {
    /// Where instants (date-times with an offset, Unix time) are taken.
    pub(crate) zone: TimeZone,
    /// Whether Excel serials count from 1904 (see [`NumericDates::Excel1904`]).
    pub(crate) excel_1904: bool,
}

/// A column's values in the form its kind keeps them.
#[derive(Clone, Debug)]
pub enum ColumnData {
    /// Text with few distinct values: one dictionary code per row (0 = empty).
    Text {
        /// Codes, one per row.
        codes: Codes,
        /// The distinct texts.
        dict: Dictionary,
    },
    /// Text with mostly different values, kept as written.
    Raw(RawCells),
    /// Numbers; the first convention is the decimal point.
    Number(Competing<f64>),
    /// Dates; the first convention is day first.
    Date {
        /// The stamps.
        cells: Competing<Stamp>,
        /// The most common written shape.
        shape: DateShape,
        /// Whether any cell had a time of day.
        has_time: bool,
    },
}

/// A column read as numbers for a numeric role; borrows a number column's values.
#[derive(Clone, Debug, PartialEq)]
pub struct Numbers<'a> {
    /// One value per row; NaN when empty or unreadable (see [`Numbers::at`]).
    pub values: Cow<'a, [f64]>,
    /// Rows whose text is not a number, with that text.
    pub unreadable: Vec<(u32, String)>,
    /// The convention used, when any cell needed one.
    pub style: Option<NumberStyle>,
}

/// A column read as dates for a date role; borrows a date column's values.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamps<'a> {
    /// One stamp per row; [`Slot::NONE`] when empty or unreadable (see [`Stamps::at`]).
    pub values: Cow<'a, [Stamp]>,
    /// Rows whose text is not a date, with that text.
    pub unreadable: Vec<(u32, String)>,
    /// How the dates are written, e.g. `DD/MM/YYYY`.
    pub format: ColumnFormat,
    /// Whether every numeric date fits both orders, so the merchant should confirm it.
    pub order_undecided: bool,
}

impl Numbers<'_> {
    /// The value at `row`, if there is one.
    pub fn at(&self, row: usize) -> Option<f64> {
        self.values[row].value()
    }

    /// Every row's value, `None` where there is none.
    pub fn options(&self) -> Vec<Option<f64>> {
        self.values.iter().map(|v| v.value()).collect()
    }
}

impl Stamps<'_> {
    /// The stamp at `row`, if there is one.
    pub fn at(&self, row: usize) -> Option<Stamp> {
        self.values[row].value()
    }
}

impl Column {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match &self.data {
            ColumnData::Text { codes, .. } => codes.len(),
            ColumnData::Raw(raw) => raw.len(),
            ColumnData::Number(c) => c.values.len(),
            ColumnData::Date { cells, .. } => cells.values.len(),
        }
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kind the column was read as.
    pub fn kind(&self) -> ColumnKind {
        match self.data {
            ColumnData::Text { .. } | ColumnData::Raw(_) => ColumnKind::Text,
            ColumnData::Number(_) => ColumnKind::Number,
            ColumnData::Date { .. } => ColumnKind::Date,
        }
    }

    /// The cell at `row` as text: as written for text, formatted for numbers and dates.
    pub fn text(&self, row: usize) -> Cow<'_, str> {
        match &self.data {
            ColumnData::Text { codes, dict } => Cow::Borrowed(dict.get(codes.get(row))),
            ColumnData::Raw(raw) => raw.get(row),
            ColumnData::Number(c) => match c.values[row].value() {
                Some(v) => Cow::Owned(format_number(v)),
                None => Cow::Owned(unreadable_text(c, row)),
            },
            ColumnData::Date { cells, .. } => match cells.values[row].value() {
                Some(s) => Cow::Owned(s.date.to_string()),
                None => Cow::Owned(unreadable_text(cells, row)),
            },
        }
    }

    /// Each row's currency mark, when the column is numbers whose cells name more than one
    /// currency (see [`CurrencyMarks`]).
    pub fn currency_marks(&self) -> Option<&CurrencyMarks> {
        self.marks.as_ref()
    }

    /// The currency marks of a column that did not read as numbers, worked out from its
    /// cells: used for amounts, some of its cells are not (`â‚¬12.00`, a `€` decoded in the
    /// wrong encoding) while the others still say their currency (`$20.00`, `30.00 GBP`).
    /// None for a number or date column, or when the cells name fewer than two marks.
    ///
    /// ```
    /// use segmenter_engine::reading::{read_table, ReadOptions};
    /// let csv = "id,amount\n1,$20.00\n2,30.00 GBP\n3,â‚¬12.00\n";
    /// let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
    /// let marks = table.columns[1].text_currency_marks().unwrap();
    /// assert_eq!(marks.names(), ["$", "GBP"]);
    /// assert_eq!((0..3).map(|r| marks.at(r)).collect::<Vec<_>>(), [Some("$"), Some("GBP"), None]);
    /// ```
    pub fn text_currency_marks(&self) -> Option<CurrencyMarks> {
        if matches!(self.data, ColumnData::Number(_) | ColumnData::Date { .. }) {
            return None;
        }
        let (codes, dict) = self.coded();
        // Each distinct text is read once; code 0 is the empty cell.
        let by_code: Vec<Option<&'static str>> = std::iter::once(None)
            .chain(dict.iter().map(|(_, text)| read_amount(text).1))
            .collect();
        let mut marks = CurrencyMarks::default();
        for (row, code) in codes.iter().enumerate() {
            marks.push(row, by_code[code as usize]);
        }
        marks.finish(codes.len())
    }

    /// The column's prefix-and-number identifiers, when it is kept that way.
    pub fn int_ids(&self) -> Option<&IntIds> {
        match &self.data {
            ColumnData::Raw(RawCells::Ids(ids)) => Some(ids),
            _ => None,
        }
    }

    /// The column as dictionary codes, when it is text with few distinct values.
    pub fn codes(&self) -> Option<(&Codes, &Dictionary)> {
        match &self.data {
            ColumnData::Text { codes, dict } => Some((codes, dict)),
            _ => None,
        }
    }

    /// The column as dictionary codes (0 = empty), numbering its distinct texts now when it
    /// was not stored that way. Cells are trimmed.
    pub fn coded(&self) -> (Cow<'_, Codes>, Cow<'_, Dictionary>) {
        if let ColumnData::Text { codes, dict } = &self.data {
            return (Cow::Borrowed(codes), Cow::Borrowed(dict));
        }
        let mut dict = Dictionary::new();
        let codes = (0..self.len())
            .map(|r| dict.code(self.text(r).trim()))
            .collect();
        (Cow::Owned(codes), Cow::Owned(dict))
    }

    /// Whether the cell at `row` is empty.
    pub fn is_blank(&self, row: usize) -> bool {
        match &self.data {
            ColumnData::Text { codes, .. } => codes.get(row) == 0,
            ColumnData::Raw(raw) => raw.is_blank(row),
            ColumnData::Number(c) => c.values[row].is_none() && self.text(row).is_empty(),
            ColumnData::Date { cells, .. } => {
                cells.values[row].is_none() && self.text(row).is_empty()
            }
        }
    }

    /// The convention a number or date column is read under (`true`: the first, the
    /// decimal point or day first), as [`Column::use_convention`] takes it; none for others.
    pub fn convention(&self) -> Option<bool> {
        match &self.data {
            ColumnData::Number(c) => Some(c.first),
            ColumnData::Date { cells, .. } => Some(cells.first),
            ColumnData::Text { .. } | ColumnData::Raw(_) => None,
        }
    }

    /// Switches a number column's decimal convention, or a date column's day/month order.
    pub fn use_convention(&mut self, first: bool) -> Result<(), NeedsReread> {
        match &mut self.data {
            ColumnData::Number(c) => c.use_convention(first),
            ColumnData::Date { cells, .. } => cells.use_convention(first),
            ColumnData::Text { .. } | ColumnData::Raw(_) => Ok(()),
        }
    }

    /// The cell at `row` as a number, when it reads as one (used for one cell at a time,
    /// such as a customer's age from their latest row).
    pub fn number_at(&self, row: usize) -> Option<f64> {
        match &self.data {
            ColumnData::Number(c) => c.values[row].value(),
            _ => {
                let reading = read_number(&self.text(row));
                reading.first().or(reading.second())
            }
        }
    }

    /// The column read as numbers; `style` overrides the convention of a text column's values.
    pub fn numbers(&self, style: Option<NumberStyle>) -> Numbers<'_> {
        match &self.data {
            ColumnData::Number(c) => Numbers {
                values: Cow::Borrowed(&c.values),
                unreadable: c.unreadable().map(|(r, t)| (r, t.to_string())).collect(),
                style: Some(if c.first {
                    NumberStyle::DecimalPoint
                } else {
                    NumberStyle::DecimalComma
                }),
            },
            ColumnData::Text { codes, dict } => text_numbers(codes, dict, style),
            ColumnData::Raw(_) => {
                let (codes, dict) = self.coded();
                text_numbers(&codes, &dict, style)
            }
            ColumnData::Date { cells, .. } => Numbers {
                values: Cow::Owned(vec![f64::NAN; cells.values.len()]),
                unreadable: (0..cells.values.len() as u32)
                    .filter(|&r| !cells.values[r as usize].is_none())
                    .map(|r| (r, self.text(r as usize).into_owned()))
                    .collect(),
                style: None,
            },
        }
    }

    /// The column read as dates; `order` overrides the day/month order of a text column.
    pub fn stamps(&self, order: Option<DateOrder>, default: DateOrder) -> Stamps<'_> {
        match &self.data {
            ColumnData::Date {
                cells,
                shape,
                has_time,
            } => Stamps {
                values: Cow::Borrowed(&cells.values),
                unreadable: cells
                    .unreadable()
                    .map(|(r, t)| (r, t.to_string()))
                    .collect(),
                format: ColumnFormat::Dates {
                    shape: *shape,
                    day_first: cells.first,
                    has_time: *has_time,
                },
                order_undecided: cells.votes.undecided(),
            },
            ColumnData::Text { codes, dict } => {
                text_stamps(codes, dict, order, default, self.dates)
            }
            ColumnData::Raw(_) => {
                let (codes, dict) = self.coded();
                text_stamps(&codes, &dict, order, default, self.dates)
            }
            ColumnData::Number(c) => {
                let present = c.values.iter().copied().filter(|v| !v.is_nan());
                let zone = self.dates.zone;
                let detected =
                    NumericDates::detect(present).map(|k| k.in_1904_system(self.dates.excel_1904));
                match detected {
                    Some(kind) => Stamps {
                        values: c
                            .values
                            .iter()
                            .map(|v| {
                                v.value()
                                    .and_then(|v| kind.stamp_in(v, zone))
                                    .unwrap_or(Stamp::NONE)
                            })
                            .collect::<Vec<_>>()
                            .into(),
                        unreadable: c.unreadable().map(|(r, t)| (r, t.to_string())).collect(),
                        format: ColumnFormat::NumericDates(kind),
                        order_undecided: false,
                    },
                    None => Stamps {
                        values: Cow::Owned(vec![Stamp::NONE; c.values.len()]),
                        unreadable: (0..c.values.len())
                            .filter(|&r| !c.values[r].is_nan())
                            .map(|r| (r as u32, self.text(r).into_owned()))
                            .collect(),
                        format: ColumnFormat::NotDates,
                        order_undecided: false,
                    },
                }
            }
        }
    }

    /// How the column's values are written, for the mapping screen.
    pub fn format(&self, default_order: DateOrder) -> ColumnFormat {
        match &self.data {
            ColumnData::Text { dict, codes } => {
                let integers = dict.iter().all(|(_, t)| is_plain_integer(t));
                match (integers && !dict.is_empty(), dict.len()) {
                    (true, _) => ColumnFormat::WholeNumbers,
                    (false, n) if n == codes.len() => ColumnFormat::TextAllDifferent,
                    (false, n) => ColumnFormat::TextValues(n),
                }
            }
            ColumnData::Raw(RawCells::Ids(_)) => ColumnFormat::Identifiers,
            ColumnData::Raw(RawCells::Text(_) | RawCells::Once { .. }) => {
                ColumnFormat::TextMostlyDifferent
            }
            ColumnData::Number(c) => ColumnFormat::Numbers(if c.first {
                NumberStyle::DecimalPoint
            } else {
                NumberStyle::DecimalComma
            }),
            ColumnData::Date { .. } => self.stamps(None, default_order).format,
        }
    }
}

/// Reads a text column's distinct values as numbers.
fn text_numbers(codes: &Codes, dict: &Dictionary, style: Option<NumberStyle>) -> Numbers<'static> {
    let forced = style.map(|s| s == NumberStyle::DecimalPoint);
    let read = read_dictionary(dict, read_number, forced, thousands_default);
    let v = read.votes;
    let style = (v.first_only + v.second_only + v.ambiguous > 0).then_some(if read.first {
        NumberStyle::DecimalPoint
    } else {
        NumberStyle::DecimalComma
    });
    Numbers {
        values: codes
            .iter()
            .map(|c| read.by_code[c as usize].unwrap_or(Slot::NONE))
            .collect::<Vec<_>>()
            .into(),
        unreadable: unreadable_codes(codes, dict, &read.by_code),
        style,
    }
}

/// Reads a text column's distinct values as dates.
fn text_stamps(
    codes: &Codes,
    dict: &Dictionary,
    order: Option<DateOrder>,
    default: DateOrder,
    dates: DateContext,
) -> Stamps<'static> {
    if let Some(stamps) = integer_dates(codes, dict, dates) {
        return stamps;
    }
    let forced = order.map(|o| o == DateOrder::DayFirst);
    let mut shapes = ShapeTally::default();
    let reader = |t: &str| {
        let r = read_date_in(t, dates.zone);
        if let Some((stamp, shape)) = r.first().or(r.second()) {
            shapes.count(shape, stamp.minute.is_some());
        }
        r.map(|(s, _)| s)
    };
    let read = read_dictionary(dict, reader, forced, |_| default == DateOrder::DayFirst);
    Stamps {
        values: codes
            .iter()
            .map(|c| read.by_code[c as usize].unwrap_or(Slot::NONE))
            .collect::<Vec<_>>()
            .into(),
        unreadable: unreadable_codes(codes, dict, &read.by_code),
        format: ColumnFormat::Dates {
            shape: shapes.most_common(),
            day_first: read.first,
            has_time: shapes.times > 0,
        },
        order_undecided: read.votes.undecided() && forced.is_none(),
    }
}

/// A text column of whole numbers read as dates (Excel serials, Unix time, `20240131`),
/// when every value fits one of those readings.
fn integer_dates(codes: &Codes, dict: &Dictionary, dates: DateContext) -> Option<Stamps<'static>> {
    let numbers: Vec<f64> = dict
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| is_plain_integer(t))
        .filter_map(|t| t.parse().ok())
        .collect();
    if numbers.is_empty() || numbers.len() != dict.len() {
        return None;
    }
    let kind = NumericDates::detect(numbers.iter().copied())?.in_1904_system(dates.excel_1904);
    let by_code: Vec<Option<Stamp>> = std::iter::once(None)
        .chain(numbers.iter().map(|&v| kind.stamp_in(v, dates.zone)))
        .collect();
    Some(Stamps {
        values: codes
            .iter()
            .map(|c| by_code[c as usize].unwrap_or(Stamp::NONE))
            .collect::<Vec<_>>()
            .into(),
        unreadable: unreadable_codes(codes, dict, &by_code),
        format: ColumnFormat::NumericDates(kind),
        order_undecided: false,
    })
}

/// Formats a number as a spreadsheet would read it back: no grouping, a decimal point.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn unreadable_text<T: Slot>(cells: &Competing<T>, row: usize) -> String {
    cells
        .unreadable()
        .find(|&(r, _)| r as usize == row)
        .map(|(_, t)| t.to_string())
        .unwrap_or_default()
}

/// Every distinct text of a dictionary read with one convention, chosen by the distinct
/// values' votes.
struct DictionaryReading<T> {
    /// The value per code (index 0 = empty).
    by_code: Vec<Option<T>>,
    /// The convention used (true = first).
    first: bool,
    /// The distinct values' votes.
    votes: Votes,
}

fn read_dictionary<T: Copy>(
    dict: &Dictionary,
    mut read: impl FnMut(&str) -> Reading<T>,
    forced: Option<bool>,
    default: impl Fn(&[Reading<T>]) -> bool,
) -> DictionaryReading<T> {
    let readings: Vec<Reading<T>> = dict.iter().map(|(_, t)| read(t)).collect();
    let mut votes = Votes::default();
    readings.iter().for_each(|r| votes.count(r));
    let first = forced.unwrap_or_else(|| votes.winner(default(&readings)));
    let mut by_code = Vec::with_capacity(readings.len() + 1);
    by_code.push(None);
    by_code.extend(readings.iter().map(|r| r.under(first)));
    DictionaryReading {
        by_code,
        first,
        votes,
    }
}

/// For numbers that all read both ways (`1,234`), the thousands reading: a decimal point
/// if the ambiguous mark was a comma.
fn thousands_default(readings: &[Reading<f64>]) -> bool {
    // With a comma mark, the first (decimal point) reading is the larger, grouped one.
    let (mut comma, mut dot) = (0, 0);
    for r in readings {
        if let Reading::Both { first, second } = r {
            if first > second {
                comma += 1;
            } else {
                dot += 1;
            }
        }
    }
    comma >= dot
}

fn unreadable_codes<T>(
    codes: &Codes,
    dict: &Dictionary,
    by_code: &[Option<T>],
) -> Vec<(u32, String)> {
    codes
        .iter()
        .enumerate()
        .filter(|&(_, c)| c != 0 && by_code[c as usize].is_none())
        .map(|(r, c)| (r as u32, dict.get(c).to_string()))
        .collect()
}

/// How often each written date shape occurs.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct ShapeTally {
    counts: [u64; 5],
    times: u64,
}

impl ShapeTally {
    fn count(&mut self, shape: DateShape, has_time: bool) {
        self.counts[shape as usize] += 1;
        self.times += u64::from(has_time);
    }

    fn add(&mut self, other: &ShapeTally) {
        for (count, more) in self.counts.iter_mut().zip(other.counts) {
            *count += more;
        }
        self.times += other.times;
    }

    fn most_common(&self) -> DateShape {
        const SHAPES: [DateShape; 5] = [
            DateShape::Iso,
            DateShape::YearFirst,
            DateShape::Dotted,
            DateShape::Numeric,
            DateShape::MonthName,
        ];
        let i = (0..5).max_by_key(|&i| (self.counts[i], 5 - i)).unwrap_or(0);
        SHAPES[i]
    }
}

/// How many distinct examples a column keeps for the mapping screen.
const EXAMPLES: usize = 3;

/// Builds one column as rows stream in.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ColumnBuilder {
    name: String,
    examples: Vec<String>,
    data: Building,
    dates: DateContext,
    /// The currency marks of a number column's cells.
    marks: CurrencyMarks,
}

#[derive(Debug, Serialize, Deserialize)]
enum Building {
    Text {
        codes: Codes,
        dict: Dictionary,
        average_len: usize,
        rows_hint: usize,
    },
    Raw(RawCells),
    Number(Competing<f64>),
    Date {
        cells: Competing<Stamp>,
        shapes: ShapeTally,
    },
}

/// Per-column choices that override what the reader would decide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conventions {
    /// Decimal convention for a number column.
    pub number_style: Option<NumberStyle>,
    /// Day/month order for a date column.
    pub date_order: Option<DateOrder>,
}

impl ColumnBuilder {
    /// A builder for the column `name`, its kind guessed from `samples` (its first cells),
    /// with room for about `rows` rows so a big file's columns are not copied as they grow.
    pub fn new(
        name: &str,
        samples: &[&str],
        conventions: Conventions,
        default_order: DateOrder,
        rows: usize,
    ) -> ColumnBuilder {
        let data = match guess_kind(samples) {
            ColumnKind::Text => Building::Text {
                codes: Codes::with_capacity(rows),
                dict: Dictionary::new(),
                average_len: samples.iter().map(|s| s.len()).sum::<usize>() / samples.len().max(1),
                rows_hint: rows,
            },
            ColumnKind::Number => {
                let readings: Vec<_> = samples.iter().map(|s| read_number(s)).collect();
                let mut votes = Votes::default();
                readings.iter().for_each(|r| votes.count(r));
                let first = match conventions.number_style {
                    Some(style) => style == NumberStyle::DecimalPoint,
                    None => votes.winner(thousands_default(&readings)),
                };
                Building::Number(Competing::with_capacity(first, rows))
            }
            ColumnKind::Date => {
                let mut votes = Votes::default();
                samples.iter().for_each(|s| votes.count(&read_date(s)));
                let first = match conventions.date_order {
                    Some(order) => order == DateOrder::DayFirst,
                    None => votes.winner(default_order == DateOrder::DayFirst),
                };
                Building::Date {
                    cells: Competing::with_capacity(first, rows),
                    shapes: ShapeTally::default(),
                }
            }
        };
        ColumnBuilder {
            name: name.to_string(),
            examples: Vec::new(),
            data,
            dates: DateContext::default(),
            marks: CurrencyMarks::default(),
        }
    }

    /// Reads the column's dates in `dates` (UTC and Excel's 1900 system unless told).
    pub(crate) fn with_dates(mut self, dates: DateContext) -> ColumnBuilder {
        self.dates = dates;
        self
    }

    /// Adds the next row's cell.
    pub fn push(&mut self, text: &str) {
        if self.examples.len() < EXAMPLES
            && !text.is_empty()
            && !self.examples.iter().any(|e| e == text)
        {
            self.examples.push(text.to_string());
        }
        match &mut self.data {
            Building::Text {
                codes,
                dict,
                average_len,
                rows_hint,
            } => {
                codes.push(dict.code(text));
                if codes.len() == DISTINCT_CHECK_ROWS && dict.len() * 10 > codes.len() * 3 {
                    self.data = Building::Raw(as_raw(codes, dict, *average_len, *rows_hint));
                }
            }
            Building::Raw(raw) => raw.push(text),
            Building::Number(cells) => {
                let (reading, mark) = read_amount(text);
                self.marks.push(cells.values.len(), mark);
                cells.push(reading, text);
            }
            Building::Date { cells, shapes } => {
                let reading = read_date_in(text, self.dates.zone);
                if let Some((stamp, shape)) = reading.first().or(reading.second()) {
                    shapes.count(shape, stamp.minute.is_some());
                }
                cells.push(reading.map(|(s, _)| s), text);
            }
        }
    }

    /// Adds `other`'s rows after these: the same column in the next part of a file read in
    /// parts. Both were set up from the same first rows, so they are of one kind; a part
    /// that found many different texts and kept them as written makes the whole column so.
    pub fn append(&mut self, other: ColumnBuilder) {
        for example in other.examples {
            if self.examples.len() < EXAMPLES && !self.examples.contains(&example) {
                self.examples.push(example);
            }
        }
        if let (
            Building::Text {
                codes,
                dict,
                average_len,
                rows_hint,
            },
            Building::Raw(_),
        ) = (&self.data, &other.data)
        {
            self.data = Building::Raw(as_raw(codes, dict, *average_len, *rows_hint));
        }
        match (&mut self.data, other.data) {
            (
                Building::Text { codes, dict, .. },
                Building::Text {
                    codes: more,
                    dict: theirs,
                    ..
                },
            ) => {
                let recode: Vec<u32> = std::iter::once(0)
                    .chain(theirs.iter().map(|(_, text)| dict.code(text)))
                    .collect();
                more.iter().for_each(|c| codes.push(recode[c as usize]));
            }
            (Building::Raw(raw), Building::Text { codes, dict, .. }) => {
                codes.iter().for_each(|c| raw.push(dict.get(c)));
            }
            (Building::Raw(raw), Building::Raw(more)) => raw.append(more),
            (Building::Number(cells), Building::Number(more)) => {
                let (rows, more_rows) = (cells.values.len(), more.values.len());
                cells.append(more);
                self.marks.append(rows, other.marks, more_rows);
            }
            (
                Building::Date { cells, shapes },
                Building::Date {
                    cells: more,
                    shapes: tally,
                },
            ) => {
                cells.append(more);
                shapes.add(&tally);
            }
            // Parts of one column are built from the same first rows, so share a kind.
            _ => unreachable!("parts of one column differ in kind"),
        }
    }

    /// Settles the column's convention and returns the column. When the whole column points
    /// to a convention its first rows did not, and switching needs the text of cells that
    /// were not kept (see [`Competing`]), returns the conventions to read it again with.
    pub fn finish(
        self,
        conventions: Conventions,
        default_order: DateOrder,
    ) -> Result<Column, Conventions> {
        let mut marks = None;
        let data = match self.data {
            Building::Text {
                codes, mut dict, ..
            } => {
                dict.freeze();
                ColumnData::Text { codes, dict }
            }
            Building::Raw(raw) => ColumnData::Raw(raw),
            Building::Number(mut cells) => {
                marks = self.marks.finish(cells.values.len());
                let forced = conventions
                    .number_style
                    .map(|s| s == NumberStyle::DecimalPoint);
                let default = cells.first;
                if cells.settle(forced, default).is_err() {
                    let point = cells.votes.winner(default);
                    return Err(Conventions {
                        number_style: Some(if point {
                            NumberStyle::DecimalPoint
                        } else {
                            NumberStyle::DecimalComma
                        }),
                        date_order: None,
                    });
                }
                ColumnData::Number(cells)
            }
            Building::Date { mut cells, shapes } => {
                let forced = conventions.date_order.map(|o| o == DateOrder::DayFirst);
                let default = default_order == DateOrder::DayFirst;
                if cells.settle(forced, default).is_err() {
                    let day_first = cells.votes.winner(default);
                    return Err(Conventions {
                        number_style: None,
                        date_order: Some(if day_first {
                            DateOrder::DayFirst
                        } else {
                            DateOrder::MonthFirst
                        }),
                    });
                }
                ColumnData::Date {
                    cells,
                    shape: shapes.most_common(),
                    has_time: shapes.times > 0,
                }
            }
        };
        Ok(Column {
            name: self.name,
            examples: self.examples,
            data,
            dates: self.dates,
            marks,
        })
    }
}

/// After this many rows, a text column with many different values (order ids, customer ids,
/// e-mails) stops numbering them and keeps its cells as written. Numbering such a column
/// costs a lookup in a large table per row, which on a big file is most of the reading
/// time (a 5-million-row file read twice as fast without it); the memory it would save is
/// smaller than what the fewer lookups buy. Columns of few values (countries, categories)
/// stay numbered, at one byte per row.
const DISTINCT_CHECK_ROWS: usize = 65_536;

/// The cells numbered so far, written out as identifiers or raw text, with room for the rest.
fn as_raw(codes: &Codes, dict: &Dictionary, average_len: usize, rows: usize) -> RawCells {
    let first = dict.iter().map(|(_, t)| t).next().unwrap_or_default();
    if let Some(mut ids) = IntIds::like(first, rows) {
        if codes.iter().all(|c| ids.push(dict.get(c))) {
            return RawCells::Ids(ids);
        }
    }
    let mut raw = RawText::with_capacity(rows, rows * (average_len + 1));
    for c in codes.iter() {
        raw.push(dict.get(c));
    }
    RawCells::Text(raw)
}

/// Guesses a column's kind from its first cells: dates or numbers when at least 90% of the
/// non-empty cells read as such. Columns of plain integers stay text: they are mostly
/// identifiers, postcodes or counts, and reading them as numbers would lose leading zeros.
pub fn guess_kind(samples: &[&str]) -> ColumnKind {
    let filled: Vec<&str> = samples
        .iter()
        .copied()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if filled.is_empty() {
        return ColumnKind::Text;
    }
    let share = |n: usize| n * 10 >= filled.len() * 9;
    let plain = filled.iter().filter(|s| is_plain_integer(s)).count();
    let dates = filled
        .iter()
        .filter(|s| !matches!(read_date(s), Reading::Unreadable | Reading::Empty))
        .count();
    let numbers = filled
        .iter()
        .filter(|s| !matches!(read_number(s), Reading::Unreadable | Reading::Empty))
        .count();
    if share(dates) && plain < filled.len() {
        ColumnKind::Date
    } else if share(numbers) && plain < numbers {
        ColumnKind::Number
    } else {
        ColumnKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(samples: &[&str], cells: &[&str]) -> Column {
        let mut b =
            ColumnBuilder::new("c", samples, Conventions::default(), DateOrder::DayFirst, 0);
        cells.iter().for_each(|c| b.push(c));
        b.finish(Conventions::default(), DateOrder::DayFirst)
            .unwrap()
    }

    #[test]
    fn a_column_keeps_each_rows_currency_mark_only_when_they_differ() {
        let col = build(
            &["12.00"],
            &["12.00", "$5.00", "", "7.50 EUR", "€1.00", "US$2.00"],
        );
        let marks = col.currency_marks().expect("several marks");
        assert_eq!(marks.names(), ["$", "EUR", "€", "US$"]);
        let rows: Vec<_> = (0..6).map(|r| marks.at(r)).collect();
        assert_eq!(
            rows,
            [None, Some("$"), None, Some("EUR"), Some("€"), Some("US$")]
        );
        assert_eq!(col.numbers(None).options()[3], Some(7.5));
        assert!(build(&["$1.00"], &["$1.00", "2.00", "$3.00"])
            .currency_marks()
            .is_none());
        assert!(build(&["1.00"], &["1.00", "2.00"])
            .currency_marks()
            .is_none());
    }

    #[test]
    fn kinds_from_first_cells() {
        assert_eq!(guess_kind(&["12.50", "3", "1,234.00"]), ColumnKind::Number);
        assert_eq!(guess_kind(&["2024-01-05", "2024-01-06"]), ColumnKind::Date);
        assert_eq!(guess_kind(&["1", "2", "3"]), ColumnKind::Text);
        assert_eq!(guess_kind(&["02134", "10001"]), ColumnKind::Text);
        assert_eq!(guess_kind(&["DE", "FR"]), ColumnKind::Text);
        assert_eq!(guess_kind(&["", ""]), ColumnKind::Text);
    }

    #[test]
    fn a_later_decimal_comma_decides_a_column_of_ambiguous_cells() {
        // The first rows only say `1,234`: read as thousands until `11,77` settles it.
        let col = build(&["1,234", "2,500"], &["1,234", "2,500", "11,77"]);
        let n = col.numbers(None);
        assert_eq!(n.options(), vec![Some(1.234), Some(2.5), Some(11.77)]);
        assert_eq!(n.style, Some(NumberStyle::DecimalComma));
    }

    #[test]
    fn ambiguous_numbers_alone_read_as_thousands() {
        let col = build(&["1,234"], &["1,234", "2,000"]);
        assert_eq!(
            col.numbers(None).options(),
            vec![Some(1234.0), Some(2000.0)]
        );
        let col = build(&["1.234"], &["1.234", "2.000"]);
        assert_eq!(
            col.numbers(None).options(),
            vec![Some(1234.0), Some(2000.0)]
        );
    }

    #[test]
    fn integer_text_columns_read_as_numbers_on_demand() {
        let col = build(&["1", "2"], &["1", "2", "x", ""]);
        let n = col.numbers(None);
        assert_eq!(n.options(), vec![Some(1.0), Some(2.0), None, None]);
        assert_eq!(n.unreadable, vec![(2, "x".to_string())]);
    }

    #[test]
    fn date_order_from_all_values_and_switchable_when_ambiguous() {
        let mut col = build(&["03/04/2024"], &["03/04/2024", "05/06/2024"]);
        let s = col.stamps(None, DateOrder::DayFirst);
        assert!(s.order_undecided);
        assert_eq!(
            s.format,
            ColumnFormat::Dates {
                shape: DateShape::Numeric,
                day_first: true,
                has_time: false
            }
        );
        assert_eq!(s.at(0).unwrap().date.to_string(), "2024-04-03");
        col.use_convention(false).unwrap();
        assert_eq!(
            col.stamps(None, DateOrder::DayFirst)
                .at(0)
                .unwrap()
                .date
                .to_string(),
            "2024-03-04"
        );

        let col = build(&["03/04/2024"], &["03/04/2024", "12/31/2024"]);
        let s = col.stamps(None, DateOrder::DayFirst);
        assert!(!s.order_undecided);
        assert_eq!(
            s.format,
            ColumnFormat::Dates {
                shape: DateShape::Numeric,
                day_first: false,
                has_time: false
            }
        );
        assert_eq!(s.at(0).unwrap().date.to_string(), "2024-03-04");
    }

    #[test]
    fn nearly_all_different_text_is_kept_raw_and_reads_the_same() {
        let cells: Vec<String> = (0..70_000).map(|i| format!("O{i}")).collect();
        let mut b = ColumnBuilder::new(
            "id",
            &["O0", "O1"],
            Conventions::default(),
            DateOrder::DayFirst,
            0,
        );
        cells.iter().for_each(|c| b.push(c));
        let col = b
            .finish(Conventions::default(), DateOrder::DayFirst)
            .unwrap();
        assert!(matches!(col.data, ColumnData::Raw(_)));
        assert_eq!(col.text(12_345), "O12345");
        assert_eq!(col.text(69_999), "O69999");

        let mut b = ColumnBuilder::new(
            "country",
            &["DE"],
            Conventions::default(),
            DateOrder::DayFirst,
            0,
        );
        (0..70_000).for_each(|i| b.push(["DE", "FR", "IT"][i % 3]));
        let col = b
            .finish(Conventions::default(), DateOrder::DayFirst)
            .unwrap();
        assert!(matches!(col.data, ColumnData::Text { .. }));
    }

    #[test]
    fn numbers_as_dates() {
        let col = build(&["45292.5"], &["45292.5", "45293.25"]);
        let s = col.stamps(None, DateOrder::DayFirst);
        assert_eq!(
            s.format,
            ColumnFormat::NumericDates(NumericDates::ExcelSerial)
        );
        assert_eq!(s.at(0).unwrap().date.to_string(), "2024-01-01");
    }
}
