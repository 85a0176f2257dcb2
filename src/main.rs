//! The page: installs the panic hook and mounts the app in place of what showed while it
//! loaded.

fn main() {
    segmenter_app::ui::install_panic_hook();
    // index.html's stand-in, shown while the WebAssembly loaded; the app draws the same top.
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("segmenter-shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(segmenter_app::ui::App);
}
