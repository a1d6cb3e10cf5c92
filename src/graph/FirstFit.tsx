import { useLayoutEffect } from "react";
import type { Core } from "cytoscape";
import { fitPadding, fitViewport } from "./fitView.ts";

/**
 * Renderless: fits the picture to the canvas once, when the elements first arrive. Declared
 * before CameraController, whose layout effect then puts a linked camera in its place.
 *
 * It also styles the first elements, in one batch. react-cytoscapejs adds them in a batch, and
 * Cytoscape styles each one when its style is first read. Read one at a time (by the fit's
 * `:visible`, then by the first frame), each element told the renderer of its new bounds on its
 * own: ~2,300 notifications before the built-in graph's first frame. In a batch they arrive
 * merged, and the first frame has ~15 ms less to do (long tasks, 15 loads).
 */
export function FirstFit({ cy }: { cy: Core | null }) {
  useLayoutEffect(() => {
    if (!cy) return;
    let target: ReturnType<typeof fitViewport> = null;
    cy.batch(() => {
      // Reading any style property styles the element.
      cy.elements().forEach((e) => void e.numericStyle("opacity"));
      target = fitViewport(cy, fitPadding(cy));
    });
    if (target) cy.viewport(target);
  }, [cy]);
  return null;
}
