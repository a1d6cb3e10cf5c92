// npm run bench: size, bundle, first-paint and pan figures for the app and for a bare Cytoscape
// page drawing the same picture (and, for context, a minimal-style one), measured alternately in
// one browser. Prints a table; exits 1 on
// any failure. Timing lives here, never in unit tests.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../tests/e2e/browser.ts";
import { serveStatic, type StaticServer } from "../../tests/e2e/staticServer.ts";
import { DATASETS, slug, TARGET_NETWORK } from "./datasets.ts";
import { median, VIEWPORT, type Kind } from "./measure.ts";
import { measureDataset } from "./measureDataset.ts";
import { measureOpenFile } from "./openFile.ts";
import {
  appCacheMissing,
  buildApp,
  buildBare,
  bundle,
  materialise,
  type Bundled,
} from "./prepare.ts";
import { firstViewGz, gzBytes } from "./sizes.ts";
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

async function main() {
  log("npm run build (dist/), then the bare Cytoscape page");
  const builds: Record<Kind, string> = {
    app: buildApp(tmp),
    bare: await buildBare(tmp, "main"),
    minimal: await buildBare(tmp, "minimal"),
    sigma: await buildBare(tmp, "main", "sigma"),
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
  for (const listed of DATASETS) {
    const d = materialise(listed, join(tmp, "generated"));
    log(`npm run bundle -- ${d.input}`);
    bundled.push(bundle(d, join(tmp, slug(d.name), "bundle")));
  }

  server = await serveStatic(tmp, "/");
  browser = await launchBrowser();
  const rows: Row[] = [];
  for (const b of bundled) {
    const n = roundsFor(b.nodes + b.edges);
    log(
      `${b.dataset.name}: ${b.nodes} nodes, ${b.edges} edges; ${n} rounds of app, bare, minimal style and sigma`,
    );
    const { fetchedApp, fetchedBare, app, bare, minimal, sigma, hideType, ...m } =
      await measureDataset(browser, b, builds, server.url, tmp, {
        rounds: n,
        pan: (r) => panRound(r, n),
        // Interactions in at most ROUNDS rounds: both page orders, without doubling small graphs' time.
        interact: (r) => panRound(r, n) && r < 2 * ROUNDS,
      });
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
    const trio = (key: "heapMB" | "hoverMs" | "clickMs" | "filterMs") => ({
      app: app[key],
      bare: bare[key],
      sigma: sigma[key],
    });
    rows.push({
      readyApp: app.readyMs,
      readyBare: bare.readyMs,
      readyMinimal: minimal.readyMs,
      readySigma: sigma.readyMs,
      frameApp: app.frameMs,
      frameBare: bare.frameMs,
      worstApp: app.worstFrameMs,
      worstBare: bare.worstFrameMs,
      longApp: app.longFrames,
      longBare: bare.longFrames,
      heap: trio("heapMB"),
      hover: trio("hoverMs"),
      click: trio("clickMs"),
      filter: trio("filterMs"),
      tableApp: app.tableMs,
      hideType,
      bundlePeakMB: b.peakMB,
      bundleCpuS: b.cpuS,
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
  // Opening CA-GrQc with "Open file" (the 3 s target), when CA-GrQc is measured.
  let openMs: number | null = null;
  const grqc = DATASETS.find((d) => d.name === "CA-GrQc");
  if (grqc && existsSync(grqc.input)) {
    log(`"Open file" CA-GrQc, ${ROUNDS} fresh pages`);
    openMs = await measureOpenFile(browser, `${server.url}app-build/`, grqc.input, "3466", ROUNDS);
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
      targetNetwork: TARGET_NETWORK,
      openMs,
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
