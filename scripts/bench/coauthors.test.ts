import { describe, expect, test } from "vitest";
import { parseGraphFiles } from "../../src/model/import/detect.ts";
import { generateCoauthors, toGexf } from "./coauthors.ts";

describe("the bench's generated co-authorship network", () => {
  test("is seeded: the same seed gives the same file, another seed another", () => {
    const a = toGexf(generateCoauthors(300, 900, 4), true);
    expect(toGexf(generateCoauthors(300, 900, 4), true)).toBe(a);
    expect(toGexf(generateCoauthors(300, 900, 5), true)).not.toBe(a);
  });

  test("has exactly the nodes and edges asked for, no self-loop, no pair twice", () => {
    const net = generateCoauthors(2_000, 6_000, 1);
    expect(net.nodes).toHaveLength(2_000);
    expect(net.edges).toHaveLength(6_000);
    expect(net.edges.every(([a, b]) => a < b)).toBe(true);
    expect(new Set(net.edges.map(([a, b]) => `${a}-${b}`)).size).toBe(6_000);
  });

  test("has hubs: a power-law-like tail of degrees", () => {
    const net = generateCoauthors(2_000, 6_000, 1);
    const degree = new Array<number>(2_000).fill(0);
    for (const [a, b] of net.edges) {
      degree[a] = (degree[a] ?? 0) + 1;
      degree[b] = (degree[b] ?? 0) + 1;
    }
    const sorted = [...degree].sort((p, q) => q - p);
    const medianDegree = sorted[1_000] ?? 0;
    expect(sorted[0]).toBeGreaterThan(8 * medianDegree);
  });

  test("reads back as GEXF, with positions only when asked, and with types", () => {
    const net = generateCoauthors(200, 500, 2);
    for (const positions of [true, false]) {
      const parsed = parseGraphFiles([{ name: "c.gexf", text: toGexf(net, positions) }]);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(parsed.graph.nodes).toHaveLength(200);
      expect(parsed.graph.edges).toHaveLength(500);
      expect(parsed.graph.nodes.every((n) => n.position !== undefined)).toBe(positions);
      expect(new Set(parsed.graph.nodes.map((n) => n.type))).toEqual(
        new Set(["person", "university", "lab"]),
      );
    }
  });
});
