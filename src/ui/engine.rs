//! The page's handle on the engine's Web Worker: [`EngineHandle::ask`] sends a request with
//! a fresh id and returns a future of its answer; replies are matched to requests by id.
//!
//! The handle also says what the engine is doing, for the views that show it: whether it is
//! ready, the progress of the request being worked on, and a word on the longest-running
//! request a merchant asked for ("Finding clusters…").

use crate::envelope::{decode, encode, transfer_list};
use futures_channel::oneshot;
use leptos::prelude::*;
use segmenter_engine::session::{
    Answer, EngineError, FromEngine, Progress, Request, RequestId, ToEngine, ENGINE_PROTOCOL,
};
use segmenter_words::Key;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, MessageEvent, Worker};

/// The script Trunk generates to load the worker's WebAssembly.
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// A JavaScript event handler kept alive as long as the worker it listens to.
type Handler = Closure<dyn FnMut(JsValue)>;

/// An answer, or why there is none.
pub type Reply = Result<Answer, EngineError>;

/// Hears why the engine failed.
type CrashListener = Rc<dyn Fn(String)>;

/// What the engine is working on, for the progress bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Work {
    /// The request's latest progress.
    pub progress: Progress,
    /// When the request was sent, in milliseconds since the page loaded.
    pub started: f64,
    /// What the request is, in the words shown while it is waited for ("Comparing…").
    pub what: Option<Key>,
    /// Whether the request makes again what a view has on show (see
    /// [`EngineHandle::ask_again`]).
    pub again: bool,
}

/// The page's handle on the engine: cheap to copy into every component.
#[derive(Clone, Copy)]
pub struct EngineHandle {
    engine: StoredValue<Rc<Engine>, LocalStorage>,
    /// Whether the worker is running and listening.
    pub ready: RwSignal<bool>,
    /// The progress of the request being worked on.
    pub work: RwSignal<Option<Work>>,
    /// What the merchant is waiting for, when it takes a moment ("Finding clusters…").
    pub busy: RwSignal<Option<Key>>,
}

impl EngineHandle {
    /// Starts the worker.
    pub fn start() -> EngineHandle {
        let handle = EngineHandle {
            engine: StoredValue::new_local(Rc::new(Engine::default())),
            ready: RwSignal::new(false),
            work: RwSignal::new(None),
            busy: RwSignal::new(None),
        };
        handle.engine.with_value(|e| {
            *e.handle.borrow_mut() = Some(handle);
            e.spawn();
        });
        handle
    }

    /// Lets `on_crash` hear, with the reason, when the engine failed. A fresh worker is
    /// started, and every request under way ends with [`EngineError::Stopped`].
    pub fn on_crash(&self, on_crash: impl Fn(String) + 'static) {
        self.engine
            .with_value(|e| *e.on_crash.borrow_mut() = Some(Rc::new(on_crash)));
    }

    /// Asks the engine; the future resolves to its answer.
    pub fn ask(&self, request: Request) -> impl Future<Output = Reply> {
        self.send(request, None, false)
    }

    /// Asks the engine about a file sent along with the request.
    pub fn ask_with_file(&self, request: Request, file: &File) -> impl Future<Output = Reply> {
        self.send(request, Some(file), false)
    }

    /// Asks the engine to make again what a view has on show, for another scheme or
    /// analysis or because the merchant asked for it again (with `file` sent along, if
    /// any). Its progress says so ([`Work::again`]): Cancel, stopping it, does not ask for
    /// it once more.
    pub fn ask_again(&self, request: Request, file: Option<&File>) -> impl Future<Output = Reply> {
        self.send(request, file, true)
    }

    fn send(
        &self,
        request: Request,
        file: Option<&File>,
        again: bool,
    ) -> impl Future<Output = Reply> {
        let (sender, receiver) = oneshot::channel();
        let label = busy_label(&request);
        let waiter = Waiter {
            sender,
            label,
            again,
        };
        self.engine.with_value(|e| e.send(request, file, waiter));
        self.show_busy();
        // A request whose worker was stopped before it answered has no answer coming.
        async move { receiver.await.unwrap_or(Err(EngineError::Stopped)) }
    }

    /// Stops the work under way: the worker and all its memory are dropped and a fresh one
    /// starts. Every request under way ends with [`EngineError::Stopped`].
    pub fn restart(&self) {
        self.ready.set(false);
        self.work.set(None);
        self.engine.with_value(|e| e.restart());
        self.show_busy();
    }

    /// Milliseconds the page spent decoding the engine's messages since the last call.
    pub fn take_decoding(&self) -> f64 {
        self.engine.with_value(|e| e.decoding.replace(0.0))
    }

    fn show_busy(&self) {
        let label = self.engine.with_value(|e| e.busy_label());
        self.busy.set(label);
    }
}

/// The word the page shows while a request a merchant waits for is under way.
fn busy_label(request: &Request) -> Option<Key> {
    Some(match request {
        Request::Segment(_) => Key::BusySegmenting,
        Request::Rescore(_) => Key::BusyScoring,
        Request::Cluster(_) => Key::BusyClustering,
        Request::Crosstab(_) => Key::BusyCrossing,
        Request::Value(_) => Key::BusyRanking,
        Request::Measure { .. } => Key::BusyMeasuring,
        Request::Migrate(_) => Key::BusyComparing,
        Request::Cohorts(_) => Key::BusyCohorts,
        Request::Predict(_) => Key::BusyPredicting,
        _ => return None,
    })
}

