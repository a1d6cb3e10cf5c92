import { describe, expect, test } from "vitest";
import { buildDataset } from "../../scripts/buildDataset.ts";
import { formatProblem } from "./problems.ts";
import { createQuoteSearch } from "./quoteSearch.ts";
import { loadScriptFold } from "./loadScriptFold.ts";
import { makeDataset } from "./testDataset.ts";
import { foldForMatch, snippetOf } from "./textMatch.ts";
import type { Dataset } from "./types.ts";

const fold = await loadScriptFold();

// Three relations, each quoting its own source; the words searched for are in no node's name.
function dataset(): Dataset {
  const d = makeDataset({
    nodes: [
      ["xie", "person"],
      ["nyu", "university"],
      ["brooks", "person"],
      ["berkeley", "university"],
      ["peebles", "person"],
    ],
    edges: [
      ["xie", "worked_at", "nyu", { sources: ["hans"] }],
      ["brooks", "studied_at", "berkeley", { sources: ["hant"] }],
      ["peebles", "studied_at", "berkeley", { sources: ["en"] }],
    ],
  });
  const quotes: Record<string, [string, string, string]> = {
    hans: ["他在纽约大学担任助理教授", "He is an assistant professor at NYU", "谢赛宁访谈"],
    hant: [
      "他在柏克萊讀博士時寫了論文",
      "He wrote his thesis while a doctoral student",
      "論文專訪",
    ],
    en: [
      "Peebles studied diffusion transformers",
      "Peebles studied diffusion transformers",
      "Christian's blog",
    ],
  };
  for (const e of d.edges) {
    const ev = e.evidence[0];
    const [quote, translation] = quotes[ev?.sourceId ?? ""] ?? ["", "", ""];
    if (ev) Object.assign(ev, { quote, translation, start: 0, end: quote.length });
  }
  for (const s of d.sources) {
    const [quote, , title] = quotes[s.id] ?? ["", "", ""];
    Object.assign(s, { text: quote, title });
  }
  return d;
}

const d = dataset();
const search = createQuoteSearch(d, fold);
const ids = (q: string) => search.relations(q).map((h) => h.edgeId);

describe("createQuoteSearch", () => {
  test("a word found only inside a quote finds its relation, in both scripts", () => {
    expect(ids("纽约大学")).toEqual(["xie--worked_at--nyu"]);
    expect(ids("紐約大學")).toEqual(["xie--worked_at--nyu"]);
    expect(ids("讀博士")).toEqual(["brooks--studied_at--berkeley"]);
    expect(ids("读博士")).toEqual(["brooks--studied_at--berkeley"]);
  });

  test("the ranges point at the words found, in the original text", () => {
    const [hit] = search.relations("纽约大學");
    expect(hit?.field).toBe("quote");
    expect(hit?.ranges.map(([s, e]) => hit.text.slice(s, e))).toEqual(["纽约大学"]);
    const [trad] = search.relations("论文");
    expect(trad?.ranges.map(([s, e]) => trad.text.slice(s, e))).toEqual(["論文"]);
  });

  test("English finds translations, any case, with a typo or two in longer words", () => {
    expect(ids("ASSISTANT professor")).toEqual(["xie--worked_at--nyu"]);
    expect(ids("doctral")).toEqual(["brooks--studied_at--berkeley"]);
    const [fuzzy] = search.relations("difusion transformer");
    expect(fuzzy?.ranges.map(([s, e]) => fuzzy.text.slice(s, e))).toEqual([
      "diffusion",
      "transformer",
    ]);
    // Short words are matched as written, and only at the start of a word.
    expect(ids("thsi")).toEqual([]);
    expect(ids("ssor")).toEqual([]);
  });

  test("the quote wins over its translation when both match; nothing for nothing", () => {
    expect(search.relations("peebles")[0]?.field).toBe("quote");
    expect(search.relations("   ")).toEqual([]);
    expect(search.relations("柏林")).toEqual([]);
  });

  test("sources are found by title, in both scripts, and whole words only for Latin", () => {
    expect(search.sources("论文").map((s) => s.sourceId)).toEqual(["hant"]);
    expect(search.sources("訪談").map((s) => s.sourceId)).toEqual(["hans"]);
    expect(search.sources("blog").map((s) => s.sourceId)).toEqual(["en"]);
    expect(search.sources("tian")).toEqual([]);
  });
});

describe("snippetOf and foldForMatch", () => {
  test("a snippet keeps the match, cuts around it with …, and shifts its ranges", () => {
    const text = "0123456789abcdefghij";
    const s = snippetOf(text, [[10, 12]], 3, 4);
    expect(s.text).toBe("…789abcdef…");
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(["ab"]);
  });

  test("folding keeps offsets: lower case and one script, one character for one", () => {
    const text = "謝賽甯說 İstanbul ABC";
    expect(foldForMatch(text, fold)).toHaveLength(text.length);
    expect(foldForMatch("謝賽寧說ABC", fold)).toBe("谢赛宁说abc");
  });
});

describe("on the built-in data", () => {
  const built = buildDataset("data");
  if (!built.ok) throw new Error(built.problems.map(formatProblem).join("\n"));
  const real = createQuoteSearch(built.dataset, fold);

  test("a phrase only in a traditional-script quote is found typed in simplified, and back", () => {
    const simplified = real.relations("开山之作").map((h) => h.edgeId);
    expect(simplified).toContain("jason-wei--authored--chain-of-thought");
    expect(real.relations("開山之作").map((h) => h.edgeId)).toEqual(simplified);
    for (const id of simplified) {
      const edge = built.dataset.edges.find((e) => e.id === id);
      expect(edge?.evidence.some((e) => e.quote.includes("開山之作"))).toBe(true);
    }
    expect(built.dataset.nodes.some((n) => [n.label, n.labelZh].includes("开山之作"))).toBe(false);
  });
});
