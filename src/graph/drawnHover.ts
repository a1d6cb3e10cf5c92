import type { Core } from "cytoscape";

/** What a large graph's hover overlay draws now: read by the test handle, never by the app. */
export interface DrawnHover {
  hovered: string;
  nodes: string[];
  edges: string[];
}

const drawn = new WeakMap<Core, DrawnHover>();

export function setDrawnHover(cy: Core, hover: DrawnHover | null) {
  if (hover) drawn.set(cy, hover);
  else drawn.delete(cy);
}

export function drawnHoverOf(cy: Core): DrawnHover | null {
  return drawn.get(cy) ?? null;
}
