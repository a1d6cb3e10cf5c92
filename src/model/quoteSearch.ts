// Search over what the sources say: every quote, its translation, and every source's title. Built
// after the first draw, with the script fold (src/model/loadScriptFold.ts) when it is loaded: a
// query in either Chinese script finds text in the other. English words tolerate a few typos
// (fuse.js over the words of the translations and titles, the same limits as node search).
import Fuse from "fuse.js";
import type { Dataset } from "./types.ts";
import { identityFold, type Fold } from "./scriptFold.ts";
import { maxErrors } from "./search.ts";
import { foldForMatch, matchFolded, phraseOf, termsOf, type Range } from "./textMatch.ts";

export interface RelationHit {
  edgeId: string;
  /** Which of the edge's quotes matched (its index in `edge.evidence`). */
  evidence: number;
  field: "quote" | "translation";
  /** The whole text that matched, and where. */
  text: string;
  ranges: Range[];
  score: number;
}

export interface SourceHit {
  sourceId: string;
  text: string;
  ranges: Range[];
  score: number;
}

export interface QuoteSearch {
  /** Relations whose quotes (or their translations) hold the query: the best quote of each. */
  relations(query: string, limit?: number): RelationHit[];
  /** Sources whose title (or English title) holds the query. */
  sources(query: string, limit?: number): SourceHit[];
}

interface Field {
  owner: number;
  evidence: number;
  field: "quote" | "translation" | "title";
  text: string;
  folded: string;
}

const WORDS = /[\p{Script=Latin}\p{N}]{5,}/gu;
/** fuse.js score with ignoreLocation is errors / query length (as in search.ts). */
const FUZZY_THRESHOLD = 0.34;

export function createQuoteSearch(dataset: Dataset, fold: Fold = identityFold): QuoteSearch {
  const make = (owner: number, evidence: number, field: Field["field"], text: string): Field => ({
    owner,
    evidence,
    field,
    text,
    folded: foldForMatch(text, fold),
  });
  const quotes = dataset.edges.flatMap((edge, i) =>
    edge.evidence.flatMap((e, j) => [
      make(i, j, "quote", e.quote),
      make(i, j, "translation", e.translation),
    ]),
  );
  const titles = dataset.sources.flatMap((s, i) =>
    [s.title, s.titleEn ?? ""].filter(Boolean).map((t) => make(i, 0, "title", t)),
  );
  const vocabulary = [
    ...new Set([...quotes, ...titles].flatMap((f) => f.folded.match(WORDS) ?? [])),
  ];
  const fuse = new Fuse(vocabulary, {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    threshold: FUZZY_THRESHOLD,
  });
  const near = new Map<string, Set<string>>();
  const fuzzy = (term: string): ReadonlySet<string> => {
    let words = near.get(term);
    if (!words) {
      const allowed = /^[\p{Script=Latin}]+$/u.test(term) ? maxErrors(term.length) : 0;
      words = new Set(
        allowed === 0
          ? []
          : fuse
              .search(term)
              .filter((r) => (r.score ?? 1) * term.length <= allowed + 1e-9)
              .map((r) => r.item),
      );
      near.set(term, words);
    }
    return words;
  };
  const best = (fields: readonly Field[], query: string) => {
    const phrase = phraseOf(query, fold);
    const terms = termsOf(query, fold);
    const out = new Map<number, { field: Field; ranges: Range[]; score: number }>();
    if (terms.length === 0) return out;
    for (const f of fields) {
      const { ranges, score } = matchFolded(f.folded, phrase, terms, fuzzy);
      // The quote itself wins a tie with its translation.
      const adjusted = score + (f.field === "quote" ? 0.01 : 0);
      const seen = out.get(f.owner);
      if (score > 0 && (!seen || adjusted > seen.score))
        out.set(f.owner, { field: f, ranges, score: adjusted });
    }
    return out;
  };
  const ranked = <T>(found: Map<number, T & { score: number }>, limit: number) =>
    [...found].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, limit);
  return {
    relations(query, limit = Infinity) {
      return ranked(best(quotes, query), limit).map(([i, { field, ranges, score }]) => ({
        edgeId: dataset.edges[i]?.id ?? "",
        evidence: field.evidence,
        field: field.field === "quote" ? "quote" : "translation",
        text: field.text,
        ranges,
        score,
      }));
    },
    sources(query, limit = Infinity) {
      return ranked(best(titles, query), limit).map(([i, { field, ranges, score }]) => ({
        sourceId: dataset.sources[i]?.id ?? "",
        text: field.text,
        ranges,
        score,
      }));
    },
  };
}
