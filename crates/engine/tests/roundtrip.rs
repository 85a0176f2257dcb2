//! Property test: a table written in any supported encoding, separator, line end, number
//! style and date style reads back to the same values, however the bytes are chunked.

use proptest::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::reading::{
    encode_windows_1252, DateOrder, DefaultDateOrder, Finished, ReadOptions, TableReader, TimeZone,
};

#[derive(Clone, Debug)]
struct Row {
    id: u32,
    name: String,
    date: Date,
    minute: Option<u16>,
    /// Amount in cents.
    cents: i64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

#[derive(Clone, Copy, Debug)]
enum NumberStyle {
    Plain,
    PointGrouped,
    CommaPlain,
    CommaGrouped,
    SpaceGrouped,
    Swiss,
    DollarPrefix,
    EuroSuffix,
    Accounting,
}

#[derive(Clone, Copy, Debug)]
enum DateStyle {
    Iso,
    IsoTimeOffset,
    DayFirstSlash,
    MonthFirstSlash,
    Dotted,
    YearFirstSlash,
    MonthNameFirst,
    DayMonthName,
    ExcelSerial,
}

const NAME_CHARS: &[char] = &[
    'a', 'b', 'z', 'A', 'Q', 'é', 'ü', 'Œ', 'ß', 'ñ', 'ø', ' ', ',', ';', '|', '\t', '"', '\'',
    '\n',
];

fn row() -> impl Strategy<Value = Row> {
    (
        1u32..500,
        proptest::collection::vec(proptest::sample::select(NAME_CHARS), 0..12),
        // 2000-01-01 to 2030-12-31
        10_957i32..22_280,
        proptest::option::of(0u16..1440),
        -500_000i64..50_000_000,
    )
        .prop_map(|(id, chars, day, minute, cents)| Row {
            id,
            // A letter first, so no name reads as a number or a date.
            name: format!("N{}", chars.into_iter().collect::<String>()),
            date: Date(day),
            minute,
            cents,
        })
}

fn group(int: &str, mark: &str) -> String {
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(mark);
        }
        out.push(*c);
    }
    out
}

