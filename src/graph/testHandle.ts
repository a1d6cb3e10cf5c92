import type { Core } from "cytoscape";

/**
 * A read-only handle for browser tests and the benchmark: where an element is on screen, so a
 * test can click it with a real mouse. It exposes positions only, never the Cytoscape instance.
 */
export interface QuotegraphTestHandle {
  ready: true;
  /** Page coordinates of an edge's midpoint or a node's centre, or null if not drawn. */
  pointOf(id: string): { x: number; y: number } | null;
}

export function exposeTestHandle(cy: Core) {
  const handle: QuotegraphTestHandle = {
    ready: true,
    pointOf(id) {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible()) return null;
      const p = el.isEdge()
        ? cy.edges().getElementById(id).renderedMidpoint()
        : cy.nodes().getElementById(id).renderedPosition();
      const box = cy.container()?.getBoundingClientRect();
      return box ? { x: box.left + p.x, y: box.top + p.y } : null;
    },
  };
  (window as { __quotegraph?: QuotegraphTestHandle }).__quotegraph = handle;
}
