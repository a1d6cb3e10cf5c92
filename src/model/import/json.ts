// JSON networks: d3 / networkx node-link {nodes, links|edges} (ids or 0-based index refs),
// Cytoscape elements (an array, or {elements: [...] | {nodes, edges}}), and graphology's export
// {attributes?, options?, nodes: [{key, attributes}], edges: [{source, target, attributes}]}.
// A top-level "sources" array ({id, title, text, url}) lets edges cite quotes.
import { clip, formatPath } from "../problems.ts";
import { GraphBuilder, type Where } from "./builder.ts";
import { readCytoscape, readGraphology } from "./jsonShapes.ts";
import {
  addEdge,
  addNode,
  idOf,
  isObject,
  LOOK_FIELDS,
  type Json,
  type JsonCtx,
  type JsonObject,
} from "./jsonItems.ts";
import { scanJson, tooDeep, type JsonPath } from "./jsonScan.ts";
import { checkText, MAX_ID_CHARS, MAX_TEXT_CHARS } from "./caps.ts";
import { inputTooLarge } from "./limits.ts";
import { lookNotes, newLooks } from "./look.ts";
import { lineIndex } from "./lines.ts";
import type { ImportedSource, ParseResult } from "./types.ts";

/** Deeper values are no network's: refused before the recursive code that reads them. */
const MAX_JSON_DEPTH = 100;

export function parseJson(text: string, fileName: string): ParseResult {
  const big = inputTooLarge(text, fileName);
  if (big) return { ok: false, problems: [big] };
  const lineOf = lineIndex(text);
  const deep = tooDeep(text, MAX_JSON_DEPTH);
  if (deep !== -1) {
    return {
      ok: false,
      problems: [
        {
          file: fileName,
          line: lineOf(deep),
          message: `values are nested more than ${MAX_JSON_DEPTH} deep here`,
          fix: "a network needs only a few levels: write deep values as text, or leave them out",
        },
      ],
    };
  }
  let value: Json;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
  } catch (e) {
    const error = scanJson(text).error;
    const line = error ? lineOf(error.offset) : undefined;
    return {
      ok: false,
      problems: [
        {
          file: fileName,
          ...(line === undefined ? {} : { line }),
          message: `this is not valid JSON: ${error?.message ?? clip(e instanceof Error ? e.message : String(e), 160)}`,
          fix: "check the brackets, commas and quotes on that line (JSON allows no comments or trailing commas)",
        },
      ],
    };
  }
  const at = (path: JsonPath): Where => ({
    path: formatPath(path),
    get line() {
      const found = scanJson(text, path).found;
      return found === undefined ? undefined : lineOf(found);
    },
  });
  const shape = shapeOf(value);
  const b = new GraphBuilder(fileName, shape ?? "JSON");
  const ctx: JsonCtx = { b, at, looks: newLooks(), look: LOOK_FIELDS };
  if (shape === "Cytoscape JSON") readCytoscape(value, ctx);
  else if (shape === "graphology JSON" && isObject(value)) readGraphology(value, ctx);
  else if (shape === "d3 JSON" && isObject(value)) readNodeLink(value, ctx);
  else {
    b.problem(
      { line: 1 },
      "this JSON is not a network format the importer knows",
      'use d3\'s {"nodes": […], "links": […]}, Cytoscape\'s elements, or graphology\'s export',
    );
    return b.finish();
  }
  b.notes.push(...lookNotes(ctx.looks));
  const sources = isObject(value) ? readSources(value["sources"], ctx) : undefined;
  return b.finish(sources ? { sources } : {});
}

type Shape = "Cytoscape JSON" | "graphology JSON" | "d3 JSON";

function shapeOf(value: Json): Shape | undefined {
  if (Array.isArray(value))
    return value.every((e) => isObject(e) && "data" in e) ? "Cytoscape JSON" : undefined;
  if (!isObject(value)) return undefined;
  if ("elements" in value) return "Cytoscape JSON";
  const nodes = value["nodes"];
  if (!Array.isArray(nodes)) return undefined;
  const keyed = nodes.length > 0 && nodes.every((n) => isObject(n) && "key" in n && !("id" in n));
  if (keyed || (isObject(value["options"]) && Array.isArray(value["edges"])))
    return "graphology JSON";
  return "d3 JSON";
}

