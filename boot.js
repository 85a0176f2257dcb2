// Starts the app, and keeps it in this browser for use offline. Trunk's own starter is an
// inline script, which the page's Content-Security-Policy forbids; this file does the same
// from the site itself, then registers the service worker (service-worker.js).

const offline = mayWorkOffline();
if (offline && (await newVersionTookOver())) {
  // This page was loaded from the old version's files: load it again from the new one's.
  location.reload();
} else {
  const tag = document.querySelector("script[data-segmenter-js]");
  const { default: init } = await import(tag.dataset.segmenterJs);
  await init({ module_or_path: tag.dataset.segmenterWasm });
  // After the app started, so that keeping its files never delays it.
  if (offline) {
    navigator.serviceWorker.register("./service-worker.js").catch((error) => {
      console.warn("Segmenter will not be kept for use offline:", error);
    });
  }
}

/**
 * Whether the app may be kept by a service worker here: served over http(s) (a copy
 * opened from disk cannot be), in a browser that has them, and either on its own or framed
 * by a page of its own site. Framed by another origin (a platform's admin panel), it is
 * left as it was: the host decides what its page keeps, and the frame makes no request
 * of its own after it said it is ready.
 */
function mayWorkOffline() {
  try {
    if (!/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator)) return false;
    return window.top === window || window.top.location.origin === location.origin;
  } catch {
    return false; // reading another origin's address is refused, as is a sandboxed frame's storage
  }
}

/**
 * If a new version of the app was kept on an earlier visit and is waiting for the old one
 * to be let go, asks it to take over now, before the app starts and anything could be lost.
 * It does only if this is the app's only page open (see service-worker.js). Resolves to
 * true when it took over.
 */
async function newVersionTookOver() {
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    const waiting = registration?.waiting;
    if (!waiting || !navigator.serviceWorker.controller) return false;
    const tookOver = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true }));
    const answer = new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data?.alone === true);
      waiting.postMessage({ type: "segmenter:take-over" }, [channel.port2]);
    });
    // A service worker that does not answer in time leaves the old version in charge.
    const late = (ms) => new Promise((resolve) => setTimeout(() => resolve(false), ms));
    if (!(await Promise.race([answer, late(2000)]))) return false;
    return await Promise.race([tookOver, late(2000)]);
  } catch (error) {
    console.warn("Segmenter's new version could not take over:", error);
    return false;
  }
}
