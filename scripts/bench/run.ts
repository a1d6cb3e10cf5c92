// npm run bench: size, bundle, first-paint and pan figures for the app and for a bare Cytoscape
// page drawing the same picture (and, for context, a minimal-style one), measured alternately in
// one browser. Prints a table; exits 1 on
// any failure. Timing lives here, never in unit tests.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../tests/e2e/browser.ts";
import { serveStatic, type StaticServer } from "../../tests/e2e/staticServer.ts";
import { DATASETS, slug } from "./datasets.ts";
import {
  median,
  measurePage,
  VIEWPORT,
  type Kind,
  type PageResult,
  type Variant,
} from "./measure.ts";
import { appCacheMissing, buildApp, buildBare, bundle, site, type Bundled } from "./prepare.ts";
import { fetchedFirstViewGz, firstViewGz, gzBytes } from "./sizes.ts";
import { report } from "./report.ts";
import { measureFirstClick } from "./firstClick.ts";
import type { Row } from "./table.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/**
 * Below this many elements (nodes + edges) a page takes under a second and the app's fixed cost
 * is a large share of it: six times the rounds, so the median is not at the mercy of a few slow
 * loads on a shared machine. Panning is measured in about half of them (`panRound`): its figure
 * is steady, and a pan costs more time than a load.
 */
const SMALL = 2_000;
const SMALL_ROUNDS = ROUNDS * 6;
/** Rounds 0-1, 4-5, 8-9, …: both page orders equally; every round for the other graphs. */
const panRound = (r: number, rounds: number) =>
  rounds < SMALL_ROUNDS || Math.floor(r / 2) % 2 === 0;
/** Above this many elements, fewer rounds keep the run within ~10 minutes. */
const BIG = 15_000;
const BIG_ROUNDS = Math.min(ROUNDS, 3);
/** Fresh pages for the first-click figure (built-in data only). */
const FIRST_CLICK_ROUNDS = ROUNDS * 2;
const roundsFor = (elements: number) =>
  elements < SMALL ? SMALL_ROUNDS : elements > BIG ? BIG_ROUNDS : ROUNDS;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`BENCH_ROUNDS must be a whole number ≥ 1, not ${process.env.BENCH_ROUNDS}`);
  process.exit(2);
}

