// Chromium's V8 coverage of every page the harness opens, when QUOTEGRAPH_COVERAGE names a folder
// (npm test does): each page's scripts that come from a served build with a hidden source map
// beside them (QUOTEGRAPH_SOURCEMAP=1) are written there, one JSON file per test file, for
// scripts/coverage/report.ts to map back to src/ and merge with the unit tests' coverage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

const DIR = process.env.QUOTEGRAPH_COVERAGE;
const SRC = resolve(import.meta.dirname, "../../src");

/** Whether the map beside `file` has any source in src/ (React's or Cytoscape's chunks do not). */
const fromSrc = new Map<string, boolean>();
function mapsToSrc(file: string): boolean {
  let known = fromSrc.get(file);
  if (known === undefined) {
    const map = `${file}.map`;
    const { sources = [] } = existsSync(map)
      ? (JSON.parse(readFileSync(map, "utf8")) as { sources?: string[] })
      : {};
    known = sources.some((s) => !relative(SRC, resolve(dirname(file), s)).startsWith(".."));
    fromSrc.set(file, known);
  }
  return known;
}

/** One script's coverage: the file it was served from (its map is `${file}.map`) and V8's ranges. */
export interface ScriptCoverage {
  file: string;
  functions: unknown[];
}

export function browserCoverage(basePath = "/blog/post/graph/") {
  const scripts: ScriptCoverage[] = [];
  const pending = new Set<Promise<void>>();
  const pages = new Set<Page>();
  let root: string | undefined;

  /** The file under the served root that `url` is, if it is a script built from src/ with its map. */
  const fileOf = (url: string) => {
    if (!root || !/^https?:/.test(url)) return undefined;
    const path = new URL(url).pathname;
    if (!path.startsWith(basePath) || !path.endsWith(".js")) return undefined;
    const file = join(root, decodeURIComponent(path.slice(basePath.length)));
    return mapsToSrc(file) ? file : undefined;
  };

  async function collect(page: Page, keep = false) {
    if (!keep) pages.delete(page);
    if (page.isClosed()) return;
    const entries = await page.coverage.stopJSCoverage().catch(() => []);
    for (const { url, functions } of entries) {
      const file = fileOf(url);
      if (file) scripts.push({ file, functions });
    }
  }

  /** Collects `page`'s coverage before it closes, itself or with its context. */
  async function watch(page: Page) {
    if (!DIR) return;
    pages.add(page);
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    const close = page.close.bind(page);
    page.close = async (options) => {
      await collect(page);
      return close(options);
    };
    // A navigation drops the scripts the page ran so far, and V8 their counts with them: take
    // them first (a reload that checks what was kept, a second address in one test).
    const again = async () => {
      await collect(page, true);
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      await again();
      return reload(options);
    };
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      if (page.url() !== "about:blank") await again();
      return goto(url, options);
    };
  }

  return {
    enabled: DIR !== undefined,
    /** The folder the build is served from (none for file:// pages, whose scripts are inline). */
    serving(dir: string | null) {
      root = dir === null ? undefined : resolve(dir);
    },
    /** Starts `page`'s coverage; resolves once it runs, so navigate after. */
    watch,
    /** As `watch`, for pages a context opens; its `close` collects them first. */
    watchContext(context: BrowserContext) {
      if (!DIR) return;
      context.on("page", (page) => {
        const started = watch(page).catch(() => undefined);
        pending.add(started);
      });
      const close = context.close.bind(context);
      context.close = async (options) => {
        await Promise.all(pending);
        await Promise.all(context.pages().map((p) => collect(p)));
        return close(options);
      };
    },
    /** Collects the pages still open and writes this test file's coverage. */
    async write(name: string) {
      if (!DIR) return;
      await Promise.all(pending);
      await Promise.all([...pages].map((p) => collect(p)));
      if (scripts.length === 0) return;
      mkdirSync(DIR, { recursive: true });
      const out = join(DIR, `${name.replace(/[^\w.-]+/g, "_")}-${process.pid}-${Date.now()}.json`);
      writeFileSync(out, JSON.stringify(scripts));
      scripts.length = 0;
    },
  };
}
