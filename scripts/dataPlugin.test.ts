import { mkdtempSync, readFileSync, writeFileSync, existsSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { describe, expect, test } from "vitest";
import { quotegraphData } from "./dataPlugin.ts";
import { buildDataset, serialize } from "./buildDataset.ts";

async function buildWith(dataDir: string, outDir: string) {
  await build({
    configFile: false,
    root: process.cwd(),
    base: "./",
    logLevel: "silent",
    plugins: [quotegraphData({ dir: dataDir })],
    build: { outDir, emptyOutDir: true },
  });
}

describe("the Vite data plugin", () => {
  test("a data error fails the build and leaves the previous output untouched", async () => {
    const out = mkdtempSync(join(tmpdir(), "qg-out-"));
    writeFileSync(join(out, "graph.json"), "previous");
    const bad = mkdtempSync(join(tmpdir(), "qg-data-"));
    cpSync("tests/fixtures/compile/base.valid/data", join(bad, "data"), { recursive: true });
    cpSync("tests/fixtures/compile/dangling-reference.invalid/data", join(bad, "data"), {
      recursive: true,
    });
    await expect(buildWith(join(bad, "data"), out)).rejects.toThrow(/"li-shi" is not a node id/);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe("previous");
  });

  test("a good build writes graph.json, the same bytes as the compiler's output", async () => {
    const out = mkdtempSync(join(tmpdir(), "qg-out-"));
    const dir = "tests/fixtures/compile/base.valid/data";
    await buildWith(dir, out);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    const expected = buildDataset(dir);
    expect(expected.ok).toBe(true);
    if (expected.ok)
      expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(serialize(expected.dataset));
  }, 60_000);

  test("index.html requests the data itself, after the scripts and before the stylesheet", async () => {
    const out = mkdtempSync(join(tmpdir(), "qg-out-"));
    await buildWith("tests/fixtures/compile/base.valid/data", out);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const request = head.indexOf('<script>var k;try{k=localStorage.getItem("quotegraph:kept")');
    expect(request).toBeGreaterThan(head.indexOf("<meta charset"));
    // Unless a file the reader opened is kept, or the address names a bundle's other network.
    expect(head.slice(request)).toMatch(
      /^<script>[^<]*if\(!k&&!\/\[\?&\]data=\/\.test\(location\.search\)\)\{window\.quotegraphData=fetch\("graph\.json"\)/,
    );
    // The scripts are the first view's critical path: their requests go out first. A classic
    // inline script waits for the stylesheets above it, so none is.
    const module = head.indexOf('<script type="module"');
    const preloads = [...head.matchAll(/<link rel="modulepreload"/g)].map((m) => m.index);
    expect(module).toBeGreaterThan(-1);
    expect(preloads.length).toBeGreaterThan(0);
    for (const at of [module, ...preloads]) expect(at).toBeLessThan(request);
    const stylesheet = head.indexOf('<link rel="stylesheet"');
    expect(stylesheet).toBeGreaterThan(request);
  }, 60_000);
});
