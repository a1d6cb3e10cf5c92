// One index per dataset: every lookup by id (a node, an edge, a source, a story, a node's edges, a
// source's relations) goes through it instead of scanning the arrays. Built once per dataset
// object and kept while that object lives (a WeakMap keyed by identity); a dataset is never
// changed in place, so the index never goes stale.
import type { Dataset, GraphEdge, GraphNode, Source } from "./types.ts";
import type { Story } from "./stories.ts";

export interface DatasetIndex {
  dataset: Dataset;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  sources: ReadonlyMap<string, Source>;
  stories: ReadonlyMap<string, Story>;
  /** A node's edges, in either direction, in the dataset's order (a self-loop once). */
  edgesOf(nodeId: string): readonly GraphEdge[];
  /** A node's number of relations: a relation counted once at each end, a self-loop once. */
  degree(nodeId: string): number;
  /** The relations a source supports (at least one of their quotes is from it). */
  edgesCiting(sourceId: string): readonly GraphEdge[];
}

const NONE: readonly GraphEdge[] = [];
const built = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = built.get(dataset);
  if (!index) {
    index = build(dataset);
    built.set(dataset, index);
  }
  return index;
}

function build(dataset: Dataset): DatasetIndex {
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edges = new Map(dataset.edges.map((e) => [e.id, e]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const stories = new Map((dataset.stories ?? []).map((s) => [s.id, s]));
  const byNode = new Map<string, GraphEdge[]>();
  const bySource = new Map<string, GraphEdge[]>();
  const push = (map: Map<string, GraphEdge[]>, key: string, e: GraphEdge) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of dataset.edges) {
    push(byNode, e.source, e);
    if (e.target !== e.source) push(byNode, e.target, e);
    const cited = new Set(e.evidence.map((x) => x.sourceId));
    for (const s of cited) push(bySource, s, e);
  }
  return {
    dataset,
    nodes,
    edges,
    sources,
    stories,
    edgesOf: (id) => byNode.get(id) ?? NONE,
    degree: (id) => byNode.get(id)?.length ?? 0,
    edgesCiting: (id) => bySource.get(id) ?? NONE,
  };
}
