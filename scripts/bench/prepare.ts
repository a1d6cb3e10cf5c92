// Everything before the browser: build the app once, build the bare baseline page, bundle each
// dataset with `npm run bundle`, and time parse + layout in this process.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { build } from "vite";
import { importNetwork } from "../../src/graph/importNetwork.ts";
import { buildDataset } from "../buildDataset.ts";
import type { BenchDataset } from "./datasets.ts";

/** Run a command; its output is shown only when it fails. */
export function run(cmd: string, args: string[]): { stdout: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? "");
    process.stderr.write(r.stderr ?? "");
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.error?.message ?? `exit ${r.status}`})`);
  }
  return { stdout: r.stdout, ms };
}

/** `npm run build`, then a private copy of dist/ (others may rebuild dist/ while we measure). */
export function buildApp(tmp: string): string {
  run("npm", ["run", "-s", "build"]);
  const snapshot = join(tmp, "app-build");
  cpSync(resolve("dist"), snapshot, { recursive: true });
  return snapshot;
}

/**
 * A bare Cytoscape page (scripts/bench/bare/: index.html with main.ts, the same picture as the
 * app, or minimal.ts, dots and lines), built with Vite on its own: no project config, so it gets
 * the stock Cytoscape package.
 */
export async function buildBare(tmp: string, script: "main" | "minimal"): Promise<string> {
  const outDir = join(tmp, `bare-${script}-build`);
  await build({
    root: resolve("scripts/bench/bare"),
    base: "./",
    configFile: false,
    logLevel: "warn",
    plugins: [
      {
        name: "bench-page-script",
        // "pre": before Vite reads the page's module script.
        transformIndexHtml: {
          order: "pre",
          handler: (html) => html.replace('src="./main.ts"', `src="./${script}.ts"`),
        },
      },
    ],
    build: { outDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

export interface Bundled {
  dataset: BenchDataset;
  graphJson: string;
  nodes: number;
  edges: number;
  /** "wrote … in Y s" as printed by `npm run bundle`. */
  bundleS: number;
  /** Wall time of the whole `npm run bundle` process (npm and tsx start-up included). */
  bundleWallS: number;
  /** In-process layout time, or null when the file brings its own positions. */
  layoutS: number | null;
}

export function bundle(dataset: BenchDataset, out: string): Bundled {
  const { stdout, ms } = run("npm", ["run", "-s", "bundle", "--", dataset.input, "--out", out]);
  const wrote = /wrote .* in ([\d.]+) s/.exec(stdout);
  if (!wrote) throw new Error(`npm run bundle printed no "wrote … in Y s":\n${stdout}`);
  const graphJson = join(out, "graph.json");
  const graph = JSON.parse(readFileSync(graphJson, "utf8")) as { nodes: unknown[]; edges: [] };
  return {
    dataset,
    graphJson,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    bundleS: Number(wrote[1]),
    bundleWallS: ms / 1000,
    layoutS: layoutSeconds(dataset),
  };
}

/** Built-in: buildDataset("data") (compile + layout + search keys); files: importNetwork's layout. */
function layoutSeconds(dataset: BenchDataset): number | null {
  if (dataset.builtin) {
    const started = performance.now();
    const result = buildDataset(dataset.input);
    if (!result.ok) throw new Error(`buildDataset(${dataset.input}) failed`);
    return (performance.now() - started) / 1000;
  }
  const text = readFileSync(dataset.input, "utf8");
  const result = importNetwork([{ name: basename(dataset.input), text }]);
  if (!result.ok) throw new Error(`importNetwork(${dataset.input}) failed`);
  return result.report.positions ? null : result.layoutMs / 1000;
}

/** A servable folder: a copy of a build with the dataset's graph.json beside its index.html. */
export function site(build: string, graphJson: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(build, dir, { recursive: true });
  cpSync(graphJson, join(dir, "graph.json"));
  return dir;
}

export const appCacheMissing = () => !existsSync(resolve("dist-app/index.html"));
