//! Reading a CSV export: bytes → decoded text → records → parsed columns.
//!
//! [`TableReader`] takes the file in chunks as it streams in. From the first 64 KB it
//! detects the encoding (`encoding`), the separator (`dialect`) and each column's kind
//! (`column`); then every record (`records`) goes into compact typed columns, so a
//! million-line file never exists as strings. Rows that cannot be split into the header's
//! columns are left out with a [`RowProblem`]. [`read_table`] does the same for bytes
//! already in memory.
//!
//! ```
//! use segmenter_engine::reading::{read_table, ReadOptions};
//! let csv = "customer;date;amount\nA;03.01.2024;1.234,50\nB;04.01.2024;12,00\n";
//! let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
//! assert_eq!(table.rows, 2);
//! let amounts = table.columns[2].numbers(None).options();
//! assert_eq!(amounts, vec![Some(1234.5), Some(12.0)]);
//! ```

mod column;
mod date;
mod dialect;
mod dictionary;
mod encoding;
mod format;
mod number;
mod packed;
mod parts;
mod raw_text;
mod records;
mod report;
pub mod sample;
mod style;

pub use column::{
    format_number, guess_kind, Column, ColumnData, ColumnKind, Conventions, CurrencyMarks, Numbers,
    Stamps,
};
pub use date::{
    read_date, read_date_in, read_time, ClockChange, DateOrder, DateShape, NumericDates, Stamp,
    SummerTime, TimeZone,
};
pub use dialect::{detect_dialect, separator_label, Dialect, SEPARATORS};
pub use dictionary::{Codes, Dictionary};
pub use encoding::{detect_encoding, encode_windows_1252, Decoder, Encoding};
pub use format::ColumnFormat;
pub use number::{is_plain_integer, read_amount, read_number, NumberStyle};
pub use parts::{
    can_be_cut, read_source, ByteSource, Cuts, PartReader, ReadPart, MAX_NATIVE_FILE_BYTES,
};
pub use raw_text::{IntIds, RawCells, RawText};
pub use records::{Record, RecordSplitter, SplitterEnd};
pub use report::{binary_kind, human_size, BinaryKind, Problem, ReadError, RowProblem, Value};
pub use style::{Competing, NeedsReread, Reading, Slot, Votes};

use crate::basics::parallel::map_parts;
use column::{ColumnBuilder, DateContext};
use serde::{Deserialize, Serialize};

/// The largest file the app takes: the parsed columns of a bigger one would not fit in the
/// memory a browser gives one tab.
pub const MAX_FILE_BYTES: u64 = 1_500_000_000;

/// How much of the file's start is examined before reading it for real. Every part of a
/// file read in parts is set up from exactly these bytes (see [`PartReader`]).
pub const SNIFF_BYTES: usize = 64 * 1024;

/// How much of the file is read between two hand-overs of the staged cells to the columns.
const STAGE_BYTES: usize = 1 << 20;

/// How many rows of that start inform each column's kind.
const SAMPLE_ROWS: usize = 500;

/// Choices that override what the reader detects; the defaults detect everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// The character encoding, instead of detecting it.
    pub encoding: Option<Encoding>,
    /// The separator, instead of detecting it.
    pub separator: Option<u8>,
    /// Number and date conventions per column (by position); missing entries are detected.
    pub conventions: Vec<Conventions>,
    /// The day/month order to assume for a column whose dates all fit both.
    pub default_date_order: DefaultDateOrder,
    /// The shop's time zone: date-times with a UTC offset and Unix timestamps are moved to
    /// it before their day, weekday and hour are taken; date-times without an offset are
    /// kept as written. UTC unless given: the page passes the browser's offset.
    #[serde(default)]
    pub time_zone: TimeZone,
    /// Whether numbers read as Excel dates count from 1904 (Excel for Mac before 2011,
    /// "Use 1904 date system" in Excel's options) rather than 1900: the numbers alone
    /// cannot say (see [`NumericDates::Excel1904`]).
    #[serde(default)]
    pub excel_1904: bool,
}

/// The order to assume for ambiguous dates, `DayFirst` unless the merchant's locale says
/// otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefaultDateOrder(pub Option<DateOrder>);

impl DefaultDateOrder {
    /// The order.
    pub fn get(self) -> DateOrder {
        self.0.unwrap_or(DateOrder::DayFirst)
    }
}

