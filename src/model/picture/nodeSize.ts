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
