//! Reading a file in the worker: the browser's `File` streamed into the engine's
//! [`TableReader`] chunk by chunk, with progress, and a big file's later parts read at the
//! same time by part readers ([`super::part_readers`]) and joined in order.

use super::part_readers::{PartReaders, Plan, Tally};
use super::stream::{stream, stretch};
use segmenter_engine::reading::{check_size, Finished, ReadError, ReadOptions, Table, TableReader};
use segmenter_engine::session::{RequestId, Stage};
use std::ops::Range;
use web_sys::File;

/// What is read.
pub enum Source {
    /// A file the merchant chose (or a host sent).
    File(File),
    /// The built-in sample shop's bytes.
    Sample(Vec<u8>),
}

impl Source {
    fn size(&self) -> f64 {
        match self {
            Source::File(f) => f.size(),
            Source::Sample(bytes) => bytes.len() as f64,
        }
    }
}

/// Reads a source into a table, again with settled conventions when the first read asks;
/// `readers` caps the workers reading a big file at once.
pub async fn read(
    id: RequestId,
    source: &Source,
    options: ReadOptions,
    readers: Option<u32>,
) -> Result<Table, ReadError> {
    let total = source.size() as u64;
    check_size(total)?;
    let mut options = options;
    let mut stage = Stage::Reading;
    // Where a big file is cut does not depend on the conventions a second read settles.
    let plan = match source {
        Source::File(file) => PartReaders::plan(file, &options, readers).await?,
        Source::Sample(_) => Plan::whole(total),
    };
    let cuts = &plan.cuts;
    loop {
        let mut reader = TableReader::new(options.clone()).with_size_hint(total);
        match source {
            Source::Sample(bytes) => reader.push(bytes)?,
            Source::File(file) => {
                let tally = Tally::new(id, stage, total, cuts.len());
                let readers = PartReaders::start(file, &plan, &options, &tally).await?;
                read_stretch(file, cuts[0].clone(), &mut reader, &tally).await?;
                for (part, cut) in cuts.iter().enumerate().skip(1) {
                    match readers.outcome(part).await? {
                        Some(read) if reader.can_join(&read) => {
                            reader.join(read);
                            tally.joined(part, &reader);
                        }
                        // A part whose start or end is inside a quoted cell, or whose reader
                        // could not start: read here, after the part before.
                        _ => read_stretch(file, cut.clone(), &mut reader, &tally).await?,
                    }
                }
                // A file changed on disk while it was read ends a stream early without an
                // error: a partial read must not pass for the whole file.
                if reader.bytes_in() != total {
                    return Err(ReadError::FileUnavailable);
                }
            }
        }
        match reader.finish()? {
            Finished::Table(table) => return Ok(table),
            Finished::ReadAgain(again) => {
                options = again;
                stage = Stage::Rereading;
            }
        }
    }
}

/// Streams the bytes of `range` of `file` into `reader`, reporting progress as the first
/// part's.
async fn read_stretch(
    file: &File,
    range: Range<u64>,
    reader: &mut TableReader,
    tally: &Tally,
) -> Result<(), ReadError> {
    let before = reader.bytes_in();
    let mut push = |bytes: &[u8]| -> Result<(), ReadError> {
        reader.push(bytes)?;
        tally.progress(0, reader.bytes_in(), reader.rows() as u64);
        Ok(())
    };
    stream(&stretch(file, &range)?, &mut push).await?;
    if reader.bytes_in() - before != range.end - range.start {
        return Err(ReadError::FileUnavailable);
    }
    Ok(())
}
