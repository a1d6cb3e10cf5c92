import { useEffect } from "react";
import type { Core } from "cytoscape";

/**
 * Renderless: mirrors the selected element id onto the canvas as class `selected`; not with
 * `byClass` false (large graphs, whose selection is drawn on the overlay: OverlayFocusController).
 */
export function SelectionController({
  cy,
  selectedId,
  byClass = true,
}: {
  cy: Core | null;
  selectedId: string | null;
  byClass?: boolean;
}) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".selected").removeClass("selected");
      if (selectedId && byClass) cy.getElementById(selectedId).addClass("selected");
    });
  }, [cy, selectedId, byClass]);
  return null;
}
