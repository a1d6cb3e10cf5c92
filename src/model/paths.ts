// Shortest paths between two nodes, edges walked in either direction. Every shortest path is
// returned up to `max` (default 5), in lexicographic order of the node ids along the path, then of
// the edge ids hop by hop (parallel edges between the same two nodes make distinct paths).
// Enumeration stops at `max`, so a dense graph cannot blow up.
import type { Dataset } from "./types.ts";

import type { PathHop } from "./pathHops.ts";

export type { PathHop } from "./pathHops.ts";
export { pathEdges, pathNodes } from "./pathHops.ts";

export interface PathOptions {
  /** Only these edges may be walked. */
  edges?: Set<string>;
  /** At most this many paths; default 5. */
  max?: number;
}

/** node → neighbour → ids of the edges joining them, sorted. Self-loops are left out. */
function adjacency(
  d: Dataset,
  allowed: Set<string> | undefined,
): Map<string, Map<string, string[]>> {
  const adj = new Map<string, Map<string, string[]>>();
  const link = (a: string, b: string, id: string) => {
    let row = adj.get(a);
    if (!row) adj.set(a, (row = new Map()));
    const ids = row.get(b);
    if (ids) ids.push(id);
    else row.set(b, [id]);
  };
  for (const e of d.edges) {
    if ((allowed && !allowed.has(e.id)) || e.source === e.target) continue;
    link(e.source, e.target, e.id);
    link(e.target, e.source, e.id);
  }
  for (const row of adj.values()) for (const ids of row.values()) ids.sort(compare);
  return adj;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Hops from every node to `to`, breadth-first. */
function distancesTo(adj: Map<string, Map<string, string[]>>, to: string): Map<string, number> {
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of adj.get(n)?.keys() ?? []) {
        if (dist.has(m)) continue;
        dist.set(m, depth);
        next.push(m);
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * All shortest paths from `from` to `to`, at most `max`: [] when either node is unknown or they are
 * not connected, [[]] when from === to.
 */
export function shortestPaths(
  d: Dataset,
  from: string,
  to: string,
  opts: PathOptions = {},
): PathHop[][] {
  const max = opts.max ?? 5;
  const known = new Set(d.nodes.map((n) => n.id));
  if (max < 1 || !known.has(from) || !known.has(to)) return [];
  if (from === to) return [[]];
  const adj = adjacency(d, opts.edges);
  const dist = distancesTo(adj, to);
  if (!dist.has(from)) return [];
  const paths: PathHop[][] = [];

  // Every edge choice along one node path, in edge-id order, until `max` paths are found.
  const expand = (nodes: string[], hops: PathHop[]) => {
    const i = hops.length;
    if (i === nodes.length - 1) {
      paths.push([...hops]);
      return;
    }
    const [a, b] = [nodes[i] as string, nodes[i + 1] as string];
    for (const edgeId of adj.get(a)?.get(b) ?? []) {
      if (paths.length >= max) return;
      hops.push({ edgeId, from: a, to: b });
      expand(nodes, hops);
      hops.pop();
    }
  };

  // Node paths in lexicographic order: each step goes to a neighbour one hop closer to `to`.
  const walk = (nodes: string[]) => {
    const here = nodes[nodes.length - 1] as string;
    const left = dist.get(here) ?? 0;
    if (left === 0) {
      expand(nodes, []);
      return;
    }
    const next = [...(adj.get(here)?.keys() ?? [])].filter((m) => dist.get(m) === left - 1);
    for (const m of next.sort(compare)) {
      if (paths.length >= max) return;
      nodes.push(m);
      walk(nodes);
      nodes.pop();
    }
  };

  walk([from]);
  return paths;
}
