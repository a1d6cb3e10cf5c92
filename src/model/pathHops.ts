// A path as hops, and what it visits: small, for the first view's emphasis rule (the search for
// shortest paths, src/model/paths.ts, loads when a path is asked for).

/** One step of a path: the edge walked, from the node left to the node reached. */
export interface PathHop {
  edgeId: string;
  from: string;
  to: string;
}

/** The nodes a path visits, in order; [] for the empty path. */
export function pathNodes(path: readonly PathHop[]): string[] {
  const first = path[0];
  return first ? [first.from, ...path.map((h) => h.to)] : [];
}

/** The edges a path walks, in order. */
export function pathEdges(path: readonly PathHop[]): string[] {
  return path.map((h) => h.edgeId);
}
