// @vitest-environment jsdom
// The painter's glue to Cytoscape, on a headless Cytoscape given a stand-in for its canvas
// renderer (the hooks the painter narrows) and a recording 2D context: what it paints, what it
// leaves Cytoscape to draw, its drawing order, filters, and putting everything back.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Core, Singular } from "cytoscape";
import { makeDataset, type EdgeSpec } from "../model/testDataset.ts";
import { createBasePainter } from "./basePainter.ts";
import { recorder, type Call } from "./recordingPen.ts";
import { drawDataset, placeNodes } from "./testCanvas.ts";
import type { ClassChange } from "./VisibilityController.tsx";

/** a — b — c in a row, and a paper p under b. */
function graph(): Core {
  const edges: EdgeSpec[] = [
    ["a", "advised_by", "b", { id: "ab" }],
    ["b", "advised_by", "c", { id: "bc" }],
    ["b", "authored", "p", { id: "bp" }],
  ];
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["c", "person"],
      ["p", "paper"],
    ],
    edges,
  });
  placeNodes(d, { a: [0, 0], b: [100, 0], c: [200, 0], p: [100, 100] });
  return drawDataset(d, { size: { width: 400, height: 300 }, large: true });
}

interface FakeRenderer {
  cy: Core;
  cachedZSortedEles: unknown;
  drawn: string[][];
  drawLayeredElements(...a: unknown[]): void;
  drawCachedElements(c: unknown, eles: ArrayLike<Singular>): void;
  drawCachedNodes(...a: unknown[]): void;
  getCachedZSortedEles(force?: boolean): Singular[] & { interactive?: Singular[] };
  updateCachedGrabbedEles(): void;
  notify(): void;
}

/** Cytoscape's renderer as far as the painter knows it; records what Cytoscape is left to draw. */
function fakeRenderer(cy: Core): FakeRenderer {
  const r: FakeRenderer = {
    cy,
    cachedZSortedEles: null,
    drawn: [],
    drawLayeredElements: () => r.drawn.push(["everything"]),
    drawCachedElements: (_c, eles) => r.drawn.push(Array.from(eles, (e) => e.id())),
    drawCachedNodes: () => r.drawn.push(["every node"]),
    getCachedZSortedEles: () => Object.assign([], { interactive: [] }),
    updateCachedGrabbedEles: () => undefined,
    // What Cytoscape's core tells its renderer (forceRender, a style change): nothing to do here.
    notify: () => undefined,
  };
  (cy as unknown as { renderer(): FakeRenderer }).renderer = () => r;
  return r;
}

