// Starts the app. Trunk's own starter is an inline script, which the page's
// Content-Security-Policy forbids; this file does the same from the site itself.
const tag = document.querySelector("script[data-segmenter-js]");
const { default: init } = await import(tag.dataset.segmenterJs);
await init({ module_or_path: tag.dataset.segmenterWasm });