impl ReadOptions {
    fn conventions_of(&self, column: usize) -> Conventions {
        self.conventions.get(column).copied().unwrap_or_default()
    }
}

/// Checks a file's size before any of it is read.
pub fn check_size(bytes: u64) -> Result<(), ReadError> {
    if bytes > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// A file read into typed columns.
#[derive(Clone, Debug)]
pub struct Table {
    /// The columns, in file order.
    pub columns: Vec<Column>,
    /// Number of data rows kept (rows with the wrong number of fields are not).
    pub rows: usize,
    /// The encoding the file was read with.
    pub encoding: Encoding,
    /// The separator and line ends.
    pub dialect: Dialect,
    /// The file's size.
    pub bytes: u64,
    /// Blank lines and rows of bare separators, skipped.
    pub blank_rows: u64,
    /// Bytes of a UTF-8 file that were not UTF-8 and were read as Windows-1252.
    pub repaired_bytes: u64,
    /// Rows left out while reading, with line and reason.
    pub rejected: Vec<RowProblem>,
    /// The options the table was read with (what was detected, filled in).
    pub options: ReadOptions,
    lines: LineIndex,
}

impl Table {
    /// The physical line (header = 1) of data row `row`.
    pub fn line_of(&self, row: usize) -> u64 {
        self.lines.line_of(row as u32)
    }

    /// Number of records in the file after the header, blank ones aside.
    pub fn records(&self) -> u64 {
        self.rows as u64 + self.rejected.len() as u64
    }
}

/// Maps rows to lines, storing only where a row does not sit on the line after the
/// previous one (after blank lines, rejected rows or quoted line breaks).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct LineIndex {
    breaks: Vec<(u32, u64)>,
    next_row: u32,
    next_line: u64,
}

impl LineIndex {
    fn push(&mut self, line: u64) {
        if self.breaks.is_empty() || line != self.next_line {
            self.breaks.push((self.next_row, line));
        }
        self.next_row += 1;
        self.next_line = line + 1;
    }

    /// Adds the rows of `next`, whose lines come `line_shift` lines later.
    fn append(&mut self, next: LineIndex, line_shift: u64) {
        if next.next_row == 0 {
            return;
        }
        let rows = self.next_row;
        self.breaks.extend(
            next.breaks
                .into_iter()
                .map(|(row, line)| (row + rows, line + line_shift)),
        );
        self.next_row += next.next_row;
        self.next_line = next.next_line + line_shift;
    }

    fn line_of(&self, row: u32) -> u64 {
        let i = self.breaks.partition_point(|&(r, _)| r <= row);
        match i.checked_sub(1).map(|i| self.breaks[i]) {
            Some((first_row, line)) => line + u64::from(row - first_row),
            None => 0,
        }
    }
}

/// The outcome of a finished read.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Finished {
    /// The table.
    Table(Table),
    /// The end of the file contradicted a convention chosen from its start (a number column
    /// whose decimal comma only shows late, say): read again with these options.
    ReadAgain(ReadOptions),
}

/// Reads a file chunk by chunk.
pub struct TableReader {
    options: ReadOptions,
    head: Vec<u8>,
    body: Option<Body>,
    bytes_in: u64,
    size_hint: Option<u64>,
}

impl TableReader {
    /// A reader; `options` fixes what should not be detected.
    pub fn new(options: ReadOptions) -> TableReader {
        TableReader {
            options,
            head: Vec::new(),
            body: None,
            bytes_in: 0,
            size_hint: None,
        }
    }

    /// Tells the reader the file's size, so columns are allocated once at about the right
    /// size instead of being copied as they grow (which doubles the peak memory).
    pub fn with_size_hint(mut self, bytes: u64) -> TableReader {
        self.size_hint = Some(bytes);
        self
    }

    /// Bytes received so far.
    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    /// Data rows read so far.
    pub fn rows(&self) -> usize {
        self.body
            .as_ref()
            .map_or(0, |b| b.sink.lines.next_row as usize)
    }

