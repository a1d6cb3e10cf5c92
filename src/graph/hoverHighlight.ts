import type { CollectionReturnValue, Core } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";

export interface HoverHighlight {
  /** Light up `emphasis` (class `hover-in`) and, with `fade`, dim the rest (`hover-out`). */
  show(emphasis: Emphasis | null, fade: boolean): void;
}

/**
 * The hover's classes on one graph. Each change moves them from the elements lit before to the
 * elements lit now: Cytoscape restyles only the elements whose classes change, so on a large graph
 * (no `fade`) a hover costs its neighbourhood, not the graph.
 */
export function hoverHighlight(cy: Core): HoverHighlight {
  let lit = cy.collection();
  let dim = cy.collection();
  return {
    show(emphasis, fade) {
      const nextLit = emphasis ? elementsOf(cy, emphasis) : cy.collection();
      const nextDim = emphasis && fade ? cy.elements().difference(nextLit) : cy.collection();
      cy.batch(() => {
        swap(lit, nextLit, "hover-in");
        swap(dim, nextDim, "hover-out");
      });
      lit = nextLit;
      dim = nextDim;
    },
  };
}

function elementsOf(cy: Core, emphasis: Emphasis): CollectionReturnValue {
  const found = cy.collection();
  for (const id of [...emphasis.nodes, ...emphasis.edges]) {
    const el = cy.getElementById(id);
    if (!el.empty()) found.merge(el);
  }
  return found;
}

/**
 * Moves class `c` from `before` to `after`. Cytoscape restyles every element it is asked to add a
 * class to or remove one from, even one that has it already: only the changes are asked for.
 */
function swap(before: CollectionReturnValue, after: CollectionReturnValue, c: string) {
  before
    .difference(after)
    .filter((el) => el.hasClass(c))
    .removeClass(c);
  after.filter((el) => !el.hasClass(c)).addClass(c);
}
