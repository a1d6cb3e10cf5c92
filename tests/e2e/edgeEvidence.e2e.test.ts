import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import { launchBrowser, pointOf, waitForGraph, watchConsole } from "./browser.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";

let server: StaticServer;
let browser: Browser;
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

beforeAll(async () => {
  mkdirSync("test-results", { recursive: true });
  server = await serveStatic("dist");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("first screen", () => {
  test("clicking an edge on the canvas opens its quotes with their sources", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = watchConsole(page);
    await page.goto(server.url);
    await waitForGraph(page);

    const edge = dataset.edges.find((e) => e.id === "will-depue--studied_at--umich");
    expect(edge?.certainty).toBe("disputed");
    const p = await pointOf(page, "will-depue--studied_at--umich");
    await page.mouse.click(p.x, p.y);

    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toContain("studied at");
    const quotes = await panel.getByTestId("quote").allTextContents();
    expect(quotes).toEqual(edge?.evidence.map((e) => e.quote));
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Disputed");
    for (const e of edge?.evidence ?? []) {
      expect(text).toContain(e.translation);
      const source = dataset.sources.find((s) => s.id === e.sourceId);
      expect(text).toContain(source?.title);
      expect(text).toContain(source?.publisher);
    }
    await page.screenshot({ path: "test-results/edge-panel.png" });
    expect(problems).toEqual([]);
    await page.close();
  });
});
