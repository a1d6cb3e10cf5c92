// The base painter of large graphs against a recording 2D context: one stroke per edge look, one
// fill per node look, nothing hidden, nothing out of view.
import { describe, expect, test, vi } from "vitest";
import { cameraMotion, paintBase, type BaseScene, type HiddenMask } from "./baseScene.ts";
import { recorder, type Call } from "./recordingPen.ts";

const SIZE = { width: 400, height: 300 };
const CAMERA = { zoom: 1, pan: { x: 0, y: 0 }, ratio: 2 };

/** Four nodes in a row (x 10, 100, 200, and 1,000: off the 400-pixel canvas) and three edges. */
function scene(): BaseScene {
  return {
    x: Float64Array.from([10, 100, 200, 1000]),
    y: Float64Array.from([50, 50, 50, 50]),
    size: Float64Array.from([8, 8, 12, 8]),
    source: Int32Array.from([0, 1, 2]),
    target: Int32Array.from([1, 2, 3]),
    nodeGroups: [
      { color: "rgb(37, 99, 235)", shape: "ellipse", nodes: [0, 1, 3] },
      { color: "rgb(21, 128, 61)", shape: "triangle", nodes: [2] },
    ],
    edgeGroups: [
      { color: "rgb(148, 163, 184)", width: 0.6, opacity: 0.55, dash: null, edges: [0, 2] },
      { color: "rgb(148, 163, 184)", width: 0.6, opacity: 0.55, dash: [2, 5], edges: [1] },
    ],
  };
}

const none = (): HiddenMask => ({ nodes: new Uint8Array(4), edges: new Uint8Array(3) });
const named = (calls: Call[], name: string) => calls.filter((c) => c[0] === name);

describe("paintBase", () => {
  test("strokes each edge look once and fills each node look once, edges first", () => {
    const { pen, calls } = recorder();
    const painted = paintBase(pen, scene(), none(), CAMERA, SIZE);
    // Edge 2 runs from x 200 to 1,000 and crosses the view: drawn. Node 3 is out of view.
    expect(painted).toEqual({ nodes: 3, edges: 3 });
    expect(named(calls, "stroke")).toHaveLength(2);
    expect(named(calls, "fill")).toEqual([
      ["fill", "rgb(37, 99, 235)"],
      ["fill", "rgb(21, 128, 61)"],
    ]);
    const order = calls.map((c) => c[0]).filter((n) => n === "stroke" || n === "fill");
    expect(order).toEqual(["stroke", "stroke", "fill", "fill"]);
    expect(named(calls, "setLineDash")).toContainEqual(["setLineDash", [2, 5]]);
    // Model units to canvas pixels: zoom × pixel ratio, pan × pixel ratio.
    expect(calls).toContainEqual(["setTransform", 2, 0, 0, 2, 0, 0]);
  });

  test("a hidden node takes its edges with it", () => {
    const { pen, calls } = recorder();
    const hidden = none();
    hidden.nodes[1] = 1;
    const painted = paintBase(pen, scene(), hidden, CAMERA, SIZE);
    expect(painted).toEqual({ nodes: 1 + 1, edges: 1 });
    // Only edge 2 (node 2 to node 3) is left: the dashed look has nothing to stroke.
    expect(named(calls, "stroke")).toHaveLength(1);
    expect(named(calls, "moveTo")).toContainEqual(["moveTo", 200, 50]);
    expect(named(calls, "moveTo")).not.toContainEqual(["moveTo", 10, 50]);
  });

  test("a hidden edge goes alone", () => {
    const { pen } = recorder();
    const hidden = none();
    hidden.edges[0] = 1;
    expect(paintBase(pen, scene(), hidden, CAMERA, SIZE)).toEqual({ nodes: 3, edges: 2 });
  });

  test("what lies wholly outside the view is skipped; a pan brings it in", () => {
    const { pen } = recorder();
    const panned = { ...CAMERA, pan: { x: -700, y: 0 } };
    // The view is now x 700 to 1,100: node 3 and edge 2 only.
    expect(paintBase(pen, scene(), none(), panned, SIZE)).toEqual({ nodes: 1, edges: 1 });
  });

  test("without edges (the camera moving on a slow graph) only nodes are painted", () => {
    const { pen, calls } = recorder();
    expect(paintBase(pen, scene(), none(), CAMERA, SIZE, false)).toEqual({ nodes: 3, edges: 0 });
    expect(named(calls, "stroke")).toHaveLength(0);
  });
});

describe("cameraMotion", () => {
  test("a single jump is not a move; moves in a row are, until the camera rests", () => {
    vi.useFakeTimers();
    try {
      let rested = 0;
      const motion = cameraMotion(150, () => rested++);
      motion.moved(1000);
      // A key or a button: painted whole (edges and all) at once.
      expect(motion.moving()).toBe(false);
      vi.advanceTimersByTime(200);
      expect(rested).toBe(0);
      // A drag: events every frame.
      motion.moved(2000);
      motion.moved(2016);
      expect(motion.moving()).toBe(true);
      motion.moved(2032);
      vi.advanceTimersByTime(149);
      expect(motion.moving()).toBe(true);
      vi.advanceTimersByTime(1);
      expect(motion.moving()).toBe(false);
      expect(rested).toBe(1);
      motion.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
