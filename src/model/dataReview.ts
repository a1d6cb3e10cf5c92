// npm run data:review: rough checks that ask a maintainer to look at the data, not verdicts. Pure:
// the script reads the folder and data/review.yaml and passes a script converter for the names.
import { parse } from "yaml";
import { z } from "zod";
import type { Evidence } from "./types.ts";
import { mentionsIn, sentencesOf, type Names } from "./mentions.ts";

export { mentionsIn, sentencesOf };

export interface ReviewInput {
  sources: readonly { id: string; text: string }[];
  nodes: readonly {
    id: string;
    label: string;
    labelZh?: string;
    aliases: readonly string[];
    summary?: string;
    facts?: readonly { evidence: readonly Evidence[] }[];
  }[];
  edges: readonly {
    id: string;
    source: string;
    target: string;
    label: string;
    role?: string;
    evidence: readonly Evidence[];
  }[];
}

/** Other spellings of a name (e.g. the other Chinese script); the name itself need not be listed. */
export type Variants = (name: string) => readonly string[];

export type ReviewItem =
  | { kind: "sentence"; sourceId: string; line: number; sentence: string; pairs: string[] }
  | { kind: "quote"; sourceId: string; edge: string; quote: string }
  | { kind: "short"; sourceId: string; edge: string; quote: string }
  | { kind: "summary"; node: string; words: string[] }
  | { kind: "stale"; mark: string };

const MarkSchema = z
  .object({
    sentences: z.array(
      z.strictObject({
        source: z.string(),
        sentence: z.string(),
        pairs: z.array(z.string()),
        reason: z.string().min(1),
      }),
    ),
    quotes: z.array(
      z.strictObject({ edge: z.string(), quote: z.string(), reason: z.string().min(1) }),
    ),
    short: z.array(z.strictObject({ edge: z.string(), reason: z.string().min(1) })),
    summaries: z.array(
      z.strictObject({ node: z.string(), words: z.array(z.string()), reason: z.string().min(1) }),
    ),
  })
  .partial()
  .strict();
export type ReviewMarks = z.infer<typeof MarkSchema>;

/** data/review.yaml: what a maintainer has looked at, with a reason. Throws on a malformed file. */
export function parseReviewMarks(text: string): ReviewMarks {
  return MarkSchema.parse(parse(text) ?? {});
}

const SHORT = 8;

