// Communities by Louvain (graphology-communities-louvain), seeded so the same network always gets
// the same groups and colours. Loaded only when a reader colours by community.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { Dataset } from "./types.ts";
import { seededRandom } from "./seededRandom.ts";

/** node id → community number (1 = the largest). Isolated nodes are communities of their own. */
export function communities(dataset: Dataset, seed = 1): Map<string, number> {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const n of dataset.nodes) graph.addNode(n.id);
  for (const e of dataset.edges)
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.mergeEdge(e.source, e.target);
  const raw = louvain(graph, { rng: seededRandom(seed) });
  // Number the communities by size, largest first, so the palette's first colour is the largest.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i + 1]));
  return new Map(Object.entries(raw).map(([id, c]) => [id, rank.get(c) ?? 0]));
}
