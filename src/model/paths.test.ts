import { describe, expect, test } from "vitest";
import { buildDataset } from "../../scripts/buildDataset.ts";
import { NO_FILTERS, visibleElements } from "./filters.ts";
import { pathEdges, pathNodes, shortestPaths, type PathHop } from "./paths.ts";
import { makeDataset, type EdgeSpec, type NodeSpec } from "./testDataset.ts";
import type { Dataset } from "./types.ts";

// Two ways from a to d (via b or via c, b joined to a twice), plus a longer detour and a lone node.
const NODES: NodeSpec[] = [
  ["a", "person"],
  ["b", "company"],
  ["c", "company"],
  ["d", "person"],
  ["x", "person"],
  ["y", "person"],
];
const d = makeDataset({
  nodes: NODES,
  edges: [
    ["a", "worked_at", "c"],
    ["a", "worked_at", "b"],
    ["a", "interned_at", "b"],
    ["d", "worked_at", "b"],
    ["d", "worked_at", "c"],
    ["a", "collaborated_with", "x"],
    ["x", "collaborated_with", "y"],
  ],
});

/** Every hop's edge joins the hop's two nodes, and the hops chain from `from` to `to`. */
function expectWellFormed(data: Dataset, path: PathHop[], from: string, to: string) {
  const edges = new Map(data.edges.map((e) => [e.id, e]));
  path.forEach((hop, i) => {
    const e = edges.get(hop.edgeId);
    expect([e?.source, e?.target].sort()).toEqual([hop.from, hop.to].sort());
    expect(hop.from).toBe(i === 0 ? from : path[i - 1]?.to);
  });
  expect(path[path.length - 1]?.to).toBe(to);
}

describe("shortestPaths", () => {
  test("finds every shortest path, in node order then edge order, with the direction walked", () => {
    const paths = shortestPaths(d, "a", "d");
    expect(paths.map(pathNodes)).toEqual([
      ["a", "b", "d"],
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
    expect(paths.map(pathEdges)).toEqual([
      ["a--interned_at--b", "d--worked_at--b"],
      ["a--worked_at--b", "d--worked_at--b"],
      ["a--worked_at--c", "d--worked_at--c"],
    ]);
    expect(paths[0]?.[1]).toEqual({ edgeId: "d--worked_at--b", from: "b", to: "d" });
    for (const p of paths) expectWellFormed(d, p, "a", "d");
  });

  test("stops at max", () => {
    expect(shortestPaths(d, "a", "d", { max: 1 }).map(pathEdges)).toEqual([
      ["a--interned_at--b", "d--worked_at--b"],
    ]);
    expect(shortestPaths(d, "a", "d", { max: 0 })).toEqual([]);
  });

  test("walks only the edges given", () => {
    const edges = new Set(["a--worked_at--c", "d--worked_at--c", "a--worked_at--b"]);
    expect(shortestPaths(d, "d", "a", { edges }).map(pathNodes)).toEqual([["d", "c", "a"]]);
    expect(shortestPaths(d, "d", "y", { edges })).toEqual([]);
  });

  test("same node, unreachable and unknown", () => {
    expect(shortestPaths(d, "a", "a")).toEqual([[]]);
    expect(shortestPaths(d, "y", "d").map(pathNodes)).toEqual([
      ["y", "x", "a", "b", "d"],
      ["y", "x", "a", "b", "d"],
      ["y", "x", "a", "c", "d"],
    ]);
    const lone = makeDataset({
      nodes: [...NODES, ["z", "person"]],
      edges: [["a", "family_of", "x"]],
    });
    expect(shortestPaths(lone, "a", "z")).toEqual([]);
    expect(shortestPaths(d, "a", "nobody")).toEqual([]);
  });

  test("does not enumerate an explosion of equally short paths", () => {
    // 12 layers of 4 people, each joined to every person of the next layer: 4^10 shortest paths.
    const layers = Array.from({ length: 12 }, (_, i) =>
      i === 0 ? ["s"] : i === 11 ? ["t"] : ["0", "1", "2", "3"].map((k) => `n${i}-${k}`),
    );
    const nodes = layers.flat().map((id): NodeSpec => [id, "person"]);
    const edges = layers
      .slice(1)
      .flatMap((layer, i) =>
        layer.flatMap((b) => (layers[i] ?? []).map((a): EdgeSpec => [a, "advised_by", b])),
      );
    const big = makeDataset({ nodes, edges });
    const paths = shortestPaths(big, "s", "t", { max: 3 });
    expect(paths.map(pathNodes)).toEqual([
      ["s", ...Array.from({ length: 10 }, (_, i) => `n${i + 1}-0`), "t"],
      ["s", ...Array.from({ length: 9 }, (_, i) => `n${i + 1}-0`), "n10-1", "t"],
      ["s", ...Array.from({ length: 9 }, (_, i) => `n${i + 1}-0`), "n10-2", "t"],
    ]);
  });
});

describe("pathNodes and pathEdges", () => {
  test("the empty path visits nothing", () => {
    expect(pathNodes([])).toEqual([]);
    expect(pathEdges([])).toEqual([]);
  });
});

describe("on the real dataset", () => {
  const built = buildDataset("data");
  if (!built.ok) throw new Error("the data folder does not compile");
  const real = built.dataset;

  test("Tim Brooks to Saining Xie: well-formed shortest paths of one length", () => {
    const paths = shortestPaths(real, "tim-brooks", "saining-xie");
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(5);
    for (const p of paths) {
      expect(p.length).toBe(paths[0]?.length);
      expectWellFormed(real, p, "tim-brooks", "saining-xie");
    }
    expect(shortestPaths(real, "tim-brooks", "saining-xie")).toEqual(paths);
  });

  test("Yuandong Tian reaches Will DePue, also through the visible edges only", () => {
    const paths = shortestPaths(real, "yuandong-tian", "will-depue", { max: 10 });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expectWellFormed(real, p, "yuandong-tian", "will-depue");
    const { edges } = visibleElements(real, { ...NO_FILTERS, hiddenNodeTypes: ["paper"] });
    for (const p of shortestPaths(real, "yuandong-tian", "will-depue", { edges })) {
      expect(p.length).toBeGreaterThanOrEqual(paths[0]?.length ?? 0);
      for (const id of pathEdges(p)) expect(edges.has(id)).toBe(true);
    }
  });
});
