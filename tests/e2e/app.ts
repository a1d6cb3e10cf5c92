// Shared set-up for browser tests: a build served under a sub-path, one Chromium, and pages that
// fail their test on any console error or warning, page error, dialog or request outside their
// origin. Every page `open`, `visit` or a `newContext` opens is watched, and an `afterEach`
// asserts that none of the pages opened in that test had a problem: no test has to ask.
import { mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, waitForGraph, watchConsole } from "./browser.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";
import { browserCoverage } from "./coverage.ts";

export interface AppPage {
  page: Page;
  /** What this page logged so far (the harness checks it after the test; read it if you like). */
  problems: string[];
}

export interface PageOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  locale?: string;
  /** A phone: touch events and a mobile viewport. */
  touch?: boolean;
  /** Ask for reduced motion (the camera jumps instead of gliding). */
  reducedMotion?: boolean;
  /** No network at all (the single file runs from file://). */
  offline?: boolean;
  /** Problems this test expects, each with its reason beside it; any other still fails the test. */
  allow?: readonly RegExp[];
}

export interface OpenOptions extends PageOptions {
  /** Wait for the graph to be drawn (default), or only for the app to replace "Loading…". */
  graph?: boolean;
  /** Answer graph.json with this HTTP status instead of the file. */
  route?: number;
}

export interface SetupOptions {
  /**
   * The folder served under /blog/post/graph/: dist/ by default, or a function that makes one
   * (run once, before the file's tests; 3 minutes allowed), or null to serve nothing (file://).
   */
  root?: string | null | (() => string | Promise<string>);
}

interface Watched {
  page: Page;
  problems: string[];
  allow: readonly RegExp[];
}

/** The origin a page may fetch from: its own, or for file:// the file itself. */
const ownOf = (url: string) =>
  url.startsWith("file:") ? url.replace(/[?#].*/, "") : new URL(url).origin;

/** Records `page`'s problems, counting as foreign any request not from one of `own`. */
function watch(page: Page, own: readonly string[], allow: readonly RegExp[] = []): Watched {
  const problems = watchConsole(page);
  page.on("request", (r) => {
    const at = r.url();
    if (!own.includes(ownOf(at)) && !/^(data|blob):/.test(at))
      problems.push(`request outside the origin: ${at}`);
  });
  return { page, problems, allow };
}

export function setupApp({ root = "dist" }: SetupOptions = {}) {
  let server: StaticServer | undefined;
  let browser: Browser;
  let watched: Watched[] = [];
  let testFile = "e2e";
  const coverage = browserCoverage();
  beforeAll(async () => {
    mkdirSync("test-results", { recursive: true });
    testFile = expect.getState().testPath?.replace(/^.*[\\/]/, "") ?? testFile;
    const dir = typeof root === "function" ? await root() : root;
    coverage.serving(dir);
    if (dir !== null) server = await serveStatic(dir);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await coverage.write(testFile);
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    const found = watched.flatMap(({ page, problems, allow }) =>
      problems.filter((p) => !allow.some((a) => a.test(p))).map((p) => `${page.url()}: ${p}`),
    );
    watched = [];
    expect(found, "console errors or warnings, dialogs and foreign requests").toEqual([]);
  });

  const url = (query = "") => {
    if (!server) throw new Error("setupApp({ root: null }) serves nothing");
    return `${server.url}${query}`;
  };
  const appOrigins = () => (server ? [new URL(server.url).origin] : []);

  /** Opens `at` in a fresh context (axe needs one), closed with the page. */
  async function watchedPage(at: string, options: PageOptions = {}): Promise<AppPage> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      colorScheme: options.dark ? "dark" : "light",
      locale: options.locale ?? "en-US",
      hasTouch: options.touch ?? false,
      isMobile: options.touch ?? false,
      reducedMotion: options.reducedMotion ? "reduce" : "no-preference",
      offline: options.offline ?? false,
    });
    const page = await context.newPage();
    await coverage.watch(page);
    page.on("close", () => void context.close().catch(() => undefined)); // the browser may be gone already
    const w = watch(page, [ownOf(at), ...appOrigins()], options.allow);
    watched.push(w);
    return { page, problems: w.problems };
  }

  return {
    url,
    /** A file beside the test (e.g. dist-single/index.html) as a file:// URL. */
    fileUrl: (path: string) => pathToFileURL(resolve(path)).href,
    /**
     * A fresh browser context, for tests with several windows of one browser (BroadcastChannel);
     * every page opened in it is watched.
     */
    async newContext(viewport = { width: 1280, height: 720 }): Promise<BrowserContext> {
      const context = await browser.newContext({ viewport });
      context.on("page", (page) => watched.push(watch(page, appOrigins())));
      coverage.watchContext(context);
      return context;
    },
    /**
     * Any page, e.g. a blog post on another origin embedding the app: it may fetch from its own
     * origin and the app's. Resolves once loaded; the caller waits for what it needs.
     */
    async visit(at: string, options: PageOptions = {}): Promise<AppPage> {
      const opened = await watchedPage(at, options);
      await opened.page.goto(at);
      return opened;
    },
    /** The app at `query` (or a file:// URL), once its graph is drawn. */
    async open(query = "", options: OpenOptions = {}): Promise<AppPage> {
      const at = /^file:/.test(query) ? query : url(query);
      const opened = await watchedPage(at, options);
      const { page } = opened;
      const status = options.route;
      if (status !== undefined)
        await page.route("**/graph.json", (r) => r.fulfill({ status, body: "" }));
      await page.goto(at);
      if (options.graph ?? true) await waitForGraph(page);
      // index.html shows a static "Loading…" until React renders the app in its place.
      else await page.waitForSelector("#root > :not(.loading)");
      return opened;
    },
  };
}
