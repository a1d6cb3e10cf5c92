// How the source reader cuts a text: runs inside or outside a suggested sentence, each run cut
// further at the names it holds, so the reader can mark a sentence once and link each name.

export interface Run {
  start: number;
  end: number;
  /** The suggestion (its index) this run belongs to, if any. */
  suggestion?: number;
  pieces: { start: number; end: number; node?: string }[];
}

/** The part [from, to) of a text as runs; spans are clipped to it, mentions cut at run edges. */
export function readerRuns(
  from: number,
  to: number,
  mentions: readonly { node: string; start: number; end: number }[],
  suggestions: readonly { start: number; end: number }[],
): Run[] {
  const runs: Run[] = [];
  let at = from;
  const push = (start: number, end: number, suggestion?: number) => {
    if (end <= start) return;
    const run: Run = { start, end, pieces: piecesOf(start, end, mentions) };
    if (suggestion !== undefined) run.suggestion = suggestion;
    runs.push(run);
  };
  suggestions.forEach((s, i) => {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, to);
    if (end <= start) return;
    push(at, start);
    push(start, end, i);
    at = end;
  });
  push(at, to);
  return runs;
}

function piecesOf(
  from: number,
  to: number,
  mentions: readonly { node: string; start: number; end: number }[],
): Run["pieces"] {
  const out: Run["pieces"] = [];
  let at = from;
  for (const m of mentions) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ start: at, end: start });
    out.push({ start, end, node: m.node });
    at = end;
  }
  if (at < to) out.push({ start: at, end: to });
  return out;
}
