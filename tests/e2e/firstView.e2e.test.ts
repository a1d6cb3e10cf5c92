import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { setupApp } from "./app.ts";

const app = setupApp();

/** The scripts and stylesheets dist/index.html itself asks for. */
function declared(): string[] {
  const html = readFileSync("dist/index.html", "utf8");
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? "",
  );
}

test("before the graph is drawn the page fetches only its own scripts, styles and data; the search matcher comes after", async () => {
  const { page } = await app.open();
  const fetched = () =>
    page.evaluate(() => {
      const ready = performance.getEntriesByName("graph-ready")[0]?.startTime ?? NaN;
      const folder = new URL(".", location.href).pathname;
      return (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
        file: new URL(r.name).pathname.slice(folder.length),
        before: r.startTime < ready,
      }));
    });
  const first = await fetched();
  const early = first.filter((r) => r.before && /\.(js|css)$/.test(r.file)).map((r) => r.file);
  expect(early.sort()).toEqual(declared().sort());
  expect(first.some((r) => r.before && r.file === "graph.json")).toBe(true);

  // Once drawn and idle, the matcher arrives without anyone touching the search box.
  await page.waitForFunction(() =>
    performance
      .getEntriesByType("resource")
      .some((r) => /\/assets\/search-[^/]+\.js$/.test(r.name)),
  );
  const later = await fetched();
  expect(later.find((r) => r.file.startsWith("assets/search-"))?.before).toBe(false);
  await page.close();
});

test("index.html requests graph.json itself while it is still being parsed, and only once", async () => {
  const { page } = await app.open();
  const requests = await page.evaluate(() => {
    const parsed = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
      .domInteractive;
    return performance
      .getEntriesByType("resource")
      .filter((r) => new URL(r.name).pathname.endsWith("/graph.json"))
      .map((r) => ({ duringParse: r.startTime < parsed }));
  });
  // The module scripts run after parsing: a request of their own would start too late.
  expect(requests).toEqual([{ duringParse: true }]);
  await page.close();
});

test("when graph.json cannot be loaded the page says what failed and how to fix it, with nothing unhandled", async () => {
  const { page } = await app.open("", {
    graph: false,
    route: 404,
    // Chromium logs the failed fetch itself; the app must add nothing of its own.
    allow: [/status of 404/],
  });
  const alert = page.getByRole("alert");
  await expect
    .poll(() => alert.locator("p").allTextContents())
    .toEqual([
      "Could not load graph.json: HTTP 404",
      expect.stringContaining("reads graph.json from its own folder"),
    ]);
  expect(await alert.getByRole("heading").textContent()).toBe("The network could not be loaded");
  await page.close();
});
