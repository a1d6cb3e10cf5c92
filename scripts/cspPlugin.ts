// Vite plugin: a Content-Security-Policy <meta> in every built HTML page. No 'unsafe-eval' and no
// 'unsafe-inline': inline scripts and styles (only the single-file build has them) are allowed by
// their hashes, as is the one style rule Cytoscape injects. Runs last, on the final HTML.
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/** The rule Cytoscape adds to <head> for its container (cytoscape/src/extensions/renderer/…). */
export const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

export function policyFor(html: string): string {
  const scripts: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? "";
    // Data blocks (type="application/json") are never run, so they need no permission.
    if (/type=["']?application\/json/.test(attrs)) continue;
    scripts.push(sha256(m[2] ?? ""));
  }
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ""));
  // Look for <script src> in the page itself, not in the text of its inline code.
  const skeleton = html.replace(INLINE_SCRIPT, "").replace(INLINE_STYLE, "");
  const selfContained = !/<script[^>]*\bsrc=/.test(skeleton);
  const self = selfContained ? [] : ["'self'"];
  return [
    "default-src 'none'",
    `script-src ${[...self, ...scripts].join(" ") || "'none'"}`,
    `style-src ${[...self, ...styles, sha256(CYTOSCAPE_STYLE)].join(" ")}`,
    `img-src ${[...self, "data:", "blob:"].join(" ")}`,
    `connect-src ${selfContained ? "'none'" : "'self'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: "quotegraph-csp",
    apply: "build",
    enforce: "post",
    // "post", and listed after vite-plugin-singlefile: the hashes are of the final inline code.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== "asset" || !file.fileName.endsWith(".html")) continue;
          const html = String(file.source);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
          file.source = html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    ${meta}`);
        }
      },
    },
  };
}
