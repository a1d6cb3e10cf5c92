// Find a quote in its source text (UTF-16 offsets), or the passage that comes closest.

export function findAll(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === "") return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * The window of the text, as long as the quote, that shares the most character bigrams with it
 * (Dice coefficient). Used to tell an author what they probably meant to copy.
 */
export function closestPassage(
  text: string,
  quote: string,
): { start: number; end: number; score: number } | undefined {
  const n = Math.max(quote.length, 2);
  if (text.length < 2) return undefined;
  const want = bigrams(quote);
  const wantTotal = Math.max(quote.length - 1, 1);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (g: string, delta: number) => {
    const before = have.get(g) ?? 0;
    const after = before + delta;
    have.set(g, after);
    const cap = want.get(g) ?? 0;
    shared += Math.min(after, cap) - Math.min(before, cap);
  };
  const windowLen = Math.min(n, text.length);
  for (let i = 0; i + 1 < windowLen; i++) add(text.slice(i, i + 2), 1);
  let best = { start: 0, score: shared };
  for (let start = 1; start + windowLen <= text.length; start++) {
    add(text.slice(start - 1, start + 1), -1);
    add(text.slice(start + windowLen - 2, start + windowLen), 1);
    if (shared > best.score) best = { start, score: shared };
  }
  if (best.score === 0) return undefined;
  return {
    start: best.start,
    end: best.start + windowLen,
    score: (2 * best.score) / (2 * wantTotal),
  };
}
