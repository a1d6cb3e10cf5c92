import { describe, expect, test } from "vitest";
import type { Evidence } from "../types.ts";
import { GRAPHML_KEYS, GRAPHML_NS, toGraphML } from "./graphml.ts";
import {
  HOSTILE_LABEL_CLEAN,
  HOSTILE_QUOTE,
  HOSTILE_SUMMARY,
  hostileDataset,
  parseXml,
  quotedDataset,
} from "./testHelpers.ts";

interface Data {
  "@_key": string;
  "#text"?: string;
}
interface Element {
  "@_id": string;
  data?: Data[];
}
interface GraphElement extends Element {
  "@_source": string;
  "@_target": string;
  "@_directed"?: string;
}
interface GraphML {
  graphml: {
    "@_xmlns": string;
    key: { "@_id": string; "@_for": string; "@_attr.name": string; "@_attr.type": string }[];
    graph: { "@_edgedefault": string; node?: Element[]; edge?: GraphElement[] };
  };
}

function parse(xml: string): GraphML {
  return parseXml(xml, ["key", "node", "edge", "data"]) as GraphML;
}

/** The element's data as { attr.name: text }, resolving key ids through the declarations. */
function values(doc: GraphML, el: Element): Record<string, string> {
  const names = new Map(doc.graphml.key.map((k) => [k["@_id"], k["@_attr.name"]]));
  return Object.fromEntries(
    (el.data ?? []).map((x) => [names.get(x["@_key"]) ?? "?", x["#text"] ?? ""]),
  );
}

describe("toGraphML on a quoted network", () => {
  const d = quotedDataset();
  const doc = parse(toGraphML(d));
  const nodes = doc.graphml.graph.node ?? [];
  const edges = doc.graphml.graph.edge ?? [];

  test("is GraphML with every key declared, directed by default", () => {
    expect(doc.graphml["@_xmlns"]).toBe(GRAPHML_NS);
    expect(doc.graphml.graph["@_edgedefault"]).toBe("directed");
    const declared = doc.graphml.key.map((k) => `${k["@_for"]}:${k["@_attr.name"]}`);
    for (const name of ["label", "label_zh", "type", "x", "y"]) {
      expect(declared).toContain(`node:${name}`);
    }
    for (const name of ["relation", "label", "certainty", "quotes", "sources"]) {
      expect(declared).toContain(`edge:${name}`);
    }
    expect(doc.graphml.key).toHaveLength(GRAPHML_KEYS.length);
  });

  test("has every node and edge, with their endpoints and values", () => {
    expect(nodes.map((n) => n["@_id"])).toEqual(d.nodes.map((n) => n.id));
    expect(edges.map((e) => [e["@_id"], e["@_source"], e["@_target"]])).toEqual(
      d.edges.map((e) => [e.id, e.source, e.target]),
    );
    for (const [i, n] of d.nodes.entries()) {
      const v = values(doc, nodes[i] ?? { "@_id": "" });
      expect(v.label).toBe(n.label);
      expect(v.label_zh).toBe(n.labelZh);
      expect(v.type).toBe(n.type);
      expect(Number(v.x)).toBe(n.position.x);
      expect(Number(v.y)).toBe(n.position.y);
    }
  });

  test("keeps every quote exactly, Chinese included, with its sources", () => {
    for (const [i, e] of d.edges.entries()) {
      const v = values(doc, edges[i] ?? { "@_id": "" });
      expect(v.relation).toBe(e.type);
      expect(v.certainty).toBe(e.certainty);
      expect(JSON.parse(v.quotes ?? "")).toEqual(e.evidence);
      const cited = (JSON.parse(v.sources ?? "") as { id: string }[]).map((s) => s.id);
      expect(cited).toEqual([...new Set(e.evidence.map((x) => x.sourceId))]);
    }
    const chinese = d.edges.flatMap((e) => e.evidence).find((x) => /[\u4e00-\u9fff]/.test(x.quote));
    expect(chinese).toBeDefined();
    const all = edges.flatMap((e) => JSON.parse(values(doc, e).quotes ?? "") as Evidence[]);
    expect(all.map((x) => x.quote)).toContain(chinese?.quote);
  });
});

describe("toGraphML on hostile text", () => {
  const d = hostileDataset();
  const xml = toGraphML(d);
  const doc = parse(xml);

  test("escapes markup and strips U+0001, and the document still parses", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;&amp;&quot;&apos;");
    const [alice, bob] = (doc.graphml.graph.node ?? []).map((n) => values(doc, n));
    expect(alice?.label).toBe(HOSTILE_LABEL_CLEAN);
    expect(alice?.summary).toBe(HOSTILE_SUMMARY);
    expect(alice?.aliases).toBe('Alice, A.|"Al"|+1');
    expect(bob?.label).toBe("-Bob");
  });

  test("keeps the quote, CR LF and control character included, inside the JSON", () => {
    const [edge] = doc.graphml.graph.edge ?? [];
    expect(edge?.["@_directed"]).toBe("false");
    const v = values(doc, edge ?? { "@_id": "" });
    const evidence = JSON.parse(v.quotes ?? "") as Evidence[];
    expect(evidence[0]?.quote).toBe(HOSTILE_QUOTE);
    expect(evidence).toEqual(d.edges[0]?.evidence);
    expect(JSON.parse(v.sources ?? "")).toEqual([
      { id: "s1", title: "标题 & <title>", publisher: "test", published: "2024-02-19" },
    ]);
  });
});
