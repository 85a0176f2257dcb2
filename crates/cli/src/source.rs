//! Where the orders file's bytes come from: standard input, held in memory, or a file on
//! disk, read where it lies a stretch at a time by the core that reads that part of it, so
//! a file of gigabytes is never held whole.

use super::args::Input;
use super::failure::Failure;
use segmenter_engine::reading::{human_size, ByteSource, ReadError, MAX_NATIVE_FILE_BYTES};
use segmenter_engine::session::EngineError;
use std::fs::File;
use std::io::{self, Read};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Mutex;

/// The bytes of the file the command reads.
pub enum Source {
    /// Standard input, read to its end.
    Memory(Vec<u8>),
    /// A file on disk.
    File(FileSource),
}

/// A file on disk, and the first error met reading it.
pub struct FileSource {
    path: PathBuf,
    file: File,
    size: u64,
    failure: Mutex<Option<io::Error>>,
}

/// How much each core reads at a time.
const SLICE: usize = 8 << 20;

impl Source {
    /// Opens `input`; a file over the size the command reads is refused before any of it
    /// is read.
    pub fn open(input: &Input) -> Result<Source, Failure> {
        match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                io::stdin().read_to_end(&mut bytes).map_err(|e| {
                    Failure::Usage(format!("Standard input could not be read: {e}."))
                })?;
                Ok(Source::Memory(bytes))
            }
            Input::Path(path) => {
                let unreadable = |e: io::Error| {
                    Failure::Usage(format!("{} could not be read: {e}.", path.display()))
                };
                let file = File::open(path).map_err(unreadable)?;
                let size = file.metadata().map_err(unreadable)?.len();
                if size > MAX_NATIVE_FILE_BYTES {
                    return Err(Failure::Data(format!(
                        "{} is {} and the command line reads files up to {}: split it by period \
                         and segment each part, or load it into a warehouse and use `segmenter sql`.",
                        path.display(),
                        human_size(size),
                        human_size(MAX_NATIVE_FILE_BYTES)
                    )));
                }
                Ok(Source::File(FileSource {
                    path: path.clone(),
                    file,
                    size,
                    failure: Mutex::new(None),
                }))
            }
        }
    }

    /// The engine's error in the command's words: a file that failed while read names the
    /// reason the system gave.
    pub fn failure(&self, error: EngineError) -> Failure {
        if let (Source::File(f), EngineError::Read(ReadError::FileUnavailable)) = (self, &error) {
            let reason = f.failure.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(reason) = reason {
                return Failure::Usage(format!(
                    "{} could not be read: {reason}.",
                    f.path.display()
                ));
            }
        }
        Failure::from(error)
    }
}

impl ByteSource for Source {
    fn size(&self) -> u64 {
        match self {
            Source::Memory(bytes) => bytes.len() as u64,
            Source::File(f) => f.size,
        }
    }

    fn slices(&self, range: Range<u64>, take: &mut dyn FnMut(&[u8])) -> Result<(), ReadError> {
        match self {
            Source::Memory(bytes) => bytes.as_slice().slices(range, take),
            Source::File(f) => f.slices(range, take),
        }
    }
}

impl FileSource {
    fn slices(&self, range: Range<u64>, take: &mut dyn FnMut(&[u8])) -> Result<(), ReadError> {
        let mut buffer = vec![0u8; SLICE.min((range.end - range.start) as usize)];
        let mut at = range.start;
        while at < range.end {
            let n = buffer.len().min((range.end - at) as usize);
            if let Err(e) = read_at(&self.file, &mut buffer[..n], at) {
                // A file cut short meanwhile reads as "unexpected end of file".
                *self.failure.lock().unwrap_or_else(|e| e.into_inner()) = Some(e);
                return Err(ReadError::FileUnavailable);
            }
            take(&buffer[..n]);
            at += n as u64;
        }
        Ok(())
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, at)
}

#[cfg(windows)]
fn read_at(file: &File, mut buffer: &mut [u8], mut at: u64) -> io::Result<()> {
    while !buffer.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buffer, at)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buffer = &mut buffer[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
}
