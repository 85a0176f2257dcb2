// axe-core (from npm, never a CDN) run inside a page of the app: the accessibility
// violations a screen-reader or keyboard user would meet on what is on show.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./app.mjs";

const AXE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/**
 * The serious and critical violations on the page as it stands, each as
 * "rule-id: target (summary)". The page's Content-Security-Policy forbids inline scripts,
 * so axe is evaluated through the browser's devtools protocol rather than a script tag.
 */
export async function seriousViolations(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary.split("\n").slice(1).join(" ").trim()})`),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n}`));
}
