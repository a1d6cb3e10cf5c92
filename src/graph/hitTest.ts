import type { Core, EdgeSingular } from "cytoscape";
import { distanceToPolyline, type Point } from "../model/picture/geometry.ts";

/** How far from a line a pointer still hits it, in CSS pixels: a finger is broad, a mouse is not. */
export const EDGE_REACH_PX = { touch: 16, mouse: 6 } as const;
/** How far outside a node's rim a pointer still hits it, in CSS pixels. */
const NODE_REACH_PX = { touch: 3, mouse: 1 } as const;

export type Hit = { kind: "node" | "edge"; id: string } | null;

/**
 * What a tap at `p` (model coordinates) opens. Cytoscape on its own prefers any node within
 * 16 px of a touch, which on a zoomed-out phone is most of the graph: here a node wins only when
 * the finger is on it, and otherwise the nearest edge within reach does.
 */
export function hitAt(cy: Core, p: Point, touch: boolean): Hit {
  const zoom = cy.zoom();
  const nodeReach = (touch ? NODE_REACH_PX.touch : NODE_REACH_PX.mouse) / zoom;
  let best: Hit = null;
  let bestDistance = Infinity;
  cy.nodes(":visible").forEach((n) => {
    const c = n.position();
    const d = Math.hypot(p.x - c.x, p.y - c.y) - n.width() / 2;
    if (d <= nodeReach && d < bestDistance) {
      best = { kind: "node", id: n.id() };
      bestDistance = d;
    }
  });
  if (best) return best;
  const edgeReach = (touch ? EDGE_REACH_PX.touch : EDGE_REACH_PX.mouse) / zoom;
  cy.edges(":visible").forEach((e) => {
    const d = distanceToPolyline(p, edgeLine(e));
    if (d <= edgeReach && d < bestDistance) {
      best = { kind: "edge", id: e.id() };
      bestDistance = d;
    }
  });
  return best;
}

/** The drawn line of an edge in model coordinates: straight, or a bezier sampled in 12 steps. */
export function edgeLine(e: EdgeSingular): Point[] {
  const a = e.sourceEndpoint();
  const b = e.targetEndpoint();
  const controls = e.controlPoints() as Point[] | undefined;
  const c = controls?.[0];
  if (!c || controls.length !== 1) return [a, ...(controls ?? []), b];
  const line: Point[] = [];
  for (let i = 0; i <= 12; i++) {
    const t = i / 12;
    const u = 1 - t;
    line.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return line;
}
