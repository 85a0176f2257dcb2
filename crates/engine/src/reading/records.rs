//! Decoded text → records: fields split by `csv-core`, each record with the physical line
//! it starts on.
//!
//! `csv-core` handles quoting (separators, newlines and doubled quotes inside quotes) and
//! LF, CRLF or CR line ends; it skips blank lines silently, so this wrapper works out line
//! numbers itself and counts the blank lines it passed over.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};
use serde::{Deserialize, Serialize};

/// One record: its fields and the line (header = 1) where it starts.
#[derive(Debug)]
pub struct Record<'a> {
    /// Physical line number of the record's first character, counting from 1.
    pub line: u64,
    data: &'a [u8],
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// Number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the record has no fields (never true for records this module emits).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`th field, unquoted; empty when out of range.
    pub fn field(&self, i: usize) -> &'a [u8] {
        &self.data[self.span(i)]
    }

    /// Where the `i`th field lies in [`Record::bytes`]; empty when out of range.
    pub fn span(&self, i: usize) -> std::ops::Range<usize> {
        match self.ends.get(i) {
            Some(&end) => (if i == 0 { 0 } else { self.ends[i - 1] })..end,
            None => 0..0,
        }
    }

    /// All fields' bytes, back to back.
    pub fn bytes(&self) -> &'a [u8] {
        self.data
    }

    /// Whether every field is empty (a line of bare separators).
    pub fn is_blank(&self) -> bool {
        self.data.is_empty()
    }
}

/// A splitter's counts at the end of its input (see [`RecordSplitter::end`]). Only a
/// splitter that ended between records can be resumed: one inside a record holds the
/// record's start, which is not carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SplitterEnd {
    line: u64,
    last_end_line: u64,
    last_byte: u8,
    /// Whether the input ended between records.
    pub at_record_start: bool,
    blank_lines: u64,
}

/// Splits a stream of UTF-8 bytes into records.
pub struct RecordSplitter {
    csv: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    /// The line the previous record ended on (0 before the first record).
    last_end_line: u64,
    last_byte: u8,
    cr_to_lf: Option<Vec<u8>>,
    /// Whether the input so far ended with a whole record (and perhaps line ends after it),
    /// so the next byte starts a new record.
    at_record_start: bool,
    /// Blank lines passed over so far.
    pub blank_lines: u64,
}

impl RecordSplitter {
    /// A splitter for `separator`; `cr_line_ends` turns bare carriage returns into line ends
    /// that the line count sees.
    pub fn new(separator: u8, cr_line_ends: bool) -> RecordSplitter {
        RecordSplitter {
            csv: ReaderBuilder::new().delimiter(separator).build(),
            out: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            last_end_line: 0,
            last_byte: b'\n',
            cr_to_lf: cr_line_ends.then(Vec::new),
            at_record_start: true,
            blank_lines: 0,
        }
    }

    /// Where this splitter stands once the part of the file it read has ended between
    /// records, to be taken on by a splitter made with [`RecordSplitter::resume`] (in the
    /// worker that joins the parts).
    pub fn end(&self) -> SplitterEnd {
        SplitterEnd {
            line: self.csv.line(),
            last_end_line: self.last_end_line,
            last_byte: self.last_byte,
            at_record_start: self.at_record_start,
            blank_lines: self.blank_lines,
        }
    }

    /// A splitter standing where another one [`ended`](RecordSplitter::end).
    pub fn resume(separator: u8, cr_line_ends: bool, end: SplitterEnd) -> RecordSplitter {
        let mut splitter = RecordSplitter::new(separator, cr_line_ends);
        splitter.csv.set_line(end.line);
        splitter.last_end_line = end.last_end_line;
        splitter.last_byte = end.last_byte;
        splitter.at_record_start = end.at_record_start;
        splitter.blank_lines = end.blank_lines;
        splitter
    }

    /// Whether the input so far ends between records, not inside one (inside a quoted
    /// field with line breaks, say): then a part of the file that starts here reads the
    /// same on its own as after what came before.
    pub fn at_record_start(&self) -> bool {
        self.at_record_start
    }

