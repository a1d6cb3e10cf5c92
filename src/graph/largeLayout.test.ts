import { describe, expect, test } from "vitest";
import { seededRandom } from "../model/seededRandom.ts";
import type { UnplacedDataset } from "../model/types.ts";
import { bakeLayout } from "./bakeLayout.ts";
import { coarsen, firstLevel } from "./coarsen.ts";
import { indexEdges, largeLayout, multilevelLayout } from "./largeLayout.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";

/** `groups` groups of `size` nodes, dense inside (p = 0.5), a few links between groups. */
function groupedGraph(groups: number, size: number, seed = 3) {
  const random = seededRandom(seed);
  const ids = Array.from({ length: groups * size }, (_, i) => `n${i}`);
  const links: { source: string; target: string }[] = [];
  for (let g = 0; g < groups; g++)
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++)
        if (random() < 0.5) links.push({ source: `n${g * size + i}`, target: `n${g * size + j}` });
  for (let k = 0; k < groups * 2; k++) {
    const a = Math.floor(random() * ids.length);
    const b = Math.floor(random() * ids.length);
    if (a !== b) links.push({ source: `n${a}`, target: `n${b}` });
  }
  return { ids, links };
}

const { ids, links } = groupedGraph(30, 12);
const groupOf = (i: number) => Math.floor(i / 12);

describe("largeLayout", { timeout: 60_000 }, () => {
  test("the same graph and seed give the same positions, byte for byte", () => {
    const a = JSON.stringify(largeLayout(ids, links, 5));
    expect(JSON.stringify(largeLayout(ids, links, 5))).toBe(a);
    expect(JSON.stringify(largeLayout(ids, links, 6))).not.toBe(a);
  });

  test("positions are finite, spread out and keep groups together", () => {
    const xy = largeLayout(ids, links, 5);
    expect(xy.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // No collapse: (almost) every node has its own place, and the picture is many edges wide.
    expect(new Set(xy.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size).toBeGreaterThan(
      0.99 * ids.length,
    );
    const xs = xy.map((p) => p.x);
    const ys = xy.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(Math.min(width, height)).toBeGreaterThan(5 * 40);
    // Members of a group sit closer to each other than to the rest.
    const dist = (i: number, j: number) =>
      Math.hypot((xy[i]?.x ?? 0) - (xy[j]?.x ?? 0), (xy[i]?.y ?? 0) - (xy[j]?.y ?? 0));
    let inside = 0;
    let across = 0;
    let nIn = 0;
    let nAcross = 0;
    for (let i = 0; i < ids.length; i += 3)
      for (let j = i + 1; j < ids.length; j += 5) {
        if (groupOf(i) === groupOf(j)) {
          inside += dist(i, j);
          nIn++;
        } else {
          across += dist(i, j);
          nAcross++;
        }
      }
    expect(inside / nIn).toBeLessThan(0.5 * (across / nAcross));
  });

  test("the median edge is as long as asked where the nodes have room", () => {
    const xy = largeLayout(ids, links, 5, 25);
    const index = new Map(ids.map((id, i) => [id, i]));
    const lengths = links
      .map((l) => {
        const a = xy[index.get(l.source) ?? 0];
        const b = xy[index.get(l.target) ?? 0];
        return Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));
      })
      .sort((p, q) => p - q);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeCloseTo(25, 0);
  });

  test("a tightly knit graph still gives each node room (a disc of 24 units a node)", () => {
    // A ring with chords: every node two steps from many others, so gravity packs it tight.
    const n = 600;
    const ring = Array.from({ length: n }, (_, i) => `r${i}`);
    const chords = ring.flatMap((id, i) => [
      { source: id, target: `r${(i + 1) % n}` },
      { source: id, target: `r${(i * 37 + 11) % n}` },
    ]);
    const xy = largeLayout(ring, chords, 5);
    const rms = Math.sqrt(xy.reduce((s, p) => s + p.x ** 2 + p.y ** 2, 0) / n);
    expect(Math.SQRT2 * rms).toBeGreaterThanOrEqual(24 * Math.sqrt(n / Math.PI) - 0.5);
  });

  test("steps report growing progress up to the total; positions stay finite on the way", () => {
    const run = multilevelLayout(ids.length, indexEdges(ids, links), 5);
    let last = 0;
    for (const done of run.steps(2_000)) {
      expect(done).toBeGreaterThan(last);
      last = done;
      const xy = run.positions();
      expect(xy.every(Number.isFinite)).toBe(true);
      // Stopped on a coarse level, nodes are scattered, not stacked on their group's place.
      const places = new Set<string>();
      for (let i = 0; i < ids.length; i++) places.add(`${xy[2 * i]},${xy[2 * i + 1]}`);
      expect(places.size).toBe(ids.length);
    }
    expect(last).toBe(run.total);
  });

  test("looking at the positions on the way does not change where the run ends", () => {
    const edges = indexEdges(ids, links);
    const looked = multilevelLayout(ids.length, edges, 5);
    for (const done of looked.steps(2_000)) if (done > 0) looked.positions();
    const plain = multilevelLayout(ids.length, edges, 5);
    for (const _ of plain.steps(Number.POSITIVE_INFINITY)) void _;
    expect(looked.positions()).toEqual(plain.positions());
  });
});

describe("coarsen", () => {
  test("halves the graph or so, keeps the mass and leaves no self-loop", () => {
    const level = firstLevel(ids.length, indexEdges(ids, links));
    const { parent, coarse } = coarsen(level);
    expect(coarse.n).toBeLessThanOrEqual(0.6 * level.n);
    const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
    expect(sum(coarse.mass)).toBe(sum(level.mass));
    expect(coarse.a.every((a, i) => a !== coarse.b[i])).toBe(true);
    expect(parent.every((p) => p >= 0 && p < coarse.n)).toBe(true);
  });

  test("folds a star's leaves into its centre", () => {
    const star = firstLevel(
      6,
      [1, 2, 3, 4, 5].map((leaf) => [0, leaf] as const),
    );
    expect(coarsen(star).coarse.n).toBe(1);
  });
});

describe("bakeLayout", () => {
  test(`above ${LARGE_GRAPH} elements it lays out with largeLayout`, () => {
    const big = groupedGraph(20, 20, 9);
    expect(big.ids.length + big.links.length).toBeGreaterThan(LARGE_GRAPH);
    const data: UnplacedDataset = {
      schemaVersion: 1,
      sources: [],
      nodes: big.ids.map((id) => ({ id, type: "person", label: id, aliases: [] })),
      edges: big.links.map((l, i) => ({
        id: `e${i}`,
        ...l,
        type: "collaborated_with",
        label: "",
        certainty: "stated",
        evidence: [],
      })),
    };
    const expected = largeLayout(big.ids, big.links, 11).map((p) => ({
      x: Math.round(p.x * 10) / 10 + 0,
      y: Math.round(p.y * 10) / 10 + 0,
    }));
    expect(bakeLayout(data, 11).nodes.map((n) => n.position)).toEqual(expected);
  }, 60_000);
});