let calls: Call[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame", "performance"] });
  const pen = recorder();
  calls = pen.calls;
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(
    pen.pen as unknown as CanvasRenderingContext2D,
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const fills = () => calls.filter((c) => c[0] === "fill").map((c) => c[1]);
const strokes = () => calls.filter((c) => c[0] === "stroke").length;
const frame = () => {
  calls.length = 0;
  vi.advanceTimersByTime(20);
};

describe("createBasePainter", () => {
  test("without Cytoscape's canvas renderer (headless) it steps aside", () => {
    expect(createBasePainter(graph())).toBeNull();
  });

  test("paints every node and edge under Cytoscape's, which is left the labelled nodes", () => {
    const cy = graph();
    const r = fakeRenderer(cy);
    const painter = createBasePainter(cy);
    expect(painter).not.toBeNull();
    const canvas = cy.container()?.querySelector("[data-testid=graph-base]");
    expect(canvas?.getAttribute("aria-hidden")).toBe("true");
    frame();
    // People (blue ellipses) in one fill, the paper in another; all edges share one look.
    expect(fills()).toEqual(["rgb(37, 99, 235)", "rgb(180, 83, 9)"]);
    expect(strokes()).toBe(1);
    // Cytoscape's three hooks now draw the labelled, shown nodes alone.
    cy.getElementById("b").addClass("labelled");
    const all = cy.elements().toArray() as unknown as Singular[];
    r.drawLayeredElements(null, all, 1, null);
    r.drawCachedNodes(null, all, 1, null);
    expect(r.drawn).toEqual([["b"], ["b"]]);
    painter?.destroy();
    // Put back: Cytoscape draws everything again, and the canvas is gone.
    r.drawLayeredElements(null, all, 1, null);
    expect(r.drawn.at(-1)).toEqual(["everything"]);
    expect(cy.container()?.querySelector("[data-testid=graph-base]")).toBeNull();
  });

  test("keeps Cytoscape's drawing order (edges under nodes, then the order of adding), sorted once", () => {
    const cy = graph();
    const r = fakeRenderer(cy);
    const painter = createBasePainter(cy);
    const order = r.getCachedZSortedEles().map((e) => e.id());
    expect(order).toEqual(["ab", "bc", "bp", "a", "b", "c", "p"]);
    // Cached until something is shown or hidden (Cytoscape forgets it), then the same order
    // with what can be hit read again.
    expect(r.getCachedZSortedEles()).toBe(r.cachedZSortedEles);
    r.cachedZSortedEles = null;
    cy.getElementById("c").addClass("hidden");
    const again = r.getCachedZSortedEles();
    expect(again.map((e) => e.id())).toEqual(order);
    expect(again.interactive?.map((e) => e.id())).not.toContain("c");
    // A new element: sorted again.
    cy.add({ group: "nodes", data: { id: "z", type: "person", label: "z" } });
    r.cachedZSortedEles = null;
    expect(
      r
        .getCachedZSortedEles()
        .map((e) => e.id())
        .at(-1),
    ).toBe("z");
    painter?.destroy();
  });

  test("a filter is painted on the next frame, its classes follow, a labelled node leaves Cytoscape", () => {
    const cy = graph();
    const r = fakeRenderer(cy);
    const painter = createBasePainter(cy);
    const redraw = vi.spyOn(cy, "forceRender");
    frame();
    expect(fills()).toHaveLength(2);
    cy.getElementById("p").addClass("labelled");
    const change: ClassChange[] = [[cy.getElementById("p"), "hidden"]];
    painter?.setHidden(new Set(["p", "bp"]), change, false);
    // The class is applied (a change smaller than a slice); Cytoscape is asked to draw again.
    expect(cy.getElementById("p").hasClass("hidden")).toBe(true);
    expect(redraw).toHaveBeenCalled();
    frame();
    expect(fills()).toEqual(["rgb(37, 99, 235)"]);
    r.drawCachedElements(null, cy.nodes().toArray() as unknown as Singular[]);
    // The same hidden set again (a selection, say): nothing to paint.
    painter?.setHidden(new Set(["p", "bp"]), [], false);
    frame();
    expect(calls).toEqual([]);
    painter?.destroy();
  });

  test("edges wait while the camera moves, and come back when it rests", () => {
    const cy = graph();
    fakeRenderer(cy);
    const painter = createBasePainter(cy);
    frame();
    expect(strokes()).toBe(1);
    // A drag: moves in a row.
    cy.panBy({ x: 5, y: 0 });
    vi.advanceTimersByTime(16);
    cy.panBy({ x: 5, y: 0 });
    frame();
    expect(strokes()).toBe(0);
    expect(fills()).toHaveLength(2);
    calls.length = 0;
    vi.advanceTimersByTime(200);
    expect(strokes()).toBe(1);
    painter?.destroy();
  });

  test("a change of look (data) or of place is read again", () => {
    const cy = graph();
    fakeRenderer(cy);
    const painter = createBasePainter(cy);
    frame();
    cy.getElementById("a").data("color", "#ff0000");
    frame();
    expect(fills()).toContain("rgb(255, 0, 0)");
    cy.getElementById("c").position({ x: 150, y: 50 });
    frame();
    expect(calls.some(([name, x, y]) => name === "arc" && x === 150 && y === 50)).toBe(true);
    painter?.destroy();
  });
});
