// The page in the merchant's language: chosen from the browser's, switched in the page and
// remembered, with numbers and amounts written the language's way, Through time's waiting
// sentence in each language the page speaks; no request on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startApp, openPage, segmented, segmentedAndPredicted, downloadText, countRequests, requestsSent, REQUEST, ROOT, FIXTURES } from "./app.mjs";
import { seriousViolations } from "./axe.mjs";
import { parseCsv } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const tagline = (page) => page.locator(".tagline").textContent();

test("an English browser gets English, and German chosen in the page is remembered", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.match(await tagline(page), /^Split your customers into groups worth a campaign\./);
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("language").selectOption("de");
  // Everything on show is written again in German, the results kept.
  await page.locator(".tagline", { hasText: "Teilen Sie Ihre Kunden" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
  assert.equal(await page.getByTestId("drop-zone").locator("h2").textContent(), "Ziehen Sie Ihren Bestellungs- oder Kundenexport hierher");
  // The engine's words too: the segments are named again in German, with the same figures.
  await page.locator('[data-testid="segments-table"] tr[data-segment="Treue Kunden"]').waitFor();
  assert.equal(await page.locator('[data-testid="segments-table"] tr[data-segment="Loyal Customers"]').count(), 0);
  assert.match(await page.getByTestId("scheme-title").textContent(), /^RFM-Segmente: 10 Segmente$/);
  assert.deepEqual(requestsAfterLoad, []);
  // Remembered: the next visit opens in German.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('"language":"de"')));
  await page.reload();
  await page.locator(".tagline", { hasText: "Teilen Sie Ihre Kunden" }).waitFor();
  assert.equal(await page.getByTestId("language").inputValue(), "de");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a French browser opens in French, with French numbers", async () => {
  const french = await startApp({ locale: "fr-FR" });
  try {
    const { page, requestsAfterLoad, errors } = await openPage(french);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    assert.match(await tagline(page), /^Répartissez vos clients/);
    assert.equal(await page.getByTestId("language").inputValue(), "fr");
    assert.equal(await page.getByTestId("sample").textContent(), "Essayer la boutique d’exemple");
    assert.deepEqual(requestsAfterLoad, []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await french.close();
  }
});

test("a browser in a language Segmenter does not speak gets English", async () => {
  const japanese = await startApp({ locale: "ja-JP" });
  try {
    const { page, errors } = await openPage(japanese);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.match(await tagline(page), /^Split your customers/);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await japanese.close();
  }
});

test("in German, every view reads without a serious accessibility violation", async () => {
  const german = await startApp({ locale: "de-DE" });
  try {
    const { page, requestsAfterLoad, errors } = await openPage(german);
    const found = [];
    const check = async (view) => {
      for (const v of await seriousViolations(page)) found.push(`${view}: ${v}`);
    };
    await check("landing");
    await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "orders-small.csv"));
    await page.getByTestId("segment").waitFor();
    await check("mapping");
    assert.match(await page.getByTestId("segment").textContent(), /^Meine Kunden segmentieren/);
    await page.getByTestId("segment").click();
    await page.getByTestId("segments-table").waitFor();
    await check("segments");
    for (const [tab, shown] of [
      ["tab-builder", "builder"], ["tab-value", "value"], ["tab-future", "prediction-headline"],
      ["tab-plan", "plan"],
    ]) {
      await page.getByTestId(tab).click();
      await page.getByTestId(shown).waitFor({ timeout: 30_000 });
      await check(tab);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(requestsAfterLoad, []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await german.close();
  }
});

test("what the page says about a file follows a language switch without reading it again", async () => {
  const { page, errors } = await openPage(app);
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "read/bad-rows.csv"));
  const mapping = page.getByTestId("mapping");
  await mapping.waitFor();
  // The language chosen in an earlier test is remembered: start from English.
  await page.getByTestId("language").selectOption("en");
  await mapping.getByText("Line 6: has 2 values but the header has 3 columns").waitFor();
  await mapping.getByText("text, 3 different values").waitFor();
  await page.getByTestId("language").selectOption("de");
  // The separator, the column formats, the meanings and the rows left out, in German.
  await mapping.getByText("Trennzeichen: Komma").waitFor();
  await mapping.getByText("Text, 3 verschiedene Werte").waitFor();
  await mapping.getByText("Zeile 6: hat 2 Werte, die Kopfzeile aber 3 Spalten").waitFor();
  assert.equal(await page.getByTestId("role-0").locator("option:checked").textContent(), "Kundennummer");
  assert.equal(await page.getByTestId("encoding").locator("option:checked").textContent(), "UTF-8");
  await page.getByTestId("segment").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("report").getByText("Zeile 3, Spalte „customer_id“: hat keine Kundennummer").waitFor();
  await page.locator(".shape", { hasText: "Gelesen als Bestellungen (eine Zeile pro Bestellung)." }).waitFor();
  // Back in English, the page reads as it did.
  await page.getByTestId("language").selectOption("en");
  await page.getByTestId("report").getByText('Line 3, column "customer_id": has no customer ID').waitFor();
  await page.locator(".shape", { hasText: "Read as orders (one row per order)." }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("Excel serial dates are recognised in any language", async () => {
  const { page } = await openPage(app);
  await page.getByTestId("language").selectOption("fr");
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, "read/dates-excel-serial.csv"));
  await page.getByTestId("mapping").getByText("numéros de série de date Excel").waitFor();
  // Ticked, the box stays ticked while the file is read again with it: it was once drawn
  // again from the file's overview before, unticked until the new one came.
  const ticked = await page.getByTestId("excel-1904").evaluate((box) => new Promise((resolve) => {
    const now = () => document.querySelector('[data-testid="excel-1904"]').checked;
    box.addEventListener("change", () => setTimeout(() => resolve(now())), { once: true });
    box.click();
  }));
  assert.equal(ticked, true);
  await page.getByTestId("mapping").getByText("numéros de série de date Excel (calendrier depuis 1904)").waitFor();
  await page.close();
});

test("in German the rule builder lists weekdays and seasons in German, the rules keeping the English values", async () => {
  const german = await startApp({ locale: "de-DE" });
  try {
    const { page, errors } = await openPage(german);
    await segmented(page);
    await page.getByTestId("tab-builder").click();
    const rule = page.getByTestId("rule-0");
    await rule.getByTestId("add-condition").click();
    const feature = rule.locator("select.feature");
    // A built-in season under its German name, its feature's id as in English.
    assert.equal(
      await feature.locator('option[value="season_share_valentines_day"]').textContent(),
      "Anteil der Bestellungen im Zeitraum „Valentinstag“",
    );
    await feature.selectOption("favourite_weekday");
    const monday = rule.getByTestId("values").locator('option[value="Monday"]');
    await monday.waitFor();
    assert.equal(await monday.textContent(), "Montag");
    // Chosen, the rule counts customers by the English value.
    await rule.getByTestId("values").selectOption("Monday");
    await page.getByTestId("live-counts").locator("tbody tr").first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await german.close();
  }
});

test("a campaign exported in English and again after switching to German keeps one record", async () => {
  const fresh = await startApp();
  try {
    const { page, errors } = await openPage(fresh);
    await segmented(page);
    await page.getByTestId("tab-plan").click();
    // A segment German names otherwise, under the campaign name suggested for it.
    const loyal = page.locator('article.plan-item[data-segment="Loyal Customers"]');
    await loyal.waitFor();
    const index = (await loyal.getAttribute("data-testid")).replace("plan-", "");
    const englishName = await page.getByTestId(`plan-${index}-name`).inputValue();
    await page.getByTestId(`plan-${index}-layout`).selectOption("plain");
    const [first] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`plan-${index}-export`).click()]);
    const records = page.getByTestId("campaign-results").locator("table.records tbody tr");
    await records.first().waitFor();
    assert.equal(await records.count(), 1);
    await page.getByTestId("language").selectOption("de");
    const treue = page.locator(`article.plan-item[data-segment="Treue Kunden"]`);
    await treue.waitFor();
    assert.equal(await treue.getAttribute("data-testid"), `plan-${index}`);
    assert.notEqual(await page.getByTestId(`plan-${index}-name`).inputValue(), englishName);
    await page.getByTestId(`plan-${index}-layout`).selectOption("plain");
    const [second] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`plan-${index}-export`).click()]);
    // The record is replaced, named in German now, and the same customers were held out.
    await page.getByTestId("campaign-results").filter({ hasText: "Treue Kunden" }).waitFor();
    assert.equal(await records.count(), 1);
    const ids = async (download) => {
      const [header, ...rows] = parseCsv((await downloadText(download)).replace(/^\uFEFF/, ""));
      const id = header.fields.indexOf("customer_id");
      return rows.map((r) => r.fields[id]).sort();
    };
    assert.deepEqual(await ids(second), await ids(first));
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await fresh.close();
  }
});