    /// Carries this splitter's line count on from `before`, which read the part of the file
    /// just before this one and stopped between records: the lines this one numbered from 1
    /// are numbered after those, and the blank lines at the end of `before` are counted.
    /// Returns how many lines `before` read, by which this part's record lines shift.
    pub fn continue_after(&mut self, before: &RecordSplitter) -> u64 {
        let shift = before.csv.line() - 1;
        let tail = before.csv.line().saturating_sub(before.last_end_line + 1);
        self.csv.set_line(self.csv.line() + shift);
        self.last_end_line += shift;
        self.blank_lines += before.blank_lines + tail;
        shift
    }

    /// Splits the next chunk, calling `on_record` for every record it completes.
    pub fn feed(&mut self, input: &[u8], on_record: &mut impl FnMut(Record<'_>)) {
        match self.cr_to_lf.take() {
            Some(mut buf) => {
                buf.clear();
                buf.extend(input.iter().map(|&b| if b == b'\r' { b'\n' } else { b }));
                self.split(&buf, on_record);
                self.cr_to_lf = Some(buf);
            }
            None => self.split(input, on_record),
        }
    }

    /// Ends the input, calling `on_record` for a last record without a line end.
    pub fn finish(&mut self, on_record: &mut impl FnMut(Record<'_>)) {
        self.split(&[], on_record);
        let lines_seen = self.csv.line();
        // Lines after the last record: the empty tail after a final newline is not one.
        let tail = lines_seen.saturating_sub(self.last_end_line + 1);
        self.blank_lines += tail;
    }

    fn split(&mut self, mut input: &[u8], on_record: &mut impl FnMut(Record<'_>)) {
        loop {
            let (result, nin, nout, nend) = self.csv.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            if nin > 0 {
                self.last_byte = input[nin - 1];
                // Line ends between records are skipped; anything else starts one.
                if !matches!(result, ReadRecordResult::Record) {
                    self.at_record_start &= input[..nin].iter().all(|&b| b == b'\n' || b == b'\r');
                }
            }
            input = &input[nin..];
            self.out_len += nout;
            self.ends_len += nend;
            match result {
                ReadRecordResult::InputEmpty => return,
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => self.emit(on_record),
                ReadRecordResult::End => return,
            }
        }
    }

    fn emit(&mut self, on_record: &mut impl FnMut(Record<'_>)) {
        let line_now = self.csv.line();
        // A record ended by '\n' has already moved the count to the next line; one ended by
        // '\r' (the '\n' of CRLF comes later) or by the end of input has not.
        let end_line = if self.last_byte == b'\n' {
            line_now - 1
        } else {
            line_now
        };
        let data = &self.out[..self.out_len];
        // Quoted newlines only exist when the record ends more than one line after the
        // previous one (or blank lines came between).
        let embedded = if end_line - self.last_end_line >= 2 {
            data.iter().filter(|&&b| b == b'\n').count() as u64
        } else {
            0
        };
        let start_line = end_line - embedded;
        self.blank_lines += start_line.saturating_sub(self.last_end_line + 1);
        self.last_end_line = end_line;
        on_record(Record {
            line: start_line,
            data,
            ends: &self.ends[..self.ends_len],
        });
        self.out_len = 0;
        self.ends_len = 0;
        self.at_record_start = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, fields) of every record, and the blank lines passed, feeding `chunk` bytes at a time.
    fn split(text: &str, sep: u8, chunk: usize) -> (Vec<(u64, Vec<String>)>, u64) {
        let cr = !text.contains('\n') && text.contains('\r');
        let mut splitter = RecordSplitter::new(sep, cr);
        let mut records = Vec::new();
        let mut take = |r: Record<'_>| {
            let fields = (0..r.len())
                .map(|i| String::from_utf8(r.field(i).to_vec()).unwrap())
                .collect();
            records.push((r.line, fields));
        };
        for c in text.as_bytes().chunks(chunk) {
            splitter.feed(c, &mut take);
        }
        splitter.finish(&mut take);
        (records, splitter.blank_lines)
    }

    fn lines(records: &[(u64, Vec<String>)]) -> Vec<u64> {
        records.iter().map(|(l, _)| *l).collect()
    }

    #[test]
    fn quoted_fields_keep_separators_newlines_and_quotes() {
        let text = "id,note\n1,\"a, \"\"quoted\"\"\nline\"\n2,plain\n";
        for chunk in [1, 2, 3, 7, 100] {
            let (records, blank) = split(text, b',', chunk);
            assert_eq!(records[1].1, vec!["1", "a, \"quoted\"\nline"]);
            assert_eq!(lines(&records), vec![1, 2, 4], "chunk {chunk}");
            assert_eq!(blank, 0);
        }
    }

    #[test]
    fn a_first_record_with_a_quoted_line_break_starts_on_line_one() {
        for end in ["\n", "\r\n"] {
            let text = format!("\"a{end}b\",c{end}1,2{end}");
            let (records, _) = split(&text, b',', 1000);
            assert_eq!(lines(&records), vec![1, 3], "{end:?}");
        }
    }

    #[test]
    fn line_numbers_and_blank_lines_for_every_line_end() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["a;b", "1;2", "", "3;4", "", "", "5;6", ""].join(end);
            for chunk in [1, 2, 5, 1000] {
                let (records, blank) = split(&text, b';', chunk);
                assert_eq!(lines(&records), vec![1, 2, 4, 7], "{end:?} chunk {chunk}");
                assert_eq!(blank, 3, "{end:?} chunk {chunk}");
                assert!(records
                    .iter()
                    .all(|(_, f)| f.iter().all(|s| !s.contains('\r'))));
            }
        }
    }

    #[test]
    fn trailing_blank_lines_are_counted() {
        let (records, blank) = split("a\n1\n\n\n", b',', 3);
        assert_eq!(lines(&records), vec![1, 2]);
        assert_eq!(blank, 2);
        let (_, blank) = split("a\n1", b',', 3);
        assert_eq!(blank, 0);
    }

    #[test]
    fn parts_cut_between_records_read_as_the_whole() {
        let text = "a,b\n1,2\n\n3,\"x\ny\"\n\n\n4,5\n";
        let (whole, whole_blank) = split(text, b',', 1000);
        for cut in 1..text.len() {
            let (first, second) = text.as_bytes().split_at(cut);
            let mut records = Vec::new();
            let mut take = |r: Record<'_>| records.push((r.line, r.field(0).to_vec()));
            let mut before = RecordSplitter::new(b',', false);
            before.feed(first, &mut take);
            let between = before.at_record_start();
            let mut after = RecordSplitter::new(b',', false);
            let mut later = Vec::new();
            after.feed(second, &mut |r: Record<'_>| {
                later.push((r.line, r.field(0).to_vec()))
            });
            after.finish(&mut |r: Record<'_>| later.push((r.line, r.field(0).to_vec())));
            // Only cuts right after a line end outside quotes are between records.
            let expected = first.ends_with(b"\n") && cut != 14;
            assert_eq!(between, expected, "cut at {cut}");
            if between {
                let shift = after.continue_after(&before);
                records.extend(later.into_iter().map(|(line, f)| (line + shift, f)));
                let lines: Vec<u64> = records.iter().map(|(l, _)| *l).collect();
                assert_eq!(lines, super::tests::lines(&whole), "cut at {cut}");
                assert_eq!(after.blank_lines, whole_blank, "cut at {cut}");
            }
        }
    }

    #[test]
    fn long_records_grow_the_buffers() {
        let long = "x".repeat(10_000);
        let text = format!("a{}\n{long}{}\n", ",b".repeat(100), ",y".repeat(100));
        let (records, _) = split(&text, b',', 333);
        assert_eq!(records[1].1.len(), 101);
        assert_eq!(records[1].1[0], long);
    }
}
