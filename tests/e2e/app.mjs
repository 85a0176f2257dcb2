// Opening the built app in Chromium, with every network request recorded.
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// SEGMENTER_DIST serves another build (a second checkout's, or one made beside this one).
export const DIST = process.env.SEGMENTER_DIST || path.join(ROOT, "dist");
export const FIXTURES = path.join(ROOT, "tests/fixtures");
// A build with a service worker (scripts/build-offline) keeps its files on the first visit.
export const OFFLINE = fs.existsSync(path.join(DIST, "service-worker.js"));

/** Serves dist/ and starts Chromium (with `options` such as a `locale`); `close()` stops both. */
export async function startApp(options = {}) {
  const { server, url } = await serve(DIST);
  const context = await launch(options);
  // Anything not from our own server is blocked and remembered, so a test can fail on it.
  const foreign = [];
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith(url) || target.startsWith("blob:") || target.startsWith("data:")) return route.continue();
    foreign.push(target);
    return route.abort();
  });
  return {
    url,
    context,
    foreign,
    close: async () => {
      await context.close();
      server.close();
    },
  };
}

/**
 * Opens the page and waits until the engine's worker is running and, on a first visit, the
 * service worker has kept the app's files (its requests to the site are part of loading).
 * Returns the page and the list of requests made after that point, which must stay empty.
 * `query` is added to the page's address (`?readers=2`).
 */
export async function openPage(app, query = "") {
  const page = await app.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(app.url + query);
  await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 30_000 });
  if (OFFLINE) await page.evaluate(() => navigator.serviceWorker.ready);
  // Each test starts without mappings remembered by an earlier one.
  await page.evaluate(() => localStorage.clear());
  const requestsAfterLoad = [];
  page.on("request", (r) => requestsAfterLoad.push(r.url()));
  page.context().on("request", (r) => {
    if (!requestsAfterLoad.includes(r.url())) requestsAfterLoad.push(r.url());
  });
  return { page, requestsAfterLoad, errors };
}

/** The sample shop's orders, which most tests segment. */
export const SMALL_ORDERS = path.join(FIXTURES, "orders-small.csv");

/** Drops `file` (a path, or `{ name, mimeType, buffer }`) on the page, keeps the mapping it
 * proposes and waits for the segments. */
export async function segmented(page, file = SMALL_ORDERS) {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
}

/** Opens the rule builder and names its scheme `scheme` and its first segment `segment`, as
 * the merchant types them; the first rule. */
export async function namedInBuilder(page, scheme, segment) {
  await page.getByTestId("tab-builder").click();
  await page.getByTestId("scheme-name").fill(scheme);
  await page.getByTestId("scheme-name").press("Enter");
  await page.getByTestId("rule-0-name").fill(segment);
  await page.getByTestId("rule-0-name").press("Enter");
  return page.getByTestId("rule-0");
}

/** `segmented`, then waits for the prediction's figures in the segments table. */
export async function segmentedAndPredicted(page, file = SMALL_ORDERS) {
  await segmented(page, file);
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
}

/** Reads a Playwright download's text. */
export async function downloadText(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The segments table as { name → { customers, revenue } } (revenue as shown, whole units). */
export async function segmentsTable(page) {
  const rows = await page.locator('[data-testid="segments-table"] tbody tr').all();
  const table = {};
  for (const row of rows) {
    const name = await row.getAttribute("data-segment");
    const number = async (col) => Number((await row.locator(`[data-col="${col}"]`).textContent()).replace(/[^\d.-]/g, ""));
    table[name] = { customers: await number("customers"), revenue: await number("revenue") };
  }
  return table;
}

/** Places in the engine's `Request` enum, which postcard writes first in a request. */
export const REQUEST = { Migrate: 18, Predict: 20, Cohorts: 22 };

/**
 * Counts from now on the requests of each kind the page sends its engine (workers started
 * later too): the messages posted to a worker whose postcard bytes, after the id, open with
 * a `Request` place. `requestsSent(page, REQUEST.Migrate)` reads the count.
 */
export async function countRequests(page) {
  await page.evaluate(() => {
    window.__requests = {};
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (envelope, transfer) {
      const msg = envelope?.msg;
      if (msg instanceof Uint8Array) {
        let at = 0;
        while (msg[at] & 0x80) at++;
        window.__requests[msg[at + 1]] = (window.__requests[msg[at + 1]] ?? 0) + 1;
      }
      return post.call(this, envelope, transfer);
    };
  });
}

/** How many requests of the `REQUEST` place `kind` were sent since `countRequests`. */
export async function requestsSent(page, kind) {
  return page.evaluate((kind) => window.__requests[kind] ?? 0, kind);
}

/** Sets the prediction's horizon on the Future value tab, once it is made, and waits for
 * its figures. */
export async function horizonSet(page, days) {
  await page.getByTestId("tab-future").click();
  const horizon = page.getByTestId("prediction-horizon");
  await horizon.fill(String(days));
  await horizon.dispatchEvent("change");
  await page.getByTestId("prediction-headline").filter({ hasText: `next ${days} days` }).waitFor();
}

/** Imports `scheme` (name, rules, otherwise) as a scheme file, and waits for it on show. */
export async function schemeImported(page, scheme) {
  await schemeFileOpened(page, scheme);
  await page.getByTestId("scheme-title").filter({ hasText: new RegExp(`^${scheme.name}`) }).waitFor();
}

/** Opens `scheme` as a scheme file with *Import*, without waiting for what follows. The
 * file is given as bytes: one on disk must stay until the page has read it. */
export async function schemeFileOpened(page, scheme) {
  await page.getByTestId("import-scheme").setInputFiles({
    name: "scheme.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(scheme)),
  });
}

/** Imports a rule on the purchases expected over the horizon, "Buying again", and waits
 * for it on show. */
export async function buyingAgainImported(page) {
  await schemeImported(page, {
    name: "Buying again",
    rules: [{ segment: "One purchase or more to come", when: { between: { feature: "expected_purchases", min: 1.0, max: null } } }],
    otherwise: "Less",
  });
}
