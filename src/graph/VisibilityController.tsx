import { useEffect, useRef } from "react";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";

type State = "hidden" | "faded" | "emphasised" | "normal";

export type { Emphasis } from "../model/emphasis.ts";

/** A class change: an element and the state it is to be drawn in. */
export type ClassChange = [NodeSingular | EdgeSingular, State];

/** What a large graph's own drawing needs to hear of a filter (basePainter.ts). */
export interface HiddenSink {
  /**
   * Every hidden element, and the class changes for Cytoscape, which the painter applies after
   * its own frame (classSlices.ts), or at once when `now`.
   */
  setHidden(ids: ReadonlySet<string>, changes: readonly ClassChange[], now: boolean): void;
}

/**
 * Renderless: hides what the filters exclude, and fades everything outside the emphasis (focus,
 * path, a source's support; hover is HoverController's). Only classes change; the data is never
 * touched. With `fadeByClass` false (large graphs) only `hidden` is set: the emphasis is drawn on
 * the overlay (OverlayFocusController), which spares restyling thousands of elements.
 *
 * With a `painter` (a large graph drawn by the app, basePainter.ts):
 * - the painter hears every hidden element in the same task, and paints them away on the next
 *   frame;
 * - an edge whose end is hidden keeps its class as it is: Cytoscape neither draws nor hit-tests
 *   an edge without both ends, and restyling the thousands of edges of the nodes a filter hides
 *   was half of its cost;
 * - Cytoscape's classes (what its hit tests and `:visible` read) follow after that frame, nodes
 *   first (classSlices.ts); the first pass is applied at once.
 */
export function VisibilityController({
  cy,
  visible,
  emphasis,
  hideOutside,
  fadeByClass = true,
  painter = null,
}: {
  cy: Core | null;
  visible: Emphasis;
  emphasis: Emphasis | null;
  hideOutside: boolean;
  fadeByClass?: boolean;
  painter?: HiddenSink | null;
}) {
  // Only elements whose state changes are touched: with thousands of elements, a change of
  // selection must not restyle the whole graph. `drawn` mirrors each element's classes.
  const drawn = useRef(new Map<string, State>());
  const ran = useRef(false);
  useEffect(() => {
    if (!cy) return;
    const before = drawn.current;
    const hidden = new Set<string>();
    // What the filters leave out, and with `hideOutside` what lies outside the emphasis.
    const isHidden = (id: string, isNode: boolean) =>
      !(isNode ? visible.nodes : visible.edges).has(id) ||
      (hideOutside && emphasis !== null && !(isNode ? emphasis.nodes : emphasis.edges).has(id));
    const changes: ClassChange[] = [];
    cy.elements().forEach((el) => {
      const id = el.id();
      const isNode = el.isNode();
      const inside = !emphasis || (isNode ? emphasis.nodes.has(id) : emphasis.edges.has(id));
      const state: State = isHidden(id, isNode)
        ? "hidden"
        : !fadeByClass
          ? "normal"
          : !inside
            ? "faded"
            : emphasis
              ? "emphasised"
              : "normal";
      if (state === "hidden") hidden.add(id);
      if ((before.get(id) ?? "normal") === state) return;
      if (painter && state === "hidden" && !isNode) {
        const edge = el as EdgeSingular;
        if (isHidden(edge.source().id(), true) || isHidden(edge.target().id(), true)) return;
      }
      changes.push([el, state]);
      before.set(id, state);
    });
    const first = !ran.current;
    ran.current = true;
    if (painter) painter.setHidden(hidden, changes, first);
    else if (changes.length > 0) applyClasses(cy, changes);
  }, [cy, visible, emphasis, hideOutside, fadeByClass, painter]);
  return null;
}

/** Sets each element's class for its state (in one batch: one restyle). */
export function applyClasses(cy: Core, changes: readonly ClassChange[]) {
  cy.batch(() => {
    for (const [el, state] of changes) {
      if (el.removed()) continue;
      el.removeClass("hidden faded emphasised");
      if (state !== "normal") el.addClass(state);
    }
  });
}
