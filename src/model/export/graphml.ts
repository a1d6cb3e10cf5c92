// GraphML export (http://graphml.graphdrawing.org/): for yEd, Cytoscape Desktop, networkx, igraph.
//
// Every value is a <data> element declared by a <key>. Positions are the baked layout's, in its
// own coordinates (y grows downwards, as in yEd). Undirected relations (collaborated_with,
// family_of) carry directed="false"; the rest follow edgedefault="directed". `quotes` is the
// edge's evidence array as JSON, verbatim, so nothing of the receipts is lost; `sources` is the
// metadata of the sources it cites (JSON, without their texts).
import type { Dataset, GraphEdge, GraphNode } from "../types.ts";
import { factsJson, isUndirected, makeSourcesJson, quotesJson } from "./attributes.ts";
import { escapeXmlText, XML_DECLARATION, xmlAttrs, xmlNumber } from "./xml.ts";

export const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

interface KeyDef {
  id: string;
  for: "node" | "edge";
  name: string;
  type: "string" | "double";
}

/** The declared keys, in document order. Ids are prefixed so node and edge names may repeat. */
export const GRAPHML_KEYS: readonly KeyDef[] = [
  { id: "n_label", for: "node", name: "label", type: "string" },
  { id: "n_label_zh", for: "node", name: "label_zh", type: "string" },
  { id: "n_type", for: "node", name: "type", type: "string" },
  { id: "n_aliases", for: "node", name: "aliases", type: "string" },
  { id: "n_summary", for: "node", name: "summary", type: "string" },
  { id: "n_facts", for: "node", name: "facts", type: "string" },
  { id: "n_x", for: "node", name: "x", type: "double" },
  { id: "n_y", for: "node", name: "y", type: "double" },
  { id: "e_relation", for: "edge", name: "relation", type: "string" },
  { id: "e_label", for: "edge", name: "label", type: "string" },
  { id: "e_certainty", for: "edge", name: "certainty", type: "string" },
  { id: "e_from", for: "edge", name: "from", type: "string" },
  { id: "e_to", for: "edge", name: "to", type: "string" },
  { id: "e_role", for: "edge", name: "role", type: "string" },
  { id: "e_quotes", for: "edge", name: "quotes", type: "string" },
  { id: "e_sources", for: "edge", name: "sources", type: "string" },
];

type Values = Record<string, string | number | undefined>;

function dataLines(values: Values): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const text = typeof value === "number" ? xmlNumber(value) : escapeXmlText(value);
    lines.push(`      <data${xmlAttrs({ key })}>${text}</data>`);
  }
  return lines;
}

function nodeXml(n: GraphNode): string[] {
  return [
    `    <node${xmlAttrs({ id: n.id })}>`,
    ...dataLines({
      n_label: n.label,
      n_label_zh: n.labelZh,
      n_type: n.type,
      n_aliases: n.aliases.length > 0 ? n.aliases.join("|") : undefined,
      n_summary: n.summary,
      n_facts: factsJson(n),
      n_x: n.position.x,
      n_y: n.position.y,
    }),
    "    </node>",
  ];
}

function edgeXml(e: GraphEdge, sourcesJson: (e: GraphEdge) => string): string[] {
  const directed = isUndirected(e) ? "false" : undefined;
  return [
    `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, directed })}>`,
    ...dataLines({
      e_relation: e.type,
      e_label: e.label,
      e_certainty: e.certainty,
      e_from: e.from,
      e_to: e.to,
      e_role: e.role,
      e_quotes: quotesJson(e),
      e_sources: sourcesJson(e),
    }),
    "    </edge>",
  ];
}

export function toGraphML(d: Dataset): string {
  const sourcesJson = makeSourcesJson(d);
  const root = xmlAttrs({
    xmlns: GRAPHML_NS,
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  const keys = GRAPHML_KEYS.map(
    (k) =>
      `  <key${xmlAttrs({ id: k.id, for: k.for, "attr.name": k.name, "attr.type": k.type })}/>`,
  );
  return [
    XML_DECLARATION,
    `<graphml${root}>`,
    ...keys,
    `  <graph${xmlAttrs({ id: "quotegraph", edgedefault: "directed" })}>`,
    ...d.nodes.flatMap(nodeXml),
    ...d.edges.flatMap((e) => edgeXml(e, sourcesJson)),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
