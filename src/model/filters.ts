// What the filters leave on screen. The rules:
// - An edge is visible when its relation type and its certainty are not hidden, at least one of
//   its quotes (supporting or contradicting) comes from a source that is not hidden, neither
//   endpoint's node type is hidden, and, when `years` is set, its span overlaps the range (both
//   ends inclusive; open ends reach forever). Undated edges stay visible under a year range: most
//   relations carry no date, and hiding them would hide most of the graph.
// - A node is visible when its type is not hidden and either it has at least one visible edge, or
//   no edge filter is active (relation types, sources, certainties and years all unset): filtering
//   by source or time leaves no orphan nodes on screen, while hiding a node type alone keeps every
//   node of the other types.
// - Counts: `visible` is what the current filters show, `total` what the dataset holds. A source
//   counts every relation that quotes it at least once.
// - Unsourced edges (no quote at all) have their own certainty value, "unsourced", and show only
//   while no source is hidden: hiding sources means "show what these sources support".
import { edgeYears, overlapsYears } from "./years.ts";
import type { Certainty, Dataset, GraphEdge } from "./types.ts";
import { NODE_TYPES, RELATION_TYPE_IDS, type NodeType, type RelationType } from "./vocabulary.ts";

export interface Filters {
  hiddenNodeTypes: NodeType[];
  hiddenRelationTypes: RelationType[];
  hiddenSources: string[];
  hiddenCertainties: Grade[];
  /** Inclusive range of years; null = no time filter. */
  years: { from: number; to: number } | null;
}

export const NO_FILTERS: Filters = {
  hiddenNodeTypes: [],
  hiddenRelationTypes: [],
  hiddenSources: [],
  hiddenCertainties: [],
  years: null,
};

/** A relation's certainty, or "unsourced" when no quote supports it. */
export type Grade = Certainty | "unsourced";

export const CERTAINTIES: readonly Grade[] = ["stated", "hedged", "disputed", "unsourced"];

export function gradeOf(e: Pick<GraphEdge, "certainty" | "unsourced">): Grade {
  return e.unsourced ? "unsourced" : e.certainty;
}

export interface Count {
  visible: number;
  total: number;
}

export interface FilterCounts {
  nodeTypes: Record<NodeType, Count>;
  relationTypes: Record<RelationType, Count>;
  /** Keyed by source id: the relations quoting each source. */
  sources: Record<string, Count>;
  certainties: Record<Grade, Count>;
  nodes: Count;
  edges: Count;
}

export function isFiltering(f: Filters): boolean {
  return f.hiddenNodeTypes.length > 0 || hasEdgeFilter(f);
}

function hasEdgeFilter(f: Filters): boolean {
  return (
    f.hiddenRelationTypes.length > 0 ||
    f.hiddenSources.length > 0 ||
    f.hiddenCertainties.length > 0 ||
    f.years !== null
  );
}

function edgeSourceIds(edge: GraphEdge): Set<string> {
  return new Set(edge.evidence.map((e) => e.sourceId));
}

export function visibleElements(
  d: Dataset,
  f: Filters,
): { nodes: Set<string>; edges: Set<string> } {
  const hiddenNodeTypes = new Set(f.hiddenNodeTypes);
  const hiddenRelations = new Set(f.hiddenRelationTypes);
  const hiddenSources = new Set(f.hiddenSources);
  const hiddenCertainties = new Set(f.hiddenCertainties);
  const typeShown = new Map(d.nodes.map((n) => [n.id, !hiddenNodeTypes.has(n.type)]));
  const edgeShown = (e: GraphEdge): boolean => {
    if (hiddenRelations.has(e.type) || hiddenCertainties.has(gradeOf(e))) return false;
    if (!typeShown.get(e.source) || !typeShown.get(e.target)) return false;
    if (
      e.evidence.length === 0
        ? hiddenSources.size > 0
        : !e.evidence.some((x) => !hiddenSources.has(x.sourceId))
    )
      return false;
    if (f.years === null) return true;
    const span = edgeYears(e);
    return span === null || overlapsYears(span, f.years);
  };
  const edges = new Set<string>();
  const withEdge = new Set<string>();
  for (const e of d.edges) {
    if (!edgeShown(e)) continue;
    edges.add(e.id);
    withEdge.add(e.source);
    withEdge.add(e.target);
  }
  const everyNode = !hasEdgeFilter(f);
  const nodes = new Set<string>();
  for (const n of d.nodes) {
    if (typeShown.get(n.id) && (everyNode || withEdge.has(n.id))) nodes.add(n.id);
  }
  return { nodes, edges };
}

function zero<K extends string>(keys: readonly K[]): Record<K, Count> {
  return Object.fromEntries(keys.map((k) => [k, { visible: 0, total: 0 }])) as Record<K, Count>;
}

function tally(counts: Record<string, Count>, key: string, visible: boolean): void {
  const c = (counts[key] ??= { visible: 0, total: 0 });
  c.total += 1;
  if (visible) c.visible += 1;
}

export function filterCounts(d: Dataset, f: Filters): FilterCounts {
  const shown = visibleElements(d, f);
  const nodeTypes = zero(NODE_TYPES);
  const relationTypes = zero(RELATION_TYPE_IDS);
  const certainties = zero(CERTAINTIES);
  const sources = zero(d.sources.map((s) => s.id));
  for (const n of d.nodes) tally(nodeTypes, n.type, shown.nodes.has(n.id));
  for (const e of d.edges) {
    const visible = shown.edges.has(e.id);
    tally(relationTypes, e.type, visible);
    tally(certainties, gradeOf(e), visible);
    for (const s of edgeSourceIds(e)) tally(sources, s, visible);
  }
  return {
    nodeTypes,
    relationTypes,
    sources,
    certainties,
    nodes: { visible: shown.nodes.size, total: d.nodes.length },
    edges: { visible: shown.edges.size, total: d.edges.length },
  };
}
