// The page in the merchant's language: chosen from the browser's, switched in the page and
// remembered, with numbers and amounts written the language's way; no request on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp, openPage } from "./app.mjs";

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
  await page.getByTestId("segments-table").waitFor();
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
