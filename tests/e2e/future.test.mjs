// Who will buy again, as a merchant meets it: after the segments, the prediction arrives
// on its own; the Future value tab says what it expects and how it did on the last three
// months; its figures join the segment table, the customer lists, the rule builder and the
// export, and match the command line's `predict` customer for customer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startApp, openPage, ROOT, FIXTURES } from "./app.mjs";
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

test("the prediction joins the segments, the lists, the rules and the export", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(ORDERS);
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  // The figures arrive after the segments, in the same table.
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();

  await page.getByTestId("tab-future").click();
  const headline = await page.getByTestId("prediction-headline").textContent();
  const cli = execFileSync(CLI, ["predict", ORDERS], { stdio: ["ignore", "pipe", "ignore"] }).toString();
  const [, customers, active] = cli.match(/^([\d,]+) customers, ([\d,]+) more likely active than not/);
  assert.ok(headline.startsWith(`Of ${customers} customers, ${active} are more likely still active than not.`), headline);
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

  // The scheme's rules, in the builder, read the chance like any other feature.
  await page.getByTestId("edit-rules").click();
  await page.getByTestId("rule-0").waitFor();
  const chosen = await page.locator('[data-testid="rule-0"] select').evaluateAll((all) => all.map((s) => s.selectedOptions[0]?.textContent));
  assert.ok(chosen.includes("Chance still active"), JSON.stringify(chosen));
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a shop too young for the models gets a sentence, not numbers", async () => {
  const { page, errors } = await openPage(app);
  const young = ["customer_id,order_date,amount", "A,2025-01-01,10", "A,2025-01-05,12", "B,2025-01-02,30", "C,2025-01-03,8"].join("\n");
  await page.getByTestId("file-input").setInputFiles({ name: "young.csv", mimeType: "text/csv", buffer: Buffer.from(young) });
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("tab-future").click();
  assert.match(await page.getByTestId("prediction-unavailable").textContent(), /^Predictions need at least 3 months of orders/);
  assert.deepEqual(errors, []);
  await page.close();
});
