// Browser benchmark: drops generated order files into the release app in headless
// Chromium and prints, per file, the time from the drop to the segments table being
// visible, the page's peak memory, and the longest main-thread task while it ran; then how
// long switching to another scheme takes over all of the file's customers (the median of
// six switches: the engine's answer as the page reports it, and the table redrawn).
//
//   node tests/bench/browser.mjs FILE…    (scripts/bench builds the app and the files)
//
// The same files go, in the same browser and taking turns with Segmenter, to DuckDB-WASM
// (npm @duckdb/duckdb-wasm, served from node_modules) running Segmenter's own SQL for RFM
// (`segmenter sql FILE --dialect duckdb`), and to the read floor: the file's bytes into
// memory and nothing more. A second table puts them side by side with the ratios, and with
// Segmenter reading with two workers (`?readers=2`; by default one per core but one).
//
// With `?profile` in its address the page prints, after the big file's segments are drawn,
// where the time went step by step (the engine's steps in its worker, then the page's); a
// third table puts each step's median beside the same engine's steps natively
// (`crates/engine/examples/segment.rs`, built by scripts/bench).
//
// Before any file, the first visit: the page's first paint and the moment it is ready for a
// file (its worker started), in a fresh browser from the local server and then again in
// the same browser, beside the size of the WebAssembly a first visit downloads.
//
// RUNS=n measures each file n times in fresh browsers and reports the median time (and the
// highest peak): on a shared 2-core machine one run can be 10% off.
//
// CHOOSING_MS=n is the moment a merchant takes to choose their file once the page is ready
// (1000 by default; 0 drops it the instant the page is ready), in every contender alike. The
// app's worker uses such a moment to rehearse on its sample shop (src/worker/rehearsal.rs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { launch } from "../e2e/browser.mjs";
import { serve } from "../e2e/server.mjs";
import { DIST, OFFLINE, ROOT } from "../e2e/app.mjs";

const CHOOSING_MS = Number(process.env.CHOOSING_MS ?? 1000);

/** Peak resident memory (VmHWM) of Chromium's renderer processes, in bytes. */
function rendererPeak() {
  let peak = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("--type=renderer") || !cmd.includes("segmenter-chromium-")) continue;
      const hwm = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return peak;
}

