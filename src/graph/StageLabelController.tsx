import { useEffect } from "react";
import type { Core } from "cytoscape";

/** Renderless, for talks: keeps labels at least `px` pixels tall on screen at any zoom. */
export function StageLabelController({ cy, px }: { cy: Core | null; px: number | null }) {
  useEffect(() => {
    if (!cy || px === null) return;
    let frame = 0;
    const apply = () => {
      frame = 0;
      cy.style()
        .selector("node")
        .style("font-size", px / cy.zoom())
        .update();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    apply();
    cy.on("zoom", schedule);
    return () => {
      cancelAnimationFrame(frame);
      cy.off("zoom", schedule);
    };
  }, [cy, px]);
  return null;
}
