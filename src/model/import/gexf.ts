// GEXF 1.1draft, 1.2 and 1.3 (www.gexf.net, gexf.net and the old gephi.org namespaces): elements
// are matched by local name, attvalues by `for` or `id`, positions from any viz namespace.
import { clip } from "../problems.ts";
import { GraphBuilder } from "./builder.ts";
import { MAX_ATTRIBUTES } from "./caps.ts";
import { edgeFrom, nodeFrom } from "./fields.ts";
import { rgbHex } from "./colors.ts";
import { keepColor, keepShape, keepSize, lookNotes, newLooks, type Looks } from "./look.ts";
import { toNumber } from "./lines.ts";
import { type AttributeValue, type ParseResult, attributeBag } from "./types.ts";
import {
  attr,
  edgeEnds,
  elements,
  graphsUnder,
  nodesWithIds,
  readXml,
  type XmlDocument,
  type XmlElement,
} from "./xml.ts";

interface AttributeDef {
  title: string;
  type: string;
  fallback?: string;
}

type Defs = Map<string, AttributeDef>;

export function parseGexf(text: string, fileName: string): ParseResult {
  const read = readXml(text, fileName);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const doc = read.doc;
  const ns = doc.namespace ?? "";
  const version = /\/(1\.\d\w*)\/?$/.exec(ns)?.[1] ?? attr(doc.root, "version");
  const format = ns.includes("gephi.org")
    ? "GEXF (old gephi.org namespace)"
    : version
      ? `GEXF ${version}`
      : "GEXF";
  const b = new GraphBuilder(fileName, format);
  const graph = graphsUnder(
    doc,
    "gexf",
    "GEXF",
    b,
    "export the network again as GEXF from Gephi, or choose the file's real format",
  )?.[0];
  if (!graph) return b.finish();
  if (doc.namespace) b.notes.push(`GEXF namespace ${doc.namespace}.`);
  const defaultType = attr(graph, "defaultedgetype") ?? "undirected";
  if (attr(graph, "defaultedgetype") === undefined) {
    b.notes.push("The file gives no defaultedgetype: edges read as undirected (the GEXF default).");
  }
  const defs = { node: new Map(), edge: new Map() } satisfies Record<string, Defs>;
  for (const group of elements(graph, "attributes")) {
    const cls = attr(group, "class") === "edge" ? defs.edge : defs.node;
    for (const a of elements(group, "attribute")) {
      const id = attr(a, "id");
      if (id === undefined) continue;
      const fallback = elements(a, "default")[0]?.["#text"];
      cls.set(id, {
        title: attr(a, "title") ?? id,
        type: (attr(a, "type") ?? "string").toLowerCase(),
        ...(fallback === undefined ? {} : { fallback }),
      });
    }
  }
  for (const [cls, list] of Object.entries(defs)) {
    if (defaultsOf(list).length > MAX_ATTRIBUTES) {
      b.problem(
        { line: doc.lineOf(elements(graph, "attributes")[0] ?? graph) },
        `${defaultsOf(list).length.toLocaleString("en-US")} ${cls} attributes have a default; the importer keeps at most ${MAX_ATTRIBUTES} attributes per ${cls}`,
        "remove the defaults (or the attributes) you do not need",
      );
      return b.finish();
    }
  }
  const looks = newLooks();
  for (const nodes of elements(graph, "nodes")) readNodes(nodes, doc, defs.node, b, looks);
  b.notes.push(...lookNotes(looks));
  for (const edges of elements(graph, "edges")) {
    for (const el of elements(edges, "edge")) {
      if (b.full) break;
      readEdge(el, doc, defs.edge, defaultType, b);
    }
  }
  return b.finish();
}

