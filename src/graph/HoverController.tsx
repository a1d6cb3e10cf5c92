import { useEffect, useLayoutEffect, useMemo } from "react";
import type { Core, EventObject } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { hoverHighlight } from "./hoverHighlight.ts";

/**
 * Renderless: lights up what the pointer is over (a node with its neighbours, an edge with its two
 * ends, as `hoverOf` says) and, with `fade` (graphs below the large-graph threshold), dims the
 * rest. Hover lives in the canvas: it writes nothing to the store, so the shell does not
 * re-render, and only the elements whose hover state changes are restyled (hoverHighlight.ts).
 * Its classes sit over the selection's `emphasised`/`faded`, which are back as they were when the
 * hover ends.
 *
 * The pointer's hover is drawn in the task of Cytoscape's own mouse event, so it shares one
 * redraw with the class `hovered` (on a big graph each redraw is most of a hover's cost);
 * `hoveredId` (the tooltip's element, or the node stepped to with the keyboard) is applied in a
 * layout effect, before ReadableLabelController places labels, and is then most often a no-op.
 */
export function HoverController({
  cy,
  hoveredId,
  hoverOf,
  fade,
}: {
  cy: Core | null;
  hoveredId: string | null;
  hoverOf: (id: string) => Emphasis | null;
  fade: boolean;
}) {
  const highlight = useMemo(() => (cy ? hoverHighlight(cy) : null), [cy]);
  useEffect(() => {
    if (!cy || !highlight) return;
    // Moving from one element straight to another is an out then an over: drawn once.
    let pending: string | null | undefined;
    const apply = () => {
      if (pending === undefined) return;
      highlight.show(pending ? hoverOf(pending) : null, fade);
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
  }, [cy, highlight, hoverOf, fade]);
  useLayoutEffect(() => {
    highlight?.show(hoveredId ? hoverOf(hoveredId) : null, fade);
  }, [highlight, hoveredId, hoverOf, fade]);
  return null;
}
