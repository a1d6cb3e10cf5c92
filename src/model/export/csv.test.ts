import { describe, expect, test } from "vitest";
import {
  CSV_BOM,
  NODE_COLUMNS,
  RELATION_COLUMNS,
  csvField,
  nodesCsv,
  relationsCsv,
} from "./csv.ts";
import {
  HOSTILE_LABEL,
  HOSTILE_QUOTE,
  HOSTILE_SUMMARY,
  hostileDataset,
  quotedDataset,
} from "./testHelpers.ts";

/**
 * A strict RFC 4180 reader: records end in CRLF, quoted fields may hold anything with quotes
 * doubled, and anything else (a bare CR or LF, a quote inside an unquoted field, text after a
 * closing quote, a missing final CRLF) is an error.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}`);
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i += 1;
        }
        field += text[i];
        i += 1;
      }
      i += 1;
    } else {
      while (i < text.length && !/[,\r\n"]/.test(text[i] ?? "")) field += text[i++];
      if (text[i] === '"') fail("quote in an unquoted field");
    }
    fields.push(field);
    if (text[i] === ",") {
      i += 1;
    } else if (text.startsWith("\r\n", i)) {
      records.push(fields);
      fields = [];
      i += 2;
    } else {
      fail("expected , or CRLF");
    }
  }
  if (fields.length > 0) fail("missing final CRLF");
  return records;
}

/** Rows as objects by header; checks the BOM and that every row has the header's width. */
function readTable(csv: string, columns: readonly string[]): Record<string, string>[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsv(csv.slice(CSV_BOM.length));
  expect(header).toEqual(columns);
  for (const r of rows) expect(r).toHaveLength(columns.length);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
}

/** What the injection guard makes of a value, written independently of csv.ts. */
const guarded = (s: string): string => ("=+-@\t\r".includes(s[0] ?? "x") ? `'${s}` : s);

const network = quotedDataset();

describe("csvField", () => {
  test("quotes only what must be quoted and doubles inner quotes", () => {
    expect(csvField("plain 中文")).toBe("plain 中文");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField("")).toBe("");
  });

  test("guards every formula start with a single quote", () => {
    for (const c of ["=", "+", "-", "@"]) expect(csvField(`${c}SUM(A1)`)).toBe(`'${c}SUM(A1)`);
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\r=1")).toBe('"\'\r=1"');
    expect(csvField("a=1")).toBe("a=1");
    expect(csvField("'=1")).toBe("'=1");
  });
});

describe("relationsCsv", () => {
  test("on a quoted network: one row per quote, every quote exact", () => {
    const d = network;
    const rows = readTable(relationsCsv(d), RELATION_COLUMNS);
    const expected = d.edges.flatMap((e) => e.evidence.map((x) => ({ e, x })));
    expect(rows).toHaveLength(expected.length);
    const sources = new Map(d.sources.map((s) => [s.id, s]));
    for (const [i, { e, x }] of expected.entries()) {
      const r = rows[i];
      expect(r?.edge_id).toBe(guarded(e.id));
      expect(r?.relation).toBe(e.type);
      expect(r?.quote).toBe(guarded(x.quote));
      expect(r?.translation).toBe(guarded(x.translation));
      expect(r?.source_title).toBe(guarded(sources.get(x.sourceId)?.title ?? ""));
      expect(sources.get(x.sourceId)?.text.slice(Number(r?.start), Number(r?.end))).toBe(x.quote);
    }
    const multiline = rows.find((r) => /[\n,"]/.test(r.quote ?? ""));
    expect(multiline).toBeDefined();
    expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r.quote ?? ""))).toBe(true);
  });

  test("on hostile text: commas, quotes, CR LF and formulas survive as text", () => {
    const d = hostileDataset();
    const rows = readTable(relationsCsv(d), RELATION_COLUMNS);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      edge_id: "alice--collaborated_with--bob",
      source_id: "alice",
      source_label: HOSTILE_LABEL,
      relation: "collaborated_with",
      target_id: "bob",
      target_label: "'-Bob",
      certainty: "stated",
      from: "2019",
      to: "2020-03",
      quote: HOSTILE_QUOTE,
      translation: `'@He said: "=1+1, right?"`,
      hedged: "true",
      hedge_words: "吗|对",
      contradicts: "",
      source_title: "标题 & <title>",
      source_publisher: "test",
      source_published: "2024-02-19",
      start: "2",
      end: String(2 + HOSTILE_QUOTE.length),
    });
    expect(rows[1]).toMatchObject({ quote: "前言", hedged: "", contradicts: "true" });
  });

  test("an empty dataset is the BOM and the header", () => {
    const empty = { schemaVersion: 1 as const, sources: [], nodes: [], edges: [] };
    expect(relationsCsv(empty)).toBe(`${CSV_BOM}${RELATION_COLUMNS.join(",")}\r\n`);
  });
});

describe("nodesCsv", () => {
  test("one row per node, aliases joined with |, formulas guarded", () => {
    const d = hostileDataset();
    const rows = readTable(nodesCsv(d), NODE_COLUMNS);
    expect(rows).toEqual([
      {
        id: "alice",
        type: "person",
        label: HOSTILE_LABEL,
        label_zh: "爱丽丝",
        aliases: 'Alice, A.|"Al"|+1',
        summary: `'${HOSTILE_SUMMARY}`,
      },
      { id: "bob", type: "person", label: "'-Bob", label_zh: "", aliases: "", summary: "" },
    ]);
  });

  test("on a quoted network: every node, Chinese labels intact", () => {
    const rows = readTable(nodesCsv(network), NODE_COLUMNS);
    expect(rows.map((r) => r.id)).toEqual(network.nodes.map((n) => n.id));
    expect(rows.map((r) => r.label_zh)).toEqual(network.nodes.map((n) => n.labelZh ?? ""));
  });
});
