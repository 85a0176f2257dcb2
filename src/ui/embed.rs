//! Embedding in a host page's iframe: a versioned `postMessage` protocol with one allowed
//! origin.
//!
//! The host names its origin in the frame's address (`index.html?host-origin=https://…`).
//! Without it the page does not listen at all. With it, messages from any other origin (or
//! any other window than the parent) are ignored, and every answer is posted to the parent
//! with that origin as the target, never `*`. Messages are plain objects
//! `{ type: "segmenter:…", version: 1, id, … }`; a malformed one gets a
//! `segmenter:error` reply saying what is wrong. The README's "Embedding" section is the
//! protocol's reference.
//!
//! Anyone can frame the app and name their own origin, so the frame shows which site it
//! answers, and customer lists of a file the merchant chose wait for the merchant to allow
//! that site ([`consent`](super::consent)). A file the host sent itself is the host's
//! already: its lists go without asking, as long as it is the analysis on show.

use super::consent::{pinned_allows, Gate, Verdict};
use super::state::AppState;
use super::storage;
use js_sys::{Array, Object, Reflect, JSON};
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::session::{
    not_a_host_scheme, AnalyzeOptions, Answer, EngineError, HostQuery, HostScheme, OwnScheme,
    Request, KEY_OR_SCHEME, PROTOCOL_VERSION,
};
use segmenter_words::Language;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Theme keys a host may set, and the custom property each sets.
const THEME: [(&str, &str); 11] = [
    ("accent", "--seg-accent"),
    ("accentText", "--seg-accent-text"),
    ("text", "--seg-text"),
    ("muted", "--seg-muted"),
    ("background", "--seg-bg"),
    ("surface", "--seg-surface"),
    ("border", "--seg-border"),
    ("font", "--seg-font"),
    ("space", "--seg-space"),
    ("radius", "--seg-radius"),
    ("maxWidth", "--seg-max-width"),
];

/// The protocol's state: the one allowed origin, the merchant's say over it, and the file
/// it sent.
struct Host {
    origin: String,
    gate: Gate,
    /// The analysis ([`AppState::analyses`]) of the file the host sent, while it is the
    /// latest: its customer lists are the host's own data.
    sent: Cell<Option<u32>>,
    /// How many `segmenter:analyze` messages came: the latest goes first.
    analyses_asked: Cell<u32>,
}

/// Listens to the host page when the frame's address names one (and the deployment lets
/// that origin connect: `pinned`, see [`pinned_allows`]), and shows which site the frame is
/// connected to. Returns whether the page is embedded: whether its address names a host,
/// connected or not.
pub fn install(state: AppState, pinned: Option<&str>) -> bool {
    let Some(origin) = allowed_origin() else {
        return false;
    };
    let connected = pinned_allows(pinned, &origin);
    let gate = Gate::start(state, origin.clone(), connected);
    if !connected {
        return true;
    }
    let host = Rc::new(Host {
        origin,
        gate,
        sent: Cell::new(None),
        analyses_asked: Cell::new(0),
    });
    let listener = {
        let host = host.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            host.receive(state, &event)
        })
    };
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    listener.forget();
    // Tell the host once the engine listens.
    Effect::new(move |announced: Option<bool>| {
        let ready = state.engine.ready.get();
        if ready && announced != Some(true) {
            host.post("segmenter:ready", &JsValue::NULL, &[]);
        }
        ready || announced == Some(true)
    });
    true
}

/// The origin in the frame address's `host-origin` parameter, when it is one.
fn allowed_origin() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let origin = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("host-origin")?;
    let parsed = web_sys::Url::new(&origin).ok()?;
    // Only a bare origin counts: "https://admin.example.com", not a page or a wildcard.
    (parsed.origin() == origin.trim_end_matches('/') && origin.starts_with("http"))
        .then(|| parsed.origin())
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

