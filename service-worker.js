// The service worker that keeps the app's own files in this browser, so that after one
// visit the page starts with the network off. This is its source: scripts/build-offline
// writes each build's copy (dist/service-worker.js) with BUILD filled in, and boot.js
// registers it.
//
// It answers only for the files of its build, from its cache (cache-first), and asks only
// this site for them, each checked against its SHA-256 before it is kept. Any other request
// is left to the browser, untouched; the Content-Security-Policy forbids other origins.

// Every file of the build ("index.html", "page-….js", …) with its SHA-256, and a version
// made from them all: a new build is a new version, kept in a cache of its own.
const BUILD = /* BUILD */ null;

const PREFIX = "segmenter-offline-";
const CACHE = PREFIX + BUILD.version;
const SCOPE = new URL(self.registration.scope);
// The page itself is kept under the folder's address ("./"), which is what a visit asks
// for; the address of every other file is its own.
const keyOf = (file) => new URL(file === "index.html" ? "./" : file, SCOPE).href;
const KEPT = new Set(Object.keys(BUILD.files).map(keyOf));

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Fetches one file of the build from the site and keeps it, if it is the one listed. */
async function keep(cache, file, sha256) {
  // "reload": a copy the browser's HTTP cache may hold could be the previous build's.
  const response = await fetch(keyOf(file), { cache: "reload" });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const got = hex(await crypto.subtle.digest("SHA-256", body));
  // A deployment under way (or a server that rewrites files) would mix builds.
  if (got !== sha256) throw new Error(`${file} is not the file of build ${BUILD.version}`);
  // A fresh response, so that one that came through a redirect can still answer a visit.
  const { status, statusText, headers } = response;
  await cache.put(keyOf(file), new Response(body, { status, statusText, headers }));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(Object.entries(BUILD.files).map(([file, sha256]) => keep(cache, file, sha256)));
      } catch (error) {
        // Nothing half-kept: the browser tries again on a later visit.
        await caches.delete(CACHE);
        throw error;
      }
      // On the first visit there is no older version to let go: take charge at once, so
      // that this visit already leaves the app working offline. A new version waits (see
      // the "message" listener).
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// A new version takes over when a page, just loaded and before starting the app, asks it
// to (boot.js), and only if that page is the app's only one open: a merchant's work in
// another tab would otherwise go on with a worker this version no longer keeps the files
// of. Otherwise it waits, as service workers do, until the app's pages are all closed.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "segmenter:take-over" || !event.ports[0]) return;
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const alone = pages.length <= 1;
      if (alone) await self.skipWaiting();
      event.ports[0].postMessage({ alone });
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  // A visit to the page, whatever its query (?host-origin=… when embedded), is the page.
  if (request.mode === "navigate" && (url.pathname === SCOPE.pathname || url.pathname === SCOPE.pathname + "index.html")) {
    url.href = SCOPE.href;
  }
  if (!KEPT.has(url.href)) return;
  // Cache-first; the site only if the browser has dropped the cache meanwhile.
  event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((kept) => kept || fetch(request)));
});