    /// Reads the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), ReadError> {
        self.bytes_in += chunk.len() as u64;
        match &mut self.body {
            Some(body) => body.feed(chunk, false),
            None => {
                self.head.extend_from_slice(chunk);
                if self.head.len() >= SNIFF_BYTES {
                    let head = std::mem::take(&mut self.head);
                    // Exactly the bytes a part read in another worker is set up from.
                    let layout =
                        Layout::of(&head[..SNIFF_BYTES], false, &self.options, self.size_hint)?;
                    let mut body = Body::new(&layout, true, layout.rows);
                    body.feed(&head, false);
                    self.body = Some(body);
                }
            }
        }
        Ok(())
    }

    /// Ends the file and returns the table.
    pub fn finish(mut self) -> Result<Finished, ReadError> {
        let mut body = match self.body.take() {
            Some(body) => body,
            None => {
                let head = std::mem::take(&mut self.head);
                let layout = Layout::of(&head, true, &self.options, self.size_hint)?;
                let mut body = Body::new(&layout, true, layout.rows);
                body.feed(&head, false);
                body
            }
        };
        if !body.ended {
            body.feed(&[], true);
        }
        body.finish(self.bytes_in, self.options)
    }

    /// Whether `part`, read apart from the byte after the last one pushed, can be joined
    /// here: these bytes end between records, and the part ended between records too or
    /// at the end of the file. When it cannot, its bytes are pushed instead.
    pub fn can_join(&self, part: &ReadPart) -> bool {
        self.body.as_ref().is_some_and(|body| {
            !body.ended
                && body.splitter.at_record_start()
                && (part.splitter.at_record_start || part.ended)
        })
    }

    /// Takes on the rows of `part`, which [`TableReader::can_join`] allows.
    pub fn join(&mut self, part: ReadPart) {
        let Some(body) = &mut self.body else { return };
        self.bytes_in += part.bytes;
        let next = Body::resumed(part, body.encoding, body.dialect);
        body.append(next);
    }
}

/// Reads a whole file held in memory (in parts where there are several cores; see
/// [`read_source`]), reading it again when [`Finished::ReadAgain`] asks.
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, ReadError> {
    check_size(bytes.len() as u64)?;
    read_source(bytes, options)
}

/// What the file's start says about all of it: encoding, separator, column names and the
/// first rows each column's kind is guessed from. Every part of a file read in parts is
/// set up from the same layout, so all agree.
struct Layout {
    bom_len: usize,
    encoding: Encoding,
    dialect: Dialect,
    names: Vec<String>,
    /// The first rows (header first), for each column's kind.
    sample: Vec<Vec<String>>,
    conventions: Vec<Conventions>,
    default_order: DateOrder,
    dates: DateContext,
    /// Rows to expect in the whole file.
    rows: usize,
}

impl Layout {
    /// Examines the start of the file; `complete` when it is the whole file.
    fn of(
        head: &[u8],
        complete: bool,
        options: &ReadOptions,
        size_hint: Option<u64>,
    ) -> Result<Layout, ReadError> {
        if head.is_empty() {
            return Err(ReadError::Empty);
        }
        let detected = detect_encoding(head, complete);
        let encoding = options.encoding.unwrap_or(detected.encoding);
        let bom_len = if encoding == detected.encoding {
            detected.bom_len
        } else {
            0
        };
        if matches!(encoding, Encoding::Utf8 | Encoding::Windows1252) {
            if let Some(looks_like) = binary_kind(head) {
                return Err(ReadError::NotText { looks_like });
            }
        }
        let mut decoder = Decoder::new(encoding);
        let text = decoder.decode(&head[bom_len..], complete).into_owned();
        let detected_dialect = detect_dialect(&text, complete);
        let dialect = Dialect {
            separator: options.separator.unwrap_or(detected_dialect.separator),
            ..detected_dialect
        };

        let mut sample: Vec<Vec<String>> = Vec::new();
        let mut records_in_head = 0usize;
        let mut splitter = RecordSplitter::new(dialect.separator, dialect.cr_line_ends);
        let mut keep = |r: Record<'_>| {
            records_in_head += 1;
            if sample.len() <= SAMPLE_ROWS && !r.is_blank() {
                sample.push(
                    (0..r.len())
                        .map(|i| String::from_utf8_lossy(r.field(i)).into_owned())
                        .collect(),
                );
            }
        };
        splitter.feed(&text, &mut keep);
        if complete {
            splitter.finish(&mut keep);
        }
        let Some(header) = sample.first() else {
            return Err(ReadError::Empty);
        };
        let names = column_names(header);
        let widest = sample.iter().map(Vec::len).max().unwrap_or(0);
        if widest <= 1 {
            return Err(ReadError::SingleColumn {
                header: header.first().cloned().unwrap_or_default(),
            });
        }
        // Rows to expect: the file's size over the bytes per record seen so far, a little more.
        let rows = match size_hint {
            Some(size) if !complete && records_in_head > 1 => {
                let per_record = head.len() as f64 / records_in_head as f64;
                ((size as f64 / per_record) * 1.02) as usize + 64
            }
            _ => records_in_head,
        };
        Ok(Layout {
            bom_len,
            encoding,
            dialect,
            conventions: (0..names.len())
                .map(|i| options.conventions_of(i))
                .collect(),
            default_order: options.default_date_order.get(),
            dates: DateContext {
                zone: options.time_zone,
                excel_1904: options.excel_1904,
            },
            names,
            sample,
            rows,
        })
    }

    /// Whether the file can be cut at a line end into parts read apart: not when its
    /// encoding or line ends do not put a line end in a byte of its own (UTF-16, bare
    /// carriage returns).
    fn can_be_cut(&self) -> bool {
        matches!(self.encoding, Encoding::Utf8 | Encoding::Windows1252)
            && !self.dialect.cr_line_ends
    }
}

