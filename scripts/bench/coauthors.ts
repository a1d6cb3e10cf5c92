// A generated, seeded co-authorship-like network for the bench: authors in research groups of
// power-law sizes, each with a power-law "activity" that sets how many co-authors they get; most
// papers are written inside a group, some across. Written as GEXF (undirected), with or without
// viz:position, so the same graph can be bundled with and without a layout to do.
import { seededRandom } from "../../src/model/seededRandom.ts";

export interface CoauthorNode {
  id: string;
  label: string;
  type: "person" | "university" | "lab";
  x: number;
  y: number;
}

export interface CoauthorNetwork {
  nodes: CoauthorNode[];
  /** Pairs of node indices, each unordered pair once, no self-loops. */
  edges: [number, number][];
}

/** Share of edges drawn inside a group. */
const INSIDE = 0.85;
const SYLLABLES = ["ka", "to", "mi", "ra", "no", "se", "li", "an", "ber", "du", "vo", "chen"];

/** Pareto(alpha) ≥ 1: the heavy tail behind hubs and big groups. */
const pareto = (random: () => number, alpha: number) => Math.pow(1 - random(), -1 / alpha);

/** Index i with probability weights[i] / total, by binary search over the running sums. */
function picker(cumulative: Float64Array, from: number, to: number, random: () => number): number {
  const base = from > 0 ? (cumulative[from - 1] ?? 0) : 0;
  const target = base + random() * ((cumulative[to - 1] ?? 0) - base);
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function generateCoauthors(nodeCount: number, edgeCount: number, seed = 1): CoauthorNetwork {
  if (edgeCount > (nodeCount * (nodeCount - 1)) / 4) throw new Error("too many edges to place");
  const random = seededRandom(seed);
  // Groups: consecutive index ranges [start, end), sizes Pareto(1.6) × 6, at most 2 % of all.
  const groups: [number, number][] = [];
  for (let start = 0; start < nodeCount;) {
    const size = Math.min(
      nodeCount - start,
      Math.max(3, Math.round(6 * pareto(random, 1.6))),
      Math.max(3, Math.ceil(nodeCount / 50)),
    );
    groups.push([start, start + size]);
    start += size;
  }
  const weight = new Float64Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) weight[i] = pareto(random, 1.8);
  const cumulative = new Float64Array(nodeCount);
  let sum = 0;
  for (let i = 0; i < nodeCount; i++) cumulative[i] = sum += weight[i] ?? 0;
  const groupOf = new Int32Array(nodeCount);
  const groupWeight = new Float64Array(groups.length);
  groups.forEach(([a, b], g) => {
    for (let i = a; i < b; i++) groupOf[i] = g;
    groupWeight[g] = (cumulative[b - 1] ?? 0) - (a > 0 ? (cumulative[a - 1] ?? 0) : 0);
  });
  const groupCumulative = new Float64Array(groups.length);
  let gs = 0;
  groupWeight.forEach((w, g) => (groupCumulative[g] = gs += w));

  const seen = new Set<number>();
  const edges: [number, number][] = [];
  let tries = 0;
  while (edges.length < edgeCount) {
    if (++tries > edgeCount * 50) throw new Error("could not place the edges (graph too dense)");
    let a: number;
    let b: number;
    if (random() < INSIDE) {
      const [from, to] = groups[picker(groupCumulative, 0, groups.length, random)] ?? [0, 1];
      if (to - from < 2) continue;
      a = picker(cumulative, from, to, random);
      b = picker(cumulative, from, to, random);
    } else {
      a = picker(cumulative, 0, nodeCount, random);
      b = picker(cumulative, 0, nodeCount, random);
    }
    if (a === b) continue;
    const key = a < b ? a * nodeCount + b : b * nodeCount + a;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(a < b ? [a, b] : [b, a]);
  }

  // Positions a file might bring: groups on a sunflower spiral, members scattered around.
  const golden = Math.PI * (3 - Math.sqrt(5));
  const nodes: CoauthorNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const g = groupOf[i] ?? 0;
    const [from, to] = groups[g] ?? [0, 1];
    const spread = 12 * Math.sqrt(to - from);
    const r = 40 * Math.sqrt(nodeCount / 6) * Math.sqrt((g + 0.5) / groups.length);
    const angle = random() * 2 * Math.PI;
    const d = spread * Math.sqrt(random());
    const roll = random();
    const name = SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "ka";
    const more = SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "to";
    nodes.push({
      id: `a${i}`,
      label: `${name[0]?.toUpperCase()}${name.slice(1)}${more} ${String.fromCharCode(65 + (i % 26))}. (${i})`,
      type: roll < 0.85 ? "person" : roll < 0.95 ? "university" : "lab",
      x: Math.round((r * Math.cos(g * golden) + d * Math.cos(angle)) * 10) / 10,
      y: Math.round((r * Math.sin(g * golden) + d * Math.sin(angle)) * 10) / 10,
    });
  }
  return { nodes, edges };
}

/** GEXF 1.3, undirected, one `type` attribute; viz:position only when asked. */
export function toGexf(net: CoauthorNetwork, positions: boolean): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="undirected" mode="static">',
    '<attributes class="node"><attribute id="type" title="type" type="string"/></attributes>',
    "<nodes>",
  ];
  for (const n of net.nodes) {
    const viz = positions ? `<viz:position x="${n.x}" y="${n.y}" z="0"/>` : "";
    out.push(
      `<node id="${n.id}" label="${n.label}"><attvalues><attvalue for="type" value="${n.type}"/></attvalues>${viz}</node>`,
    );
  }
  out.push("</nodes>", "<edges>");
  net.edges.forEach(([a, b], i) =>
    out.push(`<edge id="e${i}" source="${net.nodes[a]?.id}" target="${net.nodes[b]?.id}"/>`),
  );
  out.push("</edges>", "</graph>", "</gexf>", "");
  return out.join("\n");
}
