// Everything before the browser: build the app once, build the bare baseline page, bundle each
// dataset with `npm run bundle`, and time parse + layout in this process.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { build } from "vite";
import { importNetwork } from "../../src/graph/importNetwork.ts";
import { buildDataset } from "../buildDataset.ts";
import { generateCoauthors, toGexf } from "./coauthors.ts";
import { slug, type BenchDataset } from "./datasets.ts";

/** Seed of the generated networks: the same files every run. */
const GENERATOR_SEED = 16;

/** Writes a generated dataset's GEXF under `dir` and returns the dataset with its input set. */
export function materialise(d: BenchDataset, dir: string): BenchDataset {
  if (!d.generated) return d;
  mkdirSync(dir, { recursive: true });
  const { nodes, edges, positions } = d.generated;
  const input = join(dir, `${slug(d.name)}.gexf`);
  writeFileSync(input, toGexf(generateCoauthors(nodes, edges, GENERATOR_SEED), positions));
  return { ...d, input };
}

/** Run a command; its output is shown only when it fails. */
export function run(cmd: string, args: string[]): { stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? "");
    process.stderr.write(r.stderr ?? "");
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.error?.message ?? `exit ${r.status}`})`);
  }
  return { stdout: r.stdout, stderr: r.stderr, ms };
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
 * app, or minimal.ts, dots and lines), or the sigma.js + graphology page (scripts/bench/sigma/),
 * built with Vite on its own: no project config, so it gets the stock Cytoscape package.
 */
export async function buildBare(
  tmp: string,
  script: "main" | "minimal",
  folder: "bare" | "sigma" = "bare",
): Promise<string> {
  const outDir = join(tmp, `${folder}-${script}-build`);
  await build({
    root: resolve(`scripts/bench/${folder}`),
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
  /** Peak resident memory of the bundle process tree (GNU time's maximum RSS), in MB. */
  peakMB: number;
  /** CPU time (user + system) of the bundle process tree, in s: steadier than wall time. */
  cpuS: number;
}

const TIME = "/usr/bin/time";

/** `npm run bundle` under GNU time -v where it is installed (peak memory and CPU time). */
export function bundle(dataset: BenchDataset, out: string): Bundled {
  const args = ["run", "-s", "bundle", "--", dataset.input, "--out", out];
  const timed = existsSync(TIME);
  const { stdout, stderr, ms } = timed ? run(TIME, ["-v", "npm", ...args]) : run("npm", args);
  const field = (name: string) =>
    Number(new RegExp(`${name}[^:]*:\\s*([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
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
    layoutS: layoutSeconds(dataset, stdout),
    peakMB: timed ? field("Maximum resident set size") / 1024 : NaN,
    cpuS: timed ? field("User time") + field("System time") : NaN,
  };
}

/**
 * Built-in: buildDataset("data") (compile + layout + search keys); files: the layout time that
 * `npm run bundle` printed, else importNetwork's layout timed here.
 */
function layoutSeconds(dataset: BenchDataset, printed: string): number | null {
  if (!dataset.builtin) {
    if (/positions from the file/.test(printed)) return null;
    const laid = /laid out in ([\d.]+) s/.exec(printed);
    if (laid) return Number(laid[1]);
  }
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
