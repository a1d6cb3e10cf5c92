import { useEffect, useLayoutEffect, useMemo } from "react";
import type { Core, EventObject } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { hoverHighlight } from "./hoverHighlight.ts";
import type { GraphOverlay } from "./graphOverlay.ts";

/** How a hover is drawn: classes on the elements (small graphs), or an overlay canvas. */
interface HoverDrawing {
  show(hoveredId: string | null, emphasis: Emphasis | null): void;
}

/**
 * Renderless: lights up what the pointer is over (a node with its neighbours, an edge with its two
 * ends, as `hoverOf` says). Hover lives in the canvas: it writes nothing to the store, so the
 * shell does not re-render.
 *
 * - Small graphs (`overlay` false): classes `hover-in` and, with `fade`, `hover-out` on the rest,
 *   moved only on the elements whose hover state changes (hoverHighlight.ts). They sit over the
 *   selection's `emphasised`/`faded`, which are back as they were when the hover ends.
 * - Large graphs (`onOverlay`): nothing on Cytoscape's canvas changes (each redraw of it costs
 *   most of a second at 5,000 nodes); the neighbourhood is drawn on the canvas laid over it
 *   (`overlay`, graphOverlay.ts; nothing is drawn in the moment before it has loaded).
 *
 * The pointer's hover is drawn in the task of Cytoscape's own mouse event; `hoveredId` (the
 * tooltip's element, or the node stepped to with the keyboard) is applied in a layout effect,
 * before ReadableLabelController places labels, and is then most often a no-op.
 */
export function HoverController({
  cy,
  hoveredId,
  hoverOf,
  fade,
  onOverlay = false,
  overlay = null,
}: {
  cy: Core | null;
  hoveredId: string | null;
  hoverOf: (id: string) => Emphasis | null;
  fade: boolean;
  onOverlay?: boolean;
  overlay?: GraphOverlay | null;
}) {
  const drawing = useMemo((): HoverDrawing | null => {
    if (onOverlay) return overlay ? { show: (id, emphasis) => overlay.hover(id, emphasis) } : null;
    if (!cy) return null;
    const highlight = hoverHighlight(cy);
    return { show: (_id, emphasis) => highlight.show(emphasis, fade) };
  }, [cy, onOverlay, overlay, fade]);

  useEffect(() => {
    if (!cy || !drawing) return;
    // Moving from one element straight to another is an out then an over: drawn once.
    let pending: string | null | undefined;
    const apply = () => {
      if (pending === undefined) return;
      drawing.show(pending, pending ? hoverOf(pending) : null);
      pending = undefined;
    };
    const schedule = (id: string | null) => {
      if (pending === undefined) queueMicrotask(apply);
      pending = id;
    };
    const onOver = (e: EventObject) => schedule(e.target.id());
    const onOut = () => schedule(null);
    cy.on("mouseover", "node, edge", onOver);
    cy.on("mouseout", "node, edge", onOut);
    return () => {
      pending = undefined;
      cy.off("mouseover", "node, edge", onOver);
      cy.off("mouseout", "node, edge", onOut);
    };
  }, [cy, drawing, hoverOf]);
  useLayoutEffect(() => {
    drawing?.show(hoveredId, hoveredId ? hoverOf(hoveredId) : null);
  }, [drawing, hoveredId, hoverOf]);
  return null;
}
