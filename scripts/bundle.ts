// npm run bundle -- <input…> --out <dir> [--color-by <…>] [--size-by <…>]: a complete static
// bundle (the app and its graph.json) from a data folder in Quotegraph's format, or from network
// file(s): CSV (nodes + edges), GraphML, GEXF, GML or JSON. Several networks (a.gexf b.json) make
// one bundle: the first is graph.json, the others networks/<name>.json, all listed in
// networks.json, chosen by ?data=<name>. --color-by and --size-by bake the Style control's
// default into each. Prints the import report and timings; on any problem, writes nothing.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { build } from "vite";
import { formatProblem, type Problem } from "../src/model/problems.ts";
import type { Dataset } from "../src/model/types.ts";
import { importNetwork } from "../src/graph/importNetwork.ts";
import { hasHanText } from "../src/model/han.ts";
import { addSearchKeys } from "../src/model/searchKeys.ts";
import { buildDataset, serialize } from "./buildDataset.ts";
import { readNetworkFiles } from "./readDataFolder.ts";
import { bakeStyle, type StyleFlags } from "../src/model/bakedStyle.ts";
import { NETWORK_INDEX } from "../src/model/networkIndex.ts";
import { networkIndex, planNetworks } from "./bundlePlan.ts";
import { replaceDirAtomically, step, writeFileAtomically } from "./writeAtomically.ts";

const APP_DIR = resolve("dist-app");
/** Written once the app is built whole. */
const COMPLETE = join(APP_DIR, ".complete");

const USAGE =
  "usage: npm run bundle -- <data folder | network file(s)>… --out <dir> " +
  "[--color-by <type|community|attribute>] [--size-by <degree|quotes|attribute>]";

function parseArgs(argv: string[]) {
  const inputs: string[] = [];
  let out = "";
  const style: StyleFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--out") out = argv[++i] ?? "";
    else if (a === "--color-by") style.colorBy = argv[++i] ?? "";
    else if (a === "--size-by") style.sizeBy = argv[++i] ?? "";
    else inputs.push(a);
  }
  if (inputs.length === 0 || !out || style.colorBy === "" || style.sizeBy === "") {
    console.error(USAGE);
    process.exit(2);
  }
  return { inputs: inputs.map((p) => resolve(p)), out: resolve(out), style };
}

function fail(problems: Problem[]): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s); nothing written.`);
  process.exit(1);
}

/** The newest modification time among the app's sources. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  const inputs = ["src", "public", "index.html", "vite.config.ts", "package-lock.json"];
  const plugins = ["dataPlugin", "cspPlugin", "oembedPlugin", "slimCytoscape"];
  for (const p of [...inputs, ...plugins.map((name) => `scripts/${name}.ts`)]) visit(p);
  return newest;
}

/** The app without data: a production build, made once and remade when its sources change. */
async function appBuild(): Promise<string> {
  const built = `${APP_DIR}/index.html`;
  if (
    !existsSync(built) ||
    !existsSync(COMPLETE) ||
    statSync(built).mtimeMs < newestSource() ||
    process.env.QUOTEGRAPH_REBUILD_APP
  ) {
    // Whatever the caller's NODE_ENV (vitest sets "test"), the bundle ships a production build.
    process.env.NODE_ENV = "production";
    // The mark is written last: a build that was stopped half-way is built again, not reused.
    rmSync(COMPLETE, { force: true });
    await build({
      mode: "production",
      logLevel: "warn",
      build: { outDir: APP_DIR, emptyOutDir: true },
    });
    writeFileSync(COMPLETE, "");
  }
  return APP_DIR;
}

/** One network from its inputs (a data folder, or network file(s)), with what was read. */
function readNetwork(inputs: string[]): Dataset {
  const first = inputs[0] ?? "";
  if (inputs.length === 1 && isFolder(first)) {
    const result = buildDataset(first);
    if (!result.ok) fail(result.problems);
    const dataset = result.dataset;
    console.log(`${first}: ${dataset.nodes.length} nodes, ${dataset.edges.length} relations`);
    return dataset;
  }
  const files = readNetworkFiles(inputs);
  const result = importNetwork(files);
  if (!result.ok) fail(result.problems);
  // Chinese labels: search keys in both scripts and in pinyin (as "Open file" gives them).
  const dataset = hasHanText(result.dataset.nodes) ? addSearchKeys(result.dataset) : result.dataset;
  const r = result.report;
  console.log(
    `${files.map((f) => f.name).join(" + ")} (${r.format}): ${r.nodes} nodes, ${r.edges} edges; ` +
      `merged ${r.duplicateEdges} duplicate and ${r.reciprocalEdges} reciprocal records; ` +
      `${r.selfLoops} self-loops, ${r.isolatedNodes} isolated nodes; ` +
      `${r.positions ? "positions from the file" : `laid out in ${(result.layoutMs / 1000).toFixed(1)} s`}`,
  );
  for (const note of r.notes) console.log(`  - ${note}`);
  return dataset;
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

const started = performance.now();
const { inputs, out, style } = parseArgs(process.argv.slice(2));
const plan = planNetworks(inputs, isFolder);
const styleProblems: string[] = [];
const networks = plan.map((network) => {
  const read = readNetwork(network.inputs);
  const baked = bakeStyle(read, style, network.inputs.map((p) => basename(p)).join(" + "));
  if (!baked.ok) styleProblems.push(...baked.messages);
  const dataset: Dataset = baked.ok && baked.style ? { ...read, style: baked.style } : read;
  return { ...network, dataset };
});
if (styleProblems.length > 0) {
  console.error(
    `${styleProblems.join("\n")}\n\n${styleProblems.length} problem(s); nothing written.`,
  );
  process.exit(1);
}
if (networks.length > 1) for (const n of networks) console.log(`  ?data=${n.name}: ${n.file}`);
const index = networkIndex(
  networks.map((n) => ({
    ...n,
    // The built-in data has no title of its own (the app's subtitle names it).
    title: n.dataset.title ?? basename(n.inputs[0] ?? n.name),
    nodes: n.dataset.nodes.length,
    edges: n.dataset.edges.length,
  })),
);
const app = await appBuild();
const recovered = replaceDirAtomically(out, (tmp) => {
  mkdirSync(tmp, { recursive: true });
  for (const name of readdirSync(app).filter((n) => n !== ".complete")) {
    step();
    cpSync(join(app, name), join(tmp, name), { recursive: true });
  }
  for (const n of networks) {
    mkdirSync(dirname(join(tmp, n.file)), { recursive: true });
    writeFileAtomically(join(tmp, n.file), serialize(n.dataset));
  }
  writeFileAtomically(join(tmp, NETWORK_INDEX), `${JSON.stringify(index, null, 2)}\n`);
});
for (const line of recovered) console.log(`  - ${line}`);
console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
