// The overlay's painter against a recording 2D context: what is drawn, in which order, where.
import { describe, expect, test } from "vitest";
import { dashOf, paintScenes, shapePoints, toScreen, type Scene } from "./overlayScene.ts";
import { recorder } from "./recordingPen.ts";
import type { NodeShape } from "./typeStyle.ts";

const LABEL = { font: "sans-serif", fontSize: 10, color: "#111", background: "#fff", margin: 4 };
const SIZE = { width: 800, height: 600 };

const scene = (labelFrom?: number): Scene => ({
  edges: [
    {
      id: "ab",
      x1: 0,
      y1: 0,
      x2: 100,
      y2: 0,
      color: "#94a3b8",
      width: 1.5,
      opacity: 0.9,
      dash: [2, 5],
    },
  ],
  nodes: [
    { id: "a", x: 0, y: 0, size: 12, color: "#2563eb", shape: "ellipse" },
    {
      id: "b",
      x: 100,
      y: 0,
      size: 12,
      color: "#15803d",
      shape: "triangle",
      label: "Bea",
      ...(labelFrom === undefined ? {} : { labelFrom }),
    },
  ],
});

describe("shapePoints", () => {
  const shapes: NodeShape[] = [
    "rectangle",
    "round-rectangle",
    "triangle",
    "diamond",
    "hexagon",
    "star",
    "vee",
  ];
  test.each(shapes)("%s fills the unit square and stays inside it", (shape) => {
    const points = shapePoints(shape) ?? [];
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const [x, y] of points) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1 + 1e-9);
      expect(Math.abs(y)).toBeLessThanOrEqual(1 + 1e-9);
    }
    expect(Math.max(...points.map(([, y]) => Math.abs(y)))).toBeCloseTo(1);
  });
  test("an ellipse is an arc, not a polygon", () => {
    expect(shapePoints("ellipse")).toBeNull();
  });
});

describe("paintScenes", () => {
  const camera = { zoom: 2, pan: { x: 10, y: 20 }, ratio: 1 };

  test("model points land where Cytoscape draws them", () => {
    expect(toScreen({ x: 100, y: -5 }, camera)).toEqual({ x: 210, y: 10 });
  });

  test("without a focus nothing is dimmed; edges come before nodes, in the camera's transform", () => {
    const { pen, calls } = recorder();
    paintScenes(pen, { dim: null, scenes: [scene()] }, camera, SIZE, LABEL);
    expect(calls[0]).toEqual(["setTransform", 1, 0, 0, 1, 0, 0]);
    expect(calls[1]).toEqual(["clearRect", 0, 0, 800, 600]);
    expect(calls.some((c) => c[0] === "fillRect" && c[1] === "rgba(255,255,255,0.82)")).toBe(false);
    expect(calls).toContainEqual(["setTransform", 2, 0, 0, 2, 10, 20]);
    const firstStroke = calls.findIndex((c) => c[0] === "stroke");
    const firstFill = calls.findIndex((c) => c[0] === "fill");
    expect(firstStroke).toBeLessThan(firstFill);
    expect(calls).toContainEqual(["setLineDash", [2, 5]]);
    expect(calls.filter((c) => c[0] === "fill").map((c) => c[1])).toEqual(["#2563eb", "#15803d"]);
  });

  test("a focus lays a sheet over the whole canvas before drawing itself", () => {
    const { pen, calls } = recorder();
    const dim = "rgba(255,255,255,0.82)";
    paintScenes(pen, { dim, scenes: [scene()] }, camera, SIZE, LABEL);
    const sheet = calls.findIndex((c) => c[0] === "fillRect" && c[1] === dim);
    expect(calls[sheet]).toEqual(["fillRect", dim, 1, 0, 0, 800, 600]);
    expect(sheet).toBeLessThan(calls.findIndex((c) => c[0] === "stroke"));
  });

  test("a label is drawn below its node from its zoom on, and reported in canvas pixels", () => {
    const near = recorder();
    const labels = paintScenes(near.pen, { dim: null, scenes: [scene(1.4)] }, camera, SIZE, LABEL);
    // Below node b (y 0, size 12): top at 6 + 4 model units; 3 letters of 6 units.
    expect(near.calls).toContainEqual(["fillText", "Bea", 100, 10]);
    expect(labels).toEqual([
      {
        id: "b",
        text: "Bea",
        box: { x1: 10 + 2 * 90, y1: 20 + 2 * 9, x2: 10 + 2 * 110, y2: 20 + 2 * 23 },
      },
    ]);
    const far = recorder();
    const farCamera = { ...camera, zoom: 1 };
    expect(
      paintScenes(far.pen, { dim: null, scenes: [scene(1.4)] }, farCamera, SIZE, LABEL),
    ).toEqual([]);
    expect(far.calls.some((c) => c[0] === "fillText")).toBe(false);
  });
});

describe("dashOf", () => {
  test("dotted, dashed by its pattern or Cytoscape's default, solid", () => {
    expect(dashOf("dotted", [2, 5])).toEqual([1, 1]);
    expect(dashOf("dashed", [2, 5])).toEqual([2, 5]);
    expect(dashOf("dashed", undefined)).toEqual([6, 3]);
    expect(dashOf("solid", [2, 5])).toBeNull();
  });
});
