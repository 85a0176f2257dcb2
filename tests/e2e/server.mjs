// A static file server for the built app (dist/), used by the end-to-end tests and the
// browser benchmark. Serves loopback only, with the same Content-Security-Policy as the
// page's meta tag sent as a header too, so it also binds the Web Worker.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
};

/** The policy of index.html's meta tag, so the header and the page never disagree. */
function policyOf(root) {
  const html = fs.readFileSync(path.join(root, "index.html"), "utf8");
  const match = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  return match ? match[1] : "";
}

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to { server, url }. */
export function serve(root, port = 0, extraRoots = {}) {
  const policy = policyOf(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let base = root;
    let rel = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of Object.entries(extraRoots)) {
      if (rel.startsWith(prefix)) {
        base = dir;
        rel = rel.slice(prefix.length - 1);
      }
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(base, path.normalize(rel));
    if (!file.startsWith(path.resolve(base))) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const headers = {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "cache-control": "no-store",
      };
      if (base === root && policy) headers["content-security-policy"] = policy;
      res.writeHead(200, headers).end(data);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

// `node tests/e2e/server.mjs [dir] [port]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] || "dist");
  const { url } = await serve(root, Number(process.argv[3] || 8080));
  console.log(`Serving ${root} at ${url}`);
}