const started = performance.now();
const log = (msg: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

const tmp = mkdtempSync(join(tmpdir(), "quotegraph-bench-"));
let browser: Browser | undefined;
let server: StaticServer | undefined;

async function cleanUp() {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  browser = undefined;
  server = undefined;
  rmSync(tmp, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

const KINDS = ["app", "bare", "minimal"] as const;

async function measureDataset(on: Browser, b: Bundled, builds: Record<Kind, string>, base: string) {
  const dir = join(tmp, slug(b.dataset.name));
  for (const kind of KINDS) site(builds[kind], b.graphJson, join(dir, kind));
  const graph = JSON.parse(readFileSync(b.graphJson, "utf8")) as { nodes: { id: string }[] };
  const ref = graph.nodes[0]?.id ?? "";
  const variant = (kind: Kind, pan: boolean): Variant => ({
    kind,
    url: `${base}${slug(b.dataset.name)}/${kind}/`,
    container: kind === "app" ? '[data-testid="graph-canvas"]' : "#cy",
    probe: kind === "app" ? "__quotegraph" : "__bare",
    pan: pan && kind !== "minimal",
  });
  const rounds = roundsFor(b.nodes + b.edges);
  const results: Record<Kind, PageResult[]> = { app: [], bare: [], minimal: [] };
  const panned: Record<Kind, PageResult[]> = { app: [], bare: [], minimal: [] };
  // A B C, then C B A: no page always goes first (or last) after the others warmed things up.
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? KINDS : [...KINDS].reverse();
    const pan = panRound(r, rounds);
    for (const kind of order) {
      const result = await measurePage(on, variant(kind, pan), ref);
      results[kind].push(result);
      if (pan) panned[kind].push(result);
    }
  }
  const warnings = new Set(Object.values(results).flatMap((rs) => rs.flatMap((x) => x.warnings)));
  const med = (kind: Kind, key: "readyMs" | "frameMs" | "worstFrameMs" | "longFrames") =>
    median((key === "readyMs" ? results : panned)[kind].map((x) => x[key]));
  const fetched = (kind: Kind) =>
    fetchedFirstViewGz(
      join(dir, kind),
      results[kind].flatMap((x) => x.loaded),
    );
  return {
    rounds,
    warnings: [...warnings],
    fetchedApp: fetched("app"),
    fetchedBare: fetched("bare").bytes,
    readyApp: med("app", "readyMs"),
    readyBare: med("bare", "readyMs"),
    readyMinimal: med("minimal", "readyMs"),
    frameApp: med("app", "frameMs"),
    frameBare: med("bare", "frameMs"),
    worstApp: med("app", "worstFrameMs"),
    worstBare: med("bare", "worstFrameMs"),
    longApp: med("app", "longFrames"),
    longBare: med("bare", "longFrames"),
  };
}

async function main() {
  log("npm run build (dist/), then the bare Cytoscape page");
  const builds: Record<Kind, string> = {
    app: buildApp(tmp),
    bare: await buildBare(tmp, "main"),
    minimal: await buildBare(tmp, "minimal"),
  };
  const page = (dir: string) => readFileSync(join(dir, "index.html"), "utf8");
  if (page(builds.bare) === page(builds.minimal))
    throw new Error("the bare and minimal-style pages were built from the same script");
  const declared = firstViewGz(builds.app);
  log(`first view declared by the app's index.html: ${declared.files.join(", ")}`);
  const notes: string[] = [
    `load average at start ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  ];
  if (appCacheMissing())
    notes.push("dist-app/ was missing: the first bundle time includes its build");

  const bundled: Bundled[] = [];
  for (const d of DATASETS) {
    log(`npm run bundle -- ${d.input}`);
    bundled.push(bundle(d, join(tmp, slug(d.name), "bundle")));
  }

  server = await serveStatic(tmp, "/");
  browser = await launchBrowser();
  const rows: Row[] = [];
  for (const b of bundled) {
    const n = roundsFor(b.nodes + b.edges);
    log(
      `${b.dataset.name}: ${b.nodes} nodes, ${b.edges} edges; ${n} rounds of app, bare and minimal style`,
    );
    const { fetchedApp, fetchedBare, ...m } = await measureDataset(browser, b, builds, server.url);
    for (const w of m.warnings) notes.push(`${b.dataset.name}: ${w}`);
    const extra = fetchedApp.files.filter((f) => !declared.files.includes(f));
    if (extra.length > 0)
      notes.push(`${b.dataset.name}: the app fetched before graph-ready: ${extra.join(", ")}`);
    if (b.dataset.builtin) {
      const edges = ["tim-brooks--studied_at--uc-berkeley", "saining-xie--authored--dit"] as const;
      const url = `${server.url}${slug(b.dataset.name)}/app/`;
      const click = await measureFirstClick(browser, url, edges, FIRST_CLICK_ROUNDS);
      notes.push(
        `${b.dataset.name}: click on an edge to its panel's content, median of ${FIRST_CLICK_ROUNDS} fresh pages: first click ${click.firstMs.toFixed(0)} ms, a later click ${click.laterMs.toFixed(0)} ms`,
      );
    }
    rows.push({
      dataset: b.dataset.name,
      nodes: b.nodes,
      edges: b.edges,
      firstViewApp: fetchedApp.bytes,
      firstViewBare: fetchedBare,
      data: gzBytes(b.graphJson),
      bundleS: b.bundleS,
      layoutS: b.layoutS,
      builtin: b.dataset.builtin,
      ...m,
    });
  }
  await cleanUp();
  notes.push(
    `load average at end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} (${cpus().length} CPUs)`,
  );

  console.log(
    report(rows, {
      rounds: ROUNDS,
      smallRounds: SMALL_ROUNDS,
      smallPanRounds: Array.from({ length: SMALL_ROUNDS }, (_, r) =>
        panRound(r, SMALL_ROUNDS),
      ).filter(Boolean).length,
      smallElements: SMALL,
      bigRounds: BIG_ROUNDS,
      bigElements: BIG,
      startupS: median(bundled.map((b) => b.bundleWallS - b.bundleS)),
      viewport: VIEWPORT,
      notes,
      totalS: (performance.now() - started) / 1000,
    }),
  );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
