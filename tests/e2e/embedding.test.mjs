// Embedding, as a platform does it: the example host page (examples/host) on one origin
// embeds the app from another in a 720-pixel iframe, posts an orders file and gets the
// summary and a segment's customers; the same file through the JavaScript module gives the
// same summary. Malformed messages get error replies, a currency the file never names among
// them; a page on a third origin is ignored.
// A look-alike page framing the app with its own origin gets no customer list of a file the
// merchant dropped into the frame until the merchant allows that site; the answer is kept
// and can be revoked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, DIST, FIXTURES, segmented } from "./app.mjs";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";
import { referenceSegments, spentInLastDays } from "./reference.mjs";

// The app, the host and a stranger each on their own origin (127.0.0.1, three ports).
let app, host, stranger, context;
before(async () => {
  app = await serve(DIST);
  context = await launch();
  const module = { "/module/": path.join(ROOT, "crates/module/pkg") };
  host = await serve(path.join(ROOT, "examples/host"), 0, module);
  // The same page on another origin: a look-alike of the host.
  stranger = await serve(path.join(ROOT, "examples/host"), 0, module);
});
after(async () => {
  await context.close();
  app.server.close();
  host.server.close();
  stranger.server.close();
});

const ORDERS = path.join(FIXTURES, "orders-small.csv");

