import { describe, expect, test } from "vitest";
import type { Evidence } from "../types.ts";
import { GEXF_NS, GEXF_VIZ_NS, toGEXF } from "./gexf.ts";
import {
  HOSTILE_LABEL_CLEAN,
  HOSTILE_QUOTE,
  HOSTILE_SUMMARY,
  hostileDataset,
  parseXml,
  quotedDataset,
} from "./testHelpers.ts";

interface AttValue {
  "@_for": string;
  "@_value": string;
}
interface Element {
  "@_id": string;
  "@_label"?: string;
  attvalues?: { attvalue?: AttValue[] };
}
interface Node extends Element {
  "viz:position": { "@_x": string; "@_y": string; "@_z": string };
}
interface Edge extends Element {
  "@_source": string;
  "@_target": string;
  "@_type": string;
  "@_kind": string;
}
interface Attributes {
  "@_class": string;
  attribute: { "@_id": string; "@_title": string; "@_type": string }[];
}
interface GEXF {
  gexf: {
    "@_xmlns": string;
    "@_xmlns:viz": string;
    "@_version": string;
    graph: {
      "@_defaultedgetype": string;
      attributes: Attributes[];
      nodes: { node?: Node[] };
      edges: { edge?: Edge[] };
    };
  };
}

function parse(xml: string): GEXF {
  return parseXml(xml, ["attributes", "attribute", "node", "edge", "attvalue"]) as GEXF;
}

/** An element's attvalues as { title: value }, resolving ids through the declarations. */
function values(doc: GEXF, cls: "node" | "edge", el: Element | undefined): Record<string, string> {
  const declared = doc.gexf.graph.attributes.find((a) => a["@_class"] === cls)?.attribute ?? [];
  const titles = new Map(declared.map((a) => [a["@_id"], a["@_title"]]));
  const list = el?.attvalues?.attvalue ?? [];
  return Object.fromEntries(list.map((a) => [titles.get(a["@_for"]) ?? "?", a["@_value"]]));
}

describe("toGEXF on a quoted network", () => {
  const d = quotedDataset();
  const doc = parse(toGEXF(d));
  const nodes = doc.gexf.graph.nodes.node ?? [];
  const edges = doc.gexf.graph.edges.edge ?? [];

  test("is GEXF 1.3 with the viz namespace and the declared attributes", () => {
    expect(doc.gexf["@_xmlns"]).toBe(GEXF_NS);
    expect(doc.gexf["@_xmlns:viz"]).toBe(GEXF_VIZ_NS);
    expect(doc.gexf["@_version"]).toBe("1.3");
    expect(doc.gexf.graph["@_defaultedgetype"]).toBe("directed");
    const titles = (cls: string): string[] =>
      doc.gexf.graph.attributes
        .filter((a) => a["@_class"] === cls)
        .flatMap((a) => a.attribute.map((x) => x["@_title"]));
    expect(titles("node")).toEqual(expect.arrayContaining(["type", "label_zh"]));
    expect(titles("edge")).toEqual(expect.arrayContaining(["relation", "certainty", "quotes"]));
  });

  test("has every node with its label, attributes and position (y up)", () => {
    expect(nodes).toHaveLength(d.nodes.length);
    for (const [i, n] of d.nodes.entries()) {
      const el = nodes[i];
      expect(el?.["@_id"]).toBe(n.id);
      expect(el?.["@_label"]).toBe(n.label);
      const v = values(doc, "node", el);
      expect(v.type).toBe(n.type);
      expect(v.label_zh).toBe(n.labelZh);
      expect(Number(el?.["viz:position"]["@_x"])).toBe(n.position.x);
      expect(Number(el?.["viz:position"]["@_y"])).toBe(-n.position.y);
      expect(el?.["viz:position"]["@_z"]).toBe("0");
    }
  });

  test("has every edge, and keeps every quote exactly, Chinese included", () => {
    expect(edges.map((e) => [e["@_id"], e["@_source"], e["@_target"], e["@_kind"]])).toEqual(
      d.edges.map((e) => [e.id, e.source, e.target, e.type]),
    );
    for (const [i, e] of d.edges.entries()) {
      const v = values(doc, "edge", edges[i]);
      expect(edges[i]?.["@_label"]).toBe(e.label);
      expect(v.relation).toBe(e.type);
      expect(v.certainty).toBe(e.certainty);
      expect(JSON.parse(v.quotes ?? "")).toEqual(e.evidence);
    }
    const chinese = d.edges.flatMap((e) => e.evidence).find((x) => /[\u4e00-\u9fff]/.test(x.quote));
    const all = edges.flatMap((e) => JSON.parse(values(doc, "edge", e).quotes ?? "") as Evidence[]);
    expect(chinese).toBeDefined();
    expect(all.map((x) => x.quote)).toContain(chinese?.quote);
    const undirected = edges.filter((e) => e["@_type"] === "undirected").map((e) => e["@_kind"]);
    expect(new Set(undirected)).toEqual(
      new Set(d.edges.filter((e) => /collaborated_with|family_of/.test(e.type)).map((e) => e.type)),
    );
  });
});

describe("toGEXF on hostile text", () => {
  const d = hostileDataset();
  const xml = toGEXF(d);
  const doc = parse(xml);

  test("escapes markup, strips U+0001, keeps line breaks in attributes, and still parses", () => {
    expect(xml).not.toContain("<script>");
    const [alice, bob] = doc.gexf.graph.nodes.node ?? [];
    expect(alice?.["@_label"]).toBe(HOSTILE_LABEL_CLEAN);
    expect(values(doc, "node", alice).summary).toBe(HOSTILE_SUMMARY);
    expect(values(doc, "node", alice).label_zh).toBe("爱丽丝");
    expect(alice?.["viz:position"]["@_y"]).toBe("40");
    expect(bob?.["@_label"]).toBe("-Bob");
    expect(bob?.["viz:position"]["@_y"]).toBe("-30");
  });

  test("keeps the quote, CR LF and control character included, inside the JSON", () => {
    const [edge] = doc.gexf.graph.edges.edge ?? [];
    expect(edge?.["@_type"]).toBe("undirected");
    const evidence = JSON.parse(values(doc, "edge", edge).quotes ?? "") as Evidence[];
    expect(evidence[0]?.quote).toBe(HOSTILE_QUOTE);
    expect(evidence).toEqual(d.edges[0]?.evidence);
  });
});
