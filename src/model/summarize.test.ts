import { describe, expect, test } from "vitest";
import { quotedDataset } from "./export/testHelpers.ts";
import { hasHanText } from "./han.ts";
import { summarize } from "./summarize.ts";
import { makeDataset } from "./testDataset.ts";

describe("summarize", () => {
  test("counts sources, nodes, relations by certainty, facts and every quote", () => {
    const d = makeDataset({
      nodes: [
        ["a", "person"],
        ["b", "person"],
        ["c", "company"],
      ],
      edges: [
        ["a", "collaborated_with", "b", { certainty: "hedged", sources: ["s1", "s2"] }],
        ["a", "worked_at", "c", { certainty: "disputed" }],
        ["b", "worked_at", "c"],
      ],
      stories: [{ id: "s", title: "S", titleZh: "S", steps: [] }],
    });
    const [a] = d.nodes;
    if (a) a.facts = [{ id: "f", text: "t", evidence: d.edges[0]?.evidence ?? [] }];
    expect(summarize(d)).toEqual({
      sources: 2,
      stories: 1,
      nodes: 3,
      edges: 3,
      hedged: 1,
      disputed: 1,
      facts: 1,
      factQuotes: 2,
      quotes: 6,
    });
    expect(summarize(makeDataset({ nodes: [] }))).toMatchObject({ stories: 0, quotes: 0 });
  });
});

describe("hasHanText", () => {
  test("finds Chinese in a label, a Chinese label or an alias, and nowhere else", () => {
    const node = (label: string, aliases: string[] = [], labelZh?: string) => ({
      label,
      aliases,
      ...(labelZh ? { labelZh } : {}),
    });
    expect(hasHanText([node("Tim"), node("Sora", ["索拉"])])).toBe(true);
    expect(hasHanText([node("Tim", [], "蒂姆")])).toBe(true);
    expect(hasHanText([node("谢赛宁")])).toBe(true);
    expect(hasHanText([node("Tim", ["Timothy"]), node("ソラ")])).toBe(false);
    expect(hasHanText(quotedDataset().nodes)).toBe(true);
    expect(hasHanText([])).toBe(false);
  });
});
