import type { Core } from "cytoscape";
import { fitPadding, fitViewport } from "./fitView.ts";

export interface ZoomLabels {
  zoomIn: string;
  zoomOut: string;
  fit: string;
}

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Zoom in, zoom out and fit: buttons on the canvas, for touch, mouse and keyboard alike. */
export function ZoomControls({ cy, labels }: { cy: Core | null; labels: ZoomLabels }) {
  const zoomBy = (factor: number) => {
    if (!cy) return;
    const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
    const zoom = { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } };
    cy.stop();
    if (reducedMotion()) cy.zoom(zoom);
    else cy.animate({ zoom }, { duration: 200 });
  };
  const fit = () => {
    if (!cy) return;
    const target = fitViewport(cy, fitPadding(cy));
    if (!target) return;
    cy.stop();
    if (reducedMotion()) cy.viewport(target);
    else cy.animate(target, { duration: 250 });
  };
  return (
    <div className="zoom-controls" role="group">
      <button
        type="button"
        onClick={() => zoomBy(1.5)}
        aria-label={labels.zoomIn}
        title={labels.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoomBy(1 / 1.5)}
        aria-label={labels.zoomOut}
        title={labels.zoomOut}
      >
        −
      </button>
      <button type="button" onClick={fit} aria-label={labels.fit} title={labels.fit}>
        ⤢
      </button>
    </div>
  );
}
