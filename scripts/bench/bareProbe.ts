// What both bare pages share with the app's test handle: where a node is on the page (read-only),
// and `graph-ready` marked the way the app marks it: on the frame after Cytoscape's first render.
import type { Core } from "cytoscape";

export function markReadyAndExpose(cy: Core) {
  cy.one("render", () =>
    requestAnimationFrame(() => {
      (window as { __bare?: unknown }).__bare = {
        pointOf(id: string) {
          const n = cy.nodes().getElementById(id);
          if (n.empty()) return null;
          const p = n.renderedPosition();
          const box = cy.container()?.getBoundingClientRect();
          return box ? { x: box.left + p.x, y: box.top + p.y } : null;
        },
      };
      performance.mark("graph-ready");
    }),
  );
}
