// What a reader can style nodes by, and the default: small, for the address and the first view.
// The colours and sizes themselves are computed by style.ts, loaded when a style is chosen.
import type { GraphNode } from "./types.ts";

/** What nodes are coloured by: "type", "community", or "attr:<name>". */
export type ColorBy = string;
/** What nodes are sized by: "degree", "quotes", or "attr:<name>". */
export type SizeBy = string;
/** How wide edges are drawn: "same" (one width), or "attr:weight". */
export type WidthBy = string;

export interface Style {
  color: ColorBy;
  size: SizeBy;
  width: WidthBy;
}

export const DEFAULT_STYLE: Style = { color: "type", size: "degree", width: "same" };

/** The numeric edge attributes that can set edge widths: the weight, when some edge has one. */
export function edgeWidthChoices(edges: readonly { weight?: number | undefined }[]): string[] {
  return edges.some((e) => typeof e.weight === "number" && Number.isFinite(e.weight))
    ? ["weight"]
    : [];
}

/** The style a network opens with: its bundle's baked default, else type and relations. */
export const defaultStyle = (dataset: { style?: { color: string; size: string } }): Style =>
  dataset.style ? { ...DEFAULT_STYLE, ...dataset.style } : DEFAULT_STYLE;

export interface StyleChoices {
  /** Attributes whose values are categories (text or yes/no). */
  categorical: string[];
  /** Attributes whose values are numbers. */
  numeric: string[];
}

/**
 * The attributes a network's nodes carry that can colour or size them: numbers size them; text
 * colours them unless every node has a value of its own (a code, a name: nothing to group).
 */
export function styleChoices(nodes: readonly Pick<GraphNode, "attributes">[]): StyleChoices {
  const values = new Map<string, Set<string>>();
  const carried = new Map<string, number>();
  const numeric = new Map<string, boolean>();
  for (const n of nodes)
    for (const [k, v] of Object.entries(n.attributes ?? {})) {
      if (!values.has(k)) values.set(k, new Set());
      values.get(k)?.add(String(v));
      carried.set(k, (carried.get(k) ?? 0) + 1);
      numeric.set(k, (numeric.get(k) ?? true) && typeof v === "number");
    }
  const names = [...values.keys()].sort();
  return {
    categorical: names.filter(
      (k) => !numeric.get(k) && (values.get(k)?.size ?? 0) < (carried.get(k) ?? 0),
    ),
    numeric: names.filter((k) => numeric.get(k)),
  };
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/**
 * The attributes in which an import keeps a file's own look, whatever the format (GEXF viz:color
 * and viz:size, yEd's fill and geometry, Gephi's r/g/b and size, JSON color and size fields).
 */
export const FILE_COLOR = "viz:color";
export const FILE_SIZE = "viz:size";
export const FILE_SHAPE = "viz:shape";

/** Whether a network brought its own colours and sizes: the canvas's defaults then. */
export function fileLook(nodes: readonly Pick<GraphNode, "attributes">[]): {
  colors: boolean;
  sizes: boolean;
} {
  return {
    colors: nodes.some((n) => typeof n.attributes?.[FILE_COLOR] === "string"),
    sizes: nodes.some((n) => typeof n.attributes?.[FILE_SIZE] === "number"),
  };
}