/** Posts `message` from `page` to its iframe and resolves to the frame's answer to it. */
function replyTo(page, message) {
  return page.evaluate(
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
}

/** The host page's summary table as { segment → customers }. */
async function summaryOf(page, id) {
  const rows = await page.locator(`#${id} tbody tr`).all();
  const out = {};
  for (const row of rows) out[await row.getAttribute("data-segment")] = Number(await row.locator("td").nth(1).textContent());
  return out;
}

/** The host page, its frame ready, with the page's errors and the requests after it loaded. */
async function hostPage() {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${host.url}?app=${app.url}`);
  await page.locator("#status", { hasText: "Segmenter is ready." }).waitFor({ timeout: 30_000 });
  const requestsAfterLoad = [];
  page.context().on("request", (r) => requestsAfterLoad.push(r.url()));
  return { page, errors, requestsAfterLoad };
}

test("a host page embeds the app in an iframe and uses the module", async () => {
  const { page, errors, requestsAfterLoad } = await hostPage();

  await page.locator("#file").setInputFiles(ORDERS);
  await page.locator("#frame-summary table").waitFor({ timeout: 30_000 });
  await page.locator("#module-summary table").waitFor({ timeout: 30_000 });
  const expected = referenceSegments(fs.readFileSync(ORDERS, "utf8"));
  const want = Object.fromEntries([...expected.bySegment].map(([name, s]) => [name, s.customers]));
  const framed = await summaryOf(page, "frame-summary");
  for (const [name, customers] of Object.entries(want)) assert.equal(framed[name], customers, name);
  assert.deepEqual(await summaryOf(page, "module-summary"), framed, "the module gives the same segments");

  // The frame shows the same result, themed by the host, in 720 pixels without overflow,
  // and says which site it answers.
  const frame = page.frameLocator("iframe");
  await frame.locator('[data-testid="segments-table"]').waitFor();
  assert.match(await frame.getByTestId("connection").textContent(), new RegExp(`^Connected to ${new URL(host.url).host.replaceAll(".", "\\.")}\\. `));
  const inside = page.frames().find((f) => f.url().startsWith(app.url));
  assert.equal(await inside.evaluate(() => getComputedStyle(document.querySelector(".segmenter")).getPropertyValue("--seg-accent").trim()), "#0a7d5a");
  assert.ok(await inside.evaluate(() => document.documentElement.scrollWidth <= 720), "no horizontal scrolling at 720 px");

  // A segment's customers, on request: the host sent the file, so the merchant is not asked.
  await page.locator('#frame-summary tr[data-segment="Champions"] button').click();
  await page.locator('#frame-customers ol[data-segment="Champions"]').waitFor();
  assert.equal(await page.locator("#frame-customers h3").textContent(), `Champions: ${want.Champions} customers`);
  assert.equal(await frame.getByTestId("consent").isVisible(), false, "no question for the host's own file");

  // Malformed messages get error replies that say what is wrong.
  const reply = (message) => replyTo(page, message);
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

  // Who moved since 1 June, from the frame and from the module: the same movements.
  const moved = await reply({ type: "segmenter:migration", version: 1, id: "m1", from: "2025-06-01" });
  assert.equal(moved.type, "segmenter:migration", JSON.stringify(moved));
  const { migration } = moved;
  assert.equal(migration.from, "2025-06-01");
  assert.equal(migration.movements.reduce((n, m) => n + m.customers, 0), migration.customers);
  assert.ok(migration.movements.some((m) => m.from === null && m.customers > 0), "customers new since June");
  const fromModule = await page.evaluate(async (bytes) => {
    const module = await import("/module/segmenter.js");
    await module.default();
    return module.migrate(new Uint8Array(bytes), { from: "2025-06-01" });
  }, [...fs.readFileSync(ORDERS)]);
  assert.deepEqual(fromModule, migration);
  assert.deepEqual(migration.rows_left_out, []);
  // Compared with an older export by the module, a row of it that cannot be used is said.
  const lines = fs.readFileSync(ORDERS, "utf8").split("\n");
  const noAmount = lines[1].split(",").map((cell, i) => (i === 0 ? "9999999" : i === 3 ? "" : cell)).join(",");
  const older = [...lines.slice(0, 1500), noAmount, ""].join("\n");
  const againstOlder = await page.evaluate(
    async ([bytes, older]) => {
      const module = await import("/module/segmenter.js");
      await module.default();
      return module.migrate(new Uint8Array(bytes), { olderFileName: "march.csv" }, new TextEncoder().encode(older));
    },
    [[...fs.readFileSync(ORDERS)], older],
  );
  assert.deepEqual(againstOlder.rows_left_out, [
    'march.csv: 1 row of 1,500 could not be used and is left out of the comparison. The first: Line 1501, column "amount": has no amount.',
  ]);
  const noDate = await reply({ type: "segmenter:migration", version: 1, id: "m2", from: "June" });
  assert.match(noDate.error.message, /^"from" must be a date written YYYY-MM-DD/);

  // A file of two currencies: a currency it never names is refused with those it does, and
  // one it names is counted.
  const twoCurrencies = new TextEncoder().encode(
    "order_id,customer_id,order_date,amount,currency\n1,A,2025-01-05,100.00,USD\n" +
      "2,B,2025-01-06,50.00,USD\n3,C,2025-01-07,80.00,GBP\n4,A,2025-02-01,30.00,USD\n",
  );
  const send = (id, currency) =>
    reply({ type: "segmenter:analyze", version: 1, id, file: twoCurrencies, name: "mixed.csv", options: { currency } });
  const yen = await send("jpy", "jpy");
  assert.equal(yen.error?.code, "bad-currency", JSON.stringify(yen));
  assert.equal(yen.error.message, "This file has no rows in JPY. Its currencies: USD (3 rows), GBP (1 row).");
  const pounds = await send("gbp", "gbp");
  assert.equal(pounds.type, "segmenter:summary", JSON.stringify(pounds));
  assert.equal(pounds.summary.customers, 1);
  assert.deepEqual(pounds.summary.currencies, ["USD", "GBP"]);
  const fromModuleIn = (currency) =>
    page.evaluate(
      async ([bytes, currency]) => {
        const module = await import("/module/segmenter.js");
        await module.default();
        try {
          return module.segment(new Uint8Array(bytes), { currency }).summary.customers;
        } catch (e) {
          return e.message;
        }
      },
      [[...twoCurrencies], currency],
    );
  assert.equal(await fromModuleIn("jpy"), yen.error.message, "the module refuses it in the same words");
  assert.equal(await fromModuleIn("gbp"), 1);
  // A File sent with a name goes by that name.
  const renamed = await page.evaluate(
    ([bytes, origin]) =>
      new Promise((resolve) => {
        const listen = (event) => {
          if (event.data.id !== "renamed") return;
          window.removeEventListener("message", listen);
          resolve(event.data);
        };
        window.addEventListener("message", listen);
        const file = new File([new Uint8Array(bytes)], "export-20250301.csv");
        const message = { type: "segmenter:analyze", version: 1, id: "renamed", file, name: "March orders.csv" };
        document.querySelector("iframe").contentWindow.postMessage(message, origin);
      }),
    [[...twoCurrencies], new URL(app.url).origin],
  );
  assert.equal(renamed.summary?.file, "March orders.csv", JSON.stringify(renamed));
  // The host's files were segmented with the columns the app proposed, which the merchant
  // never confirmed: their own export with the same headers asks them to check its columns.
  await frame.getByTestId("file-input").setInputFiles(ORDERS);
  await frame.getByTestId("segment").waitFor({ timeout: 10_000 });
  assert.equal(await frame.getByTestId("segments-table").count(), 0);

  // Nothing left the page while the file was segmented, in the frame or in the module.
  assert.deepEqual(requestsAfterLoad, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a host segments with its own scheme, over the period it names, in the frame and in the module", async () => {
  const { page, errors, requestsAfterLoad } = await hostPage();
  const frame = page.frameLocator("iframe");
  // The small shop, and a customer whose only row in the last 182 days is a refund of an
  // order before them, dated the day of the last order.
  const text = fs.readFileSync(ORDERS, "utf8").trimEnd();
  const lines = text.split("\n");
  const time = (d) => Date.parse(`${d}T00:00:00Z`);
  const isDay = (d) => !Number.isNaN(time(d)) && new Date(time(d)).toISOString().slice(0, 10) === d;
  const lastDay = lines.slice(1).map((l) => l.split(",")[2]).filter(isDay).sort().at(-1);
  const row = (order, day, amount) => lines[1].split(",").map((cell, i) => [order, "C9999990", day, amount][i] ?? cell).join(",");
  const orders = Buffer.from([text, row("9999990", "2023-08-01", "80.00"), row("9999991", lastDay, "-60.00"), ""].join("\n"));
  // A scheme as "Download scheme" saves it: three rules on the spend in the last 182 days.
  const scheme = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/sql/custom-spend-in-period.json"), "utf8"));
  const analyze = (id, scheme) =>
    replyTo(page, { type: "segmenter:analyze", version: 1, id, file: new Uint8Array(orders), name: "orders-small.csv", options: { scheme } });
  const fromModule = (call, options) =>
    page.evaluate(
      async ([bytes, call, options]) => {
        const module = await import("/module/segmenter.js");
        await module.default();
        try {
          const result = module[call](new Uint8Array(bytes), { fileName: "orders-small.csv", ...options });
          return call === "segment" ? result.summary : result;
        } catch (e) {
          return e.message;
        }
      },
      [[...orders], call, options],
    );

  // Each customer's spend in the 182 days before the day after the last order, in cents.
  const spent = spentInLastDays(orders.toString("utf8"), 182);
  const spenders = (test) => [...spent.values()].filter(test).length;
  const want = {
    "Spent 100 or more": spenders((c) => c >= 10_000),
    "Spent some": spenders((c) => c >= 1 && c < 10_000),
    "Refunded more than spent": spenders((c) => c <= -1),
  };
  assert.ok(Object.values(want).every((n) => n > 0), JSON.stringify(want));

  const framed = await analyze("own", scheme);
  assert.equal(framed.type, "segmenter:summary", JSON.stringify(framed));
  const { summary } = framed;
  assert.equal(summary.scheme, "Spend in the last half year");
  const counts = Object.fromEntries(summary.segments.map((s) => [s.name, s.customers]));
  assert.deepEqual(Object.keys(counts), [...Object.keys(want), "Nothing in the half year"]);
  for (const [name, customers] of Object.entries(want)) assert.equal(counts[name], customers, name);
  assert.equal(summary.segments.reduce((n, s) => n + s.customers, 0), summary.customers);
  // The frame shows it, and the module gives the same.
  const onShow = frame.getByTestId("segments-table").getByText("Refunded more than spent");
  await onShow.waitFor();
  assert.equal(await frame.getByTestId("error").count(), 0);
  // (The frame's campaigns may quote the prediction the page makes next; the module makes none.)
  const figures = ({ scheme, customers, revenue, segments }) =>
    [scheme, customers, revenue, segments.map((s) => [s.name, s.customers, s.revenue])];
  assert.deepEqual(figures(await fromModule("segment", { scheme })), figures(summary));
  // Who moved between its segments since 1 March, each date's spend over its own 182 days:
  // those who spent 100 or more in the 182 days before 1 March, counted from the file, and
  // the frame and the module agree.
  const moved = await replyTo(page, { type: "segmenter:migration", version: 1, id: "m", from: "2025-03-01" });
  assert.equal(moved.migration?.scheme, "Spend in the last half year", JSON.stringify(moved));
  const thenBig = [...spentInLastDays(orders.toString("utf8"), 182, "2025-03-01").values()].filter((c) => c >= 10_000).length;
  const fromBig = moved.migration.movements.filter((m) => m.from === "Spent 100 or more");
  assert.equal(fromBig.reduce((n, m) => n + m.customers, 0), thenBig);
  assert.ok(thenBig !== want["Spent 100 or more"] && fromBig.some((m) => m.to === "Nothing in the half year"));
  assert.deepEqual(await fromModule("migrate", { scheme, from: "2025-03-01" }), moved.migration);

  // Schemes a host cannot use are refused before the file is read, in the module's words
  // too: the frame keeps the one on show.
  const refused = async (id, scheme, code, message) => {
    const reply = await analyze(id, scheme);
    assert.equal(reply.error?.code, code, JSON.stringify(reply));
    assert.equal(reply.error.message, message);
    assert.equal(await fromModule("segment", { scheme }), message, `the module refuses ${id} in the same words`);
  };
  const { period, ...noPeriod } = scheme;
  assert.deepEqual(period, { last: { days: 182 } });
  await refused("unnamed", noPeriod, "bad-scheme",
    '"scheme" reads the spend in a period without naming the period: add "period", such as { "last": { "days": 365 } }.');
  await refused("broken", { name: "Half", rules: [] }, "bad-scheme",
    '"scheme" is not a scheme as "Download scheme" saves it: missing field `otherwise`.');
  const typo = { ...scheme, rules: [{ segment: "Big", when: { between: { feature: "monetary", minimum: 500 } } }] };
  await refused("typo", typo, "bad-scheme",
    '"scheme" is not a scheme as "Download scheme" saves it: unknown field `minimum`, expected one of `feature`, `min`, `max`.');
  const keyOrScheme = '"scheme" must be a scheme\'s key, such as "rfm", or a scheme as "Download scheme" saves it (an object with name, rules and otherwise).';
  await refused("number", 7, "bad-message", keyOrScheme);
  await refused("array", ["Half", [], "Rest"], "bad-message", keyOrScheme);
  assert.equal(await onShow.count(), 1, "the host's scheme is still on show");
  assert.equal(await frame.getByTestId("error").count(), 0);
  const after = await replyTo(page, { type: "segmenter:summary", version: 1, id: "after" });
  assert.deepEqual(figures(after.summary), figures(summary), "and is what the frame summarises");

  // Rules on a column the file lacks can only be refused once it is read: the frame shows
  // the file with the scheme it shows first, and says why in the frame too.
  const bySize = { name: "By size", rules: [{ segment: "Large", when: { in: { feature: "company_size", values: ["250+"] } } }], otherwise: "Others" };
  const missing = await analyze("missing", bySize);
  assert.equal(missing.error?.code, "bad-scheme", JSON.stringify(missing));
  assert.equal(missing.error.message, 'The rule for "Large" uses "company_size", which this file does not have. Map the column it needs, or change the rule.');
  await frame.getByTestId("segments-table").getByText("Champions").waitFor();
  assert.match(await frame.getByTestId("error").textContent(), /uses "company_size", which this file does not have/);
  assert.match(await fromModule("segment", { scheme: bySize }), /^The rule for "Large" uses "company_size"/);

  // A file sent with a built-in scheme while the host's own was being read goes first
  // (both posted in one task, so both reach the frame before the worker reads the scheme).
  const [first, second] = await page.evaluate(
    ([bytes, scheme, origin]) => {
      const frame = document.querySelector("iframe").contentWindow;
      const answers = ["first", "second"].map((id) => new Promise((resolve) => {
        const listen = (event) => {
          if (event.data.id !== id) return;
          window.removeEventListener("message", listen);
          resolve(event.data);
        };
        window.addEventListener("message", listen);
      }));
      const file = new Uint8Array(bytes);
      frame.postMessage({ type: "segmenter:analyze", version: 1, id: "first", file, options: { scheme } }, origin);
      frame.postMessage({ type: "segmenter:analyze", version: 1, id: "second", file, options: { scheme: "rfm" } }, origin);
      return Promise.all(answers);
    },
    [[...orders], scheme, new URL(app.url).origin],
  );
  assert.equal(first.error?.code, "stopped", JSON.stringify(first));
  assert.equal(second.summary?.scheme, "RFM segments", JSON.stringify(second));
  await frame.getByTestId("segments-table").getByText("Champions").waitFor();

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
  const configured = `host-origin=${encodeURIComponent(new URL(host.url).origin)}`;
  const inside = page.frames().find((f) => f.url().startsWith(app.url) && f.url().includes(configured));
  await inside.locator('.segmenter[data-engine="ready"]').waitFor();
  assert.equal(await inside.locator('[data-testid="segments-table"]').count(), 0, "the stranger's file was not read");
  await page.close();
});

test("a look-alike page gets no customer list of the merchant's file without the merchant's click", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The example host page, served on a third origin, frames the app naming its own origin.
  await page.goto(`${stranger.url}?app=${app.url}`);
  await page.locator("#status", { hasText: "Segmenter is ready." }).waitFor({ timeout: 30_000 });
  const site = new URL(stranger.url).host;
  const frame = page.frameLocator("iframe");
  const inside = page.frames().find((f) => f.url().startsWith(app.url));
  // A merchant new to the app: no mapping remembered from the tests before.
  await inside.evaluate(() => localStorage.clear());
  const bar = frame.getByTestId("connection");
  assert.match(await bar.textContent(), new RegExp(`^Connected to ${site.replaceAll(".", "\\.")}\\. `));
  assert.equal(await bar.getAttribute("data-consent"), "ask");
  // Everything the frame posts to the page, in order.
  const collect = () =>
    page.evaluate(() => {
      window.got = [];
      window.addEventListener("message", (e) => {
        if (e.source === document.querySelector("iframe").contentWindow) window.got.push(e.data);
      });
    });
  await collect();
  const customerLists = () => page.evaluate(() => window.got.filter((m) => m.type === "segmenter:customers").length);
  const ask = (id) => replyTo(page, { type: "segmenter:customers", version: 1, id, segment: "Champions" });
  const dialog = frame.getByTestId("consent");

  // Nothing to summarise before the merchant chose a file.
  assert.equal((await replyTo(page, { type: "segmenter:summary", version: 1, id: "s0" })).error.code, "no-result");

  // The merchant drops a file into the frame: its summary goes, its customers wait.
  await segmented(frame);
  const summary = await replyTo(page, { type: "segmenter:summary", version: 1, id: "s1" });
  const champions = summary.summary.segments.find((s) => s.name === "Champions").customers;
  const refused = ask("c1");
  await dialog.waitFor();
  assert.equal(
    await dialog.locator("#consent-asks").textContent(),
    `${site} asks for the customer list of Champions: ids and e-mails, with orders and spending, of ${champions} customers.`,
  );
  assert.equal(await inside.evaluate(() => document.activeElement?.dataset.testid), "consent", "focus moves to the question");
  await page.waitForTimeout(300);
  assert.equal(await customerLists(), 0, "no customer list before the merchant answers");
  await frame.getByRole("button", { name: "Don't allow" }).click();
  const no = await refused;
  assert.equal(no.type, "segmenter:error");
  assert.equal(no.error.code, "consent-refused");
  assert.equal(await bar.getAttribute("data-consent"), "refused");
  // The answer holds: asked again, refused without a question.
  assert.equal((await ask("c2")).error.code, "consent-refused");
  assert.equal(await dialog.isVisible(), false);

  // Asked again after the merchant changed their mind, allowed from the keyboard.
  await frame.getByRole("button", { name: "Ask me again next time" }).click();
  const allowed = ask("c3");
  await dialog.waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await inside.evaluate(() => document.activeElement?.textContent), `Allow ${site}`);
  await page.keyboard.press("Enter");
  const list = await allowed;
  assert.equal(list.type, "segmenter:customers");
  assert.equal(list.customers.length, champions);
  assert.ok(list.customers.every((c) => c.id && c.email));

  // Remembered when the page is loaded again, with the merchant's file dropped again (once
  // the answer is written: the frame writes it through its worker, a moment after the click).
  await inside.waitForFunction(() => localStorage.getItem("segmenter.v2.host-consents")?.includes('"allowed":true'));
  await page.reload();
  await page.locator("#status", { hasText: "Segmenter is ready." }).waitFor({ timeout: 30_000 });
  await collect();
  const again = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.getByTestId("file-input").setInputFiles(ORDERS);
  await frame.getByTestId("segments-table").waitFor(); // the confirmed mapping was remembered
  assert.equal(await bar.getAttribute("data-consent"), "allowed");
  assert.equal((await ask("c4")).customers.length, champions);
  assert.equal(await dialog.isVisible(), false);
  const stored = await again.evaluate(() => JSON.parse(localStorage.getItem("segmenter.v2.host-consents")));
  assert.deepEqual(stored.value.map((c) => [c.origin, c.allowed]), [[new URL(stranger.url).origin, true]]);

  // Revoked from the bar: the next list is asked for again; Escape does not allow it.
  await frame.getByRole("button", { name: `Revoke ${site}'s access to customer lists` }).click();
  assert.equal(await bar.getAttribute("data-consent"), "ask");
  const escaped = ask("c5");
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  assert.equal((await escaped).error.code, "consent-refused");

  // Disconnected: nothing more is answered.
  await frame.getByRole("button", { name: `Disconnect ${site}` }).click();
  assert.equal(await bar.getAttribute("data-consent"), "disconnected");
  const before = await page.evaluate(() => window.got.length);
  await page.evaluate((origin) => document.querySelector("iframe").contentWindow.postMessage({ type: "segmenter:summary", version: 1, id: "s2" }, origin), new URL(app.url).origin);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.got.length), before, "a disconnected site gets no answer");
  assert.equal(await page.evaluate(() => window.got.filter((m) => m.type === "segmenter:customers").length), 1, "only the list allowed");
  assert.deepEqual(errors, []);
  await page.close();
});
