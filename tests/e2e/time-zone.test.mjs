// Instants (date-times with an offset, Unix times) fall on the shop's days: by default the
// browser's zone with its summer time, which the merchant can change on the mapping screen
// and which is remembered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openPage, downloadText } from "./app.mjs";
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
