// Node size carries meaning: the more relations an entity has, the larger it is drawn. The scale
// is by the square root of the degree, so that a node's area grows with its number of relations.

/** Diameter of a node with no relation, and the diameter added per √degree (model units). */
export const NODE_SIZE = { base: 20, perRootDegree: 7, max: 64 } as const;

export function nodeSize(degree: number): number {
  const d = NODE_SIZE.base + NODE_SIZE.perRootDegree * Math.sqrt(Math.max(0, degree));
  return Math.round(Math.min(NODE_SIZE.max, d));
}

/** Each node's number of relations (a relation counted once at each end; self-loops once). */
export function degrees(
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string }[],
): Map<string, number> {
  const deg = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of edges) {
    deg.set(e.source, (deg.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) deg.set(e.target, (deg.get(e.target) ?? 0) + 1);
  }
  return deg;
}

/**
 * Sizes that fit a layout the data brought with it (a file's own positions, a map): where nodes
 * are wider than the room to their nearest neighbour, every size shrinks by one factor, chosen so
 * that nine nodes in ten fit that room (no size below 6 units): nodes keep their order of size
 * without piling on one another. A layout baked here keeps nodes apart, and its sizes come back
 * unchanged.
 */
export function fitSizes(
  points: readonly { x: number; y: number }[],
  sizes: readonly number[],
): number[] {
  if (points.length < 2) return [...sizes];
  const room = points.map((p, i) => {
    let best = Infinity;
    points.forEach((q, j) => {
      if (i !== j) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    });
    return best;
  });
  const ratios = sizes.map((s, i) => (s > 0 ? (room[i] ?? Infinity) / s : Infinity));
  const k = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 10)] ?? Infinity;
  if (k >= 1) return [...sizes];
  return sizes.map((s) => Math.max(6, Math.round(s * k * 10) / 10));
}
