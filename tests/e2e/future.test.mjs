// Who will buy again, as a merchant meets it: after the segments, the prediction arrives
// on its own; the Future value tab says what it expects and how it did on the last three
// months; its figures join the segment table, the customer lists, the rule builder and the
// export, and match the command line's `predict` customer for customer; a scheme switched
// to while the prediction is made shows at once; Future value stays on show from another day;
// another horizon or discount rate predicts again, the last one asked shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, openPage, segmented, segmentedAndPredicted, horizonSet, buyingAgainImported, schemeImported, ROOT, FIXTURES } from "./app.mjs";
import { parseCsv } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");
const CLI = path.join(ROOT, "target/release/segmenter");

/** A CSV's rows as objects by header. */
function rowsOf(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  return rows.map((r) => Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i]])));
}

/** The customers of `ORDERS` who ordered on two days or more: repeat buyers to the
 * purchase model, which takes the orders of a day as one purchase (and a refund, a
 * negative amount, as none). */
function repeatBuyers() {
  const days = new Map();
  for (const row of rowsOf(fs.readFileSync(ORDERS, "utf8"))) {
    if (!(Number(row.amount) > 0)) continue;
    days.set(row.customer_id, (days.get(row.customer_id) ?? new Set()).add(row.order_date));
  }
  return new Set([...days].filter(([, d]) => d.size >= 2).map(([customer]) => customer));
}

/** Asserts that each row of the segment table shows as "Still active" its repeat buyers'
 * average chance in `exported` (the customers' download of the scheme shown), and "–" for a
 * segment without a repeat buyer, whom the model counts as active however long ago;
 * returns each segment's figure shown and its average over all its customers. */
