// Shared set-up for browser tests: the production build served under a sub-path, one Chromium,
// and pages that record every console error or warning.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForGraph, watchConsole } from "./browser.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";

export interface AppPage {
  page: Page;
  problems: string[];
}

export function setupApp() {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync("test-results", { recursive: true });
    server = await serveStatic("dist");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
  return {
    url: (query = "") => `${server.url}${query}`,
    /** A fresh browser context, for tests with several windows of one browser (BroadcastChannel). */
    newContext: (viewport = { width: 1280, height: 720 }) => browser.newContext({ viewport }),
    async open(
      query = "",
      options: {
        width?: number;
        height?: number;
        graph?: boolean;
        dark?: boolean;
        locale?: string;
        /** Answer graph.json with this HTTP status instead of the file. */
        route?: number;
        /** A phone: touch events and a mobile viewport. */
        touch?: boolean;
        /** Ask for reduced motion (the camera jumps instead of gliding). */
        reducedMotion?: boolean;
      } = {},
    ): Promise<AppPage> {
      // A context per page (axe needs one), closed with the page.
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        colorScheme: options.dark ? "dark" : "light",
        locale: options.locale ?? "en-US",
        hasTouch: options.touch ?? false,
        isMobile: options.touch ?? false,
        reducedMotion: options.reducedMotion ? "reduce" : "no-preference",
      });
      const page = await context.newPage();
      page.on("close", () => void context.close().catch(() => undefined)); // the browser may be gone already
      const problems = watchConsole(page);
      // Nothing may leave the page's own origin (data: and blob: are the page's own).
      const origin = new URL(server.url).origin;
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !/^(data|blob):/.test(url))
          problems.push(`request outside the origin: ${url}`);
      });
      const status = options.route;
      if (status !== undefined)
        await page.route("**/graph.json", (r) => r.fulfill({ status, body: "" }));
      await page.goto(`${server.url}${query}`);
      if (options.graph ?? true) await waitForGraph(page);
      // index.html shows a static "Loading…" until React renders the app in its place.
      else await page.waitForSelector("#root > :not(.loading)");
      return { page, problems };
    },
  };
}
