// GML syntax: `key value` pairs where a value is a number, a "string" or a [ list ]. Every pair
// keeps its line, and a missing "]" is named where it was left out, not at the end of the file.
import { clip, type Problem } from "../problems.ts";

export interface GmlPair {
  key: string;
  value: GmlValue;
  line: number;
}
export type GmlValue = number | string | GmlPair[];

type Token =
  | { kind: "key"; text: string; line: number }
  | { kind: "string"; text: string; line: number }
  | { kind: "number"; text: string; line: number }
  | { kind: "["; line: number }
  | { kind: "]"; line: number };

const TOKEN =
  /\s+|#[^\n]*|"[^"]*"?|\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z_][\w.]*|./gy;

function tokenize(text: string, file: string): Token[] | Problem {
  const tokens: Token[] = [];
  let line = 1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const here = line;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) line++;
    if (c <= 32 || t[0] === "#") continue;
    if (t === "[" || t === "]") tokens.push({ kind: t, line: here });
    else if (t[0] === '"') {
      if (t.length < 2 || !t.endsWith('"')) {
        return problem(file, here, "this string is never closed", 'add the closing "');
      }
      tokens.push({ kind: "string", text: decode(t.slice(1, -1)), line: here });
    } else if (/[A-Za-z_]/.test(t[0] ?? "")) tokens.push({ kind: "key", text: t, line: here });
    else if (/[-+.\d]/.test(t[0] ?? "")) tokens.push({ kind: "number", text: t, line: here });
    else {
      return problem(
        file,
        here,
        `unexpected character "${clip(t)}"`,
        'GML is `key value` pairs; strings go in "double quotes"',
      );
    }
  }
  return tokens;
}

/** GML escapes characters as HTML entities (&quot; &amp; &#233;). */
function decode(s: string): string {
  if (!s.includes("&")) return s;
  const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

const RECORDS = new Set(["node", "edge"]);
const MAX_DEPTH = 64;

export function readGml(
  text: string,
  file: string,
): { ok: true; pairs: GmlPair[] } | { ok: false; problem: Problem } {
  const tokenized = tokenize(text, file);
  if (!Array.isArray(tokenized)) return { ok: false, problem: tokenized };
  const tokens: Token[] = tokenized;
  let i = 0;
  // The lists opened and not yet closed: their key and line.
  const open: { key: string; line: number }[] = [];

  function list(): GmlPair[] | Problem {
    const pairs: GmlPair[] = [];
    for (;;) {
      const t = tokens[i];
      if (!t) {
        const o = open[open.length - 1];
        if (!o) return pairs;
        return problem(
          file,
          o.line,
          `the "${clip(o.key)} [" opened here is never closed`,
          'add the missing "]"',
        );
      }
      if (t.kind === "]") {
        if (open.length === 0)
          return problem(
            file,
            t.line,
            'this "]" closes nothing',
            'remove it, or add the "[" it was meant to close',
          );
        open.pop();
        i++;
        return pairs;
      }
      if (t.kind !== "key") {
        return problem(
          file,
          t.line,
          `expected a key here, found ${describe(t)}`,
          "GML is `key value` pairs: check the line before",
        );
      }
      const v = tokens[i + 1];
      if (!v || v.kind === "]") {
        return problem(
          file,
          t.line,
          `"${clip(t.text)}" has no value`,
          `give "${clip(t.text)}" a value, or remove it`,
        );
      }
      const parent = open[open.length - 1];
      if (v.kind === "[" && parent && RECORDS.has(t.text) && RECORDS.has(parent.key)) {
        return problem(
          file,
          parent.line,
          `the "${clip(parent.key)} [" opened here is never closed: "${clip(t.text)} [" starts on line ${t.line} inside it`,
          `add "]" to close the ${clip(parent.key)} before line ${t.line}`,
        );
      }
      i += 2;
      if (v.kind === "[") {
        if (open.length >= MAX_DEPTH) {
          return problem(
            file,
            t.line,
            `lists are nested more than ${MAX_DEPTH} deep`,
            'check the "[" and "]" pairs',
          );
        }
        open.push({ key: t.text, line: t.line });
        const inner = list();
        if (!Array.isArray(inner)) return inner;
        pairs.push({ key: t.text, value: inner, line: t.line });
      } else if (v.kind === "key") {
        return problem(
          file,
          t.line,
          `"${clip(t.text)}" has no value`,
          `give "${clip(t.text)}" a value, or remove it`,
        );
      } else {
        pairs.push({
          key: t.text,
          value: v.kind === "number" ? Number(v.text) : v.text,
          line: t.line,
        });
      }
    }
  }
  const pairs = list();
  return Array.isArray(pairs) ? { ok: true, pairs } : { ok: false, problem: pairs };
}

function describe(t: Token): string {
  return t.kind === "[" || t.kind === "]"
    ? `"${t.kind}"`
    : t.kind === "string"
      ? `the string "${clip(t.text)}"`
      : `the number ${clip(t.text)}`;
}

function problem(file: string, line: number, message: string, fix: string): Problem {
  return { file, line, message, fix };
}
