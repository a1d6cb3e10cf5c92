// The layout for graphs past LARGE_GRAPH: ForceAtlas2 with Barnes–Hut (graphology's iteration,
// the layout Gephi users know), run multilevel: the graph is coarsened (src/graph/coarsen.ts)
// down to a few hundred nodes, the coarsest level is laid out from seeded random points, and each
// finer level starts from its parent's place and takes a few passes. fcose grew faster than the
// graph (178 s and 4 GB for 100,000 nodes); this grows with it. Seeded: the same graph gives the
// same positions byte for byte. The browser's layout worker runs the same steps in chunks.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { seededRandom } from "../model/seededRandom.ts";
import { coarsen, firstLevel, type Level } from "./coarsen.ts";

/** Floats per node and per edge in graphology's matrices. */
const PPN = 10;
const PPE = 3;
/** Coarsen until a level is this small, or stops shrinking by a fifth. */
const COARSEST = 300;
/**
 * Node-iterations each level gets (its passes × its nodes, within MIN/MAX_PASSES): 20 per node
 * of the whole graph, between 100,000 (CA-GrQc's 5,242 nodes: 0.9 s of layout) and 600,000
 * (100,000 nodes bundle within a minute). Twice that on CA-GrQc took twice as long and drew the
 * same picture: the same ratio of edge length to the distance between random pairs (0.092), the
 * same share of nodes within half a node of another, the same clusters where they were.
 */
const workPerLevel = (order: number) => Math.min(600_000, Math.max(100_000, 20 * order));
const MIN_PASSES = 10;
const MAX_PASSES = 400;

/** graphology's inferSettings, with Barnes–Hut always on at Gephi's theta (1.2). */
function settingsFor(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: true,
    barnesHutTheta: 1.2,
  };
}

const passesFor = (n: number, order: number) =>
  Math.min(MAX_PASSES, Math.max(MIN_PASSES, Math.round(workPerLevel(order) / Math.max(n, 1))));

function matrices(level: Level, xy: Float64Array) {
  const nodes = new Float32Array(level.n * PPN);
  for (let i = 0; i < level.n; i++) {
    nodes[i * PPN] = xy[2 * i] ?? 0;
    nodes[i * PPN + 1] = xy[2 * i + 1] ?? 0;
    nodes[i * PPN + 6] = level.mass[i] ?? 1;
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
  }
  const edges = new Float32Array(level.a.length * PPE);
  for (let j = 0; j < level.a.length; j++) {
    edges[j * PPE] = (level.a[j] ?? 0) * PPN;
    edges[j * PPE + 1] = (level.b[j] ?? 0) * PPN;
    edges[j * PPE + 2] = level.w[j] ?? 1;
  }
  return { nodes, edges };
}

export interface MultilevelLayout {
  /** Node-iterations in the whole run: the unit of `steps()`' progress. */
  total: number;
  /** Runs the layout a chunk at a time, yielding the node-iterations done so far. */
  steps(chunk?: number): Generator<number, void>;
  /** Every node's current x, y at [2i], [2i + 1] (a coarse level's nodes share their place). */
  positions(): Float64Array;
}

