// Times, from the moment a file is chosen, what the benchmark compares Segmenter with; the
// result lands in window.__bench: { seconds, customers } or { error }.
//   ?mode=duckdb   DuckDB-WASM (its exception-handling build, one thread) reads the CSV with
//                  its own type detection and runs window.__sql, Segmenter's SQL of the scheme
//   ?mode=floor    the file's bytes read into memory
import * as duckdb from "/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs";

const DIST = "/node_modules/@duckdb/duckdb-wasm/dist";
const mode = new URLSearchParams(location.search).get("mode");

async function startDuckDb() {
  const worker = new Worker(`${DIST}/duckdb-browser-eh.worker.js`);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(`${DIST}/duckdb-eh.wasm`);
  return db;
}

async function runDuckDb(db, file) {
  await db.registerFileHandle("orders.csv", file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  const connection = await db.connect();
  await connection.query("CREATE VIEW orders AS SELECT * FROM read_csv('orders.csv', types={'postal_code': 'VARCHAR'})");
  const result = await connection.query(window.__sql.trim().replace(/;$/, ""));
  return result.numRows;
}

const db = mode === "duckdb" ? await startDuckDb() : null;
const input = document.querySelector('[data-testid="file-input"]');
input.addEventListener("change", async () => {
  const start = performance.now();
  const file = input.files[0];
  try {
    const customers = db ? await runDuckDb(db, file) : (await file.arrayBuffer()).byteLength && null;
    window.__bench = { seconds: (performance.now() - start) / 1000, customers };
  } catch (e) {
    window.__bench = { error: String(e) };
  }
});
window.__ready = true;
