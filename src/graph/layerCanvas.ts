// Shared by large graphs' own canvases (basePainter.ts, graphOverlay.ts), which load with such a
// graph: a module of its own, so that the first view does not carry it.
import type { Core } from "cytoscape";
/**
 * A canvas of the app's own laid over the whole canvas area, in Cytoscape's canvases' holder (no
 * attribute of its container changes): `zIndex` 0 goes under Cytoscape's three layers (z-index 1
 * to 3), 4 over them. Passes every pointer event through; hidden from assistive technology.
 */
export function layerCanvas(testId: string, zIndex: 0 | 4): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.dataset.testid = testId;
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, {
    position: "absolute",
    left: "0",
    top: "0",
    width: "100%",
    height: "100%",
    pointerEvents: "none",
    zIndex: String(zIndex),
  });
  return canvas;
}

/**
 * Sizes `canvas` to Cytoscape's canvas area at the screen's pixel ratio (a resize clears it); the
 * camera and the size in CSS pixels to paint with.
 */
export function sizeToCamera(canvas: HTMLCanvasElement, cy: Core) {
  const width = cy.width();
  const height = cy.height();
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  return { camera: { zoom: cy.zoom(), pan: cy.pan(), ratio }, size: { width, height } };
}
