// Starts the engine's Web Worker: loads the wasm-bindgen glue, then the WebAssembly.
importScripts("./worker.js");
wasm_bindgen({ module_or_path: "./worker_bg.wasm" });
