// @vitest-environment jsdom
// The whole canvas, rendered in jsdom: react-cytoscapejs makes its Cytoscape as in the app, made
// headless here (jsdom draws nothing), on a container that measures 800 × 600.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { hoverEmphasis } from "../model/emphasis.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { makeDataset } from "../model/testDataset.ts";
import { fitPadding, fitViewport } from "./fitView.ts";
import { GraphCanvas, type GraphCanvasProps } from "./GraphCanvas.tsx";
import type { ImageExporter } from "./imageExport.ts";
import { placeNodes, prefersReducedMotion, withClass } from "./testCanvas.ts";

const made = vi.hoisted(() => ({ cys: [] as Core[] }));
vi.mock("cytoscape", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import("cytoscape") }>()).default;
  // A function, not an arrow: react-cytoscapejs calls it with `new`.
  function headless(options: import("cytoscape").CytoscapeOptions = {}) {
    const cy = real({ ...options, headless: true, styleEnabled: true });
    made.cys.push(cy);
    return cy;
  }
  return { default: Object.assign(headless, real) };
});

const size = { clientWidth: 800, clientHeight: 600 };
const saved = Object.fromEntries(
  Object.keys(size).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)]),
);
beforeAll(() => {
  for (const [k, v] of Object.entries(size))
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
});
afterAll(() => {
  for (const [k, d] of Object.entries(saved))
    if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});
beforeEach(() => {
  made.cys.length = 0;
  prefersReducedMotion(true);
});
afterEach(cleanup);

// hub linked to a, b, c; d alone.
const d = placeNodes(
  makeDataset({
    nodes: (["hub", "a", "b", "c", "d"] as const).map((id) => [id, "person"]),
    edges: [
      ["hub", "advised_by", "a", { id: "ha" }],
      ["hub", "advised_by", "b", { id: "hb" }],
      ["hub", "advised_by", "c", { id: "hc" }],
    ],
  }),
  { hub: [0, 0], a: [200, 0], b: [0, 200], c: [-200, 0], d: [400, 400] },
);
const index = indexDataset(d);
const all = { nodes: new Set(d.nodes.map((n) => n.id)), edges: new Set(d.edges.map((e) => e.id)) };

function props(patch: Partial<GraphCanvasProps> = {}): GraphCanvasProps {
  return {
    dataset: d,
    labelOf: (id) => `Name of ${id}`,
    describe: (id) => `About ${id}`,
    portrait: false,
    zoomLabels: { zoomIn: "Zoom in", zoomOut: "Zoom out", fit: "Fit" },
    dark: false,
    label: "The network",
    selectedId: null,
    visible: all,
    emphasis: null,
    hideOutside: false,
    camera: null,
    focusIds: [],
    insets: { right: 0, bottom: 0 },
    layoutRun: 0,
    onCamera: vi.fn(),
    onSelectNode: vi.fn(),
    onSelectEdge: vi.fn(),
    onClear: vi.fn(),
    hoverOf: (id) => hoverEmphasis(index, id),
    ...patch,
  };
}

/** The live instance the canvas drew into. */
const liveCy = (): Core => {
  const cy = made.cys.filter((c) => !c.destroyed()).at(-1);
  if (!cy) throw new Error("no Cytoscape was made");
  return cy;
};

