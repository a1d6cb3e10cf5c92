import { describe, expect, test } from "vitest";
import { bakeStyle } from "./bakedStyle.ts";
import { makeDataset } from "./testDataset.ts";

const plain = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "person"],
  ],
  edges: [["a", "studied_at", "b"]],
});
const withAttributes = {
  ...plain,
  sources: [],
  nodes: plain.nodes.map((n, i) => ({
    ...n,
    attributes: { group: i < 2 ? "x" : "y", weight: i + 1, code: `c${i}` },
  })),
};

describe("bakeStyle (npm run bundle -- --color-by --size-by)", () => {
  test("no flags: nothing baked, the app's own default", () => {
    expect(bakeStyle(plain, {}, "a.gexf")).toEqual({ ok: true, style: undefined });
    expect(bakeStyle(plain, { colorBy: "type", sizeBy: "degree" }, "a.gexf")).toEqual({
      ok: true,
      style: undefined,
    });
  });

  test("built-in choices and attributes, by name or as attr:<name>", () => {
    expect(bakeStyle(plain, { colorBy: "community" }, "a")).toEqual({
      ok: true,
      style: { color: "community", size: "degree", width: "same" },
    });
    expect(bakeStyle(plain, { sizeBy: "quotes" }, "a")).toEqual({
      ok: true,
      style: { color: "type", size: "quotes", width: "same" },
    });
    expect(bakeStyle(withAttributes, { colorBy: "group", sizeBy: "attr:weight" }, "a")).toEqual({
      ok: true,
      style: { color: "attr:group", size: "attr:weight", width: "same" },
    });
  });

  test("a name that is no choice is refused, with the network and every choice named", () => {
    const result = bakeStyle(withAttributes, { colorBy: "code", sizeBy: "quotes" }, "net.gexf");
    expect(result).toEqual({
      ok: false,
      messages: [
        'net.gexf: --color-by "code" is not a choice for this network\n' +
          '  Choices: "type", "community", "group"\n' +
          "  Fix: give one of these (an attribute colours nodes when some of them share a value)",
        'net.gexf: --size-by "quotes" is not a choice for this network\n' +
          '  Choices: "degree", "weight"\n' +
          "  Fix: give one of these (an attribute sizes nodes when all its values are numbers)",
      ],
    });
  });
});
