// Segments through time, as a merchant asks "who moved since June?": the reference date as
// the start of its day (checked against an independent computation), two dates compared
// in one file (the table, a cell's customers and campaign, the file of who moved where,
// which the command line writes byte for byte), a second export dropped in, the campaign
// cards' movements, and the cohorts triangle with a cell's customers; dates that find no
// customer yet explained; Future value compared, each day with its own prediction, and
// segments on predicted figures compared again for another horizon.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, openPage, segmented, downloadText, segmentsTable, countRequests, requestsSent, horizonSet, buyingAgainImported, REQUEST, ROOT, FIXTURES } from "./app.mjs";
import { referenceSegments, parseCsv } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");
const CLI = path.join(ROOT, "target/release/segmenter");
const JUNE = "2025-06-01";

/** Segments the file, puts Future value on show once predicted and compares it since June
 * on Through time; resolves to the field of the earlier day. */
async function futureValueComparedSinceJune(page) {
  await segmented(page);
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
  await page.getByTestId("scheme-picker").selectOption("p:future-value");
  await page.getByTestId("scheme-title").filter({ hasText: /^Future value/ }).waitFor();
  await page.getByTestId("tab-migration").click();
  const from = page.getByTestId("migration-from");
  await from.fill(JUNE);
  await from.dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  return from;
}

const number = (text) => Number(text.replace(/[^\d-]/g, ""));

