// Past the browser, from the page: the command line gives the page's own customer table
// for the same file, and the SQL the page downloads ("Run this in your warehouse"), run
// in DuckDB over the file's rows, gives every customer the segment the page shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, openPage, segmented, schemeImported, segmentsTable, downloadText, ROOT, FIXTURES } from "./app.mjs";
import { parseCsv, spentInLastDays } from "./reference.mjs";

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const ORDERS = path.join(FIXTURES, "orders-small.csv");
const CLI = path.join(ROOT, "target/release/segmenter");
const PYTHON = path.join(ROOT, ".venv/bin/python");

/** customer_id → segment, from a customer table as the page exports it. */
function segmentsOf(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  const column = header.fields.findIndex((h) => h.startsWith("segment"));
  return Object.fromEntries(rows.map((r) => [r.fields[0], r.fields[column]]));
}

test("the command line and the warehouse SQL give the page's segments", async () => {
  assert.ok(fs.existsSync(CLI), `build the command line first: cargo build --release -p segmenter-cli (${CLI})`);
  const { page, requestsAfterLoad, errors } = await openPage(app);
  await segmented(page);

  // The page's customer table, and the command line's for the same file: the same bytes.
  const [all] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const pageTable = fs.readFileSync(await all.path());
  const cliTable = execFileSync(CLI, ["segment", ORDERS, "-o", "-"], { stdio: ["ignore", "pipe", "ignore"] });
  assert.ok(pageTable.equals(cliTable), "segmenter segment -o writes the page's download");

  // The SQL for DuckDB, as the page downloads it, says how to run it and carries the scheme.
  await page.getByTestId("warehouse-dialect").selectOption("duckdb");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-sql").click()]);
  assert.equal(download.suggestedFilename(), "segmenter-rfm-segments-duckdb.sql");
  const sql = await downloadText(download);
  assert.match(sql, /^-- Run this in your warehouse: "RFM segments" for DuckDB\./);
  assert.match(sql, /--\s+"name": "RFM segments",/);
  assert.match(sql, /FROM "orders"/);

  // Run in DuckDB over the file's rows as `segmenter clean` writes them.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenter-warehouse-"));
  const clean = path.join(dir, "orders.csv");
  execFileSync(CLI, ["clean", ORDERS, "-o", clean, "--schema", path.join(dir, "schema.json")], { stdio: "ignore" });
  const sameSegments = (sql, table) => {
    fs.writeFileSync(path.join(dir, "query.sql"), sql);
    const out = execFileSync(PYTHON, ["-c", run, dir]).toString();
    const fromSql = Object.fromEntries(parseCsv(out).slice(1).map((r) => [r.fields[0], r.fields[1]]));
    const fromPage = segmentsOf(table);
    assert.equal(Object.keys(fromSql).length, Object.keys(fromPage).length);
    for (const [customer, segment] of Object.entries(fromPage)) {
      const unguarded = customer.replace(/^'(?=[=+\-@])/, "");
      assert.equal(fromSql[unguarded], segment, customer);
    }
  };
  const run = `
import duckdb, json, sys, csv
d = sys.argv[1]
schema = json.load(open(d + "/schema.json"))
types = {"text": "VARCHAR", "number": "DOUBLE", "date": "DATE", "timestamp": "TIMESTAMP"}
casts = ", ".join(f'CAST(NULLIF("{c["name"]}", \\'\\') AS {types[c["kind"]]}) AS "{c["name"]}"' if c["kind"] != "text" else f'"{c["name"]}"' for c in schema)
db = duckdb.connect()
db.execute(f"CREATE TABLE orders AS SELECT {casts} FROM read_csv('{d}/orders.csv', header = true, all_varchar = true)")
w = csv.writer(sys.stdout)
w.writerow(["customer_id", "segment"])
w.writerows((r[0], r[1]) for r in db.execute(open(d + "/query.sql").read()).fetchall())
`;
  sameSegments(sql, pageTable.toString("utf8"));

  // Future value's SQL carries the models the page fitted, and gives the page's segments.
  await page.locator('[data-testid="scheme-picker"] option:not([disabled])', { hasText: "Future value" }).waitFor({ state: "attached" });
  await page.getByTestId("scheme-picker").selectOption({ label: "Future value" });
  await page.getByTestId("scheme-title").filter({ hasText: "Future value" }).waitFor();
  const [future] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-sql").click()]);
  const futureSql = await downloadText(future);
  assert.match(futureSql, /^-- Run this in your warehouse: "Future value" for DuckDB\./);
  assert.match(futureSql, /model AS \(/);
  const [futureTable] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  sameSegments(futureSql, fs.readFileSync(await futureTable.path()).toString("utf8"));

  // A rule on the spend in a period, from a scheme file that names it (the last 182
  // days): the page segments by it, the rule builder counts it, the Top customers tab
  // ranks over it, the scheme on show is downloaded naming it, and its SQL gives the
  // page's segments. The build before had no period in a scheme: the rule stopped with a
  // banner.
  const spent = {
    name: "Spent in the half year",
    rules: [{ segment: "100 or more", when: { between: { feature: "spend_in_period", min: 100.0, max: null } } }],
    otherwise: "Less",
    period: { last: { days: 182 } },
  };
  await schemeImported(page, spent);
  await page.getByTestId("segments-table").filter({ hasText: "100 or more" }).waitFor();
  // The rule builder, open on the scheme imported, counts it over the same period.
  const { "100 or more": shown } = await segmentsTable(page);
  await page.getByTestId("tab-builder").click();
  const live = page.getByTestId("live-counts").locator('tr[data-segment="100 or more"] [data-col="customers"]');
  assert.equal(Number((await live.textContent()).replace(/[^\d]/g, "")), shown.customers);
  await page.getByTestId("tab-value").click();
  await page.getByTestId("top-customers").waitFor();
  assert.match(await page.getByTestId("value-period").locator("option:checked").textContent(),
    /^Named by a scheme: the 182 days before /);
  await page.getByTestId("tab-segments").click();
  const [schemeFile] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-scheme").click()]);
  assert.deepEqual(JSON.parse(await downloadText(schemeFile)), spent);
  const [spentSql] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-sql").click()]);
  const spentQuery = await downloadText(spentSql);
  assert.match(spentQuery, /AS period_units/);
  const [spentTable] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-all").click()]);
  const spentCustomers = fs.readFileSync(await spentTable.path()).toString("utf8");
  assert.ok(Object.values(segmentsOf(spentCustomers)).includes("100 or more"));
  sameSegments(spentQuery, spentCustomers);
  // Another period on Top customers moves the rule on show; the draft in the rule builder
  // still names its 182 days, and its rule's figure is named for them, as it is counted.
  await page.getByTestId("tab-value").click();
  await page.getByTestId("value-period").selectOption({ label: "The last 12 months" });
  await page.getByTestId("tab-segments").click();
  await page.waitForFunction((before) => {
    const cell = document.querySelector('[data-testid="segments-table"] tr[data-segment="100 or more"] [data-col="customers"]');
    return cell && Number(cell.textContent.replace(/[^\d]/g, "")) !== before;
  }, shown.customers);
  await page.getByTestId("tab-builder").click();
  const figure = page.getByTestId("rule-0").locator("select.feature option:checked");
  assert.match(await figure.textContent(), /^Spent in the 182 days before /);
  // Edited (a condition of its own, not in a group: the build before lost the edit), the
  // rule is counted over its 182 days: as many as the file says spent 50 or more in them
  // (over 365 days, more).
  const fifty = (days) => [...spentInLastDays(fs.readFileSync(ORDERS, "utf8"), days).values()].filter((c) => c >= 5_000).length;
  assert.notEqual(fifty(182), fifty(365));
  await page.getByTestId("rule-0").getByTestId("min").fill("50");
  await page.getByTestId("rule-0").getByTestId("min").press("Enter");
  const counted = async () => Number((await live.textContent()).replace(/[^\d]/g, ""));
  for (let waited = 0; (await counted()) === shown.customers && waited < 10_000; waited += 100) await page.waitForTimeout(100);
  assert.equal(await counted(), fifty(182));
  assert.equal(await page.getByTestId("error").count(), 0);

  assert.deepEqual(requestsAfterLoad.filter((u) => !u.startsWith(app.url)), []);
  assert.deepEqual(errors, []);
  await page.close();
});
