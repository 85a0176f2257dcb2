//! Which site the frame answers, and the merchant's say over what that site receives.
//!
//! A page that frames Segmenter names its own origin in the frame's address
//! (`host-origin`), so the name proves nothing: a look-alike page can frame the real app
//! with its own origin and wait for the merchant to drop a file in. So the frame says which
//! site it is connected to ([`Gate::start`] puts a bar at the top of the page), and
//! customer-level data (lists with ids, e-mails and names) of a file the merchant chose
//! goes to that site only once the merchant allowed it ([`Gate::customers`]). The answer
//! is asked once per origin, kept in this browser through the engine's store
//! ([`HostConsent`]) and can be revoked from the bar. A deployment can also name, when it
//! builds the page, the only sites that may connect at all ([`pinned_allows`]).

use super::state::{AppState, Notice};
use super::words::{count, date, t, t_with, tr};
use super::{storage, today};
use futures_channel::oneshot;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::roles::Role;
use segmenter_engine::store::HostConsent;
use segmenter_words::{Arg, Key};
use wasm_bindgen::JsCast;

/// Whether the deployment lets `origin` connect: any origin, unless it pinned some
/// (`pinned`, origins comma-separated; see the page's `main`).
pub fn pinned_allows(pinned: Option<&str>, origin: &str) -> bool {
    let Some(list) = pinned.map(str::trim).filter(|list| !list.is_empty()) else {
        return true;
    };
    // Written as a person writes them ("https://Admin.example.com/"), compared as origins.
    list.split(',')
        .filter_map(|entry| web_sys::Url::new(entry.trim()).ok())
        .any(|url| url.origin() == origin)
}

/// What the merchant answered to a request for customer-level data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The site may have it.
    Allowed,
    /// The site may not (asked now or before).
    Refused,
    /// Another file or analysis replaced the one asked about before the merchant answered.
    Replaced,
    /// The merchant disconnected the site: it gets no answer at all.
    Disconnected,
}

/// Where the frame stands with its site.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// The build does not let this site connect: nothing is answered.
    NotPinned,
    /// The merchant disconnected it for this visit.
    Disconnected,
    /// Answering; customer lists as the merchant's answer says (`None`: not asked yet).
    Connected(Option<HostConsent>),
}

/// A request for a customer list, waiting for the merchant's answer.
struct Waiting {
    /// The segment whose list the site asks for.
    segment: String,
    /// How many customers the list holds.
    customers: usize,
    /// What each customer's line holds besides the id ([`Gate::fields`]).
    fields: Key,
    /// The analysis it asks about ([`AppState::analyses`]).
    analysis: u32,
    reply: oneshot::Sender<Verdict>,
}

/// The frame's connection to its site: what the bar shows and what customer lists wait
/// for. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Gate {
    state: AppState,
    /// The site's origin: `https://admin.example.com`.
    origin: StoredValue<String>,
    /// The same as the merchant reads it: `admin.example.com`.
    site: StoredValue<String>,
    status: RwSignal<Status>,
    waiting: RwSignal<Vec<Waiting>>,
    /// Set when the browser would not keep an answer: the one given holds for this visit.
    unkept: StoredValue<bool>,
    /// Answers given on this page and not yet written to storage: until they are, what
    /// storage says is older than the answer on show.
    writing: StoredValue<u32>,
}

impl Gate {
    /// The connection to `origin`, shown at the top of the page; `connected` is false when
    /// the build does not let this origin connect.
    pub fn start(state: AppState, origin: String, connected: bool) -> Gate {
        let site = web_sys::Url::new(&origin)
            .map(|url| url.host())
            .unwrap_or_else(|_| origin.clone());
        let gate = Gate {
            state,
            origin: StoredValue::new(origin),
            site: StoredValue::new(site),
            status: RwSignal::new(if connected {
                Status::Connected(None)
            } else {
                Status::NotPinned
            }),
            waiting: RwSignal::new(Vec::new()),
            unkept: StoredValue::new(false),
            writing: StoredValue::new(0),
        };
        if connected {
            spawn_local(async move { gate.refresh().await });
            // A request about a file or analysis no longer on show is not asked any more.
            Effect::new(move |_| {
                let on_show = state
                    .analysis
                    .with(Option::is_some)
                    .then(|| state.analyses.get());
                gate.settle(|w| (Some(w.analysis) != on_show).then_some(Verdict::Replaced));
            });
        }
        // The page is drawn once this task runs: the bar goes first in it.
        spawn_local(async move { gate.mount() });
        gate
    }

