// The nodes within one or two hops of a node, edges walked in either direction, and the edges among
// them. With `visibleEdges`, only those edges are walked or returned. Walks the dataset's index:
// the cost is that of the neighbourhood, not of the graph (a hover on a big graph pays little).
import type { Dataset } from "./types.ts";
import { indexDataset } from "./indexDataset.ts";

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Breadth-first to depth `hops` from `id` (included). The edges are every allowed edge whose two
 * ends are both in the neighbourhood, which takes in every edge walked. An unknown id gives empty
 * sets.
 */
export function neighbourhood(
  d: Dataset,
  id: string,
  hops: 1 | 2,
  visibleEdges?: ReadonlySet<string>,
): Neighbourhood {
  const index = indexDataset(d);
  if (!index.nodes.has(id)) return { nodes: new Set(), edges: new Set() };
  const allowed = (edgeId: string) => !visibleEdges || visibleEdges.has(edgeId);
  const nodes = new Set([id]);
  let frontier = [id];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const e of index.edgesOf(n)) {
        if (!allowed(e.id)) continue;
        const m = e.source === n ? e.target : e.source;
        if (nodes.has(m)) continue;
        nodes.add(m);
        next.push(m);
      }
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const n of nodes) {
    for (const e of index.edgesOf(n)) {
      if (allowed(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
    }
  }
  return { nodes, edges };
}
