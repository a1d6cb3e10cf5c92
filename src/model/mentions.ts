// Where sources name the network's entities: every alias, in either Chinese script (through the
// script fold, src/model/scriptFold.ts: the text and the names are folded alike, and the fold keeps
// offsets), the longest name winning where names overlap ("GPT-4" is not also "GPT"). Used by the
// source reader (marks that link to the entity), an entity's panel (how often each source names it,
// and where) and suggestions: sentences naming two entities that no relation between them cites.
import type { Dataset, GraphNode } from "./types.ts";
import { identityFold, type Fold } from "./scriptFold.ts";
import { indexDataset } from "./indexDataset.ts";

export interface Mention {
  sourceId: string;
  /** Where the first name of the node occurs in the source text (UTF-16 offsets). */
  start: number;
  end: number;
  count: number;
}

/** A place in a text that names a node. */
export interface Place {
  node: string;
  start: number;
  end: number;
}

export type Names = { node: string; name: string }[];

const WORD = /[A-Za-z0-9]/;

/** Every name of every node (label, Chinese label, aliases; 2+ characters), folded, longest first. */
export function namesOf(
  nodes: readonly Pick<GraphNode, "id" | "label" | "labelZh" | "aliases">[],
  fold: Fold = identityFold,
): Names {
  const out: Names = [];
  for (const n of nodes) {
    const own = [n.label, n.labelZh ?? "", ...n.aliases].filter((s) => s.length >= 2);
    for (const name of new Set(own.map(fold))) out.push({ node: n.id, name });
  }
  return out.sort((a, b) => b.name.length - a.name.length);
}

/**
 * Where known names occur in a (folded) text, longest first: "GPT-4" is not also a mention of
 * "GPT"; a Latin name only as a whole word ("GPT" is not in "ChatGPT").
 */
export function mentionsIn(text: string, names: Names): Place[] {
  const taken: Place[] = [];
  for (const { node, name } of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD.test(name[0] ?? "") && WORD.test(text[at - 1] ?? "")) continue;
      if (WORD.test(name.at(-1) ?? "") && WORD.test(text[end] ?? "")) continue;
      if (taken.some((m) => m.start < end && at < m.end)) continue;
      taken.push({ node, start: at, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Sentences with their offsets: split after Chinese and Latin sentence ends and at line breaks. */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const ends = /[。！？!?\n]|\.(?=\s)/g;
  let start = 0;
  for (let m = ends.exec(text); ; m = ends.exec(text)) {
    const end = m ? m.index + 1 : text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body });
    if (!m) return out;
    start = end;
  }
}

const cache = new WeakMap<Dataset, Map<Fold, Map<string, Place[]>>>();

/** Every mention in a source's text (built once per dataset, fold and source). */
export function mentionsInSource(dataset: Dataset, sourceId: string, fold = identityFold): Place[] {
  let byFold = cache.get(dataset);
  if (!byFold) cache.set(dataset, (byFold = new Map()));
  let bySource = byFold.get(fold);
  if (!bySource) byFold.set(fold, (bySource = new Map()));
  let places = bySource.get(sourceId);
  if (!places) {
    const source = indexDataset(dataset).sources.get(sourceId);
    places = source ? mentionsIn(fold(source.text), namesForDataset(dataset, fold)) : [];
    bySource.set(sourceId, places);
  }
  return places;
}

const nameCache = new WeakMap<Dataset, Map<Fold, Names>>();
function namesForDataset(dataset: Dataset, fold: Fold): Names {
  let byFold = nameCache.get(dataset);
  if (!byFold) nameCache.set(dataset, (byFold = new Map()));
  let names = byFold.get(fold);
  if (!names) byFold.set(fold, (names = namesOf(dataset.nodes, fold)));
  return names;
}

/** Each source that names the node: every place, in text order. */
export function placesOfNode(
  dataset: Dataset,
  nodeId: string,
  fold = identityFold,
): { sourceId: string; places: Place[] }[] {
  return dataset.sources.flatMap((s) => {
    const places = mentionsInSource(dataset, s.id, fold).filter((p) => p.node === nodeId);
    return places.length > 0 ? [{ sourceId: s.id, places }] : [];
  });
}

/** Sources whose text names the node, with the first place and how many places. */
export function sourcesMentioning(
  dataset: Dataset,
  node: GraphNode,
  fold = identityFold,
): Mention[] {
  return placesOfNode(dataset, node.id, fold).map(({ sourceId, places }) => ({
    sourceId,
    start: places[0]?.start ?? 0,
    end: places[0]?.end ?? 0,
    count: places.length,
  }));
}

/** A sentence naming two entities that no relation between them cites there. */
export interface Suggestion {
  sourceId: string;
  start: number;
  end: number;
  sentence: string;
  /** The pairs of node ids, each sorted, in the order first named. */
  pairs: [string, string][];
}

/**
 * Sentences of a source that name two entities whose relation does not cite that sentence (no
 * relation between them, or one that quotes other sentences only): for a maintainer to look at.
 */
export function suggestionsIn(
  dataset: Dataset,
  sourceId: string,
  fold = identityFold,
): Suggestion[] {
  let byFold = suggestionCache.get(dataset);
  if (!byFold) suggestionCache.set(dataset, (byFold = new Map()));
  let bySource = byFold.get(fold);
  if (!bySource) byFold.set(fold, (bySource = new Map()));
  let found = bySource.get(sourceId);
  if (!found) bySource.set(sourceId, (found = findSuggestions(dataset, sourceId, fold)));
  return found;
}

const suggestionCache = new WeakMap<Dataset, Map<Fold, Map<string, Suggestion[]>>>();

function findSuggestions(dataset: Dataset, sourceId: string, fold: Fold): Suggestion[] {
  const index = indexDataset(dataset);
  const source = index.sources.get(sourceId);
  if (!source) return [];
  const places = mentionsInSource(dataset, sourceId, fold);
  const quotes = index
    .edgesCiting(sourceId)
    .flatMap((e) =>
      e.evidence
        .filter((q) => q.sourceId === sourceId)
        .map((q) => ({ a: e.source, b: e.target, start: q.start, end: q.end })),
    );
  const out: Suggestion[] = [];
  for (const s of sentencesOf(source.text)) {
    const named = [
      ...new Set(places.filter((p) => p.start >= s.start && p.end <= s.end).map((p) => p.node)),
    ];
    const pairs: [string, string][] = [];
    named.forEach((a, i) =>
      named.slice(i + 1).forEach((b) => {
        const cited = quotes.some(
          (q) =>
            ((q.a === a && q.b === b) || (q.a === b && q.b === a)) &&
            q.start < s.end &&
            s.start < q.end,
        );
        if (!cited) pairs.push(a < b ? [a, b] : [b, a]);
      }),
    );
    if (pairs.length > 0)
      out.push({ sourceId, start: s.start, end: s.end, sentence: s.text, pairs });
  }
  return out;
}

/** Every suggestion of every source. */
export function suggestionsOf(dataset: Dataset, fold = identityFold): Suggestion[] {
  return dataset.sources.flatMap((s) => suggestionsIn(dataset, s.id, fold));
}
