// @vitest-environment jsdom
// Taps, double taps and hover on a headless Cytoscape: events are emitted as Cytoscape would.
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { edgeLine, hitAt } from "./hitTest.ts";
import { PointerController, type PointerHandlers } from "./PointerController.tsx";
import {
  drawDataset,
  drawEdgeLines,
  placeNodes,
  prefersReducedMotion,
  withClass,
} from "./testCanvas.ts";

afterEach(cleanup);

// a (0, 0) — b (200, 0), and c (0, 200) alone; nodes 20 units across at zoom 1.
function canvas(): Core {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["c", "person"],
    ],
    edges: [["a", "advised_by", "b", { id: "ab" }]],
  });
  placeNodes(d, { a: [0, 0], b: [200, 0], c: [0, 200] });
  const cy = drawDataset(d, { size: { width: 800, height: 600 } });
  drawEdgeLines(cy);
  return cy;
}

const handlers = (): PointerHandlers & Record<string, ReturnType<typeof vi.fn>> => ({
  onSelectNode: vi.fn(),
  onSelectEdge: vi.fn(),
  onClear: vi.fn(),
  onHover: vi.fn(),
});

const touch = () => new PointerEvent("pointerdown", { pointerType: "touch" });
const mouse = () => new PointerEvent("pointerdown", { pointerType: "mouse" });
const tap = (cy: Core, x: number, y: number, originalEvent: Event = mouse()) =>
  cy.emit({ type: "tap", position: { x, y }, originalEvent } as never);

describe("hitAt", () => {
  test("a node only under the pointer, else the nearest edge within reach, else nothing", () => {
    const cy = canvas();
    const nodeSize = cy.getElementById("a").width();
    expect(hitAt(cy, { x: 3, y: 4 }, false)).toEqual({ kind: "node", id: "a" });
    // Just outside a's rim: a mouse misses the node, and the edge is nearer than 6 px.
    expect(hitAt(cy, { x: nodeSize / 2 + 2, y: 1 }, false)).toEqual({ kind: "edge", id: "ab" });
    expect(hitAt(cy, { x: 100, y: 5 }, false)).toEqual({ kind: "edge", id: "ab" });
    expect(hitAt(cy, { x: 100, y: 7 }, false)).toBeNull();
    // A finger reaches 16 px, and a node 3 px past its rim.
    expect(hitAt(cy, { x: 100, y: 15 }, true)).toEqual({ kind: "edge", id: "ab" });
    expect(hitAt(cy, { x: 100, y: 17 }, true)).toBeNull();
    const cSize = cy.getElementById("c").width();
    expect(hitAt(cy, { x: 0, y: 200 + cSize / 2 + 3.5 }, true)).toBeNull();
    expect(hitAt(cy, { x: 0, y: 200 + cSize / 2 + 2.5 }, true)).toEqual({
      kind: "node",
      id: "c",
    });
  });

  test("reach is in screen pixels: zoomed out, it covers more of the graph", () => {
    const cy = canvas();
    cy.zoom(0.5);
    expect(hitAt(cy, { x: 100, y: 11 }, false)).toEqual({ kind: "edge", id: "ab" });
    expect(hitAt(cy, { x: 100, y: 13 }, false)).toBeNull();
  });

  test("hidden elements are not hit", () => {
    const cy = canvas();
    cy.getElementById("ab").addClass("hidden");
    expect(hitAt(cy, { x: 100, y: 0 }, true)).toBeNull();
    cy.getElementById("a").addClass("hidden");
    expect(hitAt(cy, { x: 0, y: 0 }, true)).toBeNull();
  });

  test("the nearer of two nodes wins", () => {
    const d = makeDataset({
      nodes: [
        ["a", "person"],
        ["b", "person"],
      ],
    });
    placeNodes(d, { a: [0, 0], b: [12, 0] });
    const cy = drawDataset(d);
    expect(hitAt(cy, { x: 7, y: 0 }, true)).toEqual({ kind: "node", id: "b" });
    expect(hitAt(cy, { x: 5, y: 0 }, true)).toEqual({ kind: "node", id: "a" });
  });
});

