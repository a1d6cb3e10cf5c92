// Finding a query in running text (quotes, translations, titles), with the places it was found so
// the UI can highlight them: either Chinese script (through a Fold), any case, and for English a
// few typos per word (the caller hands over the fuzzy word matches, see quoteSearch.ts).
import { identityFold, type Fold } from "./scriptFold.ts";

/** [start, end) in UTF-16 units of the original text. */
export type Range = readonly [start: number, end: number];

/** Lower case where that keeps the length (so offsets survive), then the script fold. */
export function foldForMatch(text: string, fold: Fold = identityFold): string {
  let out = "";
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return fold(out);
}

const TERM_SPLIT = /[\s\p{P}\p{S}]+/u;

/** The query's words (at least one letter or digit each), folded. */
export function termsOf(query: string, fold: Fold = identityFold): string[] {
  return foldForMatch(query.normalize("NFKC"), fold)
    .split(TERM_SPLIT)
    .filter((t) => /[\p{L}\p{N}]/u.test(t) && !/^[\p{Script=Latin}\p{N}]$/u.test(t));
}

const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;
const LETTER = /[\p{Script=Latin}\p{N}]/u;

/**
 * Every place `needle` occurs in `haystack` (both folded), not overlapping. A word in Latin script
 * is found at the start of a word only ("tian" is not in "Christian"); Chinese anywhere.
 */
export function occurrences(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const atWordStart = LATIN_START.test(needle);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (atWordStart && LETTER.test(haystack.charAt(at - 1))) continue;
    out.push([at, at + needle.length]);
    at += needle.length - 1;
  }
  return out;
}

export interface TextMatch {
  ranges: Range[];
  /** 3 the whole query as written, (1, 2] every word found (fuzzy ones count less), else 0. */
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where the query is in a folded text: the whole phrase first; else every word, each as written
 * or as one of its `fuzzy` spellings (whole words of the text within a few typos).
 */
export function matchFolded(
  folded: string,
  phrase: string,
  terms: readonly string[],
  fuzzy: (term: string) => ReadonlySet<string> = () => new Set(),
): TextMatch {
  if (!phrase || terms.length === 0) return { ranges: [], score: 0 };
  const whole = occurrences(folded, phrase);
  if (whole.length > 0) return { ranges: whole, score: 3 };
  const ranges: Range[] = [];
  let exact = 0;
  for (const term of terms) {
    const found = occurrences(folded, term);
    if (found.length > 0) {
      exact++;
      ranges.push(...found);
      continue;
    }
    const near = fuzzy(term);
    const close: Range[] = [];
    for (const m of folded.matchAll(WORD))
      if (near.has(m[0])) close.push([m.index, m.index + m[0].length]);
    if (close.length === 0) return { ranges: [], score: 0 };
    ranges.push(...close);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { ranges, score: 1 + exact / terms.length };
}

/** The folded query as one phrase: its words joined by single spaces. */
export function phraseOf(query: string, fold: Fold = identityFold): string {
  return foldForMatch(query.normalize("NFKC").trim(), fold).replace(/\s+/g, " ");
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

/**
 * A short piece of `text` around its first range, the ranges shifted into it; "…" where cut.
 * `before`/`after`: characters of context each side.
 */
export function snippetOf(
  text: string,
  ranges: readonly Range[],
  before = 24,
  after = 60,
): Snippet {
  const first = ranges[0];
  if (!first)
    return {
      text: text.slice(0, before + after) + (text.length > before + after ? "…" : ""),
      ranges: [],
    };
  const from = Math.max(0, first[0] - before);
  const to = Math.min(text.length, Math.max(first[1], first[0]) + after);
  const lead = from > 0 ? "…" : "";
  const shift = lead.length - from;
  const inside = ranges
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]) => [s + shift, e + shift] as const);
  return { text: lead + text.slice(from, to) + (to < text.length ? "…" : ""), ranges: inside };
}
