//! A big file read by several workers at once, one per core the browser reports but one
//! (at most four; the page's address can ask for fewer or more with `?readers=N`).
//!
//! The engine's worker cuts the file at line ends ([`Cuts`]), reads the first part itself
//! and starts a part reader for each later part: another instance of itself, told apart by
//! its name, which reads its stretch of the same `File` with a [`PartReader`] and sends back
//! what it read as a [`ReadPart`]. The engine's worker joins the parts in order; a part
//! that cannot be joined (it starts or ends inside a quoted cell) or whose reader failed is
//! read again by the engine's worker after the part before it, so the table is always the
//! one a single worker reads (see the engine's `read_apart` test).
//!
//! The parts travel as bytes because a page that is not cross-origin isolated (an embed, a
//! plain static host) gets no memory shared between workers. Progress adds up every
//! reader's; Cancel ends the engine's worker, and with it the readers it started.

use super::stream::{bytes_of, stream, stretch};
use crate::envelope::{decode, encode, transfer_list};
use js_sys::{Function, Promise};
use segmenter_engine::reading::{
    can_be_cut, Cuts, PartReader, ReadError, ReadOptions, ReadPart, TableReader, SNIFF_BYTES,
};
use segmenter_engine::session::{Progress, RequestId, Stage};
use serde::{Deserialize, Serialize};
use serde_bytes::ByteBuf;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent, Worker, WorkerOptions};

/// The name a part reader is started with, by which it knows it is one.
const PART_READER: &str = "segmenter-part-reader";

/// The most workers that read one file: each holds its part's columns until they are
/// joined, so more would cost memory for little time on common machines.
const MAX_READERS: u32 = 4;

/// The cores left to the browser: it hands a file's bytes over on a core of its own (the
/// "read floor" of `scripts/bench`, a third of reading's time), so a second reader on a
/// 2-core machine only competes with it. Measured there, two readers took 0.77 s to one's
/// 0.68 s on 1M rows, and 3.7 s to 2.8 s on 5M (with 1.6 GB at the peak instead of 1.1).
const CORES_FOR_THE_BROWSER: u32 = 1;

/// The size from which a file is read by several workers: below it, starting a worker
/// (instantiating the engine again) costs about what it would save.
const PARTS_FROM_BYTES: u64 = 16 << 20;

/// How many bytes are read between two progress reports.
const PROGRESS_BYTES: u64 = 2 * 1024 * 1024;

/// How long the engine's worker waits for its part readers to start (about 40 ms here);
/// the part of one that has not started by then is read by the engine's worker.
const START_WAIT_MS: i32 = 1_000;

/// What the engine's worker asks a part reader.
#[derive(Serialize, Deserialize)]
struct PartJob {
    /// The file's first [`SNIFF_BYTES`] bytes, which set up every part's columns alike.
    head: ByteBuf,
    size: u64,
    part: Range<u64>,
    options: ReadOptions,
}

/// What a part reader tells the engine's worker.
#[derive(Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
enum PartReport {
    /// Started, and listening for its job.
    Ready,
    /// Bytes and rows of its part read so far.
    Progress { done: u64, rows: u64 },
    /// The part, read.
    Read(Result<ReadPart, ReadError>),
    /// It crashed; the part is read by the engine's worker instead.
    Failed,
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Whether this worker was started as a part reader.
pub fn is_part_reader() -> bool {
    scope().name() == PART_READER
}

fn report(report: &PartReport) {
    let envelope = encode(0, report, None);
    let _ = scope().post_message_with_transfer(&envelope, &transfer_list(&envelope));
}

/// Runs this worker as a part reader: reads the part it is asked for and reports.
pub fn serve() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        report(&PartReport::Failed);
    }));
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let opened = decode::<PartJob>(&event.data());
        wasm_bindgen_futures::spawn_local(async move {
            match (opened.message, opened.file) {
                (Some(job), Some(file)) => report(&PartReport::Read(read_part(job, file).await)),
                _ => report(&PartReport::Failed),
            }
        });
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    report(&PartReport::Ready);
}

/// Reads the part `job` names of `file`.
async fn read_part(job: PartJob, file: File) -> Result<ReadPart, ReadError> {
    let mut reader = PartReader::new(&job.head, job.size, job.part.clone(), &job.options)?;
    let mut reported = 0;
    let mut push = |bytes: &[u8]| {
        reader.push(bytes);
        if reader.bytes_in() - reported >= PROGRESS_BYTES {
            reported = reader.bytes_in();
            let (done, rows) = (reader.bytes_in(), reader.rows() as u64);
            report(&PartReport::Progress { done, rows });
        }
        Ok(())
    };
    stream(&stretch(&file, &job.part)?, &mut push).await?;
    // A file changed on disk while it was read ends the stream early.
    if reader.bytes_in() != job.part.end - job.part.start {
        return Err(ReadError::FileUnavailable);
    }
    Ok(reader.finish())
}