    /// Whether the site is answered at all.
    pub fn connected(&self) -> bool {
        matches!(self.status.get_untracked(), Status::Connected(_))
    }

    /// Waits until the merchant says whether the site may have the customer list of
    /// `segment` (`customers` of them) of the file on show. Answered straight away when
    /// the merchant answered this site before; otherwise the frame asks.
    pub async fn customers(&self, segment: &str, customers: usize) -> Verdict {
        self.refresh().await;
        match self.status.get_untracked() {
            Status::Connected(Some(answer)) if answer.allowed => return Verdict::Allowed,
            Status::Connected(Some(_)) => return Verdict::Refused,
            Status::Connected(None) => {}
            Status::NotPinned | Status::Disconnected => return Verdict::Disconnected,
        }
        let on_show = self.state.analysis.with_untracked(Option::is_some);
        if !on_show {
            return Verdict::Replaced;
        }
        let (reply, answer) = oneshot::channel();
        self.waiting.update(|w| {
            w.push(Waiting {
                segment: segment.to_string(),
                customers,
                fields: self.fields(),
                analysis: self.state.analyses.get_untracked(),
                reply,
            })
        });
        // Dropped unanswered only when the merchant disconnected the site.
        answer.await.unwrap_or(Verdict::Disconnected)
    }

    /// What a customer list of this file holds, as the merchant's mapping says: ids, and
    /// e-mails and names when the file has them.
    fn fields(&self) -> Key {
        let mapping = self.state.mapping.get_untracked();
        let emails = mapping.has(Role::Email);
        let names = [Role::FullName, Role::FirstName, Role::LastName]
            .into_iter()
            .any(|role| mapping.has(role));
        match (emails, names) {
            (false, false) => Key::ConsentFieldsIds,
            (true, false) => Key::ConsentFieldsEmails,
            (false, true) => Key::ConsentFieldsNames,
            (true, true) => Key::ConsentFieldsAll,
        }
    }

    /// What the site asks for in `request`, as a sentence.
    fn asks(&self, request: &Waiting) -> String {
        t_with(
            Key::ConsentAsks,
            &[
                ("site", Arg::from(self.site.get_value())),
                ("segment", Arg::from(request.segment.as_str())),
                ("fields", Arg::from(t(request.fields))),
                ("count", count(request.customers)),
            ],
        )
    }

    /// Reads the merchant's answer to this site again: another tab may have changed it.
    /// Not while an answer given here is being written: storage still has the one before.
    async fn refresh(&self) {
        if !self.connected() || self.unkept.get_value() || self.writing.get_value() > 0 {
            return;
        }
        let loaded = storage::host_consents(self.state.engine).await;
        self.state.report_store(loaded.problem);
        let origin = self.origin.get_value();
        let answer = loaded
            .value
            .unwrap_or_default()
            .into_iter()
            .find(|c| c.origin == origin);
        if self.connected() {
            self.status.set(Status::Connected(answer));
        }
        self.settle(|_| None);
    }

    /// Answers the waiting requests `verdict` gives a verdict for (and, once the merchant
    /// answered this site, all the others with that answer).
    fn settle(&self, verdict: impl Fn(&Waiting) -> Option<Verdict>) {
        let answered = match self.status.get_untracked() {
            Status::Connected(Some(answer)) => Some(if answer.allowed {
                Verdict::Allowed
            } else {
                Verdict::Refused
            }),
            _ => None,
        };
        let waiting = self.waiting.try_update(std::mem::take).unwrap_or_default();
        let mut still = Vec::new();
        for w in waiting {
            match verdict(&w).or(answered) {
                Some(v) => {
                    let _ = w.reply.send(v);
                }
                None => still.push(w),
            }
        }
        self.waiting.set(still);
    }

