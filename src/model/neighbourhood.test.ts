import { describe, expect, test } from "vitest";
import { buildDataset } from "../../scripts/buildDataset.ts";
import { neighbourhood } from "./neighbourhood.ts";
import { makeDataset } from "./testDataset.ts";

// a → b → c → d, b — e — a (a triangle), f alone.
const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "person"],
    ["d", "person"],
    ["e", "person"],
    ["f", "person"],
  ],
  edges: [
    ["a", "advised_by", "b"],
    ["b", "advised_by", "c"],
    ["c", "advised_by", "d"],
    ["b", "collaborated_with", "e"],
    ["a", "family_of", "e"],
  ],
});

const sorted = (s: Set<string>) => [...s].sort();

describe("neighbourhood", () => {
  test("one hop walks edges both ways and keeps the edges among the nodes found", () => {
    const n = neighbourhood(d, "b", 1);
    expect(sorted(n.nodes)).toEqual(["a", "b", "c", "e"]);
    expect(sorted(n.edges)).toEqual([
      "a--advised_by--b",
      "a--family_of--e",
      "b--advised_by--c",
      "b--collaborated_with--e",
    ]);
  });

  test("two hops reach one step further", () => {
    expect(sorted(neighbourhood(d, "a", 1).nodes)).toEqual(["a", "b", "e"]);
    const n = neighbourhood(d, "a", 2);
    expect(sorted(n.nodes)).toEqual(["a", "b", "c", "e"]);
    expect(n.edges.has("c--advised_by--d")).toBe(false);
  });

  test("walks only the edges given", () => {
    const n = neighbourhood(d, "a", 2, new Set(["a--family_of--e", "b--advised_by--c"]));
    expect(sorted(n.nodes)).toEqual(["a", "e"]);
    expect(sorted(n.edges)).toEqual(["a--family_of--e"]);
  });

  test("a lone node is its own neighbourhood; an unknown id has none", () => {
    expect(neighbourhood(d, "f", 2)).toEqual({ nodes: new Set(["f"]), edges: new Set() });
    expect(neighbourhood(d, "nobody", 1)).toEqual({ nodes: new Set(), edges: new Set() });
  });

  test("on the real dataset", () => {
    const built = buildDataset("data");
    if (!built.ok) throw new Error("the data folder does not compile");
    const real = built.dataset;
    const one = neighbourhood(real, "sora", 1);
    for (const id of ["openai", "tim-brooks", "bill-peebles", "dit"])
      expect(one.nodes).toContain(id);
    const two = neighbourhood(real, "sora", 2);
    for (const id of one.nodes) expect(two.nodes).toContain(id);
    expect(two.nodes).toContain("uc-berkeley"); // sora ← bill-peebles → uc-berkeley
    expect(one.nodes).not.toContain("uc-berkeley");
    for (const e of real.edges) {
      const inside = two.nodes.has(e.source) && two.nodes.has(e.target);
      expect(two.edges.has(e.id), e.id).toBe(inside);
    }
  });
});