function namesOf(input: ReviewInput, variants: Variants): Names {
  const out: Names = [];
  for (const n of input.nodes) {
    const own = [n.label, n.labelZh ?? "", ...n.aliases].filter((s) => s.length >= 2);
    for (const name of new Set(own.flatMap((s) => [s, ...variants(s)])))
      out.push({ node: n.id, name });
  }
  return out.sort((a, b) => b.name.length - a.name.length);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}/${b}` : `${b}/${a}`);

function uncitedSentences(input: ReviewInput, names: Names): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const source of input.sources) {
    // A pair counts as cited when a relation between the two cites this article anywhere.
    const cited = new Set(
      input.edges
        .filter((e) => e.evidence.some((q) => q.sourceId === source.id))
        .map((e) => pairKey(e.source, e.target)),
    );
    for (const s of sentencesOf(source.text)) {
      const nodes = [...new Set(mentionsIn(s.text, names).map((m) => m.node))];
      const pairs: string[] = [];
      nodes.forEach((a, i) =>
        nodes.slice(i + 1).forEach((b) => {
          const key = pairKey(a, b);
          if (!cited.has(key)) pairs.push(key);
        }),
      );
      if (pairs.length === 0) continue;
      const line = source.text.slice(0, s.start).split("\n").length;
      items.push({ kind: "sentence", sourceId: source.id, line, sentence: s.text, pairs });
    }
  }
  return items;
}

function quoteItems(input: ReviewInput, names: Names): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const e of input.edges) {
    for (const q of e.evidence) {
      const named = new Set(mentionsIn(q.quote, names).map((m) => m.node));
      if (!named.has(e.source) && !named.has(e.target))
        items.push({ kind: "quote", sourceId: q.sourceId, edge: e.id, quote: q.quote });
    }
    const supporting = e.evidence.filter((q) => !q.contradicts);
    const first = supporting[0];
    if (first && supporting.every((q) => [...q.quote].length < SHORT))
      items.push({ kind: "short", sourceId: first.sourceId, edge: e.id, quote: first.quote });
  }
  return items;
}

const STOP = new Set(
  `about after also and are as at been before both but by can did does each for from had has have
  he her him his how in into is it its itself not now of on one or our per she that the their them
  then there these they this those through to two was were what when where whether which who whose
  will with within without would article articles blog blogger news report says said say source
  sources text writes calls
  author authors degree group lab member model models paper phd project research team undergraduate
  work works worked`.split(/\s+/),
);

/** Rough: "joined" and "joining" meet at "join", "papers" and "paper" at "paper". */
const stem = (word: string) =>
  word
    .replace(/['’]s$/, "")
    .replace(/(?:ing|ed|es|s)$/, "")
    .slice(0, 5);
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9][a-z0-9'·-]*[a-z0-9]|[a-z]/g) ?? [])
    .flatMap((w) => w.split("-"))
    .filter((w) => !/^[0-9]+$/.test(w));

function summaryItems(input: ReviewInput): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const n of input.nodes) {
    if (!n.summary) continue;
    const edges = input.edges.filter((e) => e.source === n.id || e.target === n.id);
    const quotes = [...edges, ...(n.facts ?? [])].flatMap((x) => x.evidence);
    // A summary may name the node's neighbours and its relations: the edges support that.
    const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
    const names = input.nodes.filter((o) => o.id === n.id || ends.has(o.id));
    const seen = new Set(
      [
        ...names.flatMap((o) => [o.label, ...o.aliases]),
        ...edges.flatMap((e) => [e.label, e.role ?? ""]),
        ...quotes.flatMap((q) => [q.quote, q.translation]),
      ]
        .flatMap(wordsOf)
        .map(stem),
    );
    const words = [
      ...new Set(
        wordsOf(n.summary).filter((w) => w.length > 2 && !STOP.has(w) && !seen.has(stem(w))),
      ),
    ];
    if (words.length > 0) items.push({ kind: "summary", node: n.id, words });
  }
  return items;
}

/** Every check, then the maintainer's marks: what is left is open, plus marks that match nothing. */
export function reviewData(
  input: ReviewInput,
  marks: ReviewMarks = {},
  variants: Variants = () => [],
): { open: ReviewItem[]; reviewed: number } {
  const names = namesOf(input, variants);
  const all = [
    ...uncitedSentences(input, names),
    ...quoteItems(input, names),
    ...summaryItems(input),
  ];
  const used = new Set<object>();
  const isMarked = (item: ReviewItem): boolean => {
    const hit = (mark: object | undefined) => (mark ? (used.add(mark), true) : false);
    switch (item.kind) {
      case "sentence":
        return hit(
          marks.sentences?.find(
            (m) =>
              m.source === item.sourceId &&
              m.sentence === item.sentence &&
              item.pairs.every((p) => m.pairs.includes(p)),
          ),
        );
      case "quote":
        return hit(marks.quotes?.find((m) => m.edge === item.edge && m.quote === item.quote));
      case "short":
        return hit(marks.short?.find((m) => m.edge === item.edge));
      case "summary":
        return hit(
          marks.summaries?.find(
            (m) => m.node === item.node && item.words.every((w) => m.words.includes(w)),
          ),
        );
      case "stale":
        return false;
    }
  };
  const open = all.filter((item) => !isMarked(item));
  const stale = [
    ...(marks.sentences ?? []).map((m) => [m, `sentence in ${m.source}: ${m.sentence}`] as const),
    ...(marks.quotes ?? []).map((m) => [m, `quote of ${m.edge}: ${m.quote}`] as const),
    ...(marks.short ?? []).map((m) => [m, `short evidence of ${m.edge}`] as const),
    ...(marks.summaries ?? []).map(
      (m) => [m, `summary of ${m.node}: ${m.words.join(", ")}`] as const,
    ),
  ].filter(([m]) => !used.has(m));
  for (const [, mark] of stale) open.push({ kind: "stale", mark });
  return { open, reviewed: all.length - (open.length - stale.length) };
}

/** The short report: open items per article, then node summaries and stale marks. */
export function formatReview(result: { open: ReviewItem[]; reviewed: number }): string {
  const lines: string[] = [];
  const bySource = new Map<string, string[]>();
  const add = (key: string, line: string) =>
    bySource.set(key, [...(bySource.get(key) ?? []), line]);
  for (const item of result.open) {
    if (item.kind === "sentence")
      add(
        item.sourceId,
        `  line ${item.line}: no relation cites ${item.pairs.join(", ")} in: ${item.sentence}`,
      );
    else if (item.kind === "quote")
      add(item.sourceId, `  ${item.edge}: quote names neither end: ${item.quote}`);
    else if (item.kind === "short")
      add(
        item.sourceId,
        `  ${item.edge}: only evidence shorter than ${SHORT} characters: ${item.quote}`,
      );
    else if (item.kind === "summary")
      add("Node summaries", `  ${item.node}: not in any of its quotes: ${item.words.join(", ")}`);
    else add("Marks in data/review.yaml that match nothing", `  ${item.mark}`);
  }
  for (const [key, items] of bySource) lines.push(key, ...items);
  lines.push(
    result.open.length === 0
      ? `data:review: nothing open (${result.reviewed} item(s) marked reviewed).`
      : `data:review: ${result.open.length} open item(s), ${result.reviewed} marked reviewed. ` +
          "Fix each, or mark it reviewed with a reason in data/review.yaml.",
  );
  return lines.join("\n");
}

/** A sentence naming two entities that no relation between them cites there (src/model/mentions.ts). */
export interface SuggestionLine {
  sourceId: string;
  line: number;
  sentence: string;
  pairs: string[];
}

/**
 * Suggestions for the informational section: each sentence's pairs less those a sentence mark in
 * data/review.yaml already covers (a maintainer looked at them), with the sentence's line.
 */
export function openSuggestions(
  suggestions: readonly {
    sourceId: string;
    start: number;
    sentence: string;
    pairs: [string, string][];
  }[],
  sources: readonly { id: string; text: string }[],
  marks: ReviewMarks = {},
): SuggestionLine[] {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  return suggestions.flatMap((s) => {
    const marked = (marks.sentences ?? []).filter(
      (m) => m.source === s.sourceId && m.sentence === s.sentence,
    );
    const pairs = s.pairs
      .map(([a, b]) => pairKey(a, b))
      .filter((p) => !marked.some((m) => m.pairs.includes(p)));
    if (pairs.length === 0) return [];
    const line = (texts.get(s.sourceId) ?? "").slice(0, s.start).split("\n").length;
    return [{ sourceId: s.sourceId, line, sentence: s.sentence, pairs }];
  });
}

/** The informational section: never counted as open, never a failure. */
export function formatSuggestions(items: readonly SuggestionLine[]): string {
  const lines = [
    `Suggestions (informational, not counted): ${items.length} sentence(s) name two entities ` +
      "that no relation between them cites there; cite one if the sentence says how they relate.",
  ];
  let source = "";
  for (const item of items) {
    if (item.sourceId !== source) lines.push(`  ${(source = item.sourceId)}`);
    lines.push(`    line ${item.line}: ${item.pairs.join(", ")} in: ${item.sentence}`);
  }
  return lines.join("\n");
}
