import { describe, expect, test } from "vitest";
import { makeDataset } from "./testDataset.ts";
import { EDGE_WIDTH, edgeWidthsOf } from "./style.ts";
import { edgeWidthChoices } from "./styleChoices.ts";

const network = (weights: (number | undefined)[]) => {
  const d = makeDataset({
    nodes: weights
      .map((_, i) => [`n${i}`, "person"] as [string, "person"])
      .concat([["hub", "person"]]),
    edges: weights.map((_, i) => [`n${i}`, "collaborated_with", "hub"]),
  });
  d.edges.forEach((e, i) => {
    const w = weights[i];
    if (w !== undefined) e.weight = w;
  });
  return d;
};

describe("edge width by weight", () => {
  test("widths run linearly from 1 (the least weight) to 8 (the most)", () => {
    const d = network([1, 4, 10, undefined]);
    const w = edgeWidthsOf(d, "attr:weight");
    expect(d.edges.map((e) => w?.get(e.id))).toEqual([1, 3.3, 8, 1]);
    for (const v of w?.values() ?? []) {
      expect(v).toBeGreaterThanOrEqual(EDGE_WIDTH.min);
      expect(v).toBeLessThanOrEqual(EDGE_WIDTH.max);
    }
  });

  test("huge, negative and equal weights stay in the readable range", () => {
    const spread = edgeWidthsOf(network([-1e12, 0, 1e300]), "attr:weight");
    expect([...(spread?.values() ?? [])]).toEqual([1, 1, 8]);
    const equal = edgeWidthsOf(network([5, 5]), "attr:weight");
    expect([...(equal?.values() ?? [])]).toEqual([4.5, 4.5]);
  });

  test("no widths for one width, or for a network without weights", () => {
    expect(edgeWidthsOf(network([1, 2]), "same")).toBeNull();
    expect(edgeWidthsOf(network([undefined]), "attr:weight")).toBeNull();
  });

  test("weight is offered only when some edge has one", () => {
    expect(edgeWidthChoices(network([undefined, 2]).edges)).toEqual(["weight"]);
    expect(edgeWidthChoices(network([undefined]).edges)).toEqual([]);
  });
});
