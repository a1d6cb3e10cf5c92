import { useEffect } from "react";
import type { Emphasis } from "../model/emphasis.ts";
import type { GraphOverlay } from "./graphOverlay.ts";

/**
 * Renderless, large graphs: the selection's ring and the emphasis (the rest faded) are drawn on
 * the overlay (graphOverlay.ts), not as classes on thousands of elements: each class change on
 * Cytoscape's canvas is a restyle and a redraw of the whole graph. Declared after
 * VisibilityController, so that what a filter hides is hidden before the focus is drawn.
 */
export function OverlayFocusController({
  overlay,
  emphasis,
  selectedId,
}: {
  overlay: GraphOverlay | null;
  emphasis: Emphasis | null;
  selectedId: string | null;
}) {
  useEffect(() => {
    overlay?.focus(emphasis, selectedId);
  }, [overlay, emphasis, selectedId]);
  return null;
}
