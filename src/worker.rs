//! The engine in a Web Worker: the page's requests in, the engine's answers out.
//!
//! Each request arrives in an envelope ([`crate::envelope`]) with its id; each reply and
//! each progress report names that id. A file to read travels beside the request as the
//! browser's own `File`, which the worker reads as a stream, parsing each chunk as it
//! arrives (`reading`); a big file's later parts are read at the same time by other
//! workers it starts (`part_readers`). Nothing here computes: everything else goes to the
//! [`Session`].

mod part_readers;
mod reading;
mod rehearsal;
mod stream;

use crate::envelope::{decode, encode, transfer_list};
use reading::{read, Source};
use rehearsal::Rehearsal;
use segmenter_engine::basics::profile::{self, lap, Step};
use segmenter_engine::campaigns::uplift::{CampaignRecord, CampaignResult};
use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::session::{
    Answer, Compare, EngineError, FromEngine, PredictionJob, PredictionStep, Progress, Request,
    RequestId, Session, Stage, ToEngine, WhilePredicting, ENGINE_PROTOCOL,
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

/// What the page shows, with Cancel, while a request that may take a while on a big shop
/// is answered.
const SEGMENTING: Progress = Progress {
    stage: Stage::Segmenting,
    done: 0,
    total: 0,
    rows: 0,
};

fn progress(id: RequestId, progress: Progress) {
    post(&FromEngine::Progress { id, progress });
}

/// Starts the worker: installs the message handler, tells the page it is ready and soon
/// after starts the `rehearsal` (or, started by the engine's worker to read part of a
/// file, serves it).
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
    wasm_bindgen_futures::spawn_local(async move {
        stream::pause(REHEARSAL_AFTER_MS).await;
        worker.rehearse();
    });
}

/// How long after the worker is ready the rehearsal starts: the page's first requests (its
/// stored preferences and schemes, asked for as soon as the worker is ready) come first.
const REHEARSAL_AFTER_MS: i32 = 100;

/// Resolves in a task of its own, once the requests the page posted before it have been
/// handed to the worker: a message the worker posts itself. A timer would do the same but
/// for its clamp: nested five deep, a timer of 0 ms waits 4 ms, which the prediction's
/// stages (some sixty at 5M rows) added up.
async fn next_turn() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return stream::pause(0).await;
    };
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
        let _ = channel.port2().post_message(&JsValue::NULL);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
}

/// Requests are answered one at a time, in order, even when reading a file takes a while;
/// only a prediction gives way, between its stages, to the requests that need nothing of it
/// (a switch of scheme, above all), and ends for a new file or a new analysis; and what
/// needs the prediction before it is asked for is held until it is.
#[derive(Default)]
struct Worker {
    session: RefCell<Session>,
    queue: RefCell<VecDeque<JsValue>>,
    /// Whether a task is answering the queue (or predicting, or rehearsing).
    busy: Cell<bool>,
    /// The prediction under way and the request that asked for it: a stage is taken while
    /// no request waits.
    prediction: RefCell<Option<(RequestId, PredictionJob)>>,
    /// Requests asked before the prediction they wait for ([`Session::holds_for_prediction`]:
    /// a comparison of a scheme standing in, clusters on a predicted figure), as they came:
    /// put back at the head of the queue, in order, once the session no longer holds them
    /// (the prediction asked for, or, for a comparison, another scheme shown).
    held: RefCell<Vec<(RequestId, Request, JsValue)>>,
    /// The rehearsal on the sample shop, while it is under way: it gives way to every request.
    rehearsal: RefCell<Option<Rehearsal>>,
    /// Whether the merchant has opened a file: the rehearsal is then over, done or not, for
    /// the file's own work to take its place.
    file_opened: Cell<bool>,
    /// The cap on workers reading a file at once the page named when it opened its file
    /// (`?readers=N`): it holds for the other exports read beside that file too.
    readers: Cell<Option<u32>>,
}

