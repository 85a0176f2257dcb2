//! The page's side of the engine's Web Worker: starts it, sends messages, routes answers.

use crate::engine::session::{FromEngine, ToEngine};
use crate::worker::{decode, encode, transfer_list};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, MessageEvent, Worker};

/// The script Trunk generates to load the worker's WebAssembly.
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// A JavaScript event handler kept alive as long as the worker it listens to.
type Handler = Closure<dyn FnMut(JsValue)>;

/// A running engine worker.
pub struct Engine {
    worker: RefCell<Option<Worker>>,
    ready: Cell<bool>,
    /// Messages sent before the worker was listening.
    outbox: RefCell<Vec<js_sys::Object>>,
    on_message: Rc<dyn Fn(FromEngine)>,
    handlers: RefCell<Vec<Handler>>,
}

impl Engine {
    /// Starts a worker; `on_message` receives everything it says.
    pub fn start(on_message: impl Fn(FromEngine) + 'static) -> Rc<Engine> {
        let engine = Rc::new(Engine {
            worker: RefCell::new(None),
            ready: Cell::new(false),
            outbox: RefCell::new(Vec::new()),
            on_message: Rc::new(on_message),
            handlers: RefCell::new(Vec::new()),
        });
        engine.spawn();
        engine
    }

    fn spawn(self: &Rc<Self>) {
        let worker = match Worker::new(WORKER_SCRIPT) {
            Ok(w) => w,
            Err(_) => {
                (self.on_message)(FromEngine::Crashed(
                    "the browser refused to start the engine".into(),
                ));
                return;
            }
        };
        let me = Rc::downgrade(self);
        let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let Some(me) = me.upgrade() else { return };
            let data = event.unchecked_into::<MessageEvent>().data();
            match decode::<FromEngine>(&data) {
                Some((FromEngine::Ready, _)) => {
                    me.flush();
                    (me.on_message)(FromEngine::Ready);
                }
                Some((message, _)) => (me.on_message)(message),
                None => {}
            }
        });
        let me = Rc::downgrade(self);
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| {
            if let Some(me) = me.upgrade() {
                (me.on_message)(FromEngine::Crashed(
                    "the engine could not be started".into(),
                ));
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.handlers.borrow_mut() = vec![on_message, on_error];
        self.ready.set(false);
        *self.worker.borrow_mut() = Some(worker);
    }

    fn flush(&self) {
        self.ready.set(true);
        let queued: Vec<_> = self.outbox.borrow_mut().drain(..).collect();
        for envelope in queued {
            self.post(&envelope);
        }
    }

    fn post(&self, envelope: &js_sys::Object) {
        if let Some(worker) = self.worker.borrow().as_ref() {
            let _ = worker.post_message_with_transfer(envelope, &transfer_list(envelope));
        }
    }

    /// Sends a message, with the file to read when there is one.
    pub fn send(&self, message: &ToEngine, file: Option<&File>) {
        let envelope = encode(message, file);
        if self.ready.get() {
            self.post(&envelope);
        } else {
            self.outbox.borrow_mut().push(envelope);
        }
    }

    /// Stops the worker (freeing all its memory) and starts a fresh one.
    pub fn restart(self: &Rc<Self>) {
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.terminate();
        }
        self.outbox.borrow_mut().clear();
        self.spawn();
    }
}
