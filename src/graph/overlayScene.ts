// What the hover overlay of a large graph draws, and how: plain data and a 2D-context painter, no
// Cytoscape and no DOM (unit-tested with a recording context). Coordinates are model units; the
// painter maps them to the canvas with the camera's zoom and pan, as Cytoscape does, so widths,
// dashes and font sizes mean what they mean in the stylesheet.
import type { NodeShape } from "./typeStyle.ts";

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Width and height, model units. */
  size: number;
  color: string;
  shape: NodeShape;
  /** A border (the selection's ring), or none. */
  border?: { color: string; width: number };
  /** Text drawn below the node, or none. */
  label?: string;
  /** The zoom from which the label is drawn (0: always). */
  labelFrom?: number;
}

export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
  /** Dash and gap lengths (model units), or null for a solid line. */
  dash: readonly number[] | null;
}

export interface Scene {
  edges: SceneEdge[];
  nodes: SceneNode[];
}

export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
  /** Canvas pixels per CSS pixel. */
  ratio: number;
}

export interface LabelLook {
  font: string;
  fontSize: number;
  color: string;
  background: string;
  /** Space between the node and the label's top, model units. */
  margin: number;
}

/** The part of a 2D context the painter uses (a recording fake in unit tests). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  | "setTransform"
  | "clearRect"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "closePath"
  | "arc"
  | "rect"
  | "fill"
  | "stroke"
  | "fillRect"
  | "fillText"
  | "measureText"
  | "setLineDash"
> & {
  fillStyle: CanvasRenderingContext2D["fillStyle"];
  strokeStyle: CanvasRenderingContext2D["strokeStyle"];
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  lineCap: CanvasLineCap;
};

/**
 * A shape's outline as points within the unit square [-1, 1]² (scaled by half the node's size),
 * or null for an ellipse (drawn as an arc).
 */
export function shapePoints(shape: NodeShape): readonly (readonly [number, number])[] | null {
  switch (shape) {
    case "ellipse":
      return null;
    case "rectangle":
    case "round-rectangle":
      return [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ];
    case "triangle":
      return [
        [0, -1],
        [1, 1],
        [-1, 1],
      ];
    case "diamond":
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case "hexagon":
      return [
        [-1, 0],
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
      ];
    case "vee":
      return [
        [-1, -1],
        [0, -1 / 3],
        [1, -1],
        [0, 1],
      ];
    case "star":
      return Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 ? 0.4 : 1;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return [r * Math.cos(a), r * Math.sin(a)] as const;
      });
  }
}

/**
 * The dashes Cytoscape strokes a line with, model units: `dotted` 1 on 1 off, `dashed` its
 * `line-dash-pattern` (Cytoscape's default 6 on 3 off), solid none.
 */
export function dashOf(lineStyle: string, pattern: unknown): number[] | null {
  if (lineStyle === "dotted") return [1, 1];
  if (lineStyle !== "dashed") return null;
  return Array.isArray(pattern) ? pattern.map(Number) : [6, 3];
}

/** A model point on the canvas, in CSS pixels from its top left corner. */
export function toScreen(p: { x: number; y: number }, camera: Camera) {
  return { x: p.x * camera.zoom + camera.pan.x, y: p.y * camera.zoom + camera.pan.y };
}

/** A label as painted, in CSS pixels from the canvas's top left corner. */
export interface PaintedLabel {
  id: string;
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Paints over a cleared canvas of `width` × `height` CSS pixels: a sheet of `dim` over the whole
 * canvas (what lies under it looks faded), then each scene's edges, nodes and labels. Returns the
 * labels painted.
 */
export function paintScenes(
  pen: Pen,
  layers: { dim: string | null; scenes: readonly Scene[] },
  camera: Camera,
  size: { width: number; height: number },
  label: LabelLook,
): PaintedLabel[] {
  const { ratio } = camera;
  pen.setTransform(ratio, 0, 0, ratio, 0, 0);
  pen.clearRect(0, 0, size.width, size.height);
  if (layers.dim) {
    pen.globalAlpha = 1;
    pen.fillStyle = layers.dim;
    pen.fillRect(0, 0, size.width, size.height);
  }
  return layers.scenes.flatMap((scene) => paintScene(pen, scene, camera, label));
}

function paintScene(pen: Pen, scene: Scene, camera: Camera, label: LabelLook): PaintedLabel[] {
  const { zoom, pan, ratio } = camera;
  pen.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
  pen.lineCap = "butt";
  for (const e of scene.edges) {
    pen.globalAlpha = e.opacity;
    pen.strokeStyle = e.color;
    pen.lineWidth = e.width;
    pen.setLineDash(e.dash ? [...e.dash] : []);
    pen.beginPath();
    pen.moveTo(e.x1, e.y1);
    pen.lineTo(e.x2, e.y2);
    pen.stroke();
  }
  pen.setLineDash([]);
  pen.globalAlpha = 1;
  for (const n of scene.nodes) {
    outline(pen, n);
    pen.fillStyle = n.color;
    pen.fill();
    if (n.border) {
      pen.strokeStyle = n.border.color;
      pen.lineWidth = n.border.width;
      pen.stroke();
    }
  }
  pen.font = `${label.fontSize}px ${label.font}`;
  pen.textAlign = "center";
  pen.textBaseline = "top";
  const painted: PaintedLabel[] = [];
  for (const n of scene.nodes) {
    if (!n.label || zoom < (n.labelFrom ?? 0)) continue;
    const top = n.y + n.size / 2 + (n.border?.width ?? 0) / 2 + label.margin;
    const w = pen.measureText(n.label).width;
    const box = {
      x1: n.x - w / 2 - 1,
      y1: top - 1,
      x2: n.x + w / 2 + 1,
      y2: top + label.fontSize * 1.2 + 1,
    };
    pen.globalAlpha = 0.75;
    pen.fillStyle = label.background;
    pen.fillRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    pen.globalAlpha = 1;
    pen.fillStyle = label.color;
    pen.fillText(n.label, n.x, top);
    const a = toScreen({ x: box.x1, y: box.y1 }, camera);
    const b = toScreen({ x: box.x2, y: box.y2 }, camera);
    painted.push({ id: n.id, text: n.label, box: { x1: a.x, y1: a.y, x2: b.x, y2: b.y } });
  }
  return painted;
}

function outline(pen: Pen, n: SceneNode) {
  pen.beginPath();
  traceShape(pen, n.shape, n.x, n.y, n.size / 2);
}

/** Adds a node's outline to the current path, as a closed subpath of its own. */
export function traceShape(pen: Pen, shape: NodeShape, x: number, y: number, r: number) {
  const points = shapePoints(shape);
  if (!points) {
    pen.moveTo(x + r, y);
    pen.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  points.forEach(([px, py], i) => {
    if (i === 0) pen.moveTo(x + px * r, y + py * r);
    else pen.lineTo(x + px * r, y + py * r);
  });
  pen.closePath();
}
