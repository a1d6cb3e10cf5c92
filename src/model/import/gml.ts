// GML (Newman style): graph [ directed 0 node [ id 1 label "x" graphics [ x 1 y 2 ] ]
// edge [ source 1 target 2 value 3 ] ]. Lines come from the reader.
import { GraphBuilder } from "./builder.ts";
import { edgeFrom, nodeFrom } from "./fields.ts";
import { readGml, type GmlPair } from "./gmlReader.ts";
import { inputTooLarge } from "./limits.ts";
import { type AttributeValue, type ParseResult, attributeBag } from "./types.ts";

export function parseGml(text: string, fileName: string): ParseResult {
  const big = inputTooLarge(text, fileName);
  if (big) return { ok: false, problems: [big] };
  const read = readGml(text, fileName);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const b = new GraphBuilder(fileName, "GML");
  const graphs = read.pairs.filter((p) => p.key === "graph" && Array.isArray(p.value));
  const graph = graphs[0];
  if (!graph || !Array.isArray(graph.value)) {
    b.problem(
      { line: 1 },
      'this GML file has no "graph [ … ]"',
      "wrap the nodes and edges in graph [ … ]",
    );
    return b.finish();
  }
  if (graphs.length > 1)
    b.notes.push(`The file holds ${graphs.length} graphs: only the first was read.`);
  const directed = scalar(graph.value, "directed") === 1;
  if (scalar(graph.value, "directed") === undefined) {
    b.notes.push('The graph gives no "directed": edges read as undirected (the GML default).');
  }
  for (const pair of graph.value) {
    if (b.full) break;
    if (!Array.isArray(pair.value)) continue;
    if (pair.key === "node") readNode(pair.value, pair.line, b);
    else if (pair.key === "edge") readEdge(pair.value, pair.line, directed, b);
  }
  return b.finish();
}

function readNode(fields: GmlPair[], line: number, b: GraphBuilder): void {
  const id = scalar(fields, "id");
  if (id === undefined) {
    b.problem({ line }, "this node has no id", "add `id <number>` to the node");
    return;
  }
  const graphics = fields.find((f) => f.key === "graphics")?.value;
  const x = Array.isArray(graphics) ? scalar(graphics, "x") : undefined;
  const y = Array.isArray(graphics) ? scalar(graphics, "y") : undefined;
  const position = typeof x === "number" && typeof y === "number" ? { x, y } : undefined;
  const bag = scalars(fields, ["id", "graphics"]);
  b.addNode(nodeFrom(String(id), bag, { position }).node, { line });
}

function readEdge(fields: GmlPair[], line: number, directed: boolean, b: GraphBuilder): void {
  const source = scalar(fields, "source");
  const target = scalar(fields, "target");
  if (source === undefined || target === undefined) {
    const missing = source === undefined ? "source" : "target";
    b.problem({ line }, `this edge has no ${missing}`, `add \`${missing} <node id>\` to the edge`);
    return;
  }
  const bag = scalars(fields, ["source", "target", "graphics", "id"]);
  const id = scalar(fields, "id");
  const edge = edgeFrom(
    {
      source: String(source),
      target: String(target),
      id: id === undefined ? undefined : String(id),
    },
    bag,
    { directed },
  );
  if (typeof edge === "string")
    b.problem({ line }, `this edge's ${edge}`, "correct the value, or remove it");
  else b.addEdge(edge, { line });
}

function scalar(fields: GmlPair[], key: string): number | string | undefined {
  let found: number | string | undefined;
  for (const f of fields) if (f.key === key && !Array.isArray(f.value)) found = f.value;
  return found;
}

function scalars(fields: GmlPair[], skip: string[]): Record<string, AttributeValue> {
  const bag = attributeBag();
  for (const f of fields) {
    if (!skip.includes(f.key) && !Array.isArray(f.value)) bag[f.key] = f.value;
  }
  return bag;
}
