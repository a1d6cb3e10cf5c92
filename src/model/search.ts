// Node search: exact, prefix and substring matches on normalized keys, then fuzzy (fuse.js) for
// small typos. Keys are baked at build time (src/model/searchKeys.ts: simplified/traditional
// variants and toneless pinyin); nodes without them fall back to their label and aliases.
import Fuse from "fuse.js";
import type { GraphNode } from "./types.ts";

export interface SearchHit {
  id: string;
  label: string;
  /** The key (or the label/alias it came from) that matched, for display. */
  matched: string;
  /**
   * Higher is better: 4 exact, [3, 3.5) prefix, [2, 2.5) substring, (0, 1) fuzzy; within a tier,
   * the more of the key the query covers, the higher.
   */
  score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

const EXACT = 4;
const PREFIX = 3;
const SUBSTRING = 2;
/** fuse.js score with ignoreLocation is errors / query length. */
const FUZZY_THRESHOLD = 0.34;
const DEFAULT_LIMIT = 20;

/** NFKC, lower case, and only letters, marks and digits (so CJK stays; spaces, punctuation go). */
export function normalizeForSearch(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]/gu, "");
}

/**
 * Typos tolerated for a normalized query of this length (a swap of two letters is two): none
 * below 5 letters, where one edit already reaches unrelated words; two from 7 ("peebels").
 */
export function maxErrors(length: number): number {
  if (length < 5) return 0;
  return length < 7 ? 1 : Math.max(2, Math.floor(length / 6));
}

interface Entry {
  node: number;
  key: string;
  matched: string;
}

function entriesOf(node: GraphNode, index: number): Entry[] {
  const display = new Map<string, string>();
  for (const text of [node.label, node.labelZh, ...node.aliases]) {
    if (text === undefined) continue;
    const key = normalizeForSearch(text);
    if (key && !display.has(key)) display.set(key, text);
  }
  const keys = node.searchKeys?.length ? node.searchKeys : [...display.keys()];
  return [...new Set(keys)]
    .filter((key) => key.length > 0)
    .map((key) => ({ node: index, key, matched: display.get(key) ?? key }));
}

/** How much of the key the query covers, in (0, 1]. */
function coverage(key: string, query: string): number {
  return Math.min(1, query.length / key.length);
}

function tierScore(key: string, query: string): number {
  if (key === query) return EXACT;
  if (key.startsWith(query)) return PREFIX + coverage(key, query) / 2;
  if (key.includes(query)) return SUBSTRING + coverage(key, query) / 2;
  return 0;
}

/** fuse.js score 0 (perfect) … threshold, to (0, 1), nudged by coverage. */
function fuzzyScore(fuseScore: number, key: string, query: string): number {
  return (1 - fuseScore) * (0.9 + 0.1 * coverage(key, query));
}

export function createSearch(nodes: readonly GraphNode[]): Search {
  const entries = nodes.flatMap(entriesOf);
  const fuse = new Fuse(entries, {
    keys: ["key"],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    threshold: FUZZY_THRESHOLD,
  });

  return (query, limit = DEFAULT_LIMIT) => {
    const q = normalizeForSearch(query);
    if (!q || limit <= 0) return [];
    const best = new Map<number, { score: number; matched: string }>();
    const consider = (entry: Entry, score: number) => {
      const seen = best.get(entry.node);
      if (!seen || score > seen.score) best.set(entry.node, { score, matched: entry.matched });
    };
    for (const entry of entries) {
      const score = tierScore(entry.key, q);
      if (score > 0) consider(entry, score);
    }
    const allowed = maxErrors(q.length);
    if (allowed > 0) {
      for (const result of fuse.search(q)) {
        const score = result.score ?? 1;
        if (score * q.length > allowed + 1e-9) continue;
        consider(result.item, fuzzyScore(score, result.item.key, q));
      }
    }
    return [...best]
      .map(([index, { score, matched }]) => {
        const node = nodes[index] as GraphNode;
        return { id: node.id, label: node.label, matched, score };
      })
      .sort(
        (a, b) => b.score - a.score || a.label.localeCompare(b.label, "en") || compare(a.id, b.id),
      )
      .slice(0, limit);
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
