// Debian's Chromium, driven by playwright-core: never a downloaded browser, and no
// background traffic of Chromium's own (it would break the no-request assertions).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

/** A fresh headless Chromium with its own empty profile; resolves to a BrowserContext. */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    // The browser's language (navigator.language), when a test sets one.
    ...(options.locale ? { locale: options.locale } : {}),
    // The browser's time zone (an IANA name), when a test sets one.
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...(options.args || []),
    ],
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return context;
}