function readNodeLink(value: JsonObject, ctx: JsonCtx): void {
  const { b } = ctx;
  const nodes = value["nodes"] as Json[];
  const linkKey = Array.isArray(value["links"]) ? "links" : "edges";
  const links = value[linkKey] ?? [];
  if (!Array.isArray(links)) {
    b.problem(
      ctx.at([linkKey]),
      `"${linkKey}" is not a list`,
      `make "${linkKey}" a list of {"source", "target"}`,
    );
    return;
  }
  const withIds = nodes.filter((n) => isObject(n) && idOf(n["id"]) !== undefined).length;
  const byIndex = withIds === 0;
  if (byIndex) b.notes.push('Nodes have no "id": each node\'s id is its 0-based index in "nodes".');
  for (const [i, n] of nodes.entries()) {
    if (b.full) return;
    const id = isObject(n) ? (byIndex ? String(i) : idOf(n["id"])) : undefined;
    if (!isObject(n) || id === undefined) {
      b.problem(
        ctx.at(["nodes", i]),
        'this node has no "id" (other nodes have one)',
        'give every node an "id"',
      );
      continue;
    }
    addNode(ctx, id, n, ["nodes", i]);
  }
  const directed = value["directed"] === true;
  b.notes.push(
    directed
      ? 'The file says "directed": true: links read as directed.'
      : 'Links read as undirected (add "directed": true at the top level to read them as directed).',
  );
  for (const [i, l] of links.entries()) {
    if (b.full) return;
    const path = [linkKey, i];
    if (!isObject(l)) {
      b.problem(
        ctx.at(path),
        "this link is not an object",
        'write each link as {"source": …, "target": …}',
      );
      continue;
    }
    const ends = { source: "", target: "" };
    let ok = true;
    for (const end of ["source", "target"] as const) {
      const r = endOf(l[end], byIndex, nodes.length);
      if (typeof r === "string") ends[end] = r;
      else ok = b.problem(ctx.at(path), `link ${end} ${r.message}`, r.fix);
      if (!ok) break;
    }
    if (!ok) continue;
    addEdge(ctx, { ...ends, id: idOf(l["id"]) }, l, path, directed);
  }
}

type BadEnd = { message: string; fix: string };

/** A link end: an id, a 0-based index (when nodes have no ids), or a d3-mutated node object. */
function endOf(ref: Json | undefined, byIndex: boolean, count: number): string | BadEnd {
  const r = isObject(ref) ? (ref["id"] ?? ref["index"]) : ref;
  if (!byIndex) {
    return (
      idOf(r) ?? {
        message: "is missing or not an id",
        fix: "give the id of a node as a string or number",
      }
    );
  }
  if (typeof r === "number" && Number.isInteger(r) && r >= 0 && r < count) return String(r);
  if (typeof r === "number") {
    return {
      message: `refers to node index ${r}, but "nodes" has ${count} entries (0–${count - 1})`,
      fix: `use an index from 0 to ${count - 1}, or add the missing node`,
    };
  }
  if (r === undefined || r === null) {
    return {
      message: "is missing",
      fix: 'give the 0-based index of a node in "nodes"',
    };
  }
  return {
    message: `refers to node ${clip(JSON.stringify(r))}, but the nodes have no "id"`,
    fix: 'give every node an "id", or refer to nodes by their 0-based index in "nodes"',
  };
}

function readSources(value: Json | undefined, ctx: JsonCtx): ImportedSource[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const sources: ImportedSource[] = [];
  for (const [i, s] of value.entries()) {
    const id = isObject(s) ? idOf(s["id"]) : undefined;
    if (!isObject(s) || id === undefined) {
      ctx.b.problem(ctx.at(["sources", i]), 'this source has no "id"', 'give every source an "id"');
      continue;
    }
    const source: ImportedSource = { id };
    for (const key of ["title", "text", "url"] as const) {
      const v = s[key];
      if (typeof v === "string") source[key] = v;
    }
    // A source's title (its id when it has none) is free text in the data, with its caps.
    const cap =
      checkText("source id", id, MAX_ID_CHARS) ??
      checkText("source title", source.title?.trim() || id, MAX_TEXT_CHARS);
    if (cap) {
      // Reported once, here: kept, so that the edges citing it are not reported again.
      ctx.b.problem(ctx.at(["sources", i]), `source "${clip(id, 40)}": ${cap.message}`, cap.fix);
    }
    sources.push(source);
  }
  return sources;
}
