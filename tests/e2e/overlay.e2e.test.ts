// Large graphs draw hover and the selection's focus on a canvas over Cytoscape's (graphOverlay.ts),
// so that neither restyles nor redraws thousands of elements. Read through the test handle's
// overlay() (what it draws) and the overlay canvas's own pixels (that it is drawn, and where).
// Console problems are checked after each test (setupApp), the readback warning excepted.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";
import { handle, openGrid as openGridOf, pointOf } from "./gridNetwork.ts";

const app = setupApp();
type Drawn = {
  hover: { hovered: string; nodes: string[]; edges: string[] } | null;
  focus: { selected: string | null; nodes: string[]; edges: string[] } | null;
  labels: { id: string; text: string }[];
} | null;

const drawn = (page: Page) => handle<Drawn>(page, "overlay");

/** The overlay canvas's alpha at a page point (0: nothing painted there). */
const paintedAt = (page: Page, at: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>("[data-testid=graph-overlay]");
    const box = canvas?.getBoundingClientRect();
    if (!canvas || !box) return -1;
    const ratio = canvas.width / box.width;
    const pixel = canvas
      .getContext("2d")
      ?.getImageData((x - box.left) * ratio, (y - box.top) * ratio, 1, 1);
    return pixel?.data[3] ?? -1;
  }, at);

const openGrid = () => openGridOf(app.open);

describe("a large graph's overlay", () => {
  test("hover draws the neighbourhood over the canvas, follows a pan, and goes with the pointer", async () => {
    const page = await openGrid();
    await expect.poll(() => handle(page, "positionOf", "n15-15")).not.toBeNull();
    await expect.poll(() => page.locator("[data-testid=graph-overlay]").count()).toBe(1);
    expect(await drawn(page)).toBeNull();

    // Hover: the node, its four neighbours and the four edges between them; nothing else fades.
    const at = await pointOf(page, "n15-15");
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await drawn(page))?.hover?.hovered).toBe("n15-15");
    const hover = (await drawn(page))?.hover;
    expect(hover?.nodes.sort()).toEqual(["n14-15", "n15-14", "n15-15", "n15-16", "n16-15"]);
    // The importer names edges by their ends: the four that touch the hovered node.
    expect(hover?.edges).toHaveLength(4);
    for (const e of hover?.edges ?? []) expect(e).toContain("n15-15");
    expect((await drawn(page))?.labels.map((l) => l.text)).toEqual(["Node 15-15"]);
    expect(await stateOf(page, "n15-16")).toBe("emphasised");
    expect(await stateOf(page, "n0-0")).toBe("normal");
    expect(await paintedAt(page, at)).toBeGreaterThan(0);
    expect(await paintedAt(page, await pointOf(page, "n15-16"))).toBeGreaterThan(0);
    expect(await paintedAt(page, await pointOf(page, "n15-18"))).toBe(0);
    await page.screenshot({ path: "test-results/overlay-hover.png" });

    // A pan moves the camera under a still pointer: the overlay is painted where the node is now.
    await page.getByTestId("graph-canvas").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await pointOf(page, "n15-15")).x).toBeGreaterThan(at.x + 100);
    const moved = await pointOf(page, "n15-15");
    await expect.poll(() => paintedAt(page, moved)).toBeGreaterThan(0);
    expect((await drawn(page))?.hover?.hovered).toBe("n15-15");

    // Off the node, to the middle of a square of the grid: nothing is drawn.
    const diagonal = await pointOf(page, "n16-16");
    await page.mouse.move((moved.x + diagonal.x) / 2, (moved.y + diagonal.y) / 2);
    await expect.poll(() => drawn(page)).toBeNull();
    expect(await paintedAt(page, moved)).toBe(0);
    await page.close();
  }, 60_000);

  test("a selection is ringed and the rest faded on the overlay; closing it clears it", async () => {
    const page = await openGrid();
    await expect.poll(() => page.locator("[data-testid=graph-overlay]").count()).toBe(1);
    const at = await pointOf(page, "n10-10");
    // A click redraws nothing of Cytoscape's: pressing marks nothing `:active` and grabs nothing,
    // a selection in view moves no camera, and the focus is the overlay's. (Each Cytoscape frame
    // redraws the whole graph: 100-250 ms on 20,000 elements.)
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(300);
    const before = await handle<number>(page, "renders");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("n10-10");
    await expect.poll(async () => (await drawn(page))?.focus?.selected).toBe("n10-10");
    await page.waitForTimeout(500);
    expect(await handle(page, "renders")).toBe(before);
    expect((await drawn(page))?.focus?.nodes.sort()).toEqual([
      "n10-10",
      "n10-11",
      "n10-9",
      "n11-10",
      "n9-10",
    ]);
    expect(await stateOf(page, "n10-11")).toBe("emphasised");
    expect(await stateOf(page, "n0-0")).toBe("faded");
    expect(await handle(page, "ringed")).toEqual(["n10-10"]);
    // The selection's label is drawn at any zoom.
    expect((await drawn(page))?.labels.map((l) => l.id)).toContain("n10-10");
    // The sheet that fades the rest covers the whole canvas.
    const far = await pointOf(page, "n0-0");
    if (far) expect(await paintedAt(page, far)).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/overlay-focus.png" });

    await page.getByRole("button", { name: "Close" }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBeNull();
    await page.mouse.move(5, 400);
    await expect.poll(() => drawn(page)).toBeNull();
    expect(await stateOf(page, "n0-0")).toBe("normal");
    await page.close();
  }, 60_000);

  test("[ and ] step through the nodes on the overlay, with no Cytoscape frame", async () => {
    const page = await openGrid();
    await expect.poll(() => page.locator("[data-testid=graph-overlay]").count()).toBe(1);
    await page.getByTestId("graph-canvas").focus();
    await page.waitForTimeout(300);
    const before = await handle<number>(page, "renders");
    await page.keyboard.press("]");
    // The most linked node first (the grid's inner nodes have four links; ties go by id).
    await expect.poll(async () => (await drawn(page))?.hover?.hovered).toBe("n1-1");
    await expect.poll(() => page.getByRole("tooltip").textContent()).toMatch(/^Node 1-1\b/);
    await page.keyboard.press("]");
    await expect.poll(async () => (await drawn(page))?.hover?.hovered).toBe("n1-10");
    await page.waitForTimeout(500);
    // A class on the node stepped to would have redrawn the whole graph, at each step.
    expect(await handle(page, "renders")).toBe(before);
    await page.close();
  }, 60_000);
});