describe("edgeLine", () => {
  test("a straight edge is its two ends; a curved one is sampled along its bezier", () => {
    const cy = canvas();
    expect(edgeLine(cy.getElementById("ab"))).toEqual([
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ]);
    drawEdgeLines(cy, { ab: { x: 100, y: 100 } });
    const line = edgeLine(cy.getElementById("ab"));
    expect(line).toHaveLength(13);
    expect(line[0]).toEqual({ x: 0, y: 0 });
    expect(line[6]).toEqual({ x: 100, y: 50 }); // half way along a quadratic bezier
    expect(line[12]).toEqual({ x: 200, y: 0 });
    // A pointer on the curve's top hits the edge; one on the straight line no longer does.
    expect(hitAt(cy, { x: 100, y: 50 }, false)).toEqual({ kind: "edge", id: "ab" });
    expect(hitAt(cy, { x: 100, y: 0 }, false)).toBeNull();
  });
});

describe("PointerController", () => {
  beforeEach(() => prefersReducedMotion(true));

  test("a tap opens the node under it, the edge near it, or clears", () => {
    const cy = canvas();
    const h = handlers();
    render(<PointerController cy={cy} handlers={h} />);
    tap(cy, 1, 1);
    expect(h.onSelectNode).toHaveBeenCalledWith("a");
    tap(cy, 100, 12, touch());
    expect(h.onSelectEdge).toHaveBeenCalledWith("ab");
    tap(cy, 100, 12, mouse());
    expect(h.onClear).toHaveBeenCalledTimes(1);
  });

  test("a double tap zooms in twice, at the point tapped, up to the maximum zoom", () => {
    const cy = canvas();
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    render(<PointerController cy={cy} handlers={handlers()} />);
    const at = { x: 300, y: 200 };
    const before = { x: (at.x - cy.pan().x) / cy.zoom(), y: (at.y - cy.pan().y) / cy.zoom() };
    cy.emit({ type: "dbltap", renderedPosition: at } as never);
    expect(cy.zoom()).toBe(2);
    // The model point under the finger stays under it.
    expect((at.x - cy.pan().x) / cy.zoom()).toBeCloseTo(before.x);
    expect((at.y - cy.pan().y) / cy.zoom()).toBeCloseTo(before.y);
    cy.emit({ type: "dbltap", renderedPosition: at } as never);
    cy.emit({ type: "dbltap", renderedPosition: at } as never);
    expect(cy.zoom()).toBe(cy.maxZoom());
  });

  test("a double tap glides when motion is welcome", async () => {
    prefersReducedMotion(false);
    const cy = canvas();
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    render(<PointerController cy={cy} handlers={handlers()} />);
    cy.emit({ type: "dbltap", renderedPosition: { x: 0, y: 0 } } as never);
    expect(cy.animated()).toBe(true);
    await vi.waitFor(() => expect(cy.zoom()).toBe(2), { timeout: 5000 });
  });

  test("hover marks one element, sets the cursor and tells the handlers; unmounting clears it", () => {
    const cy = canvas();
    const h = handlers();
    const { unmount } = render(<PointerController cy={cy} handlers={h} />);
    const over = (id: string, at = { x: 5, y: 6 }) =>
      cy.getElementById(id).emit({ type: "mouseover", renderedPosition: at } as never);
    over("a");
    expect(withClass(cy, "hovered")).toEqual(["a"]);
    expect((cy.container() as HTMLElement).style.cursor).toBe("pointer");
    expect(h.onHover).toHaveBeenLastCalledWith("a", { x: 5, y: 6 });
    over("ab", { x: 50, y: 6 });
    expect(withClass(cy, "hovered")).toEqual(["ab"]);
    // Along an edge the tooltip follows the mouse.
    cy.getElementById("ab").emit({ type: "mousemove", renderedPosition: { x: 60, y: 7 } } as never);
    expect(h.onHover).toHaveBeenLastCalledWith("ab", { x: 60, y: 7 });
    cy.getElementById("ab").emit("mouseout");
    expect(withClass(cy, "hovered")).toEqual([]);
    expect((cy.container() as HTMLElement).style.cursor).toBe("");
    expect(h.onHover).toHaveBeenLastCalledWith(null, null);
    over("b");
    unmount();
    expect(withClass(cy, "hovered")).toEqual([]);
    // Unbound: no handler hears of a tap any more.
    tap(cy, 1, 1);
    expect(h.onSelectNode).not.toHaveBeenCalled();
  });
});
