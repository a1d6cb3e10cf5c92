// Which labels of a large graph can be shown without covering each other. Labels are drawn at a
// font size in model units, so they grow and shrink with the zoom exactly as the distances between
// nodes do: two labels that overlap at one zoom overlap at every zoom. One greedy pass over the
// whole graph therefore holds for every zoom.

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  label: string;
  /** Higher goes first (the number of links, say). */
  priority: number;
}

export interface LabelGeometry {
  /** Font size, in model units. */
  fontSize: number;
  /** Space between the node's centre and the top of its label. */
  offsetY: number;
  /** A typical wide label: the size of the grid's cells (labels are never cut, so none is capped). */
  maxWidth: number;
  /** Room kept free around each label. */
  gap: number;
  /** A node's width and height: no label may cover another node either. */
  nodeSize: number;
}

/** A generous estimate of a label's width: wide (CJK) characters are a full em, others 0.65 em. */
export function labelWidth(label: string, fontSize: number): number {
  let ems = 0;
  for (const ch of label) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.65;
  return ems * fontSize;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The ids whose labels fit: candidates in order of priority (then id), each kept when its box,
 * centred below its node, touches no label kept before it and no node.
 */
export function labelsThatFit(
  candidates: readonly LabelCandidate[],
  geometry: LabelGeometry,
): Set<string> {
  const { fontSize, offsetY, maxWidth, gap, nodeSize } = geometry;
  const lineHeight = fontSize * 1.25;
  const height = lineHeight + gap;
  const cell = Math.max(maxWidth, height);
  const grid = new Map<string, Box[]>();
  const put = (box: Box) => {
    for (const k of cellsOf(box)) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  };
  const cellsOf = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++)
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++)
        keys.push(`${i},${j}`);
    return keys;
  };
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Every node is an obstacle (a label sits below its own node, clear of it).
  const r = nodeSize / 2;
  for (const c of candidates) put({ x1: c.x - r, x2: c.x + r, y1: c.y - r, y2: c.y + r });
  const kept = new Set<string>();
  for (const c of order) {
    if (c.label.trim() === "") continue;
    // A label may come on two lines (wrapLabel): as wide as its widest line, a line-height each.
    const lines = c.label.split("\n");
    const widest = Math.max(...lines.map((l) => labelWidth(l, fontSize)));
    // Labels are never cut (a long name is drawn whole, on at most two lines): no cap on width.
    const width = widest + gap;
    const box = {
      x1: c.x - width / 2,
      x2: c.x + width / 2,
      y1: c.y + offsetY,
      y2: c.y + offsetY + lineHeight * lines.length + gap,
    };
    if (cellsOf(box).some((k) => grid.get(k)?.some((other) => overlaps(box, other)))) continue;
    put(box);
    kept.add(c.id);
  }
  return kept;
}