async function measure(url, file) {
  const context = await launch();
  try {
    const page = await context.newPage();
    const profiles = [];
    page.on("console", (message) => {
      if (message.text().startsWith("Segmenter profile of ")) profiles.push(message.text());
    });
    await page.goto(url);
    await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 60_000 });
    // The service worker's first keeping of the app's files is over before anything is timed.
    if (OFFLINE) await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(CHOOSING_MS);
    // Confirm the mapping once on a small file with the same headers, as a returning
    // merchant has: the big file then goes straight to the segments.
    const head = fs.readFileSync(file, "utf8").split("\n").slice(0, 200).join("\n") + "\n";
    const small = path.join(path.dirname(file), "bench-mapping.csv");
    fs.writeFileSync(small, head);
    await page.getByTestId("file-input").setInputFiles(small);
    await page.getByTestId("segment").click();
    await page.getByTestId("segments-table").waitFor();
    const baseline = rendererPeak();
    await page.evaluate(() => {
      window.__bench = { longest: 0 };
      document.querySelector('[data-testid="file-input"]').addEventListener(
        "change",
        () => { window.__bench.start = performance.now(); window.__bench.end = undefined; },
        { capture: true, once: true },
      );
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
      }).observe({ type: "longtask" });
      // The table is replaced when the new results arrive: note when the new one appears.
      const old = document.querySelector('[data-testid="segments-table"]');
      new MutationObserver(() => {
        const table = document.querySelector('[data-testid="segments-table"]');
        if (table && table !== old && window.__bench.start && !window.__bench.end) window.__bench.end = performance.now();
        // When reading ends and the analysis starts, as the progress panel says.
        const progress = document.querySelector('[data-testid="progress"]')?.textContent ?? "";
        if (window.__bench.start && !window.__bench.read && progress.includes("Segmenting")) window.__bench.read = performance.now();
        // When the prediction the page asks for once the segments are on show is made.
        const runTime = document.querySelector('[data-testid="run-time"]')?.textContent ?? "";
        if (window.__bench.end && runTime.includes("Predicting")) window.__bench.predicting = true;
        if (window.__bench.predicting && !runTime.includes("Predicting")) window.__bench.predicted = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId("file-input").setInputFiles(file);
    await page.waitForFunction(() => window.__bench.end !== undefined, null, { timeout: 120_000, polling: 50 });
    const { start, end, read, longest } = await page.evaluate(() => window.__bench);
    const headline = await page.getByTestId("headline").textContent();
    const peak = rendererPeak();
    const reading = read ? (read - start) / 1000 : NaN;
    // The page asks for the prediction once the segments are on show: a switch asked the
    // moment it says so is answered between two of the prediction's stages; the other
    // switches are timed once it is made, with its memory counted.
    await page.waitForFunction(() => window.__bench.predicting, null, { timeout: 60_000, polling: 10 });
    const whilePredicting = (await timedSwitch(page, "p:repeat")).drawn;
    await page.waitForFunction(() => window.__bench.predicted, null, { timeout: 120_000, polling: 50 });
    const switches = await schemeSwitches(page);
    const predicted = rendererPeak();
    const profile = await profileOf(profiles, path.basename(file));
    // The prediction's own step is in the profile of the first switch drawn once it is made.
    const predict = "predict purchases and value";
    const switched = profiles
      .filter((p) => p.startsWith("Segmenter profile of the switch to"))
      .map(stepsOf)
      .find((steps) => steps.has(predict));
    if (profile && switched?.has(predict)) {
      profile.set(predict, switched.get(predict));
      profile.memory.set(predict, switched.memory.get(predict));
    }
    return { seconds: (end - start) / 1000, reading, peak, predicted, baseline, longest, headline, profile, whilePredicting, ...switches };
  } finally {
    await context.close();
  }
}

/** The steps of the profile the page printed for `name` (with `?profile`): name → ms. */
async function profileOf(printed, name) {
  for (let wait = 0; wait < 100 && !printed.some((p) => p.startsWith(`Segmenter profile of ${name}:`)); wait++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const text = printed.find((p) => p.startsWith(`Segmenter profile of ${name}:`));
  return text ? stepsOf(text) : undefined;
}

/** A printed profile's lines ("  step   12.3 ms   640 MB") as step → ms, and the engine's
 * memory at each step's end as step → MB (the page's own steps have none). */
function stepsOf(text) {
  const steps = new Map();
  steps.memory = new Map();
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*(.+?)\s{2,}([\d.]+) ms(?:\s+(\d+) MB)?$/);
    if (!m) continue;
    steps.set(m[1], Number(m[2]));
    if (m[3] !== undefined) steps.memory.set(m[1], Number(m[3]));
  }
  return steps;
}

/** DuckDB-WASM running `sql` over `file`, or the read floor (`mode` "duckdb" or "floor"):
 * seconds from the file's choice to the answer, customers, and the page's peak memory. */
async function measureAlternative(url, file, mode, sql) {
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.goto(`${url}alternatives/?mode=${mode}`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 });
    await page.evaluate((q) => { window.__sql = q; }, sql);
    await page.waitForTimeout(CHOOSING_MS);
    const baseline = rendererPeak();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 300_000, polling: 50 });
    const result = await page.evaluate(() => window.__bench);
    if (result.error) throw new Error(`${mode} on ${path.basename(file)}: ${result.error}`);
    return { ...result, peak: rendererPeak(), baseline };
  } finally {
    await context.close();
  }
}

/** Milliseconds from the navigation to the first contentful paint (the app's top, which
 * index.html shows until the WebAssembly draws the app) and to the page being ready for a
 * file (its engine's worker started), on a first visit in a fresh browser and on a second
 * in the same one. */
