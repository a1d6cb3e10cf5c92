import { useEffect } from "react";
import type { Core } from "cytoscape";

/** Renderless: mirrors the selected element id onto the canvas as a class. */
export function SelectionController({
  cy,
  selectedId,
}: {
  cy: Core | null;
  selectedId: string | null;
}) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".selected").removeClass("selected");
      if (selectedId) cy.getElementById(selectedId).addClass("selected");
    });
  }, [cy, selectedId]);
  return null;
}
