//! How messages cross between the page and its worker: `{ id, msg, file? }`, where `msg` is
//! the postcard bytes of a [`ToEngine`](segmenter_engine::session::ToEngine) or
//! [`FromEngine`](segmenter_engine::session::FromEngine) in a `Uint8Array` (transferred, not
//! copied), `id` repeats the request's id outside the bytes so that even a message that
//! cannot be decoded can be answered, and `file` is the browser's own `File` to read.

use js_sys::{Array, Object, Reflect, Uint8Array};
use segmenter_engine::session::RequestId;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::File;

/// Wraps a message for `postMessage`.
pub fn encode<T: serde::Serialize>(id: RequestId, message: &T, file: Option<&File>) -> Object {
    let bytes = postcard::to_allocvec(message).unwrap_or_default();
    let envelope = Object::new();
    let _ = Reflect::set(&envelope, &"id".into(), &JsValue::from(id));
    let _ = Reflect::set(
        &envelope,
        &"msg".into(),
        &Uint8Array::from(bytes.as_slice()),
    );
    if let Some(file) = file {
        let _ = Reflect::set(&envelope, &"file".into(), file);
    }
    envelope
}

/// A message unwrapped: its id, the message when it decodes, and the file beside it.
pub struct Opened<T> {
    /// The id the envelope carries (0 when it carries none).
    pub id: RequestId,
    /// The message, `None` when the bytes are not one.
    pub message: Option<T>,
    /// The file sent with it.
    pub file: Option<File>,
}

/// Unwraps a message posted with [`encode`].
pub fn decode<T: serde::de::DeserializeOwned>(data: &JsValue) -> Opened<T> {
    let id = Reflect::get(data, &"id".into())
        .ok()
        .and_then(|id| id.as_f64())
        .map_or(0, |id| id as RequestId);
    let message = Reflect::get(data, &"msg".into())
        .ok()
        .and_then(|msg| msg.dyn_into::<Uint8Array>().ok())
        .and_then(|array| postcard::from_bytes(&array.to_vec()).ok());
    let file = Reflect::get(data, &"file".into())
        .ok()
        .and_then(|f| f.dyn_into::<File>().ok());
    Opened { id, message, file }
}

/// The transfer list for an envelope: its byte buffer, so it moves instead of copying.
pub fn transfer_list(envelope: &Object) -> Array {
    let list = Array::new();
    if let Ok(msg) = Reflect::get(envelope, &"msg".into()) {
        if let Ok(array) = msg.dyn_into::<Uint8Array>() {
            list.push(&array.buffer());
        }
    }
    list
}