/// The progress of every worker reading one file, reported to the page as one.
pub struct Tally {
    id: RequestId,
    stage: Stage,
    total: u64,
    /// Bytes and rows read per part; the first part's counts include the parts joined to it.
    parts: RefCell<Vec<(u64, u64)>>,
    reported: Cell<u64>,
}

impl Tally {
    /// The tally of reading `parts` parts of a file of `total` bytes for request `id`.
    pub fn new(id: RequestId, stage: Stage, total: u64, parts: usize) -> Rc<Tally> {
        Rc::new(Tally {
            id,
            stage,
            total,
            parts: RefCell::new(vec![(0, 0); parts]),
            reported: Cell::new(0),
        })
    }

    /// Records `part`'s counts, reporting every [`PROGRESS_BYTES`] and at the end.
    pub fn progress(&self, part: usize, done: u64, rows: u64) {
        let (done, rows) = {
            let mut parts = self.parts.borrow_mut();
            if let Some(counts) = parts.get_mut(part) {
                *counts = (done, rows);
            }
            parts
                .iter()
                .fold((0, 0), |(d, r), &(done, rows)| (d + done, r + rows))
        };
        if done - self.reported.get().min(done) >= PROGRESS_BYTES || done == self.total {
            self.reported.set(done);
            let progress = Progress {
                stage: self.stage,
                done,
                total: self.total,
                rows,
            };
            super::progress(self.id, progress);
        }
    }

    /// Moves `part`'s counts into the first part's, now that `reader` holds its rows.
    pub fn joined(&self, part: usize, reader: &TableReader) {
        if let Some(counts) = self.parts.borrow_mut().get_mut(part) {
            *counts = (0, 0);
        }
        self.progress(0, reader.bytes_in(), reader.rows() as u64);
    }
}

/// Where a file is cut into parts, and the start of it that sets each part up.
pub struct Plan {
    /// The parts, in order; one when the file is read whole.
    pub cuts: Vec<Range<u64>>,
    /// The file's first [`SNIFF_BYTES`] bytes, when it is cut.
    head: ByteBuf,
}

impl Plan {
    /// A file of `size` bytes read whole.
    pub fn whole(size: u64) -> Plan {
        Plan {
            cuts: std::iter::once(0..size).collect(),
            head: ByteBuf::new(),
        }
    }
}

/// The part readers of one file, one per part after the first.
pub struct PartReaders {
    readers: Vec<Option<Helper>>,
}

impl PartReaders {
    /// Where to cut `file` to be read by up to `readers` workers (one per core when
    /// `None`): whole when it is small or cannot be cut.
    pub async fn plan(
        file: &File,
        options: &ReadOptions,
        readers: Option<u32>,
    ) -> Result<Plan, ReadError> {
        let size = file.size() as u64;
        let cores = scope().navigator().hardware_concurrency() as u32;
        let spare = cores.saturating_sub(CORES_FOR_THE_BROWSER);
        let parts = readers.unwrap_or(spare).clamp(1, MAX_READERS);
        // The one-file build starts this worker from a blob: URL, from which Chromium starts
        // no further worker: it reads with this one.
        let from_blob = scope().location().protocol() == "blob:";
        if parts < 2 || size < PARTS_FROM_BYTES || from_blob {
            return Ok(Plan::whole(size));
        }
        let head = bytes_of(file, &(0..SNIFF_BYTES as u64)).await?;
        if !can_be_cut(&head, size, options) {
            return Ok(Plan::whole(size));
        }
        let mut cuts = Cuts::new(size, parts as usize);
        while let Some(window) = cuts.wanted() {
            cuts.look(&bytes_of(file, &window).await?);
        }
        Ok(Plan {
            cuts: cuts.parts(),
            head: ByteBuf::from(head),
        })
    }

