import { useLayoutEffect, useMemo } from "react";
import type { Core } from "cytoscape";
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
 * A layout effect, declared before ReadableLabelController: labels are placed with the hover's
 * classes in place.
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
  useLayoutEffect(() => {
    highlight?.show(hoveredId ? hoverOf(hoveredId) : null, fade);
  }, [highlight, hoveredId, hoverOf, fade]);
  return null;
}
