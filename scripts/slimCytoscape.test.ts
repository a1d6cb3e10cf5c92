import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { expect, test } from "vitest";
import { slimCytoscape } from "./slimCytoscape.ts";

type Cy = import("cytoscape").Core;
type Factory = ((options: object) => Cy) & { version: string };

/** Builds Cytoscape, with the plugin as the app's production build does or without, and loads it. */
async function buildCytoscape(
  dir: string,
  slim: boolean,
): Promise<{ cytoscape: Factory; bytes: number }> {
  const entry = join(dir, "entry.js");
  // The stock build is the package's own ES module file, as a plain `import "cytoscape"` gets.
  const require = createRequire(import.meta.url);
  const from = slim
    ? "cytoscape"
    : join(dirname(require.resolve("cytoscape")), "cytoscape.esm.mjs");
  writeFileSync(entry, `export { default } from ${JSON.stringify(from)};\n`);
  const outDir = join(dir, slim ? "slim" : "stock");
  await build({
    configFile: false,
    logLevel: "silent",
    plugins: slim ? [slimCytoscape()] : [],
    build: {
      outDir,
      lib: { entry, formats: ["es"], fileName: () => "slim.js" },
      minify: true,
    },
  });
  const file = join(outDir, "slim.js");
  const mod = (await import(pathToFileURL(file).href)) as { default: Factory };
  return { cytoscape: mod.default, bytes: readFileSync(file).length };
}

test("the slim Cytoscape keeps what Quotegraph calls, drops the rest, and is smaller", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qg-slim-"));
  const { cytoscape, bytes } = await buildCytoscape(dir, true);
  const stock = await buildCytoscape(dir, false);

  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: "a" } },
      { data: { id: "b" } },
      { data: { id: "c" } },
      { data: { id: "ab", source: "a", target: "b" } },
    ],
  });
  // Kept: components (needs BFS), the preset layout, traversal.
  expect(
    cy
      .elements()
      .components()
      .map((c) => c.nodes().length),
  ).toEqual([2, 1]);
  cy.layout({ name: "preset", positions: { a: { x: 5, y: 7 } } } as never).run();
  expect(cy.$id("a").position()).toEqual({ x: 5, y: 7 });
  expect(
    cy
      .$id("a")
      .neighborhood()
      .nodes()
      .map((n) => n.id()),
  ).toEqual(["b"]);
  expect(cytoscape.version).toBe(stock.cytoscape.version);

  // Dropped: analysis algorithms and the unused built-in layouts.
  const eles = cy.elements() as unknown as Record<string, unknown>;
  expect(eles.pageRank).toBeUndefined();
  expect(eles.kruskal).toBeUndefined();
  expect(() => cy.layout({ name: "cose" }).run()).toThrow();

  expect(() => stock.cytoscape({ headless: true }).layout({ name: "cose" })).not.toThrow();

  // And the point of the exercise: smaller than the stock package built the same way.
  expect(bytes).toBeLessThan(stock.bytes * 0.85);
}, 60_000);
