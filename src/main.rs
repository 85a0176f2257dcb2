//! The page: installs the panic hook and mounts the app.

fn main() {
    segmenter::ui::install_panic_hook();
    leptos::mount::mount_to_body(segmenter::ui::App);
}