describe("GraphCanvas", () => {
  test("draws every element with its name, fitted to the canvas, with the controllers' classes", () => {
    render(<GraphCanvas {...props({ selectedId: "a" })} />);
    const cy = liveCy();
    expect(cy.nodes().map((n) => n.data("name"))).toEqual(d.nodes.map((n) => `Name of ${n.id}`));
    expect(cy.edges()).toHaveLength(3);
    const fit = fitViewport(cy, fitPadding(cy));
    expect(cy.zoom()).toBeCloseTo(fit?.zoom ?? NaN);
    expect(withClass(cy, "selected")).toEqual(["a"]);
    expect(screen.getByRole("application", { name: "The network" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Zoom in" })).toBeTruthy();
  });

  test("the keyboard steps through the nodes, most linked first, with a tooltip; Enter opens one", () => {
    const p = props();
    render(<GraphCanvas {...p} />);
    const cy = liveCy();
    const canvas = screen.getByRole("application");
    fireEvent.keyDown(canvas, { key: "]" });
    expect(withClass(cy, "keyboard")).toEqual(["hub"]);
    expect(screen.getByRole("tooltip").textContent).toBe("About hub");
    expect(withClass(cy, "hover-in")).toEqual(["a", "b", "c", "ha", "hb", "hc", "hub"]);
    fireEvent.keyDown(canvas, { key: "]" });
    expect(withClass(cy, "keyboard")).toEqual(["a"]);
    fireEvent.keyDown(canvas, { key: "[" });
    fireEvent.keyDown(canvas, { key: "[" });
    expect(withClass(cy, "keyboard")).toEqual(["d"]); // round to the least linked
    fireEvent.keyDown(canvas, { key: "Enter" });
    expect(p.onSelectNode).toHaveBeenCalledWith("d");
    fireEvent.keyDown(canvas, { key: "Escape" });
    expect(withClass(cy, "keyboard")).toEqual([]);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("keys zoom, pan and fit", () => {
    render(<GraphCanvas {...props()} />);
    const cy = liveCy();
    const canvas = screen.getByRole("application");
    const fitted = cy.zoom();
    fireEvent.keyDown(canvas, { key: "+" });
    expect(cy.zoom()).toBeCloseTo(fitted * 1.25);
    fireEvent.keyDown(canvas, { key: "-" });
    fireEvent.keyDown(canvas, { key: "-" });
    expect(cy.zoom()).toBeCloseTo(fitted / 1.25);
    const pan = { ...cy.pan() };
    fireEvent.keyDown(canvas, { key: "ArrowLeft" });
    fireEvent.keyDown(canvas, { key: "ArrowUp" });
    expect(cy.pan()).toEqual({ x: pan.x + 60, y: pan.y + 60 });
    fireEvent.keyDown(canvas, { key: "ArrowRight" });
    fireEvent.keyDown(canvas, { key: "ArrowDown" });
    expect(cy.pan()).toEqual(pan);
    fireEvent.keyDown(canvas, { key: "0" });
    expect(cy.zoom()).toBeCloseTo(fitted);
  });

  test("hovering shows the element's description; leaving the canvas hides it", () => {
    render(<GraphCanvas {...props()} />);
    const cy = liveCy();
    act(() => {
      cy.getElementById("hb").emit({
        type: "mouseover",
        renderedPosition: { x: 10, y: 20 },
      } as never);
    });
    expect(screen.getByRole("tooltip").textContent).toBe("About hb");
    fireEvent.mouseLeave(screen.getByRole("application"));
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("a selected element's tooltip gives way to its panel; another element's shows", () => {
    const p = props();
    const { rerender } = render(<GraphCanvas {...p} />);
    const cy = liveCy();
    const over = (id: string) =>
      act(() => {
        cy.getElementById(id).emit({
          type: "mouseover",
          renderedPosition: { x: 10, y: 20 },
        } as never);
      });
    over("hb");
    expect(screen.getByRole("tooltip").textContent).toBe("About hb");
    rerender(<GraphCanvas {...p} selectedId="hb" />);
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(screen.getByRole("application").getAttribute("aria-describedby")).toBeNull();
    over("hub");
    expect(screen.getByRole("tooltip").textContent).toBe("About hub");
  });

  test("after the first frame: onDrawn, the image exporter, and the test handle", async () => {
    const onDrawn = vi.fn();
    let exporter: ImageExporter | null = null;
    const onExporter = vi.fn((e: ImageExporter | null) => (exporter = e));
    const { unmount } = render(<GraphCanvas {...props({ onDrawn, onExporter })} />);
    const cy = liveCy();
    act(() => {
      cy.emit("render");
    });
    await vi.waitFor(() => expect(onDrawn).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await vi.waitFor(() => expect(exporter).not.toBeNull(), { timeout: 5000 });
    expect([...((exporter as ImageExporter | null)?.contents("whole").nodes ?? [])].sort()).toEqual(
      ["a", "b", "c", "d", "hub"],
    );
    const handle = await vi.waitFor(
      () => {
        const h = (window as unknown as { __quotegraph?: { positionOf(id: string): unknown } })
          .__quotegraph;
        if (!h) throw new Error("no handle yet");
        return h;
      },
      { timeout: 5000 },
    );
    expect(handle.positionOf("d")).toEqual({ x: 400, y: 400 });
    unmount();
    expect(onExporter).toHaveBeenLastCalledWith(null);
  });

  test("an idle embed takes no input and shows no zoom buttons; a talk's stage neither", () => {
    const { rerender } = render(<GraphCanvas {...props({ interactive: false })} />);
    const cy = liveCy();
    expect(cy.userZoomingEnabled()).toBe(false);
    expect(cy.userPanningEnabled()).toBe(false);
    expect(screen.queryByRole("button", { name: "Zoom in" })).toBeNull();
    rerender(<GraphCanvas {...props({ stage: true })} />);
    expect(cy.userZoomingEnabled()).toBe(true);
    expect(screen.queryByRole("button", { name: "Zoom in" })).toBeNull();
  });
});
