// A located, human error: which file, where in it, what is wrong, and how to fix it.

export interface Problem {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Path inside the document, e.g. relations[3].evidence[0].quote */
  path?: string;
  message: string;
  fix: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const path = p.path ? ` (${p.path})` : "";
  return `${where}${path}: ${p.message}\n  Fix: ${p.fix}`;
}

/** The longest value a message repeats: a message names a value, it does not reprint it. */
export const MAX_SHOWN_CHARS = 80;

/** A value as a message shows it: at most MAX_SHOWN_CHARS characters, the cut marked with "…". */
export function clip(raw: string, max = MAX_SHOWN_CHARS): string {
  const value = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, escapeChar) : raw;
  if (value.length <= max) return value;
  const tail = `… (${value.length.toLocaleString("en-US")} characters)`;
  // Whole code points: a cut surrogate pair would print as a broken character.
  const head = [...value.slice(0, max)].slice(0, Math.max(1, max - tail.length - 1)).join("");
  return head + tail;
}

/** The longest message or fix kept: past it, a message lists too much to be read. */
const MAX_MESSAGE_CHARS = 400;

/**
 * The last guard on a message: every quoted value over MAX_SHOWN_CHARS is clipped, and so is a
 * message or fix that is still too long (a list of every id, say).
 */
export function tidyProblem(p: Problem): Problem {
  const tidy = (s: string) => {
    // Invisible characters shown as \uXXXX first: six characters each, they are counted.
    const visible = INVISIBLE.test(s) ? s.replace(INVISIBLE_ALL, escapeChar) : s;
    if (visible.length <= MAX_SHOWN_CHARS) return visible;
    const short = visible
      .replace(/"([^"]{81,})"/g, (_, v: string) => `"${clip(v)}"`)
      .replace(/\S{81,}/g, (run) => clip(run));
    return short.length <= MAX_MESSAGE_CHARS ? short : `${short.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
  };
  const message = tidy(p.message);
  const fix = tidy(p.fix);
  const path = p.path === undefined ? undefined : clip(p.path, MAX_SHOWN_CHARS * 2);
  const file = clip(p.file, MAX_SHOWN_CHARS * 2);
  return message === p.message && fix === p.fix && path === p.path && file === p.file
    ? p
    : { ...p, file, message, fix, ...(path === undefined ? {} : { path }) };
}

/** Characters a message must not print as they are: line breaks, controls, invisible ones. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");
const escapeChar = (c: string) =>
  `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Suggestions are for typos in ids and names: longer names are not compared. */
const SUGGEST_MAX_CHARS = 64;

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (only the band of width
 * 2·limit+1 around the diagonal is filled), for "did you mean …" suggestions.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
      if ((row[j] ?? 0) < best) best = row[j] ?? 0;
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length] ?? 0;
}

/**
 * The candidate a mistyped name most likely meant. Linear in the candidates: names over
 * SUGGEST_MAX_CHARS get no suggestion, and candidates whose length differs by more than the
 * allowed distance are skipped without comparing.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > SUGGEST_MAX_CHARS || name.length === 0) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let extended: string | undefined;
  for (const c of candidates) {
    if (name.length >= 3 && c.startsWith(name)) {
      extended = c;
      break;
    }
    if (c.length > SUGGEST_MAX_CHARS) continue;
    const d = editDistance(name, c, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return extended ?? best;
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestName(name, candidates);
  return close ? ` Did you mean "${clip(close)}"?` : "";
}

/** Drop keys whose value is undefined (exactOptionalPropertyTypes: absent, not undefined). */
export function definedOnly<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