impl Host {
    /// Posts a reply to the parent, to the allowed origin only.
    fn post(&self, kind: &str, id: &JsValue, fields: &[(&str, JsValue)]) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &kind.into());
        let _ = Reflect::set(&message, &"version".into(), &PROTOCOL_VERSION.into());
        let _ = Reflect::set(&message, &"id".into(), id);
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
            let _ = parent.post_message(&message, &self.origin);
        }
    }

    fn error(&self, id: &JsValue, code: &str, message: &str) {
        let error = Object::new();
        let _ = Reflect::set(&error, &"code".into(), &code.into());
        let _ = Reflect::set(&error, &"message".into(), &message.into());
        self.post("segmenter:error", id, &[("error", error.into())]);
    }

    /// Handles one message event: the allowed origin's parent only.
    fn receive(self: &Rc<Self>, state: AppState, event: &web_sys::MessageEvent) {
        let from_parent = match (
            event.source(),
            web_sys::window().and_then(|w| w.parent().ok().flatten()),
        ) {
            (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        if event.origin() != self.origin || !from_parent || !self.gate.connected() {
            return;
        }
        let data = event.data();
        let id = field(&data, "id");
        let kind = field(&data, "type").as_string().unwrap_or_default();
        if !kind.starts_with("segmenter:") {
            // Other libraries' messages on the same window are none of our business.
            return;
        }
        if field(&data, "version").as_f64() != Some(f64::from(PROTOCOL_VERSION)) {
            return self.error(&id, "unsupported-version", &format!(
                "This frame speaks version {PROTOCOL_VERSION} of the protocol: set \"version\": {PROTOCOL_VERSION} on every message."
            ));
        }
        match kind.as_str() {
            "segmenter:analyze" => self.analyze(state, &data, id),
            "segmenter:customers" => match field(&data, "segment").as_string() {
                Some(segment) if state.analysis.with_untracked(Option::is_some) => {
                    self.customers(state, id, segment);
                }
                Some(_) => self.error(&id, "no-result", "Send a file with \"segmenter:analyze\" first."),
                None => self.error(&id, "bad-message", "\"segmenter:customers\" needs \"segment\": the name of a segment, as the summary gives it."),
            },
            "segmenter:migration" if state.analysis.with_untracked(Option::is_some) => {
                match migration_query(&data) {
                    Ok(query) => self.ask(state, id, query),
                    Err(message) => self.error(&id, "bad-message", &message),
                }
            }
            "segmenter:migration" => self.error(&id, "no-result", "Send a file with \"segmenter:analyze\" first."),
            "segmenter:summary" if state.analysis.with_untracked(Option::is_some) => {
                self.ask(state, id, HostQuery::Summary)
            }
            "segmenter:summary" => self.error(&id, "no-result", "Send a file with \"segmenter:analyze\" first."),
            "segmenter:theme" => {
                if let Err(message) = theme_of(&field(&data, "theme")).and_then(|t| apply_theme(&t)) {
                    self.error(&id, "bad-message", &message);
                } else {
                    self.post("segmenter:themed", &id, &[]);
                }
            }
            other => self.error(&id, "unknown-type", &format!(
                "Unknown message type \"{other}\": use segmenter:analyze, segmenter:summary, segmenter:customers, segmenter:migration or segmenter:theme."
            )),
        }
    }

    /// Whether the analysis on show is of the file the host sent.
    fn sent_file_on_show(&self, state: AppState) -> bool {
        state.analysis.with_untracked(Option::is_some)
            && self.sent.get() == Some(state.analyses.get_untracked())
    }

    /// `segmenter:customers`: customer-level data. Of the file the host sent, answered
    /// straight away; of a file the merchant chose, once the merchant allowed this site.
    fn customers(self: &Rc<Self>, state: AppState, id: JsValue, segment: String) {
        if self.sent_file_on_show(state) {
            return self.ask(state, id, HostQuery::Customers(segment));
        }
        let found = state.scheme.with_untracked(|view| {
            let segments = view.as_ref().map_or(&[][..], |v| &v.segments[..]);
            segments
                .iter()
                .find(|s| s.name == segment)
                .map(|s| s.customers)
                .ok_or_else(|| segments.iter().map(|s| s.name.clone()).collect())
        });
        // Segment names are in the summary: a wrong one is answered without asking.
        let customers = match found {
            Ok(customers) => customers,
            Err(known) => {
                return self.failed(
                    &id,
                    &EngineError::UnknownSegment {
                        name: segment,
                        known,
                    },
                )
            }
        };
        let host = self.clone();
        spawn_local(async move {
            match host.gate.customers(&segment, customers).await {
                Verdict::Allowed => host.ask(state, id, HostQuery::Customers(segment)),
                Verdict::Refused => host.error(&id, "consent-refused", &format!(
                    "The merchant did not allow {} to receive customer lists of the file they opened in the frame. They can change their answer in the frame.",
                    host.origin
                )),
                Verdict::Replaced => host.failed(&id, &EngineError::Stopped),
                Verdict::Disconnected => {}
            }
        });
    }

    /// Answers a host's query about the result on show, under the query's id.
    fn ask(self: &Rc<Self>, state: AppState, id: JsValue, query: HostQuery) {
        let host = self.clone();
        spawn_local(async move {
            let reply = state.engine.ask(Request::Host(query.clone())).await;
            host.answer(&id, query, reply);
        });
    }

    /// Posts the JSON answer to a host's query, or the error.
    fn answer(&self, id: &JsValue, query: HostQuery, reply: Result<Answer, EngineError>) {
        let json = match reply {
            Ok(Answer::Host(json)) => json,
            Ok(_) => return self.failed(id, &EngineError::UnexpectedAnswer),
            Err(e) => return self.failed(id, &e),
        };
        let value = JSON::parse(&json).unwrap_or(JsValue::NULL);
        match query {
            HostQuery::Customers(segment) => self.post(
                "segmenter:customers",
                id,
                &[("segment", segment.into()), ("customers", value)],
            ),
            HostQuery::Summary => self.post("segmenter:summary", id, &[("summary", value)]),
            HostQuery::Migration { .. } => {
                self.post("segmenter:migration", id, &[("migration", value)])
            }
        }
    }

    /// Posts an engine error with its code.
    fn failed(&self, id: &JsValue, e: &EngineError) {
        let (code, message) = error_of(e);
        self.error(id, code, &message);
    }

    /// `segmenter:analyze`: a file (Blob, File, ArrayBuffer or typed array) and options.
    fn analyze(self: &Rc<Self>, state: AppState, data: &JsValue, id: JsValue) {
        let name = field(data, "name").as_string();
        let file = match file_of(&field(data, "file"), name) {
            Ok(file) => file,
            Err(message) => return self.error(&id, "bad-file", &message),
        };
        let options = match HostChoices::of(&field(data, "options")) {
            Ok(options) => options,
            Err(message) => return self.error(&id, "bad-message", &message),
        };
        let analyze = AnalyzeOptions {
            reference: options.reference,
            currency: options.currency.clone(),
            ..AnalyzeOptions::default()
        };
        let date_order = options.language.as_deref().map(storage::date_order_for);
        // The latest analyze goes first: one whose scheme was still being read gives way,
        // even to one whose own scheme is then refused (the host asked for it since). One
        // refused as it came (a file, an option or a theme that is not one) does not count.
        let asked = self.analyses_asked.get().wrapping_add(1);
        self.analyses_asked.set(asked);
        let host = self.clone();
        spawn_local(async move {
            // The host's own scheme is read before anything changes, so a mistake in it
            // leaves the frame as it was.
            let scheme = match options.scheme {
                Some(choice) => match host_scheme(state, choice).await {
                    Ok(scheme) => Some(scheme),
                    Err((code, message)) => return host.error(&id, code, &message),
                },
                None => None,
            };
            if host.analyses_asked.get() != asked {
                return host.failed(&id, &EngineError::Stopped);
            }
            if let Some(theme) = &options.theme {
                if let Err(message) = apply_theme(theme) {
                    return host.error(&id, "bad-message", &message);
                }
            }
            // The host's language is this visit's, not a choice the merchant made: not stored.
            if let Some(language) = options.language.as_deref().and_then(Language::of_tag) {
                super::words::show_in(language);
            }
            let summary = async {
                let analysis = state.open_for_host(file, analyze, date_order).await?;
                // Shown just now, without a pause: no other file can have come between.
                host.sent.set(Some(state.analyses.get_untracked()));
                if let Some(scheme) = scheme {
                    state
                        .segment_with(scheme.choice(&analysis.catalog)?)
                        .await?;
                }
                state.engine.ask(Request::Host(HostQuery::Summary)).await
            };
            let reply = summary.await;
            host.answer(&id, HostQuery::Summary, reply);
        });
    }
}

/// The code and the sentence a host gets for an engine error.
fn error_of(e: &EngineError) -> (&'static str, String) {
    let code = match e {
        EngineError::Read(_) => "unreadable",
        EngineError::UnknownScheme { .. }
        | EngineError::SchemeUnavailable { .. }
        | EngineError::Scheme(_) => "bad-scheme",
        EngineError::CurrencyNotInFile { .. } => "bad-currency",
        EngineError::Stopped => "stopped",
        _ => "failed",
    };
    let message = match e {
        EngineError::Stopped => {
            "The work was stopped before it finished: a newer file or Cancel replaced it."
                .to_string()
        }
        other => other.to_string(),
    };
    (code, message)
}

/// The scheme a host named, its own read by the engine as the JavaScript module reads it;
/// else the error code and the sentence the host gets.
async fn host_scheme(
    state: AppState,
    choice: HostChoice,
) -> Result<HostScheme, (&'static str, String)> {
    let json = match choice {
        HostChoice::Key(key) => return Ok(HostScheme::Key(key)),
        HostChoice::Own(json) => json,
    };
    match state.engine.ask(Request::HostScheme(json)).await {
        Ok(Answer::HostScheme(Ok(scheme))) => OwnScheme::try_from(scheme)
            .map(HostScheme::Own)
            .map_err(|sentence| ("bad-scheme", sentence)),
        Ok(Answer::HostScheme(Err(sentence))) => Err(("bad-scheme", sentence)),
        Ok(_) => Err(error_of(&EngineError::UnexpectedAnswer)),
        Err(e) => Err(error_of(&e)),
    }
}

/// `segmenter:migration`'s dates: `from` (needed) and `to`, written YYYY-MM-DD.
fn migration_query(data: &JsValue) -> Result<HostQuery, String> {
    let date = |name: &str| -> Result<Option<Date>, String> {
        let value = field(data, name);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        let text = value.as_string().unwrap_or_default();
        Date::parse_iso(&text)
            .map(Some)
            .ok_or_else(|| format!("\"{name}\" must be a date written YYYY-MM-DD, not {text:?}."))
    };
    let from = date("from")?
        .ok_or("\"segmenter:migration\" needs \"from\": the earlier date, written YYYY-MM-DD.")?;
    Ok(HostQuery::Migration {
        from,
        to: date("to")?,
    })
}

/// The scheme a host names in `segmenter:analyze`.
enum HostChoice {
    /// A built-in scheme's key.
    Key(String),
    /// Its own scheme, as JSON for the engine to read.
    Own(Vec<u8>),
}

/// The options of `segmenter:analyze`.
struct HostChoices {
    reference: Option<Date>,
    scheme: Option<HostChoice>,
    currency: Option<String>,
    theme: Option<Vec<(&'static str, &'static str, String)>>,
    language: Option<String>,
}

impl HostChoices {
    fn of(options: &JsValue) -> Result<HostChoices, String> {
        let mut choices = HostChoices {
            reference: None,
            scheme: None,
            currency: None,
            theme: None,
            language: None,
        };
        if options.is_undefined() || options.is_null() {
            return Ok(choices);
        }
        if !options.is_object() {
            return Err("\"options\" must be an object.".into());
        }
        for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            let value = field(options, &key);
            match key.as_str() {
                "reference" => {
                    let text = value.as_string().unwrap_or_default();
                    choices.reference = Some(Date::parse_iso(&text).ok_or_else(|| {
                        format!("\"reference\" must be a date written YYYY-MM-DD, not {text:?}.")
                    })?);
                }
                "scheme" => {
                    choices.scheme = Some(match value.as_string() {
                        Some(key) => HostChoice::Key(key),
                        None if value.is_object() && !Array::is_array(&value) => {
                            let json = JSON::stringify(&value).ok().and_then(|j| j.as_string());
                            let json = json.ok_or_else(|| {
                                not_a_host_scheme("it cannot be written as JSON")
                            })?;
                            HostChoice::Own(json.into_bytes())
                        }
                        None => return Err(KEY_OR_SCHEME.into()),
                    });
                }
                "currency" => {
                    choices.currency = Some(value.as_string().ok_or(
                        "\"currency\" must be a currency code, such as \"EUR\".",
                    )?);
                }
                "theme" => choices.theme = Some(theme_of(&value)?),
                "language" => {
                    let tag = value.as_string().unwrap_or_default();
                    if Language::of_tag(&tag).is_none() {
                        let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
                        return Err(format!(
                            "\"language\" must be a language tag in {}, such as \"de-DE\" or \"en-US\".",
                            tags.join(", ")
                        ));
                    }
                    choices.language = Some(tag);
                }
                other => {
                    return Err(format!(
                        "Unknown option \"{other}\": use reference, scheme, currency, theme or language."
                    ))
                }
            }
        }
        Ok(choices)
    }
}

