//! The page: installs the panic hook and mounts the app in place of what showed while it
//! loaded.

use leptos::prelude::*;
use segmenter_app::ui::App;

/// The only sites that may embed this build, comma-separated origins, when the deployment
/// names them (`SEGMENTER_HOST_ORIGINS=https://admin.example.com trunk build --release`).
/// Read here rather than in the library the worker shares, so that a pinned deployment
/// builds the page again but not the worker.
const PINNED_HOSTS: Option<&str> = option_env!("SEGMENTER_HOST_ORIGINS");

fn main() {
    segmenter_app::ui::install_panic_hook();
    // index.html's stand-in, shown while the WebAssembly loaded; the app draws the same top.
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("segmenter-shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(|| view! { <App pinned_hosts=PINNED_HOSTS/> });
}