async function assertStillActiveOfRepeatBuyers(page, exported) {
  const repeatBuyer = repeatBuyers();
  // "segment" for RFM, "segment_future_value" for Future value.
  const column = Object.keys(exported[0]).find((h) => h === "segment" || h.startsWith("segment_"));
  const rows = page.locator('[data-testid="segments-table"] tbody tr');
  const table = await rows.evaluateAll((all) => all.map((r) => [r.dataset.segment, r.querySelector('[data-col="p-alive"]').textContent]));
  const mean = (rows) => (100 * rows.reduce((sum, r) => sum + Number(r.p_alive), 0)) / rows.length;
  return table.map(([name, cell]) => {
    const members = exported.filter((r) => r[column] === name);
    const repeat = members.filter((r) => repeatBuyer.has(r.customer_id.replace(/^'/, "")));
    if (repeat.length === 0) {
      assert.equal(cell, "–", name);
      return { name, all: mean(members), shown: NaN };
    }
    assert.ok(Math.abs(parseFloat(cell) - mean(repeat)) <= 0.5, `${name}: ${cell}, its repeat buyers' mean ${mean(repeat)}`);
    return { name, all: mean(members), shown: parseFloat(cell) };
  });
}

test("the prediction joins the segments, the lists, the rules and the export", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  // The figures arrive after the segments, in the same table.
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
  const [rfm] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const rfmRows = rowsOf(fs.readFileSync(await rfm.path(), "utf8"));
  const averages = await assertStillActiveOfRepeatBuyers(page, rfmRows);
  // Averaged over everyone, the one-order customers' 100 % lifted a segment by 20 points
  // and more (RFM's Hibernating, on this file).
  assert.ok(averages.some(({ all, shown }) => all - shown > 20), JSON.stringify(averages));

  await page.getByTestId("tab-future").click();
  const headline = await page.getByTestId("prediction-headline").textContent();
  const cli = execFileSync(CLI, ["predict", ORDERS], { stdio: ["ignore", "pipe", "ignore"] }).toString();
  const [, customers, active, once] = cli.match(/^([\d,]+) customers, ([\d,]+) more likely active than not \(([\d,]+) who bought on one day only/);
  assert.ok(headline.startsWith(`Of ${customers} customers, ${active} are more likely still active than not.`), headline);
  // The customers of one purchase day, whom the model counts as active however long ago, are named.
  assert.match(await page.getByTestId("prediction-once").textContent(), new RegExp(`^${once} of them have bought on one day only: `));
  const sentence = await page.getByTestId("calibration-sentence").textContent();
  assert.ok(cli.includes(sentence), `the check reads as the command line's: ${sentence}`);
  assert.ok((await page.locator('[data-testid="calibration"] tbody tr').count()) >= 3);

  // The Future value scheme, and its customers' figures.
  await page.getByTestId("segment-future-value").click();
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("scheme-title").filter({ hasText: /^Future value: / }).waitFor();
  await page.locator('[data-testid="segments-table"] tr[data-segment="Active"] button', { hasText: "Customers" }).click();
  const list = page.getByTestId("customer-list");
  await list.locator("th", { hasText: "Still active" }).waitFor();
  // A list of customers of one purchase day keeps the column, with nothing to show in it.
  await page.locator('[data-testid="segments-table"] tr[data-segment="Bought once"] button', { hasText: "Customers" }).click();
  await list.getByText(/^Bought once — /).waitFor();
  const alive = list.locator("th", { hasText: "Still active" });
  assert.match(await alive.getAttribute("title"), /ordered on two days or more/);
  const column = await list.locator("th").evaluateAll((all) => all.findIndex((th) => th.textContent.includes("Still active")));
  const cells = await list.locator(`tbody td:nth-child(${column + 1})`).allTextContents();
  assert.ok(cells.length > 0 && cells.every((c) => c === "–"), JSON.stringify(cells));

  // Each customer's chance, in the download, as the command line computes it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const exported = rowsOf(fs.readFileSync(await download.path(), "utf8"));
  const predicted = new Map(rowsOf(execFileSync(CLI, ["predict", ORDERS, "-o", "-"], { stdio: ["ignore", "pipe", "ignore"] }).toString()).map((r) => [r.customer_id, r]));
  assert.equal(exported.length, predicted.size);
  for (const row of exported) {
    const id = row.customer_id.replace(/^'/, "");
    assert.equal(row.p_alive, predicted.get(id).p_alive, id);
  }
  assert.ok(exported.some((r) => r.segment_future_value?.startsWith("Active and valuable")));

  await assertStillActiveOfRepeatBuyers(page, exported);

  // Another day to look from: the segments are made again before the prediction is, so the
  // default shows first, then Future value again once its figures are predicted for that day.
  const field = page.getByTestId("results-reference");
  const asOf = await field.inputValue();
  const quarterBefore = new Date(Date.parse(asOf) - 90 * 86_400_000).toISOString().slice(0, 10);
  await field.fill(quarterBefore);
  await field.dispatchEvent("change");
  // Orders after that day are left out, and said to be.
  await page.getByTestId("after-reference").waitFor();
  await page.getByTestId("scheme-title").filter({ hasText: /^Future value: / }).waitFor();
  assert.equal(await field.inputValue(), quarterBefore);
  await page.locator('[data-testid="segments-table"] tr[data-segment="Active"]').waitFor();

  // The scheme's rules, in the builder, read the chance like any other feature, once the
  // customers of one purchase day are apart (the model counts them as active however long ago).
  await page.getByTestId("edit-rules").click();
  await page.getByTestId("rule-1").waitFor();
  const chosen = (rule) => page.locator(`[data-testid="${rule}"] select`).evaluateAll((all) => all.map((s) => s.selectedOptions[0]?.textContent));
  // The first: one order, or several on one day.
  const firstRule = await chosen("rule-0");
  for (const part of ["Any of these", "Orders", "Average days between orders"]) {
    assert.ok(firstRule.includes(part), JSON.stringify(firstRule));
  }
  assert.ok((await chosen("rule-1")).includes("Chance still active"), JSON.stringify(await chosen("rule-1")));
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a shop too young for the models gets a sentence, not numbers", async () => {
  const { page, errors } = await openPage(app);
  const young = ["customer_id,order_date,amount", "A,2025-01-01,10", "A,2025-01-05,12", "B,2025-01-02,30", "C,2025-01-03,8"].join("\n");
  await segmented(page, { name: "young.csv", mimeType: "text/csv", buffer: Buffer.from(young) });
  await page.getByTestId("tab-future").click();
  assert.match(await page.getByTestId("prediction-unavailable").textContent(), /^Predictions need at least 3 months of orders/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** A shop of `customers` customers, each buying a few times on days of their own over two
 * years (so that the models have as many histories to fit as customers), written to `file`. */
function writeShop(customers, file) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.UTC(2023, 0, 1), day = 86_400_000;
  const rows = ["order_id,customer_id,order_date,amount"];
  for (let c = 0; c < customers; c++) {
    const orders = 1 + Math.floor(-Math.log(1 - random()) * 2);
    const first = Math.floor(random() * 700);
    for (let o = 0; o < orders; o++) {
      const date = new Date(start + (first + Math.floor(random() * (730 - first))) * day).toISOString().slice(0, 10);
      rows.push(`${rows.length},C${c},${date},${(5 + random() * 200).toFixed(2)}`);
    }
  }
  fs.writeFileSync(file, rows.join("\n") + "\n");
}

/** A page with a generated shop of 500,000 customers (40 MB, whose prediction takes about
 * half a second in the browser) segmented, with `changes` made as a merchant would make
 * them while a prediction is made and `watch` run in the page before any of it; the file
 * goes once the test `t` is over. */
async function segmentedBigShop(t, changes, watch) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-shop-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const shop = path.join(dir, "many-customers.csv");
  writeShop(500_000, shop);
  const opened = await openPage(app);
  await opened.page.getByTestId("file-input").setInputFiles(shop);
  await opened.page.evaluate(watch);
  if (changes.length) await changeWhenPredicting(opened.page, changes);
  await opened.page.getByTestId("segment").click({ timeout: 60_000 });
  await opened.page.getByTestId("segments-table").waitFor({ timeout: 60_000 });
  return opened;
}

/** Makes the `changes` ([test id, value] of a form control) one per prediction: each the
 * moment the page starts saying it is predicting, by setting the control and firing its
 * change as a merchant's choice does. From inside the page, armed before the segments are
 * asked for: a round trip to the test could come after a prediction of half a second, and
 * a prediction made by then would show before the change's results, as if it had waited.
 * `window.__changed` counts the changes made; `window.__before` is the scheme title on
 * show at the last one. */
function changeWhenPredicting(page, changes) {
  return page.evaluate((changes) => {
    const predicting = () =>
      (document.querySelector('[data-testid="run-time"]')?.textContent ?? "").includes("Predicting who will buy again");
    window.__changed = 0;
    let wasPredicting = false;
    let due = false;
    new MutationObserver((_, observer) => {
      const now = predicting();
      due ||= now && !wasPredicting;
      wasPredicting = now;
      const [testId, value] = changes[window.__changed];
      const control = document.querySelector(`[data-testid="${testId}"]`);
      if (!due || !control) return;
      due = false;
      window.__before = document.querySelector('[data-testid="scheme-title"]')?.textContent;
      control.value = value;
      control.dispatchEvent(new Event("change", { bubbles: true }));
      window.__changed += 1;
      if (window.__changed === changes.length) observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, changes);
}

test("a scheme switched to while the prediction is made shows at once, then gets its figures", async (t) => {
  // What the page shows is noted the moment the scheme switched to appears.
  const { page, requestsAfterLoad, errors } = await segmentedBigShop(t, [["scheme-picker", "p:loyalty"]], () => {
    const title = () => document.querySelector('[data-testid="scheme-title"]')?.textContent;
    const runTime = () => document.querySelector('[data-testid="run-time"]')?.textContent ?? "";
    new MutationObserver((_, observer) => {
      if (!window.__changed || title() === window.__before) return;
      const headers = [...document.querySelectorAll('[data-testid="segments-table"] th')].map((th) => th.textContent);
      window.__switched = { title: title(), predicted: headers.some((h) => h.includes("Still active")), runTime: runTime() };
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.waitForFunction(() => window.__switched, null, { timeout: 60_000 });
  const switched = await page.evaluate(() => window.__switched);
  // Shown while the prediction was still under way (before, the worker answered the switch
  // only once the whole prediction was made) …
  assert.equal(switched.predicted, false, JSON.stringify(switched));
  assert.match(switched.runTime, /Predicting who will buy again/);
  // … which then arrives in the scheme switched to.
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByTestId("scheme-title").textContent(), switched.title);
  await page.getByTestId("run-time").filter({ hasText: /500,000 customers segmented in [\d,]+ ms/ }).waitFor();
  await page.getByTestId("tab-future").click();
  assert.match(await page.getByTestId("prediction-headline").textContent(), /^Of 500,000 customers, /);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a customer list opened while the prediction is made stays open, then gets its figures", async (t) => {
  // The first segment's list is opened from inside the page the moment it says it is
  // predicting: before, the prediction's figures closed it as they came.
  const { page, requestsAfterLoad, errors } = await segmentedBigShop(t, [], () => {
    const predicting = () =>
      (document.querySelector('[data-testid="run-time"]')?.textContent ?? "").includes("Predicting who will buy again");
    new MutationObserver((_, observer) => {
      const button = document.querySelector('[data-testid="segments-table"] tbody tr button:not([disabled])');
      if (!predicting() || !button) return;
      window.__opened = button.closest("tr").dataset.segment;
      button.click();
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.waitForFunction(() => window.__opened, null, { timeout: 60_000 });
  const segment = await page.evaluate(() => window.__opened);
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor({ timeout: 60_000 });
  const list = page.getByTestId("customer-list");
  await list.locator("th", { hasText: "Still active" }).waitFor();
  assert.match(await list.locator("h2").textContent(), new RegExp(`^${segment} — `));
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("another date asked for while the prediction is made is analysed at once, then predicted itself; one that cannot be is explained", async (t) => {
  // A new date is asked for while the first date's prediction is made, and a date before
  // the first order while the new date's is. The page notes whether the first date's
  // predicted figures showed before the new date's results did.
  const changes = [["results-reference", "2024-10-01"], ["results-reference", "2022-01-01"]];
  const { page, requestsAfterLoad, errors } = await segmentedBigShop(t, changes, () => {
    const predicted = () =>
      [...document.querySelectorAll('[data-testid="segments-table"] th')].some((th) => th.textContent.includes("Still active"));
    let predictedBefore = false;
    new MutationObserver((_, observer) => {
      if (!window.__changed) return;
      predictedBefore ||= predicted();
      if (document.querySelector('[data-testid="after-reference"]')) {
        window.__analysed = { predictedBefore };
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.waitForFunction(() => window.__analysed, null, { timeout: 60_000 });
  // Before, the new date waited for the first date's whole prediction, which showed first.
  assert.equal((await page.evaluate(() => window.__analysed)).predictedBefore, false);
  // The date before the first order is explained; the new date's results stay, and its
  // prediction goes on to them.
  await page.getByTestId("error").filter({ hasText: "There was no customer yet at the start of 1 January 2022" }).waitFor({ timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.__changed), 2);
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId("after-reference").textContent(), /on or after 1 October 2024 left out/);
  assert.equal(await page.getByTestId("results-reference").inputValue(), "2024-10-01");
  await page.getByTestId("tab-future").click();
  assert.match(await page.getByTestId("prediction-headline").textContent(), /^Of [\d,]+ customers, /);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the horizon and discount rate predict again, and only the last asked is shown", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(ORDERS);
  await page.getByTestId("segment").click();
  await page.getByTestId("tab-future").click();
  const headline = page.getByTestId("prediction-headline");
  await headline.waitFor();
  // Two horizons set before either is predicted: the first one's answer is not shown.
  await page.evaluate(() => {
    window.__headlines = [];
    new MutationObserver(() => {
      const shown = document.querySelector('[data-testid="prediction-headline"]')?.textContent;
      if (shown && window.__headlines.at(-1) !== shown) window.__headlines.push(shown);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    const horizon = document.querySelector('[data-testid="prediction-horizon"]');
    for (const days of ["730", "90"]) {
      horizon.value = days;
      horizon.dispatchEvent(new Event("change"));
    }
  });
  await headline.filter({ hasText: "Over the next 90 days" }).waitFor();
  const discount = page.getByTestId("prediction-discount");
  await discount.fill("2");
  await discount.dispatchEvent("change");
  await headline.filter({ hasText: "(discounted at 2% a month)" }).waitFor();
  const shown = await page.evaluate(() => window.__headlines);
  assert.ok(!shown.some((h) => h.includes("730 days")), shown.join("\n"));
  // The figures of the last horizon, as the command line predicts them.
  const cli = execFileSync(CLI, ["predict", ORDERS, "--horizon-days", "90", "--discount-monthly", "0.02"], { stdio: ["ignore", "pipe", "ignore"] }).toString();
  const [, purchases] = cli.match(/over the next 90 days they are expected to buy on ([\d,]+) days\./);
  assert.match(await headline.textContent(), new RegExp(`Over the next 90 days they are expected to buy on ${purchases} days and spend `));
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Crosses RFM with a saved rule on the purchases expected over the horizon; resolves to
 * the cross-tab once drawn. */
async function crossedWithBuyingAgain(page) {
  await buyingAgainImported(page);
  await page.getByTestId("save-scheme").click();
  await page.getByTestId("scheme-picker").selectOption("p:rfm-5");
  await page.getByTestId("scheme-title").filter({ hasText: /^RFM segments:/ }).waitFor();
  await page.getByTestId("tab-crosstab").click();
  await page.getByTestId("crosstab-picker").selectOption({ label: "Buying again" });
  const table = page.getByTestId("crosstab");
  await table.waitFor();
  return table;
}

test("a cross-tab with a scheme on predicted figures follows another horizon, a cell's list with it, under its column's name now", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmentedAndPredicted(page);
  const table = await crossedWithBuyingAgain(page);
  const inAYear = await table.textContent();
  // A cell of the customers expected to buy again, its list open.
  const cell = table.locator("button.cell-button:not([disabled])").first();
  const testId = await cell.getAttribute("data-testid");
  const count = (text) => Number(text.replace(/\D/g, ""));
  const before = count(await cell.locator(".cell-count").textContent());
  await cell.click();
  const heading = page.getByTestId("customer-list").locator("h2");
  await heading.waitFor();

  await horizonSet(page, 30);
  await page.getByTestId("tab-crosstab").click();
  await table.filter({ hasNotText: inAYear }).waitFor();
  const inAMonth = await table.textContent();
  assert.equal(await page.getByTestId("crosstab-picker").locator("option:checked").textContent(), "Buying again");
  // The list stays open on the same cell, with the customers it now holds.
  const inCell = count(await page.getByTestId(testId).locator(".cell-count").textContent());
  assert.notEqual(inCell, before);
  await heading.filter({ hasText: new RegExp(` — ${inCell} customers?$`) }).waitFor();
  // Crossed with Future value, whose first segment quotes its median predicted value:
  // after another horizon, a cell's list is named as its column is now.
  await page.getByTestId("crosstab-picker").selectOption("p:future-value");
  await table.filter({ hasNotText: inAMonth }).waitFor();
  const valuable = table.locator("th[scope=col]", { hasText: "Active and valuable" });
  const valuableInAMonth = await valuable.textContent();
  // Its second column (after "Bought once").
  await table.locator('button[data-testid$="-1"]:not([disabled])').first().click();
  await heading.filter({ hasText: ` × ${valuableInAMonth} — ` }).waitFor();
  await horizonSet(page, 365);
  await page.getByTestId("tab-crosstab").click();
  await valuable.filter({ hasNotText: valuableInAMonth }).waitFor();
  await heading.filter({ hasText: ` × ${await valuable.textContent()} — ` }).waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();

  // The horizon set before the cross-tab: the same table.
  const fresh = await openPage(app);
  await segmentedAndPredicted(fresh.page);
  await horizonSet(fresh.page, 30);
  await fresh.page.getByTestId("tab-segments").click();
  assert.equal(await (await crossedWithBuyingAgain(fresh.page)).textContent(), inAMonth);
  assert.deepEqual(fresh.errors, []);
  await fresh.page.close();
});

test("the horizon set stays when the file is read again", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmentedAndPredicted(page);
  await horizonSet(page, 90);
  // Read again in another encoding (the same text: the file is ASCII), the results made
  // anew, their Future value tab too.
  await page.evaluate(() => { document.querySelector('[data-testid="prediction-headline"]').dataset.old = "true"; });
  await page.getByTestId("mapping").locator("summary").click();
  await page.getByTestId("encoding").selectOption("Windows1252");
  await page.locator('[data-testid="prediction-headline"][data-old]').waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelector('[data-testid="encoding"]')?.value === "Windows1252");
  await page.getByTestId("tab-future").click();
  await page.getByTestId("prediction-headline").filter({ hasText: "Over the next 90 days" }).waitFor();
  assert.equal(await page.getByTestId("prediction-horizon").inputValue(), "90");
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a rule on the spend in a period: another period on the Value tab moves its customers at once and closes a list; the period holds through a comparison and a reading again", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmentedAndPredicted(page);
  // A rule on the spend over the period the Value tab asked for last: the last twelve months.
  const top = page.getByTestId("top-customers");
  await page.getByTestId("tab-value").click();
  await top.waitFor();
  const allTime = await top.textContent();
  await page.getByTestId("value-period").selectOption({ label: "The last 12 months" });
  await top.filter({ hasNotText: allTime }).waitFor();
  await page.getByTestId("tab-segments").click();
  await schemeImported(page, {
    name: "Spent lately",
    rules: [{ segment: "100 or more", when: { between: { feature: "spend_in_period", min: 100.0, max: null } } }],
    otherwise: "Less",
  });
  const table = page.getByTestId("segments-table");
  const lastYear = await table.locator("tbody").textContent();
  await table.locator("tbody tr button:not([disabled])").first().click();
  const list = page.getByTestId("customer-list");
  await list.locator("tbody tr").first().waitFor();
  // The calendar year 2024 moves customers with the ranking over it, not at the segments'
  // next summary (no other horizon is asked for): the segments on show count them, and
  // the list of the segment before goes, as for other segments.
  await page.getByTestId("tab-value").click();
  const year = await top.textContent();
  await page.getByTestId("value-period").selectOption({ label: "Calendar year 2024" });
  await top.filter({ hasNotText: year }).waitFor();
  await page.getByTestId("tab-segments").click();
  await table.locator("tbody").filter({ hasNotText: lastYear }).waitFor({ timeout: 5_000 });
  await list.waitFor({ state: "detached", timeout: 5_000 });
  // Back to the last twelve months: the counts they had.
  await page.getByTestId("tab-value").click();
  await page.getByTestId("value-period").selectOption({ label: "The last 12 months" });
  await page.getByTestId("tab-segments").click();
  await table.locator("tbody").filter({ hasText: lastYear }).waitFor({ timeout: 5_000 });
  // Compared since 1 March 2025: the comparison is made with the rule's segments (each
  // snapshot computes the spend in the twelve months before its own day), where the
  // build before stopped with a banner saying the figure was missing.
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-from").fill("2025-03-01");
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  await page.getByTestId("migration-table").filter({ hasText: "100 or more" }).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId("error").count(), 0);
  // Read again in another encoding (the same text: the file is ASCII), the results made
  // anew: the rule stays on show, on the twelve months the Value tab ranks over.
  await page.getByTestId("tab-segments").click();
  await page.evaluate(() => { document.querySelector('[data-testid="segments-table"]').dataset.old = "true"; });
  await page.getByTestId("mapping").locator("summary").click();
  await page.getByTestId("encoding").selectOption("Windows1252");
  await page.locator('[data-testid="segments-table"][data-old]').waitFor({ state: "detached" });
  await page.getByTestId("scheme-title").filter({ hasText: /^Spent lately/ }).waitFor({ timeout: 10_000 });
  await table.locator("tbody").filter({ hasText: lastYear }).waitFor({ timeout: 10_000 });
  await page.getByTestId("tab-value").click();
  assert.equal(await page.getByTestId("value-period").locator("option:checked").textContent(), "The last 12 months");
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