    /// Records the merchant's answer to this site, and answers what waits for it.
    fn decide(&self, allowed: bool) {
        let answer = HostConsent {
            origin: self.origin.get_value(),
            allowed,
            decided_on: today().unwrap_or(Date(0)),
        };
        self.status.set(Status::Connected(Some(answer.clone())));
        self.settle(|_| None);
        self.keep(Some(answer));
    }

    /// Forgets the merchant's answer to this site: it is asked again next time.
    fn forget(&self) {
        self.status.set(Status::Connected(None));
        self.keep(None);
    }

    /// Stops answering the site until the page is loaded again.
    fn disconnect(&self) {
        self.status.set(Status::Disconnected);
        // Unanswered requests are dropped: the site hears nothing more.
        self.waiting.set(Vec::new());
    }

    /// Stores this site's answer (`None`: none) beside the other sites' ones, read afresh
    /// so that another tab's answers are kept.
    fn keep(&self, answer: Option<HostConsent>) {
        let (gate, origin) = (*self, self.origin.get_value());
        self.writing.update_value(|n| *n += 1);
        spawn_local(async move {
            let engine = gate.state.engine;
            let loaded = storage::host_consents(engine).await;
            gate.state.report_store(loaded.problem);
            let mut answers = loaded.value.unwrap_or_default();
            answers.retain(|c| c.origin != origin);
            answers.extend(answer);
            let kept = storage::store_host_consents(engine, answers).await;
            gate.writing.update_value(|n| *n = n.saturating_sub(1));
            gate.unkept.set_value(!kept);
            if !kept {
                let site = gate.site.get_value();
                gate.state.error.set(Some(Notice::new(move || {
                    t_with(Key::ConsentUnkept, &[("site", Arg::from(site.as_str()))])
                })));
            }
        });
    }

    /// Puts the bar and the dialog at the top of the page.
    fn mount(self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Some(root), Ok(slot)) = (
            document.query_selector(".segmenter").ok().flatten(),
            document.create_element("section"),
        ) else {
            return;
        };
        slot.set_class_name("connection");
        let _ = slot.set_attribute("data-testid", "connection");
        if root.prepend_with_node_1(&slot).is_err() {
            return;
        }
        let Ok(slot) = slot.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        let bar = slot.clone();
        // The page lives as long as the tab; so does the bar.
        leptos::mount::mount_to(slot, move || {
            // The state goes on the bar itself, for styles and tests; its name follows the
            // page's language.
            Effect::new(move |_| {
                let _ = bar.set_attribute("data-consent", self.state_name());
                let _ = bar.set_attribute("aria-label", &t(Key::ConsentRegion));
            });
            view! { <ConnectionBar gate=self/> }
        })
        .forget();
    }

    /// The bar's state, in a word.
    fn state_name(&self) -> &'static str {
        match self.status.get() {
            Status::NotPinned => "not-connected",
            Status::Disconnected => "disconnected",
            Status::Connected(None) => "ask",
            Status::Connected(Some(a)) if a.allowed => "allowed",
            Status::Connected(Some(_)) => "refused",
        }
    }

    /// Whether the frame is asking the merchant now.
    fn asking(&self) -> bool {
        matches!(self.status.get(), Status::Connected(None)) && self.waiting.with(|w| !w.is_empty())
    }
}