test("a campaign the merchant edited stays edited when the page switches language", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // This browser may remember another language from an earlier test: English first.
  await page.getByTestId("language").selectOption("en");
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("tab-plan").click();
  const item = page.locator('article.plan-item[data-segment="Loyal Customers"]');
  const index = (await item.getAttribute("data-testid")).replace("plan-", "");
  await page.getByTestId(`plan-${index}-edit`).click();
  await page.getByTestId(`plan-${index}-offer`).fill("Free gift wrapping, no discount");
  await page.getByTestId(`plan-${index}-save`).click();
  await page.getByTestId("language").selectOption("de");
  // The segment is named in German now, and its campaign is still the merchant's.
  await page.locator(".tagline", { hasText: "Teilen Sie Ihre Kunden" }).waitFor();
  await page.locator(`article.plan-item[data-testid="plan-${index}"][data-segment="Treue Kunden"]`).waitFor();
  assert.equal(await page.getByTestId(`plan-${index}-offer`).textContent(), "Free gift wrapping, no discount");
  assert.deepEqual(requestsAfterLoad, []);
  // And after a reload (its own requests aside), in German, from what the browser kept.
  await page.reload();
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  await page.getByTestId("tab-plan").click();
  assert.equal(await page.getByTestId(`plan-${index}-offer`).textContent(), "Free gift wrapping, no discount");
  assert.deepEqual(errors, []);
  await page.close();
});

