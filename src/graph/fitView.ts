import type { Core } from "cytoscape";

/** The canvas's zoom range (GraphCanvas gives it to Cytoscape). */
export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 4;

/** Room around the picture when it is fitted to the canvas, in pixels. */
export const FIT_PADDING = { wide: 40, narrow: 14 } as const;

/**
 * The camera that shows every visible node, labels left out: labels keep their size on screen
 * whatever the zoom (ReadableLabelController), so counting them would shrink the picture each
 * time it is fitted again.
 */
export function fitViewport(
  cy: Core,
  padding: number,
  /** Pixels covered on the canvas's left (a drawer): the picture fits in the rest. */
  left = 0,
): { zoom: number; pan: { x: number; y: number } } | null {
  const nodes = cy.nodes(":visible");
  if (nodes.empty()) return null;
  const b = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const w = cy.width() - left - 2 * padding;
  const h = cy.height() - 2 * padding;
  if (w <= 0 || h <= 0) return null;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(cy.maxZoom(), w / Math.max(b.w, 1), h / Math.max(b.h, 1)),
  );
  return {
    zoom,
    pan: {
      x: left + (cy.width() - left) / 2 - ((b.x1 + b.x2) / 2) * zoom,
      y: cy.height() / 2 - ((b.y1 + b.y2) / 2) * zoom,
    },
  };
}

/** The padding for this canvas: less on a narrow one, which has no pixels to spare. */
export const fitPadding = (cy: Core) =>
  cy.width() < cy.height() ? FIT_PADDING.narrow : FIT_PADDING.wide;
