// A large graph is painted by the app (basePainter.ts) on a canvas under Cytoscape's, which draws
// only labelled nodes; a filter repaints it in the next frame, and Cytoscape's classes follow.
// Read through the canvases' own pixels and the test handle.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";
import { handle, openGrid as openGridOf, pointOf } from "./gridNetwork.ts";

const app = setupApp();
/** The most opaque pixel of a canvas within 2 CSS pixels of a page point (-1: no canvas). */
const alphaAt = (page: Page, selector: string, at: { x: number; y: number }) =>
  page.evaluate(
    ({ selector, x, y }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const box = canvas?.getBoundingClientRect();
      if (!canvas || !box) return -1;
      const ratio = canvas.width / box.width;
      const side = Math.round(4 * ratio);
      const left = Math.round((x - box.left) * ratio) - side / 2;
      const top = Math.round((y - box.top) * ratio) - side / 2;
      const pixels = canvas.getContext("2d")?.getImageData(left, top, side, side).data ?? [];
      let most = 0;
      for (let i = 3; i < pixels.length; i += 4) most = Math.max(most, pixels[i] ?? 0);
      return most;
    },
    { selector, ...at },
  );

/** How many pixels of a canvas are painted at all. */
const paintedPixels = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const canvas = document.querySelector<HTMLCanvasElement>(selector);
    const pixels = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < (pixels?.length ?? 0); i += 4) if (pixels?.[i]) n++;
    return n;
  }, selector);

const BASE = "[data-testid=graph-base]";
const CYTOSCAPE_NODES = "canvas[data-id=layer2-node]";

async function openGrid(): Promise<Page> {
  const page = await openGridOf(app.open, true);
  await expect.poll(() => page.locator(BASE).count()).toBe(1);
  return page;
}

describe("a large graph painted by the app", () => {
  test("nodes and edges are on the app's canvas; Cytoscape's draws only labelled nodes", async () => {
    const page = await openGrid();
    const at = await pointOf(page, "n15-15");
    await expect.poll(() => alphaAt(page, BASE, at)).toBeGreaterThan(0);
    // Between two nodes of a row: the edge joining them.
    const right = await pointOf(page, "n15-16");
    const middle = { x: (at.x + right.x) / 2, y: at.y };
    expect(await alphaAt(page, BASE, middle)).toBeGreaterThan(0);
    // The first view carries no labels (too small to read): Cytoscape's canvas stays blank.
    expect(await paintedPixels(page, CYTOSCAPE_NODES)).toBe(0);
    await page.screenshot({ path: "test-results/base-first.png" });

    // Zoomed in, labels come (LabelController), drawn by Cytoscape over the app's picture.
    await page.getByTestId("graph-canvas").focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("+");
    await expect
      .poll(
        async () =>
          (await handle<{ nodes: { text?: string }[] }>(page, "picture")).nodes.filter(
            (n) => n.text,
          ).length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await expect.poll(() => paintedPixels(page, CYTOSCAPE_NODES)).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/base-zoomed.png" });
    await page.close();
  }, 60_000);

  test("a filter repaints at once; Cytoscape's classes follow; showing again paints it back", async () => {
    const page = await openGrid();
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    const papers = page.getByTestId("filters").getByRole("checkbox", { name: /^Paper\b/ });
    await papers.waitFor();
    // Places read once the panel is open (it may take room from the canvas).
    await page.waitForTimeout(300);
    const paper = await pointOf(page, "n15-15");
    const person = await pointOf(page, "n15-14");
    await expect.poll(() => alphaAt(page, BASE, paper)).toBeGreaterThan(0);
    await papers.click();
    // 450 nodes: more than a slice, so Cytoscape's classes follow over a few frames.
    await expect.poll(() => alphaAt(page, BASE, paper)).toBe(0);
    expect(await alphaAt(page, BASE, person)).toBeGreaterThan(0);
    await expect.poll(() => stateOf(page, "n29-29")).toBe("hidden");
    expect(await stateOf(page, "n0-1")).toBe("hidden");
    expect(await stateOf(page, "n0-0")).toBe("normal");
    await page.screenshot({ path: "test-results/base-filtered.png" });

    await papers.click();
    await expect.poll(() => alphaAt(page, BASE, paper)).toBeGreaterThan(0);
    await expect.poll(() => stateOf(page, "n29-29")).toBe("normal");
    await page.close();
  }, 60_000);
});
