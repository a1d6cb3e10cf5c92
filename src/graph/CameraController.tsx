import { useEffect, useRef } from "react";
import type { Core } from "cytoscape";

export interface CameraState {
  zoom: number;
  x: number;
  y: number;
}

/** Parts of the canvas covered by panels, in pixels: the camera frames the rest. */
export interface Insets {
  left?: number;
  right: number;
  bottom: number;
}

/** Below this zoom, labels are too small to read. */
const READABLE_ZOOM = 0.8;

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * Renderless: restores the camera from the URL once, reports camera moves (debounced), and keeps
 * the selection in view: when a panel covers part of the canvas, the camera makes room.
 */
export function CameraController({
  cy,
  camera,
  onCamera,
  focusIds,
  insets,
}: {
  cy: Core | null;
  camera: CameraState | null;
  onCamera(camera: CameraState): void;
  focusIds: readonly string[];
  insets: Insets;
}) {
  const restored = useRef(false);
  useEffect(() => {
    if (!cy || restored.current) return;
    restored.current = true;
    if (camera) cy.viewport({ zoom: camera.zoom, pan: { x: camera.x, y: camera.y } });
  }, [cy, camera]);

  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onCamera({ zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y }), 400);
    };
    cy.on("viewport", report);
    return () => {
      clearTimeout(timer);
      cy.off("viewport", report);
    };
  }, [cy, onCamera]);

  const key = focusIds.join(" ");
  useEffect(() => {
    if (!cy || key === "") return;
    const els = cy.collection();
    for (const id of key.split(" ")) els.merge(cy.getElementById(id));
    if (els.empty()) return;
    const box = els.renderedBoundingBox({});
    const left = insets.left ?? 0;
    const width = cy.width() - insets.right - left;
    const height = cy.height() - insets.bottom;
    const margin = 40;
    const inView =
      box.x1 >= left + margin &&
      box.y1 >= margin &&
      box.x2 <= left + width - margin &&
      box.y2 <= height - margin;
    if (inView && cy.zoom() >= READABLE_ZOOM) return;
    // No closer than needed to read the labels, and never so close that the selection is cut off.
    const fitZoom =
      cy.zoom() * Math.min((width - 2 * margin) / box.w, (height - 2 * margin) / box.h);
    const zoom = Math.min(fitZoom, Math.max(cy.zoom(), READABLE_ZOOM));
    const centre = els.boundingBox({});
    const pan = {
      x: left + width / 2 - ((centre.x1 + centre.x2) / 2) * zoom,
      y: height / 2 - ((centre.y1 + centre.y2) / 2) * zoom,
    };
    cy.stop();
    if (reducedMotion()) cy.viewport({ zoom, pan });
    else cy.animate({ zoom, pan }, { duration: 350, easing: "ease-in-out-cubic" });
  }, [cy, key, insets.left, insets.right, insets.bottom]);
  return null;
}
