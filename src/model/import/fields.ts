// The attribute names every format may use for the fields Quotegraph knows (label, type, quote…).
import type { AttributeValue, ImportedEdge, ImportedNode } from "./types.ts";
import { toBoolean } from "./lines.ts";

type Attrs = Record<string, AttributeValue>;

const norm = (key: string) =>
  key
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Remove and return the first attribute whose normalized name is one of `names`. */
function take(attrs: Attrs, names: readonly string[]): AttributeValue | undefined {
  for (const name of names) {
    for (const key of Object.keys(attrs)) {
      if (norm(key) === name) {
        const value = attrs[key];
        Reflect.deleteProperty(attrs, key);
        return value;
      }
    }
  }
  return undefined;
}

function text(value: AttributeValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  return s.trim() === "" ? undefined : s;
}

export const LABEL_KEYS = ["label", "name", "title"] as const;
/** Used for a label only when no label/name/title exists (airlines.graphml has only tooltips). */
export const FALLBACK_LABEL_KEYS = ["tooltip", "description"] as const;

/**
 * Build a node from its attribute bag: label, type and x/y come out of the bag; `explicit`
 * values (a GEXF label attribute, a viz:position) win over attributes of the same meaning.
 * `labelFrom` names the attribute a fallback label came from.
 */
export function nodeFrom(
  id: string,
  bag: Attrs,
  explicit: {
    label?: string | undefined;
    /** A label drawn in the file (yEd's y:NodeLabel): used when the data names no label. */
    fallbackLabel?: string | undefined;
    position?: { x: number; y: number } | undefined;
  } = {},
): { node: ImportedNode; labelFrom?: string } {
  const attributes = { ...bag };
  let label = explicit.label ?? text(take(attributes, LABEL_KEYS)) ?? explicit.fallbackLabel;
  let labelFrom: string | undefined;
  if (label === undefined) {
    for (const key of Object.keys(attributes)) {
      if ((FALLBACK_LABEL_KEYS as readonly string[]).includes(norm(key))) {
        label = text(attributes[key]);
        if (label !== undefined) {
          labelFrom = key;
          break;
        }
      }
    }
  }
  const type = text(take(attributes, ["type"]));
  let position = explicit.position;
  const x = attributes["x"] ?? attributes["X"];
  const y = attributes["y"] ?? attributes["Y"];
  if (typeof x === "number" && typeof y === "number") {
    position ??= { x, y };
    for (const k of ["x", "X", "y", "Y"]) Reflect.deleteProperty(attributes, k);
  }
  const node: ImportedNode = { id, attributes };
  if (label !== undefined) node.label = label;
  if (type !== undefined) node.type = type;
  if (position) node.position = position;
  return labelFrom === undefined ? { node } : { node, labelFrom };
}

/**
 * Build an edge from its attribute bag. `type` (or `relation`, Cytoscape's `interaction`),
 * `weight` (or Newman's and d3's `value`), `directed`,
 * `quote`, `source_id` and `translation` come out of the bag.
 * Returns a string when a known field has a value that cannot be read.
 */
export function edgeFrom(
  ends: { source: string; target: string; id?: string | undefined },
  bag: Attrs,
  defaults: { directed: boolean; label?: string | undefined; weight?: number | undefined },
): ImportedEdge | string {
  const attributes = { ...bag };
  const edge: ImportedEdge = {
    source: ends.source,
    target: ends.target,
    directed: defaults.directed,
    attributes,
  };
  if (ends.id !== undefined) edge.id = ends.id;
  const label = defaults.label ?? text(take(attributes, LABEL_KEYS));
  if (label !== undefined) edge.label = label;
  const type = text(take(attributes, ["type", "relation", "relationship", "interaction"]));
  if (type !== undefined) edge.type = type;
  const weight = defaults.weight ?? take(attributes, ["weight", "value"]);
  if (weight !== undefined && String(weight).trim() !== "") {
    const w = typeof weight === "number" ? weight : Number(String(weight).trim());
    if (!Number.isFinite(w)) return `weight "${String(weight)}" is not a number`;
    edge.weight = w;
  }
  const directed = take(attributes, ["directed"]);
  if (directed !== undefined && String(directed).trim() !== "") {
    const d = toBoolean(directed);
    if (d === undefined) return `directed "${String(directed)}" is neither true nor false`;
    edge.directed = d;
  }
  const quote = text(take(attributes, ["quote"]));
  if (quote !== undefined) edge.quote = quote;
  const sourceId = text(take(attributes, ["source_id", "sourceid"]));
  if (sourceId !== undefined) edge.sourceId = sourceId;
  const translation = text(take(attributes, ["translation"]));
  if (translation !== undefined) edge.translation = translation;
  return edge;
}