fn write_amount(cents: i64, style: NumberStyle) -> String {
    let (int, frac) = (
        (cents.abs() / 100).to_string(),
        format!("{:02}", cents.abs() % 100),
    );
    let minus = if cents < 0 { "-" } else { "" };
    match style {
        NumberStyle::Plain => format!("{minus}{int}.{frac}"),
        NumberStyle::PointGrouped => format!("{minus}{}.{frac}", group(&int, ",")),
        NumberStyle::CommaPlain => format!("{minus}{int},{frac}"),
        NumberStyle::CommaGrouped => format!("{minus}{},{frac}", group(&int, ".")),
        NumberStyle::SpaceGrouped => format!("{minus}{},{frac}", group(&int, "\u{a0}")),
        NumberStyle::Swiss => format!("{minus}{}.{frac}", group(&int, "'")),
        NumberStyle::DollarPrefix => format!("{minus}${}.{frac}", group(&int, ",")),
        NumberStyle::EuroSuffix => format!("{minus}{},{frac} €", group(&int, ".")),
        NumberStyle::Accounting if cents < 0 => format!("({}.{frac})", group(&int, ",")),
        NumberStyle::Accounting => format!("{}.{frac}", group(&int, ",")),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn write_date(r: &Row, style: DateStyle) -> String {
    let (y, m, d) = r.date.ymd();
    let time = r
        .minute
        .map(|t| format!(" {:02}:{:02}", t / 60, t % 60))
        .unwrap_or_default();
    match style {
        DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
        DateStyle::IsoTimeOffset => format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00+02:00",
            r.minute.unwrap_or(0) / 60,
            r.minute.unwrap_or(0) % 60
        ),
        DateStyle::DayFirstSlash => format!("{d:02}/{m:02}/{y:04}{time}"),
        DateStyle::MonthFirstSlash => format!("{m:02}/{d:02}/{y:04}{time}"),
        DateStyle::Dotted => format!("{d:02}.{m:02}.{y:04}{time}"),
        DateStyle::YearFirstSlash => format!("{y:04}/{m:02}/{d:02}"),
        DateStyle::MonthNameFirst => format!("{} {d}, {y}", MONTHS[m as usize - 1]),
        DateStyle::DayMonthName => format!("{d} {} {y}", MONTHS[m as usize - 1]),
        // Day 0 of the 1900 system is 1899-12-30 for every date after February 1900.
        DateStyle::ExcelSerial => (r.date.0 - Date::from_ymd(1899, 12, 30).unwrap().0).to_string(),
    }
}

fn quote(field: &str, sep: char) -> String {
    if field.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn encode(text: &str, encoding: Encoding) -> Option<Vec<u8>> {
    Some(match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Encoding::Utf16Le => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Encoding::Utf16Be => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        Encoding::Windows1252 => encode_windows_1252(text)?,
    })
}

fn read(
    bytes: &[u8],
    chunk: usize,
    order: DateOrder,
    time_zone: TimeZone,
) -> segmenter_engine::reading::Table {
    let mut options = ReadOptions {
        default_date_order: DefaultDateOrder(Some(order)),
        time_zone,
        ..ReadOptions::default()
    };
    loop {
        let mut reader = TableReader::new(options.clone());
        for piece in bytes.chunks(chunk) {
            reader.push(piece).expect("readable");
        }
        match reader.finish().expect("readable") {
            Finished::Table(t) => return t,
            Finished::ReadAgain(again) => options = again,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_dialect_reads_back_the_same_values(
        rows in proptest::collection::vec(row(), 1..40),
        encoding in prop_oneof![Just(Encoding::Utf8), Just(Encoding::Utf8Bom), Just(Encoding::Utf16Le), Just(Encoding::Utf16Be), Just(Encoding::Windows1252)],
        sep in proptest::sample::select(vec![',', ';', '\t', '|']),
        line_end in proptest::sample::select(vec!["\n", "\r\n", "\r"]),
        numbers in prop_oneof![
            Just(NumberStyle::Plain), Just(NumberStyle::PointGrouped), Just(NumberStyle::CommaPlain),
            Just(NumberStyle::CommaGrouped), Just(NumberStyle::SpaceGrouped), Just(NumberStyle::Swiss),
            Just(NumberStyle::DollarPrefix), Just(NumberStyle::EuroSuffix), Just(NumberStyle::Accounting)],
        dates in prop_oneof![
            Just(DateStyle::Iso), Just(DateStyle::IsoTimeOffset), Just(DateStyle::DayFirstSlash),
            Just(DateStyle::MonthFirstSlash), Just(DateStyle::Dotted), Just(DateStyle::YearFirstSlash),
            Just(DateStyle::MonthNameFirst), Just(DateStyle::DayMonthName), Just(DateStyle::ExcelSerial)],
        chunk in 1usize..300,
    ) {
        // CR line ends cannot carry a line break inside a quoted name and still be told apart.
        let rows: Vec<Row> = rows
            .into_iter()
            .map(|mut r| {
                if line_end == "\r" {
                    r.name = r.name.replace('\n', " ");
                }
                r
            })
            .collect();
        let mut text = ["customer_id", "name", "order date", "amount"].join(&sep.to_string());
        text.push_str(line_end);
        for r in &rows {
            let fields = [
                format!("C{}", r.id),
                r.name.clone(),
                write_date(r, dates),
                write_amount(r.cents, numbers),
            ];
            let line: Vec<String> = fields.iter().map(|f| quote(f, sep)).collect();
            text.push_str(&line.join(&sep.to_string()));
            text.push_str(line_end);
        }
        let Some(bytes) = encode(&text, encoding) else {
            return Ok(()); // a character Windows-1252 cannot write
        };
        // Windows-1252 text that happens to be valid UTF-8 ("ßŒ" is the bytes DF 8C, the
        // UTF-8 of "ߌ") is read as UTF-8, as the reader promises: no table can tell them apart.
        if encoding == Encoding::Windows1252 && bytes != text.as_bytes() && std::str::from_utf8(&bytes).is_ok() {
            return Ok(());
        }
        // What the merchant confirms when every date fits both orders.
        let order = match dates {
            DateStyle::MonthFirstSlash => DateOrder::MonthFirst,
            _ => DateOrder::DayFirst,
        };
        // Date-times written at +02:00 read back as written in a shop at +02:00.
        let zone = match dates {
            DateStyle::IsoTimeOffset => TimeZone::fixed(120),
            _ => TimeZone::UTC,
        };
        let table = read(&bytes, chunk, order, zone);
        prop_assert_eq!(table.rows, rows.len());
        prop_assert_eq!(char::from(table.dialect.separator), sep);
        let amounts = table.columns[3].numbers(None).options();
        let stamps = table.columns[2].stamps(None, order);
        for (i, r) in rows.iter().enumerate() {
            prop_assert_eq!(table.columns[0].text(i), format!("C{}", r.id));
            prop_assert_eq!(table.columns[1].text(i), r.name.replace("\r\n", "\n"));
            prop_assert_eq!(amounts[i], Some(r.cents as f64 / 100.0), "amount of row {}", i);
            prop_assert_eq!(stamps.at(i).map(|s| s.date), Some(r.date), "date of row {}", i);
        }
    }
}