/// The reading pipeline once the file's start has been examined.
struct Body {
    skip: usize,
    decoder: Decoder,
    splitter: RecordSplitter,
    sink: RowSink,
    encoding: Encoding,
    dialect: Dialect,
    /// Whether the end of the file has been read.
    ended: bool,
}

/// Where records go: the header first, then rows into the column builders.
#[derive(Serialize, Deserialize)]
struct RowSink {
    header_seen: bool,
    builders: Vec<ColumnBuilder>,
    /// This chunk's cells, column by column, until [`RowSink::flush`] hands them over.
    #[serde(skip)]
    staged: Vec<StagedCells>,
    rejected: Vec<RowProblem>,
    blank_records: u64,
    lines: LineIndex,
}

impl Body {
    /// The pipeline for the file laid out as `layout`, from its start (`first`: the
    /// byte-order mark and header come first) or from a later part, with room for `rows`.
    fn new(layout: &Layout, first: bool, rows: usize) -> Body {
        let builders = layout
            .names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let cells: Vec<&str> = layout.sample[1..]
                    .iter()
                    .filter(|row| row.len() == layout.names.len())
                    .map(|row| row[i].as_str())
                    .collect();
                ColumnBuilder::new(
                    name,
                    &cells,
                    layout.conventions[i],
                    layout.default_order,
                    rows,
                )
                .with_dates(layout.dates)
            })
            .collect();
        Body {
            skip: if first { layout.bom_len } else { 0 },
            decoder: Decoder::new(layout.encoding),
            splitter: RecordSplitter::new(layout.dialect.separator, layout.dialect.cr_line_ends),
            sink: RowSink {
                header_seen: !first,
                staged: vec![StagedCells::default(); layout.names.len()],
                builders,
                rejected: Vec::new(),
                blank_records: 0,
                lines: LineIndex::default(),
            },
            encoding: layout.encoding,
            dialect: layout.dialect,
            ended: false,
        }
    }

    /// The pipeline a part read in another worker ended with, in a file of `encoding` and
    /// `dialect`.
    fn resumed(part: ReadPart, encoding: Encoding, dialect: Dialect) -> Body {
        let mut decoder = Decoder::new(encoding);
        decoder.repaired_bytes = part.repaired_bytes;
        Body {
            skip: 0,
            decoder,
            splitter: RecordSplitter::resume(
                dialect.separator,
                dialect.cr_line_ends,
                part.splitter,
            ),
            sink: part.sink,
            encoding,
            dialect,
            ended: part.ended,
        }
    }

    /// Takes on the rows of `next`, which read the part of the file right after this one;
    /// this part must have ended between records ([`RecordSplitter::at_record_start`]).
    fn append(&mut self, mut next: Body) {
        let shift = next.splitter.continue_after(&self.splitter);
        next.decoder.repaired_bytes += self.decoder.repaired_bytes;
        self.sink.append(next.sink, shift);
        self.splitter = next.splitter;
        self.decoder = next.decoder;
        self.ended = next.ended;
    }

    /// Reads the next chunk of the file, a stage at a time: the cells staged per column
    /// between flushes then stay in the processor's cache (a 5-million-row file read 10 %
    /// faster in stages of 1 MB than of 8 MB).
    fn feed(&mut self, chunk: &[u8], last: bool) {
        let mut stages = chunk.chunks(STAGE_BYTES).peekable();
        if stages.peek().is_none() {
            self.feed_stage(&[], last);
        }
        while let Some(stage) = stages.next() {
            self.feed_stage(stage, last && stages.peek().is_none());
        }
    }

    fn feed_stage(&mut self, chunk: &[u8], last: bool) {
        let skip = self.skip.min(chunk.len());
        self.skip -= skip;
        let text = self.decoder.decode(&chunk[skip..], last);
        let sink = &mut self.sink;
        let mut take = |r: Record<'_>| sink.take(r);
        self.splitter.feed(&text, &mut take);
        if last {
            self.splitter.finish(&mut take);
            self.ended = true;
        }
        self.sink.flush();
    }

    fn finish(self, bytes: u64, mut options: ReadOptions) -> Result<Finished, ReadError> {
        let sink = self.sink;
        let rows = sink.lines.next_row as usize;
        if !sink.header_seen {
            return Err(ReadError::Empty);
        }
        if rows == 0 && sink.rejected.is_empty() {
            return Err(ReadError::HeaderOnly {
                columns: sink.builders.len(),
            });
        }
        let default_order = options.default_date_order.get();
        let mut columns = Vec::with_capacity(sink.builders.len());
        let mut again: Vec<(usize, Conventions)> = Vec::new();
        for (i, builder) in sink.builders.into_iter().enumerate() {
            match builder.finish(options.conventions_of(i), default_order) {
                Ok(column) => columns.push(column),
                Err(conventions) => again.push((i, conventions)),
            }
        }
        options.encoding = Some(self.encoding);
        options.separator = Some(self.dialect.separator);
        if !again.is_empty() {
            options
                .conventions
                .resize(columns.len() + again.len(), Conventions::default());
            for (i, c) in again {
                options.conventions[i] = c;
            }
            return Ok(Finished::ReadAgain(options));
        }
        Ok(Finished::Table(Table {
            columns,
            rows,
            encoding: self.encoding,
            dialect: self.dialect,
            bytes,
            blank_rows: self.splitter.blank_lines + sink.blank_records,
            repaired_bytes: self.decoder.repaired_bytes,
            rejected: sink.rejected,
            options,
            lines: sink.lines,
        }))
    }
}