test("a reference date shows the shop as it stood at the start of that day", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("results-reference").fill(JUNE);
  await page.getByTestId("results-reference").dispatchEvent("change");
  const note = page.getByTestId("after-reference");
  await note.waitFor();
  assert.match(await note.textContent(), /^[\d,]+ orders on or after 1 June 2025 left out/);

  // The independent computation, from the rows dated before 1 June only.
  const reference = referenceSegments(fs.readFileSync(ORDERS, "utf8"), "customer_id", JUNE);
  const headline = await page.getByTestId("headline").textContent();
  assert.equal(number(headline.split("·")[0]), reference.customers.size, headline);
  const shown = await segmentsTable(page);
  for (const [name, s] of reference.bySegment) {
    assert.equal(shown[name]?.customers, s.customers, `${name} as of 1 June`);
  }
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date before the shop's first order is explained, and the results on show stay, usable", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  // Once predicted, as the page asks for after the segments are on show.
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
  const field = page.getByTestId("results-reference");
  const asOf = await field.inputValue();
  const headline = await page.getByTestId("headline").textContent();
  const table = await segmentsTable(page);
  // The date picker offers no day before the shop had a customer: the day before the one it
  // starts at is explained.
  const earliest = await field.getAttribute("min");
  const dayBefore = new Date(Date.parse(earliest) - 86_400_000).toISOString().slice(0, 10);
  await field.fill(dayBefore);
  await field.dispatchEvent("change");
  const [y, m, d] = dayBefore.split("-").map(Number);
  const long = `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString("en", { month: "long", timeZone: "UTC" })} ${y}`;
  await page.getByTestId("error").filter({ hasText: `There was no customer yet at the start of ${long}` }).waitFor();
  // The results stay, and so does the date they are as of.
  await page.waitForFunction((day) => document.querySelector('[data-testid="results-reference"]').value === day, asOf);
  assert.equal(await page.getByTestId("headline").textContent(), headline);
  assert.deepEqual(await segmentsTable(page), table);
  // The same date asked on the mapping panel: explained too, and the panel's field goes back
  // to the results' date (empty: the day after the last order), which the next analysis uses.
  await page.getByTestId("error").getByRole("button").click();
  await page.locator('[data-testid="mapping"] summary').click();
  await page.getByTestId("reference-date").fill(dayBefore);
  await page.getByTestId("reference-date").dispatchEvent("change");
  await page.getByTestId("segment").click();
  await page.getByTestId("error").filter({ hasText: `There was no customer yet at the start of ${long}` }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-date"]').value === "");
  assert.equal(await page.getByTestId("headline").textContent(), headline);
  // Usable: another scheme, then one on the predicted figures, then another date.
  const title = page.getByTestId("scheme-title");
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await title.filter({ hasText: /^Loyalty/ }).waitFor();
  await page.getByTestId("scheme-picker").selectOption("p:future-value");
  await title.filter({ hasText: /^Future value: / }).waitFor();
  assert.ok((await segmentsTable(page)).Active.customers > 0);
  // The day the picker starts at shows the customers of the shop's first day.
  await field.fill(earliest);
  await field.dispatchEvent("change");
  await page.getByTestId("after-reference").waitFor();
  assert.ok(number((await page.getByTestId("headline").textContent()).split("·")[0]) > 0);
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date refused with the other day order leaves the file read as the results on show", async () => {
  // Every date reads either way round: month first, the orders run from 5 January to 8
  // April; day first, from 1 May to 4 August.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-either-way-"));
  const file = path.join(dir, "either-way.csv");
  fs.writeFileSync(file, "order_id,customer_id,order_date,amount\n1,A,01/05/2025,100.00\n" +
    "2,B,02/06/2025,50.00\n3,A,03/07/2025,70.00\n4,C,04/08/2025,90.00\n");
  const compared = async (refused) => {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("mapping").waitFor();
    await page.getByTestId("date-order-2").selectOption("month");
    await page.getByTestId("segment").click();
    await page.getByTestId("segments-table").waitFor();
    const headline = await page.getByTestId("headline").textContent();
    if (refused) {
      // Day first, 15 April comes before every order: refused, the results on show stay.
      await page.locator('[data-testid="mapping"] summary').click();
      await page.getByTestId("date-order-2").selectOption("day");
      await page.getByTestId("reference-date").fill("2025-04-15");
      await page.getByTestId("reference-date").dispatchEvent("change");
      await page.getByTestId("segment").click();
      await page.getByTestId("error").filter({ hasText: "There was no customer yet at the start of 15 April 2025" }).waitFor();
      assert.equal(await page.getByTestId("headline").textContent(), headline);
    }
    // Compared since 2 March, month first: one customer then, three now.
    await page.getByTestId("tab-migration").click();
    await page.getByTestId("migration-from").fill("2025-03-02");
    await page.getByTestId("migration-from").dispatchEvent("change");
    await page.getByTestId("migration-compare").click();
    const summary = page.getByTestId("migration-summary");
    await summary.waitFor();
    const seen = {
      title: await page.locator('[data-testid="migration"] h2').textContent(),
      summary: await summary.textContent(),
      table: await page.getByTestId("migration-table").textContent(),
    };
    assert.deepEqual(requestsAfterLoad, []);
    assert.deepEqual(errors, []);
    await page.close();
    return seen;
  };
  const afresh = await compared(false);
  assert.match(afresh.title, /^From 2 March 2025 to 9 April 2025/);
  assert.deepEqual(await compared(true), afresh);
});

