import { describe, expect, test } from "vitest";
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

  test("keeps exactly the edges whose two ends it found", () => {
    for (const n of d.nodes)
      for (const hops of [1, 2] as const) {
        const found = neighbourhood(d, n.id, hops);
        for (const e of d.edges) {
          const inside = found.nodes.has(e.source) && found.nodes.has(e.target);
          expect(found.edges.has(e.id), `${n.id} ${hops} ${e.id}`).toBe(inside);
        }
      }
  });
});
