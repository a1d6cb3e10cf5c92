// Values that the GraphML and GEXF exporters both attach to nodes and edges, as plain strings.
import type { Dataset, GraphEdge, GraphNode, Source } from "../types.ts";
import { relationInfo } from "../vocabulary.ts";

/** The edge's evidence array, verbatim, as JSON (offsets refer to the cited source's text). */
export function quotesJson(edge: GraphEdge): string {
  return JSON.stringify(edge.evidence);
}

/** A node's facts with their evidence, verbatim, as JSON; undefined when it has none. */
export function factsJson(node: GraphNode): string | undefined {
  return node.facts && node.facts.length > 0 ? JSON.stringify(node.facts) : undefined;
}

export interface SourceRef {
  id: string;
  title: string;
  titleEn?: string;
  publisher: string;
  published?: string;
  url?: string;
}

function sourceRef(s: Source): SourceRef {
  const ref: SourceRef = { id: s.id, title: s.title, publisher: s.publisher };
  if (s.titleEn !== undefined) ref.titleEn = s.titleEn;
  if (s.published !== undefined) ref.published = s.published;
  if (s.url !== undefined) ref.url = s.url;
  return ref;
}

/**
 * The sources an edge cites, first citation first, as a JSON array of their metadata (no text).
 * An id the dataset does not know is kept as `{ id, title: "", publisher: "" }`.
 */
export function makeSourcesJson(d: Dataset): (edge: GraphEdge) => string {
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  return (edge) => {
    const ids = [...new Set(edge.evidence.map((e) => e.sourceId))];
    return JSON.stringify(
      ids.map((id) => {
        const s = byId.get(id);
        return s ? sourceRef(s) : { id, title: "", publisher: "" };
      }),
    );
  };
}

export function isUndirected(edge: GraphEdge): boolean {
  return relationInfo(edge.type).undirected === true;
}
