import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { addSearchKeys } from "./searchKeys.ts";
import { createSearch, normalizeForSearch } from "./search.ts";
import type { Dataset, GraphNode } from "./types.ts";

type Names = Pick<GraphNode, "id" | "type" | "label" | "shortLabel" | "labelZh" | "aliases">;

/** The names of the built-in nodes, frozen in a fixture: editing data/ changes no ranking here. */
function namesFixture(): Dataset {
  const names = parse(readFileSync("tests/fixtures/search/nodes.yaml", "utf8")) as Names[];
  const nodes = names.map((n) => ({ ...n, aliases: n.aliases ?? [], position: { x: 0, y: 0 } }));
  return { schemaVersion: 1, sources: [], nodes, edges: [] };
}

describe("normalizeForSearch", () => {
  test("folds case and width, drops spaces and punctuation, keeps CJK and digits", () => {
    expect(normalizeForSearch("William (Bill) Peebles")).toBe("williambillpeebles");
    expect(normalizeForSearch("DALL·E 3")).toBe("dalle3");
    expect(normalizeForSearch("ＤＡＬＬ－Ｅ　３")).toBe("dalle3");
    expect(normalizeForSearch("Patch n' Pack: NaViT")).toBe("patchnpacknavit");
    expect(normalizeForSearch("  謝賽甯 ")).toBe("謝賽甯");
    expect(normalizeForSearch("扩散 transformer")).toBe("扩散transformer");
    expect(normalizeForSearch("@SIY.Z")).toBe("siyz");
    expect(normalizeForSearch("ICLR’24")).toBe("iclr24");
    expect(normalizeForSearch("Café")).toBe(normalizeForSearch("Cafe\u0301"));
    expect(normalizeForSearch(" ·-— ")).toBe("");
  });
});

describe("createSearch on the built-in names", () => {
  const search = createSearch(addSearchKeys(namesFixture()).nodes);
  const first = (query: string) => search(query)[0]?.id;

  test.each([
    "謝賽甯",
    "谢赛宁",
    "謝賽寧",
    "xie saining",
    "Saining Xie",
    "xiesaining",
    "XIE-SAINING",
  ])("%s finds Saining Xie first", (query) => expect(first(query)).toBe("saining-xie"));

  test.each(["xie saning", "xie sainign", "saning xie"])("typo %s still finds Saining Xie", (q) =>
    expect(first(q)).toBe("saining-xie"),
  );

  test.each(["tian yuandong", "Yuandong Tian", "田淵棟", "田渊栋", "tianyuandong"])(
    "%s finds Tian Yuandong first",
    (query) => expect(first(query)).toBe("yuandong-tian"),
  );

  test("fuzzy and partial Latin names", () => {
    expect(first("peebels")).toBe("bill-peebles");
    expect(first("tim brook")).toBe("tim-brooks");
    expect(first("tim brokks")).toBe("tim-brooks");
    expect(first("karpaty")).toBe("andrej-karpathy");
    expect(first("transfomer")).toBe("transformer");
  });

  test("paper titles and product names", () => {
    expect(first("Scalable diffusion")).toBe("dit");
    expect(search("diffusion").map((h) => h.id)).toContain("dit");
    expect(first("dalle 3")).toBe("dalle-3");
    expect(first("DALL-E 3")).toBe("dalle-3");
    // 扩散模型 (diffusion models) is the closer prefix; DiT's 扩散型Transformer is found too.
    expect(search("扩散").map((h) => h.id)).toEqual(
      expect.arrayContaining(["diffusion-model", "dit"]),
    );
  });

  test("the hit says what matched, and exact beats prefix beats fuzzy", () => {
    const [exact] = search("Saining Xie");
    expect(exact).toEqual({
      id: "saining-xie",
      label: "Saining Xie",
      matched: "Saining Xie",
      score: 4,
    });
    expect(search("谢赛宁")[0]?.matched).toBe("谢赛宁");
    expect(search("xie saining")[0]?.matched).toBe("xiesaining");
    const dalle = search("dalle");
    expect(dalle.map((h) => h.id).slice(0, 3)).toEqual(["dalle", "dalle-2", "dalle-3"]);
    expect(dalle[0]?.score).toBe(4);
    expect(dalle[1]?.score).toBeLessThan(4);
    expect(search("xie saning")[0]?.score).toBeLessThan(1);
  });

  test("unrelated or empty queries find nothing", () => {
    for (const query of ["zzzz", "qwerty", "xyzzy", "", "   ", "·-·"])
      expect(search(query)).toEqual([]);
  });

  test("short queries are not fuzzy", () => {
    expect(search("bill").map((h) => h.id)).toEqual(["bill-peebles", "peebles-thesis"]);
    // Prefix hits only: "sora" finds Sora and the Sora technical report, nothing merely alike.
    expect(search("sora").map((h) => h.id)).toEqual(["sora", "sora-technical-report"]);
  });

  test("the limit caps the hits", () => {
    expect(search("a").length).toBe(20);
    expect(search("a", 3)).toHaveLength(3);
    expect(search("a", 0)).toEqual([]);
  });
});

describe("createSearch without baked keys", () => {
  const node = (
    id: string,
    label: string,
    aliases: string[] = [],
    labelZh?: string,
  ): GraphNode => ({
    id,
    type: "person",
    label,
    aliases,
    position: { x: 0, y: 0 },
    ...(labelZh ? { labelZh } : {}),
  });
  const search = createSearch([
    node("b", "Beta Alpha"),
    node("a", "Alpha"),
    node("c", "Gamma", ["The Alphabet"]),
    node("d", "Delta Alpha"),
    node("e", "Epsilon", [], "伊普西隆"),
    node("f", "Alphanumeric"),
  ]);

  test("falls back to label, labelZh and aliases", () => {
    expect(search("the alphabet")[0]).toMatchObject({ id: "c", matched: "The Alphabet", score: 4 });
    expect(search("伊普西隆")[0]?.id).toBe("e");
  });

  test("ranks exact, then prefix, then substring, more of the key covered first", () => {
    expect(search("alpha").map((h) => h.id)).toEqual(["a", "f", "b", "d", "c"]);
  });

  test("equal scores are ordered by label", () => {
    const tied = createSearch([
      node("z", "Zeta One"),
      node("y", "Beta One"),
      node("x", "Eta Ones"),
    ]);
    expect(tied("one").map((h) => h.id)).toEqual(["y", "x", "z"]);
    expect(new Set(tied("one").map((h) => h.score)).size).toBe(1);
  });
});
