import { describe, expect, test } from "vitest";
import { makeDataset, type EdgeSpec, type NodeSpec } from "./testDataset.ts";
import { communities } from "./communities.ts";
import {
  colorsByAttribute,
  colorsOf,
  fileColors,
  OTHER_COLOR,
  PALETTE,
  quoteCounts,
  sizesOf,
} from "./style.ts";
import { styleChoices } from "./styleChoices.ts";
import { NODE_SIZE } from "./picture/nodeSize.ts";
import type { Dataset } from "./types.ts";

/** A dataset whose nodes carry the given attributes. */
function withAttributes(attrs: Record<string, Record<string, string | number>>): Dataset {
  const d = makeDataset({ nodes: Object.keys(attrs).map((id) => [id, "entity"] as const) });
  return { ...d, nodes: d.nodes.map((n) => ({ ...n, attributes: attrs[n.id] ?? {} })) };
}

describe("style by data", () => {
  test("text attributes are offered for colour, numbers for size", () => {
    const d = withAttributes({
      a: { city: "Paris", weight: 2 },
      b: { city: "Lyon", weight: 3.5 },
      c: { city: "Paris", weight: "n/a" },
    });
    // weight mixes numbers and text, each value its own: neither a number nor a grouping.
    expect(styleChoices(d.nodes)).toEqual({ categorical: ["city"], numeric: [] });
    const numbers = withAttributes({ a: { weight: 2 }, b: { weight: 3 } });
    expect(styleChoices(numbers.nodes)).toEqual({ categorical: [], numeric: ["weight"] });
    // A value of its own on every node (a code) groups nothing: not offered.
    const codes = withAttributes({ a: { code: "A1" }, b: { code: "B2" } });
    expect(styleChoices(codes.nodes).categorical).toEqual([]);
  });

  test("the largest groups get the palette in order; the rest and the missing share grey", () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}` }));
    // Group g0 has 12 nodes, g1..g11 have 1–2 each, n29 has none.
    const group = (id: string) => {
      const i = Number(id.slice(1));
      if (i === 29) return undefined;
      return i < 12 ? "g0" : `g${1 + ((i - 12) % 11)}`;
    };
    const { colors, legend } = colorsOf(nodes, group, "other");
    expect(colors.get("n0")).toBe(PALETTE[0]);
    expect(legend[0]).toEqual({ label: "g0", color: PALETTE[0], count: 12 });
    expect(legend).toHaveLength(PALETTE.length + 1);
    // g1–g6 have two nodes, g7–g11 one: g10 and g11 fall outside the ten colours, with n29.
    expect(legend.at(-1)).toEqual({ label: "other", color: OTHER_COLOR, count: 3 });
    expect(colors.get("n29")).toBe(OTHER_COLOR);
  });

  test("colour by attribute", () => {
    const d = withAttributes({ a: { city: "Paris" }, b: { city: "Lyon" }, c: { city: "Paris" } });
    const { colors, legend } = colorsByAttribute(d, "city", "other");
    expect(colors.get("a")).toBe(colors.get("c"));
    expect(colors.get("a")).not.toBe(colors.get("b"));
    expect(legend.map((l) => [l.label, l.count])).toEqual([
      ["Paris", 2],
      ["Lyon", 1],
    ]);
  });

  test("size by quotes or a number follows the value's square root, within the usual bounds", () => {
    const d = makeDataset({
      nodes: [
        ["a", "person"],
        ["b", "person"],
        ["c", "paper"],
      ],
      edges: [
        ["a", "authored", "c", { sources: ["s1", "s2", "s3", "s4"] }],
        ["b", "authored", "c"],
      ],
    });
    expect(Object.fromEntries(quoteCounts(d))).toEqual({ a: 4, b: 1, c: 5 });
    const sizes = sizesOf(d, "quotes");
    expect(sizes.get("c")).toBe(NODE_SIZE.max);
    expect(sizes.get("b")).toBeLessThan(sizes.get("a") ?? 0);
    const numbers = withAttributes({ a: { w: 0 }, b: { w: 25 }, c: { w: 100 } });
    const byW = sizesOf(numbers, "attr:w");
    expect(byW.get("a")).toBe(NODE_SIZE.base);
    expect(byW.get("c")).toBe(NODE_SIZE.max);
    expect(byW.get("b")).toBe(Math.round(NODE_SIZE.base + (NODE_SIZE.max - NODE_SIZE.base) * 0.5));
  });
});

describe("communities", () => {
  test("two cliques joined by one edge are two communities, numbered largest first", () => {
    const clique = (p: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${p}${i}`).flatMap((a, i, all) =>
        all.slice(i + 1).map((b): EdgeSpec => [a, "collaborated_with", b]),
      );
    const d = makeDataset({
      nodes: [
        ...Array.from({ length: 5 }, (_, i): NodeSpec => [`a${i}`, "person"]),
        ...Array.from({ length: 4 }, (_, i): NodeSpec => [`b${i}`, "person"]),
      ],
      edges: [...clique("a", 5), ...clique("b", 4), ["a0", "collaborated_with", "b0"]],
    });
    const c = communities(d);
    expect(new Set(["a0", "a1", "a2", "a3", "a4"].map((id) => c.get(id)))).toEqual(new Set([1]));
    expect(new Set(["b0", "b1", "b2", "b3"].map((id) => c.get(id)))).toEqual(new Set([2]));
  });
});

describe("a file's own colours", () => {
  test("are kept as they are, and named by the attribute they were made from", () => {
    const d = withAttributes({
      a: { "viz:color": "#ff0000", group: "1" },
      b: { "viz:color": "#ff0000", group: "1" },
      c: { "viz:color": "#0000ff", group: "2" },
    });
    const { colors, legend } = fileColors(d, "viz:color", "the file's colours");
    expect(colors.get("c")).toBe("#0000ff");
    expect(legend).toEqual([
      { label: "group 1", color: "#ff0000", count: 2 },
      { label: "group 2", color: "#0000ff", count: 1 },
    ]);
    // With no attribute that matches them, the key names the colours.
    const bare = withAttributes({ a: { "viz:color": "#ff0000" }, b: { "viz:color": "#00ff00" } });
    expect(fileColors(bare, "viz:color", "the file's colours").legend.map((l) => l.label)).toEqual([
      "#00ff00",
      "#ff0000",
    ]);
  });
});
