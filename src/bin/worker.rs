//! The Web Worker that runs the engine off the page's main thread.

fn main() {
    segmenter_app::worker::run();
}
