// Every view of the app checked with axe-core as a merchant reaches it (landing, mapping,
// segments, each tab, a customer list, the campaign plan, a comparison through time, the
// prediction, the places of a geography scheme, an error, the dark theme): no serious or
// critical violation, and none wider than the window. And the whole flow by keyboard: a file chosen with a button, tabs moved with the arrow keys, focus
// taken to new results.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startApp, openPage, FIXTURES } from "./app.mjs";
import { seriousViolations } from "./axe.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");

/**
 * Checks the page as it stands, naming the view in the failure: axe-core's serious
 * violations, and the page scrolling sideways at a laptop's width (1280 px), where a wide
 * table scrolls inside its panel instead (what it holds out of sight included).
 */
async function check(page, view, found) {
  for (const v of await seriousViolations(page)) found.push(`${view}: ${v}`);
  const [pageWidth, windowWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (pageWidth > windowWidth) found.push(`${view}: the page is ${pageWidth} px wide in a window of ${windowWidth} px`);
}

test("no serious or critical accessibility violation in any view", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  const found = [];
  await check(page, "landing", found);

  await page.getByTestId("file-input").setInputFiles(ORDERS);
  await page.getByTestId("segment").waitFor();
  await check(page, "mapping", found);

  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  await page.locator('[data-testid="segments-table"] th', { hasText: "Still active" }).waitFor();
  await check(page, "segments", found);
  // The segment table fits, with the prediction's columns and each row's buttons: none of
  // it is out of sight past a sideways scroll.
  const table = await page.getByTestId("segments-table").evaluate((t) => [t.parentElement.scrollWidth, t.parentElement.clientWidth]);
  assert.ok(table[0] <= table[1], `the segment table is ${table[0]} px wide in a panel of ${table[1]} px`);
  await page.locator('[data-testid="segments-table"] tbody tr').first().getByRole("button", { name: "Customers" }).click();
  await page.getByTestId("customer-list").locator("tbody tr").first().waitFor();
  await check(page, "customer list", found);

  // Clusters become the segments, so the comparison through time comes first.
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-from").fill("2025-06-01");
  await page.getByTestId("migration-from").dispatchEvent("change");
  await page.getByTestId("migration-compare").click();
  await page.getByTestId("migration-flow").waitFor();
  await check(page, "through time", found);

  await page.getByTestId("tab-builder").click();
  await page.getByTestId("builder").waitFor();
  // A condition on the spend in a period, which brings the select of its period, with
  // its date fields open.
  await page.getByTestId("rule-0").getByTestId("add-condition").click();
  await page.getByTestId("rule-0").locator("select.feature").selectOption("spend_in_period");
  await page.getByTestId("draft-period").selectOption("dates");
  await page.getByTestId("draft-period-from").waitFor();
  await check(page, "build your own", found);

  await page.getByTestId("tab-clusters").click();
  await page.getByTestId("run-clusters").click();
  await page.getByTestId("cluster-list").waitFor({ timeout: 30_000 });
  await check(page, "clusters", found);

  await page.getByTestId("tab-crosstab").click();
  await page.getByTestId("crosstab-picker").selectOption("p:geo-country");
  await page.getByTestId("crosstab").locator("button.cell-button").first().waitFor();
  await check(page, "cross-tab", found);

  await page.getByTestId("tab-value").click();
  await page.getByTestId("value").waitFor();
  await check(page, "top customers", found);

  await page.getByTestId("tab-future").click();
  await page.getByTestId("prediction-headline").waitFor();
  await check(page, "future value", found);

  await page.getByTestId("tab-cohorts").click();
  await page.locator(".cohorts-view table").first().waitFor();
  await check(page, "cohorts", found);

  await page.getByTestId("tab-plan").click();
  await page.getByTestId("plan").waitFor();
  await check(page, "campaign plan", found);

  await page.getByTestId("tab-segments").click();
  await page.getByTestId("scheme-picker").selectOption("p:geo-country");
  await page.getByTestId("places-chart").waitFor();
  await check(page, "places", found);

  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByTestId("tab-segments").click();
  await page.getByTestId("segments-table").waitFor();
  await check(page, "segments, dark theme", found);
  await page.emulateMedia({ colorScheme: "light" });

  // A file that cannot be read: the error banner over the landing view.
  await page.getByTestId("file-input").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 255]) });
  await page.getByTestId("error").waitFor();
  await check(page, "error", found);

  assert.deepEqual(found, []);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Presses Tab until the focused element matches `selector`; fails after `most` presses. */
