// The nodes within one or two hops of a node, edges walked in either direction, and the edges among
// them. With `visibleEdges`, only those edges are walked or returned.
import type { Dataset } from "./types.ts";

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Undirected adjacency: node id → ids of its neighbours, over the allowed edges only. */
function neighbours(d: Dataset, allowed: Set<string> | undefined): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adj.get(a);
    if (list) list.push(b);
    else adj.set(a, [b]);
  };
  for (const e of d.edges) {
    if (allowed && !allowed.has(e.id)) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return adj;
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
  visibleEdges?: Set<string>,
): Neighbourhood {
  if (!d.nodes.some((n) => n.id === id)) return { nodes: new Set(), edges: new Set() };
  const adj = neighbours(d, visibleEdges);
  const nodes = new Set([id]);
  let frontier = [id];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of adj.get(n) ?? []) {
        if (nodes.has(m)) continue;
        nodes.add(m);
        next.push(m);
      }
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const e of d.edges) {
    if (visibleEdges && !visibleEdges.has(e.id)) continue;
    if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  }
  return { nodes, edges };
}
