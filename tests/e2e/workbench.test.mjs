// The segmentation workbench, as a merchant tries schemes in an afternoon: a custom scheme
// of two rules built in the page with live counts, saved and downloaded; built-in schemes
// from the picker; a cross-tab cell's customers; clusters; the top customers. The counts
// are checked against an independent computation from the file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startApp, openPage, segmented, schemeFileOpened, downloadText, segmentsTable, namedInBuilder, FIXTURES } from "./app.mjs";
import { referenceSegments, spentBetween, spentInLastDays } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");

/** How many customers the headline says the file has. */
async function customersInHeadline(page) {
  return Number((await page.getByTestId("headline").textContent()).match(/^([\d,]+) customers/)[1].replace(/,/g, ""));
}

/** The live counts table as { name → customers }. */
async function liveCounts(page) {
  const rows = await page.locator('[data-testid="live-counts"] tbody tr').all();
  const counts = {};
  for (const row of rows) {
    counts[await row.getAttribute("data-segment")] = Number((await row.locator('[data-col="customers"]').textContent()).replace(/\D/g, ""));
  }
  return counts;
}

/** Waits until the live counts show `expected`, or fails with what they show. */
async function expectLiveCounts(page, expected) {
  let shown;
  for (let i = 0; i < 50; i++) {
    shown = await liveCounts(page);
    if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(shown, expected);
}

/** Waits until the page has stored `language` as the one it speaks (the next test's page
 * starts in it). */
function speaks(page, language) {
  return page.waitForFunction((l) => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes(`"language":"${l}"`)), language);
}

/** Types `text` in `field` and leaves it. */
async function typedIn(field, text) {
  await field.fill(text);
  await field.dispatchEvent("change");
}

