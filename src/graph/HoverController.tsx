import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { Core, EventObject } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { hoverHighlight } from "./hoverHighlight.ts";
import type { HoverOverlay } from "./hoverOverlay.ts";

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
 * - Large graphs (`overlay`): nothing on Cytoscape's canvas changes (each redraw of it costs most of
 *   a second at 5,000 nodes); the neighbourhood is drawn on a canvas laid over it
 *   (hoverOverlay.ts, loaded only then).
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
  overlay = false,
  dark = false,
}: {
  cy: Core | null;
  hoveredId: string | null;
  hoverOf: (id: string) => Emphasis | null;
  fade: boolean;
  overlay?: boolean;
  dark?: boolean;
}) {
  const classes = useMemo((): HoverDrawing | null => {
    if (!cy || overlay) return null;
    const highlight = hoverHighlight(cy);
    return { show: (_id, emphasis) => highlight.show(emphasis, fade) };
  }, [cy, overlay, fade]);
  const [layer, setLayer] = useState<HoverOverlay | null>(null);
  useEffect(() => {
    if (!cy || !overlay) return;
    let live = true;
    let made: HoverOverlay | null = null;
    void import("./hoverOverlay.ts").then(({ createHoverOverlay }) => {
      if (!live || cy.destroyed()) return;
      made = createHoverOverlay(cy, dark);
      setLayer(made);
    });
    return () => {
      live = false;
      made?.destroy();
      setLayer(null);
    };
  }, [cy, overlay, dark]);
  const drawing: HoverDrawing | null = overlay ? layer : classes;

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