    /// Starts a part reader for each of the plan's parts after the first. One that cannot start is
    /// left out: its part is read by the engine's worker.
    pub async fn start(
        file: &File,
        plan: &Plan,
        options: &ReadOptions,
        tally: &Rc<Tally>,
    ) -> Result<PartReaders, ReadError> {
        if plan.cuts.len() < 2 {
            return Ok(PartReaders {
                readers: Vec::new(),
            });
        }
        let size = file.size() as u64;
        let url = scope().location().href();
        let readers: Vec<Option<Helper>> = plan
            .cuts
            .iter()
            .enumerate()
            .skip(1)
            .map(|(part, cut)| {
                let job = PartJob {
                    head: plan.head.clone(),
                    size,
                    part: cut.clone(),
                    options: options.clone(),
                };
                Helper::start(&url, file, job, part, tally.clone())
            })
            .collect();
        // The readers start (their scripts are fetched, their job handed over) on this
        // worker's event loop, which the reading of the first part would keep busy: it
        // starts once they have their jobs.
        let started: js_sys::Array = readers
            .iter()
            .flatten()
            .map(|helper: &Helper| JsValue::from(helper.started.clone()))
            .collect();
        let waited = Promise::new(&mut |resolve, _| {
            let _ = scope()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, START_WAIT_MS);
        });
        let either = Promise::race(&js_sys::Array::of2(&Promise::all(&started), &waited));
        let _ = JsFuture::from(either).await;
        let readers = readers
            .into_iter()
            .map(|helper| helper.filter(|h| h.has_job.get()))
            .collect();
        Ok(PartReaders { readers })
    }

    /// What part `part` (from 1) was read to: `None` when its reader could not read it
    /// (the engine's worker then reads it); an error when the file could not be read.
    pub async fn outcome(&self, part: usize) -> Result<Option<ReadPart>, ReadError> {
        let Some(helper) = self.readers.get(part - 1).and_then(Option::as_ref) else {
            return Ok(None);
        };
        // The promise only settles; what it settles to is kept beside it.
        let _ = JsFuture::from(helper.settled.clone()).await;
        let outcome = helper.outcome.borrow_mut().take();
        outcome.transpose()
    }
}

/// One part reader: its worker, and what it sends back.
struct Helper {
    worker: Worker,
    /// Settles when the reader has its job, or has failed.
    started: Promise,
    /// Whether the reader has its job.
    has_job: Rc<Cell<bool>>,
    /// Settles when the part is read, or when the reader fails.
    settled: Promise,
    outcome: Rc<RefCell<Option<Result<ReadPart, ReadError>>>>,
    /// The worker's handlers, kept as long as it runs.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Helper {
    /// Starts a worker from `url` (this worker's own script) to read `job` of `file` as
    /// part `part`; `None` when the browser will not start one.
    fn start(
        url: &str,
        file: &File,
        job: PartJob,
        part: usize,
        tally: Rc<Tally>,
    ) -> Option<Helper> {
        let options = WorkerOptions::new();
        options.set_name(PART_READER);
        let worker = Worker::new_with_options(url, &options).ok()?;
        let (started, start) = promise()?;
        let (settled, settle) = promise()?;
        let outcome = Rc::new(RefCell::new(None));
        let has_job = Rc::new(Cell::new(false));
        let on_message = {
            let (worker, file, start, settle, outcome, has_job) = (
                worker.clone(),
                file.clone(),
                start.clone(),
                settle.clone(),
                outcome.clone(),
                has_job.clone(),
            );
            let mut job = Some(job);
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                match decode::<PartReport>(&event.data()).message {
                    // Messages sent before the reader listens would be lost: the job goes
                    // once it says it is ready.
                    Some(PartReport::Ready) => {
                        if let Some(job) = job.take() {
                            let sent = worker.post_message(&encode(0, &job, Some(&file)));
                            has_job.set(sent.is_ok());
                        }
                        let _ = start.call0(&JsValue::NULL);
                    }
                    Some(PartReport::Progress { done, rows }) => tally.progress(part, done, rows),
                    Some(PartReport::Read(read)) => {
                        // The reader's memory goes as soon as its part is here.
                        worker.terminate();
                        *outcome.borrow_mut() = Some(read);
                        let _ = settle.call0(&JsValue::NULL);
                    }
                    Some(PartReport::Failed) | None => {
                        worker.terminate();
                        let _ = start.call0(&JsValue::NULL);
                        let _ = settle.call0(&JsValue::NULL);
                    }
                }
            })
        };
        let on_error = {
            let worker = worker.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                worker.terminate();
                let _ = start.call0(&JsValue::NULL);
                let _ = settle.call0(&JsValue::NULL);
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Helper {
            worker,
            started,
            has_job,
            settled,
            outcome,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

/// A promise and the function that settles it.
fn promise() -> Option<(Promise, Function)> {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, _| settle = Some(resolve));
    Some((promise, settle?))
}

/// A reader no longer needed (its part joined, or the read ended early) stops.
impl Drop for Helper {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
