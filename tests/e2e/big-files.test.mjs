// A big file in the browser: read by two workers as one reads it, progress while it is
// read, Cancel that stops the work and frees the workers (and brings back the results
// the work came after), and changes of choices that reuse what was read. (This machine
// has two cores, where one worker reads by default: `?readers=2` asks for two.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, openPage, FIXTURES, downloadText, segmentsTable, countRequests, requestsSent, horizonSet, namedInBuilder, REQUEST } from "./app.mjs";

let app, big;
before(async () => {
  app = await startApp();
  // About 40 MB: the fixture's orders repeated with new order ids and shifted customers.
  const [header, ...rows] = fs.readFileSync(path.join(FIXTURES, "orders-small.csv"), "utf8").trim().split("\n");
  const body = rows.filter((r) => /^\d+,C\d+,\d{4}-\d\d-\d\d,\d+\.\d\d,/.test(r));
  const out = [header];
  for (let copy = 0; out.length < 400_000; copy++) {
    for (const row of body) {
      const fields = row.split(",");
      fields[0] = String(1_000_000 + out.length);
      fields[1] = `C${copy}-${fields[1]}`;
      out.push(fields.join(","));
    }
  }
  big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-big-")), "orders-big.csv");
  fs.writeFileSync(big, out.join("\n") + "\n");
});
after(async () => {
  await app.close();
  fs.rmSync(path.dirname(big), { recursive: true, force: true });
});

test("a file read by two workers reads as one worker reads it", async () => {
  // The big file with awkward rows all through it: too few values, an amount that is not
  // a number, blank lines, and a region in quotes with a line break (so some cut may fall
  // inside quotes, and every later row's line number depends on it).
  const lines = fs.readFileSync(big, "utf8").trimEnd().split("\n");
  const out = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (i % 40_000 === 20_000) {
      const fields = line.split(",");
      out.push(fields.slice(0, 5).join(","));
      out.push([...fields.slice(0, 3), "abc", ...fields.slice(4)].join(","));
      out.push("");
      out.push([...fields.slice(0, 7), '"North\nEast"', ...fields.slice(8)].join(","));
    }
  });
  const awkward = path.join(path.dirname(big), "orders-awkward.csv");
  fs.writeFileSync(awkward, out.join("\n") + "\n");
  const seen = {};
  for (const readers of [1, 2]) {
    const { page, errors } = await openPage(app, `?readers=${readers}`);
    const workers = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.getByTestId("file-input").setInputFiles(awkward);
    await page.getByTestId("segment").click({ timeout: 60_000 });
    await page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
    const download = page.waitForEvent("download");
    await page.getByTestId("export-problems").click();
    seen[readers] = {
      headline: await page.getByTestId("headline").textContent(),
      segments: await segmentsTable(page),
      report: await page.getByTestId("report").textContent(),
      problems: await downloadText(await download),
    };
    // For two readers, the part reader the engine's worker started (the engine's own
    // worker started with the page).
    assert.equal(workers.length, readers - 1, workers.join(", "));
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.match(seen[1].report, /Line 20002: has 5 values/);
  assert.ok(seen[1].problems.split("\n").length > 20, seen[1].problems.slice(0, 300));
  assert.deepEqual(seen[2], seen[1]);
});