impl RowSink {
    fn take(&mut self, record: Record<'_>) {
        if !self.header_seen {
            // Blank lines before the header are skipped like any other.
            if !record.is_blank() {
                self.header_seen = true;
            }
            return;
        }
        if record.is_blank() {
            self.blank_records += 1;
            return;
        }
        let expected = self.builders.len();
        let found = record.len();
        // Trailing separators (empty extra fields) are tolerated; anything else is a row
        // whose values would land in the wrong columns.
        let extra_is_empty = (expected..found).all(|i| record.field(i).is_empty());
        if found < expected || !extra_is_empty {
            self.rejected.push(RowProblem {
                line: record.line,
                column: None,
                problem: Problem::FieldCount { found, expected },
            });
            return;
        }
        for (i, cells) in self.staged.iter_mut().enumerate() {
            cells.push(record.field(i));
        }
        self.lines.push(record.line);
    }

    /// Takes on the rows of the next part of the file, whose lines are numbered from 1 and
    /// come `line_shift` lines after this part's start.
    fn append(&mut self, next: RowSink, line_shift: u64) {
        // Each column is joined on its own, so the columns share out over the cores.
        let pairs: Vec<_> = self.builders.iter_mut().zip(next.builders).collect();
        map_parts(pairs, |(builder, more)| builder.append(more));
        self.rejected.extend(next.rejected.into_iter().map(|mut p| {
            p.line += line_shift;
            p
        }));
        self.blank_records += next.blank_records;
        self.lines.append(next.lines, line_shift);
    }

    /// Builds the staged cells into the columns, one column at a time, so that a column's
    /// dictionary stays in the processor's cache for the whole chunk instead of being
    /// evicted by every other column on every row.
    fn flush(&mut self) {
        for (builder, cells) in self.builders.iter_mut().zip(&mut self.staged) {
            cells.hand_over(|cell| builder.push(cell));
        }
    }
}