/** The sentence `key` of the words crate's `language`, in `file`, as written there. */
function sentence(language, file, key) {
  const text = fs.readFileSync(path.join(ROOT, "crates/words/locales", language, file), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${key} = `));
  return line.slice(key.length + 3);
}

test("Through time says it waits for the predictions in each language, and compares once", async () => {
  const { page, requestsAfterLoad, errors } = await openPage(app);
  // The language chosen in an earlier test is remembered: start from English.
  await page.getByTestId("language").selectOption("en");
  await segmentedAndPredicted(page);
  await page.getByTestId("scheme-picker").selectOption("p:future-value");
  await page.getByTestId("scheme-title").filter({ hasText: /^Future value/ }).waitFor();
  await page.getByTestId("tab-migration").click();
  await page.getByTestId("migration-compare").click();
  await page.getByTestId("migration-table").waitFor();
  // Another language analyses again: Future value waits for its prediction, and the tab
  // says so (seen as it is added, however briefly), then compares once it is made.
  await countRequests(page);
  await page.evaluate(() => {
    window.__waiting = [];
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node.dataset?.testid === "migration-waiting") window.__waiting.push(node.textContent);
        }
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  const languages = ["de", "es", "fr", "nl", "pt"];
  for (const [at, language] of languages.entries()) {
    await page.getByTestId("language").selectOption(language);
    await page.waitForFunction((n) => window.__waiting.length > n, at);
    await page.getByTestId("migration-waiting").waitFor({ state: "detached" });
    await page.getByTestId("migration-table").waitFor();
    const said = await page.evaluate(() => window.__waiting.at(-1));
    assert.equal(said, sentence(language, "through_time.ftl", "through-time-waiting"));
    assert.equal(await requestsSent(page, REQUEST.Migrate), at + 1);
  }
  // A moment for another comparison, were one asked after the last.
  await page.waitForTimeout(500);
  assert.equal(await requestsSent(page, REQUEST.Migrate), languages.length);
  assert.equal(await page.getByTestId("error").count(), 0);
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});
