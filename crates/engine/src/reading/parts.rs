//! A file read in parts, each part on its own core, joined into the table one read would
//! give: rows, lines, rejected rows and blank lines as if read in one go.
//!
//! Natively the parts are threads and the bytes come from a [`ByteSource`]: a slice in
//! memory, or the file itself, each part reading its own stretch of it, so a file of
//! gigabytes is never held whole. In the browser the parts are workers: each reads its
//! stretch with a [`PartReader`] and hands back a [`ReadPart`], which the worker reading
//! the file's start joins in order ([`TableReader::join`](super::TableReader::join)).
//!
//! The cuts ([`Cuts`]) are at line ends, which are between records unless a quoted cell
//! holds line breaks across one; then the part before simply reads on through the next
//! part's bytes.
//!
//! ```
//! use segmenter_engine::reading::{read_source, ReadOptions};
//! let csv = "customer,amount\nA,1.50\nB,2\n";
//! let table = read_source(csv.as_bytes(), &ReadOptions::default()).unwrap();
//! assert_eq!(table.rows, 2);
//! ```

use super::records::SplitterEnd;
use super::{Body, Finished, Layout, ReadError, ReadOptions, RowSink, Table, SNIFF_BYTES};
use crate::basics::parallel::{map_parts, threads};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Where a file's bytes come from: memory, or natively the file on disk, read a stretch at
/// a time by whichever core reads that part.
pub trait ByteSource: Sync {
    /// The number of bytes.
    fn size(&self) -> u64;

    /// Hands `take` the bytes of `range` in order, a slice at a time; fails with
    /// [`ReadError::FileUnavailable`] when they cannot be read.
    fn slices(&self, range: Range<u64>, take: &mut dyn FnMut(&[u8])) -> Result<(), ReadError>;
}

impl ByteSource for [u8] {
    fn size(&self) -> u64 {
        self.len() as u64
    }

    fn slices(&self, range: Range<u64>, take: &mut dyn FnMut(&[u8])) -> Result<(), ReadError> {
        let bytes = self
            .get(range.start as usize..range.end as usize)
            .ok_or(ReadError::FileUnavailable)?;
        // A slice at a time keeps what the decoder writes out small.
        bytes.chunks(1 << 20).for_each(take);
        Ok(())
    }
}

/// The largest file read natively: a column's text is addressed with 32-bit offsets.
pub const MAX_NATIVE_FILE_BYTES: u64 = u32::MAX as u64;

/// The size from which a file is read in parts: below it, starting threads would cost more
/// than the reading they share.
const PARTS_FROM_BYTES: u64 = 4 << 20;

/// How much is looked at, at a time, for the line end a cut goes after.
const CUT_WINDOW: u64 = 64 * 1024;

/// Reads the file `source` holds, in as many parts as there are cores when it is big,
/// reading it again when a convention settled only at its end asks (see
/// [`Finished::ReadAgain`]). The caller checks the size first (see [`super::check_size`]
/// and [`MAX_NATIVE_FILE_BYTES`]).
pub fn read_source(
    source: &(impl ByteSource + ?Sized),
    options: &ReadOptions,
) -> Result<Table, ReadError> {
    let parts = if source.size() >= PARTS_FROM_BYTES {
        threads()
    } else {
        1
    };
    let mut options = options.clone();
    loop {
        match read_in_parts(source, options, parts)? {
            Finished::Table(table) => return Ok(table),
            Finished::ReadAgain(again) => options = again,
        }
    }
}

/// Reads `source` cut into `parts` parts (fewer when it cannot be cut that often).
pub(super) fn read_in_parts(
    source: &(impl ByteSource + ?Sized),
    options: ReadOptions,
    parts: usize,
) -> Result<Finished, ReadError> {
    let size = source.size();
    let head = bytes_of(source, 0..size.min(SNIFF_BYTES as u64))?;
    let layout = Layout::of(&head, size <= SNIFF_BYTES as u64, &options, Some(size))?;
    let cuts = match layout.can_be_cut() && parts > 1 {
        true => cuts(source, parts)?,
        false => std::iter::once(0..size).collect(),
    };
    let bodies = map_parts(cuts.clone(), |part| {
        let mut body = Body::new(&layout, part.start == 0, rows_of(&layout, &part, size));
        source.slices(part, &mut |chunk| body.feed(chunk, false))?;
        Ok(body)
    });
    let mut bodies = bodies.into_iter().zip(cuts);
    let Some((whole, _)) = bodies.next() else {
        return Err(ReadError::Empty);
    };
    let mut whole: Body = whole?;
    for (body, part) in bodies {
        if whole.splitter.at_record_start() {
            whole.append(body?);
        } else {
            source.slices(part, &mut |chunk| whole.feed(chunk, false))?;
        }
    }
    whole.feed(&[], true);
    whole.finish(size, options)
}

/// The bytes of `range`, gathered.
fn bytes_of(source: &(impl ByteSource + ?Sized), range: Range<u64>) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::with_capacity((range.end - range.start) as usize);
    source.slices(range, &mut |chunk| bytes.extend_from_slice(chunk))?;
    Ok(bytes)
}

/// The rows to make room for in `part`'s columns. The first part's columns take the
/// others' rows, so they get room for the whole file: joining then copies each later part
/// once, and never the first part.
fn rows_of(layout: &Layout, part: &Range<u64>, size: u64) -> usize {
    match part.start {
        0 => layout.rows,
        _ => (layout.rows as f64 * (part.end - part.start) as f64 / size as f64) as usize + 64,
    }
}

/// Where to cut the file into `parts` parts (see [`Cuts`]).
fn cuts(source: &(impl ByteSource + ?Sized), parts: usize) -> Result<Vec<Range<u64>>, ReadError> {
    let mut cuts = Cuts::new(source.size(), parts);
    while let Some(window) = cuts.wanted() {
        cuts.look(&bytes_of(source, window)?);
    }
    Ok(cuts.parts())
}