/// A chunk's cells of one column, as the records gave them, checked to be UTF-8 once for
/// the chunk as they are handed over: checked record by record, the checks of short texts
/// were 5 % of reading a million rows natively (one core, 415–444 → 393–405 ms; the command
/// line's 5M 2.99 → 2.91 s). In the browser no difference shows.
#[derive(Clone, Default)]
struct StagedCells {
    bytes: Vec<u8>,
    /// End offset in `bytes` of each cell.
    ends: Vec<u32>,
}

impl StagedCells {
    fn push(&mut self, cell: &[u8]) {
        self.bytes.extend_from_slice(cell);
        self.ends.push(self.bytes.len() as u32);
    }

    /// Hands every cell to `take` in order, as text, and empties the stage.
    fn hand_over(&mut self, mut take: impl FnMut(&str)) {
        // The decoder produced UTF-8 and records are split at ASCII bytes, so this holds; a
        // cell that did not would be read with its bad bytes replaced, never dropped.
        let text = std::str::from_utf8(&self.bytes).ok();
        let mut start = 0;
        for &end in &self.ends {
            let range = start..end as usize;
            match text.and_then(|t| t.get(range.clone())) {
                Some(cell) => take(cell),
                None => take(&String::from_utf8_lossy(&self.bytes[range])),
            }
            start = end as usize;
        }
        self.bytes.clear();
        self.ends.clear();
    }
}

