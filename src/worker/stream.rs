//! A `File`'s bytes in the worker: a stretch of it streamed chunk by chunk into one
//! reused buffer, or a few kilobytes of it gathered.

use js_sys::{ArrayBuffer, Reflect, Uint8Array};
use segmenter_engine::reading::ReadError;
use std::ops::Range;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ReadableStreamByobReader, ReadableStreamDefaultReader};

/// The bytes of `range` of `file`, as a blob of their own.
pub fn stretch(file: &File, range: &Range<u64>) -> Result<Blob, ReadError> {
    file.slice_with_f64_and_f64(range.start as f64, range.end as f64)
        .map_err(|_| ReadError::FileUnavailable)
}

/// The bytes of `range` of `file`, gathered (for a few kilobytes).
pub async fn bytes_of(file: &File, range: &Range<u64>) -> Result<Vec<u8>, ReadError> {
    let unavailable = |_| ReadError::FileUnavailable;
    let buffer = JsFuture::from(stretch(file, range)?.array_buffer())
        .await
        .map_err(unavailable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Hands `take` every chunk of `blob`, in order.
pub async fn stream(
    blob: &Blob,
    take: &mut impl FnMut(&[u8]) -> Result<(), ReadError>,
) -> Result<(), ReadError> {
    // A stream, not slices: Chromium hands a 500 MB file over in 0.45 s this way, and in
    // 1.2–1.4 s when asked for it 2 MB at a time, work done on the same two cores the
    // parser needs.
    let mut chunks = Chunks::of(blob);
    // One buffer in the engine's memory for every chunk, so reading a big file does not
    // leave a trail of copies for the allocator to hold on to.
    let mut bytes = Vec::new();
    let mut count = 0u32;
    while let Some(array) = chunks.next().await? {
        bytes.resize(array.length() as usize, 0);
        array.copy_to(&mut bytes);
        drop(array);
        take(&bytes)?;
        count += 1;
        if count.is_multiple_of(YIELD_CHUNKS) {
            next_task().await;
        }
    }
    Ok(())
}

/// How many chunks are read between two pauses for the worker's other tasks.
const YIELD_CHUNKS: u32 = 8;

/// Waits for the worker's next task: a stream with data at hand answers every read at once,
/// so without a pause the messages of the part readers (their progress, their parts) would
/// wait until the whole stream is read.
async fn next_task() {
    pause(0).await;
}

/// Waits `ms` milliseconds, the worker's other tasks running meanwhile.
pub async fn pause(ms: i32) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(pause).await;
}

/// A blob's bytes as a stream of chunks.
enum Chunks {
    /// Read into one buffer that goes back and forth between the stream and the worker, so
    /// reading leaves no garbage behind: with a fresh buffer per chunk, a 500 MB file's
    /// tab peaked 50–100 MB higher before the collector ran.
    Reused {
        reader: ReadableStreamByobReader,
        buffer: Option<ArrayBuffer>,
    },
    /// For browsers without such readers: a new buffer per chunk.
    Fresh(ReadableStreamDefaultReader),
}

/// The most a chunk read into the reused buffer holds.
const CHUNK_BYTES: u32 = 1024 * 1024;

impl Chunks {
    fn of(blob: &Blob) -> Chunks {
        let stream = blob.stream();
        match ReadableStreamByobReader::new(&stream) {
            Ok(reader) => Chunks::Reused {
                reader,
                buffer: Some(ArrayBuffer::new(CHUNK_BYTES)),
            },
            Err(_) => Chunks::Fresh(stream.get_reader().unchecked_into()),
        }
    }

    /// The next chunk (still in JavaScript), `None` at the end of the blob.
    async fn next(&mut self) -> Result<Option<Uint8Array>, ReadError> {
        let unavailable = |_| ReadError::FileUnavailable;
        let promise = match self {
            Chunks::Reused { reader, buffer } => {
                let buffer = buffer.take().ok_or(ReadError::FileUnavailable)?;
                reader.read_with_array_buffer_view(&Uint8Array::new(&buffer))
            }
            Chunks::Fresh(reader) => reader.read(),
        };
        let step = JsFuture::from(promise).await.map_err(unavailable)?;
        if Reflect::get(&step, &"done".into())
            .map_err(unavailable)?
            .is_truthy()
        {
            return Ok(None);
        }
        let value: Uint8Array = Reflect::get(&step, &"value".into())
            .map_err(unavailable)?
            .dyn_into()
            .map_err(unavailable)?;
        if let Chunks::Reused { buffer, .. } = self {
            // The stream hands the buffer back inside the chunk it filled.
            *buffer = Some(value.buffer());
        }
        Ok(Some(value))
    }
}
