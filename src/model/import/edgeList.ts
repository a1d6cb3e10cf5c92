// Whitespace edge lists (SNAP, KONECT, networkx write_edgelist): `a b [weight]` per line, with
// `#` or `%` comment lines and LF or CRLF endings. Nodes are the edge ends.
import { GraphBuilder } from "./builder.ts";
import { toNumber } from "./lines.ts";
import type { ParseResult } from "./types.ts";

const COMMENT = /^\s*[#%]/;

/** True when the first record is two or more whitespace-separated ids and no header. */
export function looksLikeEdgeList(text: string): boolean {
  for (const raw of text.slice(0, 10_000).split("\n")) {
    const line = raw.trim();
    if (line === "" || COMMENT.test(line)) continue;
    if (/[,;"]/.test(line)) return false;
    const tokens = line.split(/\s+/);
    return tokens.length >= 2 && !tokens.some((t) => /^(source|target|from|to|id)$/i.test(t));
  }
  return false;
}

export function parseEdgeList(text: string, fileName: string): ParseResult {
  const b = new GraphBuilder(fileName, "edge list (SNAP style)");
  const lines = text.split("\n");
  let declared: boolean | undefined;
  let extraColumns = false;
  for (const [index, raw] of lines.entries()) {
    if (b.full) break;
    const line = raw.trim();
    if (line === "") continue;
    if (COMMENT.test(line)) {
      if (declared === undefined && /\bundirected\b/i.test(line)) declared = false;
      else if (declared === undefined && /\bdirected\b/i.test(line)) declared = true;
      continue;
    }
    const tokens = line.split(/\s+/);
    const [source, target, third] = tokens;
    if (source === undefined || target === undefined) {
      b.problem(
        { line: index + 1 },
        `expected two node ids separated by a tab or spaces, found "${line}"`,
        "write one edge per line as `source target`, or start a comment line with #",
      );
      continue;
    }
    const edge = { source, target, directed: true, attributes: {} };
    const weight = third === undefined ? undefined : toNumber(third);
    if (weight !== undefined) Object.assign(edge, { weight });
    if (tokens.length > (weight === undefined ? 2 : 3)) extraColumns = true;
    b.addEdge(edge, { line: index + 1 });
  }
  const result = b.finish({ implicitNodes: true });
  if (!result.ok) return result;
  const edges = result.graph.edges;
  let directed = declared ?? false;
  if (declared === undefined) {
    b.notes.push("The header does not say directed or undirected: edges read as undirected.");
  } else if (declared && isSymmetric(edges)) {
    directed = false;
    b.notes.push(
      "The header says directed, but every edge is also listed the other way round: read as undirected.",
    );
  } else {
    b.notes.push(`The header says ${declared ? "directed" : "undirected"}: edges read so.`);
  }
  for (const e of edges) e.directed = directed;
  if (extraColumns) b.notes.push("Columns after the weight were ignored.");
  return result;
}

/** Every edge between two different nodes also appears reversed. */
function isSymmetric(edges: readonly { source: string; target: string }[]): boolean {
  const seen = new Set<string>();
  for (const e of edges) if (e.source !== e.target) seen.add(`${e.source}\u0000${e.target}`);
  if (seen.size === 0) return false;
  for (const key of seen) {
    const [s, t] = key.split("\u0000");
    if (!seen.has(`${t ?? ""}\u0000${s ?? ""}`)) return false;
  }
  return true;
}