/// Header names, trimmed, with blanks named by position and repeats numbered.
fn column_names(header: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(header.len());
    for (i, raw) in header.iter().enumerate() {
        let base = match raw.trim() {
            "" => format!("Column {}", i + 1),
            name => name.to_string(),
        };
        let mut name = base.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        names.push(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Table, ReadError> {
        read_table(text.as_bytes(), &ReadOptions::default())
    }

    #[test]
    fn staged_cells_are_handed_over_in_order_and_bad_bytes_replaced_not_dropped() {
        let mut staged = StagedCells::default();
        for cell in [&b"C1"[..], b"", "Zoë".as_bytes(), b"\xFFok"] {
            staged.push(cell);
        }
        let mut seen = Vec::new();
        staged.hand_over(|cell| seen.push(cell.to_string()));
        assert_eq!(seen, ["C1", "", "Zoë", "\u{FFFD}ok"]);
        // The stage is empty for the next chunk.
        staged.hand_over(|cell| seen.push(cell.to_string()));
        assert_eq!(seen.len(), 4);
    }

    #[test]
    fn reports_rows_with_the_wrong_number_of_fields_by_line() {
        let t = read("id,amount\n1,2.50\n\n2,3.50,extra\n3,4.50,\n4\n").unwrap();
        assert_eq!(t.rows, 2);
        assert_eq!(t.blank_rows, 1);
        let lines: Vec<u64> = t.rejected.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 6]);
        assert_eq!(t.line_of(0), 2);
        assert_eq!(t.line_of(1), 5);
        assert_eq!(
            t.rejected[0].to_string(),
            "Line 4: has 3 values but the header has 2 columns; a quote or separator may be missing"
        );
    }

    #[test]
    fn dates_are_taken_in_the_shops_time_zone() {
        // Date-times with offsets, naive ones, Unix seconds, and ISO text kept as text.
        let csv = "id,at,local,unix,note\n\
                   1,2024-03-01T23:30:00+00:00,2024-03-01 23:30:00,1709335800,2024-03-01T23:30:00Z\n\
                   2,2024-03-02T08:00:00-05:00,2024-03-02 08:00:00,1709337600,x\n";
        let options = ReadOptions {
            time_zone: TimeZone::fixed(120),
            ..ReadOptions::default()
        };
        let t = read_table(csv.as_bytes(), &options).unwrap();
        assert_eq!(t.options.time_zone, options.time_zone);
        let day_and_minute = |column: usize, row: usize| {
            let s = t.columns[column]
                .stamps(None, DateOrder::DayFirst)
                .at(row)
                .unwrap();
            (s.date.to_string(), s.minute)
        };
        assert_eq!(day_and_minute(1, 0), ("2024-03-02".to_string(), Some(90)));
        assert_eq!(
            day_and_minute(1, 1),
            ("2024-03-02".to_string(), Some(15 * 60))
        );
        assert_eq!(
            day_and_minute(2, 0),
            ("2024-03-01".to_string(), Some(23 * 60 + 30))
        );
        assert_eq!(day_and_minute(3, 0), ("2024-03-02".to_string(), Some(90)));
        assert_eq!(day_and_minute(3, 1), ("2024-03-02".to_string(), Some(120)));
        assert_eq!(day_and_minute(4, 0), ("2024-03-02".to_string(), Some(90)));
        // Natively, without a zone, UTC.
        let utc = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let s = utc.columns[1]
            .stamps(None, DateOrder::DayFirst)
            .at(1)
            .unwrap();
        assert_eq!(
            (s.date.to_string(), s.minute),
            ("2024-03-02".to_string(), Some(13 * 60))
        );
    }

    #[test]
    fn excel_1904_is_the_merchants_word() {
        let csv = "id,when\n1,43830\n2,43831.5\n";
        let t = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let s = t.columns[1].stamps(None, DateOrder::DayFirst);
        assert_eq!(s.at(0).unwrap().date.to_string(), "2019-12-31");
        let options = ReadOptions {
            excel_1904: true,
            ..ReadOptions::default()
        };
        let t = read_table(csv.as_bytes(), &options).unwrap();
        let s = t.columns[1].stamps(None, DateOrder::DayFirst);
        assert_eq!(
            s.format,
            ColumnFormat::NumericDates(NumericDates::Excel1904)
        );
        assert_eq!(s.at(0).unwrap().date.to_string(), "2024-01-01");
        assert_eq!(s.at(1).unwrap().minute, Some(720));
    }

    #[test]
    fn options_saved_before_time_zones_still_read() {
        let old =
            r#"{"encoding":null,"separator":null,"conventions":[],"default_date_order":null}"#;
        let options: ReadOptions = serde_json::from_str(old).unwrap();
        assert_eq!(options, ReadOptions::default());
        assert_eq!(options.time_zone, TimeZone::UTC);
    }

    #[test]
    fn bad_files_get_a_clear_error() {
        assert_eq!(read("").unwrap_err(), ReadError::Empty);
        assert_eq!(read("\n\n\n").unwrap_err(), ReadError::Empty);
        assert_eq!(
            read("a,b,c\n").unwrap_err(),
            ReadError::HeaderOnly { columns: 3 }
        );
        assert!(matches!(
            read("emails\na@x.com\nb@y.com\n").unwrap_err(),
            ReadError::SingleColumn { .. }
        ));
        let zip = read_table(b"PK\x03\x04\x14\x00\x06\x00", &ReadOptions::default()).unwrap_err();
        assert!(zip.to_string().contains("save or download it as CSV"));
        assert!(matches!(
            check_size(MAX_FILE_BYTES + 1),
            Err(ReadError::TooLarge { .. })
        ));
    }

    #[test]
    fn duplicate_and_blank_headers_get_names() {
        let t = read("name,,name\na,b,c\n").unwrap();
        let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["name", "Column 2", "name (2)"]);
    }

    #[test]
    fn a_late_contradiction_reads_the_file_again() {
        // The first 64 KB say decimal point; the rest says decimal comma, more often.
        let mut csv = String::from("id;amount\n");
        let mut expected = Vec::new();
        let mut line = 0;
        while csv.len() < 70_000 {
            csv.push_str(&format!("{line};1.5\n"));
            expected.push(line);
            line += 1;
        }
        let point_rows = line;
        for i in 0..point_rows + 10 {
            csv.push_str(&format!("{};2,25\n", point_rows + i));
        }
        let t = read(&csv).unwrap();
        let n = t.columns[1].numbers(None);
        assert_eq!(n.style, Some(NumberStyle::DecimalComma));
        assert_eq!(n.options().last(), Some(&Some(2.25)));
        assert_eq!(n.unreadable.len(), point_rows as usize);
        assert_eq!(n.unreadable[0], (0, "1.5".to_string()));
    }

    /// Everything a table says about its rows, to compare two reads of one file.
    fn described(t: &Table) -> String {
        let mut out = format!(
            "{} rows, {} blank, {:?}, {:?} repaired\n",
            t.rows, t.blank_rows, t.rejected, t.repaired_bytes
        );
        for c in &t.columns {
            out += &format!("{} {:?} {:?}:", c.name, c.kind(), c.examples);
            for row in 0..t.rows {
                out += &format!(" {}", c.text(row));
            }
            if let ColumnData::Number(cells) = &c.data {
                out += &format!(" votes {:?} first {}", cells.votes, cells.first);
            }
            out += &format!(" marks {:?}\n", c.currency_marks());
        }
        out + &format!(
            "{:?}",
            (0..t.rows).map(|r| t.line_of(r)).collect::<Vec<_>>()
        )
    }

    fn in_parts(bytes: &[u8], parts: usize) -> Table {
        let mut options = ReadOptions::default();
        loop {
            match parts::read_in_parts(bytes, options, parts).unwrap() {
                Finished::Table(t) => return t,
                Finished::ReadAgain(again) => options = again,
            }
        }
    }

    #[test]
    fn a_file_read_in_parts_reads_as_one() {
        // Every awkward thing at once: a byte-order mark, CRLF, blank lines and rows of bare
        // separators, rows with too few fields, quoted line breaks, a few decimal commas
        // late, amounts marked in two currencies from the middle on, day-first dates, and
        // cells that are not UTF-8.
        let mut csv = b"\xEF\xBB\xBFid;name;amount;date;note\r\n".to_vec();
        for i in 0..400 {
            let line = match i % 9 {
                0 => format!(
                    "{i};Zo\u{eb} {};{}.5;0{}/02/2024;\"two\r\nlines; \"\"quoted\"\"\"\r\n",
                    i % 7,
                    i,
                    1 + i % 9
                ),
                1 => "\r\n;;;;\r\n".to_string(),
                2 => format!("{i};short\r\n"),
                5 if i > 300 => format!("{i};late;{i},25;13/03/2024;x\r\n"),
                3 if i > 150 => format!("{i};C{};€{i};{}/01/2024;\r\n", i % 5, 10 + i % 18),
                4 if i > 250 => format!("{i};C{};{i} USD;{}/01/2024;\r\n", i % 5, 10 + i % 18),
                _ => format!("{i};C{};{i};{}/01/2024;\r\n", i % 5, 10 + i % 18),
            };
            csv.extend_from_slice(line.as_bytes());
            if i == 200 {
                csv.extend_from_slice(b"201;caf\xe9;1;01/01/2024;\r\n");
            }
        }
        let table = in_parts(&csv, 1);
        let marks = table.columns[2].currency_marks().expect("two currencies");
        assert_eq!(marks.names(), ["€", "USD"]);
        let whole = described(&table);
        for parts in 2..12 {
            assert_eq!(described(&in_parts(&csv, parts)), whole, "{parts} parts");
        }
    }

    #[test]
    fn parts_of_many_different_texts_read_as_one() {
        // Past 65,536 rows a column of different texts is kept as written; in parts, some
        // parts get there and others do not.
        let mut csv = String::from("order,customer,country,amount\n");
        for i in 0..150_000 {
            let customer = if i < 90_000 { i % 40 } else { i };
            csv += &format!(
                "#{i},C{customer:07},{},{}.{:02}\n",
                ["FR", "DE"][i % 2],
                i % 90,
                i % 100
            );
        }
        let whole = in_parts(csv.as_bytes(), 1);
        assert!(matches!(whole.columns[1].data, ColumnData::Text { .. }));
        for parts in [2, 3] {
            let t = in_parts(csv.as_bytes(), parts);
            assert_eq!(t.rows, whole.rows);
            for (a, b) in t.columns.iter().zip(&whole.columns) {
                assert_eq!(a.examples, b.examples);
                assert!((0..t.rows).all(|r| a.text(r) == b.text(r)), "{}", a.name);
            }
        }
    }

    #[test]
    fn chunking_does_not_change_the_result() {
        let csv = "id;name;amount;date\n1;Chloé;1.234,50;03/04/2024\n2;\"Œuvray; Zoë\";12,00;31/12/2024\n";
        let whole = read(csv).unwrap();
        for size in [1, 2, 3, 5, 17] {
            let mut r = TableReader::new(ReadOptions::default());
            for c in csv.as_bytes().chunks(size) {
                r.push(c).unwrap();
            }
            let Finished::Table(t) = r.finish().unwrap() else {
                panic!()
            };
            assert_eq!(t.rows, whole.rows);
            for (a, b) in t.columns.iter().zip(&whole.columns) {
                for row in 0..t.rows {
                    assert_eq!(a.text(row), b.text(row));
                }
            }
        }
        assert_eq!(whole.columns[1].text(1), "Œuvray; Zoë");
        assert_eq!(
            whole.columns[2].numbers(None).options(),
            vec![Some(1234.5), Some(12.0)]
        );
        assert_eq!(whole.columns[3].text(0), "2024-04-03");
    }
}
