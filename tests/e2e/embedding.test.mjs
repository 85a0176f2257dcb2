// Embedding, as a platform does it: the example host page (examples/host) on one origin
// embeds the app from another in a 720-pixel iframe, posts an orders file and gets the
// summary and a segment's customers; the same file through the JavaScript module gives the
// same summary. Malformed messages get error replies; a page on a third origin is ignored.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, DIST, FIXTURES } from "./app.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";
import { referenceSegments } from "./reference.mjs";

// The app, the host and a stranger each on their own origin (127.0.0.1, three ports).
let app, host, stranger, context;
before(async () => {
  app = await serve(DIST);
  context = await launch();
  host = await serve(path.join(ROOT, "examples/host"), 0, { "/module/": path.join(ROOT, "crates/module/pkg") });
  stranger = await serve(path.join(ROOT, "examples/host"));
});
after(async () => {
  await context.close();
  app.server.close();
  host.server.close();
  stranger.server.close();
});

const ORDERS = path.join(FIXTURES, "orders-small.csv");

/** The host page's summary table as { segment → customers }. */
async function summaryOf(page, id) {
  const rows = await page.locator(`#${id} tbody tr`).all();
  const out = {};
  for (const row of rows) out[await row.getAttribute("data-segment")] = Number(await row.locator("td").nth(1).textContent());
  return out;
}

test("a host page embeds the app in an iframe and uses the module", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${host.url}?app=${app.url}`);
  await page.locator("#status", { hasText: "Segmenter is ready." }).waitFor({ timeout: 30_000 });
  const requestsAfterLoad = [];
  page.context().on("request", (r) => requestsAfterLoad.push(r.url()));

  await page.locator("#file").setInputFiles(ORDERS);
  await page.locator("#frame-summary table").waitFor({ timeout: 30_000 });
  await page.locator("#module-summary table").waitFor({ timeout: 30_000 });
  const expected = referenceSegments(fs.readFileSync(ORDERS, "utf8"));
  const want = Object.fromEntries([...expected.bySegment].map(([name, s]) => [name, s.customers]));
  const framed = await summaryOf(page, "frame-summary");
  for (const [name, customers] of Object.entries(want)) assert.equal(framed[name], customers, name);
  assert.deepEqual(await summaryOf(page, "module-summary"), framed, "the module gives the same segments");

  // The frame shows the same result, themed by the host, in 720 pixels without overflow.
  const frame = page.frameLocator("iframe");
  await frame.locator('[data-testid="segments-table"]').waitFor();
  const inside = page.frames().find((f) => f.url().startsWith(app.url));
  assert.equal(await inside.evaluate(() => getComputedStyle(document.querySelector(".segmenter")).getPropertyValue("--seg-accent").trim()), "#0a7d5a");
  assert.ok(await inside.evaluate(() => document.documentElement.scrollWidth <= 720), "no horizontal scrolling at 720 px");

  // A segment's customers, on request.
  await page.locator('#frame-summary tr[data-segment="Champions"] button').click();
  await page.locator('#frame-customers ol[data-segment="Champions"]').waitFor();
  assert.equal(await page.locator("#frame-customers h3").textContent(), `Champions: ${want.Champions} customers`);

  // Malformed messages get error replies that say what is wrong.
  const reply = (message) =>
    page.evaluate(
      ([message, origin]) =>
        new Promise((resolve) => {
          const listen = (event) => {
            if (event.data.id !== message.id) return;
            window.removeEventListener("message", listen);
            resolve(event.data);
          };
          window.addEventListener("message", listen);
          document.querySelector("iframe").contentWindow.postMessage(message, origin);
        }),
      [message, new URL(app.url).origin],
    );
  const badFile = await reply({ type: "segmenter:analyze", version: 1, id: "bad-file", file: 42 });
  assert.equal(badFile.type, "segmenter:error");
  assert.equal(badFile.error.code, "bad-file");
  const oldVersion = await reply({ type: "segmenter:summary", version: 0, id: "v0" });
  assert.equal(oldVersion.error.code, "unsupported-version");
  const unknown = await reply({ type: "segmenter:customers", version: 1, id: "nobody", segment: "Martians" });
  assert.match(unknown.error.message, /^There is no segment "Martians"/);
  const badOption = await reply({ type: "segmenter:analyze", version: 1, id: "opt", file: new Uint8Array([65]), options: { colour: "red" } });
  assert.match(badOption.error.message, /^Unknown option "colour"/);

  // Questions in flight together are each answered under their own id, and a failure the
  // merchant meets in the frame meanwhile (a file that is not a scheme) stays in the frame.
  const [summary, champions] = await Promise.all([
    reply({ type: "segmenter:summary", version: 1, id: "s1" }),
    reply({ type: "segmenter:customers", version: 1, id: "c1", segment: "Champions" }),
    frame.getByTestId("import-scheme").setInputFiles(ORDERS),
  ]);
  assert.equal(summary.type, "segmenter:summary");
  assert.equal(summary.summary.segments.find((s) => s.name === "Champions").customers, want.Champions);
  assert.equal(champions.type, "segmenter:customers");
  assert.equal(champions.customers.length, want.Champions);
  await frame.getByTestId("error").waitFor();
  assert.match(await frame.getByTestId("error").textContent(), /is not a Segmenter scheme/);

  // Nothing left the page while the file was segmented, in the frame or in the module.
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("messages from any origin but the configured one are ignored", async () => {
  const page = await context.newPage();
  // A page on a third origin frames the app configured for the host's origin, and posts.
  await page.goto(`${stranger.url}?app=${app.url}`);
  const answers = await page.evaluate(
    async ([appUrl, hostOrigin, file]) => {
      const frame = document.createElement("iframe");
      frame.src = `${appUrl}?host-origin=${encodeURIComponent(hostOrigin)}`;
      const got = [];
      window.addEventListener("message", (e) => {
        if (e.source === frame.contentWindow) got.push(e.data);
      });
      await new Promise((resolve) => {
        frame.onload = resolve;
        document.body.append(frame);
      });
      // Give the app time to start, then ask it things it must not answer.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const bytes = new TextEncoder().encode(file);
      frame.contentWindow.postMessage({ type: "segmenter:analyze", version: 1, id: 1, file: bytes }, "*");
      frame.contentWindow.postMessage({ type: "segmenter:summary", version: 1, id: 2 }, "*");
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return { got, segmented: !!frame.contentDocument };
    },
    [app.url, new URL(host.url).origin, fs.readFileSync(ORDERS, "utf8")],
  );
  assert.deepEqual(answers.got, [], "no message reaches a page on another origin");
  // The stranger's own frame did start (it just would not talk to it).
  const inside = page.frames().find((f) => f.url().startsWith(app.url) && f.url().includes("host-origin"));
  await inside.locator('.segmenter[data-engine="ready"]').waitFor();
  assert.equal(await inside.locator('[data-testid="segments-table"]').count(), 0, "the stranger's file was not read");
  await page.close();
});
