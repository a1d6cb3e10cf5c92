// A tiny builder of hand-made datasets for unit tests: ids, types and spans, nothing else.
import type { Certainty, Dataset, Evidence, GraphEdge, GraphNode, Source } from "./types.ts";
import type { Story } from "./stories.ts";
import { relationInfo, type NodeType, type RelationType } from "./vocabulary.ts";

export interface EdgeOptions {
  from?: string;
  to?: string;
  certainty?: Certainty;
  /** Ids of the sources quoted, one quote each; default ["s1"]. */
  sources?: string[];
  /** Defaults to "source--type--target", the compiler's convention. */
  id?: string;
}

export type NodeSpec = [id: string, type: NodeType];
export type EdgeSpec =
  | [source: string, type: RelationType, target: string]
  | [source: string, type: RelationType, target: string, options: EdgeOptions];

function evidence(sourceId: string): Evidence {
  return { sourceId, quote: "q", start: 0, end: 1, translation: "q" };
}

function source(id: string): Source {
  return { id, title: id, publisher: "test", language: "en", text: "q" };
}

export function makeDataset(spec: {
  nodes: NodeSpec[];
  edges?: EdgeSpec[];
  stories?: Story[];
}): Dataset {
  const nodes: GraphNode[] = spec.nodes.map(([id, type]) => ({
    id,
    type,
    label: id,
    aliases: [],
    position: { x: 0, y: 0 },
  }));
  const sourceIds = new Set<string>();
  const edges: GraphEdge[] = (spec.edges ?? []).map(([from, type, to, o = {}]) => {
    const sources = o.sources ?? ["s1"];
    for (const s of sources) sourceIds.add(s);
    const edge: GraphEdge = {
      id: o.id ?? `${from}--${type}--${to}`,
      source: from,
      target: to,
      type,
      label: relationInfo(type).label,
      certainty: o.certainty ?? "stated",
      evidence: sources.map(evidence),
    };
    if (o.from !== undefined) edge.from = o.from;
    if (o.to !== undefined) edge.to = o.to;
    return edge;
  });
  const d: Dataset = { schemaVersion: 1, sources: [...sourceIds].sort().map(source), nodes, edges };
  if (spec.stories) d.stories = spec.stories;
  return d;
}
