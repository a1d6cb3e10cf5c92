// Spreadsheet import: a nodes file (id,label,type,x,y,…) and an edges file (source,target,label,
// type,weight,directed,quote,source_id,translation,…), RFC 4180 quoting, comma, tab or semicolon.
// A single edges file, or a whitespace edge list (SNAP), works too: nodes are then the edge ends.
import { GraphBuilder } from "./builder.ts";
import { readCsv, guessDelimiter, type CsvRow } from "./csvReader.ts";
import { looksLikeEdgeList, parseEdgeList } from "./edgeList.ts";
import { edgeFrom, nodeFrom } from "./fields.ts";
import { inputTooLarge } from "./limits.ts";
import { coerce, toNumber } from "./lines.ts";
import {
  type AttributeValue,
  type ImportedSource,
  type ParseResult,
  attributeBag,
} from "./types.ts";

export const NODE_COLUMNS = ["id", "label", "type", "x", "y"] as const;
export const EDGE_COLUMNS = [
  "source",
  "target",
  "label",
  "type",
  "weight",
  "directed",
  "quote",
  "source_id",
  "translation",
] as const;

/** A single file: an edges CSV with a header, or a whitespace edge list. */
export function parseCsv(text: string, fileName: string): ParseResult {
  const big = inputTooLarge(text, fileName);
  if (big) return { ok: false, problems: [big] };
  if (looksLikeEdgeList(text)) return parseEdgeList(text, fileName);
  return parseTables(undefined, { text, name: fileName });
}

/**
 * A nodes file and an edges file. Give `sources` (with their texts) to have the edges' quotes
 * checked: a quote must then be found, verbatim, in the text of the source it cites.
 */
export function parseCsvPair(
  nodesText: string,
  edgesText: string,
  names: { nodes: string; edges: string },
  sources?: ImportedSource[],
): ParseResult {
  const big = inputTooLarge(nodesText, names.nodes) ?? inputTooLarge(edgesText, names.edges);
  if (big) return { ok: false, problems: [big] };
  return parseTables(
    { text: nodesText, name: names.nodes },
    { text: edgesText, name: names.edges },
    sources,
  );
}

