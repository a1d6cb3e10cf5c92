import { expect, test } from "vitest";
import fc from "fast-check";
import { nearestOnSegment } from "./geometry.ts";
import { POLISH, polishLayout, type PolishNode } from "./polishLayout.ts";

/** Pairs of overlapping nodes and (edge, node) pairs closer than the clearance. */
function faults(
  nodes: readonly PolishNode[],
  edges: { source: string; target: string }[],
  at: Map<string, { x: number; y: number }>,
) {
  const p = (id: string) => at.get(id) ?? { x: NaN, y: NaN };
  let overlaps = 0;
  let close = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i] as PolishNode;
      const b = nodes[j] as PolishNode;
      if (Math.hypot(p(a.id).x - p(b.id).x, p(a.id).y - p(b.id).y) < a.r + b.r) overlaps++;
    }
  for (const e of edges)
    for (const n of nodes) {
      if (n.id === e.source || n.id === e.target) continue;
      if (nearestOnSegment(p(n.id), p(e.source), p(e.target)).distance < n.r) close++;
    }
  return { overlaps, close };
}

test("a node sitting on an edge it does not join is moved off it, and stacked nodes are parted", () => {
  const nodes = [
    { id: "a", x: 0, y: 0, r: 10 },
    { id: "b", x: 200, y: 0, r: 10 },
    { id: "c", x: 100, y: 0, r: 10 }, // on the line a–b
    { id: "d", x: 100, y: 0, r: 10 }, // on c
  ];
  const edges = [{ source: "a", target: "b" }];
  const before = new Map(nodes.map((n) => [n.id, n]));
  expect(faults(nodes, edges, before)).toEqual({ overlaps: 1, close: 2 });
  const after = polishLayout(nodes, edges);
  expect(faults(nodes, edges, after)).toEqual({ overlaps: 0, close: 0 });
  const c = after.get("c");
  const line = [after.get("a"), after.get("b")] as const;
  if (!c || !line[0] || !line[1]) throw new Error("missing");
  expect(nearestOnSegment(c, line[0], line[1]).distance).toBeGreaterThanOrEqual(
    10 + POLISH.clearance - 0.5,
  );
});

test("a tall picture is turned to lie wide", () => {
  const nodes = Array.from({ length: 12 }, (_, i) => ({
    id: `n${i}`,
    x: (i % 2) * 40,
    y: i * 60,
    r: 8,
  }));
  const after = polishLayout(nodes, []);
  const xs = [...after.values()].map((p) => p.x);
  const ys = [...after.values()].map((p) => p.y);
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
});

test("for random small graphs, no two nodes overlap afterwards", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.integer({ min: -300, max: 300 }),
          fc.integer({ min: -300, max: 300 }),
          fc.integer({ min: 5, max: 30 }),
        ),
        { minLength: 2, maxLength: 25 },
      ),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
      (points, pairs) => {
        const nodes = points.map(([x, y, r], i) => ({ id: `n${i}`, x, y, r }));
        const edges = pairs.map(([a, b]) => ({
          source: `n${a % nodes.length}`,
          target: `n${b % nodes.length}`,
        }));
        const once = polishLayout(nodes, edges);
        expect(faults(nodes, [], once).overlaps).toBe(0);
      },
    ),
    { seed: 7, numRuns: 60 },
  );
});
