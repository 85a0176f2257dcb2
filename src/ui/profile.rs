//! Where the time goes, for whoever tunes the engine: with `?profile` in the page's
//! address, each analysis or scheme drawn is followed, in the browser's console, by the
//! engine's steps since the one before (reading the file, binding its rows, scoring,
//! segmenting, posting the answer: [`segmenter_engine::basics::profile`]) and the page's
//! own (decoding the answers, drawing them). The browser benchmark reads it there.

use super::engine::EngineHandle;
use leptos::task::spawn_local;
use segmenter_engine::basics::profile::{by_step, Lap};
use segmenter_engine::session::{Answer, Request};
use wasm_bindgen::prelude::*;

/// Whether the page's address asks for profiles (`?profile`).
pub fn wanted() -> bool {
    super::in_address("profile").is_some()
}

/// Starts the profile of a file about to be opened: the engine's steps so far are dropped
/// (and the first time, its clock starts).
pub fn start(engine: EngineHandle) {
    let asked = engine.ask(Request::Profile);
    spawn_local(async move {
        let _ = asked.await;
    });
}

/// Prints the profile of `what` (the analysis of a file, a switch of scheme), answered at
/// `answered` (ms since the page loaded) and being drawn: the engine's steps are asked for
/// at once, before any later request joins them, and printed once the page has painted.
pub fn print_once_drawn(engine: EngineHandle, what: String, answered: f64) {
    let decoding = engine.take_decoding();
    let laps = engine.ask(Request::Profile);
    spawn_local(async move {
        next_paint().await;
        let drawn = super::now() - answered;
        let Ok(Answer::Profile(laps)) = laps.await else {
            return;
        };
        let text = profile_text(&what, &laps, decoding, drawn);
        web_sys::console::info_1(&text.into());
    });
}

/// The profile as printed: a line per step, the time of a step done twice added up, with
/// the size of the engine's memory at its end (the most it has taken: a step that needs
/// more than the steps before it shows as growth).
fn profile_text(what: &str, laps: &[Lap], decoding: f64, drawn: f64) -> String {
    let mut steps: Vec<(&str, f64, Option<u64>)> = by_step(laps)
        .iter()
        .map(|lap| (lap.step.name(), lap.ms, Some(lap.memory)))
        .collect();
    steps.push(("decode the answers (page)", decoding, None));
    steps.push(("draw until painted (page)", drawn, None));
    let total: f64 = steps.iter().map(|(_, ms, _)| ms).sum();
    let most = laps.iter().map(|lap| lap.memory).max();
    let mut text = format!("Segmenter profile of {what}:\n");
    for (name, ms, memory) in steps.into_iter().chain([("in all", total, most)]) {
        text.push_str(&format!("  {name:<40}{ms:>9.1} ms"));
        if let Some(bytes) = memory {
            text.push_str(&format!("{:>8} MB", bytes >> 20));
        }
        text.push('\n');
    }
    text.pop();
    text
}

/// Resolves once the browser has painted what the page changed: after the next animation
/// frame, a task runs once that frame is on screen.
async fn next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after_frame = Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(resolve.unchecked_ref());
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(after_frame.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
