// Style by data: colour nodes by their type, by any attribute with few enough values, or by
// community; size them by number of relations, number of quotes or a numeric attribute. Pure:
// the canvas draws what this says, and the legend lists the same colours.
import type { Dataset } from "./types.ts";
import type { LegendEntry, SizeBy, WidthBy } from "./styleChoices.ts";
import { degrees, NODE_SIZE, nodeSize } from "./picture/nodeSize.ts";

/** Ten colours told apart by most readers (Tableau 10), then grey for everything else. */
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#59a14f",
  "#b07aa1",
  "#76b7b2",
  "#edc948",
  "#9c755f",
  "#ff9da7",
  "#2f4b7c",
] as const;
export const OTHER_COLOR = "#9ca3af";
export interface NodeColors {
  colors: Map<string, string>;
  legend: LegendEntry[];
}

/**
 * Colours for a grouping of the nodes (id → group name, missing = no value): the ten largest
 * groups get the palette, the rest share grey as "other".
 */
export function colorsOf(
  nodes: readonly { id: string }[],
  groupOf: (id: string) => string | undefined,
  otherLabel: string,
): NodeColors {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const g = groupOf(n.id);
    if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colorOfGroup = new Map(ranked.slice(0, PALETTE.length).map(([g], i) => [g, PALETTE[i]]));
  const colors = new Map<string, string>();
  let other = 0;
  for (const n of nodes) {
    const g = groupOf(n.id);
    const c = g === undefined ? undefined : colorOfGroup.get(g);
    colors.set(n.id, c ?? OTHER_COLOR);
    if (!c) other++;
  }
  const legend = ranked
    .slice(0, PALETTE.length)
    .map(([label, count], i) => ({ label, count, color: PALETTE[i] ?? OTHER_COLOR }));
  if (other > 0) legend.push({ label: otherLabel, color: OTHER_COLOR, count: other });
  return { colors, legend };
}

/** Colours by an attribute's values. */
export function colorsByAttribute(dataset: Dataset, name: string, otherLabel: string): NodeColors {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  return colorsOf(
    dataset.nodes,
    (id) => {
      const v = byId.get(id)?.attributes?.[name];
      return v === undefined ? undefined : String(v);
    },
    otherLabel,
  );
}

/** Each node's number of quotes: on its relations and on its facts. */
export function quoteCounts(dataset: Dataset): Map<string, number> {
  const counts = new Map(
    dataset.nodes.map((n) => [n.id, n.facts?.reduce((s, f) => s + f.evidence.length, 0) ?? 0]),
  );
  for (const e of dataset.edges)
    for (const end of [e.source, e.target])
      counts.set(end, (counts.get(end) ?? 0) + e.evidence.length);
  return counts;
}

/**
 * Node sizes (model units) for `size`: by number of relations (the default), by number of quotes,
 * or by a numeric attribute; the same scale as nodeSize (square root, so area follows the value).
 */
export function sizesOf(dataset: Dataset, size: SizeBy): Map<string, number> {
  if (size === "degree" || (!size.startsWith("attr:") && size !== "quotes")) {
    const d = degrees(dataset.nodes, dataset.edges);
    return new Map(dataset.nodes.map((n) => [n.id, nodeSize(d.get(n.id) ?? 0)]));
  }
  const value =
    size === "quotes"
      ? quoteCounts(dataset)
      : new Map(
          dataset.nodes.map((n) => {
            const v = n.attributes?.[size.slice(5)];
            return [n.id, typeof v === "number" && Number.isFinite(v) ? v : 0];
          }),
        );
  const max = Math.max(0, ...value.values());
  const span = NODE_SIZE.max - NODE_SIZE.base;
  return new Map(
    dataset.nodes.map((n) => {
      const v = Math.max(0, value.get(n.id) ?? 0);
      return [n.id, Math.round(NODE_SIZE.base + (max > 0 ? span * Math.sqrt(v / max) : 0))];
    }),
  );
}

/** Edge widths (model units, about px at zoom 1): readable, never hairlines nor bars. */
export const EDGE_WIDTH = { min: 1, max: 8 } as const;

/**
 * Edge widths for `width` ("attr:weight"): linear from the smallest value (1) to the largest (8);
 * an edge without a value is drawn thinnest, and equal values all in the middle. Null for "same".
 */
export function edgeWidthsOf(dataset: Dataset, width: WidthBy): Map<string, number> | null {
  if (width !== "attr:weight") return null;
  const values = dataset.edges
    .map((e) => e.weight)
    .filter((w): w is number => typeof w === "number" && Number.isFinite(w));
  if (values.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = EDGE_WIDTH.max - EDGE_WIDTH.min;
  const widthOf = (w: number | undefined) => {
    if (typeof w !== "number" || !Number.isFinite(w)) return EDGE_WIDTH.min;
    const t = hi > lo ? (w - lo) / (hi - lo) : 0.5;
    return Math.round((EDGE_WIDTH.min + span * t) * 10) / 10;
  };
  return new Map(dataset.edges.map((e) => [e.id, widthOf(e.weight)]));
}

/**
 * The colours a file gave its nodes (kept in `colorAttribute`), and their key: labelled with the
 * values of the attribute they were made from when one matches them one to one (Gephi colours by
 * a partition such as "Modularity Class"), else by the colour itself.
 */
export function fileColors(
  dataset: Dataset,
  colorAttribute: string,
  gradientLabel: string,
): NodeColors {
  const colorOf = (n: Dataset["nodes"][number]) => {
    const c = n.attributes?.[colorAttribute];
    return typeof c === "string" ? c : undefined;
  };
  const colors = new Map(dataset.nodes.map((n) => [n.id, colorOf(n) ?? OTHER_COLOR]));
  const counts = new Map<string, number>();
  for (const c of colors.values()) counts.set(c, (counts.get(c) ?? 0) + 1);
  // An attribute whose values and the colours determine each other names the colours.
  const names = new Set(dataset.nodes.flatMap((n) => Object.keys(n.attributes ?? {})));
  names.delete(colorAttribute);
  let source: string | null = null;
  let valueOf = new Map<string, string>();
  for (const name of [...names].sort()) {
    const byColor = new Map<string, string>();
    const byValue = new Map<string, string>();
    const ok = dataset.nodes.every((n) => {
      const c = colors.get(n.id) ?? OTHER_COLOR;
      const v = n.attributes?.[name];
      if (v === undefined) return false;
      const value = String(v);
      if ((byColor.get(c) ?? value) !== value || (byValue.get(value) ?? c) !== c) return false;
      byColor.set(c, value);
      byValue.set(value, c);
      return true;
    });
    if (ok && byColor.size > 1) {
      source = name;
      valueOf = byColor;
      break;
    }
  }
  // A gradient (Gephi's ranking by a number) has a colour per value: one entry says so.
  if (!source && counts.size > 12) {
    const [first] = [...counts].sort((a, b) => b[1] - a[1]);
    return {
      colors,
      legend: [{ label: gradientLabel, color: first?.[0] ?? OTHER_COLOR, count: colors.size }],
    };
  }
  const legend = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12)
    .map(([color, count]) => ({
      label: source ? `${source} ${valueOf.get(color) ?? ""}` : color,
      color,
      count,
    }));
  return { colors, legend };
}