/// The host's file as a `File`, whatever form it came in, under the name the host gave.
fn file_of(value: &JsValue, name: Option<String>) -> Result<web_sys::File, String> {
    let file = value.dyn_ref::<web_sys::File>();
    if let (Some(file), None) = (file, &name) {
        return Ok(file.clone());
    }
    let name = name.unwrap_or_else(|| "orders.csv".into());
    let parts = Array::of1(value);
    // A File is a Blob: renamed, its bytes are not copied.
    let made = if value.is_instance_of::<web_sys::Blob>() {
        web_sys::File::new_with_blob_sequence(&parts, &name)
    } else if value.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(value) {
        web_sys::File::new_with_buffer_source_sequence(&parts, &name)
    } else {
        return Err(
            "\"file\" must be a File, Blob, ArrayBuffer or Uint8Array holding the CSV export."
                .into(),
        );
    };
    made.map_err(|_| "The file could not be read.".to_string())
}

/// A theme's keys, the custom properties they set and their values, or what is wrong with
/// it.
fn theme_of(theme: &JsValue) -> Result<Vec<(&'static str, &'static str, String)>, String> {
    if !theme.is_object() {
        return Err("\"theme\" must be an object such as { \"accent\": \"#0a7\" }.".into());
    }
    let keys = Object::keys(theme.unchecked_ref::<Object>());
    keys.iter()
        .map(|key| {
            let key = key.as_string().unwrap_or_default();
            let Some((key, property)) = THEME.iter().find(|(k, _)| *k == key) else {
                let known: Vec<&str> = THEME.iter().map(|(k, _)| *k).collect();
                return Err(format!(
                    "Unknown theme key \"{key}\": use {}.",
                    known.join(", ")
                ));
            };
            Ok((
                *key,
                *property,
                field(theme, key).as_string().unwrap_or_default(),
            ))
        })
        .collect()
}

/// Sets a theme's custom properties ([`theme_of`]) on the app's root element.
fn apply_theme(properties: &[(&str, &str, String)]) -> Result<(), String> {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".segmenter").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or("The page is not ready yet.")?;
    for (key, property, value) in properties {
        root.style()
            .set_property(property, value)
            .map_err(|_| format!("The theme value for \"{key}\" is not valid CSS."))?;
    }
    Ok(())
}
