// A finishing pass over a force layout, for graphs small enough to show every label: turn the
// picture so its long side is horizontal (screens are wide), widen it towards a screen's shape,
// then push nodes apart until no two overlap and no edge runs under a node it does not join (a
// reader takes such a line for a link: the usual fix, like Gephi's "Noverlap", is to nudge).
import { nearestOnSegment, type Point } from "./geometry.ts";

export interface PolishNode extends Point {
  id: string;
  /** Drawn radius (model units). */
  r: number;
  /** Room to keep clear around the node beyond its radius, for its label (hubs). */
  room?: number;
}

export interface PolishOptions {
  /** Width ÷ height the picture is widened towards (never stretched more than 1.4× either way). */
  aspect: number;
  /** Room kept between two nodes. */
  gap: number;
  /** Room kept between a node's rim and an edge that does not join it. */
  clearance: number;
  /** Rounds of nudging at most. */
  rounds: number;
}

export const POLISH: PolishOptions = { aspect: 1.6, gap: 14, clearance: 12, rounds: 400 };

/** Positions after the pass, by id. Pure and deterministic: the same input gives the same output. */
export function polishLayout(
  input: readonly PolishNode[],
  edges: readonly { source: string; target: string }[],
  options: PolishOptions = POLISH,
): Map<string, Point> {
  const nodes = input.map((n) => ({ ...n }));
  orient(nodes, options.aspect);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target)] as const)
    .filter((l): l is readonly [number, number] => l[0] !== undefined && l[1] !== undefined)
    .filter(([a, b]) => a !== b);
  for (let round = 0; round < options.rounds; round++) {
    const moved = separate(nodes, options.gap) + clearEdges(nodes, links, options.clearance);
    if (moved === 0) break;
  }
  return new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
}

/** Centre the picture, turn its principal axis horizontal, and widen it towards `aspect`. */
function orient(nodes: PolishNode[], aspect: number) {
  const n = nodes.length;
  if (n < 2) return;
  const mx = nodes.reduce((s, p) => s + p.x, 0) / n;
  const my = nodes.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of nodes) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (const p of nodes) {
    const x = p.x - mx;
    const y = p.y - my;
    p.x = x * cos - y * sin;
    p.y = x * sin + y * cos;
  }
  const spread = (axis: "x" | "y") => {
    const v = nodes.map((p) => p[axis]);
    return Math.max(...v) - Math.min(...v);
  };
  const now = spread("x") / Math.max(1e-9, spread("y"));
  const k = Math.sqrt(Math.min(1.4 ** 2, Math.max(1, aspect / now)));
  for (const p of nodes) {
    p.x *= k;
    p.y /= k;
  }
}

/** One round of pushing overlapping nodes apart; returns how many pairs moved. */
function separate(nodes: PolishNode[], gap: number): number {
  let moved = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i] as PolishNode;
      const b = nodes[j] as PolishNode;
      const want = Math.max(a.r + (a.room ?? 0) + b.r, a.r + b.r + (b.room ?? 0)) + gap;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      let d = Math.hypot(dx, dy);
      if (d >= want) continue;
      if (d < 1e-6) {
        // Same place: part them along a direction fixed by their order.
        dx = Math.cos(i + j);
        dy = Math.sin(i + j);
        d = 1;
      }
      const push = (want - d) / 2 + 0.01;
      a.x -= (dx / d) * push;
      a.y -= (dy / d) * push;
      b.x += (dx / d) * push;
      b.y += (dy / d) * push;
      moved++;
    }
  return moved;
}

/** One round of moving nodes off edges they do not join; returns how many moved. */
function clearEdges(
  nodes: PolishNode[],
  links: readonly (readonly [number, number])[],
  clearance: number,
): number {
  let moved = 0;
  for (const [s, t] of links) {
    const a = nodes[s] as PolishNode;
    const b = nodes[t] as PolishNode;
    for (let i = 0; i < nodes.length; i++) {
      if (i === s || i === t) continue;
      const p = nodes[i] as PolishNode;
      const want = p.r + clearance;
      // Cheap rejection: outside the edge's box grown by `want`.
      if (
        p.x < Math.min(a.x, b.x) - want ||
        p.x > Math.max(a.x, b.x) + want ||
        p.y < Math.min(a.y, b.y) - want ||
        p.y > Math.max(a.y, b.y) + want
      )
        continue;
      const { point, distance } = nearestOnSegment(p, a, b);
      if (distance >= want) continue;
      let nx = p.x - point.x;
      let ny = p.y - point.y;
      let len = Math.hypot(nx, ny);
      if (len < 1e-6) {
        // On the line: step off it to the left of the edge's direction.
        nx = -(b.y - a.y);
        ny = b.x - a.x;
        len = Math.hypot(nx, ny) || 1;
      }
      const push = want - distance + 0.01;
      // The node takes most of the step; the edge's ends give a little the other way.
      p.x += (nx / len) * push * 0.7;
      p.y += (ny / len) * push * 0.7;
      for (const end of [a, b]) {
        end.x -= (nx / len) * push * 0.15;
        end.y -= (ny / len) * push * 0.15;
      }
      moved++;
    }
  }
  return moved;
}
