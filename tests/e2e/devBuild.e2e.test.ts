import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, pointOf, waitForGraph, watchConsole, settle } from "./browser.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";

// Regression: in development React's StrictMode mounts twice and destroys the first Cytoscape
// instance; the canvas once kept that dead instance and crashed on the first deep link.
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "qg-dev-"));
  await build({ mode: "development", logLevel: "silent", build: { outDir: out, minify: false } });
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser.close();
  await server.close();
});

test("a development build opens a deep link and takes canvas clicks", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = watchConsole(page);
  await page.goto(`${server.url}?edge=will-depue--studied_at--umich`);
  await waitForGraph(page);
  await expect.poll(() => page.getByTestId("quote").count()).toBe(2);
  await settle(page);
  const p = await pointOf(page, "will-depue");
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.locator("#node-title").textContent()).toContain("Will DePue");
  expect(problems.filter((m) => !m.includes("React DevTools"))).toEqual([]);
  await page.close();
});
