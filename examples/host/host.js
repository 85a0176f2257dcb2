// An example host page: embeds Segmenter in an iframe (postMessage protocol, version 1)
// and uses its JavaScript module directly. Open it as
//   http://127.0.0.1:8081/?app=http://127.0.0.1:8080/
// with the app served at the `app` address (scripts/example-host does both).
import init, { segment } from "/module/segmenter.js";

const app = new URL(new URLSearchParams(location.search).get("app") || "http://127.0.0.1:8080/");
const log = document.getElementById("log");
const status = document.getElementById("status");

// 1. The iframe: tell it which origin may talk to it (ours), then only listen to its origin.
const frame = document.createElement("iframe");
frame.title = "Segmenter";
frame.src = `${app.href}?host-origin=${encodeURIComponent(location.origin)}`;
document.getElementById("frame-slot").append(frame);
let nextId = 1;

function send(message) {
  frame.contentWindow.postMessage({ version: 1, id: nextId++, ...message }, app.origin);
}

window.addEventListener("message", (event) => {
  if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
  const message = event.data;
  log.textContent += `${message.type} ${JSON.stringify(message.error ?? message.summary?.scheme ?? message.segment ?? "")}\n`;
  if (message.type === "segmenter:ready") status.textContent = "Segmenter is ready.";
  if (message.type === "segmenter:summary") showSummary(document.getElementById("frame-summary"), message.summary, true);
  if (message.type === "segmenter:customers") showCustomers(message.segment, message.customers);
  if (message.type === "segmenter:error") status.textContent = `Segmenter says: ${message.error.message}`;
});

// 2. The module, on the same file.
const ready = init();

document.getElementById("file").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  status.textContent = `Segmenting ${file.name}…`;
  send({ type: "segmenter:analyze", file, name: file.name, options: { scheme: "rfm", theme: { accent: "#0a7d5a" } } });
  await ready;
  try {
    const result = segment(new Uint8Array(await file.arrayBuffer()), { fileName: file.name, scheme: "rfm" });
    showSummary(document.getElementById("module-summary"), result.summary, false);
  } catch (error) {
    document.getElementById("module-summary").textContent = error.message;
  }
});

function cell(row, text, numeric) {
  const td = row.insertCell();
  td.textContent = text; // Cells are data, never markup.
  if (numeric) td.className = "num";
}

function showSummary(target, summary, withLists) {
  const table = document.createElement("table");
  table.dataset.scheme = summary.scheme;
  const head = table.createTHead().insertRow();
  for (const title of ["Segment", "Customers", "Revenue", ""]) head.append(Object.assign(document.createElement("th"), { textContent: title }));
  const body = table.createTBody();
  for (const s of summary.segments) {
    const row = body.insertRow();
    row.dataset.segment = s.name;
    cell(row, s.name);
    cell(row, String(s.customers), true);
    cell(row, `${summary.currency}${s.revenue.toFixed(2)}`, true);
    const actions = row.insertCell();
    if (withLists && s.customers > 0) {
      const button = Object.assign(document.createElement("button"), { textContent: "List customers" });
      button.addEventListener("click", () => send({ type: "segmenter:customers", segment: s.name }));
      actions.append(button);
    }
  }
  const caption = table.createCaption();
  caption.textContent = `${summary.customers} customers, ${summary.orders} orders (${summary.scheme})`;
  target.replaceChildren(table);
  status.textContent = "Done.";
}

function showCustomers(segmentName, customers) {
  const target = document.getElementById("frame-customers");
  const list = document.createElement("ol");
  list.dataset.segment = segmentName;
  for (const c of customers.slice(0, 20)) {
    list.append(Object.assign(document.createElement("li"), { textContent: `${c.id} ${c.email ?? ""} · ${c.total_spent}` }));
  }
  const title = Object.assign(document.createElement("h3"), { textContent: `${segmentName}: ${customers.length} customers` });
  target.replaceChildren(title, list);
}
