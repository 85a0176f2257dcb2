// Instants (date-times with an offset, Unix times) fall on the shop's days: by default the
// browser's zone with its summer time, which the merchant can change on the mapping screen
// and which is remembered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openPage, segmented, downloadText } from "./app.mjs";
import { parseCsv } from "./reference.mjs";

/** customer_id → first_order in the "Download all customers" file. */
async function firstOrders(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const [header, ...rows] = parseCsv((await downloadText(download)).replace(/^\uFEFF/, ""));
  const at = (name) => header.fields.indexOf(name);
  return Object.fromEntries(rows.map((r) => [r.fields[at("customer_id")], r.fields[at("first_order")]]));
}

test("a browser in Berlin puts instants on Berlin's days, summer time and all; UTC when chosen", async () => {
  const app = await startApp({ timezoneId: "Europe/Berlin" });
  try {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    // 22:30 UTC: already the next day in a Berlin summer (UTC+2), the same day in winter (UTC+1)
    // until 23:00 UTC.
    const file = [
      "order_id,customer_id,order_date,amount",
      "1,SUMMER,2024-07-01T22:30:00Z,10",
      "2,WINTER,2024-01-01T22:30:00Z,10",
      "3,WINTER-LATE,2024-01-01T23:30:00+00:00,10",
    ].join("\n");
    await page.getByTestId("file-input").setInputFiles({ name: "instants.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    const zone = page.getByTestId("time-zone");
    await zone.waitFor();
    assert.equal(
      await zone.locator("option:checked").textContent(),
      "This browser's: Europe/Berlin (UTC+01:00, summer UTC+02:00)",
    );
    await page.getByTestId("segment").click();
    await page.getByTestId("segments-table").waitFor();
    assert.deepEqual(await firstOrders(page), { SUMMER: "2024-07-02", WINTER: "2024-01-01", "WINTER-LATE": "2024-01-02" });

    // Next visit: the confirmed columns go straight to the segments. The shop is in UTC:
    // chosen under "How your file was read", the file is read again, and it is remembered.
    const again = async () => {
      await page.reload();
      await page.locator('.segmenter[data-engine="ready"]').waitFor({ timeout: 30_000 });
      await page.getByTestId("file-input").setInputFiles({ name: "instants.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
      await page.getByTestId("segments-table").waitFor();
      await page.getByTestId("mapping").locator("summary").click();
      await zone.waitFor();
    };
    await again();
    const before = await page.getByTestId("headline").textContent();
    // Choosing takes the results away until the file is read again in that zone.
    await zone.selectOption("0");
    await page.getByTestId("segments-table").waitFor();
    await page.locator('[data-testid="time-zone"] option:checked', { hasText: /^UTC$/ }).waitFor({ state: "attached" });
    assert.equal(await page.getByTestId("headline").textContent(), before);
    assert.deepEqual(await firstOrders(page), { SUMMER: "2024-07-01", WINTER: "2024-01-01", "WINTER-LATE": "2024-01-01" });
    await again();
    assert.equal(await zone.locator("option:checked").textContent(), "UTC");

    assert.deepEqual(requestsAfterLoad.filter((u) => !u.startsWith(app.url)), []);
    assert.deepEqual(app.foreign, []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await app.close();
  }
});

test("a campaign's results count an order on the shop's day: 00:30 in Berlin is after a send the day before", async () => {
  const app = await startApp({ timezoneId: "Europe/Berlin" });
  try {
    const { page, requestsAfterLoad, errors } = await openPage(app);
    await segmented(page);

    // The plan's first campaign, sent on 1 September with a fifth held out.
    await page.getByTestId("open-plan").click();
    const index = (await page.locator("article.plan-item").first().getAttribute("data-testid")).replace("plan-", "");
    await page.getByTestId(`plan-${index}-name`).fill("September");
    await page.getByTestId(`plan-${index}-holdout`).fill("20");
    await page.getByTestId(`plan-${index}-holdout`).dispatchEvent("change");
    await page.getByTestId(`plan-${index}-sent`).fill("2025-09-01");
    await page.getByTestId(`plan-${index}-layout`).selectOption("plain");
    const [list] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`plan-${index}-export`).click()]);
    const [header, ...rows] = parseCsv((await downloadText(list)).replace(/^\uFEFF/, ""));
    const treated = rows.map((r) => r.fields[header.fields.indexOf("customer_id")]);
    await page.getByTestId("campaign-results").locator("table.records tbody tr").first().waitFor();

    // The newer export writes instants in UTC: half of those sent the campaign ordered at
    // 22:30 UTC on 31 August, which is 00:30 on 1 September in Berlin, the send day.
    const buyers = treated.filter((_, i) => i % 2 === 0);
    const newer = ["order_id,customer_id,order_date,amount", ...buyers.map((id, i) => `${9000000 + i},${id},2025-08-31T22:30:00Z,40.00`)];
    await page.getByTestId("followup-input").setInputFiles({ name: "orders-october.csv", mimeType: "text/csv", buffer: Buffer.from(newer.join("\n")) });
    const rate = page.getByTestId("uplift-0-rate");
    await rate.waitFor();
    const expected = ((100 * buyers.length) / treated.length).toFixed(1);
    assert.match(await rate.textContent(), new RegExp(`^\\+${expected.replace(".", "\\.")} points`));

    assert.deepEqual(requestsAfterLoad.filter((u) => !u.startsWith(app.url)), []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await app.close();
  }
});