async function tabTo(page, selector, most = 150) {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`${selector} is not reached with the Tab key`);
}

const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));

test("the whole flow by keyboard: choose a file, segment, move between views", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // The tab in front, as the one a person types into is (a browser opens a file chooser
  // only for the page that has the focus).
  await page.bringToFront();
  // The file is chosen with the button, by keyboard. The chooser is caught from the start,
  // so that the browser never tries to open one of its own.
  const chooser = page.waitForEvent("filechooser");
  await tabTo(page, '[data-testid="file-input"]');
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(ORDERS);
  // Every column's choice is passed on the way to the button that segments.
  await page.getByTestId("segment").waitFor();
  await tabTo(page, '[data-testid="segment"]');
  await page.keyboard.press("Enter");
  await page.getByTestId("segments-table").waitFor();
  // The results take the focus.
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "results-heading");

  // The tab list is one stop; the arrow keys, Home and End move between the views.
  await tabTo(page, '[role="tab"]');
  assert.equal(await focused(page), "tab-segments");
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(page), "tab-builder");
  await page.getByTestId("builder").waitFor();
  assert.equal(await page.getByTestId("tab-builder").getAttribute("aria-selected"), "true");
  assert.equal(await page.getByRole("tabpanel").getAttribute("aria-labelledby"), "tab-builder");
  await page.keyboard.press("End");
  assert.equal(await focused(page), "tab-plan");
  await page.getByTestId("plan").waitFor();
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(page), "tab-segments");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focused(page), "tab-plan");
  await page.keyboard.press("Home");
  assert.equal(await focused(page), "tab-segments");
  await page.getByTestId("segments-table").waitFor();
  // Only the selected tab is in the Tab order.
  assert.deepEqual(
    await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.tabIndex)),
    [0, -1, -1, -1, -1, -1, -1, -1, -1],
  );

  // A segment's customers, opened from the keyboard.
  await tabTo(page, '[data-testid="segments-table"] tbody tr:first-child .row-actions button:first-child');
  await page.keyboard.press("Enter");
  await page.getByTestId("customer-list").locator("tbody tr").first().waitFor();

  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an export of sixty columns: the Segment button stays in sight, and no field the keyboard reaches is under it", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "read/shopify-orders.csv"));
  await page.getByTestId("role-0").waitFor();
  const inSight = (testid) =>
    page.getByTestId(testid).evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  // The table runs screens past the window; the button is at its foot all the same.
  assert.equal(await inSight("role-59"), false, "the last column is out of sight");
  assert.equal(await inSight("segment"), true, "the Segment button is in sight");

  // Every field from the first column's to `last`, by Tab: the fields that were covered
  // when they had the focus (what the window shows at a field's middle is not the field).
  const coveredOnTheWayTo = async (last) => {
    await page.getByTestId("role-0").focus();
    const covered = [];
    for (let i = 0; i < 150 && !(await page.evaluate((s) => document.activeElement.matches(s), last)); i++) {
      await page.keyboard.press("Tab");
      const hidden = await page.evaluate(() => {
        const field = document.activeElement;
        const r = field.getBoundingClientRect();
        const shown = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return shown && (field === shown || field.contains(shown)) ? null : field.getAttribute("data-testid") || field.tagName;
      });
      if (hidden) covered.push(hidden);
    }
    return covered;
  };
  const covered = await coveredOnTheWayTo('[data-testid="segment"]');
  assert.equal(await focused(page), "segment");
  assert.deepEqual(covered, []);

  // With the customer, the date, the amount and the unit price taken away, the bar says what is missing in
  // three lines above a button the keyboard skips; still nothing is under it.
  for (const role of ["role-1", "role-11", "role-15", "role-18"]) await page.getByTestId(role).selectOption("");
  await page.locator(".mapping-actions .missing li").nth(2).waitFor();
  assert.ok(await page.getByTestId("segment").isDisabled());
  assert.deepEqual(await coveredOnTheWayTo(".mapping-actions .actions button:last-child"), []);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
