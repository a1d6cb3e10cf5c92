import type { Core } from "cytoscape";
import type { PaintedLabel } from "./overlayScene.ts";

/** What a large graph's overlay draws now: read by the test handle, never by the app. */
export interface DrawnOverlay {
  /** The hover: the element under the pointer, the lit nodes and edges; null for none. */
  hover: { hovered: string; nodes: string[]; edges: string[] } | null;
  /** The selection's focus over a dimmed graph (null for none), and the selected element. */
  focus: { selected: string | null; nodes: string[]; edges: string[] } | null;
  /** The labels it paints, in CSS pixels of the canvas. */
  labels: PaintedLabel[];
}

const drawn = new WeakMap<Core, DrawnOverlay>();

export function setDrawnOverlay(cy: Core, overlay: DrawnOverlay | null) {
  if (overlay) drawn.set(cy, overlay);
  else drawn.delete(cy);
}

export function drawnOverlayOf(cy: Core): DrawnOverlay | null {
  return drawn.get(cy) ?? null;
}
