// A large graph's whole picture as plain data, and its painter: every node and edge at its base
// look (what the large-graph stylesheet gives it before any hover, focus or label), drawn in a
// few batched paths, one per look. Cytoscape's own canvas draws each element with a call of its
// own: 200-250 ms a frame at 20,000 elements on a 2-core machine, against ~10 ms here. No
// Cytoscape and no DOM: unit-tested with a recording context.
import { traceShape, type Camera, type Pen } from "./overlayScene.ts";
import type { NodeShape } from "./typeStyle.ts";

/** Nodes that look alike (fill and shape), filled as one path. */
export interface NodeGroup {
  color: string;
  shape: NodeShape;
  /** Indices into the scene's node arrays. */
  nodes: number[];
}

/** Edges that look alike, stroked as one path. Width and dash in model units. */
export interface EdgeGroup {
  color: string;
  width: number;
  opacity: number;
  dash: readonly number[] | null;
  /** Indices into the scene's edge arrays. */
  edges: number[];
}

export interface BaseScene {
  /** Node centres and sizes (model units), by node index. */
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  /** Each edge's two ends, as node indices. */
  source: Int32Array;
  target: Int32Array;
  nodeGroups: NodeGroup[];
  edgeGroups: EdgeGroup[];
}

/** What a filter hides, by index: 1 hidden, 0 shown. An edge whose end is hidden is hidden. */
export interface HiddenMask {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** What was painted: how many nodes and edges (those in view and not hidden). */
export interface Painted {
  nodes: number;
  edges: number;
}

/**
 * Clears a canvas of `size` CSS pixels and paints the scene's shown elements that lie in view:
 * the edges first (unless `edges` is false, as while the camera moves on a graph whose edges take
 * long to draw), then the nodes over them.
 */
export function paintBase(
  pen: Pen,
  scene: BaseScene,
  hidden: HiddenMask,
  camera: Camera,
  size: { width: number; height: number },
  edges = true,
): Painted {
  const { zoom, pan, ratio } = camera;
  pen.setTransform(ratio, 0, 0, ratio, 0, 0);
  pen.clearRect(0, 0, size.width, size.height);
  pen.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
  // The view in model units.
  const x1 = -pan.x / zoom;
  const y1 = -pan.y / zoom;
  const x2 = (size.width - pan.x) / zoom;
  const y2 = (size.height - pan.y) / zoom;
  const { x, y } = scene;
  const painted: Painted = { nodes: 0, edges: 0 };
  pen.lineCap = "butt";
  if (edges)
    for (const g of scene.edgeGroups) {
      let drawn = 0;
      pen.beginPath();
      for (const e of g.edges) {
        const s = scene.source[e] ?? 0;
        const t = scene.target[e] ?? 0;
        if (hidden.edges[e] || hidden.nodes[s] || hidden.nodes[t]) continue;
        const sx = x[s] ?? 0;
        const sy = y[s] ?? 0;
        const tx = x[t] ?? 0;
        const ty = y[t] ?? 0;
        // Both ends beyond the same side of the view: the line cannot cross it.
        if ((sx < x1 && tx < x1) || (sx > x2 && tx > x2)) continue;
        if ((sy < y1 && ty < y1) || (sy > y2 && ty > y2)) continue;
        pen.moveTo(sx, sy);
        pen.lineTo(tx, ty);
        drawn++;
      }
      if (drawn === 0) continue;
      pen.globalAlpha = g.opacity;
      pen.strokeStyle = g.color;
      pen.lineWidth = g.width;
      pen.setLineDash(g.dash ? [...g.dash] : []);
      pen.stroke();
      painted.edges += drawn;
    }
  pen.setLineDash([]);
  pen.globalAlpha = 1;
  for (const g of scene.nodeGroups) {
    let drawn = 0;
    pen.beginPath();
    for (const n of g.nodes) {
      if (hidden.nodes[n]) continue;
      const cx = x[n] ?? 0;
      const cy = y[n] ?? 0;
      const r = (scene.size[n] ?? 0) / 2;
      if (cx + r < x1 || cx - r > x2 || cy + r < y1 || cy - r > y2) continue;
      traceShape(pen, g.shape, cx, cy, r);
      drawn++;
    }
    if (drawn === 0) continue;
    pen.fillStyle = g.color;
    pen.fill();
    painted.nodes += drawn;
  }
  return painted;
}

/**
 * Whether the camera is moving: it moved again within `settleMs` of its last move (a drag, a
 * pinch, a wheel, a glide), where a single jump (a key, a button) is not. `rested` is called once
 * a moving camera has rested `settleMs`.
 */
export function cameraMotion(settleMs: number, rested: () => void) {
  let last = -Infinity;
  let moving = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    moved(now: number) {
      moving = now - last < settleMs;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!moving) return;
        moving = false;
        rested();
      }, settleMs);
    },
    moving: () => moving,
    stop: () => clearTimeout(timer),
  };
}
