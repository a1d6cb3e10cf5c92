// The dataset behind a view: the same contract (data/README.md), cut down to what is shown.
import type { Dataset, Evidence } from "../types.ts";

/**
 * Keeps the given nodes, the given edges whose two endpoints are both kept, and the sources that
 * the kept evidence cites (edges' quotes and kept nodes' facts). Everything kept is the original
 * object, unchanged and in the original order; source texts stay whole, so every `start`/`end`
 * still slices its quote. Unknown ids are ignored.
 */
export function subsetDataset(
  d: Dataset,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): Dataset {
  const nodes = d.nodes.filter((n) => nodeIds.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = d.edges.filter(
    (e) => edgeIds.has(e.id) && kept.has(e.source) && kept.has(e.target),
  );
  const cited = new Set<string>();
  const cite = (evidence: readonly Evidence[]): void => {
    for (const x of evidence) cited.add(x.sourceId);
  };
  for (const e of edges) cite(e.evidence);
  for (const n of nodes) for (const f of n.facts ?? []) cite(f.evidence);
  const sources = d.sources.filter((s) => cited.has(s.id));
  // A story survives only if everything it shows is still there.
  const keptEdges = new Set(edges.map((e) => e.id));
  const stories = (d.stories ?? []).filter((story) =>
    story.steps.every(
      (step) =>
        step.nodes.every((id) => kept.has(id)) &&
        step.edges.every((id) => keptEdges.has(id)) &&
        (!step.quote || keptEdges.has(step.quote.edge)),
    ),
  );
  return { schemaVersion: 1, sources, nodes, edges, ...(stories.length ? { stories } : {}) };
}
