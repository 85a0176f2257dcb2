// Offline and as one file. After one visit the app starts and segments with the network
// off, from what its service worker kept, and it is installable; a new build's version is
// kept apart and takes over at the next start only when no other tab runs the old one;
// framed by another origin, the app keeps nothing. The single file
// (scripts/build-single-file) opens from disk, makes no request but data: and blob: ones,
// segments the sample shop and downloads a list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, DIST, startApp, openPage, downloadText } from "./app.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

const BUILD_OFFLINE = path.join(ROOT, "scripts/build-offline");
const BUILD_SINGLE_FILE = path.join(ROOT, "scripts/build-single-file");

/** The build's service worker's list: { version, files }. */
function buildOf(dir) {
  const source = fs.readFileSync(path.join(dir, "service-worker.js"), "utf8");
  return JSON.parse(source.match(/const BUILD = (\{[^]*?\n\});/)[1]);
}

/** A copy of the build to change, in a fresh folder. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-build-"));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

const ready = (page) => page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 30_000 });
const cacheNames = (page) => page.evaluate(() => caches.keys());

async function segmentSample(page) {
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor({ timeout: 30_000 });
  return page.locator('[data-testid="segments-table"] tbody tr').count();
}

test("every file of the build is listed, and a new build is a new version", () => {
  const { version, files } = buildOf(DIST);
  const built = fs.readdirSync(DIST).filter((f) => f !== "service-worker.js").sort();
  assert.deepEqual(Object.keys(files).sort(), built);
  for (const [file, sha256] of Object.entries(files)) {
    assert.equal(sha256, crypto.createHash("sha256").update(fs.readFileSync(path.join(DIST, file))).digest("hex"), file);
  }
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  for (const [, file] of html.matchAll(/(?:src|href|data-segmenter-js|data-segmenter-wasm)="\.\/([^"]+)"/g)) {
    assert.ok(files[file], `${file}, named by the page, is kept`);
  }

  const dir = copyOfDist();
  try {
    execFileSync("node", [BUILD_OFFLINE, dir]);
    assert.equal(buildOf(dir).version, version, "the same files make the same version");
    fs.appendFileSync(path.join(dir, "worker.js"), "\n");
    execFileSync("node", [BUILD_OFFLINE, dir]);
    const changed = buildOf(dir).version;
    assert.notEqual(changed, version, "a changed file makes a new version");
    fs.renameSync(path.join(dir, "worker.js"), path.join(dir, "engine.js"));
    execFileSync("node", [BUILD_OFFLINE, dir]);
    assert.notEqual(buildOf(dir).version, changed, "a renamed file makes a new version");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("after one visit the app starts and segments with the network off, and is installable", async () => {
  const { version, files } = buildOf(DIST);
  const app = await startApp();
  try {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await cacheNames(page), [`segmenter-offline-${version}`]);
    const kept = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), `segmenter-offline-${version}`);
    const expected = Object.keys(files).map((f) => new URL(f === "index.html" ? "./" : f, app.url).href);
    assert.deepEqual(kept.sort(), expected.sort());
    assert.deepEqual(requestsAfterLoad, [], "keeping the files is done before the page says it is ready");

    // Installable: Chromium reads the manifest and finds nothing missing.
    const cdp = await app.context.newCDPSession(page);
    assert.deepEqual((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, []);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.equal(manifest.url, new URL("manifest.webmanifest", app.url).href);
    assert.deepEqual(manifest.errors, []);
    const fields = JSON.parse(manifest.data);
    assert.equal(fields.short_name, "Segmenter");
    assert.equal(fields.start_url, "./");
    assert.equal(fields.display, "standalone");
    assert.ok(fields.icons.every((icon) => icon.src.startsWith("data:")), "no icon to fetch");
    await cdp.detach();

    await app.context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.ok((await segmentSample(page)) >= 5, "the sample shop's segments, offline");
    // Really offline: what the service worker does not keep does not come.
    assert.equal(await page.evaluate(() => fetch("./not-kept.txt").then(() => "fetched", () => "failed")), "failed");
    assert.deepEqual(errors, []);
    assert.deepEqual(app.foreign, []);
  } finally {
    await app.context.setOffline(false);
    await app.close();
  }
});

test("a new build takes over at the next start, once no other tab runs the old one", async () => {
  const dir = copyOfDist();
  const { server, url } = await serve(dir);
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const old = `segmenter-offline-${buildOf(dir).version}`;
    assert.deepEqual(await cacheNames(page), [old]);

    // A new build is deployed: a changed file the page names no hash of.
    fs.appendFileSync(path.join(dir, "worker_loader.js"), "// the next build\n");
    execFileSync("node", [BUILD_OFFLINE, dir]);
    const next = `segmenter-offline-${buildOf(dir).version}`;
    assert.notEqual(next, old);
    // The browser looks for a new version on visits, now and then; the test asks at once.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
    assert.deepEqual((await cacheNames(page)).sort(), [old, next].sort(), "the new version is kept beside the old");

    // A second tab starts while the first runs: the new version waits.
    const second = await context.newPage();
    await second.goto(url);
    await ready(second);
    assert.equal(await second.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting), true);
    assert.deepEqual((await cacheNames(second)).sort(), [old, next].sort());
    await second.close();

    // The only tab loads again: the new version takes over before the app starts.
    await page.reload();
    await page.waitForFunction(async (next) => {
      const registration = await navigator.serviceWorker.getRegistration();
      const names = await caches.keys();
      return !registration.waiting && names.length === 1 && names[0] === next;
    }, next);
    await ready(page);
    const loader = await page.evaluate(() => fetch("./worker_loader.js").then((r) => r.text()));
    assert.match(loader, /the next build/, "the page is served the new build's files");
    assert.ok((await segmentSample(page)) >= 5);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("framed by another origin, the app keeps nothing and asks for nothing more", async () => {
  const app = await serve(DIST);
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-host-"));
  fs.writeFileSync(path.join(hostDir, "index.html"), `<!DOCTYPE html><iframe src="${app.url}" width="720" height="900"></iframe>`);
  const host = await serve(hostDir);
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.frames().find((f) => f.url().startsWith(app.url));
    await frame.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 30_000 });
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    await page.waitForTimeout(1500);
    assert.equal(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), true);
    assert.deepEqual(await frame.evaluate(() => caches.keys()), []);
    assert.deepEqual(requests, []);
  } finally {
    await context.close();
    app.server.close();
    host.server.close();
    fs.rmSync(hostDir, { recursive: true, force: true });
  }
});

test("the single file opens from disk, makes no request and segments the sample shop", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-single-"));
  const file = path.join(dir, "segmenter.html");
  const printed = execFileSync("node", [BUILD_SINGLE_FILE, DIST, file]).toString();
  const sha256 = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  assert.match(printed, new RegExp(`SHA-256 ${sha256}`), "the script prints the file's SHA-256");
  const html = fs.readFileSync(file, "utf8");
  assert.match(html, /connect-src 'none'/);
  assert.doesNotMatch(html, /(?:src|href)="(?!data:)/, "no file named but data:");
  // What an auditor compares: the blocks decode to the build's own files, byte for byte.
  const block = (id) => Buffer.from(html.match(new RegExp(`id="${id}">([^<]*)</script>`))[1].replace(/\s+/g, ""), "base64");
  const boot = fs.readFileSync(path.join(DIST, "index.html"), "utf8").match(/data-segmenter-wasm="\.\/([^"]+)"/)[1];
  assert.ok(block("segmenter-page-wasm").equals(fs.readFileSync(path.join(DIST, boot))), boot);
  assert.ok(block("segmenter-worker-wasm").equals(fs.readFileSync(path.join(DIST, "worker_bg.wasm"))), "worker_bg.wasm");
  const again = execFileSync("node", [BUILD_SINGLE_FILE, DIST, path.join(dir, "again.html")]).toString();
  assert.equal(again.match(/SHA-256 (\w+)/)[1], sha256, "the same build makes the same file");

  const context = await launch();
  try {
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    // Every request, by the page, its worker or the browser for them; the page's own
    // opening is the one file: request.
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Whatever the policy refuses, from the first script on.
    await context.addInitScript(() => {
      window.refused = [];
      document.addEventListener("securitypolicyviolation", (e) => window.refused.push(e.effectiveDirective));
    });
    await page.goto(url);
    await ready(page);
    assert.ok((await segmentSample(page)) >= 5);
    assert.deepEqual(await page.evaluate(() => window.refused), [], "both scripts and the stylesheet are let in by their hashes");

    // Lists still download (from a blob: the page makes).
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
    assert.match((await downloadText(download)).replace(/^\uFEFF/, ""), /^customer_id,/);

    // The policy is in force: a connection is refused before anything is sent.
    const refused = await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective), { once: true });
          fetch("http://127.0.0.1:9/").catch(() => {});
        }),
    );
    assert.equal(refused, "connect-src");

    assert.deepEqual(requests.filter((r) => r === url).length >= 1, true);
    assert.deepEqual(requests.filter((r) => r !== url && !r.startsWith("blob:") && !r.startsWith("data:")), []);
    assert.ok(requests.some((r) => r.startsWith("blob:")), "the worker starts from a blob: URL");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
