//! Saving a file the engine made: a Blob and a download link, no server involved.

use super::engine::Reply;
use super::state::AppState;
use segmenter_engine::session::{Answer, EngineError, ExportRequest, Request};
use wasm_bindgen::JsCast;

/// Saves the file an export request was answered with, or shows why there is none.
pub fn answer(state: AppState, reply: Reply) {
    match reply {
        Ok(Answer::Download(file)) => save(&file.file_name, &file.bytes),
        Ok(_) => state.show_error(&EngineError::UnexpectedAnswer),
        Err(e) => state.show_error(&e),
    }
}

/// Asks the engine for a file and saves it.
pub fn export(state: AppState, what: ExportRequest) {
    leptos::task::spawn_local(async move {
        let reply = state.engine.ask(Request::Export(what)).await;
        answer(state, reply);
    });
}

/// Offers `bytes` to the merchant as a file named `file_name`.
pub fn save(file_name: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    let mime = if file_name.ends_with(".json") {
        "application/json"
    } else {
        "text/csv;charset=utf-8"
    };
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(link) = document
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // The download has its own copy once started; release the Blob shortly after.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
}
