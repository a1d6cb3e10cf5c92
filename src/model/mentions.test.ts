import { describe, expect, test } from "vitest";
import { sourcesMentioning } from "./mentions.ts";
import type { Dataset, GraphNode } from "./types.ts";

const node: GraphNode = {
  id: "xie",
  type: "person",
  label: "Saining Xie",
  labelZh: "谢赛宁",
  aliases: ["謝賽甯", "Xie"],
  position: { x: 0, y: 0 },
};
const dataset: Dataset = {
  schemaVersion: 1,
  nodes: [node],
  edges: [],
  sources: [
    {
      id: "a",
      title: "",
      publisher: "",
      language: "zh-Hans",
      text: "前文。谢赛宁说。又见谢赛宁。",
    },
    { id: "b", title: "", publisher: "", language: "zh-Hant", text: "作者謝賽甯。" },
    { id: "c", title: "", publisher: "", language: "en", text: "Nothing here." },
  ],
};

describe("sourcesMentioning", () => {
  test("finds each source that names the node, in either script, with the first place", () => {
    expect(sourcesMentioning(dataset, node)).toEqual([
      { sourceId: "a", start: 3, end: 6, count: 2 },
      { sourceId: "b", start: 2, end: 5, count: 1 },
    ]);
  });
});

describe("mentions with the script fold", async () => {
  const { loadScriptFold } = await import("./loadScriptFold.ts");
  const { makeDataset } = await import("./testDataset.ts");
  const { mentionsInSource, namesOf, mentionsIn, placesOfNode, suggestionsIn } =
    await import("./mentions.ts");
  const { readerRuns } = await import("./readerSegments.ts");
  const fold = await loadScriptFold();

  // Names overlap: GPT-4 holds GPT, 加州大学伯克利分校 holds 伯克利.
  const d = makeDataset({
    nodes: [
      ["gpt", "project"],
      ["gpt-4", "project"],
      ["berkeley", "university"],
      ["city", "entity"],
      ["xie", "person"],
    ],
    edges: [["xie", "studied_at", "berkeley", { sources: ["s"] }]],
  });
  const named = (id: string, label: string, labelZh: string | undefined, aliases: string[]) => {
    const n = d.nodes.find((x) => x.id === id);
    if (n) Object.assign(n, { label, aliases, ...(labelZh ? { labelZh } : {}) });
  };
  named("gpt", "GPT", undefined, []);
  named("gpt-4", "GPT-4", undefined, []);
  named("berkeley", "UC Berkeley", "加州大学伯克利分校", ["伯克利"]);
  named("city", "Berkeley city", "伯克利", []);
  named("xie", "Saining Xie", "谢赛宁", ["謝賽甯"]);
  const text = "謝賽寧在加州大學伯克利分校讀書。ChatGPT 和 GPT-4 都不是 GPT。謝賽甯去過伯克利。";
  const source = d.sources[0];
  const edge = d.edges[0];
  if (!source || !edge?.evidence[0]) throw new Error("test data");
  source.text = text;
  const quote = "謝賽寧在加州大學伯克利分校讀書";
  Object.assign(edge.evidence[0], { quote, start: 0, end: quote.length });
  const places = mentionsInSource(d, "s", fold);
  const at = (p: { start: number; end: number }) => text.slice(p.start, p.end);

  test("every alias in either script, the longest name winning where names overlap", () => {
    expect(places.map((p) => [p.node, at(p)])).toEqual([
      ["xie", "謝賽寧"],
      ["berkeley", "加州大學伯克利分校"],
      ["gpt-4", "GPT-4"],
      ["gpt", "GPT"],
      ["xie", "謝賽甯"],
      ["berkeley", "伯克利"],
    ]);
  });

  test("a Latin name is a whole word; without the fold only the script as written is found", () => {
    expect(places.some((p) => at(p) === "GPT" && p.start < text.indexOf("GPT-4"))).toBe(false);
    const plain = mentionsIn(text, namesOf(d.nodes)).map((p) => text.slice(p.start, p.end));
    expect(plain).not.toContain("謝賽寧");
    expect(plain).toContain("謝賽甯");
  });

  test("an entity's places per source, for its panel", () => {
    expect(placesOfNode(d, "xie", fold)).toEqual([
      { sourceId: "s", places: [places[0], places[4]] },
    ]);
  });

  test("a sentence naming two entities is a suggestion unless a relation between them cites it", () => {
    const suggestions = suggestionsIn(d, "s", fold);
    // The first sentence is quoted by xie studied_at berkeley: no suggestion. The second names
    // GPT-4 and GPT (no relation); the third Xie and Berkeley again, but no quote cites it.
    expect(suggestions.map((s) => [s.sentence, s.pairs])).toEqual([
      ["ChatGPT 和 GPT-4 都不是 GPT。", [["gpt", "gpt-4"]]],
      ["謝賽甯去過伯克利。", [["berkeley", "xie"]]],
    ]);
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.sentence);
  });

  test("the reader's runs: a suggested sentence is one run, names are pieces, the rest is text", () => {
    const suggestions = suggestionsIn(d, "s", fold);
    const runs = readerRuns(0, text.length, places, suggestions);
    expect(runs.map((r) => r.suggestion)).toEqual([undefined, 0, 1]);
    expect(
      runs
        .flatMap((r) => r.pieces)
        .map((p) => text.slice(p.start, p.end))
        .join(""),
    ).toBe(text);
    // Cut at a quote's edge: the name across it is split, nothing is lost.
    const left = readerRuns(0, 2, places, suggestions);
    expect(left[0]?.pieces).toEqual([{ start: 0, end: 2, node: "xie" }]);
  });
});
