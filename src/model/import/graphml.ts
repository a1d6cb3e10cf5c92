// GraphML: <key> declarations name and type the <data> of nodes and edges; yFiles node labels
// and geometry are read too. Nested graphs are flattened (GraphML node ids are file-wide).
import { GraphBuilder } from "./builder.ts";
import { MAX_ATTRIBUTES } from "./caps.ts";
import { edgeFrom, nodeFrom } from "./fields.ts";
import { toBoolean, toNumber } from "./lines.ts";
import { type AttributeValue, type ParseResult, attributeBag } from "./types.ts";
import { rgbHex } from "./colors.ts";
import {
  keepColor,
  keepShape,
  keepSize,
  lookNotes,
  newLooks,
  takeLookFields,
  type Looks,
} from "./look.ts";
import {
  attr,
  edgeEnds,
  elements,
  findDeep,
  graphsUnder,
  nodesWithIds,
  readXml,
  textOf,
  type XmlDocument,
  type XmlElement,
} from "./xml.ts";

interface KeyDef {
  name: string;
  type: string;
  fallback?: string;
}

interface Ctx {
  doc: XmlDocument;
  b: GraphBuilder;
  keys: { node: Map<string, KeyDef>; edge: Map<string, KeyDef> };
  labelFrom: Set<string>;
  looks: Looks;
}

export function parseGraphml(text: string, fileName: string): ParseResult {
  const read = readXml(text, fileName);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const doc = read.doc;
  const b = new GraphBuilder(fileName, "GraphML");
  const graphs = graphsUnder(
    doc,
    "graphml",
    "GraphML",
    b,
    "export the network again as GraphML, or choose the file's real format",
  );
  const graph = graphs?.[0];
  if (!graphs || !graph) return b.finish();
  if (graphs.length > 1)
    b.notes.push(`The file holds ${graphs.length} graphs: only the first was read.`);
  const ctx: Ctx = {
    doc,
    b,
    keys: { node: new Map(), edge: new Map() },
    labelFrom: new Set(),
    looks: newLooks(),
  };
  for (const key of elements(doc.root, "key")) {
    const id = attr(key, "id");
    if (id === undefined) continue;
    const target = attr(key, "for") ?? "all";
    const fallback = elements(key, "default")[0];
    const def: KeyDef = {
      name: attr(key, "attr.name") ?? id,
      type: (attr(key, "attr.type") ?? "string").toLowerCase(),
      ...(fallback ? { fallback: textOf(fallback) } : {}),
    };
    if (target === "node" || target === "all") ctx.keys.node.set(id, def);
    if (target === "edge" || target === "all") ctx.keys.edge.set(id, def);
  }
  for (const [kind, keys] of Object.entries(ctx.keys)) {
    const n = defaultsOf(keys).length;
    if (n > MAX_ATTRIBUTES) {
      b.problem(
        { line: doc.lineOf(elements(doc.root, "key")[0] ?? doc.root) },
        `${n.toLocaleString("en-US")} keys for ${kind}s have a <default>; the importer keeps at most ${MAX_ATTRIBUTES} attributes per ${kind}`,
        "remove the defaults (or the keys) you do not need",
      );
      return b.finish();
    }
  }
  const edgedefault = attr(graph, "edgedefault");
  if (edgedefault === undefined) {
    b.notes.push("The graph gives no edgedefault: edges read as directed (the GraphML default).");
  }
  readGraph(graph, edgedefault !== "undirected", ctx);
  b.notes.push(...lookNotes(ctx.looks));
  for (const from of ctx.labelFrom) {
    b.notes.push(`Nodes have no label, name or title: labels were taken from "${from}".`);
  }
  return b.finish();
}