/// Where to cut a file into parts: after the first line end at or past each even share of
/// it (fewer parts when line ends are that far apart). It asks for the bytes it looks at,
/// so that a worker can fetch them as it likes:
///
/// ```
/// use segmenter_engine::reading::Cuts;
/// let file = b"id,amount\nA,1\nB,2\nC,3\n";
/// let mut cuts = Cuts::new(file.len() as u64, 2);
/// while let Some(window) = cuts.wanted() {
///     cuts.look(&file[window.start as usize..window.end as usize]);
/// }
/// assert_eq!(cuts.parts(), [0..14, 14..22]);
/// ```
#[derive(Clone, Debug)]
pub struct Cuts {
    size: u64,
    /// The even shares' starts still to be cut near, last first.
    shares: Vec<u64>,
    /// The parts' starts so far.
    starts: Vec<u64>,
    /// Where the line end for the current share is looked for.
    from: Option<u64>,
}

impl Cuts {
    /// Cuts for a file of `size` bytes in `parts` parts.
    pub fn new(size: u64, parts: usize) -> Cuts {
        let parts = (parts.max(1) as u64).min(size.max(1));
        let mut cuts = Cuts {
            size,
            shares: (1..parts).rev().map(|i| size * i / parts).collect(),
            starts: vec![0],
            from: None,
        };
        cuts.next_share();
        cuts
    }

    fn next_share(&mut self) {
        let last = self.starts.last().copied().unwrap_or(0);
        self.from = self
            .shares
            .pop()
            .map(|share| share.max(last))
            .filter(|&from| from < self.size);
    }

    /// The bytes to look at next, or `None` when every cut is found.
    pub fn wanted(&self) -> Option<Range<u64>> {
        self.from.map(|from| from..self.size.min(from + CUT_WINDOW))
    }

    /// Looks at the bytes [`Cuts::wanted`] asked for.
    pub fn look(&mut self, window: &[u8]) {
        let Some(from) = self.from else { return };
        match window.iter().position(|&b| b == b'\n') {
            Some(at) => {
                let next = from + at as u64 + 1;
                if next < self.size {
                    self.starts.push(next);
                }
                self.next_share();
            }
            None if window.is_empty() => self.from = None,
            None => {
                let on = from + window.len() as u64;
                self.from = (on < self.size).then_some(on);
                if self.from.is_none() {
                    self.next_share();
                }
            }
        }
    }

    /// The parts, in order.
    pub fn parts(&self) -> Vec<Range<u64>> {
        let ends = self.starts.iter().skip(1).copied().chain([self.size]);
        self.starts
            .iter()
            .copied()
            .zip(ends)
            .map(|(s, e)| s..e)
            .collect()
    }
}

/// Whether a file of `size` bytes whose first [`SNIFF_BYTES`] bytes are `head` can be read
/// in parts: not when it is no bigger than those bytes, nor when its encoding or line ends
/// do not put a line end in a byte of its own (UTF-16, bare carriage returns), nor when it
/// cannot be read at all (reading it whole says why).
pub fn can_be_cut(head: &[u8], size: u64, options: &ReadOptions) -> bool {
    size > SNIFF_BYTES as u64
        && Layout::of(head, false, options, Some(size)).is_ok_and(|layout| layout.can_be_cut())
}

/// Reads one part of a file, not its first, apart from the rest (in another worker), to
/// be joined to the reading of what comes before it. Set up from the file's first
/// [`SNIFF_BYTES`] bytes, it agrees with the reading of the file's start on every column's
/// kind and convention.
pub struct PartReader {
    body: Body,
    bytes_in: u64,
    last: bool,
}

impl PartReader {
    /// A reader for `part` of a file of `size` bytes whose first [`SNIFF_BYTES`] bytes are
    /// `head`, read with `options`.
    pub fn new(
        head: &[u8],
        size: u64,
        part: Range<u64>,
        options: &ReadOptions,
    ) -> Result<PartReader, ReadError> {
        let layout = Layout::of(head, false, options, Some(size))?;
        Ok(PartReader {
            body: Body::new(&layout, false, rows_of(&layout, &part, size)),
            bytes_in: 0,
            last: part.end == size,
        })
    }

    /// Reads the next chunk of the part.
    pub fn push(&mut self, chunk: &[u8]) {
        self.bytes_in += chunk.len() as u64;
        self.body.feed(chunk, false);
    }

    /// Bytes received so far.
    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    /// Data rows read so far.
    pub fn rows(&self) -> usize {
        self.body.sink.lines.next_row as usize
    }

    /// Ends the part (and the file, for the last part).
    pub fn finish(mut self) -> ReadPart {
        if self.last {
            self.body.feed(&[], true);
        }
        let body = self.body;
        ReadPart {
            sink: body.sink,
            splitter: body.splitter.end(),
            repaired_bytes: body.decoder.repaired_bytes,
            bytes: self.bytes_in,
            ended: body.ended,
        }
    }
}

/// What a [`PartReader`] read: its rows in columns, its rejected rows and blank lines, and
/// where its lines ended, numbered from the part's start until it is joined.
#[derive(Serialize, Deserialize)]
pub struct ReadPart {
    pub(super) sink: RowSink,
    pub(super) splitter: SplitterEnd,
    pub(super) repaired_bytes: u64,
    pub(super) bytes: u64,
    /// Whether the part ran to the end of the file.
    pub(super) ended: bool,
}

impl ReadPart {
    /// Data rows in the part.
    pub fn rows(&self) -> usize {
        self.sink.lines.next_row as usize
    }
}
