//! The page: installs the panic hook and mounts the app.

fn main() {
    segmenter_app::ui::install_panic_hook();
    leptos::mount::mount_to_body(segmenter_app::ui::App);
}
