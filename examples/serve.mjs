// Serves the built app on http://127.0.0.1:8080 and the example host page, with the
// JavaScript module under /module/, on http://127.0.0.1:8081: two origins, as a real
// embedding has. Run by scripts/example-host.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { url: app } = await serve(path.join(root, "dist"), 8080);
const { url: host } = await serve(path.join(root, "examples/host"), 8081, { "/module/": path.join(root, "crates/module/pkg") });
console.log(`App:  ${app}\nHost: ${host}?app=${app}`);
