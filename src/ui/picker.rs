//! Choosing a file: drop it on the page, pick it, or try the built-in sample shop.

use super::state::{AppState, Phase};
use super::words::tr;
use leptos::prelude::*;
use segmenter_words::Key;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};

/// The file just chosen in a file input's `change` event. The input is emptied, so that the
/// same file can be chosen again after it changed on disk.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The bytes of a small file the merchant chose (a scheme, a file of campaign records), or
/// the message to show when the browser cannot read it.
pub async fn small_file_bytes(file: &web_sys::File) -> Result<Vec<u8>, Key> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Key::PickerUnreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The drop zone, the file button and the sample button.
#[component]
pub fn FilePicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dragging = RwSignal::new(false);
    let compact = move || state.phase.get() != Phase::Start;
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            state.open_file(file);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = chosen_file(&ev) {
            state.open_file(file);
        }
    };
    let busy = move || matches!(state.phase.get(), Phase::Reading | Phase::Segmenting);
    view! {
        <section
            class="picker"
            class:compact=compact
            class:dragging=move || dragging.get()
            data-testid="drop-zone"
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <div class="picker-text">
                <h2>{tr(Key::PickerTitle)}</h2>
                <p>{tr(Key::PickerSources)}</p>
            </div>
            <div class="picker-actions">
                <label class="button primary" class:disabled=busy>
                    {tr(Key::PickerChoose)}
                    <input type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" data-testid="file-input" on:change=on_pick disabled=busy/>
                </label>
                <button class="button" data-testid="sample" on:click=move |_| state.open_sample() disabled=busy>
                    {tr(Key::PickerSample)}
                </button>
            </div>
        </section>
    }
}
