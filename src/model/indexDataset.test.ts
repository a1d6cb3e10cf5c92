import { describe, expect, test } from "vitest";
import { indexDataset } from "./indexDataset.ts";
import { degrees } from "./picture/nodeSize.ts";
import { makeDataset } from "./testDataset.ts";

// a → b → c, a — c, c ↺ (a self-loop), d alone; a → b quotes two sources, b → c one twice.
const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "company"],
    ["d", "person"],
  ],
  edges: [
    ["a", "advised_by", "b", { sources: ["s1", "s2"] }],
    ["b", "worked_at", "c", { sources: ["s2", "s2"] }],
    ["a", "collaborated_with", "c"],
    ["c", "collaborated_with", "c"],
  ],
  stories: [{ id: "tour", title: "Tour", titleZh: "Tour", steps: [] }],
});
const ids = (edges: readonly { id: string }[]) => edges.map((e) => e.id);

describe("indexDataset", () => {
  test("finds nodes, edges, sources and stories by id, and nothing for an unknown id", () => {
    const index = indexDataset(d);
    expect(index.nodes.get("c")?.type).toBe("company");
    expect(index.edges.get("b--worked_at--c")?.target).toBe("c");
    expect(index.sources.get("s2")?.id).toBe("s2");
    expect(index.stories.get("tour")?.title).toBe("Tour");
    expect(index.nodes.get("b--worked_at--c")).toBeUndefined();
    expect(index.edges.get("a")).toBeUndefined();
    expect(index.edgesOf("nobody")).toEqual([]);
    expect(index.degree("nobody")).toBe(0);
  });

  test("a node's edges go both ways, in the dataset's order; a self-loop counts once", () => {
    const index = indexDataset(d);
    expect(ids(index.edgesOf("a"))).toEqual(["a--advised_by--b", "a--collaborated_with--c"]);
    expect(ids(index.edgesOf("c"))).toEqual([
      "b--worked_at--c",
      "a--collaborated_with--c",
      "c--collaborated_with--c",
    ]);
    expect(index.edgesOf("d")).toEqual([]);
  });

  test("degree agrees with the picture's degrees for every node", () => {
    const index = indexDataset(d);
    const expected = degrees(d.nodes, d.edges);
    for (const n of d.nodes) expect(index.degree(n.id), n.id).toBe(expected.get(n.id));
  });

  test("a source's relations list each relation once, however often it is quoted", () => {
    const index = indexDataset(d);
    expect(ids(index.edgesCiting("s2"))).toEqual(["a--advised_by--b", "b--worked_at--c"]);
    expect(ids(index.edgesCiting("s1"))).toEqual([
      "a--advised_by--b",
      "a--collaborated_with--c",
      "c--collaborated_with--c",
    ]);
    expect(index.edgesCiting("s9")).toEqual([]);
  });

  test("is built once per dataset object, and afresh for another", () => {
    const index = indexDataset(d);
    expect(indexDataset(d)).toBe(index);
    const other = { ...d, nodes: d.nodes.slice(0, 1) };
    expect(indexDataset(other)).not.toBe(index);
    expect(indexDataset(other).nodes.has("b")).toBe(false);
  });
});