export function multilevelLayout(
  n: number,
  edgeList: readonly (readonly [number, number])[],
  seed: number,
): MultilevelLayout {
  const random = seededRandom(seed);
  const levels: Level[] = [firstLevel(n, edgeList)];
  const parents: Int32Array[] = [];
  const level = (i: number): Level => {
    const l = levels[i];
    if (!l) throw new Error(`no level ${i}`);
    return l;
  };
  for (let top = level(0); top.n > COARSEST;) {
    const { parent, coarse } = coarsen(top);
    if (coarse.n > 0.8 * top.n) break;
    parents.push(parent);
    levels.push(coarse);
    top = coarse;
  }
  const total = levels.reduce((sum, l) => sum + passesFor(l.n, n) * l.n, 0);
  let at = levels.length - 1;
  const coarsest = level(at);
  const start = new Float64Array(coarsest.n * 2);
  const radius = 10 * Math.sqrt(coarsest.n);
  for (let i = 0; i < coarsest.n; i++) {
    const r = radius * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    start[2 * i] = r * Math.cos(a);
    start[2 * i + 1] = r * Math.sin(a);
  }
  let current = matrices(coarsest, start);

  const xyOf = (nodes: Float32Array, count: number) => {
    const xy = new Float64Array(count * 2);
    for (let i = 0; i < count; i++) {
      xy[2 * i] = nodes[i * PPN] ?? 0;
      xy[2 * i + 1] = nodes[i * PPN + 1] ?? 0;
    }
    return xy;
  };

  /** Children at their parent's place, scattered by about the spacing between nodes. */
  function prolong(at: number, coarseXY: Float64Array, rnd = random): Float64Array {
    const parent = parents[at] ?? new Int32Array(0);
    const fine = level(at);
    const coarseN = coarseXY.length / 2;
    let spread = 0;
    for (let i = 0; i < coarseXY.length; i++) spread += (coarseXY[i] ?? 0) ** 2;
    const jitter = Math.sqrt(spread / Math.max(coarseN, 1)) / Math.sqrt(Math.max(coarseN, 1));
    const xy = new Float64Array(fine.n * 2);
    for (let v = 0; v < fine.n; v++) {
      const p = parent[v] ?? 0;
      const r = jitter * Math.sqrt(rnd());
      const a = 2 * Math.PI * rnd();
      xy[2 * v] = (coarseXY[2 * p] ?? 0) + r * Math.cos(a);
      xy[2 * v + 1] = (coarseXY[2 * p + 1] ?? 0) + r * Math.sin(a);
    }
    return xy;
  }

  return {
    total,
    *steps(chunk = 100_000) {
      let done = 0;
      for (;;) {
        const { n: count } = level(at);
        const settings = settingsFor(count);
        const passes = passesFor(count, n);
        const per = Math.max(1, Math.round(chunk / Math.max(count, 1)));
        for (let i = 0; i < passes; i += per) {
          for (let k = i; k < Math.min(passes, i + per); k++)
            iterate(settings, current.nodes, current.edges);
          done += Math.min(per, passes - i) * count;
          yield done;
        }
        if (at === 0) return;
        at--;
        current = matrices(level(at), prolong(at, xyOf(current.nodes, count)));
      }
    },
    positions() {
      // From a coarse level, children are scattered around their parent as the next level would
      // start them, by a random source of their own (a look does not change the run).
      let xy: Float64Array = xyOf(current.nodes, level(at).n);
      const look = seededRandom(seed + 1);
      for (let l = at - 1; l >= 0; l--) xy = prolong(l, xy, look);
      return xy;
    },
  };
}

/**
 * Room per node, in model units: the picture is at least as wide as a disc holding each node in
 * a cell this wide (ForceAtlas2's gravity packs well-connected graphs tight: edges long, nodes
 * close). Large graphs draw nodes 8 units wide; their labels show from zoom 1.4.
 */
const NODE_ROOM = 24;

/**
 * Centre `xy` on the origin and scale it so that the median edge is `target` units long, or more
 * where the nodes would otherwise have less than NODE_ROOM each.
 */
export function normalise(
  xy: Float64Array,
  edges: readonly (readonly [number, number])[],
  target: number,
): Float64Array {
  const lengths: number[] = [];
  for (const [a, b] of edges) {
    const l = Math.hypot(
      (xy[2 * a] ?? 0) - (xy[2 * b] ?? 0),
      (xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0),
    );
    if (l > 0) lengths.push(l);
  }
  lengths.sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)];
  const count = xy.length / 2;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i++) {
    cx += xy[2 * i] ?? 0;
    cy += xy[2 * i + 1] ?? 0;
  }
  cx /= Math.max(count, 1);
  cy /= Math.max(count, 1);
  let squares = 0;
  for (let i = 0; i < count; i++)
    squares += ((xy[2 * i] ?? 0) - cx) ** 2 + ((xy[2 * i + 1] ?? 0) - cy) ** 2;
  // A uniform disc of radius R has an RMS radius of R / √2; the room asks R = NODE_ROOM √(n / π).
  const rms = Math.sqrt(squares / Math.max(count, 1));
  const roomy = rms > 0 ? (NODE_ROOM * Math.sqrt(count / Math.PI)) / (Math.SQRT2 * rms) : 1;
  const k = Math.max(median ? target / median : 1, roomy);
  const out = new Float64Array(xy.length);
  for (let i = 0; i < count; i++) {
    out[2 * i] = ((xy[2 * i] ?? 0) - cx) * k;
    out[2 * i + 1] = ((xy[2 * i + 1] ?? 0) - cy) * k;
  }
  return out;
}

/** Node ids and links (by id) → edges between node indices, self-loops and strays left out. */
export function indexEdges(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
): [number, number][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges: [number, number][] = [];
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a !== undefined && b !== undefined && a !== b) edges.push([a, b]);
  }
  return edges;
}

/** A whole run: positions in the order of `ids`, the median edge `edgeLength` units long. */
export function largeLayout(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
  seed: number,
  edgeLength = 40,
): { x: number; y: number }[] {
  const edges = indexEdges(ids, links);
  const run = multilevelLayout(ids.length, edges, seed);
  for (const _ of run.steps(Number.POSITIVE_INFINITY)) void _;
  const xy = normalise(run.positions(), edges, edgeLength);
  return ids.map((_, i) => ({ x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 }));
}