/// The bar naming the site the frame answers, with the merchant's answer and the controls
/// to change it, and the dialog asking for one.
#[component]
fn ConnectionBar(gate: Gate) -> impl IntoView {
    let site = gate.site.get_value();
    let sentence = {
        let site = site.clone();
        move || {
            match gate.status.get() {
            Status::NotPinned => view! {
                <p>
                    <strong>{t(Key::ConsentNotConnected)}" "</strong>
                    {t_with(Key::ConsentNotPinned, &[("site", Arg::from(site.as_str()))])}
                </p>
            }
            .into_any(),
            Status::Disconnected => view! {
                <p>
                    <strong>{t_with(Key::ConsentDisconnected, &[("site", Arg::from(site.as_str()))])}" "</strong>
                    {t(Key::ConsentDisconnectedDetail)}
                </p>
            }
            .into_any(),
            Status::Connected(answer) => {
                let detail = match answer {
                    None => t(Key::ConsentSummaries),
                    Some(a) if a.allowed => t_with(
                        Key::ConsentAllowedOn,
                        &[("date", Arg::from(date(a.decided_on)))],
                    ),
                    Some(a) => t_with(
                        Key::ConsentRefusedOn,
                        &[("date", Arg::from(date(a.decided_on)))],
                    ),
                };
                view! {
                    <p>
                        <strong>{t_with(Key::ConsentConnected, &[("site", Arg::from(site.as_str()))])}" "</strong>
                        {detail}
                    </p>
                }
                .into_any()
            }
        }
        }
    };
    let actions = {
        let site = site.clone();
        move || {
            let Status::Connected(answer) = gate.status.get() else {
                return None;
            };
            let change = answer.map(|a| {
                let label = if a.allowed {
                    t_with(Key::ConsentRevoke, &[("site", Arg::from(site.as_str()))])
                } else {
                    t(Key::ConsentAskAgain)
                };
                view! {
                    <button class="button small" data-testid="consent-forget" on:click=move |_| gate.forget()>
                        {label}
                    </button>
                }
            });
            Some(view! {
                <div class="connection-actions">
                    {change}
                    <button class="button small quiet" data-testid="consent-disconnect" on:click=move |_| gate.disconnect()>
                        {t_with(Key::ConsentDisconnect, &[("site", Arg::from(site.as_str()))])}
                    </button>
                </div>
            })
        }
    };
    view! {
        {sentence}
        {actions}
        <ConsentDialog gate=gate/>
    }
}

/// Asks the merchant whether the site may have the customer lists it asks for. A modal
/// dialog: focus moves into it, Escape counts as "Don't allow".
#[component]
fn ConsentDialog(gate: Gate) -> impl IntoView {
    let site = gate.site.get_value();
    let origin = gate.origin.get_value();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let asking = gate.asking();
        let Some(dialog) = dialog.get() else {
            return;
        };
        if asking && !dialog.open() {
            let _ = dialog.show_modal();
            // The question first, so that it is read out before the buttons.
            let _ = dialog.focus();
        } else if !asking && dialog.open() {
            dialog.close();
        }
    });
    let asks = move || gate.waiting.with(|w| w.first().map(|w| gate.asks(w)));
    let more = move || {
        let n = gate.waiting.with(Vec::len);
        (n > 1).then(|| format!(" {}", t_with(Key::ConsentMore, &[("count", count(n - 1))])))
    };
    // A text naming the site, following the page's language.
    let named = move |key: Key, value: &str| {
        let value = value.to_string();
        move || t_with(key, &[("site", Arg::from(value.as_str()))])
    };
    // Closed by Escape (or by us, once answered): a question still open counts as refused.
    let on_close = move |_| {
        if untrack(|| gate.asking()) {
            gate.decide(false);
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class="consent-dialog"
            tabindex="-1"
            aria-labelledby="consent-title"
            aria-describedby="consent-asks"
            data-testid="consent"
            on:close=on_close
        >
            <h2 id="consent-title">{named(Key::ConsentTitle, &site)}</h2>
            <p id="consent-asks">{asks}{more}</p>
            <p>{move || t_with(Key::ConsentOrigin, &[("origin", Arg::from(origin.as_str()))])}</p>
            <div class="consent-actions">
                <button class="button" data-testid="consent-allow" on:click=move |_| gate.decide(true)>
                    {named(Key::ConsentAllow, &site)}
                </button>
                <button class="button" data-testid="consent-refuse" on:click=move |_| gate.decide(false)>
                    {tr(Key::ConsentRefuse)}
                </button>
            </div>
        </dialog>
    }
}
