// Cytoscape and graphology JSON: nodes and edges with their own ids, ends by id.
import {
  addEdge,
  addNode,
  idOf,
  isObject,
  LOOK_FIELDS,
  type Json,
  type JsonCtx,
  type JsonObject,
  type LookFields,
} from "./jsonItems.ts";
import type { JsonPath } from "./jsonScan.ts";

/** Cytoscape: [{group?, data: {id, source?, target?, …}, position?}] or {elements: …}. */
export function readCytoscape(value: Json, ctx: JsonCtx): void {
  const { b } = ctx;
  const items: { el: Json; path: JsonPath; group?: "nodes" | "edges" }[] = [];
  const elements = Array.isArray(value) ? value : isObject(value) ? value["elements"] : undefined;
  const base: JsonPath = Array.isArray(value) ? [] : ["elements"];
  if (Array.isArray(elements)) {
    elements.forEach((el, i) => items.push({ el, path: [...base, i] }));
  } else if (isObject(elements)) {
    for (const group of ["nodes", "edges"] as const) {
      const list = elements[group] ?? [];
      if (!Array.isArray(list)) {
        b.problem(
          ctx.at(["elements", group]),
          `"elements.${group}" is not a list`,
          `make it a list of {"data": {…}}`,
        );
        return;
      }
      list.forEach((el, i) => items.push({ el, path: ["elements", group, i], group }));
    }
  } else {
    b.problem(
      ctx.at(["elements"]),
      '"elements" is neither a list nor {"nodes", "edges"}',
      'write "elements": {"nodes": […], "edges": […]}',
    );
    return;
  }
  b.notes.push("Cytoscape edges read as directed (each has a source and a target).");
  if (isObject(value)) ctx.look = styleLook(value["style"]);
  const edges: typeof items = [];
  for (const item of items) {
    if (b.full) return;
    const data = isObject(item.el) ? item.el["data"] : undefined;
    if (!isObject(item.el) || !isObject(data)) {
      b.problem(
        ctx.at(item.path),
        'this element has no "data" object',
        'write each element as {"data": {"id": …}}',
      );
      continue;
    }
    const group = item.group ?? item.el["group"];
    if (group === "edges" || (group !== "nodes" && "source" in data && "target" in data)) {
      edges.push(item);
      continue;
    }
    const id = idOf(data["id"]);
    if (id === undefined) {
      b.problem(
        ctx.at([...item.path, "data"]),
        'this node has no "id"',
        'give the node "data": {"id": …}',
      );
      continue;
    }
    addNode(ctx, id, data, [...item.path, "data"], item.el["position"]);
  }
  for (const item of edges) {
    if (b.full) return;
    const data = (item.el as JsonObject)["data"] as JsonObject;
    const ends = endsOf(data, ctx, [...item.path, "data"]);
    if (ends) addEdge(ctx, { ...ends, id: idOf(data["id"]) }, data, [...item.path, "data"], true);
  }
}

/** graphology's serialized graph: {options?, attributes?, nodes: [{key, attributes}], edges: […]}. */
export function readGraphology(value: JsonObject, ctx: JsonCtx): void {
  const { b } = ctx;
  const options = isObject(value["options"]) ? value["options"] : {};
  const type = typeof options["type"] === "string" ? options["type"] : "mixed";
  b.notes.push(
    type === "undirected"
      ? "The graph's type is undirected: edges read as undirected."
      : `The graph's type is ${type}: edges read as directed unless marked "undirected": true.`,
  );
  const nodes = value["nodes"] as Json[];
  for (const [i, n] of nodes.entries()) {
    if (b.full) return;
    const id = isObject(n) ? idOf(n["key"]) : undefined;
    if (!isObject(n) || id === undefined) {
      b.problem(ctx.at(["nodes", i]), 'this node has no "key"', 'give every node a "key"');
      continue;
    }
    const attrs = isObject(n["attributes"]) ? n["attributes"] : {};
    addNode(ctx, id, attrs, ["nodes", i]);
  }
  const edges = Array.isArray(value["edges"]) ? value["edges"] : [];
  for (const [i, e] of edges.entries()) {
    if (b.full) return;
    if (!isObject(e)) {
      b.problem(
        ctx.at(["edges", i]),
        "this edge is not an object",
        'write each edge as {"source": …, "target": …}',
      );
      continue;
    }
    const ends = endsOf(e, ctx, ["edges", i]);
    if (!ends) continue;
    const attrs = isObject(e["attributes"]) ? e["attributes"] : {};
    const directed = type === "undirected" ? false : e["undirected"] !== true;
    addEdge(ctx, { ...ends, id: idOf(e["key"]) }, attrs, ["edges", i], directed);
  }
}

/**
 * The simple part of a Cytoscape style: what the rules for all nodes (`selector: "node"`) say
 * about colour and size, as data fields (`data(color)`) or as one value for every node.
 */
export function styleLook(style: Json | undefined): LookFields {
  const look = { ...LOOK_FIELDS, color: [...LOOK_FIELDS.color], size: [...LOOK_FIELDS.size] };
  if (!Array.isArray(style)) return look;
  for (const rule of style) {
    if (!isObject(rule) || rule["selector"] !== "node" || !isObject(rule["style"])) continue;
    const css = rule["style"];
    const field = (v: Json | undefined) =>
      typeof v === "string" ? /^\s*data\(\s*([^()\s]+)\s*\)\s*$/.exec(v)?.[1] : undefined;
    const color = css["background-color"];
    const colorField = field(color);
    if (colorField) look.color.unshift(colorField);
    else if (typeof color === "string") look.allColor = color;
    const size = css["width"] ?? css["height"];
    const sizeField = field(size);
    if (sizeField) look.size.unshift(sizeField);
    else if (typeof size === "number") look.allSize = size;
  }
  return look;
}

function endsOf(
  obj: JsonObject,
  ctx: JsonCtx,
  path: JsonPath,
): { source: string; target: string } | undefined {
  const source = idOf(obj["source"]);
  const target = idOf(obj["target"]);
  if (source !== undefined && target !== undefined) return { source, target };
  const end = source === undefined ? "source" : "target";
  ctx.b.problem(
    ctx.at(path),
    `this edge's ${end} is missing or not an id`,
    `give the id of the ${end} node as a string or number`,
  );
  return undefined;
}
