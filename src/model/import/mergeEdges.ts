// Merging edge records: records with the same ends, type and label become one edge. For
// undirected edges the ends are unordered (B–A is A–B: a reciprocal record) and are stored in
// alphabetical order, as Quotegraph stores undirected relations.
import type { Evidence, Source } from "../types.ts";
import { relationLabel, relationTypeOf } from "./relationTypes.ts";
import { UNTYPED, type ImportedDatasetEdge } from "./importedDataset.ts";
import { count } from "./lines.ts";
import type { ImportedEdge } from "./types.ts";

export interface Merged {
  edges: ImportedDatasetEdge[];
  duplicateEdges: number;
  reciprocalEdges: number;
  notes: string[];
}

export function mergeEdges(records: readonly ImportedEdge[], sources: readonly Source[]): Merged {
  const texts = new Map(sources.filter((s) => s.text !== "").map((s) => [s.id, s.text]));
  const byKey = new Map<string, { edge: ImportedDatasetEdge; orientations: Set<string> }>();
  const ids = new Set<string>();
  // The next --n to try per base id: linear when many edges share ends and type.
  const nextSuffix = new Map<string, number>();
  const edges: ImportedDatasetEdge[] = [];
  let duplicateEdges = 0;
  let reciprocalEdges = 0;
  let weightConflicts = 0;
  for (const r of records) {
    const rawType = r.type?.trim() || undefined;
    const relationType = relationTypeOf(rawType) ?? relationTypeOf(r.label);
    const type = rawType ?? relationType ?? UNTYPED;
    const label = r.label?.trim() || (relationType ? relationLabel(relationType) : rawType) || "";
    const [source, target] =
      !r.directed && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = [r.directed ? "d" : "u", source, target, type, label].join("\u0000");
    const orientation = `${r.source}\u0000${r.target}`;
    const found = byKey.get(key);
    if (found) {
      if (found.orientations.has(orientation)) duplicateEdges++;
      else {
        reciprocalEdges++;
        found.orientations.add(orientation);
      }
      found.edge.count++;
      if (r.weight !== undefined && r.weight !== found.edge.weight) weightConflicts++;
      addQuote(found.edge, r, texts);
      continue;
    }
    const base = `${source}--${type}--${target}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (ids.has(id)) id = `${base}--${n++}`;
    nextSuffix.set(base, n);
    ids.add(id);
    const edge: ImportedDatasetEdge = {
      id,
      source,
      target,
      type,
      ...(relationType ? { relationType } : {}),
      label,
      ...(r.weight === undefined ? {} : { weight: r.weight }),
      directed: r.directed,
      certainty: "stated",
      evidence: [],
      unsourced: true,
      count: 1,
      attributes: r.attributes,
    };
    addQuote(edge, r, texts);
    byKey.set(key, { edge, orientations: new Set([orientation]) });
    edges.push(edge);
  }
  return { edges, duplicateEdges, reciprocalEdges, notes: notesFor() };

  function notesFor(): string[] {
    const notes: string[] = [];
    if (edges.some((e) => !e.directed)) {
      notes.push("Undirected edges are stored with their two ids in alphabetical order.");
    }
    if (reciprocalEdges > 0) {
      notes.push(
        `${count(reciprocalEdges, "undirected record")} repeating an edge the other way round (B–A after A–B) merged into it.`,
      );
    }
    if (duplicateEdges > 0) {
      notes.push(
        `${count(duplicateEdges, "duplicate record")} (same ends, type and label) merged; an edge's "count" says how many records it stands for.`,
      );
    }
    if (weightConflicts > 0) {
      notes.push(
        `${count(weightConflicts, "merged record")} had another weight than the first record: the first weight was kept.`,
      );
    }
    const loops = edges.filter((e) => e.source === e.target).length;
    if (loops > 0) notes.push(`${count(loops, "self-loop")} (a node linked to itself) kept.`);
    const mutual = mutualPairs(edges);
    if (mutual > 0) {
      notes.push(
        `${count(mutual, "pair")} of nodes linked both ways by directed edges: kept as two edges each.`,
      );
    }
    const evidenced = edges.filter((e) => e.evidence.length > 0).length;
    const unverified = edges.filter((e) => e.unverifiedQuotes).length;
    if (evidenced > 0)
      notes.push(
        `${count(evidenced, "edge")} with a quote found in its source text (certainty "stated").`,
      );
    if (unverified > 0) {
      notes.push(
        `${count(unverified, "edge")} with a quote that could not be checked (no source text in the file): kept as unverified quotes, not evidence.`,
      );
    }
    if (edges.length > 0 && evidenced === 0)
      notes.push("No edge is backed by a located quote: all are unsourced.");
    return notes;
  }
}

function addQuote(edge: ImportedDatasetEdge, r: ImportedEdge, texts: Map<string, string>): void {
  if (r.quote === undefined) return;
  const text = r.sourceId === undefined ? undefined : texts.get(r.sourceId);
  const start = text === undefined ? -1 : text.indexOf(r.quote);
  if (r.sourceId !== undefined && start !== -1) {
    if (edge.evidence.some((e) => e.sourceId === r.sourceId && e.start === start)) return;
    const evidence: Evidence = {
      sourceId: r.sourceId,
      quote: r.quote,
      start,
      end: start + r.quote.length,
      translation: r.translation ?? "",
    };
    edge.evidence.push(evidence);
    edge.unsourced = false;
    return;
  }
  const quotes = (edge.unverifiedQuotes ??= []);
  if (quotes.some((q) => q.quote === r.quote && q.sourceId === r.sourceId)) return;
  quotes.push({
    quote: r.quote,
    ...(r.sourceId === undefined ? {} : { sourceId: r.sourceId }),
    ...(r.translation === undefined ? {} : { translation: r.translation }),
  });
}

function mutualPairs(edges: readonly ImportedDatasetEdge[]): number {
  const directed = new Set(
    edges
      .filter((e) => e.directed && e.source !== e.target)
      .map((e) => `${e.source}\u0000${e.target}`),
  );
  let n = 0;
  for (const key of directed) {
    const [s, t] = key.split("\u0000");
    if ((s ?? "") < (t ?? "") && directed.has(`${t ?? ""}\u0000${s ?? ""}`)) n++;
  }
  return n;
}
