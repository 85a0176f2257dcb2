// Real-world exports in the browser: the same orders as a Shopify export and as a German
// Windows-1252 spreadsheet give the segments an independent computation gives; a confirmed
// mapping is remembered; an ambiguous date column asks the merchant.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, openPage, segmented, downloadText, segmentsTable, FIXTURES } from "./app.mjs";
import { referenceSegments } from "./reference.mjs";
import { genOrders, toShopify, toGermanExcel } from "./exports.mjs";

let app, dir, orders, source;
before(async () => {
  app = await startApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-reading-"));
  source = fs.readFileSync(path.join(FIXTURES, "orders-small.csv"), "utf8");
  orders = genOrders(source);
});
after(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function assertSameSegments(shown, expected) {
  for (const [name, e] of expected.bySegment) {
    assert.equal(shown[name]?.customers, e.customers, `${name}: customers`);
    assert.equal(shown[name]?.revenue, Math.round(e.revenue), `${name}: revenue`);
  }
}

test("a Shopify orders export maps with no manual step and gives the right segments", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const file = path.join(dir, "orders_export_1.csv");
  fs.writeFileSync(file, toShopify(orders));
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("mapping").waitFor();
  const roleOf = async (header) => {
    const headers = await page.locator("table.columns tbody th").allTextContents();
    return page.getByTestId(`role-${headers.indexOf(header)}`).inputValue();
  };
  assert.equal(await roleOf("Name"), "OrderId");
  assert.equal(await roleOf("Email"), "Email");
  assert.equal(await roleOf("Created at"), "OrderDate");
  assert.equal(await roleOf("Total"), "Amount");
  assert.equal(await roleOf("Financial Status"), "OrderStatus");
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  // Shopify identifies customers by e-mail; the reference does the same on the original rows.
  assertSameSegments(await segmentsTable(page), referenceSegments(source, "email"));
  assert.match(await page.locator(".shape").textContent(), /order lines/);
  assert.match(await page.getByTestId("headline").textContent(), /€/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a Windows-1252 semicolon spreadsheet with German headers gives the right segments", async () => {
  const { page, requestsAfterLoad } = await openPage(app);
  const file = path.join(dir, "Bestellungen.csv");
  fs.writeFileSync(file, toGermanExcel(orders));
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("mapping").waitFor();
  assert.equal(await page.getByTestId("encoding").inputValue(), "Windows1252");
  assert.match(await page.locator(".facts").textContent(), /semicolon/);
  assert.match(await page.locator("table.columns .examples").allTextContents().then((t) => t.join(" ")), /Jürgen Groß/);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  assertSameSegments(await segmentsTable(page), referenceSegments(source));

  // The customer list shows the names exactly as written.
  await page.locator('[data-testid="segments-table"] tbody tr').first().getByRole("button", { name: "Customers" }).click();
  await page.getByTestId("customer-list").locator("tbody tr").first().waitFor();
  // The file has names and no e-mails: the list has a column for the one, none for the other.
  const headers = await page.getByTestId("customer-list").locator("thead th").allTextContents();
  assert.deepEqual(headers.slice(0, 3).map((h) => h.trim()), ["Customer", "Name", "Days since last order"]);
  const names = await page.getByTestId("customer-list").locator("tbody tr td:nth-child(2)").allTextContents();
  assert.ok(names.every((n) => ["Chloé Œuvray", "Jürgen Groß", "Zoë Müller", "Renée Dupré", "Søren Ærø"].includes(n)), names.join("|"));
  assert.deepEqual(requestsAfterLoad, []);
  await page.close();
});

test("a confirmed mapping is remembered for the same headers", async () => {
  const { page } = await openPage(app);
  const file = path.join(FIXTURES, "orders-small.csv");
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("mapping").waitFor();
  // The merchant corrects a column: country is not used.
  const headers = await page.locator("table.columns tbody th").allTextContents();
  await page.getByTestId(`role-${headers.indexOf("country")}`).selectOption("");
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  // The same export again, later: straight to the segments, with the correction kept.
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("segments-table").waitFor();
  await page.locator(".mapping summary").click();
  assert.equal(await page.getByTestId(`role-${headers.indexOf("country")}`).inputValue(), "");
  // Reset to the suggested meanings: the correction is undone and forgotten, so the same
  // export asks for its columns again.
  await page.getByRole("button", { name: "Reset to the suggested meanings" }).click();
  assert.equal(await page.getByTestId(`role-${headers.indexOf("country")}`).inputValue(), "Country");
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("segment").waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId("segments-table").count(), 0);
  assert.equal(await page.getByTestId(`role-${headers.indexOf("country")}`).inputValue(), "Country");
  await page.close();
});