test("two dates compared: the table, a cell's customers and campaign, and the file the CLI writes", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-from").fill(JUNE);
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  const summary = page.getByTestId("migration-summary");
  await summary.waitFor();
  const before = referenceSegments(fs.readFileSync(ORDERS, "utf8"), "customer_id", JUNE);
  const after = referenceSegments(fs.readFileSync(ORDERS, "utf8"));
  const newcomers = [...after.customers.keys()].filter((id) => !before.customers.has(id)).length;
  const text = await summary.textContent();
  assert.match(text, new RegExp(`^${after.customers.size} customers: .* ${newcomers} new\\.$`), text);
  await page.getByTestId("migration-flow").waitFor();

  // The movement with most customers between two different segments, opened.
  const moved = [];
  for (const [from, f] of before.customers) {
    const to = after.customers.get(from).segment;
    if (to !== f.segment) moved.push(`${f.segment} → ${to}`);
  }
  const tally = new Map();
  for (const m of moved) tally.set(m, (tally.get(m) || 0) + 1);
  const [biggest, size] = [...tally].sort((a, b) => b[1] - a[1])[0];
  const escaped = biggest.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Each cell's button reads "12 customers, 34.5% of the row: Champions → At Risk".
  const cell = page.locator('[data-testid^="move-"]').filter({ hasText: new RegExp(`of the row: ${escaped}$`) });
  assert.equal(number((await cell.locator(".cell-count").textContent())), size);
  await cell.click();
  const panel = page.getByTestId("migration-cell");
  await panel.waitFor();
  assert.equal((await panel.locator("h2").textContent()), `${biggest} — ${size} customer${size === 1 ? "" : "s"}`);
  assert.ok((await panel.locator(".campaign .why").textContent()).length > 20, "a campaign grounded in their figures");
  assert.equal(await panel.locator("table.customers tbody tr").count(), Math.min(size, 25));
  const [list] = await Promise.all([page.waitForEvent("download"), page.getByTestId("migration-cell-export").click()]);
  const rows = parseCsv((await downloadText(list)).replace(/^\uFEFF/, ""));
  assert.equal(rows.length - 1, size, "the cell's list has its customers");

  // Who moved where, as the command line writes it for the same file and dates.
  const [moves] = await Promise.all([page.waitForEvent("download"), page.getByTestId("migration-export").click()]);
  const fromPage = fs.readFileSync(await moves.path());
  const fromCli = execFileSync(CLI, ["migrate", ORDERS, "--from", JUNE, "-o", "-"], { stdio: ["ignore", "pipe", "ignore"] });
  assert.ok(fromPage.equals(fromCli), "segmenter migrate -o writes the page's file");

  // Back on the segments, each campaign says how its segment changed.
  await page.getByTestId("tab-segments").click();
  const movements = page.getByTestId("campaign-movement");
  await movements.first().waitFor();
  assert.match(await movements.first().textContent(), /Since 1 June 2025/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * The older export: everything before June, a customer the newer export no longer has, and
 * last a row without an amount.
 */
function olderExport() {
  const [header, ...lines] = fs.readFileSync(ORDERS, "utf8").split("\n");
  const older = [
    header,
    ...lines.filter((l) => l.split(",")[2] < JUNE),
    "99,GONE-1,2025-03-03,50.00,1,Books,GB,England,SW1A 1AA,40,F,gone@example.com",
    "98,GONE-1,2025-03-04,,1,Books,GB,England,SW1A 1AA,40,F,gone@example.com",
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-older-"));
  const file = path.join(dir, "march-export.csv");
  fs.writeFileSync(file, older.join("\n") + "\n");
  return file;
}

test("an older export dropped in gives new and gone customers", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-migration").click();
  const file = olderExport();
  await page.getByTestId("migration-file").setInputFiles(file);
  const summary = page.getByTestId("migration-summary");
  await summary.waitFor();
  assert.match(await page.locator('[data-testid="migration"] h2').textContent(), /^From march-export\.csv \(as of .*\) to orders-small\.csv/);
  assert.match(await summary.textContent(), / 1 gone\.$/);
  // Its row that could not be used is said of it, with its line.
  const rows = fs.readFileSync(file, "utf8").trimEnd().split("\n");
  assert.equal(
    await page.getByTestId("migration-rows-left-out").textContent(),
    `march-export.csv: 1 row of ${(rows.length - 1).toLocaleString("en")} could not be used and is left out of the comparison. The first: Line ${rows.length}, column "amount": has no amount.`,
  );
  // The net change: each later segment's customers less its earlier ones; none for the gone,
  // who count in the segments they left.
  const table = await page.getByTestId("migration-table").evaluate((t) => ({
    columns: [...t.querySelectorAll("thead th")].slice(1).map((th) => th.textContent),
    rows: [...t.querySelectorAll("tbody tr")].map((tr) => ({
      name: tr.querySelector("th").textContent,
      counts: [...tr.querySelectorAll(".cell-count")].map((c) => c.textContent),
    })),
    net: [...t.querySelectorAll("tfoot td")].map((td) => td.textContent),
  }));
  const expected = table.columns.map((name, c) => {
    if (name === "Not in the newer file") return "";
    const now = table.rows.reduce((sum, row) => sum + number(row.counts[c]), 0);
    const then = table.rows.find((row) => row.name === name)?.counts.reduce((sum, n) => sum + number(n), 0) ?? 0;
    return `${now >= then ? "+" : "-"}${Math.abs(now - then)}`;
  });
  assert.ok(table.columns.includes("Not in the newer file"), JSON.stringify(table));
  assert.deepEqual(table.net, expected);
  await page.locator('[data-testid^="move-"]:not([disabled])').filter({ hasText: /→ Not in the newer file$/ }).click();
  const panel = page.getByTestId("migration-cell");
  await panel.waitFor();
  assert.equal(await panel.locator("table.customers tbody tr td").first().textContent(), "GONE-1");
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("cohorts: the triangle by month of first order, and a cell's customers", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-cohorts").click();
  const table = page.getByTestId("cohorts");
  await table.waitFor();
  // Every customer is in one cohort.
  const sizes = await table.locator("tbody tr td:nth-child(2)").allTextContents();
  const total = sizes.map(number).reduce((a, b) => a + b, 0);
  const headline = await page.getByTestId("headline").textContent();
  assert.equal(total, number(headline.split("·")[0]));
  // The first cohort's customers who came back a month later.
  const cell = table.locator('[data-testid$="-1"]:not([disabled])').first();
  const [, bought] = (await cell.textContent()).match(/: ([\d,]+) of [\d,]+ bought$/);
  await cell.click();
  const list = page.getByTestId("cohort-customers");
  await list.waitFor();
  assert.match(await list.locator("h2").textContent(), new RegExp(`: ${bought} customers? who bought 1 month later$`));
  // The biggest cohort's list has more than one page.
  const biggest = sizes.map(number).reduce((best, n, i, all) => (n > all[best] ? i : best), 0);
  assert.ok(number(sizes[biggest]) > 25, "a cohort bigger than a page");
  await table.locator("tbody tr").nth(biggest).locator("td button").first().click();
  await list.locator("h2", { hasText: `: ${sizes[biggest]} customers who first ordered then` }).waitFor();
  await list.getByRole("button", { name: "Next" }).click();
  await list.getByText(/^Page 2 of \d+$/).waitFor();
  await page.getByTestId("cohort-period").selectOption("quarter");
  await table.locator("th", { hasText: /^Q\d \d{4}$/ }).first().waitFor();
  // Opened again, the tab shows the quarters it was left on, and says so.
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("tab-cohorts").click();
  await table.locator("th", { hasText: /^Q\d \d{4}$/ }).first().waitFor();
  assert.equal(await page.getByTestId("cohort-period").inputValue(), "quarter");
  // Another date, asked on this tab, brings the cohorts as of it (the tab was left empty).
  const reference = page.getByTestId("results-reference");
  await reference.fill("2025-03-01");
  await reference.dispatchEvent("change");
  await page.getByTestId("headline").filter({ hasNotText: headline }).waitFor();
  await table.waitFor();
  const earlier = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map(number);
  const customers = number((await page.getByTestId("headline").textContent()).split("·")[0]);
  assert.ok(customers < total, `${customers} customers as of 1 March, ${total} in all`);
  assert.equal(earlier.reduce((a, b) => a + b, 0), customers);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date after only rows that cannot be used says so, and the results on show stay", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // The shop's orders with a row dated before them all that has no amount: a date after
  // that row is found to have no customer only once the rows are bound.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-early-"));
  const file = path.join(dir, "orders-with-an-early-row.csv");
  const early = "999,C9999999,2021-01-01,,1,Beauty,DE,Bayern,80331,30,F,early@example.com\n";
  fs.writeFileSync(file, fs.readFileSync(ORDERS, "utf8") + early);
  await segmented(page, file);
  const headline = await page.getByTestId("headline").textContent();
  const table = await segmentsTable(page);
  const field = page.getByTestId("results-reference");
  const asOf = await field.inputValue();
  await field.fill("2022-01-01");
  await field.dispatchEvent("change");
  await page.getByTestId("error").filter({
    hasText: "There was no customer yet at the start of 1 January 2022: the one row dated before it could not be used. Choose a later date.",
  }).waitFor();
  await page.waitForFunction((day) => document.querySelector('[data-testid="results-reference"]').value === day, asOf);
  assert.equal(await page.getByTestId("headline").textContent(), headline);
  assert.deepEqual(await segmentsTable(page), table);
  // Usable: another scheme, then a date that finds customers.
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await page.getByTestId("scheme-title").filter({ hasText: /^Loyalty/ }).waitFor();
  await field.fill(JUNE);
  await field.dispatchEvent("change");
  await page.getByTestId("after-reference").filter({ hasText: /on or after 1 June 2025 left out/ }).waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("comparisons that cannot be made say why, and the page stays usable, also when a second was asked meanwhile", async () => {
  const { page, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-migration").click();
  // A day before the shop's first order.
  await page.getByTestId("migration-from").fill("2020-01-01");
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  await page.getByTestId("error").filter({ hasText: "There was no customer yet at the start of 1 January 2020" }).waitFor();
  // A second "export" that is not one.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-bad-"));
  const empty = path.join(dir, "empty.csv");
  fs.writeFileSync(empty, "");
  await page.getByTestId("migration-file").setInputFiles(empty);
  const message = page.getByTestId("error").filter({ hasText: "empty.csv" });
  await message.waitFor();
  assert.match(await message.textContent(), /^empty\.csv: /);
  // An export of the same shop none of whose rows can be used: said of it, its line named.
  const [header, ...rows] = fs.readFileSync(ORDERS, "utf8").split("\n").slice(0, 3);
  const noAmounts = path.join(dir, "no-amounts.csv");
  fs.writeFileSync(noAmounts, [header, ...rows.map((r) => r.split(",").with(3, "").join(","))].join("\n") + "\n");
  await page.getByTestId("migration-file").setInputFiles(noAmounts);
  const unusable = page.getByTestId("error").filter({ hasText: "no-amounts.csv" });
  await unusable.waitFor();
  assert.match(await unusable.textContent(), /^no-amounts\.csv: None of the 2 rows could be used\. Line 2, column "amount": /);
  // Still usable: a valid comparison then works.
  await page.getByTestId("migration-from").fill(JUNE);
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  const table = page.getByTestId("migration-table");
  await table.waitFor();
  const rfm = await table.textContent();
  // Two comparisons asked before either is made, the first refused: the second is shown,
  // and is the one compared again with the next scheme.
  await page.evaluate(([early, june]) => {
    const from = document.querySelector('[data-testid="migration-from"]');
    const compare = document.querySelector('[data-testid="migration-compare"]');
    for (const day of [early, june]) {
      from.value = day;
      from.dispatchEvent(new Event("change"));
      compare.click();
    }
  }, ["2020-01-01", JUNE]);
  await page.getByTestId("error").filter({ hasText: "There was no customer yet at the start of 1 January 2020" }).waitFor();
  await table.waitFor();
  assert.equal(await table.textContent(), rfm);
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await table.filter({ hasNotText: rfm }).waitFor();
  assert.match(await page.locator('[data-testid="migration"] h2').textContent(), /^From 1 June 2025 to /);
  assert.deepEqual(errors, []);
  await page.close();
});

test("clusters are followed through time: the earlier customers are put in the clusters found now", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-clusters").click();
  await page.getByTestId("run-clusters").click();
  await page.getByTestId("cluster-list").waitFor({ timeout: 30_000 });
  const clusters = await page.getByTestId("cluster-list").locator("li").count();
  await page.getByTestId("tab-segments").click();
  const now = await segmentsTable(page);
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-from").fill(JUNE);
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  const summary = await page.getByTestId("migration-summary").textContent();
  const total = Object.values(now).reduce((n, s) => n + s.customers, 0);
  assert.match(summary, new RegExp(`^${total} customers: \\d+ in the same segment, \\d+ moved, \\d+ new\\.$`), summary);
  // The table's columns are the clusters on show, each as many customers as now.
  const columns = await page.locator('[data-testid="migration-table"] thead th').evaluateAll((ths) => ths.slice(1).map((th) => th.textContent));
  const named = Object.keys(now).filter((name) => now[name].customers > 0 && name.startsWith("Cluster "));
  assert.equal(named.length, clusters);
  for (const name of named) assert.ok(columns.includes(name), `${name} in ${columns}`);
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Future value through time: each day predicted from the orders known then, a day too early to predict named", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const from = await futureValueComparedSinceJune(page);
  const table = page.getByTestId("migration-table");
  await table.waitFor();
  assert.match(await page.locator('[data-testid="migration"] h2').textContent(), /^From 1 June 2025 to /);
  assert.match(await page.locator(".migration-view .hint").first().textContent(), /"Future value"/);
  // Customers on both days: the earlier one's are segmented by its own prediction.
  const rows = await table.locator("tbody th").evaluateAll((ths) => ths.map((th) => th.textContent));
  assert.ok(rows.some((r) => r.startsWith("Likely lost") || r.startsWith("Active")), rows.join(", "));
  assert.equal(await page.getByTestId("error").count(), 0);
  // A month of orders (the shop opened on 2 July 2023) is too little to predict from.
  await from.fill("2023-08-01");
  await from.dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  const message = page.getByTestId("error").filter({ hasText: "As of 1 August 2023, the predictions this scheme reads cannot be made" });
  await message.waitFor();
  assert.match(await message.textContent(), /A scheme on the orders alone, such as RFM, can be compared from that day\./);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Compares the scheme on show since June; resolves to the table's text. */
async function comparedSinceJune(page) {
  await page.getByTestId("tab-migration").click();
  const from = page.getByTestId("migration-from");
  await from.fill(JUNE);
  await from.dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  return page.getByTestId("migration-table").textContent();
}

/** Two ways to segments that follow the predicted figures: a rule on the purchases expected
 * over the horizon, and clusters found on them (with another horizon first, other clusters
 * would be found: no comparison afresh to check against). */
const FOLLOWING_THE_PREDICTION = {
  "a rule on expected purchases": { afresh: true, made: buyingAgainImported },
  "clusters found on expected purchases": { afresh: false, made: async (page) => {
    await page.getByTestId("tab-clusters").click();
    await page.getByTestId("cluster-expected_purchases").check();
    await page.getByTestId("run-clusters").click();
    await page.getByTestId("cluster-list").waitFor({ timeout: 30_000 });
  } },
};

for (const [segments, { afresh, made }] of Object.entries(FOLLOWING_THE_PREDICTION)) {
  test(`${segments} compared again for another horizon`, async () => {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    await segmented(page);
    await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
    await made(page);
    const before = await comparedSinceJune(page);
    await countRequests(page);
    // Another horizon, set on its own tab; the comparison follows when the tab is back.
    await horizonSet(page, 60);
    await page.getByTestId("tab-migration").click();
    await page.waitForFunction(
      (earlier) => {
        const now = document.querySelector('[data-testid="migration-table"]')?.textContent;
        return now !== undefined && now !== earlier;
      },
      before,
    );
    const carried = await page.getByTestId("migration-table").textContent();
    assert.equal(await requestsSent(page, REQUEST.Migrate), 1);
    // The same horizon again predicts again, and compares nothing again (the tab waits
    // while it predicts, from the task the horizon is set in until the answer; then a
    // moment for a comparison, were one asked).
    const predicted = await requestsSent(page, REQUEST.Predict);
    await horizonSet(page, 60);
    await page.waitForFunction(([kind, n]) => window.__requests[kind] === n, [REQUEST.Predict, predicted + 1]);
    await page.getByTestId("prediction-pending").waitFor({ state: "detached" });
    await page.getByTestId("tab-migration").click();
    await page.getByTestId("migration-table").waitFor();
    await page.waitForTimeout(500);
    assert.equal(await requestsSent(page, REQUEST.Migrate), 1);
    assert.equal(await page.getByTestId("error").count(), 0);
    assert.deepEqual(requestsAfterLoad, []);
    assert.deepEqual(errors, []);
    await page.close();
    if (!afresh) return;

    // The horizon set before the scheme and the comparison: the same table.
    const fresh = await openPage(app);
    await segmented(fresh.page);
    await horizonSet(fresh.page, 60);
    await fresh.page.getByTestId("tab-segments").click();
    await made(fresh.page);
    assert.equal(await comparedSinceJune(fresh.page), carried);
    assert.deepEqual(fresh.errors, []);
    await fresh.page.close();
  });
}

test("clusters found on other figures are other segments though named alike: compared again, the list and the cross-tab closed", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("sample").click();
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
  const list = page.getByTestId("cluster-list");
  await page.getByTestId("tab-clusters").click();
  await page.getByTestId("cluster-k").selectOption("2");
  await page.getByTestId("run-clusters").click();
  await list.waitFor({ timeout: 30_000 });
  const found = await list.textContent();
  await page.getByTestId("tab-segments").click();
  const clusters = await segmentsTable(page);
  await page.locator('[data-testid="segments-table"] tbody tr').first().locator("button", { hasText: "Customers" }).click();
  await page.getByTestId("customer-list").waitFor();
  await page.getByTestId("tab-crosstab").click();
  await page.getByTestId("crosstab-picker").selectOption("p:loyalty");
  await page.getByTestId("crosstab").waitFor();
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-compare").click();
  const compared = await page.getByTestId("migration-table").textContent();
  await countRequests(page);

  // With the customers' tenure too, the sample shop's two clusters are named as before
  // and hold other customers.
  await page.getByTestId("tab-clusters").click();
  await page.getByTestId("cluster-tenure_days").check();
  await page.getByTestId("run-clusters").click();
  await list.filter({ hasNotText: found }).waitFor();
  await page.getByTestId("tab-segments").click();
  const again = await segmentsTable(page);
  assert.deepEqual(Object.keys(again), Object.keys(clusters));
  assert.notDeepEqual(again, clusters);
  // The list opened on the clusters before is closed.
  assert.equal(await page.getByTestId("customer-list").count(), 0);
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-table").filter({ hasNotText: compared }).waitFor();
  assert.equal(await requestsSent(page, REQUEST.Migrate), 1);
  await page.getByTestId("tab-crosstab").click();
  assert.equal(await page.getByTestId("crosstab").count(), 0);
  assert.equal(await page.getByTestId("crosstab-picker").inputValue(), "");
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Future value waited for, not compared twice: another date compares once it is predicted, or with the scheme in its place when it cannot be", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const from = await futureValueComparedSinceJune(page);
  const title = page.locator('[data-testid="migration"] h2');
  await title.waitFor();
  // Another date: the engine shows RFM in place of Future value until its prediction is
  // made; the tab says it waits, then compares Future value, once.
  await countRequests(page);
  await page.evaluate(() => {
    window.__waited = false;
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node.dataset?.testid === "migration-waiting") window.__waited = true;
        }
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByTestId("results-reference").fill("2025-09-01");
  await page.getByTestId("results-reference").dispatchEvent("change");
  await title.filter({ hasText: /^From 1 June 2025 to 1 September 2025/ }).waitFor();
  // The comparison's own rows: Future value's segments.
  const rows = () => page.locator('[data-testid="migration-table"] tbody th').evaluateAll((ths) => ths.map((th) => th.textContent));
  const ofFutureValue = (names) => names.some((r) => r.startsWith("Likely lost") || r.startsWith("Active"));
  assert.ok(ofFutureValue(await rows()), (await rows()).join(", "));
  assert.equal(await page.evaluate(() => window.__waited), true);
  // A moment for a second comparison, were one asked.
  await page.waitForTimeout(500);
  assert.equal(await requestsSent(page, REQUEST.Migrate), 1);
  assert.equal(await page.getByTestId("migration-waiting").count(), 0);
  // A date too early to predict from: the wait ends with the prediction's failure, and the
  // scheme in Future value's place is compared, from the day in the field.
  await from.fill("2023-08-01");
  await from.dispatchEvent("change");
  await page.getByTestId("results-reference").fill("2023-09-15");
  await page.getByTestId("results-reference").dispatchEvent("change");
  await title.filter({ hasText: /^From 1 August 2023 to 15 September 2023/ }).waitFor();
  assert.ok(!ofFutureValue(await rows()), (await rows()).join(", "));
  assert.match(await page.locator(".migration-view .hint").first().textContent(), /"RFM/);
  assert.equal(await requestsSent(page, REQUEST.Migrate), 2);
  await page.getByTestId("tab-future").click();
  await page.getByTestId("prediction-unavailable").waitFor();
  // A date that can be predicted again: the merchant's Future value comes back with it.
  await page.getByTestId("results-reference").fill("2025-09-01");
  await page.getByTestId("results-reference").dispatchEvent("change");
  await page.getByTestId("prediction-headline").waitFor();
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("scheme-title").filter({ hasText: /^Future value/ }).waitFor();
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("through time keeps its day and compares again for another scheme or date", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);
  await page.getByTestId("tab-migration").click();
  const from = page.getByTestId("migration-from");
  await from.fill("2025-01-15");
  await from.dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  const table = page.getByTestId("migration-table");
  const title = page.locator('[data-testid="migration"] h2');
  await table.waitFor();
  const rfm = await table.textContent();
  // Another scheme, picked with the tab open: compared again with it, from the same day.
  await page.getByTestId("scheme-picker").selectOption("p:loyalty");
  await table.filter({ hasNotText: rfm }).waitFor();
  assert.match(await title.textContent(), /^From 15 January 2025 to /);
  assert.equal(await from.inputValue(), "2025-01-15");
  // Another date: compared again up to it.
  const headline = await page.getByTestId("headline").textContent();
  await page.getByTestId("results-reference").fill("2025-05-01");
  await page.getByTestId("results-reference").dispatchEvent("change");
  await page.getByTestId("headline").filter({ hasNotText: headline }).waitFor();
  await title.filter({ hasText: /^From 15 January 2025 to 1 May 2025/ }).waitFor();
  // Left and opened again: the day chosen, and the comparison.
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("tab-migration").click();
  assert.equal(await from.inputValue(), "2025-01-15");
  await title.filter({ hasText: /^From 15 January 2025 to 1 May 2025/ }).waitFor();
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an export compared is read once: each scheme compares it again without reading it", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app, "?profile");
  // With ?profile, each switch of scheme prints the engine's steps since the one before:
  // the comparison asked again for a scheme is among those of the next switch, or its own.
  const switches = [];
  page.on("console", (m) => {
    if (m.text().startsWith("Segmenter profile of the switch")) switches.push(m.text());
  });
  await segmented(page);
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-file").setInputFiles(olderExport());
  const table = page.getByTestId("migration-table");
  await table.waitFor();
  let shown = await table.textContent();
  for (const scheme of ["p:loyalty", "p:geo-country", "p:rfm-5"]) {
    await page.getByTestId("scheme-picker").selectOption(scheme);
    await table.filter({ hasNotText: shown }).waitFor();
    shown = await table.textContent();
  }
  for (let i = 0; i < 100 && switches.length < 3; i++) await page.waitForTimeout(50);
  assert.equal(switches.length, 3, switches.join("\n\n"));
  // The first switch's steps may hold the export's first reading; none after it reads it again.
  for (const profile of switches.slice(1)) {
    assert.ok(!profile.includes("read the file"), profile);
  }
  assert.match(await page.locator('[data-testid="migration"] h2').textContent(), /^From march-export\.csv \(as of /);
  assert.match(await page.getByTestId("migration-summary").textContent(), / 1 gone\.$/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
