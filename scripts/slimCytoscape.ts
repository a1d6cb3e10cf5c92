// Builds Cytoscape from its own ES sources (shipped in the npm package) without the parts
// Quotegraph never calls, so the first view carries less script to download and parse:
// - the graph-analysis algorithms (PageRank, clustering, Kruskal, …), except BFS/DFS, which
//   `eles.components()` uses;
// - the built-in layouts other than preset, null and grid (the force layout is fcose, loaded on
//   demand);
// - the WebGL renderer (Quotegraph draws with the canvas 2D renderer).
// Cytoscape's public API is otherwise untouched. Calling a removed part fails loudly:
// an algorithm is simply not a method, a layout is "not registered", and WebGL throws.
// Used for production builds only; the dev server and Node scripts use the stock package.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

export const KEPT_ALGORITHMS = ["bfs-dfs"] as const;
export const KEPT_LAYOUTS = ["null", "preset", "grid"] as const;

/** Cytoscape's source folder inside node_modules. */
export function cytoscapeSourceDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its main file lives in dist/.
  return join(dirname(require.resolve("cytoscape")), "..", "src");
}

/** Replacement text for the three index modules, keyed by path relative to src/. */
export function replacements(): Record<string, string> {
  return {
    "collection/algorithms/index.mjs": [
      "import * as util from '../../util/index.mjs';",
      ...KEPT_ALGORITHMS.map((name, i) => `import a${i} from './${name}.mjs';`),
      "var elesfn = {};",
      `[${KEPT_ALGORITHMS.map((_, i) => `a${i}`).join(", ")}].forEach(function(props) { util.extend(elesfn, props); });`,
      "export default elesfn;",
    ].join("\n"),
    "extensions/layout/index.mjs": [
      ...KEPT_LAYOUTS.map((name, i) => `import l${i} from './${name}.mjs';`),
      `export default [${KEPT_LAYOUTS.map((name, i) => `{ name: '${name}', impl: l${i} }`).join(", ")}];`,
    ].join("\n"),
    "extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs": [
      "export default {",
      "  initWebgl() { throw new Error('Quotegraph builds Cytoscape without its WebGL renderer.'); }",
      "};",
    ].join("\n"),
  };
}

export function slimCytoscape(): Plugin {
  const src = cytoscapeSourceDir();
  const entry = join(src, "index.mjs");
  const version = (
    JSON.parse(readFileSync(join(src, "..", "package.json"), "utf8")) as { version: string }
  ).version;
  const replaced = new Map(
    Object.entries(replacements()).map(([rel, code]) => [join(src, rel), code] as const),
  );
  return {
    name: "quotegraph-slim-cytoscape",
    apply: "build",
    enforce: "pre",
    buildStart() {
      for (const file of [entry, ...replaced.keys()])
        if (!existsSync(file))
          this.error(
            `slimCytoscape: ${file} is missing. Cytoscape's source layout changed; ` +
              `update scripts/slimCytoscape.ts for this version.`,
          );
    },
    resolveId(id) {
      return id === "cytoscape" ? entry : null;
    },
    load(id) {
      return replaced.get(id) ?? null;
    },
    transform(code, id) {
      if (!id.startsWith(src)) return null;
      return code
        .replaceAll("process.env.VERSION", JSON.stringify(version))
        .replaceAll("process.env.NODE_ENV", JSON.stringify("production"));
    },
  };
}