test("when every date fits both orders the merchant is asked, and the answer counts", async () => {
  const { page } = await openPage(app);
  const file = path.join(dir, "ambiguous.csv");
  fs.writeFileSync(file, "customer_id,order_date,amount\nA,03/04/2024,10.00\nB,05/06/2024,20.00\nB,02/01/2024,5.00\n");
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("mapping").waitFor();
  assert.match(await page.locator(".convention.ask").textContent(), /Every date here fits both orders/);
  await page.getByTestId("date-order-1").selectOption("month");
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  // Month first, the latest order is 6 May (day first it would be 5 June), so the
  // reference date is 7 May.
  assert.equal(await page.getByTestId("results-reference").inputValue(), "2024-05-07");
  await page.close();
});

test("Excel serial dates from a Mac: the merchant says 1904 and the dates move", async () => {
  const { page } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "read/dates-excel-serial.csv"));
  await page.getByTestId("mapping").waitFor();
  await page.getByTestId("excel-1904").check();
  await page.getByTestId("mapping").getByText("Excel date serial numbers (1904 date system)").waitFor();
  // Reading the file again in another encoding keeps the date system chosen.
  await page.getByTestId("encoding").selectOption("Windows1252");
  await page.waitForFunction(() => document.querySelector('[data-testid="encoding"]')?.value === "Windows1252");
  await page.getByTestId("mapping").getByText("Excel date serial numbers (1904 date system)").waitFor();
  assert.equal(await page.getByTestId("excel-1904").isChecked(), true);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  // The latest serial, 45322, is 31 January 2024 from 1900 and 1 February 2028 from 1904.
  assert.equal(await page.getByTestId("results-reference").inputValue(), "2028-02-02");
  await page.close();
});

test("the rows left out can be downloaded with line, column and reason", async () => {
  const { page } = await openPage(app);
  await segmented(page, path.join(FIXTURES, "read/bad-rows.csv"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-problems").click()]);
  const text = (await downloadText(download)).replace(/^\uFEFF/, "");
  assert.equal(
    text,
    'line,column,reason\r\n3,customer_id,has no customer ID\r\n4,order_date,"""yesterday"" is not a date"\r\n' +
      '5,amount,"""ten"" is not a number"\r\n6,,has 2 values but the header has 3 columns; a quote or separator may be missing\r\n' +
      "7,,has 4 values but the header has 3 columns; a quote or separator may be missing\r\n",
  );
  await page.close();
});

test("a file dropped on the page is read as one chosen with the button", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const text = fs.readFileSync(path.join(FIXTURES, "orders-small.csv"), "utf8");
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped-orders.csv", { type: "text/csv" }));
    return dt;
  }, text);
  await page.getByTestId("drop-zone").dispatchEvent("dragover", { dataTransfer });
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
  await page.getByTestId("mapping").waitFor();
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  assert.match(await page.getByTestId("headline").textContent(), /^501 customers · 3,001 orders/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page follows the system's dark theme and reduced motion", async () => {
  const { page } = await openPage(app);
  const look = () => page.evaluate(() => {
    const root = getComputedStyle(document.querySelector(".segmenter"));
    const fill = document.createElement("div");
    fill.className = "fill";
    const bar = document.createElement("div");
    bar.className = "progress";
    bar.appendChild(fill);
    document.querySelector(".segmenter").appendChild(bar);
    const transition = getComputedStyle(fill).transitionDuration;
    bar.remove();
    return { background: root.getPropertyValue("--seg-bg").trim(), transition };
  });
  assert.deepEqual(await look(), { background: "#f6f7f9", transition: "0.2s" });
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  assert.deepEqual(await look(), { background: "#14171c", transition: "0s" });
  await page.close();
});
