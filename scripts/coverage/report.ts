// Coverage of src/ by the unit tests, the browser tests and both, per layer, against the floors in
// coverage.config.json (`npm test` runs this last; `npm run test:coverage` also writes
// docs/coverage.md).
//
//   tsx scripts/coverage/report.ts           print the table, exit 1 if a layer is under its floor
//   tsx scripts/coverage/report.ts --write   the same, and write the table to docs/coverage.md
//   tsx scripts/coverage/report.ts --clean   forget the browser tests' coverage of an earlier run
//
// Unit: vitest's V8 provider (`vitest run --coverage`) → coverage/unit/unit.json (istanbul).
// Browser: tests/e2e/coverage.ts writes each page's V8 coverage of the built scripts to
// coverage/browser-raw/; monocart-coverage-reports maps it through the build's hidden source maps
// back to src/ → coverage/browser/coverage-final.json. Merged per file by line (a line is covered
// when either run ran it; the lines are the unit run's, which lists every file of src/).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CoverageReport } from "monocart-coverage-reports";
import { format, resolveConfig } from "prettier";
import {
  filesOf,
  mergeLines,
  percent,
  tally,
  type IstanbulFile,
  type LineHits,
  type Tally,
} from "./lines.ts";
import { mappedLines, type SourceMapJson } from "./mappedLines.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const UNIT = join(ROOT, "coverage/unit/unit.json");
const RAW = join(ROOT, "coverage/browser-raw");
const BROWSER = join(ROOT, "coverage/browser");
const CONFIG = join(ROOT, "coverage.config.json");
const FIGURES = join(ROOT, "docs/coverage.md");

export const LAYERS = ["src/model", "src/graph", "src/state", "src/ui", "src/app", "src"] as const;
type Layer = (typeof LAYERS)[number];
type Floors = Record<"unit" | "combined", Record<Layer, number>>;

const rel = (path: string) => relative(ROOT, resolve(ROOT, path)).replaceAll("\\", "/");