function readGraph(graph: XmlElement, directedDefault: boolean, ctx: Ctx): void {
  const { b, doc } = ctx;
  for (const { el, id, line } of nodesWithIds(graph, doc, b)) {
    const { bag, label, position } = data(el, ctx.keys.node, ctx.looks);
    gephiLook(bag, ctx.looks);
    // yEd's label is the node's name only when its data gives none.
    const made = nodeFrom(id, bag, { fallbackLabel: label, position });
    if (made.labelFrom !== undefined) ctx.labelFrom.add(made.labelFrom);
    b.addNode(made.node, { line });
    for (const inner of elements(el, "graph")) readGraph(inner, directedDefault, ctx);
  }
  for (const el of elements(graph, "edge")) {
    if (b.full) return;
    const line = doc.lineOf(el);
    const ends = edgeEnds(el, line, b);
    if (!ends) continue;
    const { source, target } = ends;
    const directed = toBoolean(attr(el, "directed") ?? "") ?? directedDefault;
    const { bag, label } = data(el, ctx.keys.edge, null);
    const edge = edgeFrom({ source, target, id: attr(el, "id") }, bag, { directed, label });
    if (typeof edge === "string") {
      b.problem({ line }, `this edge's ${edge}`, "correct the value, or remove it");
      continue;
    }
    b.addEdge(edge, { line });
  }
  if (elements(graph, "hyperedge").length > 0 && !b.notes.some((n) => n.includes("hyperedge"))) {
    b.notes.push("Hyperedges are not supported: they were left out.");
  }
}

/** Gephi's GraphML export writes a node's colour as r, g, b and its size as size. */
function gephiLook(bag: Record<string, AttributeValue>, looks: Looks): void {
  const rgb = rgbHex(bag["r"], bag["g"], bag["b"]);
  if (rgb && keepColor(bag, rgb, "r, g, b", looks))
    for (const c of ["r", "g", "b"]) Reflect.deleteProperty(bag, c);
  takeLookFields(bag, looks, { color: ["color", "colour"], size: ["size"] });
}

/**
 * The <data> of an element by key name, with yFiles label and geometry when present, and for a
 * node (`looks` given) yFiles' fill colour, size and shape.
 */
function data(
  el: XmlElement,
  keys: Map<string, KeyDef>,
  looks: Looks | null,
): {
  bag: Record<string, AttributeValue>;
  label?: string | undefined;
  position?: { x: number; y: number } | undefined;
} {
  const bag = attributeBag();
  let label: string | undefined;
  let position: { x: number; y: number } | undefined;
  for (const [name, value] of defaultsOf(keys)) bag[name] = value;
  for (const d of elements(el, "data")) {
    const key = attr(d, "key") ?? "";
    const def = keys.get(key);
    const yLabel = findDeep(d, "NodeLabel") ?? findDeep(d, "EdgeLabel");
    const geometry = findDeep(d, "Geometry");
    if (yLabel || geometry) {
      const t = yLabel ? textOf(yLabel).trim() : "";
      if (t !== "") label ??= t;
      const x = geometry ? toNumber(attr(geometry, "x") ?? "") : undefined;
      const y = geometry ? toNumber(attr(geometry, "y") ?? "") : undefined;
      if (x !== undefined && y !== undefined) position ??= { x, y };
      if (looks) yedLook(d, geometry, bag, looks);
      continue;
    }
    bag[def?.name ?? key] = typed(textOf(d), def?.type ?? "string");
  }
  return { bag, label, position };
}

function yedLook(
  d: XmlElement,
  geometry: XmlElement | undefined,
  bag: Record<string, AttributeValue>,
  looks: Looks,
): void {
  const fill = findDeep(d, "Fill");
  if (fill && attr(fill, "hasColor") !== "false" && attr(fill, "transparent") !== "true")
    keepColor(bag, attr(fill, "color"), "yEd fill", looks);
  const w = toNumber(geometry ? (attr(geometry, "width") ?? "") : "");
  const h = toNumber(geometry ? (attr(geometry, "height") ?? "") : "");
  if (w !== undefined && h !== undefined) keepSize(bag, (w + h) / 2, "yEd geometry", looks);
  const shape = findDeep(d, "Shape");
  if (shape) keepShape(bag, attr(shape, "type"), looks);
}

/** Each key's default, typed once per key list (not once per node). */
const DEFAULTS = new WeakMap<Map<string, KeyDef>, [string, AttributeValue][]>();
function defaultsOf(keys: Map<string, KeyDef>): [string, AttributeValue][] {
  let list = DEFAULTS.get(keys);
  if (!list) {
    list = [...keys.values()].flatMap((d) =>
      d.fallback === undefined
        ? []
        : [[d.name, typed(d.fallback, d.type)] as [string, AttributeValue]],
    );
    DEFAULTS.set(keys, list);
  }
  return list;
}

function typed(value: string, type: string): AttributeValue {
  if (["int", "long", "float", "double", "integer", "short"].includes(type)) {
    return toNumber(value) ?? value;
  }
  if (type === "boolean") return toBoolean(value) ?? value;
  return value;
}
