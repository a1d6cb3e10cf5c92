// GEXF 1.3 export (https://gexf.net/) so Gephi users can continue where the view left off.
//
// Nodes keep the baked layout as <viz:position x y z="0"/>, with y negated: the layout's y grows
// downwards (screen), Gephi's upwards, so the picture opens the same way up. Node and edge labels
// are the `label` attributes; everything else is an <attvalue> declared in <attributes>. Edge
// `kind` is the relation type, so two different relations between the same pair stay two edges
// in Gephi; undirected relations (collaborated_with, family_of) have type="undirected". `quotes`
// is the evidence array as JSON, verbatim; `sources` the cited sources' metadata as JSON.
import type { Dataset, GraphEdge, GraphNode } from "../types.ts";
import { factsJson, isUndirected, makeSourcesJson, quotesJson } from "./attributes.ts";
import { XML_DECLARATION, xmlAttrs } from "./xml.ts";

export const GEXF_NS = "http://gexf.net/1.3";
export const GEXF_VIZ_NS = "http://gexf.net/1.3/viz";

/** Declared attributes (all strings): the id is also the title. */
export const GEXF_NODE_ATTRIBUTES = ["type", "label_zh", "aliases", "summary", "facts"] as const;
export const GEXF_EDGE_ATTRIBUTES = [
  "relation",
  "certainty",
  "from",
  "to",
  "role",
  "quotes",
  "sources",
] as const;

type Values = Record<string, string | undefined>;

function attvalues(values: Values, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) lines.push(`${indent}  <attvalue${xmlAttrs({ for: key, value })}/>`);
  }
  return lines.length > 0 ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

function declarations(cls: "node" | "edge", ids: readonly string[]): string[] {
  return [
    `    <attributes${xmlAttrs({ class: cls })}>`,
    ...ids.map((id) => `      <attribute${xmlAttrs({ id, title: id, type: "string" })}/>`),
    "    </attributes>",
  ];
}

function nodeXml(n: GraphNode): string[] {
  const values: Record<(typeof GEXF_NODE_ATTRIBUTES)[number], string | undefined> = {
    type: n.type,
    label_zh: n.labelZh,
    aliases: n.aliases.length > 0 ? n.aliases.join("|") : undefined,
    summary: n.summary,
    facts: factsJson(n),
  };
  const y = n.position.y === 0 ? 0 : -n.position.y;
  return [
    `      <node${xmlAttrs({ id: n.id, label: n.label })}>`,
    ...attvalues(values, "        "),
    `        <viz:position${xmlAttrs({ x: n.position.x, y, z: 0 })}/>`,
    "      </node>",
  ];
}

function edgeXml(e: GraphEdge, sourcesJson: (e: GraphEdge) => string): string[] {
  const values: Record<(typeof GEXF_EDGE_ATTRIBUTES)[number], string | undefined> = {
    relation: e.type,
    certainty: e.certainty,
    from: e.from,
    to: e.to,
    role: e.role,
    quotes: quotesJson(e),
    sources: sourcesJson(e),
  };
  const type = isUndirected(e) ? "undirected" : "directed";
  const attrs = {
    id: e.id,
    source: e.source,
    target: e.target,
    type,
    kind: e.type,
    label: e.label,
  };
  return [`      <edge${xmlAttrs(attrs)}>`, ...attvalues(values, "        "), "      </edge>"];
}

export function toGEXF(d: Dataset): string {
  const sourcesJson = makeSourcesJson(d);
  const root = xmlAttrs({
    xmlns: GEXF_NS,
    "xmlns:viz": GEXF_VIZ_NS,
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: "1.3",
  });
  return [
    XML_DECLARATION,
    `<gexf${root}>`,
    "  <meta>",
    "    <creator>Quotegraph</creator>",
    "    <description>Relations with the verbatim quotes that prove them</description>",
    "  </meta>",
    `  <graph${xmlAttrs({ mode: "static", defaultedgetype: "directed" })}>`,
    ...declarations("node", GEXF_NODE_ATTRIBUTES),
    ...declarations("edge", GEXF_EDGE_ATTRIBUTES),
    "    <nodes>",
    ...d.nodes.flatMap(nodeXml),
    "    </nodes>",
    "    <edges>",
    ...d.edges.flatMap((e) => edgeXml(e, sourcesJson)),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}