function readJson<T>(path: string, missing: string): T {
  if (!existsSync(path)) throw new Error(`${rel(path)} is missing: ${missing}`);
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The browser tests' V8 coverage, mapped to src/ (istanbul JSON), or nothing if none was kept. */
async function browserFiles(): Promise<Map<string, LineHits> | undefined> {
  if (!existsSync(RAW)) return undefined;
  const runs = readdirSync(RAW).filter((f) => f.endsWith(".json"));
  if (runs.length === 0) return undefined;
  const mcr = new CoverageReport({
    name: "Quotegraph: browser tests",
    outputDir: BROWSER,
    reports: [["json", { file: "coverage-final.json" }]],
    sourceFilter: (path: string) => /^src\/.*\.tsx?$/.test(path),
    logging: "error",
    cleanCache: true,
  });
  const sources = new Map<string, { source: string; sourceMap: SourceMapJson }>();
  /** Per file of src/: the lines the pages' scripts hold code from. */
  const inBuild = new Map<string, Set<number>>();
  for (const run of runs) {
    const scripts = JSON.parse(readFileSync(join(RAW, run), "utf8")) as {
      file: string;
      functions: unknown[];
    }[];
    const entries = scripts.map(({ file, functions }) => {
      let known = sources.get(file);
      if (!known) {
        const sourceMap = JSON.parse(readFileSync(`${file}.map`, "utf8")) as SourceMapJson;
        known = { source: readFileSync(file, "utf8"), sourceMap };
        sources.set(file, known);
        for (const [path, lines] of mappedLines(sourceMap, `${file}.map`)) {
          const all = inBuild.get(rel(path)) ?? new Set<number>();
          for (const line of lines) all.add(line);
          inBuild.set(rel(path), all);
        }
      }
      return { url: pathToFileURL(file).href, scriptId: file, functions, ...known };
    });
    await mcr.add(entries);
  }
  const results = await mcr.generate();
  // Lines as V8 saw them (a line counts as run when any of its code ran: statements, as istanbul
  // counts them, start on other lines than the unit run's in JSX), but only lines with code in
  // the build: monocart counts a tree-shaken function's lines as run.
  const files = new Map<string, LineHits>();
  for (const { sourcePath, data } of results?.files ?? []) {
    const path = rel(sourcePath);
    const built = inBuild.get(path);
    const hits: LineHits = new Map();
    for (const [line, count] of Object.entries(data?.lines ?? {}))
      if (built?.has(Number(line))) hits.set(Number(line), typeof count === "number" ? count : 1);
    files.set(path, hits);
  }
  return files;
}

const fmt = (t: Tally | undefined) =>
  // Cut, not rounded, to one decimal: 96.97% under a floor of 97% never shows as 97.0%.
  t === undefined
    ? "—"
    : `${(Math.floor(percent(t) * 10) / 10).toFixed(1)}% (${t.covered}/${t.total})`;

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--clean")) {
    rmSync(RAW, { recursive: true, force: true });
    return;
  }
  const floors = readJson<{ floors: Floors }>(CONFIG, "the floors").floors;
  const unit = filesOf(
    readJson<Record<string, IstanbulFile>>(UNIT, "run `vitest run --coverage` first"),
    rel,
  );
  const browser = await browserFiles();
  const combined = new Map([...unit].map(([p, hits]) => [p, mergeLines(hits, browser?.get(p))]));
  const browserOnly = browser
    ? new Map([...unit].map(([p, hits]) => [p, mergeLines(zero(hits), browser.get(p))]))
    : undefined;

  const rows = LAYERS.map((layer) => ({
    layer,
    unit: tally(unit, layer),
    browser: browserOnly && tally(browserOnly, layer),
    combined: browser ? tally(combined, layer) : undefined,
  }));
  const table = [
    "| lines of | unit | browser | unit + browser | floors (unit / combined) |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| \`${r.layer}/\` | ${fmt(r.unit)} | ${fmt(r.browser)} | ${fmt(r.combined)} | ` +
        `${floors.unit[r.layer]}% / ${floors.combined[r.layer]}% |`,
    ),
  ];
  // Aligned as prettier lays out a markdown table (docs/coverage.md passes `prettier --check`).
  const options = { ...(await resolveConfig(FIGURES)), parser: "markdown" };
  const aligned = (await format(table.join("\n"), options)).trimEnd();
  console.log(`\nCoverage of src/ (lines):\n\n${aligned}\n`);
  // --files: the files with the most lines no test runs, to see where tests are missing.
  if (args.includes("--files")) {
    const missed = [...combined]
      .map(([path, hits]) => ({ path, missed: [...hits.values()].filter((h) => h === 0).length }))
      .filter((f) => f.missed > 0)
      .sort((a, b) => b.missed - a.missed)
      .slice(0, 40);
    for (const f of missed) console.log(`${String(f.missed).padStart(5)}  ${f.path}`);
  }

  if (args.includes("--write")) {
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    const figures =
      "# Coverage\n\nLines of `src/` run by the unit tests (vitest, V8), by the browser tests " +
      "(Chromium's V8 coverage of the production build, mapped back through its source maps) " +
      "and by either, as `npm run test:coverage` measured them " +
      `(${new Date().toISOString().slice(0, 10)}). The floors are in ` +
      "`coverage.config.json`; `npm test` fails under any of them.\n\n" +
      `${table.join("\n")}\n`;
    writeFileSync(FIGURES, await format(figures, options));
    console.log(`wrote ${rel(FIGURES)}`);
  }

  const under: string[] = [];
  for (const r of rows) {
    const check = (kind: "unit" | "combined", t: Tally | undefined) => {
      const floor = floors[kind][r.layer];
      if (t?.total === 0)
        under.push(`${r.layer}/: no ${kind} coverage of any of its lines was found`);
      else if (t !== undefined && percent(t) < floor)
        under.push(
          `${r.layer}/: ${kind} line coverage ${percent(t).toFixed(2)}% is under its floor of ` +
            `${floor}% (coverage.config.json)`,
        );
    };
    check("unit", r.unit);
    check("combined", r.combined);
  }
  if (!browser) {
    under.push(
      "no browser coverage in coverage/browser-raw/: run the browser tests with " +
        "QUOTEGRAPH_COVERAGE=coverage/browser-raw on a build made with QUOTEGRAPH_SOURCEMAP=1 " +
        "(as `npm run test:e2e` does)",
    );
  }
  if (under.length > 0) {
    for (const u of under) console.error(`coverage: ${u}`);
    console.error(
      "Add tests for what is no longer run; never lower a floor to pass (see coverage.config.json).",
    );
    process.exit(1);
  }
  console.log("coverage: every layer is at or above its floors");
}

/** The same lines, none run. */
const zero = (hits: LineHits): LineHits => new Map([...hits.keys()].map((l) => [l, 0]));

await main();
