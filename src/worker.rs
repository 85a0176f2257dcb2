//! The engine in a Web Worker: the page's requests in, the engine's answers out.
//!
//! Each request arrives in an envelope ([`crate::envelope`]) with its id; each reply and
//! each progress report names that id. A file to read travels beside the request as the
//! browser's own `File`, which the worker reads as a stream, parsing each chunk as it
//! arrives. Nothing here computes: everything else goes to the [`Session`].

use crate::envelope::{decode, encode, transfer_list};
use js_sys::{ArrayBuffer, Reflect, Uint8Array};
use segmenter_engine::campaigns::uplift::{CampaignRecord, CampaignResult};
use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::reading::{check_size, Finished, ReadError, ReadOptions, Table, TableReader};
use segmenter_engine::session::{
    Answer, Compare, EngineError, FromEngine, Progress, Request, RequestId, Session, Stage,
    ToEngine, ENGINE_PROTOCOL,
};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DedicatedWorkerGlobalScope, File, MessageEvent, ReadableStreamByobReader,
    ReadableStreamDefaultReader,
};

/// How many bytes are read between two progress reports.
const PROGRESS_BYTES: u64 = 2 * 1024 * 1024;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromEngine) {
    let envelope = encode(0, message, None);
    let _ = scope().post_message_with_transfer(&envelope, &transfer_list(&envelope));
}

fn progress(id: RequestId, progress: Progress) {
    post(&FromEngine::Progress { id, progress });
}

/// Starts the worker: installs the message handler and tells the page it is ready.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        post(&FromEngine::Crashed(info.to_string()));
    }));
    let worker = Rc::new(Worker::default());
    let handler = {
        let worker = worker.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            worker.receive(event.data())
        })
    };
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    post(&FromEngine::Ready {
        protocol: ENGINE_PROTOCOL,
    });
}

/// Requests are answered one at a time, in order, even when reading a file takes a while.
#[derive(Default)]
struct Worker {
    session: RefCell<Session>,
    queue: RefCell<VecDeque<JsValue>>,
    busy: RefCell<bool>,
}

impl Worker {
    fn receive(self: &Rc<Self>, data: JsValue) {
        self.queue.borrow_mut().push_back(data);
        if *self.busy.borrow() {
            return;
        }
        *self.busy.borrow_mut() = true;
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let next = me.queue.borrow_mut().pop_front();
                let Some(data) = next else { break };
                me.answer(data).await;
            }
            *me.busy.borrow_mut() = false;
        });
    }

    async fn answer(&self, data: JsValue) {
        let opened = decode::<ToEngine>(&data);
        // A message that cannot be decoded is answered too, under the id it came with.
        let (id, result) = match opened.message {
            Some(ToEngine { id, request }) => {
                (id, self.answer_request(id, request, opened.file).await)
            }
            None => (opened.id, Err(EngineError::BadMessage)),
        };
        post(&FromEngine::Reply { id, result });
    }

    async fn answer_request(
        &self,
        id: RequestId,
        request: Request,
        file: Option<File>,
    ) -> Result<Answer, EngineError> {
        match request {
            Request::Open { name, options } => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                // The page has let go of the file on show: so does the engine, before reading
                // the new one (WebAssembly memory never shrinks; holding both would grow it).
                *self.session.borrow_mut() = Session::new();
                let table = read(id, &Source::File(file), options).await?;
                Ok(Answer::Loaded(self.session.borrow_mut().load(&name, table)))
            }
            Request::OpenSample { options } => {
                *self.session.borrow_mut() = Session::new();
                let table = read(id, &Source::Sample(sample_shop_csv()), options).await?;
                let loaded = self.session.borrow_mut().load("sample-shop.csv", table);
                Ok(Answer::Loaded(loaded))
            }
            Request::Measure {
                name,
                options,
                records,
            } => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                self.measure(id, &name, file, options, &records)
                    .await
                    .map(Answer::Measured)
            }
            Request::Migrate(compare @ Compare::File { .. }) => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                let name = file.name();
                let options = self.session.borrow().options_for_another_export();
                let table = read(id, &Source::File(file), options)
                    .await
                    .map_err(|error| EngineError::ReadOther { file: name, error })?;
                let view = self.session.borrow_mut().migrate(&compare, Some(&table))?;
                Ok(Answer::Migrated(Box::new(view)))
            }
            other => {
                // The page shows "Segmenting…" (with Cancel) for the requests that may take
                // a while on a big shop; quick ones (a page of customers, a stored record)
                // would only make it flicker.
                if matches!(
                    other,
                    Request::Analyze(_)
                        | Request::Segment(_)
                        | Request::Rescore(_)
                        | Request::Cluster(_)
                        | Request::Crosstab(_)
                        | Request::Value(_)
                        | Request::Migrate(_)
                        | Request::Cohorts(_)
                ) {
                    let segmenting = Progress {
                        stage: Stage::Segmenting,
                        done: 0,
                        total: 0,
                        rows: 0,
                    };
                    progress(id, segmenting);
                }
                self.session.borrow_mut().handle(other)
            }
        }
    }

    /// Reads a newer orders file and measures exported campaigns on it.
    async fn measure(
        &self,
        id: RequestId,
        name: &str,
        file: File,
        options: ReadOptions,
        records: &[CampaignRecord],
    ) -> Result<Vec<CampaignResult>, EngineError> {
        let table = read(id, &Source::File(file), options)
            .await
            .map_err(|error| EngineError::ReadOther {
                file: name.to_string(),
                error,
            })?;
        self.session.borrow().measure(name, &table, records)
    }
}

enum Source {
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

/// Reads a source into a table, again with settled conventions when the first read asks.
async fn read(id: RequestId, source: &Source, options: ReadOptions) -> Result<Table, ReadError> {
    let total = source.size();
    check_size(total as u64)?;
    let mut options = options;
    let mut stage = Stage::Reading;
    loop {
        let mut reader = TableReader::new(options).with_size_hint(total as u64);
        match source {
            Source::Sample(bytes) => reader.push(bytes)?,
            Source::File(file) => {
                // A stream, not slices: Chromium hands a 500 MB file over in 0.45 s this
                // way, and in 1.2–1.4 s when asked for it 2 MB at a time, work done on the
                // same two cores the parser needs.
                let mut chunks = Chunks::of(file);
                // One buffer in the engine's memory for every chunk, so reading a big file
                // does not leave a trail of copies for the allocator to hold on to.
                let mut bytes = Vec::new();
                let mut reported = 0;
                while let Some(array) = chunks.next().await? {
                    bytes.resize(array.length() as usize, 0);
                    array.copy_to(&mut bytes);
                    drop(array);
                    reader.push(&bytes)?;
                    let done = reader.bytes_in();
                    if done - reported >= PROGRESS_BYTES || done as f64 >= total {
                        reported = done;
                        progress(
                            id,
                            Progress {
                                stage,
                                done,
                                total: total as u64,
                                rows: reader.rows() as u64,
                            },
                        );
                    }
                }
                // A file changed on disk while it was read ends the stream early without an
                // error: a partial read must not pass for the whole file.
                if reader.bytes_in() as f64 != total {
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

/// A file's bytes as a stream of chunks.
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
    fn of(file: &File) -> Chunks {
        let stream = file.stream();
        match ReadableStreamByobReader::new(&stream) {
            Ok(reader) => Chunks::Reused {
                reader,
                buffer: Some(ArrayBuffer::new(CHUNK_BYTES)),
            },
            Err(_) => Chunks::Fresh(stream.get_reader().unchecked_into()),
        }
    }

    /// The next chunk (still in JavaScript), `None` at the end of the file.
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
