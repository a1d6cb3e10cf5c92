import { describe, expect, test } from "vitest";
import fc from "fast-check";
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

/** Hops from `from` to every node it reaches, walking `edges` (all when undefined) both ways. */
function distances(data: Dataset, from: string, edges?: ReadonlySet<string>): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const e of data.edges) {
      if (edges && !edges.has(e.id)) continue;
      const next = e.source === at ? e.target : e.target === at ? e.source : null;
      if (next === null || dist.has(next)) continue;
      dist.set(next, (dist.get(at) ?? 0) + 1);
      queue.push(next);
    }
  }
  return dist;
}

describe("shortestPaths on random networks", () => {
  test("finds only well-formed, distinct paths as short as a breadth-first search, on the edges given", () => {
    const network = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 14 }),
        keep: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
      }),
    );
    fc.assert(
      fc.property(network, ({ n, pairs, keep }) => {
        const data = makeDataset({
          nodes: Array.from({ length: n }, (_, i): NodeSpec => [`p${i}`, "person"]),
          edges: pairs.map(([a, b], i): EdgeSpec => [
            `p${a}`,
            "collaborated_with",
            `p${b}`,
            { id: `e${i}` },
          ]),
        });
        const kept = new Set(data.edges.filter((_, i) => keep[i]).map((e) => e.id));
        const to = `p${n - 1}`;
        for (const edges of [undefined, kept]) {
          const hops = distances(data, "p0", edges).get(to);
          const paths = shortestPaths(data, "p0", to, edges ? { edges, max: 50 } : { max: 50 });
          if (hops === undefined) {
            expect(paths).toEqual([]);
            continue;
          }
          expect(paths.length).toBeGreaterThan(0);
          expect(new Set(paths.map((p) => pathEdges(p).join(" "))).size).toBe(paths.length);
          for (const p of paths) {
            expect(p).toHaveLength(hops);
            if (hops > 0) expectWellFormed(data, p, "p0", to);
            if (edges) for (const id of pathEdges(p)) expect(edges.has(id)).toBe(true);
          }
        }
      }),
      { seed: 18 },
    );
  });
});