async function firstVisits(url) {
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.segmenter[data-engine="ready"]')) {
          window.__ready = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const visit = async () => {
      await page.goto(url);
      await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 60_000 });
      return page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: window.__ready,
        // Whether the service worker answered the page's requests (it keeps the files).
        kept: Boolean(navigator.serviceWorker?.controller),
      }));
    };
    const first = await visit();
    if (OFFLINE) await page.evaluate(() => navigator.serviceWorker.ready);
    return { first, again: await visit() };
  } finally {
    await context.close();
  }
}

/** The WebAssembly files a first visit downloads, the page's and its worker's, each as
 * [whose, bytes compressed by `gzip -9`] (the tool the README's sizes are measured with). */
function firstLoadSizes() {
  return fs
    .readdirSync(DIST)
    .filter((name) => name.endsWith(".wasm"))
    .sort()
    .map((name) => [
      name.startsWith("worker") ? "the worker" : "the page",
      execFileSync("gzip", ["-9", "-c", path.join(DIST, name)], { maxBuffer: 1 << 26 }).length,
    ]);
}

/** The middle value of `values` (the upper of the two middle ones for an even count). */
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A switch of scheme from the picker to `value`: ms from the choice to the new scheme's
 * title on show, and the engine's answer as the page times it (when it shows it). */
