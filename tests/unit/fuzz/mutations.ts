// Mutations for the fuzz suite, as data (so fast-check can shrink them and a failure prints
// what was done): positions are fractions of the text, so one plan applies to any seed.
import fc from "fast-check";

/** Characters that break parsers: controls, lone surrogates, BOM, bidi, zero-width, syntax. */
export const ODD = [
  "\u0000",
  "\u0007",
  "\uD800",
  "\uDFFF",
  "\uFEFF",
  "\u202E",
  "\u2066",
  "\u200B",
  "\u00A0",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "<",
  ">",
  "</",
  "<!",
  "<?",
  "]]>",
  '"',
  "'",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  "&",
  "&amp;",
  "&#0;",
  "*",
  "&a ",
  "*a",
  "#",
  ":",
  ": ",
  "- ",
  "\\",
  "\\u",
  "é",
  "你",
  "😀",
  " ",
];
export const RESERVED = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];
export const NON_FINITE = ["1e309", "-1e309", "NaN", "Infinity", "-Infinity", "1e-400", "0x1F"];
const NEST = ["[", "{", "<x>", "- ", "  ", "a [ ", '{"a":'] as const;

export type Mutation =
  | { op: "flip"; at: number; text: string }
  | { op: "insert"; at: number; text: string }
  | { op: "truncate"; at: number }
  | { op: "line"; how: "dup" | "delete" | "swap"; a: number; b: number }
  | { op: "tag"; how: "dup" | "swap" | "delete"; a: number; b: number }
  | { op: "endings"; how: "cr" | "crlf" | "mixed" }
  | { op: "nest"; at: number; depth: number; open: (typeof NEST)[number] }
  | { op: "huge"; at: number; size: number; unit: string }
  | { op: "repeat"; a: number; lines: number; times: number }
  | { op: "word"; n: number; text: string }
  | { op: "number"; n: number; text: string }
  | { op: "value"; n: number; text: string; times: number };

const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const odd = fc.constantFrom(...ODD);

