import { useEffect } from "react";
import type { Core } from "cytoscape";
import { labelsThatFit } from "../model/labelPlacement.ts";
import { SCALE_LABEL_GEOMETRY, SCALE_LABEL_ZOOM } from "./largeStylesheet.ts";
import type { Emphasis } from "./VisibilityController.tsx";

/** How long the camera must rest before labels are added, in ms. */
const SETTLE_MS = 120;
/** Nodes this far outside the view (a fraction of its size) are labelled too, ready for a pan. */
const MARGIN = 0.25;

/**
 * Renderless, for large graphs: once the camera rests zoomed in far enough for labels to be
 * readable, gives the nodes in and around the view their labels (class `labelled`), but only
 * labels that cover no other: where they would, the node with more links keeps its label (the
 * others show theirs when hovered or selected). Labels are never taken away again; nodes never
 * seen up close are never labelled, so their labels are never measured or laid out.
 */
export function LabelController({
  cy,
  active,
  emphasis,
}: {
  cy: Core | null;
  active: boolean;
  /** What is in focus (a selection and its neighbours, a hover, a path): its labels are chosen. */
  emphasis: Emphasis | null;
}) {
  useEffect(() => {
    if (!cy || !active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Chosen once, the first time labels are wanted: overlap does not depend on the zoom.
    let fits: Set<string> | null = null;
    const chooseLabels = () =>
      labelsThatFit(
        cy.nodes().map((n) => ({
          id: n.id(),
          ...n.position(),
          label: String(n.data("label") ?? ""),
          priority: n.degree(false),
        })),
        SCALE_LABEL_GEOMETRY,
      );
    const label = () => {
      if (cy.zoom() < SCALE_LABEL_ZOOM) return;
      fits ??= chooseLabels();
      const chosen = fits;
      const e = cy.extent();
      const mx = e.w * MARGIN;
      const my = e.h * MARGIN;
      const fresh = cy.nodes().filter((n) => {
        if (n.hasClass("labelled") || !chosen.has(n.id())) return false;
        const p = n.position();
        return p.x >= e.x1 - mx && p.x <= e.x2 + mx && p.y >= e.y1 - my && p.y <= e.y2 + my;
      });
      if (fresh.nonempty()) fresh.addClass("labelled");
    };
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(label, SETTLE_MS);
    };
    label();
    cy.on("viewport", settle);
    return () => {
      clearTimeout(timer);
      cy.off("viewport", settle);
    };
  }, [cy, active]);
  // A focus (a hub selected: hundreds of neighbours) labels what fits of it by the same rule,
  // the selection first, then the nodes with more links; the rest of the focus stays silent.
  useEffect(() => {
    if (!cy || !active) return;
    cy.batch(() => {
      cy.nodes(".labelled-focus, .label-off").removeClass("labelled-focus label-off");
      if (!emphasis) return;
      const focus = cy
        .nodes(":visible")
        .filter((n) => emphasis.nodes.has(n.id()))
        .nodes();
      const fits = labelsThatFit(
        focus.map((n) => ({
          id: n.id(),
          ...n.position(),
          label: String(n.data("label") ?? ""),
          priority: n.hasClass("selected") ? Infinity : n.degree(false),
        })),
        SCALE_LABEL_GEOMETRY,
      );
      focus.forEach((n) => {
        n.addClass(fits.has(n.id()) ? "labelled-focus" : "label-off");
      });
    });
  }, [cy, active, emphasis]);
  return null;
}