test("a two-rule custom scheme built in the page gets the counts the file gives", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const total = await customersInHeadline(page);
  const { customers } = referenceSegments(fs.readFileSync(ORDERS, "utf8"));
  const people = [...customers.values()];
  const big = people.filter((c) => c.monetary >= 500).length;
  const regulars = people.filter((c) => c.monetary < 500 && c.frequency >= 3).length;
  assert.ok(big > 10 && regulars > 10, `a fixture that tells the rules apart: ${big}, ${regulars}`);

  const first = await namedInBuilder(page, "Spend and habit", "Big spenders");
  await first.getByTestId("add-condition").click();
  await first.locator("select.feature").selectOption("monetary");
  await first.getByTestId("min").fill("500");
  await first.getByTestId("min").press("Enter");
  await expectLiveCounts(page, { "Big spenders": big, "Everyone else": total - big });

  await page.getByTestId("add-rule").click();
  const second = page.getByTestId("rule-1");
  await page.getByTestId("rule-1-name").fill("Regulars");
  await page.getByTestId("rule-1-name").press("Enter");
  await second.getByTestId("add-condition").click();
  await second.locator("select.feature").selectOption("frequency");
  await second.getByTestId("min").fill("3");
  await second.getByTestId("min").press("Enter");
  const expected = { "Big spenders": big, Regulars: regulars, "Everyone else": total - big - regulars };
  await expectLiveCounts(page, expected);

  // Rules moved show their own names and figures (the fields the merchant typed in kept
  // what was typed there: the first rule read "Big spenders … 500" over the regulars').
  const fields = async () => [
    await page.getByTestId("rule-0-name").inputValue(),
    await first.getByTestId("min").inputValue(),
    await page.getByTestId("rule-1-name").inputValue(),
    await second.getByTestId("min").inputValue(),
  ];
  await second.getByRole("button", { name: "Move up" }).click();
  await expectLiveCounts(page, { Regulars: people.filter((c) => c.frequency >= 3).length, "Big spenders": people.filter((c) => c.monetary >= 500 && c.frequency < 3).length, "Everyone else": total - big - regulars });
  assert.deepEqual(await fields(), ["Regulars", "3", "Big spenders", "500"]);
  await first.getByRole("button", { name: "Move down" }).click();
  await expectLiveCounts(page, expected);
  assert.deepEqual(await fields(), ["Big spenders", "500", "Regulars", "3"]);

  // The scheme's segments get the same views as RFM's: table, time taken, campaigns.
  await page.getByTestId("apply-rules").click();
  await page.locator('[data-testid="scheme-title"]', { hasText: "Spend and habit" }).waitFor();
  const shown = await segmentsTable(page);
  assert.deepEqual(Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v.customers])), expected);
  assert.match(await page.getByTestId("run-time").textContent(), /customers segmented in \d+ ms/);
  assert.ok((await page.getByTestId("campaigns").locator("article").count()) >= 3);

  // Saved in this browser, and downloadable as JSON rules.
  await page.getByTestId("save-scheme").click();
  await page.getByTestId("tab-builder").click();
  assert.match(await page.getByTestId("saved-0").locator("input").inputValue(), /Spend and habit/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByText("Download scheme (JSON)").click()]);
  assert.equal(file.suggestedFilename(), "segmenter-scheme-spend-and-habit.json");
  const scheme = JSON.parse(await downloadText(file));
  assert.deepEqual(scheme.rules.map((r) => r.segment), ["Big spenders", "Regulars"]);
  assert.deepEqual(scheme.rules[0].when, { all: [{ between: { feature: "monetary", min: 500, max: null } }] });

  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the rule builder counts its draft again after another date is asked for", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const text = fs.readFileSync(path.join(FIXTURES, "orders-small.csv"), "utf8");
  // A new scheme's one segment takes everyone: the customers as of each date.
  await page.getByTestId("tab-builder").click();
  const everyone = page.getByTestId("live-counts").locator("tbody tr").first().locator('[data-col="customers"]');
  const counted = async () => Number((await everyone.textContent()).replace(/[^\d]/g, ""));
  await everyone.waitFor();
  assert.equal(await counted(), referenceSegments(text).customers.size);
  await page.getByTestId("results-reference").fill("2025-01-01");
  await page.getByTestId("results-reference").dispatchEvent("change");
  // The build before dropped the counts with the analysis and asked for none.
  const asOfJanuary = referenceSegments(text, "customer_id", "2025-01-01").customers.size;
  await page.waitForFunction((want) => {
    const cell = document.querySelector('[data-testid="live-counts"] tbody tr [data-col="customers"]');
    return cell && Number(cell.textContent.replace(/[^\d]/g, "")) === want;
  }, asOfJanuary, { timeout: 10_000 });
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a rule on the spend over a period picked in the builder counts it, and shows it", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const text = fs.readFileSync(ORDERS, "utf8");
  const total = await customersInHeadline(page);
  // Customers who spent 100 or more in the `days` days before the day after the last order.
  const spentOver = (days) => [...spentInLastDays(text, days).values()].filter((c) => c >= 10_000).length;
  const [ninety, halfYear] = [spentOver(90), spentOver(182)];
  assert.ok(ninety > 0 && ninety < halfYear, `a fixture that tells the periods apart: ${ninety}, ${halfYear}`);

  // No period was ranked over yet: the builder offers the spend in a period all the same
  // (the build before listed it only once "Top customers" had computed one).
  const rule = await namedInBuilder(page, "Lately", "100 or more lately");
  const figure = rule.locator("select.feature");
  /** The option picked in `select` whose label matches `label`, once it is there. */
  const picked = (select, label) => select.locator("option:checked", { hasText: label }).waitFor({ state: "attached" });
  /** Picks the option of `select` whose label matches `label`. */
  const pick = async (select, label) => select.selectOption(await select.locator("option", { hasText: label }).getAttribute("value"));
  await rule.getByTestId("add-condition").click();
  await figure.selectOption("spend_in_period");
  // Named the last 90 days on picking it (nothing on show names a period, and "Top
  // customers" ranked over none), and described over them once counted.
  await picked(figure, /^Spent in the 90 days before /);
  assert.match(await rule.locator(".operands .hint").textContent(), /^ \(values -?[\d,.]+ to [\d,.]+\)$/);
  const period = page.getByTestId("draft-period");
  await picked(period, /^The 90 days before /);
  const atLeast100 = async () => {
    await rule.getByTestId("min").fill("100");
    await rule.getByTestId("min").press("Enter");
  };
  await atLeast100();
  await expectLiveCounts(page, { "100 or more lately": ninety, "Everyone else": total - ninety });

  // A calendar year, then the last 182 days, picked in the builder: counted over each, and
  // named so in the list.
  const in2024 = [...spentBetween(text, "2024-01-01", "2024-12-31").values()].filter((c) => c >= 10_000).length;
  assert.ok(![ninety, halfYear].includes(in2024), `a year the fixture tells apart: ${in2024}`);
  await pick(period, /^Calendar year 2024$/);
  await expectLiveCounts(page, { "100 or more lately": in2024, "Everyone else": total - in2024 });
  await pick(period, /^The 182 days before /);
  await expectLiveCounts(page, { "100 or more lately": halfYear, "Everyone else": total - halfYear });
  await picked(figure, /^Spent in the 182 days before /);

  // Moved to another figure and back, the condition reads the period picked (the build
  // before this test's review named the first one again).
  await figure.selectOption("monetary");
  await period.waitFor({ state: "detached" });
  await figure.selectOption("spend_in_period");
  await picked(period, /^The 182 days before /);
  await picked(figure, /^Spent in the 182 days before /);
  await atLeast100();
  await expectLiveCounts(page, { "100 or more lately": halfYear, "Everyone else": total - halfYear });

  // Shown, the segments read the same period, and "Top customers" ranks over it.
  await page.getByTestId("apply-rules").click();
  await page.getByTestId("scheme-title").filter({ hasText: /^Lately/ }).waitFor();
  const table = await segmentsTable(page);
  assert.equal(table["100 or more lately"].customers, halfYear, JSON.stringify(table));
  await page.getByTestId("tab-value").click();
  await page.getByTestId("top-customers").waitFor();
  await picked(page.getByTestId("value-period"), /^Named by a scheme: the 182 days before /);

  // Downloaded, the scheme names its period.
  await page.getByTestId("tab-builder").click();
  await page.getByTestId("save-draft").click();
  // Found by its name: the page may have read an earlier test's saved scheme before the
  // test cleared the browser's storage.
  const saved = page.locator('li[data-testid^="saved-"]');
  await page.waitForFunction(() => [...document.querySelectorAll('li[data-testid^="saved-"] input')].some((i) => i.value === "Lately"));
  const names = await saved.locator("input").evaluateAll((inputs) => inputs.map((i) => i.value));
  const lately = saved.nth(names.indexOf("Lately"));
  const [file] = await Promise.all([page.waitForEvent("download"), lately.getByRole("button", { name: "Download" }).click()]);
  assert.deepEqual(JSON.parse(await downloadText(file)).period, { last: { days: 182 } });
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a file of customer summaries, without orders, offers no spend in a period to build on", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page, path.join(FIXTURES, "read", "customer-summary.csv"));
  await page.getByTestId("tab-builder").click();
  const rule = page.getByTestId("rule-0");
  await rule.getByTestId("add-condition").click();
  const offered = await rule.locator("select.feature option").evaluateAll((options) => options.map((o) => o.value));
  assert.ok(offered.includes("monetary"), JSON.stringify(offered));
  assert.ok(!offered.includes("spend_in_period"), JSON.stringify(offered));
  assert.equal(await page.getByTestId("draft-period").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("built-in schemes, a cross-tab cell, clusters and the top customers", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const total = await customersInHeadline(page);
  const sum = (table) => Object.values(table).reduce((n, s) => n + s.customers, 0);

  // Every available built-in scheme segments every customer.
  const options = await page.getByTestId("scheme-picker").locator("option:not([disabled])").evaluateAll((os) => os.map((o) => o.value));
  assert.ok(options.length >= 15, options.join(" "));
  for (const value of ["p:geo-country", "p:age", "p:category", "p:tiers", "p:seasonal", "p:rhythm", "p:rfm-3"]) {
    assert.ok(options.includes(value), value);
    const before = await page.getByTestId("scheme-title").textContent();
    await page.getByTestId("scheme-picker").selectOption(value);
    await page.waitForFunction((b) => document.querySelector('[data-testid="scheme-title"]').textContent !== b, before);
    assert.equal(sum(await segmentsTable(page)), total, value);
  }
  // RFM on 3 points has a 3×3 grid, which its thresholds edit on the same scale (the
  // editor said 5 points, and a threshold typed went back to RFM on 5).
  assert.equal(await page.getByTestId("rf-grid").locator("rect").count(), 9);
  await page.getByTestId("grid-editor").locator("summary").click();
  assert.equal(await page.getByTestId("score-points").inputValue(), "3");
  await page.getByTestId("cuts-recency").fill("60; 200");
  await page.getByTestId("cuts-recency").dispatchEvent("change");
  await page.waitForFunction(() => document.querySelector('[data-testid="cuts-recency"]').value === "60; 200");
  await page.getByTestId("scheme-title").filter({ hasText: /^RFM segments \(3 score points\)/ }).waitFor();
  assert.equal(await page.getByTestId("rf-grid").locator("rect").count(), 9);
  assert.equal(await page.getByTestId("scheme-picker").inputValue(), "p:rfm-3");

  // Cross RFM with countries; a cell lists exactly its customers.
  await page.getByTestId("scheme-picker").selectOption("p:rfm-5");
  await page.locator('[data-testid="scheme-title"]', { hasText: "RFM segments:" }).waitFor();
  await page.getByTestId("tab-crosstab").click();
  await page.getByTestId("crosstab-picker").selectOption("p:geo-country");
  const cell = page.getByTestId("crosstab").locator("button.cell-button:not([disabled])").first();
  await cell.waitFor();
  const inCell = Number((await cell.locator(".cell-count").textContent()).replace(/\D/g, ""));
  await cell.click();
  const list = page.getByTestId("customer-list");
  await list.locator("tbody tr").first().waitFor();
  assert.match(await list.locator("h2").textContent(), new RegExp(` × .+ — ${inCell} customers?$`));
  // Other thresholds move customers between the same segments: the cross-tab and the
  // cell's list close, as for another scheme.
  await page.getByTestId("tab-segments").click();
  const cuts = page.getByTestId("cuts-recency");
  if (!(await cuts.isVisible())) await page.getByTestId("grid-editor").locator("summary").click();
  await cuts.fill("30; 90; 180; 365");
  await cuts.dispatchEvent("change");
  await page.waitForFunction(() => document.querySelector('[data-testid="cuts-recency"]').value === "30; 90; 180; 365");
  await page.getByTestId("tab-crosstab").click();
  await page.getByTestId("crosstab-picker").waitFor();
  await page.getByTestId("crosstab").waitFor({ state: "detached" });
  assert.equal(await list.count(), 0);
  assert.equal(await page.getByTestId("crosstab-picker").inputValue(), "");
  await page.getByTestId("crosstab-picker").selectOption("p:geo-country");
  await page.getByTestId("crosstab").waitFor();
  // Another scheme on show: the picker asks again (it showed the countries over no table,
  // and choosing them again did nothing), and the same choice crosses the new scheme.
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await page.getByTestId("crosstab").waitFor({ state: "detached" });
  // The cell's list went with it: its row was a segment of the scheme before.
  assert.equal(await list.count(), 0);
  assert.equal(await page.getByTestId("crosstab-picker").inputValue(), "");
  await page.getByTestId("crosstab-picker").selectOption("p:geo-country");
  await page.getByTestId("crosstab").waitFor();

  // Clusters become the segments.
  await page.getByTestId("tab-clusters").click();
  await page.getByTestId("run-clusters").click();
  await page.getByTestId("cluster-list").waitFor({ timeout: 30_000 });
  const clusters = await page.getByTestId("cluster-list").locator("li").count();
  assert.ok(clusters >= 2 && clusters <= 8);
  // The figures named as a sentence reads them, each in lower case.
  assert.match(await page.getByTestId("cluster-summary").textContent(), / clusters on days since last order, orders, total spent\./);
  assert.equal(await page.getByTestId("silhouettes").locator("tbody tr").count(), 7);
  assert.ok((await page.getByTestId("scatter").locator("circle").count()) > 100);
  // Four asked for: the tab opened again says four, as it would find them again.
  await page.getByTestId("cluster-k").selectOption("4");
  await page.getByTestId("run-clusters").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="cluster-list"] li').length === 4);
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("tab-clusters").click();
  assert.equal(await page.getByTestId("cluster-k").inputValue(), "4");
  await page.getByTestId("tab-segments").click();
  assert.equal(sum(await segmentsTable(page)), total);

  // The top customers and how concentrated revenue is.
  await page.getByTestId("tab-value").click();
  await page.getByTestId("top-customers").waitFor();
  assert.match(await page.getByTestId("pareto-sentence").textContent(), /^The top 20% of customers bring \d+\.\d% of revenue/);
  assert.equal(await page.getByTestId("top-customers").locator("tbody tr").count(), 10);
  // The last twelve months, then another date asked on this tab: ranked again over the
  // period chosen (the tab was left empty).
  const top = page.getByTestId("top-customers");
  const allTime = await top.textContent();
  await page.getByTestId("value-period").selectOption({ label: "The last 12 months" });
  await top.filter({ hasNotText: allTime }).waitFor();
  const lastYear = await top.textContent();
  const headline = await page.getByTestId("headline").textContent();
  const reference = page.getByTestId("results-reference");
  await reference.fill("2025-03-01");
  await reference.dispatchEvent("change");
  await page.getByTestId("headline").filter({ hasNotText: headline }).waitFor();
  await top.filter({ hasNotText: lastYear }).waitFor();
  assert.equal(await page.getByTestId("value-period").locator("option:checked").textContent(), "The last 12 months");
  // Opened again, the tab shows the period it was left on.
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("tab-value").click();
  await top.waitFor();
  assert.equal(await page.getByTestId("value-period").locator("option:checked").textContent(), "The last 12 months");

  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a geography scheme shows its places ranked, with their shares in words", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("scheme-picker").selectOption("p:geo-country");
  await page.getByTestId("places-chart").waitFor();
  const table = await segmentsTable(page);
  const places = Object.entries(table)
    .filter(([name, s]) => s.customers > 0 && name !== "Other areas" && name !== "Area unknown")
    .sort((a, b) => b[1].customers - a[1].customers || a[0].localeCompare(b[0]));
  const shown = await page.locator('[data-testid="places-chart"] li').evaluateAll((items) => items.map((li) => li.dataset.place));
  assert.deepEqual(shown, places.map(([name]) => name), "most customers first");
  const total = Object.values(table).reduce((n, s) => n + s.customers, 0);
  const first = page.locator('[data-testid="places-chart"] li').first();
  const [, s] = places[0];
  assert.match(await first.locator(".figures").textContent(), new RegExp(`^${s.customers} customers \\(${((100 * s.customers) / total).toFixed(1)}%\\), `));
  const top3 = places.slice(0, 3).reduce((n, [, p]) => n + p.customers, 0);
  assert.match(
    await page.getByTestId("places-summary").textContent(),
    new RegExp(`^The top 3 of ${places.length} areas hold ${((100 * top3) / total).toFixed(1)}% of customers`),
  );
  // The world map: every ranked place is a country, shaded by its share (the largest
  // darkest), named with its figures on hover; land without customers is plain.
  const map = page.getByTestId("world-map");
  const countries = await map.locator("g[data-country]").evaluateAll((gs) =>
    gs.map((g) => ({ code: g.dataset.country, title: g.querySelector("title").textContent, shade: Number(g.querySelector("path").getAttribute("fill-opacity")) })));
  assert.deepEqual(countries.map((c) => c.code).sort(), places.map(([name]) => name).sort());
  const largest = countries.find((c) => c.code === places[0][0]);
  assert.equal(largest.shade, 1);
  assert.ok(countries.every((c) => c.shade > 0.15 && c.shade <= 1));
  assert.equal(largest.title, `${places[0][0]}: ${await first.locator(".figures").textContent()}`);
  assert.ok((await map.locator("path.land").count()) > 150, "the rest of the world is drawn");
  assert.equal(await page.getByTestId("map-missing").count(), 0);
  // Back to RFM: the segment bars return.
  await page.getByTestId("scheme-picker").selectOption("p:rfm-5");
  await page.getByTestId("segment-bars").waitFor();
  assert.equal(await page.getByTestId("places-chart").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the world map finds countries written in any of the page's languages, and says which places it could not", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const rows = [
    ["Deutschland", 5], ["Royaume-Uni", 3], ["ESPAÑA", 2], ["Atlantis", 1], ["UK", 2],
  ].flatMap(([country, customers], c) =>
    Array.from({ length: customers }, (_, i) => `O${c}${i},C${c}${i},2024-0${1 + (i % 9)}-15,${20 + i}.00,${country}`));
  const csv = ["order_id,customer_id,order_date,amount,country", ...rows].join("\n") + "\n";
  await segmented(page, { name: "countries.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("scheme-picker").selectOption("p:geo-country");
  const map = page.getByTestId("world-map");
  await map.waitFor();
  const found = await map.locator("g[data-country]").evaluateAll((gs) => Object.fromEntries(gs.map((g) =>
    [g.dataset.country, { title: g.querySelector("title").textContent, shade: g.querySelector("path").getAttribute("fill-opacity") }])));
  assert.deepEqual(Object.keys(found).sort(), ["DE", "ES", "GB"]);
  assert.match(found.DE.title, /^Deutschland: 5 customers \(38\.5%\), /);
  assert.match(found.ES.title, /^ESPAÑA: 2 customers/);
  // The United Kingdom written two ways is one country: both names, shaded by both.
  assert.match(found.GB.title, /^Royaume-Uni: 3 customers .*\nUK: 2 customers /s);
  assert.equal(found.GB.shade, found.DE.shade);
  assert.equal(await page.getByTestId("map-missing").textContent(), "Not on the map (no country of that name): Atlantis.");
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Asks for the shop as of `day` and waits for the headline to change. */
async function asOf(page, day) {
  const headline = await page.getByTestId("headline").textContent();
  await page.getByTestId("results-reference").fill(day);
  await page.getByTestId("results-reference").dispatchEvent("change");
  await page.getByTestId("headline").filter({ hasNotText: headline }).waitFor();
}

test("the top customers' year falls back to all time when another date no longer offers it", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-value").click();
  const top = page.getByTestId("top-customers");
  const period = page.getByTestId("value-period");
  const sentence = page.getByTestId("pareto-sentence");
  await top.waitFor();
  const allTime = await top.textContent();
  await period.selectOption({ label: "Calendar year 2025" });
  await top.filter({ hasNotText: allTime }).waitFor();
  // With the tab open: as of 1 December 2024 the years are 2024 to 2021, and 2025 is gone.
  await asOf(page, "2024-12-01");
  assert.deepEqual(
    await period.locator("option").evaluateAll((options) => options.map((o) => o.textContent)),
    ["All the file's orders", "The last 12 months", "Calendar year 2024", "Calendar year 2023", "Calendar year 2022", "Calendar year 2021", "Dates I choose…"],
  );
  await page.waitForFunction(() => document.querySelector('[data-testid="value-period"]').value === "");
  await sentence.filter({ hasText: /^The top 20% of customers bring/ }).waitFor();
  // With the tab closed: 2021 (before the shop's first order), then a date whose years
  // leave it out, and the tab opened again.
  await period.selectOption({ label: "Calendar year 2021" });
  await sentence.filter({ hasText: "No customer spent anything" }).waitFor();
  await page.getByTestId("tab-segments").click();
  await asOf(page, "2025-07-01");
  await page.getByTestId("tab-value").click();
  await top.waitFor();
  assert.equal(await period.inputValue(), "");
  assert.match(await sentence.textContent(), /^The top 20% of customers bring/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a rule on the spend in a period that names none says what to do, and does it once a period is chosen", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  // A scheme file from before schemes named their period, opened before Top customers
  // ranked over any: the banner says what to do, and RFM stays on show.
  await schemeFileOpened(page, {
    name: "Spent lately",
    rules: [{ segment: "100 or more", when: { between: { feature: "spend_in_period", min: 100.0, max: null } } }],
    otherwise: "Less",
  });
  await page.getByTestId("error").filter({ hasText: "without saying which period" }).waitFor();
  assert.match(await page.getByTestId("error").textContent(), /choose the period on the "Top customers" tab, then the scheme again/);
  assert.match(await page.getByTestId("scheme-title").textContent(), /^RFM segments/);
  // Opened in the builder too (the scheme bar opens an imported scheme there), whose live
  // counts point to the select beside the rules rather than to Top customers.
  await page.getByTestId("tab-builder").click();
  await page.getByTestId("live-counts").filter({ hasText: "Choose the period the spend is counted over, below the rules" }).waitFor();
  // Nor can it be shown until then: its segments would have no period to be counted over.
  await page.locator('[data-testid="apply-rules"]:disabled').waitFor();
  // As it says: the last twelve months on Top customers, then the scheme, saved on import.
  await page.getByTestId("tab-value").click();
  await page.getByTestId("top-customers").waitFor();
  await page.getByTestId("value-period").selectOption({ label: "The last 12 months" });
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("scheme-picker").selectOption({ label: "Spent lately" });
  await page.getByTestId("scheme-title").filter({ hasText: /^Spent lately/ }).waitFor();
  const table = await segmentsTable(page);
  assert.ok(table["100 or more"].customers > 0, JSON.stringify(table));
  // Opened in the builder on import as it came (the scheme bar opens an imported scheme
  // there), naming no period: the builder says so, and counts over the period the
  // merchant then picks there.
  await page.getByTestId("tab-builder").click();
  const period = page.getByTestId("draft-period");
  assert.equal(await period.locator("option:checked").textContent(), "Choose a period…");
  await period.selectOption(await period.locator("option", { hasText: /^The 90 days before / }).getAttribute("value"));
  const text = fs.readFileSync(ORDERS, "utf8");
  const lately = [...spentInLastDays(text, 90).values()].filter((c) => c >= 10_000).length;
  const total = Object.values(table).reduce((sum, s) => sum + s.customers, 0);
  await expectLiveCounts(page, { "100 or more": lately, Less: total - lately });
  await page.locator('[data-testid="apply-rules"]:enabled').waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a scheme file's own two days stay in the builder's periods once another is picked", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const text = fs.readFileSync(ORDERS, "utf8");
  const total = await customersInHeadline(page);
  const spentOver = (spend) => [...spend.values()].filter((c) => c >= 10_000).length;
  const [summer, ninety] = [spentOver(spentBetween(text, "2024-03-01", "2024-08-31")), spentOver(spentInLastDays(text, 90))];
  assert.ok(summer > 0 && summer !== ninety, `a fixture that tells the periods apart: ${summer}, ${ninety}`);
  // Imported, the scheme is shown and opened in the builder, counted over its own days.
  await schemeFileOpened(page, {
    name: "Spring and summer",
    rules: [{ segment: "100 or more", when: { between: { feature: "spend_in_period", min: 100.0, max: null } } }],
    otherwise: "Less",
    period: { between: { from: "2024-03-01", to: "2024-08-31" } },
  });
  await page.getByTestId("scheme-title").filter({ hasText: /^Spring and summer/ }).waitFor();
  await page.getByTestId("tab-builder").click();
  const period = page.getByTestId("draft-period");
  const own = /^1 March 2024 to 31 August 2024$/;
  await period.locator("option:checked", { hasText: own }).waitFor({ state: "attached" });
  await expectLiveCounts(page, { "100 or more": summer, Less: total - summer });
  /** Picks the option of the period select whose label matches `label`. */
  const pick = async (label) => period.selectOption(await period.locator("option", { hasText: label }).getAttribute("value"));
  // Another period, then the file's own days again (the build before offered them only
  // while the draft named them).
  await pick(/^The 90 days before /);
  await expectLiveCounts(page, { "100 or more": ninety, Less: total - ninety });
  await pick(own);
  await expectLiveCounts(page, { "100 or more": summer, Less: total - summer });
  // Dates of the merchant's own: the fields start on the days picked, a last day before
  // the first cannot be applied, and once applied the days are offered beside the file's.
  await period.selectOption("dates");
  const [from, to, apply] = ["from", "to", "apply"].map((part) => page.getByTestId(`draft-period-${part}`));
  assert.deepEqual([await from.inputValue(), await to.inputValue()], ["2024-03-01", "2024-08-31"]);
  await from.fill("2024-09-01");
  await page.locator('[data-testid="draft-period-apply"]:disabled').waitFor();
  await to.fill("2025-01-31");
  await page.locator('[data-testid="draft-period-apply"]:enabled').waitFor();
  await to.fill("");
  await page.locator('[data-testid="draft-period-apply"]:disabled').waitFor();
  await to.fill("2024-12-31");
  await apply.click();
  const autumn = spentOver(spentBetween(text, "2024-09-01", "2024-12-31"));
  assert.ok(![summer, ninety].includes(autumn), `days the fixture tells apart: ${autumn}`);
  await expectLiveCounts(page, { "100 or more": autumn, Less: total - autumn });
  const applied = /^1 September 2024 to 31 December 2024$/;
  await period.locator("option:checked", { hasText: applied }).waitFor({ state: "attached" });
  // Both stay offered while the draft is edited.
  await pick(own);
  await expectLiveCounts(page, { "100 or more": summer, Less: total - summer });
  await pick(applied);
  await expectLiveCounts(page, { "100 or more": autumn, Less: total - autumn });
  // A new scheme offers the usual periods and the one on show, not the last draft's dates.
  await page.getByRole("button", { name: "Start a new scheme" }).click();
  const fresh = page.getByTestId("rule-0");
  await fresh.getByTestId("add-condition").click();
  await fresh.locator("select.feature").selectOption("spend_in_period");
  await period.locator("option:checked", { hasText: own }).waitFor({ state: "attached" });
  assert.equal(await period.locator("option", { hasText: applied }).count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("spend tiers count over the last 24 months or dates chosen, each against the file", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const text = fs.readFileSync(ORDERS, "utf8");
  const total = await customersInHeadline(page);
  /** Customers in a tier (who spent more than nothing over the period), as the table says. */
  const inTiers = async () => {
    const table = await segmentsTable(page);
    assert.equal(Object.values(table).reduce((n, s) => n + s.customers, 0), total, JSON.stringify(table));
    return total - (table["No purchase in the period"]?.customers ?? 0);
  };
  const buyers = (spend) => [...spend.values()].filter((c) => c > 0).length;
  const title = page.getByTestId("scheme-title");
  await page.getByTestId("scheme-picker").selectOption("p:tiers");
  await title.filter({ hasText: /^Spend tiers/ }).waitFor();
  const period = page.getByTestId("tier-period");
  assert.equal(await period.locator("option:checked").textContent(), "The last 12 months");
  assert.equal(await inTiers(), buyers(spentInLastDays(text, 365)));
  /** Picks the option of the period select whose label matches `label`, and waits for the tiers over it. */
  const pick = async (label) => {
    const before = await title.textContent();
    await period.selectOption(await period.locator("option", { hasText: label }).getAttribute("value"));
    await title.filter({ hasNotText: before }).waitFor();
  };
  await pick(/^The last 24 months$/);
  assert.equal(await inTiers(), buyers(spentInLastDays(text, 730)));
  // Dates chosen: applied, the tiers count over them and the select names them.
  await period.selectOption("dates");
  await page.getByTestId("tier-period-from").fill("2024-03-01");
  await page.getByTestId("tier-period-to").fill("2024-08-31");
  const before = await title.textContent();
  await page.getByTestId("tier-period-apply").click();
  await title.filter({ hasNotText: before }).waitFor();
  await period.locator("option:checked", { hasText: /^1 March 2024 to 31 August 2024$/ }).waitFor({ state: "attached" });
  assert.match(await title.textContent(), /^Spend tiers, 1 March 2024 to 31 August 2024/);
  // The picker names them so too, where it said "last 365 days", also split by RFM.
  const picked = () => page.getByTestId("scheme-picker").locator("option:checked").textContent();
  assert.equal(await picked(), "Spend tiers, 1 March 2024 to 31 August 2024");
  await page.getByTestId("subdivide-picker").selectOption("p:rfm-5");
  await title.filter({ hasText: /^Spend tiers, 1 March 2024 to 31 August 2024 by RFM segments/ }).waitFor();
  assert.equal(await picked(), "Spend tiers, 1 March 2024 to 31 August 2024");
  await page.getByTestId("subdivide-picker").selectOption("");
  await title.filter({ hasNotText: / by RFM/ }).waitFor();
  assert.equal(await inTiers(), buyers(spentBetween(text, "2024-03-01", "2024-08-31")));
  // In French, the periods are named in French; then English again, as the page
  // remembers its language for the next test's page.
  try {
    await page.getByTestId("language").selectOption("fr");
    await period.locator("option", { hasText: /^Les 24 derniers mois$/ }).waitFor({ state: "attached" });
    await period.locator("option:checked", { hasText: /^Du 1er mars 2024 au 31 août 2024$/ }).waitFor({ state: "attached" });
    await title.filter({ hasText: /^Paliers de dépenses, du 1er mars 2024 au 31 août 2024/ }).waitFor();
  } finally {
    await page.getByTestId("language").selectOption("en");
    await speaks(page, "en");
  }
  // A rule built on the spend while they are on show reads their days, which stay offered
  // once another period is picked.
  await page.getByTestId("tab-builder").click();
  const rule = page.getByTestId("rule-0");
  await rule.getByTestId("add-condition").click();
  await rule.locator("select.feature").selectOption("spend_in_period");
  const drafted = page.getByTestId("draft-period");
  await drafted.locator("option:checked", { hasText: /^1 March 2024 to 31 August 2024$/ }).waitFor({ state: "attached" });
  await drafted.selectOption(await drafted.locator("option", { hasText: /^The 90 days before / }).getAttribute("value"));
  await drafted.locator("option:checked", { hasText: /^The 90 days before / }).waitFor({ state: "attached" });
  assert.equal(await drafted.locator("option", { hasText: /^1 March 2024 to 31 August 2024$/ }).count(), 1);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Opens *Top customers* and ranks over the days `from` to `to` (ISO) as the merchant picks
 * them: the table, the select and what the table showed before. */
async function topCustomersBetween(page, from, to) {
  await page.getByTestId("tab-value").click();
  const top = page.getByTestId("top-customers");
  await top.waitFor();
  const allTime = await top.textContent();
  const period = page.getByTestId("value-period");
  await period.selectOption({ label: "Dates I choose…" });
  await page.getByTestId("value-period-from").fill(from);
  await page.getByTestId("value-period-to").fill(to);
  await page.getByTestId("value-period-apply").click();
  await top.filter({ hasNotText: allTime }).waitFor();
  return { top, period, allTime };
}

/** The file's customers who spent anything from `from` to `to` (ISO), most first, as
 * [id, cents], with no tie at the tenth place to make the ten shown ambiguous. */
function rankedBetween(from, to) {
  const spend = spentBetween(fs.readFileSync(ORDERS, "utf8"), from, to);
  const ranked = [...spend.entries()].filter(([, cents]) => cents > 0).sort((a, b) => b[1] - a[1]);
  assert.ok(ranked[9][1] > ranked[10][1], "no tie at the tenth place");
  return ranked;
}

/** The customers *Top customers* shows, in order. */
function shownIds(top) {
  return top.locator("tbody tr td:nth-child(2)").evaluateAll((cells) => cells.map((c) => c.firstChild.textContent));
}

test("top customers rank over dates chosen, as the file has them, and keep them and days being typed through another language", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const { top, period, allTime } = await topCustomersBetween(page, "2024-03-01", "2024-08-31");
  await period.locator("option:checked", { hasText: /^1 March 2024 to 31 August 2024$/ }).waitFor({ state: "attached" });
  // The ten who spent most between those days, best first, and how many spent anything.
  const ranked = rankedBetween("2024-03-01", "2024-08-31");
  const ids = await shownIds(top);
  assert.deepEqual(ids, ranked.slice(0, 10).map(([id]) => id));
  assert.match(await page.getByTestId("value").textContent(), new RegExp(`${ranked.length.toLocaleString("en")} customers spent`));
  // The sentence names the days as the select does, months and all.
  assert.match(await page.getByTestId("pareto-sentence").textContent(), /of revenue \(spent from 1 March 2024 to 31 August 2024\);/);
  // In German the dates are named in German and still ranked over, and days being typed
  // stay as typed while the page analyses again; then English again, as the page
  // remembers its language for the next test's page.
  await period.selectOption({ label: "Dates I choose…" });
  await page.getByTestId("value-period-from").fill("2024-04-01");
  try {
    await page.getByTestId("language").selectOption("de");
    await period.locator("option", { hasText: /^Vom 1\. März 2024 bis zum 31\. August 2024$/ }).waitFor({ state: "attached" });
    await page.getByTestId("value").filter({ hasText: `${ranked.length.toLocaleString("de")} Kunden haben` }).waitFor();
    assert.deepEqual(await shownIds(top), ids);
    assert.equal(await page.getByTestId("value-period-from").inputValue(), "2024-04-01");
    assert.match(await page.getByTestId("pareto-sentence").textContent(), /\(Umsatz vom 1\. März 2024 bis zum 31\. August 2024\);/);
  } finally {
    await page.getByTestId("language").selectOption("en");
    await speaks(page, "en");
  }
  // All the file's orders again, as before the dates.
  await period.selectOption({ label: "All the file's orders" });
  await top.filter({ hasText: allTime }).waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("top customers over dates the results' date cuts short say what is counted, and rank over it", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const { top, period } = await topCustomersBetween(page, "2024-03-01", "2024-08-31");
  const cut = page.getByTestId("value-period-cut");
  assert.equal(await cut.count(), 0, "the file's orders run past the period");
  // As of 1 June 2024 the days from then on count nothing: the ten ranked are those of
  // March to May, and the page says so.
  await asOf(page, "2024-06-01");
  await cut.filter({ hasText: "The results are as of 1 June 2024: spend is counted up to and including 31 May 2024." }).waitFor();
  const ranked = rankedBetween("2024-03-01", "2024-05-31");
  await page.getByTestId("value").filter({ hasText: `${ranked.length.toLocaleString("en")} customers spent` }).waitFor();
  assert.deepEqual(await shownIds(top), ranked.slice(0, 10).map(([id]) => id));
  // In German too, as the page speaks it; then English again for the next test's page.
  try {
    await page.getByTestId("language").selectOption("de");
    await cut.filter({ hasText: "Stand der Ergebnisse: 1. Juni 2024. Ausgaben werden bis einschließlich 31. Mai 2024 gezählt." }).waitFor();
  } finally {
    await page.getByTestId("language").selectOption("en");
    await speaks(page, "en");
  }
  // As of a day before the period, nobody spent in it, and the page says why.
  await asOf(page, "2024-02-01");
  await cut.filter({ hasText: /^The results are as of 1 February 2024, before this period starts: no order in it counts\./ }).waitFor();
  await page.getByTestId("pareto-sentence").filter({ hasText: "No customer spent anything in this period." }).waitFor();
  await period.locator("option:checked", { hasText: /^1 March 2024 to 31 August 2024$/ }).waitFor({ state: "attached" });
  // The whole file again: nothing is cut.
  await period.selectOption({ label: "All the file's orders" });
  await cut.waitFor({ state: "detached" });
  // Spend tiers share the select and its sentence: over the calendar year the results' date
  // falls in, they count up to the day before it.
  await asOf(page, "2024-06-01");
  await page.getByTestId("tab-segments").click();
  const title = page.getByTestId("scheme-title");
  await page.getByTestId("scheme-picker").selectOption("p:tiers");
  await title.filter({ hasText: /^Spend tiers/ }).waitFor();
  await page.getByTestId("tier-period").selectOption({ label: "Calendar year 2024" });
  await title.filter({ hasText: /2024/ }).waitFor();
  const counted = "The results are as of 1 June 2024: spend is counted up to and including 31 May 2024.";
  await page.getByTestId("tier-period-cut").filter({ hasText: counted }).waitFor();
  // So does the rule builder's, for a rule on the spend, which reads the tiers' year.
  await page.getByTestId("tab-builder").click();
  const rule = page.getByTestId("rule-0");
  await rule.getByTestId("add-condition").click();
  await rule.locator("select.feature").selectOption("spend_in_period");
  await page.getByTestId("draft-period").locator("option:checked", { hasText: "Calendar year 2024" }).waitFor({ state: "attached" });
  await page.getByTestId("draft-period-cut").filter({ hasText: counted }).waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a number of areas past the most allowed shows the number applied", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const title = page.getByTestId("scheme-title");
  await page.getByTestId("scheme-picker").selectOption("p:geo-country");
  await title.filter({ hasNotText: /^RFM/ }).waitFor();
  const areas = page.getByLabel("Areas with their own segment");
  const typed = (text) => typedIn(areas, text);
  await typed("50");
  // 80 is past the 50 allowed: 50 stay applied, and the field says so (the build before
  // left 80 in it, the scheme on show being the same).
  await typed("80");
  assert.equal(await areas.inputValue(), "50");
  // Nothing typed: the areas stay as they were, and the field shows them again.
  await typed("");
  assert.equal(await areas.inputValue(), "50");
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("postal areas group codes by the first characters applied, and the field shows them", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  const title = page.getByTestId("scheme-title");
  await page.getByTestId("scheme-picker").selectOption("p:geo-postal_code");
  await title.filter({ hasText: /^Postal areas \(first 2 characters\)/ }).waitFor();
  const prefix = page.getByTestId("postal-prefix");
  const typed = (text) => typedIn(prefix, text);
  /** The areas with a segment of their own, as the table names them. */
  const areas = async () => Object.keys(await segmentsTable(page)).filter((name) => !/ /.test(name));
  await typed("3");
  await title.filter({ hasText: /^Postal areas \(first 3 characters\)/ }).waitFor();
  const three = await areas();
  assert.ok(three.length > 0 && three.every((area) => area.length === 3), JSON.stringify(three));
  // Past the 10 allowed: 10 applied, and the field says so; nothing typed keeps them.
  await typed("15");
  await title.filter({ hasText: /^Postal areas \(first 10 characters\)/ }).waitFor();
  assert.equal(await prefix.inputValue(), "10");
  await typed("");
  assert.equal(await prefix.inputValue(), "10");
  // 0: whole codes.
  await typed("0");
  await title.filter({ hasText: /^Postal codes/ }).waitFor();
  assert.equal(await prefix.inputValue(), "0");
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("score points chosen in the grid editor show RFM on them, the list open closing", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("scheme-picker").selectOption("p:rfm-5");
  await page.getByTestId("scheme-title").filter({ hasText: /^RFM segments:/ }).waitFor();
  assert.equal(await page.getByTestId("rf-grid").locator("rect").count(), 25);
  await page.getByTestId("segments-table").locator("tbody tr button:not([disabled])").first().click();
  const list = page.getByTestId("customer-list");
  await list.locator("tbody tr").first().waitFor();
  await page.getByTestId("grid-editor").locator("summary").click();
  await page.getByTestId("score-points").selectOption("3");
  await page.getByTestId("scheme-title").filter({ hasText: /^RFM segments \(3 score points\)/ }).waitFor();
  assert.equal(await page.getByTestId("rf-grid").locator("rect").count(), 9);
  assert.equal(await page.getByTestId("score-points").inputValue(), "3");
  assert.equal(await page.getByTestId("scheme-picker").inputValue(), "p:rfm-3");
  await list.waitFor({ state: "detached" });
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
