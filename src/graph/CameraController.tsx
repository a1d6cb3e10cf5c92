import { useEffect, useLayoutEffect, useRef } from "react";
import type { Core } from "cytoscape";
import { fitPadding, fitViewport } from "./fitView.ts";

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
  /** A box over the canvas, in its pixels, where no label goes (the zoom buttons). */
  avoid?: { x1: number; y1: number; x2: number; y2: number };
}

/** Below this zoom, labels are too small to read. */
const READABLE_ZOOM = 0.8;

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Two cameras that put the graph at the same place on screen, to the pixel. */
const sameCamera = (a: CameraState, b: CameraState | null) =>
  b !== null &&
  Math.abs(a.zoom - b.zoom) < 0.005 &&
  Math.abs(a.x - b.x) < 1 &&
  Math.abs(a.y - b.y) < 1;

/**
 * Renderless: goes to the camera the URL names (on load, and on back/forward), reports camera
 * moves (debounced), and keeps the selection in view: when a panel covers part of the canvas,
 * the camera makes room. With `closeUp` (the default) it also zooms in until the selection's
 * labels are readable; large graphs keep their zoom (their focus's labels are drawn on the
 * overlay) and jump instead of gliding, since every frame of a glide redraws the whole graph.
 */
export function CameraController({
  cy,
  camera,
  onCamera,
  focusIds,
  insets,
  closeUp = true,
}: {
  cy: Core | null;
  camera: CameraState | null;
  onCamera(camera: CameraState): void;
  focusIds: readonly string[];
  insets: Insets;
  closeUp?: boolean;
}) {
  // The camera last applied or reported: a store camera that differs came from the address.
  const known = useRef<CameraState | null>(null);
  const moved = useRef(false);
  // Set while the effects of a commit that applied the address's camera run: the selection's
  // framing then gives way to it (a shared link shows the view it was copied from).
  const jumped = useRef(false);
  // A layout effect, so a linked camera is in place before the first frame is drawn.
  useLayoutEffect(() => {
    if (!cy || !camera || sameCamera(camera, known.current)) return;
    known.current = camera;
    jumped.current = true;
    queueMicrotask(() => (jumped.current = false));
    const target = { zoom: camera.zoom, pan: { x: camera.x, y: camera.y } };
    cy.stop();
    // The first view opens where the link says; back and forward glide there.
    if (!moved.current || reducedMotion()) cy.viewport(target);
    else cy.animate(target, { duration: 350, easing: "ease-in-out-cubic" });
  }, [cy, camera]);

  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      moved.current = true;
      clearTimeout(timer);
      timer = setTimeout(() => {
        known.current = { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y };
        onCamera(known.current);
      }, 400);
    };
    cy.on("viewport", report);
    return () => {
      clearTimeout(timer);
      cy.off("viewport", report);
    };
  }, [cy, onCamera]);

  const key = focusIds.join(" ");
  // A drawer opening on the left (filters, paths) takes part of the canvas: with nothing selected,
  // the camera makes room. A picture that was whole in view is fitted into what is left; one the
  // reader had zoomed into moves over by half the drawer, keeping its zoom.
  const left = insets.left ?? 0;
  const lastLeft = useRef(left);
  useEffect(() => {
    const before = lastLeft.current;
    lastLeft.current = left;
    if (!cy || left === before || key !== "") return;
    const view = cy.extent();
    const box = cy.nodes(":visible").boundingBox({ includeLabels: false });
    const shift = (left - before) / cy.zoom();
    const wasWhole = box.x1 >= view.x1 + before / cy.zoom() - 1 && box.x2 <= view.x2 + 1;
    const target = wasWhole
      ? fitViewport(cy, fitPadding(cy), left)
      : { zoom: cy.zoom(), pan: { x: cy.pan().x + (shift * cy.zoom()) / 2, y: cy.pan().y } };
    if (!target) return;
    cy.stop();
    if (reducedMotion()) cy.viewport(target);
    else cy.animate(target, { duration: 300, easing: "ease-in-out-cubic" });
  }, [cy, left, key]);
  // Also a layout effect: in the same phase as the camera above, so `jumped` is seen.
  useLayoutEffect(() => {
    if (!cy || key === "" || jumped.current) return;
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
    if (inView && (!closeUp || cy.zoom() >= READABLE_ZOOM)) return;
    // No closer than needed to read the labels, and never so close that the selection is cut off.
    const fitZoom =
      cy.zoom() * Math.min((width - 2 * margin) / box.w, (height - 2 * margin) / box.h);
    const zoom = Math.min(fitZoom, closeUp ? Math.max(cy.zoom(), READABLE_ZOOM) : cy.zoom());
    const centre = els.boundingBox({});
    const pan = {
      x: left + width / 2 - ((centre.x1 + centre.x2) / 2) * zoom,
      y: height / 2 - ((centre.y1 + centre.y2) / 2) * zoom,
    };
    cy.stop();
    if (reducedMotion() || !closeUp) cy.viewport({ zoom, pan });
    else cy.animate({ zoom, pan }, { duration: 350, easing: "ease-in-out-cubic" });
  }, [cy, key, insets.left, insets.right, insets.bottom, closeUp]);
  return null;
}
