import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { CYTOSCAPE_STYLE, policyFor } from "./cspPlugin.ts";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("policyFor", () => {
  test("a page with external scripts: self only, plus Cytoscape's one style rule; nothing unsafe", () => {
    const policy = policyFor('<head><script type="module" src="./a.js"></script></head>');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`style-src 'self' ${hash(CYTOSCAPE_STYLE)}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
  });

  test("a self-contained page: every inline script and style by its hash, no self, no network", () => {
    const code = "console.log('</scr' + 'ipt>')";
    const html = `<script type="module">${code}</script><style>b{x:1}</style><script type="application/json">{"a":1}</script>`;
    const policy = policyFor(html);
    expect(policy).toContain(`script-src ${hash(code)};`);
    expect(policy).toContain(`style-src ${hash("b{x:1}")} ${hash(CYTOSCAPE_STYLE)}`);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("'self'");
  });
});
