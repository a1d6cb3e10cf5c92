import type { Dataset } from "./types.ts";

export function summarize(d: Dataset) {
  const facts = d.nodes.flatMap((n) => n.facts ?? []);
  const factQuotes = facts.reduce((sum, f) => sum + f.evidence.length, 0);
  return {
    sources: d.sources.length,
    stories: d.stories?.length ?? 0,
    nodes: d.nodes.length,
    edges: d.edges.length,
    hedged: d.edges.filter((e) => e.certainty === "hedged").length,
    disputed: d.edges.filter((e) => e.certainty === "disputed").length,
    facts: facts.length,
    factQuotes,
    quotes: d.edges.reduce((sum, e) => sum + e.evidence.length, 0) + factQuotes,
  };
}
