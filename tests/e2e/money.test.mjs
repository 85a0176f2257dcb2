// Money a merchant can bet on: a file in two currencies is segmented one currency at a
// time, with a sentence and a choice, never adding dollars to euros; amounts are written as
// the merchant's browser language writes them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp, openPage, segmented } from "./app.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

test("a file in two currencies: one at a time, switchable", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const file = [
    "order_id,customer_id,order_date,amount,currency",
    "1,A,2025-01-05,100.00,USD", "2,B,2025-01-06,50.00,USD", "3,C,2025-01-07,80.00,EUR",
    "4,D,2025-01-08,20.00,USD", "5,D,2025-01-09,1000.00,EUR", "6,A,2025-02-01,30.00,USD",
  ].join("\n");
  await segmented(page, { name: "mixed.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  assert.match(await page.getByTestId("currencies").textContent(), /^This file mixes currencies: USD \(4 rows\), EUR \(2 rows\)\./);
  assert.equal(await page.getByTestId("headline").textContent(), "3 customers · 4 orders · $200 spent in all");
  await page.getByTestId("currency-choice").selectOption("EUR");
  await page.getByTestId("headline").filter({ hasText: "€1,080" }).waitFor();
  assert.equal(await page.getByTestId("headline").textContent(), "2 customers · 2 orders · €1,080 spent in all");
  // Read again in another encoding, the file comes back in the currency chosen.
  await page.getByTestId("mapping").locator("summary").click();
  await page.getByTestId("encoding").selectOption("Windows1252");
  await page.waitForFunction(() => document.querySelector('[data-testid="encoding"]')?.value === "Windows1252");
  await page.getByTestId("segments-table").waitFor();
  assert.equal(await page.getByTestId("headline").textContent(), "2 customers · 2 orders · €1,080 spent in all");
  assert.equal(await page.getByTestId("currency-choice").inputValue(), "EUR");
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("read again in an encoding that hides the currency on show, the file comes back in the biggest one left, never adding two", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const file = [
    "order_id,customer_id,order_date,amount",
    "1,A,2025-01-05,€100.00", "2,B,2025-01-06,€50.00", "3,C,2025-01-07,€80.00",
    "4,D,2025-01-08,$20.00", "5,E,2025-01-09,$10.00", "6,F,2025-02-01,30.00 GBP",
  ].join("\n");
  await segmented(page, { name: "marked.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  assert.equal(await page.getByTestId("headline").textContent(), "3 customers · 3 orders · €230 spent in all");
  // As Windows-1252 the euros' marks read "â‚¬" and are no amounts; the dollars and the
  // pounds still say theirs, and the dollars are counted on their own.
  await page.getByTestId("mapping").locator("summary").click();
  await page.getByTestId("encoding").selectOption("Windows1252");
  await page.getByTestId("headline").filter({ hasText: "$30" }).waitFor();
  assert.equal(await page.getByTestId("headline").textContent(), "2 customers · 2 orders · $30 spent in all");
  assert.match(await page.getByTestId("currencies").textContent(), /^This file mixes currencies: USD \(2 rows\), GBP \(1 row\)\./);
  assert.match(await page.locator("body").textContent(), /Line 2, column "amount": "â‚¬100\.00" is not a number/);
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a currency none of whose rows can be used: said for that currency, and the results on show stay", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const file = [
    "order_id,customer_id,order_date,amount,currency",
    "1,A,2025-01-05,100.00,USD", "2,B,2025-01-06,50.00,USD", "3,,2025-01-07,80.00,GBP",
    "4,D,2025-01-08,20.00,USD", "5,A,2025-02-01,30.00,USD",
  ].join("\n");
  await segmented(page, { name: "mixed.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByTestId("currency-choice").selectOption("GBP");
  await page.getByTestId("error").waitFor();
  // Not "none of the 5 rows": the 4 in dollars are fine, and still on show.
  assert.equal(await page.getByTestId("error").locator("p").textContent(),
    'The one row in GBP could not be used. Line 4, column "customer_id": has no customer ID');
  assert.equal(await page.getByTestId("currency-choice").inputValue(), "USD");
  assert.equal(await page.getByTestId("headline").textContent(), "3 customers · 4 orders · $200 spent in all");
  assert.ok(await page.getByTestId("segments-table").isVisible());
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("amounts marked $ and € in one column: told apart row by row", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // No currency column: only the marks say which row is in which currency.
  const file = [
    "order_id,customer_id,order_date,amount",
    "1,A,2025-01-05,$100.00", "2,B,2025-01-06,US$50.00", "3,C,2025-01-07,€80.00",
    "4,D,2025-01-08,20.00 USD", "5,D,2025-01-09,€1000.00", "6,A,2025-02-01,$30.00",
    "7,E,2025-02-02,5.00",
  ].join("\n");
  await segmented(page, { name: "marked.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  assert.match(await page.getByTestId("currencies").textContent(), /^This file mixes currencies: USD \(4 rows\), EUR \(2 rows\)\./);
  assert.equal(await page.getByTestId("headline").textContent(), "4 customers · 5 orders · $205 spent in all");
  await page.getByTestId("currency-choice").selectOption("EUR");
  await page.getByTestId("headline").filter({ hasText: "€1,085" }).waitFor();
  assert.equal(await page.getByTestId("headline").textContent(), "3 customers · 3 orders · €1,085 spent in all");
  // The unmarked row is kept, and the page says in which currency it was counted.
  assert.match(await page.locator("body").textContent(), /1 row names no currency while others do; they are counted in EUR/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("money thresholds are typed in the shop's currency, thousands groups and all", async () => {
  const { page, errors } = await openPage(app);
  const file = ["order_id,customer_id,order_date,amount", "1,A,2025-01-05,$1234.50", "2,B,2025-01-06,$20.00", "3,C,2025-01-07,$700.00"].join("\n");
  await segmented(page, { name: "dollars.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByTestId("grid-editor").locator("summary").click();
  const cuts = page.getByTestId("cuts-monetary");
  assert.match(await page.locator("label", { has: cuts }).textContent(), /^Monetary: thresholds in \$ spent/);
  await cuts.fill("100, 1,000.50; 2,000");
  await cuts.dispatchEvent("change");
  // The thresholds the scores now use, as the field writes them back.
  await page.waitForFunction(() => document.querySelector('[data-testid="cuts-monetary"]').value === "100; 1000.5; 2000");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a German browser gets the page in German, amounts written the German way", async () => {
  const german = await startApp({ locale: "de-DE" });
  try {
    const { page, errors } = await openPage(german);
    const file = ["order_id,customer_id,order_date,amount", "1,A,2025-01-05,€1234.50", "2,B,2025-01-06,€20.00"].join("\n");
    await segmented(page, { name: "euro.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    // The page is in German too, the browser's language.
    assert.equal(await page.getByTestId("headline").textContent(), "2 Kunden · 2 Bestellungen · 1.255 € insgesamt ausgegeben");
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await german.close();
  }
});

test("a currency code in small letters, as Stripe writes it, keeps the currency's own decimals", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // Kuwaiti dinars have three decimals: a fils is a thousandth.
  const file = [
    "order_id,customer_id,order_date,amount,currency",
    "1,A,2025-01-05,12.345,kwd", "2,B,2025-01-06,0.500,kwd", "3,A,2025-02-01,1.005,kwd",
  ].join("\n");
  await segmented(page, { name: "stripe.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  // The headline and the table round to whole dinars; a customer's total is to the fils.
  assert.equal(await page.getByTestId("headline").textContent(), "2 customers · 3 orders · 14 KWD spent in all");
  await page.locator('[data-testid="segments-table"] tr[data-segment="Potential Loyalist"]')
    .getByRole("button", { name: "Customers" }).click();
  const row = page.getByTestId("customer-list").locator("tbody tr").first();
  await row.waitFor();
  assert.match(await row.textContent(), /13\.350 KWD/);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
