// Text around a quote, cut at sentence or paragraph ends, for showing a quote in context.

const SENTENCE_END = /[。！？!?\n]/;
const MAX = 160;

export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
}

export function quoteContext(text: string, start: number, end: number, max = MAX): QuoteContext {
  let from = start;
  while (from > 0 && start - from < max && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  const cutBefore = from > 0 && !SENTENCE_END.test(text.charAt(from - 1));
  let to = end;
  while (to < text.length && to - end < max && !SENTENCE_END.test(text.charAt(to))) to++;
  const cutAfter = to < text.length && !SENTENCE_END.test(text.charAt(to));
  if (!cutAfter && to < text.length && text.charAt(to) !== "\n") to++; // keep the closing punctuation
  const before = (cutBefore ? "…" : "") + text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd() + (cutAfter ? "…" : "");
  return { before, quote: text.slice(start, end), after };
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Split text into segments, marking every occurrence of the given words. */
export function markWords(text: string, words: readonly string[]): Segment[] {
  const wanted = words.filter((w) => w.length > 0);
  const out: Segment[] = [];
  let i = 0;
  let plain = "";
  while (i < text.length) {
    const hit = wanted.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
    if (hit) {
      if (plain) out.push({ text: plain, marked: false });
      plain = "";
      out.push({ text: hit, marked: true });
      i += hit.length;
    } else {
      plain += text.charAt(i);
      i++;
    }
  }
  if (plain) out.push({ text: plain, marked: false });
  return out;
}
