//! The engine in a Web Worker: the page's requests in, the engine's answers out.
//!
//! Each request arrives in an envelope ([`crate::envelope`]) with its id; each reply and
//! each progress report names that id. A file to read travels beside the request as the
//! browser's own `File`, which the worker reads as a stream, parsing each chunk as it
//! arrives ([`reading`]); a big file's later parts are read at the same time by other
//! workers it starts ([`part_readers`]). Nothing here computes: everything else goes to the
//! [`Session`].

mod part_readers;
mod reading;
mod stream;

use crate::envelope::{decode, encode, transfer_list};
use reading::{read, Source};
use segmenter_engine::basics::profile::{self, lap, Step};
use segmenter_engine::campaigns::uplift::{CampaignRecord, CampaignResult};
use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::session::{
    Answer, Compare, EngineError, FromEngine, Progress, Request, RequestId, Session, Stage,
    ToEngine, ENGINE_PROTOCOL,
};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromEngine) {
    let envelope = encode(0, message, None);
    let _ = scope().post_message_with_transfer(&envelope, &transfer_list(&envelope));
}

/// Milliseconds since the worker started: the clock of its profile.
fn now() -> f64 {
    scope().performance().map_or(0.0, |p| p.now())
}

/// The size of the worker's WebAssembly memory: the most it has taken so far, as it never
/// shrinks. The gauge of its profile.
fn memory() -> u64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as u64
}

fn progress(id: RequestId, progress: Progress) {
    post(&FromEngine::Progress { id, progress });
}

/// Starts the worker: installs the message handler and tells the page it is ready (or,
/// started by the engine's worker to read part of a file, serves it).
pub fn run() {
    if part_readers::is_part_reader() {
        part_readers::serve();
        return;
    }
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
    /// The cap on workers reading a file at once the page named when it opened its file
    /// (`?readers=N`): it holds for the other exports read beside that file too.
    readers: Cell<Option<u32>>,
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
                profile::restart();
                (id, self.answer_request(id, request, opened.file).await)
            }
            None => (opened.id, Err(EngineError::BadMessage)),
        };
        // A profile's own answer is not part of the work it reports on.
        if matches!(result, Ok(Answer::Profile(_))) {
            post(&FromEngine::Reply { id, result });
            return;
        }
        lap(Step::Rest);
        post(&FromEngine::Reply { id, result });
        lap(Step::Post);
    }

    async fn answer_request(
        &self,
        id: RequestId,
        request: Request,
        file: Option<File>,
    ) -> Result<Answer, EngineError> {
        match request {
            Request::Open {
                name,
                options,
                readers,
            } => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                // The page has let go of the file on show: so does the engine, before reading
                // the new one (WebAssembly memory never shrinks; holding both would grow it).
                *self.session.borrow_mut() = Session::new();
                self.readers.set(readers);
                let table = read(id, &Source::File(file), options, readers).await?;
                lap(Step::Read);
                Ok(Answer::Loaded(self.session.borrow_mut().load(&name, table)))
            }
            Request::OpenSample { options } => {
                *self.session.borrow_mut() = Session::new();
                let table = read(id, &Source::Sample(sample_shop_csv()), options, None).await?;
                lap(Step::Read);
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
                let table = read(id, &Source::File(file), options, self.readers.get())
                    .await
                    .map_err(|error| EngineError::ReadOther { file: name, error })?;
                let view = self.session.borrow_mut().migrate(&compare, Some(&table))?;
                Ok(Answer::Migrated(Box::new(view)))
            }
            Request::Profile => {
                if !profile::timing() {
                    profile::time_with(now, memory);
                }
                self.session.borrow_mut().handle(Request::Profile)
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
        let table = read(id, &Source::File(file), options, self.readers.get())
            .await
            .map_err(|error| EngineError::ReadOther {
                file: name.to_string(),
                error,
            })?;
        self.session.borrow().measure(name, &table, records)
    }
}