async function timedSwitch(page, value) {
  await page.evaluate(() => {
    const title = () => document.querySelector('[data-testid="scheme-title"]')?.textContent;
    const before = title();
    window.__switch = {};
    document.querySelector('[data-testid="scheme-picker"]').addEventListener(
      "change",
      () => { window.__switch.start = performance.now(); },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (title() !== before && window.__switch.end === undefined) {
        window.__switch.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId("scheme-picker").selectOption(value);
  await page.waitForFunction(() => window.__switch.end !== undefined, null, { polling: 10 });
  const drawn = await page.evaluate(() => window.__switch.end - window.__switch.start);
  const answered = (await page.getByTestId("run-time").textContent()).match(/in ([\d,]+) ms/);
  return { drawn, answered: answered && Number(answered[1].replace(/,/g, "")) };
}

/** Median times of switching schemes from the picker: engine answer and table redrawn. */
async function schemeSwitches(page) {
  const answered = [], drawn = [];
  for (const value of ["p:loyalty", "p:repeat", "p:rfm-5", "p:loyalty", "p:repeat", "p:rfm-5"]) {
    const timed = await timedSwitch(page, value);
    drawn.push(timed.drawn);
    answered.push(timed.answered);
  }
  return { switchAnswered: middle(answered), switchDrawn: middle(drawn) };
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: node tests/bench/browser.mjs FILE…");
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.RUNS || 1));
const { server, url } = await serve(DIST, 0, {
  "/alternatives/": path.join(ROOT, "tests/bench/duckdb-wasm"),
  "/node_modules/": path.join(ROOT, "node_modules"),
});
const CLI = path.join(ROOT, "target/release/segmenter");
const EXAMPLE = path.join(ROOT, "target/release/examples/segment");
/** The median run of `all` by time, with the highest peak of them. */
function summary(all) {
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  const highest = all.reduce((a, b) => (b.peak > a.peak ? b : a));
  const predicted = Math.max(...all.map((r) => r.predicted ?? 0));
  return { ...sorted[Math.floor(sorted.length / 2)], peak: highest.peak, baseline: highest.baseline, predicted };
}
const visits = [];
for (let i = 0; i < runs; i++) {
  const v = await firstVisits(url);
  visits.push(v);
  console.error(`first visit: painted ${v.first.paint.toFixed(0)} ms, ready ${v.first.ready.toFixed(0)} ms; again ${v.again.paint.toFixed(0)} ms, ${v.again.ready.toFixed(0)} ms`);
}
const rows = [];
const sideBySide = [];
const profiles = [];
for (const file of files) {
  const size = fs.statSync(file).size;
  const sql = execFileSync(CLI, ["sql", file, "--dialect", "duckdb", "--table", "orders"], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 26 }).toString();
  const all = [], two = [], duck = [], floor = [];
  // They take turns, so a disturbance of the shared machine falls on all of them.
  for (let i = 0; i < runs; i++) {
    const r = await measure(`${url}?profile`, path.resolve(file));
    all.push(r);
    console.error(`${path.basename(file)}: ${r.seconds.toFixed(2)} s (reading ${r.reading.toFixed(2)} s, then segmenting and drawing), ${(r.peak / 1e6).toFixed(0)} MB peak, ${r.headline}, scheme switch ${r.switchAnswered} ms`);
    const o = await measure(`${url}?readers=2`, path.resolve(file));
    two.push(o);
    console.error(`${path.basename(file)}: two readers ${o.seconds.toFixed(2)} s (reading ${o.reading.toFixed(2)} s), ${(o.peak / 1e6).toFixed(0)} MB peak`);
    const d = await measureAlternative(url, path.resolve(file), "duckdb", sql);
    duck.push(d);
    console.error(`${path.basename(file)}: DuckDB-WASM ${d.seconds.toFixed(2)} s, ${(d.peak / 1e6).toFixed(0)} MB peak, ${d.customers} customers`);
    const f = await measureAlternative(url, path.resolve(file), "floor", "");
    floor.push(f);
    console.error(`${path.basename(file)}: read floor ${f.seconds.toFixed(2)} s`);
  }
  const median = summary(all);
  rows.push({ file: path.basename(file), size, ...median, runs });
  const native = stepsOf(execFileSync(EXAMPLE, [path.resolve(file)]).toString());
  profiles.push({ file: path.basename(file), browser: all.map((r) => r.profile).filter(Boolean), native });
  sideBySide.push({ file: path.basename(file), segmenter: median, two: summary(two), duckdb: summary(duck), floor: summary(floor) });
}
server.close();
const kb = (b) => `${Math.round(b / 1e3).toLocaleString("en")} KB`;
const sizes = firstLoadSizes();
console.log("\n| Visit | First paint | Ready for a file | WebAssembly downloaded (gzip -9) |");
console.log("| --- | ---: | ---: | --- |");
const downloaded = `${sizes.map(([whose, b]) => `${whose} ${kb(b)}`).join(" + ")} = ${kb(sizes.reduce((t, [, b]) => t + b, 0))}`;
for (const [label, of, what] of [
  ["First, in a fresh browser", (v) => v.first, downloaded],
  ["Again, in the same browser", (v) => v.again, visits.every((v) => v.again.kept) ? "none: kept by the service worker" : "from the browser's cache"],
]) {
  console.log(`| ${label} | ${middle(visits.map((v) => of(v).paint)).toFixed(0)} ms | ${middle(visits.map((v) => of(v).ready)).toFixed(0)} ms | ${what} |`);
}
console.log(`\n(${runs > 1 ? `Median of ${runs} visits each, ` : ""}from the navigation, this machine's local server: the first contentful paint (the app's top, which index.html shows while the WebAssembly loads), and the page ready for a file once its engine's worker has started.)`);

console.log("\n| File | Size | Customers | Drop → segments visible | Peak memory of the page | of which for the file | Peak with the prediction | Longest main-thread task | Switch scheme: engine answer / table redrawn | Switch asked as the prediction starts: shown |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
for (const r of rows) {
  console.log(
    `| ${r.file} | ${mb(r.size)} | ${r.headline.match(/^([\d,]+) customers/)[1]} | ${r.seconds.toFixed(2)} s | ${mb(r.peak)} | ${mb(r.peak - r.baseline)} | ${mb(r.predicted)} | ${r.longest.toFixed(0)} ms | ${r.switchAnswered} ms / ${r.switchDrawn.toFixed(0)} ms | ${r.whilePredicting.toFixed(0)} ms |`,
  );
}
console.log(`\n(${runs > 1 ? `Median of ${runs} runs; peak memory the highest of them. ` : ""}Each file is dropped ${CHOOSING_MS} ms after the page is ready, the moment a merchant takes to choose it (CHOOSING_MS). Peak memory: the renderer process hosting the page and its worker, VmHWM; 'for the file' subtracts the peak before the file was dropped; 'with the prediction' is the peak once the prediction the page asks for after the segments are on show is also made. The switches are timed once it is made, but one: the switch asked the moment the page says it is predicting, from the choice to the scheme on show.)`);

console.log("\n| File | Customers | Read floor (File → bytes) | DuckDB-WASM, Segmenter's SQL | Segmenter | Segmenter, two readers | Segmenter ÷ DuckDB-WASM | Segmenter ÷ read floor |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of sideBySide) {
  const s = r.segmenter, o = r.two, d = r.duckdb, f = r.floor;
  console.log(
    `| ${r.file} | ${d.customers.toLocaleString("en")} | ${f.seconds.toFixed(2)} s | ${d.seconds.toFixed(2)} s · ${mb(d.peak)} | ${s.seconds.toFixed(2)} s (reading ${s.reading.toFixed(2)} s) · ${mb(s.peak)} | ${o.seconds.toFixed(2)} s (reading ${o.reading.toFixed(2)} s) · ${mb(o.peak)} | ${(s.seconds / d.seconds).toFixed(2)} | ${(s.seconds / f.seconds).toFixed(1)} |`,
  );
}
console.log("\n(Each from the file's choice to the answer: Segmenter's segments on screen, DuckDB-WASM's one row per customer. Memory: the page's renderer at its peak.)");

console.log(`\n| Step: in the browser / natively | ${profiles.map((p) => p.file).join(" | ")} |`);
console.log(`| --- |${profiles.map(() => " ---: |").join("")}`);
// In the order of the profile with the most steps: a step only big files take (storing
// repeated texts once) comes where it is taken, not after the others.
const stepsIn = (p) => [...p.browser.flatMap((b) => [...b.keys()]), ...p.native.keys()];
const byMostSteps = [...profiles].sort((a, b) => new Set(stepsIn(b)).size - new Set(stepsIn(a)).size);
const stepNames = [...new Set(byMostSteps.flatMap(stepsIn))];
const ms = (v) => (v === undefined ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));
for (const step of stepNames) {
  const cells = profiles.map((p) => {
    const times = p.browser.map((b) => b.get(step)).filter((v) => v !== undefined).sort((a, b) => a - b);
    return `${ms(times[Math.floor(times.length / 2)])} / ${ms(p.native.get(step))}`;
  });
  console.log(`| ${step} | ${cells.join(" | ")} |`);
}
console.log("\n(Milliseconds: the page's profile (`?profile`), median of the runs, beside `cargo run --profile bench -p segmenter-engine --example segment -- FILE` on the same file. In the browser the engine runs on one core. Natively the orders' features are computed on the other core while the customers' details are gathered, so 'orders' features' there is only what was left after the details, and the segments' figures share both cores.)");

console.log(`\n| Memory taken by the step's end: in the browser / natively | ${profiles.map((p) => p.file).join(" | ")} |`);
console.log(`| --- |${profiles.map(() => " ---: |").join("")}`);
for (const step of stepNames.filter((s) => profiles.some((p) => p.native.memory.has(s)))) {
  const cells = profiles.map((p) => {
    const most = Math.max(...p.browser.map((b) => b.memory.get(step) ?? 0));
    const native = p.native.memory.get(step);
    return `${most || "–"} / ${native ?? "–"}`;
  });
  console.log(`| ${step} | ${cells.join(" | ")} |`);
}
console.log("\n(MB: in the browser the size of the engine's WebAssembly memory at the step's end, the highest of the runs (it never shrinks, so it is the most the worker has taken); natively the most the allocator has handed out by then.)");
