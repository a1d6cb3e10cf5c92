// Where each node's label is drawn on a graph drawn with labels: the rule ReadableLabelController
// applies on every zoom, and toElements before the first frame (so the first style pass is the
// last one). Pure: nodes and label sizes in, a place per label out.
import { boxesOverlap, type Box } from "./geometry.ts";

/**
 * Where a label may sit around its node, in the order they are tried; the first (below) is
 * Cytoscape's default.
 */
export const LABEL_PLACES = [
  "bottom",
  "right",
  "top",
  "left",
  "bottom-right",
  "bottom-left",
  "top-right",
  "top-left",
] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];
/** A node's `lp` data: where its label is drawn, or "hidden" (kept and measured, not drawn). */
export type LabelSpot = LabelPlace | "hidden";

export interface LabelItem {
  id: string;
  x: number;
  y: number;
  /** Half the node's width and height. */
  rx: number;
  ry: number;
  /** The label's box as drawn, wherever it is placed (model units). */
  w: number;
  h: number;
  /** Who wins a collision: 3 selected or hovered, 2 emphasised, 1 plain, 0 faded. */
  rank: number;
  degree: number;
  /** Outside the focus: its node is no obstacle to a label in it. */
  faded: boolean;
}

export interface LabelRoom {
  /** The part of the picture in view and not covered by a panel (model units). */
  view: Box;
  /** A box in view where no label goes (the zoom buttons), if any. */
  avoid?: Box | undefined;
  /** Room kept around each label (model units). */
  gap: number;
}

/** text-margin in the stylesheet, less the label backdrop's padding (model units). */
const MARGIN = 3;

/** The box a label of size w × h takes at `place` around a node (model units). */
export function labelBoxAt(
  n: Pick<LabelItem, "x" | "y" | "rx" | "ry">,
  place: LabelPlace,
  w: number,
  h: number,
): Box {
  const { x, y } = n;
  const r = n.ry + MARGIN;
  const rx = n.rx + MARGIN;
  switch (place) {
    case "bottom":
      return { x1: x - w / 2, x2: x + w / 2, y1: y + r, y2: y + r + h };
    case "top":
      return { x1: x - w / 2, x2: x + w / 2, y1: y - r - h, y2: y - r };
    case "right":
      return { x1: x + rx, x2: x + rx + w, y1: y - h / 2, y2: y + h / 2 };
    case "left":
      return { x1: x - rx - w, x2: x - rx, y1: y - h / 2, y2: y + h / 2 };
    case "bottom-right":
      return { x1: x + rx - MARGIN, x2: x + rx - MARGIN + w, y1: y + r, y2: y + r + h };
    case "bottom-left":
      return { x1: x - rx + MARGIN - w, x2: x - rx + MARGIN, y1: y + r, y2: y + r + h };
    case "top-right":
      return { x1: x + rx - MARGIN, x2: x + rx - MARGIN + w, y1: y - r - h, y2: y - r };
    case "top-left":
      return { x1: x - rx + MARGIN - w, x2: x - rx + MARGIN, y1: y - r - h, y2: y - r };
  }
}

/**
 * Where each label goes: greedy by priority (rank, then links, then id), each at the first place
 * around its node (below, right, above, left, then the four corners) where it is whole in view,
 * clear of the labels placed before it and of every other node. The selected or hovered node
 * always shows its label: somewhere in view, else below. A node missing from the map has no
 * label drawn.
 */
export function placeLabels(items: readonly LabelItem[], room: LabelRoom): Map<string, LabelPlace> {
  const nodeBoxes = items.map((n) => ({
    id: n.id,
    box: { x1: n.x - n.rx, y1: n.y - n.ry, x2: n.x + n.rx, y2: n.y + n.ry },
    faded: n.faded,
  }));
  const order = [...items].sort(
    (a, b) => b.rank - a.rank || b.degree - a.degree || (a.id < b.id ? -1 : 1),
  );
  const { view, avoid, gap } = room;
  const kept: Box[] = [];
  const placed = new Map<string, LabelPlace>();
  // A label is drawn whole or not at all: never cut by the canvas's edge.
  const inView = (box: Box) =>
    box.x1 >= view.x1 &&
    box.x2 <= view.x2 &&
    box.y1 >= view.y1 &&
    box.y2 <= view.y2 &&
    !(avoid && boxesOverlap(avoid, box));
  // A faded node (outside the focus) is no obstacle to the label of a node in it.
  const clear = (id: string, box: Box, faded: boolean) =>
    inView(box) &&
    !kept.some((k) => boxesOverlap(k, box)) &&
    !nodeBoxes.some((o) => o.id !== id && (faded || !o.faded) && boxesOverlap(o.box, box));
  const grow = (box: Box) => ({
    x1: box.x1 - gap,
    y1: box.y1 - gap,
    x2: box.x2 + gap,
    y2: box.y2 + gap,
  });
  for (const n of order) {
    if (!(n.w > 0) || !Number.isFinite(n.w)) continue;
    let place: LabelPlace | undefined = LABEL_PLACES.find((p) =>
      clear(n.id, grow(labelBoxAt(n, p, n.w, n.h)), n.rank === 0),
    );
    if (!place && n.rank === 3)
      place = LABEL_PLACES.find((p) => inView(labelBoxAt(n, p, n.w, n.h))) ?? "bottom";
    if (!place) continue;
    kept.push(grow(labelBoxAt(n, place, n.w, n.h)));
    placed.set(n.id, place);
  }
  return placed;
}