/** What a quoted value becomes: well-formed files stay well-formed, with hostile contents. */
const VALUES = [
  ...ODD.filter((c) => !c.includes('"')),
  ...RESERVED,
  ...NON_FINITE,
  "",
  " ",
  "javascript:alert(1)",
  "a\u200Bb",
  "\u202Eevil",
  "-",
  "1",
  "x".repeat(250),
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("flip" as const), at, text: odd }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), at, text: odd }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("line" as const),
      how: fc.constantFrom("dup" as const, "delete" as const, "swap" as const),
      a: at,
      b: at,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("tag" as const),
      how: fc.constantFrom("dup" as const, "swap" as const, "delete" as const),
      a: at,
      b: at,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("endings" as const),
      how: fc.constantFrom("cr" as const, "crlf" as const, "mixed" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("nest" as const),
      at,
      depth: fc.integer({ min: 20, max: 3000 }),
      open: fc.constantFrom(...NEST),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("huge" as const),
      at,
      size: fc.integer({ min: 100, max: 300_000 }),
      unit: fc.constantFrom("a", " ", "ab,", "a b\n", "-", "\u200B", "x".repeat(7) + "\n"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("repeat" as const),
      a: at,
      lines: fc.integer({ min: 1, max: 6 }),
      times: fc.integer({ min: 2, max: 3000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("word" as const),
      n: fc.nat(200),
      text: fc.constantFrom(...RESERVED),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant("value" as const),
      n: fc.nat(200),
      text: fc.constantFrom(...VALUES),
      times: fc.oneof(
        { weight: 5, arbitrary: fc.constant(1) },
        fc.integer({ min: 2, max: 20_000 }),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("number" as const),
      n: fc.nat(200),
      text: fc.constantFrom(...NON_FINITE),
    }),
  },
);

/** A case's inputs stay under this, as the time and memory budget assume. */
export const MAX_CASE_CHARS = 1_000_000;

export function applyAll(text: string, plan: readonly Mutation[]): string {
  let t = text;
  for (const m of plan) {
    t = apply(t, m);
    if (t.length > MAX_CASE_CHARS) t = t.slice(0, MAX_CASE_CHARS);
  }
  return t;
}

const pos = (t: string, f: number) => Math.floor(f * (t.length + 1));

function apply(t: string, m: Mutation): string {
  switch (m.op) {
    case "flip": {
      const i = pos(t, m.at);
      return t.slice(0, i) + m.text + t.slice(i + 1);
    }
    case "insert": {
      const i = pos(t, m.at);
      return t.slice(0, i) + m.text + t.slice(i);
    }
    case "truncate":
      return t.slice(0, pos(t, m.at));
    case "line":
      return swapParts(t.split("\n"), m.how, m.a, m.b).join("\n");
    case "tag":
      return onTags(t, m.how, m.a, m.b);
    case "endings":
      return m.how === "cr"
        ? t.replace(/\r?\n/g, "\r")
        : m.how === "crlf"
          ? t.replace(/\r?\n/g, "\r\n")
          : t
              .split("\n")
              .reduce((out, line, i) => out + (i ? ["\n", "\r", "\r\n"][i % 3] : "") + line, "");
    case "nest": {
      const i = pos(t, m.at);
      const close = {
        "[": "]",
        "{": "}",
        "<x>": "</x>",
        "- ": "",
        "  ": "",
        "a [ ": "] ",
        '{"a":': "}",
      }[m.open];
      const open =
        m.open === "  "
          ? Array.from({ length: m.depth }, (_, k) => `${" ".repeat(k)}a:\n`).join("")
          : m.open.repeat(m.depth);
      return t.slice(0, i) + open + "1" + close.repeat(m.depth) + t.slice(i);
    }
    case "huge": {
      const i = pos(t, m.at);
      return t.slice(0, i) + m.unit.repeat(Math.ceil(m.size / m.unit.length)) + t.slice(i);
    }
    case "repeat": {
      const lines = t.split("\n");
      const a = Math.floor(m.a * lines.length);
      const chunk = lines.slice(a, a + m.lines);
      const times = Math.min(
        m.times,
        Math.floor(MAX_CASE_CHARS / 2 / (chunk.join("\n").length + 1)),
      );
      const repeated = Array.from({ length: times }, () => chunk).flat();
      return [...lines.slice(0, a), ...repeated, ...lines.slice(a + m.lines)].join("\n");
    }
    case "word":
      return replaceNth(t, /[A-Za-z_][\w-]*/g, m.n, m.text);
    case "number":
      return replaceNth(t, /-?\d+(?:\.\d+)?(?:e-?\d+)?/g, m.n, m.text);
    case "value":
      return replaceNth(t, /"[^"\n<>]*"/g, m.n, `"${m.text.repeat(m.times)}"`);
  }
}

function swapParts(
  parts: string[],
  how: "dup" | "delete" | "swap",
  fa: number,
  fb: number,
): string[] {
  const a = Math.floor(fa * parts.length);
  const b = Math.floor(fb * parts.length);
  const out = parts.slice();
  if (how === "dup") out.splice(a, 0, parts[a] ?? "");
  else if (how === "delete") out.splice(a, 1);
  else [out[a], out[b]] = [parts[b] ?? "", parts[a] ?? ""];
  return out;
}

function onTags(t: string, how: "dup" | "swap" | "delete", fa: number, fb: number): string {
  const tags = first(t.matchAll(/<[^<>]*>/g), 5000);
  const a = tags[Math.floor(fa * tags.length)];
  const b = tags[Math.floor(fb * tags.length)];
  if (!a || !b || a.index === undefined || b.index === undefined) return t;
  const [x, y] = a.index <= b.index ? [a, b] : [b, a];
  const xi = x.index ?? 0;
  const yi = y.index ?? 0;
  if (how === "dup") return t.slice(0, xi) + x[0] + t.slice(xi);
  if (how === "delete") return t.slice(0, xi) + t.slice(xi + x[0].length);
  if (xi === yi) return t;
  return t.slice(0, xi) + y[0] + t.slice(xi + x[0].length, yi) + x[0] + t.slice(yi + y[0].length);
}

function replaceNth(t: string, re: RegExp, n: number, text: string): string {
  const matches = first(t.matchAll(re), 201);
  const m = matches.length === 0 ? undefined : matches[n % matches.length];
  if (!m || m.index === undefined) return t;
  return t.slice(0, m.index) + text + t.slice(m.index + m[0].length);
}

function first<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}
