// Cytoscape's drawing order for the base painter (basePainter.ts), kept instead of sorted again
// on every frame that changes what is shown.
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";

/** The part of Cytoscape's renderer that keeps its elements in drawing order. */
export interface ZSorting {
  cy: Core;
  cachedZSortedEles: ZSorted | null;
  getCachedZSortedEles(this: ZSorting, forceRecalc?: boolean): ZSorted;
  updateCachedGrabbedEles(this: ZSorting): void;
}
type Ele = NodeSingular | EdgeSingular;
type ZSorted = Ele[] & { interactive?: Ele[] };

/**
 * Cytoscape's drawing order (its `zIndexSort`: compound depth, nodes over edges, z-index, then
 * the order of adding), sorted again only when elements are added or removed. Cytoscape sorts
 * all its elements again whenever what is shown changes (~20 ms at 20,000, reading three styles
 * per comparison, on every frame of a filter), though showing or hiding moves nothing in this
 * order. Here nothing that Cytoscape still draws (labelled nodes) changes its z-index; what is
 * shown is read again each time, as Cytoscape does (`interactive`, its hit tests' list).
 */
export function stableZOrder(cy: Core) {
  // Sorted now, while the page is idle after the first paint: not in a filter's frame.
  let order: Ele[] | null = zOrder(cy);
  const forget = () => (order = null);
  cy.on("add remove", forget);
  const sorted = function (this: ZSorting, forceRecalc?: boolean): ZSorted {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    order ??= zOrder(cy);
    const eles: ZSorted = order.slice();
    eles.interactive = eles.filter((ele) => {
      // A style read applies a pending restyle (a class just set), which `interactive()`, read
      // from a cache, would not see; Cytoscape's own sort read every element's style first.
      pstyle(ele, "display");
      return (ele as unknown as { interactive(): boolean }).interactive();
    });
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles();
    return eles;
  };
  return { sorted, stop: () => cy.off("add remove", forget) };
}

function zOrder(cy: Core): Ele[] {
  const keyed = (cy.elements().toArray() as Ele[]).map((ele) => {
    const depth = String(pstyle(ele, "z-compound-depth").value);
    return {
      ele,
      depth: depth === "bottom" ? -1 : depth === "top" ? Number.MAX_SAFE_INTEGER : 0,
      kind: pstyle(ele, "z-index-compare").value === "auto" && ele.isNode() ? 1 : 0,
      z: Number(pstyle(ele, "z-index").value),
      pool: (ele as unknown as { poolIndex(): number }).poolIndex(),
    };
  });
  keyed.sort((a, b) => a.depth - b.depth || a.kind - b.kind || a.z - b.z || a.pool - b.pool);
  return keyed.map((k) => k.ele);
}

/** Cytoscape's computed style of an element (`pstyle`, not in its type definitions). */
export const pstyle = (el: NodeSingular | EdgeSingular, name: string) =>
  (el as unknown as { pstyle(n: string): { value: unknown; pfValue: unknown } }).pstyle(name);