function readNodes(
  nodes: XmlElement,
  doc: XmlDocument,
  defs: Defs,
  b: GraphBuilder,
  looks: Looks,
): void {
  for (const { el, id, line } of nodesWithIds(nodes, doc, b)) {
    const bag = attvalues(el, defs, b);
    const pos = elements(el, "position")[0];
    const x = pos ? toNumber(attr(pos, "x") ?? "") : undefined;
    const y = pos ? toNumber(attr(pos, "y") ?? "") : undefined;
    const position = x !== undefined && y !== undefined ? { x, y } : undefined;
    keepLook(el, bag, looks);
    b.addNode(nodeFrom(id, bag, { label: attr(el, "label"), position }).node, { line });
    // Hierarchical GEXF: nodes inside a node are nodes of the same graph.
    for (const inner of elements(el, "nodes")) readNodes(inner, doc, defs, b, looks);
  }
}

/** Keeps a node's viz:color (r g b, or 1.3's hex), viz:size and viz:shape among its attributes. */
function keepLook(el: XmlElement, bag: Record<string, AttributeValue>, looks: Looks): void {
  const color = elements(el, "color")[0];
  if (color) {
    const hex = attr(color, "hex");
    const rgb = ["r", "g", "b"].map((c) => attr(color, c));
    keepColor(
      bag,
      hex ?? rgbHex(...(rgb as [unknown, unknown, unknown])) ?? `rgb(${rgb.join(",")})`,
      "viz:color",
      looks,
    );
  }
  keepSize(bag, attr(elements(el, "size")[0] ?? {}, "value"), "viz:size", looks);
  const shape = elements(el, "shape")[0];
  if (shape) keepShape(bag, attr(shape, "value"), looks);
}

function readEdge(
  el: XmlElement,
  doc: XmlDocument,
  defs: Defs,
  defaultType: string,
  b: GraphBuilder,
): void {
  const line = doc.lineOf(el);
  const ends = edgeEnds(el, line, b);
  if (!ends) return;
  const { source, target } = ends;
  const type = attr(el, "type") ?? defaultType;
  const weight = attr(el, "weight");
  const bag = attvalues(el, defs, b);
  if (weight !== undefined) bag["weight"] = toNumber(weight) ?? weight;
  const edge = edgeFrom({ source, target, id: attr(el, "id") }, bag, {
    directed: type === "directed",
    label: attr(el, "label"),
  });
  if (typeof edge === "string") {
    b.problem({ line }, `this edge's ${edge}`, "correct the value, or remove it");
    return;
  }
  b.addEdge(edge, { line });
}

function attvalues(el: XmlElement, defs: Defs, b: GraphBuilder): Record<string, AttributeValue> {
  const bag = attributeBag();
  for (const [title, value] of defaultsOf(defs)) bag[title] = value;
  for (const group of elements(el, "attvalues")) {
    for (const av of elements(group, "attvalue")) {
      const key = attr(av, "for") ?? attr(av, "id");
      const value = attr(av, "value");
      if (key === undefined || value === undefined) continue;
      const def = defs.get(key);
      if (!def) {
        b.noteOnce(
          "attvalues without a declaration",
          key,
          `attvalue for "${clip(key)}" has no <attribute> declaration: kept as text.`,
        );
      }
      bag[def?.title ?? key] = def ? typed(value, def.type) : value;
    }
  }
  return bag;
}

/** Each declaration's default, typed once per declaration list (not once per node). */
const DEFAULTS = new WeakMap<Defs, [string, AttributeValue][]>();
function defaultsOf(defs: Defs): [string, AttributeValue][] {
  let list = DEFAULTS.get(defs);
  if (!list) {
    list = [...defs.values()].flatMap((d) =>
      d.fallback === undefined
        ? []
        : [[d.title, typed(d.fallback, d.type)] as [string, AttributeValue]],
    );
    DEFAULTS.set(defs, list);
  }
  return list;
}

function typed(value: string, type: string): AttributeValue {
  if (
    ["integer", "long", "float", "double", "short", "byte", "bigdecimal", "biginteger"].includes(
      type,
    )
  ) {
    return toNumber(value) ?? value;
  }
  if (type === "boolean")
    return value.trim() === "true" ? true : value.trim() === "false" ? false : value;
  return value;
}
