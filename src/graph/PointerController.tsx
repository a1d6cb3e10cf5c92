import { useEffect } from "react";
import type { Core, EventObject } from "cytoscape";
import { hitAt } from "./hitTest.ts";
import { canvasHost } from "./canvasHost.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export interface PointerHandlers {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClear(): void;
  /** The element under the mouse (null when none), and where the pointer is on the canvas. */
  onHover(id: string | null, at: { x: number; y: number } | null): void;
}

const isTouch = (e: EventObject) => {
  const o = e.originalEvent as Event | undefined;
  return (
    (typeof TouchEvent !== "undefined" && o instanceof TouchEvent) ||
    (typeof PointerEvent !== "undefined" && o instanceof PointerEvent && o.pointerType === "touch")
  );
};

/**
 * Renderless: what a tap opens (our own hit test, so that a finger near an edge opens the edge),
 * double-tap to zoom in at that point, and hover: the element under the mouse gets class
 * `hovered` (unless `hoverClass` is false), the pointer becomes a hand, and the handlers hear of
 * it.
 */
export function PointerController({
  cy,
  handlers,
  hoverClass = true,
}: {
  cy: Core | null;
  handlers: PointerHandlers;
  /** Set class `hovered`; false on large graphs, whose hover is drawn on an overlay instead. */
  hoverClass?: boolean;
}) {
  const { onSelectNode, onSelectEdge, onClear, onHover } = handlers;
  useEffect(() => {
    if (!cy) return;
    // The hand goes on the canvases' holder: a change to the container's attributes makes
    // Cytoscape resize and redraw the whole graph (canvasHost.ts).
    const host = canvasHost(cy);
    // The element carrying class `hovered`: found without a query over the whole graph.
    let hovered = cy.collection();
    const unhover = () => {
      hovered.removeClass("hovered");
      hovered = cy.collection();
    };
    const onTap = (e: EventObject) => {
      const hit = hitAt(cy, e.position, isTouch(e));
      if (!hit) onClear();
      else if (hit.kind === "node") onSelectNode(hit.id);
      else onSelectEdge(hit.id);
    };
    const onDoubleTap = (e: EventObject) => {
      const level = Math.min(cy.maxZoom(), cy.zoom() * 2);
      const target = { zoom: { level, renderedPosition: e.renderedPosition } };
      cy.stop();
      if (reducedMotion()) cy.zoom(target.zoom);
      else cy.animate(target, { duration: 250, easing: "ease-out-cubic" });
    };
    const onOver = (e: EventObject) => {
      unhover();
      if (hoverClass) hovered = e.target.addClass("hovered");
      if (host) host.style.cursor = "pointer";
      onHover(e.target.id(), e.renderedPosition);
    };
    const onMove = (e: EventObject) => {
      if (e.target !== cy) onHover(e.target.id(), e.renderedPosition);
    };
    const onOut = () => {
      unhover();
      if (host) host.style.cursor = "";
      onHover(null, null);
    };
    cy.on("tap", onTap);
    cy.on("dbltap", onDoubleTap);
    cy.on("mouseover", "node, edge", onOver);
    cy.on("mousemove", "edge", onMove);
    cy.on("mouseout", "node, edge", onOut);
    return () => {
      cy.off("tap", onTap);
      cy.off("dbltap", onDoubleTap);
      cy.off("mouseover", "node, edge", onOver);
      cy.off("mousemove", "edge", onMove);
      cy.off("mouseout", "node, edge", onOut);
      unhover();
    };
  }, [cy, onSelectNode, onSelectEdge, onClear, onHover, hoverClass]);
  return null;
}
