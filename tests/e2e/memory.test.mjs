// Memory over repeated analyses of a 5M-row file (504 MB) in one page: after the third
// analysis the page and its worker hold no more than 10 % more than after the first.
//
// Opt-in, as it needs the big file (made once with ../shared/tools/gen_orders.py into
// target/bench-data/, as scripts/bench makes it) and about 1.5 GB of memory:
//   SEGMENTER_MEMORY=1 node --test tests/e2e/memory.test.mjs
// SEGMENTER_MEMORY_FILE=… measures another file. Each test takes about 40 s here.
//
// Measured after a garbage collection in the page and in the worker (Chromium started with
// --expose-gc): the resident memory of the renderer process the page and its worker share
// (VmRSS: the WebAssembly memory, the JavaScript heaps, the DOM), the worker's WebAssembly
// memory (it only grows, so it shows whether freed memory is reused), and the page's
// JavaScript heap.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";
import { DIST, ROOT, segmented } from "./app.mjs";

const enabled = process.env.SEGMENTER_MEMORY === "1";
const skip = !enabled && "set SEGMENTER_MEMORY=1 to measure memory over three analyses of a 5M-row file";
const FILE = process.env.SEGMENTER_MEMORY_FILE || path.join(ROOT, "target/bench-data/orders-5000000.csv");
/** How much more the third analysis may leave behind than the first. */
const FLAT = 1.1;

let server, url;
before(async () => {
  if (!enabled) return;
  if (!fs.existsSync(FILE)) {
    const venv = path.join(ROOT, ".venv/bin/python");
    const python = fs.existsSync(venv) ? venv : "python3";
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    execFileSync(python, [path.join(ROOT, "../shared/tools/gen_orders.py"), "5000000", "--seed", "1", "-o", FILE], {
      stdio: "inherit",
    });
  }
  ({ server, url } = await serve(DIST));
});
after(() => server?.close());

/** Process ids descending from this one: the browser it started, and its children. */
function descendants(root) {
  const parent = new Map();
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      // The parent is the 4th field, after the name in parentheses (which may hold spaces).
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const ours = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (ours.has(ppid) && !ours.has(pid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  return [...ours];
}

/** Resident memory of the biggest renderer of this test's browser: the page's. */
function rendererResident() {
  let biggest = 0;
  for (const pid of descendants(process.pid)) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const rss = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
      if (rss) biggest = Math.max(biggest, Number(rss[1]) * 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return biggest;
}

/** A page of the app in a fresh browser that allows forcing garbage collections. */
async function openApp() {
  const context = await launch({ args: ["--js-flags=--expose-gc"] });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  // Confirm the mapping once on the file's first rows, as a returning merchant has: the big
  // file then goes straight to its segments.
  const head = fs.readFileSync(FILE).subarray(0, 20_000).toString("utf8");
  const small = path.join(path.dirname(FILE), "memory-mapping.csv");
  fs.writeFileSync(small, head.slice(0, head.lastIndexOf("\n") + 1));
  await segmented(page, small);
  fs.rmSync(small);
  return { context, page, cdp, errors };
}

/** Waits for the prediction the page asks for once the segments are on show: its figures
 * join the segments' table. (The worker makes it a stage at a time, and would be measured
 * between two of them.) */
async function predicted(page) {
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor({ timeout: 180_000 });
}

/** Memory once the page and the worker have collected their garbage, in bytes. */
async function memory({ page, cdp }) {
  const worker = page.workers().find((w) => w.url().includes("worker_loader"));
  await page.evaluate(() => gc());
  // `wasm_bindgen` is the worker's glue; called again, it returns the running instance.
  const wasm = await worker.evaluate(async () => {
    gc();
    return (await wasm_bindgen()).memory.buffer.byteLength;
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  return { renderer: rendererResident(), wasm, heap };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Reports the figures and checks the third analysis left memory within `FLAT` of the first. */
function checkFlat(t, figures) {
  for (const [label, m] of figures) {
    t.diagnostic(`${label}: renderer ${mb(m.renderer)}, worker's WebAssembly ${mb(m.wasm)}, page's JS heap ${mb(m.heap)}`);
  }
  const first = figures[0][1];
  const third = figures[2][1];
  assert.ok(third.renderer <= first.renderer * FLAT, `renderer ${mb(first.renderer)} → ${mb(third.renderer)}`);
  assert.ok(third.wasm <= first.wasm * FLAT, `worker's WebAssembly ${mb(first.wasm)} → ${mb(third.wasm)}`);
}

test("a 5M-row file dropped three times in one page leaves memory flat", { skip, timeout: 600_000 }, async (t) => {
  const app = await openApp();
  const figures = [];
  try {
    for (let round = 1; round <= 3; round++) {
      await app.page.evaluate(() => {
        window.__before = document.querySelector('[data-testid="segments-table"]');
      });
      await app.page.getByTestId("file-input").setInputFiles(FILE);
      // The new results replace the table on show.
      await app.page.waitForFunction(
        () => {
          const table = document.querySelector('[data-testid="segments-table"]');
          return table && table !== window.__before;
        },
        null,
        { timeout: 180_000, polling: 200 },
      );
      assert.match(await app.page.getByTestId("headline").textContent(), /5,000,000 orders/);
      await predicted(app.page);
      figures.push([`after analysis ${round}`, await memory(app)]);
    }
    assert.deepEqual(app.errors, []);
  } finally {
    await app.context.close();
  }
  checkFlat(t, figures);
});

test("a 5M-row file analysed three times as of other dates leaves memory flat", { skip, timeout: 600_000 }, async (t) => {
  const app = await openApp();
  const figures = [];
  try {
    await app.page.getByTestId("file-input").setInputFiles(FILE);
    await app.page.waitForFunction(
      () => document.querySelector('[data-testid="headline"]')?.textContent.includes("5,000,000 orders"),
      null,
      { timeout: 180_000, polling: 200 },
    );
    await predicted(app.page);
    figures.push(["after analysis 1", await memory(app)]);
    // A new reference date: every feature computed again, nothing read again.
    for (const [round, day] of [[2, "2026-01-01"], [3, "2025-12-01"]]) {
      const scores = await app.page.getByTestId("score-explanation").textContent();
      await app.page.getByTestId("results-reference").fill(day);
      await app.page.getByTestId("results-reference").dispatchEvent("change");
      await app.page.waitForFunction(
        (old) => document.querySelector('[data-testid="score-explanation"]')?.textContent !== old,
        scores,
        { timeout: 180_000, polling: 200 },
      );
      await app.page.getByTestId("progress").waitFor({ state: "detached", timeout: 180_000 });
      await predicted(app.page);
      figures.push([`after analysis ${round} (as of ${day})`, await memory(app)]);
    }
    assert.deepEqual(app.errors, []);
  } finally {
    await app.context.close();
  }
  checkFlat(t, figures);
});
