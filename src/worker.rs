//! The engine in a Web Worker: the page's messages in, the engine's answers out.
//!
//! Messages are postcard-encoded [`ToEngine`] / [`FromEngine`] values in a `Uint8Array`
//! (transferred, not copied); a file to read travels beside the message as the browser's
//! own `File`, which the worker reads in slices, asking for the next slice before parsing
//! the current one so that disk and parser work at the same time. Nothing here computes:
//! it hands everything to the [`Session`].

use crate::engine::read::{check_size, Finished, ReadError, ReadOptions, Table, TableReader};
use crate::engine::sample::sample_shop_csv;
use crate::engine::session::{FromEngine, Progress, Response, Session, Stage, ToEngine};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, DedicatedWorkerGlobalScope, File, MessageEvent};

/// Size of the slices a file is read in.
const SLICE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// Encodes a message for `postMessage`: `{ msg: Uint8Array, file?: File }`.
pub fn encode<T: serde::Serialize>(message: &T, file: Option<&File>) -> Object {
    let bytes = postcard::to_allocvec(message).unwrap_or_default();
    let envelope = Object::new();
    let array = Uint8Array::from(bytes.as_slice());
    let _ = Reflect::set(&envelope, &"msg".into(), &array);
    if let Some(file) = file {
        let _ = Reflect::set(&envelope, &"file".into(), file);
    }
    envelope
}

/// Decodes a message posted with [`encode`]; `None` when it is not one.
pub fn decode<T: serde::de::DeserializeOwned>(data: &JsValue) -> Option<(T, Option<File>)> {
    let array: Uint8Array = Reflect::get(data, &"msg".into()).ok()?.dyn_into().ok()?;
    let message = postcard::from_bytes(&array.to_vec()).ok()?;
    let file = Reflect::get(data, &"file".into())
        .ok()
        .and_then(|f| f.dyn_into::<File>().ok());
    Some((message, file))
}

/// The transfer list for an encoded message: its byte buffer, so it moves instead of copying.
pub fn transfer_list(envelope: &Object) -> Array {
    let list = Array::new();
    if let Ok(msg) = Reflect::get(envelope, &"msg".into()) {
        if let Ok(array) = msg.dyn_into::<Uint8Array>() {
            list.push(&array.buffer());
        }
    }
    list
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromEngine) {
    let envelope = encode(message, None);
    let _ = scope().post_message_with_transfer(&envelope, &transfer_list(&envelope));
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
    post(&FromEngine::Ready);
}

/// Messages are answered one at a time, in order, even when reading a file takes a while.
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
        let Some((message, file)) = decode::<ToEngine>(&data) else {
            post(&FromEngine::Reply(Response::Failed(
                "The page sent a message the engine does not understand.".into(),
            )));
            return;
        };
        let reply = match message {
            ToEngine::Open { name, options } => match file {
                Some(file) => self.open(&name, Source::File(file), options).await,
                None => Response::Failed("No file came with the request.".into()),
            },
            ToEngine::OpenSample { options } => {
                let sample = Source::Sample(sample_shop_csv());
                self.open("sample-shop.csv", sample, options).await
            }
            ToEngine::Measure {
                name,
                options,
                records,
            } => match file {
                Some(file) => match read(&Source::File(file), options).await {
                    Ok(table) => self.session.borrow().measure(&name, &table, &records),
                    Err(e) => Response::Failed(format!("{name}: {e}")),
                },
                None => Response::Failed("No file came with the request.".into()),
            },
            ToEngine::Request(request) => {
                post(&FromEngine::Progress(Progress {
                    stage: Stage::Segmenting,
                    done: 0,
                    total: 0,
                    rows: 0,
                }));
                self.session.borrow_mut().handle(request)
            }
        };
        post(&FromEngine::Reply(reply));
    }

    async fn open(&self, name: &str, source: Source, options: ReadOptions) -> Response {
        match read(&source, options).await {
            Ok(table) => Response::Loaded(self.session.borrow_mut().load(name, table)),
            Err(e) => Response::Unreadable(e),
        }
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
async fn read(source: &Source, options: ReadOptions) -> Result<Table, ReadError> {
    let total = source.size();
    check_size(total as u64)?;
    let mut options = options;
    let mut stage = Stage::Reading;
    loop {
        let mut reader = TableReader::new(options).with_size_hint(total as u64);
        match source {
            Source::Sample(bytes) => reader.push(bytes)?,
            Source::File(file) => {
                let mut offset = 0.0;
                // One buffer in the engine's memory for every slice, so reading a big file
                // does not leave a trail of copies for the allocator to hold on to.
                let mut bytes = vec![0u8; SLICE_BYTES as usize];
                let mut pending = (total > 0.0).then(|| slice(file, 0.0, total));
                while let Some(request) = pending.take() {
                    let array = request.await.map_err(|_| ReadError::FileUnavailable)?;
                    offset = (offset + SLICE_BYTES).min(total);
                    // Ask for the next slice before parsing this one.
                    pending = (offset < total).then(|| slice(file, offset, total));
                    let len = array.length() as usize;
                    array.copy_to(&mut bytes[..len]);
                    drop(array);
                    reader.push(&bytes[..len])?;
                    post(&FromEngine::Progress(Progress {
                        stage,
                        done: offset as u64,
                        total: total as u64,
                        rows: reader.rows() as u64,
                    }));
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

/// Starts reading the slice at `offset`; the future yields its bytes (still in JavaScript).
fn slice(
    file: &File,
    offset: f64,
    total: f64,
) -> impl std::future::Future<Output = Result<Uint8Array, JsValue>> {
    let end = (offset + SLICE_BYTES).min(total);
    let promise = file
        .slice_with_f64_and_f64(offset, end)
        .map(|blob: Blob| blob.array_buffer());
    async move {
        let buffer = JsFuture::from(promise?).await?;
        Ok(Uint8Array::new(&buffer))
    }
}