/// A request waiting for its answer.
struct Waiter {
    sender: oneshot::Sender<Reply>,
    label: Option<Key>,
    again: bool,
}

/// A running engine worker and the requests waiting on it.
#[derive(Default)]
struct Engine {
    worker: RefCell<Option<Worker>>,
    listening: Cell<bool>,
    /// Messages sent before the worker was listening.
    outbox: RefCell<Vec<js_sys::Object>>,
    next_id: Cell<RequestId>,
    waiting: RefCell<HashMap<RequestId, Waiter>>,
    /// When each request was sent (ms), for progress rates.
    sent_at: RefCell<HashMap<RequestId, f64>>,
    /// The request whose progress is on show.
    working_on: Cell<Option<RequestId>>,
    handlers: RefCell<Vec<Handler>>,
    handle: RefCell<Option<EngineHandle>>,
    on_crash: RefCell<Option<CrashListener>>,
    /// Milliseconds spent decoding the worker's messages since [`EngineHandle::take_decoding`].
    decoding: Cell<f64>,
}

impl Engine {
    fn spawn(self: &Rc<Self>) {
        let worker = match Worker::new(WORKER_SCRIPT) {
            Ok(w) => w,
            Err(_) => {
                self.crashed(super::words::t(Key::EngineRefused));
                return;
            }
        };
        let me = Rc::downgrade(self);
        let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if let Some(me) = me.upgrade() {
                let data = event.unchecked_into::<MessageEvent>().data();
                let started = super::now();
                let message = decode::<FromEngine>(&data).message;
                me.decoding.set(me.decoding.get() + super::now() - started);
                me.receive(message);
            }
        });
        let me = Rc::downgrade(self);
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| {
            if let Some(me) = me.upgrade() {
                me.crashed(super::words::t(Key::EngineNotStarted));
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.handlers.borrow_mut() = vec![on_message, on_error];
        self.listening.set(false);
        *self.worker.borrow_mut() = Some(worker);
    }

    fn handle(&self) -> Option<EngineHandle> {
        *self.handle.borrow()
    }

    fn send(&self, request: Request, file: Option<&File>, waiter: Waiter) {
        let id = self.next_id.get().wrapping_add(1).max(1);
        self.next_id.set(id);
        let envelope = encode(id, &ToEngine { id, request }, file);
        self.waiting.borrow_mut().insert(id, waiter);
        self.sent_at.borrow_mut().insert(id, super::now());
        if self.listening.get() {
            self.post(&envelope);
        } else {
            self.outbox.borrow_mut().push(envelope);
        }
    }

    fn post(&self, envelope: &js_sys::Object) {
        if let Some(worker) = self.worker.borrow().as_ref() {
            let _ = worker.post_message_with_transfer(envelope, &transfer_list(envelope));
        }
    }

    fn receive(&self, message: Option<FromEngine>) {
        let Some(handle) = self.handle() else { return };
        match message {
            Some(FromEngine::Ready { protocol }) if protocol == ENGINE_PROTOCOL => {
                self.listening.set(true);
                let queued: Vec<_> = self.outbox.borrow_mut().drain(..).collect();
                for envelope in queued {
                    self.post(&envelope);
                }
                handle.ready.set(true);
            }
            Some(FromEngine::Ready { .. }) => {
                self.crashed(super::words::t(Key::EngineOtherVersion))
            }
            Some(FromEngine::Progress { id, progress }) => {
                let started = self.sent_at.borrow().get(&id).copied();
                if let Some(started) = started {
                    self.working_on.set(Some(id));
                    let (what, again) = self
                        .waiting
                        .borrow()
                        .get(&id)
                        .map_or((None, false), |w| (w.label, w.again));
                    handle.work.set(Some(Work {
                        progress,
                        started,
                        what,
                        again,
                    }));
                }
            }
            Some(FromEngine::Reply { id, result }) => {
                self.sent_at.borrow_mut().remove(&id);
                let waiter = self.waiting.borrow_mut().remove(&id);
                if self.working_on.get() == Some(id) {
                    self.working_on.set(None);
                    handle.work.set(None);
                }
                handle.show_busy();
                if let Some(waiter) = waiter {
                    // The asker may have gone (its view closed): then nobody needs the answer.
                    let _ = waiter.sender.send(result);
                }
            }
            Some(FromEngine::Crashed(reason)) => self.crashed(reason),
            // The worker's bytes are always its own messages: one that does not decode
            // means page and worker are out of step, which only a fresh worker mends.
            None => self.crashed(super::words::t(Key::EngineNotUnderstood)),
        }
    }

    fn restart(self: &Rc<Self>) {
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.terminate();
        }
        self.outbox.borrow_mut().clear();
        self.sent_at.borrow_mut().clear();
        self.working_on.set(None);
        // Dropping the waiters ends their futures with `Stopped`.
        self.waiting.borrow_mut().clear();
        self.spawn();
    }

    fn crashed(&self, reason: String) {
        let on_crash = self.on_crash.borrow().clone();
        if let Some(on_crash) = on_crash {
            on_crash(reason);
        }
        // Restarted once the handler that heard of the crash has returned: restarting
        // drops the worker's handlers, this one among them.
        if let Some(handle) = self.handle() {
            leptos::task::spawn_local(async move { handle.restart() });
        }
    }

    fn busy_label(&self) -> Option<Key> {
        self.waiting
            .borrow()
            .iter()
            .filter_map(|(id, w)| Some((*id, w.label?)))
            .min_by_key(|(id, _)| *id)
            .map(|(_, label)| label)
    }
}