interface Table {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

function table(text: string, file: string, b: GraphBuilder): Table | undefined {
  const firstLine = text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const read = readCsv(text, file, guessDelimiter(firstLine));
  if (!read.ok) {
    b.problem({ file, line: read.problem.line }, read.problem.message, read.problem.fix);
    return undefined;
  }
  // Comment lines before the header are skipped; after it a leading # is data (#hashtags).
  let start = 0;
  while ((read.rows[start]?.fields[0] ?? "").trimStart().startsWith("#")) start++;
  const rows = read.rows.slice(start);
  const head = rows.shift();
  if (!head) {
    b.problem({ file, line: 1 }, "this file is empty", "add a header row and one row per item");
    return undefined;
  }
  const header = head.fields.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  return { header, headerLine: head.line, rows };
}

function parseTables(
  nodes: { text: string; name: string } | undefined,
  edges: { text: string; name: string },
  sources?: ImportedSource[],
): ParseResult {
  const b = new GraphBuilder(edges.name, "CSV");
  if (nodes) readNodes(nodes, b);
  if (!b.full) readEdges(edges, b, nodes !== undefined);
  return b.finish({
    ...(nodes ? { nodesFile: nodes.name } : { implicitNodes: true }),
    ...(sources ? { sources } : {}),
  });
}

function readNodes(input: { text: string; name: string }, b: GraphBuilder): void {
  const file = input.name;
  const t = table(input.text, file, b);
  if (!t) return;
  const id = t.header.findIndex((h) => h === "id" || h === "key");
  if (id === -1) {
    b.problem(
      { file, line: t.headerLine },
      'the header row has no "id" column',
      `start the file with the header ${NODE_COLUMNS.join(",")} (extra columns are kept as attributes)`,
    );
    return;
  }
  for (const row of t.rows) {
    if (b.full) return;
    const where = { file, line: row.line };
    if (!fieldCount(row, t, b, file)) continue;
    const bag = bagOf(row, t.header, [id]);
    const x = bag["x"] === undefined ? undefined : toNumber(bag["x"]);
    const y = bag["y"] === undefined ? undefined : toNumber(bag["y"]);
    if (
      (bag["x"] !== undefined || bag["y"] !== undefined) &&
      (x === undefined || y === undefined)
    ) {
      b.problem(
        where,
        `x "${bag["x"] ?? ""}" and y "${bag["y"] ?? ""}" are not both numbers`,
        "give both x and y as numbers, or leave both empty",
      );
      continue;
    }
    delete bag["x"];
    delete bag["y"];
    const position = x !== undefined && y !== undefined ? { x, y } : undefined;
    const node = nodeFrom((row.fields[id] ?? "").trim(), bag, { position }).node;
    node.attributes = coerceAll(node.attributes);
    b.addNode(node, where);
  }
}

function readEdges(
  input: { text: string; name: string },
  b: GraphBuilder,
  nodesGiven: boolean,
): void {
  const file = input.name;
  const t = table(input.text, file, b);
  if (!t) return;
  // "from"/"to" (some exports) only when there is no "source"/"target": in Quotegraph they are dates.
  const column = (name: string, alias: string) =>
    t.header.includes(name) ? t.header.indexOf(name) : t.header.indexOf(alias);
  const source = column("source", "from");
  const target = column("target", "to");
  if (source === -1 || target === -1) {
    const hasId = t.header.includes("id") && !nodesGiven;
    b.problem(
      { file, line: t.headerLine },
      hasId
        ? 'this looks like a nodes file: it has an "id" column but no "source" and "target"'
        : 'the header row has no "source" and "target" columns',
      hasId
        ? "import it together with an edges file (source,target,…)"
        : `start the file with the header ${EDGE_COLUMNS.join(",")} (extra columns are kept as attributes)`,
    );
    return;
  }
  const idCol = t.header.indexOf("id");
  if (!t.header.includes("directed")) {
    b.notes.push('The edges have no "directed" column: they read as directed.');
  }
  for (const row of t.rows) {
    if (b.full) return;
    if (!fieldCount(row, t, b, file)) continue;
    const bag = bagOf(row, t.header, [source, target, idCol]);
    const ends = {
      source: (row.fields[source] ?? "").trim(),
      target: (row.fields[target] ?? "").trim(),
      id: idCol === -1 ? undefined : row.fields[idCol],
    };
    const edge = edgeFrom(ends, bag, { directed: true });
    if (typeof edge === "string") {
      b.problem(
        { file, line: row.line },
        `this edge's ${edge}`,
        "correct the value, or leave the cell empty",
      );
      continue;
    }
    edge.attributes = coerceAll(edge.attributes);
    b.addEdge(edge, { file, line: row.line });
  }
}

function fieldCount(row: CsvRow, t: Table, b: GraphBuilder, file: string): boolean {
  if (row.fields.length <= t.header.length) return true;
  return b.problem(
    { file, line: row.line },
    `this row has ${row.fields.length} values but the header has ${t.header.length} columns`,
    'put a value that contains the delimiter in double quotes: "Smith, J."',
  );
}

/** The non-empty values of a row by column name, leaving out the columns at `skip`. */
function bagOf(row: CsvRow, header: string[], skip: number[]): Record<string, string> {
  const bag = attributeBag<string>();
  row.fields.forEach((v, i) => {
    const h = header[i];
    if (!skip.includes(i) && h !== undefined && v.trim() !== "") bag[h] = v;
  });
  return bag;
}

function coerceAll(attrs: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const out = attributeBag();
  for (const [k, v] of Object.entries(attrs)) out[k] = typeof v === "string" ? coerce(v) : v;
  return out;
}
