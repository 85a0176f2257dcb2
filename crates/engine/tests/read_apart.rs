//! A file read in parts by several workers reads as one worker reads it, bit for bit: every
//! reading fixture (repeated until it is long enough to cut) and generated files, each read
//! whole and then cut into two, three and four parts, each later part read apart and sent
//! as the browser's workers send it (postcard bytes), then joined.

use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::reading::{
    can_be_cut, ColumnData, Competing, Cuts, DateOrder, Finished, NumberStyle, PartReader,
    ReadOptions, ReadPart, Slot, Table, TableReader, SNIFF_BYTES,
};
use std::fmt::Debug;
use std::ops::Range;
use std::path::Path;

/// The chunk size the browser's stream hands over.
const CHUNK: usize = 1 << 20;

/// Reads `file` as one worker does: pushed in chunks, read again when the reader asks.
fn read_whole(file: &[u8]) -> Table {
    let mut options = ReadOptions::default();
    loop {
        let mut reader = TableReader::new(options).with_size_hint(file.len() as u64);
        for chunk in file.chunks(CHUNK) {
            reader.push(chunk).expect("readable");
        }
        match reader.finish().expect("a table") {
            Finished::Table(table) => return table,
            Finished::ReadAgain(again) => options = again,
        }
    }
}

/// Reads `file` as several workers do: the first part here, the others apart, each sent
/// as bytes and joined in order, or read here when it cannot be joined. Returns the table
/// and how many parts were joined.
fn read_apart(file: &[u8], parts: usize) -> (Table, usize) {
    let size = file.len() as u64;
    let bytes = |r: Range<u64>| &file[r.start as usize..r.end as usize];
    let head = bytes(0..size.min(SNIFF_BYTES as u64));
    let parts = match can_be_cut(head, size, &ReadOptions::default()) {
        true => parts,
        false => 1,
    };
    let mut cuts = Cuts::new(size, parts);
    while let Some(window) = cuts.wanted() {
        cuts.look(bytes(window));
    }
    let cuts = cuts.parts();
    let mut options = ReadOptions::default();
    loop {
        let sent: Vec<Vec<u8>> = cuts[1..]
            .iter()
            .map(|part| {
                let mut reader =
                    PartReader::new(head, size, part.clone(), &options).expect("a part");
                bytes(part.clone())
                    .chunks(CHUNK)
                    .for_each(|c| reader.push(c));
                postcard::to_allocvec(&reader.finish()).expect("sent")
            })
            .collect();
        let mut joined = 0;
        let mut reader = TableReader::new(options).with_size_hint(size);
        for chunk in bytes(cuts[0].clone()).chunks(CHUNK) {
            reader.push(chunk).expect("readable");
        }
        for (part, sent) in cuts[1..].iter().zip(&sent) {
            let read: ReadPart = postcard::from_bytes(sent).expect("received");
            if reader.can_join(&read) {
                reader.join(read);
                joined += 1;
            } else {
                for chunk in bytes(part.clone()).chunks(CHUNK) {
                    reader.push(chunk).expect("readable");
                }
            }
        }
        match reader.finish().expect("a table") {
            Finished::Table(table) => return (table, joined),
            Finished::ReadAgain(again) => options = again,
        }
    }
}

/// A column's values under both conventions, when it can be switched.
fn both_ways<T: Slot + Debug>(cells: &Competing<T>) -> String {
    let mut other = cells.clone();
    let switched = other.use_convention(!cells.first).map(|()| &other.values);
    format!(
        "{:?} {:?} votes {:?} unreadable {:?} other way {:?}",
        cells.first,
        cells.values,
        cells.votes,
        cells.unreadable().collect::<Vec<_>>(),
        switched
    )
}

/// Everything a table says, to compare two reads of one file.
fn described(t: &Table) -> String {
    let mut out = format!(
        "{} rows, {} blank, {} repaired, {:?} {:?} {:?} bytes {}\nrejected {:?}\nlines {:?}\n",
        t.rows,
        t.blank_rows,
        t.repaired_bytes,
        t.encoding,
        t.dialect,
        t.options,
        t.bytes,
        t.rejected,
        (0..t.rows).map(|r| t.line_of(r)).collect::<Vec<_>>()
    );
    for c in &t.columns {
        out += &format!("{} {:?} {:?}", c.name, c.kind(), c.examples);
        out += &format!(" marks {:?}", c.currency_marks());
        out += &match &c.data {
            ColumnData::Number(cells) => both_ways(cells),
            ColumnData::Date {
                cells,
                shape,
                has_time,
            } => format!("{shape:?} {has_time} {}", both_ways(cells)),
            _ => String::new(),
        };
        let texts: Vec<_> = (0..t.rows).map(|r| c.text(r)).collect();
        out += &format!(" {texts:?}");
        for style in [NumberStyle::DecimalPoint, NumberStyle::DecimalComma] {
            out += &format!(" {:?}", c.numbers(Some(style)));
        }
        for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
            out += &format!(" {:?}", c.stamps(Some(order), order));
        }
        out += "\n";
    }
    out
}

