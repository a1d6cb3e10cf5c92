import { useEffect, useRef } from "react";
import type { Core } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";

type State = "hidden" | "faded" | "emphasised" | "normal";

export type { Emphasis } from "../model/emphasis.ts";

/**
 * Renderless: hides what the filters exclude, and fades everything outside the emphasis (focus,
 * path, a source's support; hover is HoverController's). Only classes change; the data is never
 * touched. With `fadeByClass` false (large graphs) only `hidden` is set: the emphasis is drawn on
 * the overlay (OverlayFocusController), which spares restyling thousands of elements.
 */
export function VisibilityController({
  cy,
  visible,
  emphasis,
  hideOutside,
  fadeByClass = true,
}: {
  cy: Core | null;
  visible: Emphasis;
  emphasis: Emphasis | null;
  hideOutside: boolean;
  fadeByClass?: boolean;
}) {
  // Only elements whose state changes are touched: with thousands of elements, a change of
  // selection must not restyle the whole graph.
  const drawn = useRef(new Map<string, State>());
  useEffect(() => {
    if (!cy) return;
    const before = drawn.current;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const id = el.id();
        const isNode = el.isNode();
        const shown = isNode ? visible.nodes.has(id) : visible.edges.has(id);
        const inside = !emphasis || (isNode ? emphasis.nodes.has(id) : emphasis.edges.has(id));
        const state: State =
          !shown || (hideOutside && !inside)
            ? "hidden"
            : !fadeByClass
              ? "normal"
              : !inside
                ? "faded"
                : emphasis
                  ? "emphasised"
                  : "normal";
        if ((before.get(id) ?? "normal") === state) return;
        el.removeClass("hidden faded emphasised");
        if (state !== "normal") el.addClass(state);
        before.set(id, state);
      });
    });
  }, [cy, visible, emphasis, hideOutside, fadeByClass]);
  return null;
}
