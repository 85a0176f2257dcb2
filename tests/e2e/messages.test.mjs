// Messages the engine's worker cannot decode: each is answered under its own id, with
// a sentence the page shows, and the worker goes on. The page only ever sends its own
// messages, so the test changes the bytes of the next one on their way to the worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startApp, openPage } from "./app.mjs";

let app;
before(async () => {
  app = await startApp();
  // Counts the workers started, and lets the test swap the bytes of the page's next message
  // (the envelope keeps its id) before the worker gets them.
  await app.context.addInitScript(() => {
    window.__workers = 0;
    window.Worker = class extends window.Worker {
      constructor(...args) {
        super(...args);
        window.__workers += 1;
      }
      postMessage(envelope, transfer) {
        const swap = window.__swapNext;
        if (swap && envelope && envelope.msg instanceof Uint8Array) {
          window.__swapNext = undefined;
          envelope = { ...envelope, msg: swap(envelope.msg) };
          transfer = [envelope.msg.buffer];
        }
        return super.postMessage(envelope, transfer);
      }
    };
  });
});
after(async () => {
  await app.close();
});

/** Replaces the page's next message with `bytes(id)` (its request id as its first byte). */
async function swapNext(page, bytes) {
  await page.evaluate((bytes) => {
    window.__swapNext = (msg) => new Uint8Array([msg[0], ...bytes]);
  }, bytes);
}

/**
 * The postcard bytes (after the id) of `Request::Segment(Custom(Scheme { name: "", rules:
 * [Rule { segment: "", when: Not(Not(…(Always))) }], otherwise: "", period: None }))`,
 * `depth` nots deep.
 */
function nestedSegment(depth) {
  return [4, 1, 0, 1, 0, ...new Array(depth).fill(2), 8, 0, 0];
}

/** Asks for the sample shop and waits for the page to say `sentence` (a fresh message:
 * each step below expects another sentence than the step before). */
async function clickSampleAndExpect(page, sentence) {
  await page.getByTestId("sample").click();
  await page.waitForFunction(
    (sentence) => document.querySelector('[data-testid="error"]')?.textContent.includes(sentence),
    sentence,
    { timeout: 30_000 },
  );
}

const UNDERSTOOD_NOT = "The page sent a message the engine does not understand.";

test("a message the worker cannot decode is answered under its id and shown", async () => {
  const { page, errors } = await openPage(app);
  // Bytes that are no request at all, in place of "open the sample shop".
  await swapNext(page, [0xff, 0xff, 0xff]);
  await clickSampleAndExpect(page, UNDERSTOOD_NOT);

  // The same nesting a few levels deep decodes, as a request to segment without an analysis:
  // the bytes below are a real request, so the deep one tests depth and nothing else.
  await swapNext(page, nestedSegment(3));
  await clickSampleAndExpect(page, "Segment the customers first.");
  // 100,000 levels (100 KB) overflowed the worker's stack while it decoded them, so it died
  // without an answer; now they are refused like any other unreadable message.
  await swapNext(page, nestedSegment(100_000));
  await clickSampleAndExpect(page, UNDERSTOOD_NOT);

  // The same worker goes on answering.
  await page.getByTestId("sample").click();
  await page.getByTestId("segments-table").waitFor();
  assert.equal(await page.evaluate(() => window.__workers), 1);
  assert.equal(await page.locator(".segmenter").getAttribute("data-engine"), "ready");
  assert.deepEqual(errors, []);
  await page.close();
});
