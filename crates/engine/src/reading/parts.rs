//! A file read in parts, each part on its own core where there are threads, joined into
//! the table one read would give: rows, lines, rejected rows and blank lines as if read in
//! one go.
//!
//! The bytes come from a [`ByteSource`]: a slice in memory, or (natively) the file itself,
//! each part reading its own stretch of it, so a file of gigabytes is never held whole. A
//! cut is at a line end, which is between records unless a quoted cell holds line breaks
//! across it; then the part before simply reads on through the next part's bytes.
//!
//! ```
//! use segmenter_engine::reading::{read_source, ReadOptions};
//! let csv = "customer,amount\nA,1.50\nB,2\n";
//! let table = read_source(csv.as_bytes(), &ReadOptions::default()).unwrap();
//! assert_eq!(table.rows, 2);
//! ```

use super::{Body, Finished, Layout, ReadError, ReadOptions, Table, SNIFF_BYTES};
use crate::basics::parallel::{map_parts, ranges, threads};
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
        // The first part's columns take the others' rows, so they get room for the whole
        // file: joining then copies each later part once, and never the first part.
        let rows = match part.start {
            0 => layout.rows,
            _ => (layout.rows as f64 * (part.end - part.start) as f64 / size as f64) as usize + 64,
        };
        let mut body = Body::new(&layout, part.start == 0, rows);
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

/// Where to cut the file into `parts` parts: after the first line end at or past each even
/// share of it (fewer parts when line ends are that far apart).
fn cuts(source: &(impl ByteSource + ?Sized), parts: usize) -> Result<Vec<Range<u64>>, ReadError> {
    let size = source.size();
    let mut starts = vec![0u64];
    for share in ranges(size as usize, parts).into_iter().skip(1) {
        let mut from = (share.start as u64).max(*starts.last().unwrap_or(&0));
        while from < size {
            let window = bytes_of(source, from..size.min(from + CUT_WINDOW))?;
            match window.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    let next = from + at as u64 + 1;
                    if next < size {
                        starts.push(next);
                    }
                    break;
                }
                None => from += window.len() as u64,
            }
        }
    }
    let ends = starts.iter().skip(1).copied().chain([size]);
    Ok(starts
        .iter()
        .copied()
        .zip(ends)
        .map(|(s, e)| s..e)
        .collect())
}