test("a big file shows progress, and Cancel stops it and leaves the app usable", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app, "?readers=2");
  await page.getByTestId("file-input").setInputFiles(big);
  const progress = page.getByTestId("progress");
  await progress.waitFor();
  assert.match(await progress.textContent(), /Reading .* of .* · .* rows · .* rows per second/);
  await page.getByTestId("cancel").click();
  await progress.waitFor({ state: "detached" });
  assert.equal(await page.getByTestId("mapping").count(), 0);
  // A fresh worker starts; the sample shop works right after.
  await page.locator('.segmenter[data-engine="ready"]').waitFor();
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  // Cancel ends the worker (and the part reader it started), so the fresh one loads the
  // engine's own files again; nothing else may be requested, and nothing from anywhere else.
  const own = ["worker_loader.js", "worker.js", "worker_bg.wasm"].map((f) => app.url + f);
  assert.ok(requestsAfterLoad.every((r) => own.includes(r)), requestsAfterLoad.join(", "));
  assert.deepEqual(app.foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Clicks the element `testid` names, then Cancel the moment the work it starts shows its
 * progress: in the page, between the engine's progress message and its answer. */
async function clickThenCancel(page, testid) {
  await page.evaluate((testid) => {
    const observer = new MutationObserver(() => {
      const cancel = document.querySelector('[data-testid="cancel"]');
      if (cancel) {
        observer.disconnect();
        cancel.click();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
    // Not left to cancel work started later, should this work show no progress.
    setTimeout(() => observer.disconnect(), 10_000);
    document.querySelector(`[data-testid="${testid}"]`).click();
  }, testid);
}

test("Cancel after results brings them back as they were, scheme, clusters, comparison, view and time zone, also from a view's own work (a comparison, clusters, cohorts); Cancel again starts over", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByTestId("segment").click({ timeout: 60_000 });
  await page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
  // Future value, which reads the prediction made once the segments are on show.
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor({ timeout: 60_000 });
  await page.getByTestId("scheme-picker").selectOption("p:future-value");
  const title = page.getByTestId("scheme-title");
  await title.filter({ hasText: /^Future value/ }).waitFor();
  const shown = async () => ({
    headline: await page.getByTestId("headline").textContent(),
    scheme: await title.textContent(),
    segments: await segmentsTable(page),
  });
  const before = await shown();
  // Stopped from another view, the results come back on it.
  const tab = (id) => page.getByTestId(id);
  await tab("tab-future").click();
  await page.getByTestId("prediction-headline").waitFor();
  // A decimal comma asked for on the mapping panel: the file is read again, and stopped.
  const separator = page.locator('[data-testid="mapping"] select.convention').first();
  const decimalCommaStopped = async () => {
    if (!(await separator.isVisible())) await page.locator('[data-testid="mapping"] summary').click();
    await separator.selectOption("comma");
    await page.getByTestId("segment").click();
    await page.getByTestId("cancel").click();
    await page.getByTestId("restoring").waitFor();
  };
  await decimalCommaStopped();
  assert.match(await page.getByTestId("progress").textContent(), /^Stopped\. The file is read again as it was/);
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await page.getByTestId("prediction-headline").waitFor({ timeout: 60_000 });
  assert.equal(await tab("tab-future").getAttribute("aria-selected"), "true");
  await tab("tab-segments").click();
  await title.filter({ hasText: /^Future value/ }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await shown(), before);
  await page.locator('[data-testid="mapping"] summary').click();
  assert.equal(await separator.inputValue(), "point");
  // Another time zone, stopped while the file is read in it: the file comes back read in
  // the zone it was, which stays the one chosen.
  const zone = page.getByTestId("time-zone");
  const zoneBefore = await zone.inputValue();
  await zone.selectOption(zoneBefore === "0" ? "60" : "0");
  await page.getByTestId("cancel").click();
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await title.filter({ hasText: /^Future value/ }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await shown(), before);
  await page.locator('[data-testid="mapping"] summary').click();
  assert.equal(await zone.inputValue(), zoneBefore);
  // Two dates compared on Through time, then another export stopped while it is read: the
  // results come back on that view with the dates' comparison, the export not compared.
  const summary = page.getByTestId("migration-summary");
  const migrationTitle = page.locator('[data-testid="migration"] h2');
  // The view names the scheme on show: Future value once it is predicted again.
  const ofFutureValue = page.locator(".migration-view .hint", { hasText: '"Future value"' });
  await tab("tab-migration").click();
  await page.getByTestId("migration-compare").click();
  await summary.waitFor({ timeout: 60_000 });
  const comparison = await summary.textContent();
  const compared = await migrationTitle.textContent();
  await page.getByTestId("migration-file").setInputFiles(big);
  await page.getByTestId("cancel").click();
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await ofFutureValue.waitFor({ timeout: 60_000 });
  assert.equal(await tab("tab-migration").getAttribute("aria-selected"), "true");
  await summary.waitFor({ timeout: 60_000 });
  // An export compared again would be read by now (0.6 s on this file), then shown.
  await page.waitForTimeout(1_000);
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 60_000 });
  assert.equal(await summary.textContent(), comparison);
  assert.equal(await migrationTitle.textContent(), compared);
  // Compared again, then a change elsewhere stopped: the comparison comes back with them.
  // Made before the change (the page says "Comparing…" from the task the button is
  // clicked in until the answer; the same comparison may be answered within a frame).
  await page.evaluate(() => document.querySelector('[data-testid="migration-compare"]').click());
  await page.waitForFunction(() => !document.querySelector('[data-testid="run-time"]').textContent.includes("Comparing"), null, { timeout: 60_000, polling: "raf" });
  await decimalCommaStopped();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await ofFutureValue.waitFor({ timeout: 60_000 });
  await summary.waitFor({ timeout: 60_000 });
  assert.equal(await summary.textContent(), comparison);
  assert.equal(await tab("tab-migration").getAttribute("aria-selected"), "true");
  await tab("tab-segments").click();
  await title.filter({ hasText: /^Future value/ }).waitFor();
  assert.deepEqual(await shown(), before);
  // The same dates asked again, and stopped while they are compared: not compared once
  // more, since that is what Cancel stopped; compared when asked.
  await tab("tab-migration").click();
  await summary.waitFor({ timeout: 60_000 });
  // Stopped before its answer, which the same comparison may give within a frame.
  await clickThenCancel(page, "migration-compare");
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await ofFutureValue.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 60_000 });
  assert.equal(await summary.count(), 0);
  await page.getByTestId("migration-compare").click();
  await summary.waitFor({ timeout: 60_000 });
  assert.equal(await summary.textContent(), comparison);
  // Made again for another date, once Future value is predicted as of it, and stopped:
  // back as of that date, without it.
  const reference = page.getByTestId("results-reference");
  await tab("tab-migration").click();
  await summary.waitFor({ timeout: 60_000 });
  // The tab waits for the prediction (70 ms on this file), then compares (0.35 s).
  await page.evaluate(() => {
    window.__waited = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="migration-waiting"]')) window.__waited = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await reference.fill("2025-10-01");
  await reference.dispatchEvent("change");
  // Cancel clicked in the page the frame the comparison shows its progress, well within
  // its 0.35 s (a click from the test could come after it).
  const cancelComparing = () => {
    const cancel = document.querySelector('[data-testid="cancel"]');
    const comparing = window.__waited && !document.querySelector('[data-testid="migration-waiting"]') && cancel;
    if (comparing) cancel.click();
    return Boolean(comparing);
  };
  await page.waitForFunction(cancelComparing, null, { timeout: 60_000, polling: "raf" });
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await ofFutureValue.waitFor({ timeout: 60_000 });
  assert.equal(await reference.inputValue(), "2025-10-01");
  assert.equal(await tab("tab-migration").getAttribute("aria-selected"), "true");
  await page.waitForTimeout(1_000);
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 60_000 });
  assert.equal(await summary.count(), 0);
  await tab("tab-segments").click();
  // Clusters on show, stopped from their tab: found again once the results are back, on
  // a predicted figure too (once the results are predicted again, not before, for want
  // of it, and over the horizon the merchant set).
  const threeClusters = () => page.waitForFunction(() => document.querySelectorAll('[data-testid="cluster-list"] li').length === 3, null, { timeout: 60_000 });
  await horizonSet(page, 90);
  await tab("tab-clusters").click();
  await page.getByTestId("cluster-expected_purchases").check();
  await page.getByTestId("cluster-k").selectOption("3");
  await page.getByTestId("run-clusters").click();
  await threeClusters();
  const clusterList = await page.getByTestId("cluster-list").textContent();
  await tab("tab-segments").click();
  const clustered = await shown();
  assert.notEqual(clustered.scheme, before.scheme);
  await tab("tab-clusters").click();
  await decimalCommaStopped();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await threeClusters();
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.equal(await tab("tab-clusters").getAttribute("aria-selected"), "true");
  assert.equal(await page.getByTestId("cluster-list").textContent(), clusterList);
  await tab("tab-segments").click();
  assert.deepEqual(await shown(), clustered);
  await tab("tab-future").click();
  await page.getByTestId("prediction-headline").filter({ hasText: "next 90 days" }).waitFor();
  assert.equal(await page.getByTestId("prediction-horizon").inputValue(), "90");
  // Stopped again while those clusters are found anew for the results brought back (they
  // are not on show yet): they come back all the same.
  await tab("tab-clusters").click();
  await decimalCommaStopped();
  await page.waitForFunction(() => {
    const cancel = document.querySelector('[data-testid="cancel"]');
    const finding = cancel && !document.querySelector('[data-testid="restoring"]');
    if (finding) cancel.click();
    return Boolean(finding);
  }, null, { timeout: 60_000, polling: "raf" });
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await threeClusters();
  assert.equal(await page.getByTestId("cluster-list").textContent(), clusterList);
  await tab("tab-segments").click();
  assert.deepEqual(await shown(), clustered);
  // Cohorts stopped while they are worked out, Cancel clicked as their progress shows: the
  // results come back on the segments, with the clusters, and the cohorts are not worked
  // out again.
  await countRequests(page);
  await clickThenCancel(page, "tab-cohorts");
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await title.filter({ hasText: clustered.scheme }).waitFor({ timeout: 60_000 });
  assert.equal(await tab("tab-segments").getAttribute("aria-selected"), "true");
  assert.deepEqual(await shown(), clustered);
  await page.waitForTimeout(1_000);
  assert.equal(await requestsSent(page, REQUEST.Cohorts), 1);
  await tab("tab-cohorts").click();
  await page.getByTestId("cohorts").waitFor({ timeout: 60_000 });
  await tab("tab-segments").click();
  // Stopped again while the results are brought back: the merchant starts over.
  await decimalCommaStopped();
  await page.getByTestId("cancel").click();
  await page.getByTestId("progress").waitFor({ state: "detached" });
  await page.getByTestId("sample").waitFor();
  assert.equal(await page.getByTestId("segments-table").count(), 0);
  const own = ["worker_loader.js", "worker.js", "worker_bg.wasm"].map((f) => app.url + f);
  assert.ok(requestsAfterLoad.every((r) => own.includes(r)), requestsAfterLoad.join(", "));
  assert.deepEqual(app.foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Cancel brings back a rule on the spend in a period as it was shown: its days, its segments and the top customers ranked over them", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByTestId("segment").click({ timeout: 60_000 });
  await page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
  // A rule on the spend over the last 182 days, shown.
  const rule = await namedInBuilder(page, "Lately", "100 or more lately");
  await rule.getByTestId("add-condition").click();
  await rule.locator("select.feature").selectOption("spend_in_period");
  const period = page.getByTestId("draft-period");
  const halfYear = /^The 182 days before /;
  await period.selectOption(await period.locator("option", { hasText: halfYear }).getAttribute("value"));
  await rule.getByTestId("min").fill("100");
  await rule.getByTestId("min").press("Enter");
  await page.getByTestId("apply-rules").click();
  const title = page.getByTestId("scheme-title");
  await title.filter({ hasText: /^Lately/ }).waitFor({ timeout: 60_000 });
  const shown = async () => ({
    headline: await page.getByTestId("headline").textContent(),
    scheme: await title.textContent(),
    segments: await segmentsTable(page),
  });
  const before = await shown();
  assert.ok(before.segments["100 or more lately"].customers > 0, JSON.stringify(before.segments));
  // The file read again with a decimal comma, and stopped.
  const separator = page.locator('[data-testid="mapping"] select.convention').first();
  await page.locator('[data-testid="mapping"] summary').click();
  await separator.selectOption("comma");
  await page.getByTestId("segment").click();
  await page.getByTestId("cancel").click();
  await page.getByTestId("restoring").waitFor();
  await page.getByTestId("restoring").waitFor({ state: "detached", timeout: 60_000 });
  await title.filter({ hasText: /^Lately/ }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await shown(), before);
  // The rule reads the same days, and the top customers rank over them.
  await page.getByTestId("tab-builder").click();
  await period.locator("option:checked", { hasText: halfYear }).waitFor({ state: "attached" });
  await page.getByTestId("tab-value").click();
  await page.getByTestId("top-customers").waitFor({ timeout: 60_000 });
  await page.getByTestId("value-period").locator("option:checked", { hasText: /^Named by a scheme: the 182 days before / }).waitFor({ state: "attached" });
  // Cancel ends the worker, so the fresh one loads the engine's own files again; nothing else.
  const own = ["worker_loader.js", "worker.js", "worker_bg.wasm"].map((f) => app.url + f);
  assert.ok(requestsAfterLoad.every((r) => own.includes(r)), requestsAfterLoad.join(", "));
  assert.deepEqual(app.foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("with ?profile, the console says where the time went, step by step", async () => {
  const { page, errors } = await openPage(app, "?profile&readers=2");
  const printed = [];
  page.on("console", (m) => {
    if (m.text().startsWith("Segmenter profile")) printed.push(m.text());
  });
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByTestId("segment").click({ timeout: 60_000 });
  await page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
  for (let i = 0; i < 100 && printed.length === 0; i++) await page.waitForTimeout(50);
  const [analysis] = printed;
  assert.ok(analysis?.startsWith("Segmenter profile of orders-big.csv:\n"), String(analysis));
  const lines = analysis.split("\n").slice(1).map((line) => {
    const m = line.match(/^ {2}(.+?) {2,}([\d.]+) ms(?: +(\d+) MB)?$/);
    assert.ok(m, line);
    return { step: m[1], ms: Number(m[2]), mb: m[3] === undefined ? undefined : Number(m[3]) };
  });
  const steps = new Map(lines.map((l) => [l.step, l.ms]));
  // The engine's steps say how big its memory was at their end, which only grows; the
  // page's own steps (decoding, drawing) say nothing of it.
  const engine = lines.filter((l) => !l.step.endsWith("(page)") && l.step !== "in all");
  const mb = new Map(engine.map((l) => [l.step, l.mb]));
  assert.ok(engine.every((l) => l.mb !== undefined), analysis);
  assert.ok(mb.get("read the file") >= 16, analysis);
  assert.ok(mb.get("bind rows to customers and orders") >= mb.get("read the file"), analysis);
  assert.ok(mb.get("segments' figures") >= mb.get("bind rows to customers and orders"), analysis);
  assert.ok(lines.filter((l) => l.step.endsWith("(page)")).every((l) => l.mb === undefined), analysis);
  assert.equal(lines.at(-1).mb, Math.max(...engine.map((l) => l.mb)), analysis);
  // Every step from the file to the painted table, read and bound taking real time.
  for (const step of [
    "read the file", "describe the columns", "bind rows to customers and orders",
    "gather customers' details", "orders' features", "RFM scores", "assign segments",
    "segments' figures", "encode and post the answer", "decode the answers (page)",
    "draw until painted (page)",
  ]) {
    assert.ok(steps.has(step), `${step} in ${analysis}`);
  }
  assert.ok(steps.get("read the file") > 10, analysis);
  assert.ok(steps.get("bind rows to customers and orders") > 1, analysis);
  const sum = [...steps].filter(([name]) => name !== "in all").reduce((a, [, ms]) => a + ms, 0);
  assert.ok(Math.abs(sum - steps.get("in all")) < 1, analysis);
  // A switch of scheme has its own profile: only what the switch did.
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  for (let i = 0; i < 100 && printed.length < 2; i++) await page.waitForTimeout(50);
  const switched = printed.find((p) => p.startsWith("Segmenter profile of the switch to Loyalty"));
  assert.ok(switched, printed.join("\n\n"));
  assert.ok(!switched.includes("read the file"), switched);
  assert.match(switched, /assign segments +[\d.]+ ms/);
  assert.deepEqual(errors, []);
  await page.close();

  // Without it, nothing is printed.
  const plain = await openPage(app);
  const quiet = [];
  plain.page.on("console", (m) => quiet.push(m.text()));
  await plain.page.getByTestId("sample").click();
  await plain.page.getByTestId("segments-table").waitFor();
  await plain.page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await plain.page.getByTestId("scheme-title").filter({ hasText: "Loyalty" }).waitFor();
  assert.deepEqual(quiet.filter((t) => t.startsWith("Segmenter profile")), []);
  await plain.page.close();
});

test("changing the reference date reuses what was read, and asks once", async () => {
  const { page } = await openPage(app, "?profile");
  // With ?profile the page prints a profile for each analysis it draws.
  const analyses = [];
  page.on("console", (m) => {
    if (m.text().startsWith(`Segmenter profile of ${path.basename(big)}`)) analyses.push(m.text());
  });
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByTestId("segment").click({ timeout: 60_000 });
  await page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
  const before = await page.getByTestId("headline").textContent();
  const scoresBefore = await page.getByTestId("score-explanation").textContent();
  // Watch every progress line from now on.
  await page.evaluate(() => {
    window.__stages = [];
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid="progress"] p');
      if (p) window.__stages.push(p.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const drawnBefore = analyses.length;
  // Filling the field fires a change, and a second change for the same date follows: the
  // date is asked for once (each analysis asked for again also makes its prediction again).
  await page.getByTestId("results-reference").fill("2026-01-01");
  await page.getByTestId("results-reference").dispatchEvent("change");
  // The segments are computed again as of the new date: recency cut points move.
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid="score-explanation"]')?.textContent !== old,
    scoresBefore,
  );
  const stages = await page.evaluate(() => window.__stages);
  assert.ok(stages.every((s) => !s.startsWith("Reading")), stages.join(" | "));
  assert.equal(await page.getByTestId("headline").textContent(), before);
  // A second analysis, served from the first, would be drawn within moments.
  await page.waitForTimeout(1000);
  assert.equal(analyses.length - drawnBefore, 1, analyses.join("\n"));
  await page.close();
});

test("a file cut short on disk while it is read gets a sentence, not a partial table", async () => {
  const { page, errors } = await openPage(app, "?readers=2");
  // Three times the big file (about 120 MB), so reading lasts long enough to cut it midway.
  const changing = path.join(path.dirname(big), "orders-changing.csv");
  const rows = fs.readFileSync(big, "utf8").split("\n").slice(1).join("\n");
  fs.writeFileSync(changing, fs.readFileSync(big, "utf8") + rows + rows);
  await page.getByTestId("file-input").setInputFiles(changing);
  await page.getByTestId("progress").waitFor();
  // Chromium's stream of a file cut short simply ends early, without an error.
  fs.truncateSync(changing, 5_000_000);
  const message = page.getByTestId("error");
  await message.waitFor({ timeout: 30_000 });
  assert.match(await message.textContent(), /could not read this file.*changed.*choose it again/);
  assert.equal(await page.getByTestId("mapping").count(), 0);
  // The app stays usable.
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
