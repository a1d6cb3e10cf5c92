// How a drawn picture reads, measured: the figures the browser tests assert (label overlaps, cut
// labels, label size, edges running past nodes they do not join, how much of the canvas is used).
import { boxesOverlap, distanceToPolyline, median, type Box, type Point } from "./geometry.ts";

export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  /** Drawn radius, in pixels. */
  r: number;
  /** The node's name as the canvas should show it, whole. */
  name: string;
  /** The label drawn now ("" when none is drawn), line breaks included. */
  text: string;
  /** Where the drawn label is, in pixels (null when none is drawn). */
  box: Box | null;
  /** Drawn label height of one line, in pixels. */
  px: number;
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  /** The drawn line, in pixels, from one end to the other. */
  line: Point[];
}

export interface Picture {
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

const drawn = (p: Picture) => p.nodes.filter((n) => n.box !== null && n.text !== "");

/** Pairs of drawn labels that cover each other (by more than a pixel each way). */
export function overlappingLabels(p: Picture): [string, string][] {
  const labelled = drawn(p);
  const pairs: [string, string][] = [];
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i];
      const b = labelled[j];
      if (a?.box && b?.box && boxesOverlap(a.box, b.box, 1)) pairs.push([a.id, b.id]);
    }
  return pairs;
}

/** Drawn labels that do not show the whole name: cut with an ellipsis or otherwise shortened. */
export function cutLabels(p: Picture): string[] {
  const whole = (s: string) => s.replace(/\s+/g, " ").trim();
  return drawn(p)
    .filter((n) => n.text.includes("…") || whole(n.text) !== whole(n.name))
    .map((n) => n.id);
}

export function medianLabelPx(p: Picture): number {
  return median(drawn(p).map((n) => n.px));
}

/** Edges whose line passes within `px` of the centre of a node that is not one of its ends. */
export function edgesPastNodes(p: Picture, px: number): { edge: string; node: string }[] {
  const found: { edge: string; node: string }[] = [];
  for (const e of p.edges) {
    const near = p.nodes.find(
      (n) => n.id !== e.source && n.id !== e.target && distanceToPolyline(n, e.line) <= px,
    );
    if (near) found.push({ edge: e.id, node: near.id });
  }
  return found;
}

/** The share of the canvas taken by the box around every drawn node. */
export function coverage(p: Picture): number {
  if (p.nodes.length === 0 || p.width <= 0 || p.height <= 0) return 0;
  const clip = (v: number, max: number) => Math.max(0, Math.min(max, v));
  const x1 = clip(Math.min(...p.nodes.map((n) => n.x - n.r)), p.width);
  const x2 = clip(Math.max(...p.nodes.map((n) => n.x + n.r)), p.width);
  const y1 = clip(Math.min(...p.nodes.map((n) => n.y - n.r)), p.height);
  const y2 = clip(Math.max(...p.nodes.map((n) => n.y + n.r)), p.height);
  return ((x2 - x1) * (y2 - y1)) / (p.width * p.height);
}
