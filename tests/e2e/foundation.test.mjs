// The foundation, as a merchant uses it: drop an orders file, confirm the columns, see RFM
// segments, open a segment, download lists; bad files; the sample shop. Every test also
// checks that nothing left the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startApp, openPage, downloadText, segmentsTable, FIXTURES } from "./app.mjs";
import { launch } from "./browser.mjs";
import { referenceSegments, parseCsv } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");

async function upload(page, file) {
  await page.getByTestId("file-input").setInputFiles(file);
}

test("an orders file becomes the RFM segments an independent computation gives", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await upload(page, ORDERS);
  await page.getByTestId("mapping").waitFor();
  // The mapping screen shows the detected roles before anything is computed.
  assert.equal(await page.getByTestId("role-1").inputValue(), "CustomerId");
  assert.equal(await page.getByTestId("role-2").inputValue(), "OrderDate");
  assert.equal(await page.getByTestId("role-3").inputValue(), "Amount");
  assert.equal(await page.getByTestId("results").count(), 0);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();

  const expected = referenceSegments(fs.readFileSync(ORDERS, "utf8"));
  const shown = await segmentsTable(page);
  for (const [name, e] of expected.bySegment) {
    assert.equal(shown[name]?.customers, e.customers, `${name}: customers`);
    assert.equal(shown[name]?.revenue, Math.round(e.revenue), `${name}: revenue`);
  }
  const total = Object.values(shown).reduce((n, s) => n + s.customers, 0);
  assert.equal(total, expected.customers.size);
  assert.match(await page.getByTestId("results-reference").inputValue(), new RegExp(expected.reference));

  // Rows left out are listed with their line numbers and reasons.
  const problems = await page.getByTestId("problems").locator("li").allTextContents();
  assert.deepEqual(problems.map((p) => Number(p.match(/^Line (\d+)/)[1])), expected.rejectedLines);
  assert.match(problems[0], /"2025-13-45" is not a date/);
  assert.match(problems[1], /column "amount": "abc" is not a number/);
  assert.match(problems[2], /has 3 values but the header has 12 columns/);

  // The chart and grid are drawn.
  assert.equal(await page.getByTestId("rf-grid").locator("rect").count(), 25);
  // Each cell names its segment in letters too, and the legend spells them out.
  assert.equal(await page.getByTestId("cell-r5-f5").locator("text.initials").textContent(), "Ch");
  assert.match(await page.getByTestId("grid-legend").textContent(), /^Ch Champions · LC Loyal Customers · /);
  assert.ok((await page.getByTestId("campaigns").locator("article").count()) >= 5);
  assert.match(await page.getByTestId("score-explanation").textContent(), /Recency \(days since the last order\): 5 = up to \d+ days/);

  // A segment's customers, sorted by spend, and its list.
  const champions = page.locator('[data-testid="segments-table"] tr[data-segment="Champions"]');
  await champions.getByRole("button", { name: "Customers" }).click();
  const list = page.getByTestId("customer-list");
  await list.locator("tbody tr").first().waitFor();
  // The file has e-mails and no names: a column for the one, none for the other.
  const headers = (await list.locator("thead th").allTextContents()).map((h) => h.trim());
  assert.ok(headers.includes("E-mail") && !headers.includes("Name"), headers.join("|"));
  const firstId = await list.locator("tbody tr td").first().textContent();
  const top = [...expected.customers].filter(([, c]) => c.segment === "Champions").sort((a, b) => b[1].monetary - a[1].monetary)[0];
  assert.equal(firstId, top[0]);
  const [segmentDownload] = await Promise.all([
    page.waitForEvent("download"),
    list.getByRole("button", { name: "Download this list (CSV)" }).click(),
  ]);
  assert.match(segmentDownload.suggestedFilename(), /^segmenter-rfm-segments-champions-\d{4}-\d{2}-\d{2}\.csv$/);
  const segmentRows = parseCsv((await downloadText(segmentDownload)).replace(/^\uFEFF/, ""));
  assert.equal(segmentRows.length - 1, expected.bySegment.get("Champions").customers);

  // The full export: every customer, numbers as numbers, formulas neutralised.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const rows = parseCsv((await downloadText(download)).replace(/^\uFEFF/, ""));
  const header = rows[0].fields;
  assert.equal(header[0], "customer_id");
  for (const name of ["email", "segment", "days_since_last_order", "orders", "total_spent", "r_score"]) {
    assert.ok(header.includes(name), name);
  }
  assert.equal(rows.length - 1, expected.customers.size);
  const col = (n) => header.indexOf(n);
  for (const { fields } of rows.slice(1)) {
    const e = expected.customers.get(fields[0]);
    assert.equal(fields[col("segment")], e.segment, fields[0]);
    assert.equal(Number(fields[col("orders")]), e.frequency, fields[0]);
  }
  const injected = rows.find((r) => r.fields[0] === "C9999991").fields;
  assert.ok(injected[col("email")].startsWith("'=HYPERLINK"), injected[col("email")]);
  assert.equal(injected[col("total_spent")], "20.00", "an amount, with its currency's decimals, never neutralised");

  assert.deepEqual(requestsAfterLoad, [], "no request may leave the page after it loaded");
  assert.deepEqual(app.foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("bad files get a clear message and the app stays usable", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || "/tmp", "segmenter-bad-"));
  const files = {
    "empty.csv": ["", /This file is empty/],
    "header-only.csv": ["order_id,customer_id,order_date,amount\n", /header row \(4 columns\) but no data rows/],
    "workbook.csv": [Buffer.from("504b0304140006000800000021000000", "hex"), /Excel workbook \(\.xlsx\).*save or download it as CSV/],
    "binary.csv": [Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]), /not text/],
    "list.csv": ["email\na@x.com\nb@y.com\n", /Only one column was found/],
  };
  for (const [name, [content, message]] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    await upload(page, file);
    const error = page.getByTestId("error");
    await error.waitFor();
    assert.match(await error.textContent(), message, name);
  }
  // Still usable: a good file after all of that.
  await upload(page, ORDERS);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page shows its top while its WebAssembly loads, then the app in its place; a host's frame never shows it", async () => {
  for (const [query, shows] of [["", true], ["?host-origin=https://shop.example", false]]) {
    // A browser of its own each time: no service worker kept the app's files, so holding its
    // starter and WebAssembly back holds the app back.
    const context = await launch();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      for (const pattern of ["**/*.wasm", "**/boot.js"]) await page.route(pattern, async (route) => { await held; await route.continue(); });
      await page.goto(app.url + query, { waitUntil: "commit" });
      if (shows) {
        await page.locator("#segmenter-shell h1").waitFor();
        // Painted, in the app's own look, before any WebAssembly arrived.
        await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length === 1);
        assert.equal(await page.locator("#segmenter-shell h1").textContent(), "Segmenter");
        assert.equal(await page.locator("#segmenter-shell").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(246, 247, 249)");
      } else {
        // The whole page parsed and styled, its starter not yet run: the top is there, hidden,
        // and nothing has been painted that the app would then take away.
        await page.waitForFunction(() => document.readyState === "interactive" && document.styleSheets.length === 1);
        assert.equal(await page.locator("#segmenter-shell").count(), 1);
        assert.equal(await page.locator("#segmenter-shell").isVisible(), false);
        assert.equal(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length), 0);
      }
      assert.equal(await page.locator(".segmenter[data-engine]").count(), 0);
      release();
      await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 30_000 });
      assert.equal(await page.locator("#segmenter-shell").count(), 0);
      assert.equal(await page.locator(".segmenter").count(), 1);
      assert.equal(await page.locator("h1").count(), 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test("the sample shop is one click away", async () => {
  const { page, requestsAfterLoad } = await openPage(app);
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  assert.match(await page.getByTestId("headline").textContent(), /^666 customers · 4,000 orders/);
  // The sample's columns were the app's proposal, not the merchant's: their own export with
  // the same headers still asks them to check its columns.
  await page.getByTestId("file-input").setInputFiles(ORDERS);
  await page.getByTestId("segment").waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId("segments-table").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  await page.close();
});

test("a file chosen while the engine rehearses on its sample shop gets the segments of one chosen before or after", async () => {
  // The worker rehearses on the sample shop from a moment after it is ready (about 0.1 s)
  // for a few tenths of a second, giving way to the page's requests: a file chosen at once,
  // during it or well after it must get the same answer, and the rehearsal's shop must show
  // nowhere.
  const seen = [];
  for (const wait of [0, 150, 1500]) {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    await page.waitForTimeout(wait);
    await upload(page, ORDERS);
    await page.getByTestId("segment").click();
    await page.getByTestId("segments-table").waitFor();
    seen.push({
      headline: await page.getByTestId("headline").textContent(),
      segments: await segmentsTable(page),
      file: await page.getByTestId("mapping").locator("summary").textContent(),
    });
    assert.deepEqual(requestsAfterLoad, []);
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.doesNotMatch(seen[0].headline, /^666 customers/);
  assert.match(seen[0].file, /orders-small\.csv/);
  assert.deepEqual(seen[1], seen[0]);
  assert.deepEqual(seen[2], seen[0]);
});
