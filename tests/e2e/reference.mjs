// An independent computation of RFM segments, written from the documented rules (README,
// "How segments are computed") for simple order files (ISO dates, decimal points, one row
// per order line). The end-to-end tests compare the page against it.

/** Splits CSV text into records with the physical line each starts on (header = 1). */
export function parseCsv(text) {
  const records = [];
  let field = "", fields = [], quoted = false, line = 1, start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === "\n") line++; field += c; }
    } else if (c === '"') quoted = true;
    else if (c === ",") { fields.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
      fields = []; field = ""; line++; start = line;
    } else field += c;
  }
  if (field !== "" || fields.length) { fields.push(field); records.push({ line: start, fields }); }
  return records;
}

const DAY = 86400000;
const dayOf = (iso) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const t = Date.parse(iso + "T00:00:00Z");
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) return null;
  return t / DAY;
};

/** Cut points: between distinct values only, each where the running count is nearest to k/points of all. */
export function quantileCuts(values, points) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const distinct = [];
  sorted.forEach((v, i) => {
    if (distinct.length && distinct[distinct.length - 1].v === v) distinct[distinct.length - 1].upto = i + 1;
    else distinct.push({ v, upto: i + 1 });
  });
  if (distinct.length <= points) return distinct.slice(0, -1).map((d) => d.v);
  const cuts = [];
  let next = 0;
  for (let k = 1; k < points; k++) {
    const last = Math.min(distinct.length - (points - k + 1), distinct.length - 2);
    const target = (k * n) / points;
    let best = -1;
    for (let j = next; j <= last; j++) {
      if (best < 0 || Math.abs(distinct[j].upto - target) < Math.abs(distinct[best].upto - target)) best = j;
    }
    if (best < 0) break;
    cuts.push(distinct[best].v);
    next = best + 1;
  }
  return cuts;
}

const score = (v, cuts) => 1 + cuts.filter((c) => v > c).length;

/** The published R×F grid, rows R1..R5, columns F1..F5. */
export const GRID = [
  ["Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"],
  ["Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"],
  ["About To Sleep", "About To Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"],
  ["Promising", "Potential Loyalist", "Potential Loyalist", "Loyal Customers", "Loyal Customers"],
  ["New Customers", "Potential Loyalist", "Potential Loyalist", "Champions", "Champions"],
];

/**
 * The rows of a gen_orders-style file that can be used, as { order, customer, day, amount }
 * (days since 1970), and the lines of those that cannot: a cell missing, a date that is not
 * one, an amount that is not a number, no customer.
 */
function usableRows(text, customerColumn = "customer_id") {
  const [header, ...rows] = parseCsv(text);
  const col = (name) => header.fields.indexOf(name);
  const [iOrder, iCustomer, iDate, iAmount] = ["order_id", customerColumn, "order_date", "amount"].map(col);
  const usable = [], rejectedLines = [];
  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) { rejectedLines.push(line); continue; }
    const day = dayOf(fields[iDate]);
    const amount = /^-?\d+(\.\d+)?$/.test(fields[iAmount]) ? Number(fields[iAmount]) : null;
    if (day === null || amount === null || !fields[iCustomer]) { rejectedLines.push(line); continue; }
    usable.push({ order: fields[iOrder], customer: fields[iCustomer], day, amount });
  }
  return { usable, rejectedLines };
}

/**
 * Each customer's net spend in cents in the `days` days before the reference date (that
 * day not included): the day after the file's last order, or `asOf` ("YYYY-MM-DD"). As
 * Map(id → cents), for those with a row in them.
 */
export function spentInLastDays(text, days, asOf = null) {
  const { usable } = usableRows(text);
  const reference = asOf === null ? Math.max(...usable.filter((r) => r.amount >= 0).map((r) => r.day)) + 1 : dayOf(asOf);
  const spent = new Map();
  for (const { customer, day, amount } of usable) {
    if (day < reference - days || day >= reference) continue;
    spent.set(customer, (spent.get(customer) ?? 0) + Math.round(amount * 100));
  }
  return spent;
}

/**
 * Each customer's net spend in cents from day `from` to day `to` ("YYYY-MM-DD", both
 * included), as Map(id → cents), for those with a row in them.
 */
export function spentBetween(text, from, to) {
  const { usable } = usableRows(text);
  const [first, last] = [dayOf(from), dayOf(to)];
  const spent = new Map();
  for (const { customer, day, amount } of usable) {
    if (day < first || day > last) continue;
    spent.set(customer, (spent.get(customer) ?? 0) + Math.round(amount * 100));
  }
  return spent;
}

/**
 * Segments of a gen_orders-style file (order_id, customer_id, order_date, amount, …), as of
 * the day after its last order or as of `asOf` ("YYYY-MM-DD"). Returns { customers: Map(id → {segment, recency, frequency, monetary}), bySegment:
 * Map(name → {customers, revenue}), rejectedLines: [line…] }.
 */
export function referenceSegments(text, customerColumn = "customer_id", asOf = null) {
  // As of a day: the shop at the start of it, later orders and refunds not yet made.
  const cut = asOf === null ? Infinity : dayOf(asOf);
  const { usable, rejectedLines } = usableRows(text, customerColumn);
  const people = new Map();
  for (const { order, customer, day, amount } of usable) {
    if (day >= cut) continue;
    const p = people.get(customer) || { orders: new Set(), last: -Infinity, monetary: 0 };
    p.monetary += amount;
    if (amount >= 0) { p.orders.add(order); p.last = Math.max(p.last, day); }
    people.set(customer, p);
  }
  const latest = Math.max(...[...people.values()].map((p) => p.last));
  const reference = asOf === null ? latest + 1 : cut;
  const scored = [...people.entries()].filter(([, p]) => p.orders.size > 0);
  const recency = scored.map(([, p]) => reference - p.last);
  const frequency = scored.map(([, p]) => p.orders.size);
  const rCuts = quantileCuts(recency, 5), fCuts = quantileCuts(frequency, 5);
  const customers = new Map();
  const bySegment = new Map();
  scored.forEach(([id, p], i) => {
    const r = 6 - score(recency[i], rCuts), f = score(frequency[i], fCuts);
    const segment = GRID[r - 1][f - 1];
    customers.set(id, { segment, recency: recency[i], frequency: frequency[i], monetary: p.monetary });
    const s = bySegment.get(segment) || { customers: 0, revenue: 0 };
    s.customers += 1; s.revenue += p.monetary;
    bySegment.set(segment, s);
  });
  return { customers, bySegment, rejectedLines, reference: new Date(reference * DAY).toISOString().slice(0, 10) };
}
