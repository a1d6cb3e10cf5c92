// Offsets to 1-based line numbers, in O(log n) per lookup after one pass over the text.

export type LineOf = (offset: number) => number;

export function lineIndex(text: string): LineOf {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The text as every reader expects it: no byte-order mark, and CR LF and a lone CR (old Mac
 * files, or a mix) as LF, so that each is one line break for every format and every line number.
 */
export function normalizeText(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A number if the text is one, else undefined. */
export function toNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** An untyped value as written: a number when it reads back the same, a boolean for true/false. */
export function coerce(text: string): string | number | boolean {
  const t = text.trim();
  if (t === "true") return true;
  if (t === "false") return false;
  const n = toNumber(t);
  return n !== undefined && String(n) === t ? n : text;
}

/** "yes"/"true"/"1"/"directed" → true; "no"/"false"/"0"/"undirected" → false; else undefined. */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim().toLowerCase();
  if (["true", "yes", "1", "directed", "y"].includes(t)) return true;
  if (["false", "no", "0", "undirected", "n", "mutual"].includes(t)) return false;
  return undefined;
}

/** "1 node", "5,242 nodes". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
