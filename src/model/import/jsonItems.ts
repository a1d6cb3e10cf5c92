// Turning one JSON node or edge object into an imported node or edge (shared by every JSON shape).
import type { GraphBuilder, Where } from "./builder.ts";
import { edgeFrom, nodeFrom } from "./fields.ts";
import type { JsonPath } from "./jsonScan.ts";
import { type AttributeValue, attributeBag } from "./types.ts";
import { keepColor, keepSize, takeLookFields, type Looks } from "./look.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface JsonCtx {
  b: GraphBuilder;
  /** Where the value at this path is: the line is found only when a problem needs it. */
  at(path: JsonPath): Where;
  /** The file's look, kept from each node's colour and size fields. */
  looks: Looks;
  /** Which fields hold a node's colour and size, and a colour or size for every node. */
  look: LookFields;
}

export interface LookFields {
  color: readonly string[];
  size: readonly string[];
  /** A colour (or size) the file's style gives every node, unless the node has its own. */
  allColor?: string;
  allSize?: number;
}

/** d3's, graphology's and Cytoscape's conventions: `color` (or `colour`) and `size`. */
export const LOOK_FIELDS: LookFields = { color: ["color", "colour"], size: ["size"] };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An id as written: strings as they are, numbers as their decimal text. */
export function idOf(v: Json | undefined): string | undefined {
  return typeof v === "string"
    ? v
    : typeof v === "number" && Number.isFinite(v)
      ? String(v)
      : undefined;
}

/** d3-force leaves these on nodes and links; they are not data. */
const SIMULATION = new Set(["index", "vx", "vy", "fx", "fy"]);

function bagOf(obj: JsonObject, skip: readonly string[]): Record<string, AttributeValue> {
  const bag = attributeBag();
  for (const [k, v] of Object.entries(obj)) {
    if (skip.includes(k) || SIMULATION.has(k) || v === null) continue;
    bag[k] = typeof v === "object" ? JSON.stringify(v) : v;
  }
  return bag;
}

export function addNode(
  ctx: JsonCtx,
  id: string,
  fields: JsonObject,
  path: JsonPath,
  position?: Json,
): void {
  const bag = bagOf(fields, ["id", "key", "position"]);
  const p = isObject(position)
    ? position
    : isObject(fields["position"])
      ? fields["position"]
      : undefined;
  const pos =
    p && typeof p["x"] === "number" && typeof p["y"] === "number"
      ? { x: p["x"], y: p["y"] }
      : undefined;
  const before = ctx.looks.colors;
  const sized = ctx.looks.sizes;
  takeLookFields(bag, ctx.looks, ctx.look);
  const { allColor, allSize } = ctx.look;
  if (allColor && ctx.looks.colors === before) keepColor(bag, allColor, "style", ctx.looks);
  if (allSize && ctx.looks.sizes === sized) keepSize(bag, allSize, "style", ctx.looks);
  ctx.b.addNode(nodeFrom(id, bag, { position: pos }).node, ctx.at(path));
}

export function addEdge(
  ctx: JsonCtx,
  ends: { source: string; target: string; id?: string | undefined },
  fields: JsonObject,
  path: JsonPath,
  directed: boolean,
): void {
  const bag = bagOf(fields, ["id", "key", "source", "target", "undirected"]);
  const edge = edgeFrom(ends, bag, { directed });
  if (typeof edge === "string") {
    ctx.b.problem(ctx.at(path), `this edge's ${edge}`, "correct the value, or remove it");
  } else {
    ctx.b.addEdge(edge, ctx.at(path));
  }
}