/// Checks that `file` reads the same in two, three and four parts as whole; returns how
/// many parts were joined rather than read again.
fn reads_as_one(name: &str, file: &[u8]) -> usize {
    let whole = described(&read_whole(file));
    let mut joined = 0;
    for parts in 2..=4 {
        let (table, parts_joined) = read_apart(file, parts);
        joined += parts_joined;
        let apart = described(&table);
        if apart != whole {
            let line = whole
                .lines()
                .zip(apart.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!("{name} in {parts} parts differs from line {line} of its description");
        }
    }
    joined
}

/// `file`'s records after its header repeated until it is `bytes` long, so that a small
/// fixture's awkward rows fall on every side of the cuts.
fn repeated(file: &[u8], bytes: usize) -> Vec<u8> {
    let header = file.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    let body = &file[header..];
    let mut out = file.to_vec();
    if !body.is_empty() && !out.ends_with(b"\n") && !out.ends_with(b"\r") {
        out.push(b'\n');
    }
    while out.len() < bytes && !body.is_empty() {
        out.extend_from_slice(body);
        if !body.ends_with(b"\n") && !body.ends_with(b"\r") {
            out.push(b'\n');
        }
    }
    out
}

#[test]
fn every_reading_fixture_reads_the_same_in_parts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/read");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "csv" || e == "txt" || e == "tsv")
        })
        .collect();
    files.sort();
    assert!(files.len() > 30, "fixtures found: {}", files.len());
    let mut whole = Vec::new();
    for path in &files {
        let file = repeated(&std::fs::read(path).expect("fixture"), 5 * SNIFF_BYTES);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // Every later part of the two-, three- and four-part reads (1 + 2 + 3) is joined,
        // or, where the file cannot be cut, none.
        match reads_as_one(name, &file) {
            6 => {}
            0 => whole.push(name),
            joined => panic!("{name}: {joined} parts joined"),
        }
    }
    let expected = [
        "pipe-cr.csv",
        "utf16be.csv",
        "utf16le-excel-unicode-text.txt",
    ];
    assert_eq!(whole, expected, "read whole, not in parts");
}

#[test]
fn the_sample_shop_reads_the_same_in_parts() {
    assert_eq!(reads_as_one("sample shop", &sample_shop_csv()), 6);
}

#[test]
fn awkward_generated_files_read_the_same_in_parts() {
    // A byte-order mark, CRLF, blank lines and rows of bare separators, rows with too few
    // fields, quoted line breaks (some across a cut), decimal commas only late (so the file
    // is read again), amounts in two currencies from the middle on, day-first dates, cells
    // that are not UTF-8, and no line end after the last row.
    let mut csv = b"\xEF\xBB\xBFid;name;amount;date;note\r\n".to_vec();
    for i in 0..12_000 {
        let line = match i % 9 {
            0 => format!(
                "{i};Zo\u{eb} {};{}.5;0{}/02/2024;\"two\r\nlines; \"\"quoted\"\"\r\n\r\n\"\r\n",
                i % 7,
                i,
                1 + i % 9
            ),
            1 => "\r\n;;;;\r\n".to_string(),
            2 => format!("{i};short\r\n"),
            5 if i > 9_000 => format!("{i};late;{i},25;13/03/2024;x\r\n"),
            3 if i > 4_500 => format!("{i};C{};€{i};{}/01/2024;\r\n", i % 5, 10 + i % 18),
            4 if i > 7_500 => format!("{i};C{};{i} USD;{}/01/2024;\r\n", i % 5, 10 + i % 18),
            _ => format!("{i};C{};{i};{}/01/2024;\r\n", i % 5, 10 + i % 18),
        };
        csv.extend_from_slice(line.as_bytes());
        if i % 1_000 == 200 {
            csv.extend_from_slice(b"201;caf\xe9;1;01/01/2024;\r\n");
        }
    }
    csv.extend_from_slice(b"last;x;1;01/01/2024;no line end");
    assert!(reads_as_one("awkward", &csv) > 0);
    // Every line a quoted cell with line breaks, so most cuts fall inside quotes; blank
    // lines at the end.
    let mut quoted = b"id,note,amount\n".to_vec();
    for i in 0..20_000 {
        quoted.extend_from_slice(format!("{i},\"a\n{i}\nb\",{i}.5\n").as_bytes());
    }
    quoted.extend_from_slice(b"\n\n\n");
    assert!(reads_as_one("quoted", &quoted) > 0);
}

#[test]
fn many_different_texts_read_the_same_in_parts() {
    // Past 65,536 rows a column of different texts is kept as written; in parts, some
    // parts get there and others do not. Order ids are kept as numbers until one is not.
    let mut csv = String::from("order,customer,country,amount\n");
    for i in 0..150_000 {
        let customer = if i < 90_000 { i % 40 } else { i };
        let order = if i == 120_000 {
            "X-1".to_string()
        } else {
            format!("#{i}")
        };
        csv += &format!(
            "{order},C{customer:07},{},{}.{:02}\n",
            ["FR", "DE"][i % 2],
            i % 90,
            i % 100
        );
    }
    assert_eq!(reads_as_one("many texts", csv.as_bytes()), 6);
}
