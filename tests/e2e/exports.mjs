// The same orders written the way other systems export them, for tests that check the page
// gives the same segments whatever the export looks like.
import { parseCsv } from "./reference.mjs";

/** Rows of a gen_orders file as objects, keeping only complete, valid rows. */
export function genOrders(text) {
  const [header, ...rows] = parseCsv(text);
  return rows
    .filter((r) => r.fields.length === header.fields.length)
    .map((r) => Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i]])))
    .filter((o) => /^\d{4}-\d{2}-\d{2}$/.test(o.order_date) && /^-?\d+(\.\d+)?$/.test(o.amount));
}

const csvField = (v) => (/[",\n\r;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * A Shopify orders export: one row per line item, the order total and status on the first
 * row only, the e-mail as the customer, "#" order names, dates with a UTC offset. Every
 * third order is split into two line items.
 */
export function toShopify(orders) {
  const header = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Accepts Marketing", "Currency",
    "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Created at", "Lineitem quantity",
    "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name", "Billing City", "Billing Zip",
    "Billing Province", "Billing Country", "Cancelled at", "Refunded Amount", "Id",
  ];
  const lines = [header.join(",")];
  for (const o of orders) {
    const created = `${o.order_date} 12:00:00 +0200`;
    const amount = Number(o.amount);
    const split = Number(o.order_id) % 3 === 0 && amount > 0;
    const parts = split ? [Math.round(amount * 60) / 100, Math.round(amount * 100 - Math.round(amount * 60)) / 100] : [amount];
    parts.forEach((part, i) => {
      const first = i === 0;
      const row = [
        `#${o.order_id}`, o.email, first ? "paid" : "", first ? created : "", first ? "fulfilled" : "",
        first ? "no" : "", first ? "EUR" : "", first ? o.amount : "", first ? "0.00" : "", first ? "0.00" : "",
        first ? o.amount : "", "", created, "1", `${o.product_category} item ${i + 1}`, part.toFixed(2),
        `SKU-${i}`, first ? "Test Customer" : "", first ? o.region : "", first ? `'${o.postal_code}` : "",
        first ? o.region : "", first ? o.country : "", "", first ? "0.00" : "", first ? `55${o.order_id}` : "",
      ];
      lines.push(row.map(csvField).join(","));
    });
  }
  return lines.join("\n") + "\n";
}

const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Encodes text as Windows-1252 bytes. */
export function windows1252(text) {
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else {
      const i = CP1252_HIGH.indexOf(ch);
      if (i < 0) throw new Error(`no Windows-1252 byte for ${ch}`);
      bytes.push(0x80 + i);
    }
  }
  return Buffer.from(bytes);
}

/**
 * A German spreadsheet export: semicolons, DD.MM.YYYY dates, decimal commas with dots for
 * thousands, German headers, accented names, Windows-1252, CRLF line ends.
 */
export function toGermanExcel(orders) {
  const lines = ["Bestellnummer;Kundennummer;Name;Bestelldatum;Betrag;Land"];
  const names = ["Chloé Œuvray", "Jürgen Groß", "Zoë Müller", "Renée Dupré", "Søren Ærø"];
  for (const o of orders) {
    const [y, m, d] = o.order_date.split("-");
    const [int, frac] = Number(o.amount).toFixed(2).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    const name = names[Number(o.customer_id.slice(1)) % names.length];
    lines.push([o.order_id, o.customer_id, name, `${d}.${m}.${y}`, `${grouped},${frac}`, o.country].join(";"));
  }
  return windows1252(lines.join("\r\n") + "\r\n");
}
