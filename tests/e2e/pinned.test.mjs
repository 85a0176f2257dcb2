// A deployment that pins the sites allowed to embed it (SEGMENTER_HOST_ORIGINS at build
// time): the pinned host works as before; any other site framing the app, even with its
// own origin in the frame's address, is told it is not connected and gets no answer.
// `scripts/test` builds that deployment into target/dist-pinned, pinned to
// http://127.0.0.1:47311; without the build, the test says so and is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./app.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

export const PINNED_PORT = 47311;
const DIST = process.env.SEGMENTER_PINNED_DIST || path.join(ROOT, "target/dist-pinned");
const built = fs.existsSync(path.join(DIST, "index.html"));

let app, host, stranger, context;
before(async () => {
  if (!built) return;
  app = await serve(DIST);
  context = await launch();
  // The example host page also loads the JavaScript module.
  const module = { "/module/": path.join(ROOT, "crates/module/pkg") };
  host = await serve(path.join(ROOT, "examples/host"), PINNED_PORT, module);
  stranger = await serve(path.join(ROOT, "examples/host"), 0, module);
});
after(async () => {
  if (!built) return;
  await context.close();
  [app, host, stranger].forEach((s) => s.server.close());
});

test("a build pinned to one host answers that host and no other", { skip: !built && `no pinned build in ${DIST}` }, async () => {
  // The pinned host: connected, and its file is segmented.
  const page = await context.newPage();
  await page.goto(`${host.url}?app=${app.url}`);
  await page.locator("#status", { hasText: "Segmenter is ready." }).waitFor({ timeout: 30_000 });
  assert.match(await page.frameLocator("iframe").getByTestId("connection").textContent(), /^Connected to 127\.0\.0\.1:47311\. /);
  await page.close();

  // A look-alike on another origin names itself in the frame's address: not connected,
  // and nothing comes back, not even "ready".
  const look = await context.newPage();
  const received = [];
  await look.exposeFunction("received", (data) => received.push(data));
  // What reaches the look-alike page itself (the init script runs in the frame too).
  await look.addInitScript(() => {
    if (window === window.top) window.addEventListener("message", (e) => window.received(e.data));
  });
  await look.goto(`${stranger.url}?app=${app.url}`);
  const frame = look.frameLocator("iframe");
  await frame.getByTestId("connection").waitFor({ timeout: 30_000 });
  assert.match(await frame.getByTestId("connection").textContent(), /^Not connected\. 127\.0\.0\.1:\d+ is not one of the sites this Segmenter was set up to work with/);
  await look.evaluate((origin) => {
    const bytes = new TextEncoder().encode("order_id,customer_id,order_date,amount\n1,A,2025-01-05,10\n");
    document.querySelector("iframe").contentWindow.postMessage({ type: "segmenter:analyze", version: 1, id: "x", file: bytes }, origin);
    document.querySelector("iframe").contentWindow.postMessage({ type: "segmenter:summary", version: 1, id: "y" }, origin);
  }, new URL(app.url).origin);
  await look.waitForTimeout(1500);
  assert.deepEqual(received.filter((d) => typeof d?.type === "string" && d.type.startsWith("segmenter:")), []);
  await look.close();
});