impl Worker {
    fn receive(self: &Rc<Self>, data: JsValue) {
        self.queue.borrow_mut().push_back(data);
        self.serve();
    }

    /// Answers the queued requests in order, then takes the prediction's stages and then
    /// the rehearsal's steps while no request waits, in a task of its own unless one is
    /// already at it.
    fn serve(self: &Rc<Self>) {
        if self.busy.replace(true) {
            return;
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let next = me.queue.borrow_mut().pop_front();
                if let Some(data) = next {
                    me.answer(data).await;
                    me.release_held();
                    continue;
                }
                if me.advance_prediction() {
                    // A request that came meanwhile is answered before the next stage.
                    next_turn().await;
                    continue;
                }
                let Some(rehearsal) = me.rehearsal.take() else {
                    break;
                };
                *me.rehearsal.borrow_mut() = rehearsal.step();
                // A request that came meanwhile is answered before the next step.
                stream::pause(0).await;
            }
            me.busy.set(false);
        });
    }

    /// Starts the rehearsal, unless the merchant has opened a file by now.
    fn rehearse(self: &Rc<Self>) {
        if !self.file_opened.get() {
            *self.rehearsal.borrow_mut() = Some(Rehearsal::default());
            self.serve();
        }
    }

    /// Ends the rehearsal where it stands, for good.
    fn give_up_rehearsal(&self) {
        self.file_opened.set(true);
        self.rehearsal.take();
    }

    async fn answer(&self, data: JsValue) {
        let opened = decode::<ToEngine>(&data);
        profile::restart();
        // A message that cannot be decoded is answered too, under the id it came with.
        let Some(ToEngine { id, request }) = opened.message else {
            self.reply(opened.id, Err(EngineError::BadMessage));
            return;
        };
        if self.prediction.borrow().is_none()
            && self.session.borrow().holds_for_prediction(&request)
        {
            self.held.borrow_mut().push((id, request, data));
            return;
        }
        let request = match request {
            // A file opened ends the old file's prediction and the requests held for it,
            // which nothing will show.
            Request::Open { .. } | Request::OpenSample { .. } => {
                self.drop_prediction();
                self.drop_held();
                request
            }
            // The profile's clock is the worker's, so it answers the profile itself; the
            // prediction's stages keep their laps apart meanwhile.
            Request::Profile => request,
            // Another analysis ends the prediction of the one on show, which nothing would
            // show: the page asks for the new one's. One that is not made leaves the
            // analysis on show, and its prediction goes on.
            Request::Analyze(options) if self.prediction.borrow().is_some() => {
                let held = self.prediction.take();
                let result = self
                    .answer_request(id, Request::Analyze(options), opened.file)
                    .await;
                match result {
                    Ok(Answer::Analyzed(_)) => {
                        if let Some((predicting, _)) = held {
                            self.reply(predicting, Err(EngineError::Stopped));
                        }
                    }
                    _ => *self.prediction.borrow_mut() = held,
                }
                self.reply(id, result);
                return;
            }
            request if self.prediction.borrow().is_some() => {
                let turn = self.session.borrow_mut().answer_while_predicting(request);
                match turn {
                    WhilePredicting::Answered(result) => return self.reply(id, result),
                    WhilePredicting::Waits(request) => {
                        self.finish_prediction();
                        profile::restart();
                        request
                    }
                }
            }
            request => request,
        };
        if let Request::Predict(options) = request {
            match self.session.borrow_mut().start_prediction(options) {
                Ok(job) => *self.prediction.borrow_mut() = Some((id, job)),
                Err(e) => self.reply(id, Err(e)),
            }
            return;
        }
        let result = self.answer_request(id, request, opened.file).await;
        self.reply(id, result);
    }

    /// Puts the requests held for the prediction that the session no longer holds back at
    /// the head of the queue, in the order they came.
    fn release_held(&self) {
        if self.held.borrow().is_empty() {
            return;
        }
        let session = self.session.borrow();
        let (held, released): (Vec<_>, Vec<_>) = (self.held.take().into_iter())
            .partition(|(_, request, _)| session.holds_for_prediction(request));
        *self.held.borrow_mut() = held;
        let mut queue = self.queue.borrow_mut();
        for (_, _, data) in released.into_iter().rev() {
            queue.push_front(data);
        }
    }

    /// Answers the requests held for the prediction as stopped.
    fn drop_held(&self) {
        for (id, _, _) in self.held.take() {
            self.reply(id, Err(EngineError::Stopped));
        }
    }

    /// Posts the answer to request `id`.
    fn reply(&self, id: RequestId, result: Result<Answer, EngineError>) {
        // A profile's own answer is not part of the work it reports on.
        if matches!(result, Ok(Answer::Profile(_))) {
            post(&FromEngine::Reply { id, result });
            return;
        }
        lap(Step::Rest);
        post(&FromEngine::Reply { id, result });
        lap(Step::Post);
    }

    /// Takes the next stage of the prediction under way, answering its request after the
    /// last; whether one was taken.
    fn advance_prediction(&self) -> bool {
        let Some((id, job)) = self.prediction.take() else {
            return false;
        };
        profile::restart();
        let step = self.session.borrow_mut().advance_prediction(job);
        match step {
            PredictionStep::Pending(job) => *self.prediction.borrow_mut() = Some((id, job)),
            PredictionStep::Answered(result) => self.reply(id, result),
        }
        true
    }

    /// Takes every stage left of the prediction under way.
    fn finish_prediction(&self) {
        while self.advance_prediction() {}
    }

    /// Ends the prediction under way without making it.
    fn drop_prediction(&self) {
        if let Some((id, _)) = self.prediction.take() {
            self.reply(id, Err(EngineError::Stopped));
        }
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
                self.give_up_rehearsal();
                // The page has let go of the file on show: so does the engine, before reading
                // the new one (WebAssembly memory never shrinks; holding both would grow it).
                *self.session.borrow_mut() = Session::new();
                self.readers.set(readers);
                let table = read(id, &Source::File(file), options, readers).await?;
                lap(Step::Read);
                Ok(Answer::Loaded(self.session.borrow_mut().load(&name, table)))
            }
            Request::OpenSample { options } => {
                self.give_up_rehearsal();
                *self.session.borrow_mut() = Session::new();
                let table = read(id, &Source::Sample(sample_shop_csv()), options, None).await?;
                lap(Step::Read);
                let loaded = self.session.borrow_mut().load("sample-shop.csv", table);
                Ok(Answer::Loaded(loaded))
            }
            Request::Measure { name, records } => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                self.measure(id, &name, file, &records)
                    .await
                    .map(Answer::Measured)
            }
            Request::Migrate(compare @ Compare::File { .. }) => {
                let file = file.ok_or(EngineError::NoFileSent)?;
                // Compared again with each scheme or date on show: read once, while the
                // merchant does not drop it anew after it changed.
                let identity = format!("{}|{}|{}", file.name(), file.size(), file.last_modified());
                if !self.session.borrow().keeps_other(&identity) {
                    self.session.borrow_mut().forget_other();
                    let name = file.name();
                    let options = self.session.borrow().options_for_another_export();
                    let table = read(id, &Source::File(file), options, self.readers.get())
                        .await
                        .map_err(|error| EngineError::ReadOther { file: name, error })?;
                    lap(Step::Read);
                    self.session.borrow_mut().keep_other(identity, table);
                }
                progress(id, SEGMENTING);
                let view = self.session.borrow_mut().migrate(&compare)?;
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
                    progress(id, SEGMENTING);
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
        records: &[CampaignRecord],
    ) -> Result<Vec<CampaignResult>, EngineError> {
        // In the shop's time zone, date order and date system, as the loaded file was read.
        let options = self.session.borrow().options_for_another_export();
        let table = read(id, &Source::File(file), options, self.readers.get())
            .await
            .map_err(|error| EngineError::ReadOther {
                file: name.to_string(),
                error,
            })?;
        self.session.borrow().measure(name, &table, records)
    }
}
