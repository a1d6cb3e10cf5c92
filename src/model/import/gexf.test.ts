import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { parseGexf } from "./gexf.ts";
import { importedToDataset } from "./toDataset.ts";
import type { ImportedGraph } from "./types.ts";
import { datasetPath } from "../../../tests/unit/sharedDatasets.ts";

function parse(path: string): ImportedGraph {
  const result = parseGexf(readFileSync(datasetPath(path), "utf8"), path);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.graph;
}

describe("real GEXF files (counts from the datasets' READMEs)", () => {
  test("Java.gexf: GEXF 1.3, www.gexf.net, CRLF: 1,538 nodes, 8,032 directed edges", () => {
    const g = parse("gephi-samples/Java.gexf");
    expect(g.format).toBe("GEXF 1.3");
    expect([g.nodes.length, g.edges.length]).toEqual([1538, 8032]);
    expect(g.edges.every((e) => e.directed)).toBe(true);
    expect(g.nodes[1]).toEqual({
      id: "2",
      label: "java.applet.Applet",
      // The file's own look: viz:color r=254 g=110 b=6, viz:size 4.521157.
      attributes: { "viz:color": "#fe6e06", "viz:size": 4.521157 },
      position: { x: 370.8239, y: -315.42368 },
    });
    const { report } = importedToDataset(g, "Java.gexf");
    expect(report).toMatchObject({
      edges: 8032,
      duplicateEdges: 0,
      reciprocalEdges: 0,
      selfLoops: 0,
    });
    expect(report.notes).toContain(
      "215 pairs of nodes linked both ways by directed edges: kept as two edges each.",
    );
    expect(g.notes).toContain(
      "Kept the file's colours (viz:color) for 1,538 nodes and sizes (viz:size) for 1,538 nodes; Style can colour or size them otherwise.",
    );
  });

  test("Les Miserables.gexf: 77 nodes, 254 undirected edges, 157 weighted, attvalue for=", () => {
    const g = parse("gephi-samples/Les Miserables.gexf");
    expect([g.nodes.length, g.edges.length]).toEqual([77, 254]);
    expect(g.edges.filter((e) => e.weight !== undefined)).toHaveLength(157);
    expect(g.edges.some((e) => e.directed)).toBe(false);
    expect(g.nodes[0]?.label).toBe("Myriel");
    expect(g.nodes[0]?.attributes).toEqual({
      "Modularity Class": 0,
      "viz:color": "#5b5bf5",
      "viz:size": 28.685715,
    });
  });

  test("US Airports.gexf: the gexf.net namespace, 235 nodes, 1,297 edges", () => {
    const g = parse("gephi-samples/US Airports.gexf");
    expect([g.nodes.length, g.edges.length]).toEqual([235, 1297]);
    expect(g.notes).toContain("GEXF namespace http://gexf.net/1.3.");
    expect(g.nodes[0]).toMatchObject({
      label: "Adams Field Airport",
      attributes: { Code: "LIT", City: "Little Rock, AR", latitude: 34.729444 },
      position: { x: 55.805447, y: -209.34912 },
    });
    expect(importedToDataset(g, "US Airports.gexf").report.edges).toBe(1297);
  });

  test("arctic.gexf: old gephi.org namespace, attvalue id=, 6,676 edges = 6,228 pairs", () => {
    const g = parse("sigma-arctic/arctic.gexf");
    expect(g.format).toBe("GEXF (old gephi.org namespace)");
    expect([g.nodes.length, g.edges.length]).toEqual([1715, 6676]);
    expect(g.nodes[1]?.attributes).toEqual({
      nodedef: "n1",
      label: "New York",
      occurrences: 143,
      "viz:color": "#ff3333",
      "viz:size": 10.138098,
    });
    const { report } = importedToDataset(g, "arctic.gexf");
    expect(report).toMatchObject({
      nodes: 1715,
      edges: 6228,
      reciprocalEdges: 448,
      positions: true,
    });
  });

  test("les_miserables_gexf1.1draft.gexf: GEXF 1.1draft, directed, 157 weights", () => {
    const g = parse("sigma-arctic/les_miserables_gexf1.1draft.gexf");
    expect(g.format).toBe("GEXF 1.1draft");
    expect([g.nodes.length, g.edges.length]).toEqual([77, 254]);
    expect(g.edges.every((e) => e.directed)).toBe(true);
    expect(g.edges.filter((e) => e.weight !== undefined)).toHaveLength(157);
    expect(g.nodes.every((n) => n.position)).toBe(true);
  });
});

describe("GEXF details", () => {
  const gexf = (body: string, graphAttrs = 'defaultedgetype="directed"') =>
    `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:v="http://example.org/any-viz" version="1.3">\n<graph ${graphAttrs}>\n${body}\n</graph>\n</gexf>\n`;

  test("typed attributes with defaults, edge types and Quotegraph fields", () => {
    const result = parseGexf(
      gexf(`<attributes class="node">
  <attribute id="0" title="type" type="string"/>
  <attribute id="1" title="score" type="double"><default>0.5</default></attribute>
  <attribute id="2" title="active" type="boolean"/>
</attributes>
<attributes class="edge">
  <attribute id="q" title="quote" type="string"/>
  <attribute id="s" title="source_id" type="string"/>
</attributes>
<nodes>
  <node id="a" label="Ann"><attvalues><attvalue for="0" value="person"/><attvalue for="2" value="true"/></attvalues>
    <v:position x="1" y="2.5"/></node>
  <node id="b"><attvalues><attvalue for="1" value="2"/></attvalues></node>
</nodes>
<edges>
  <edge source="a" target="b" type="mutual" label="knows" weight="3">
    <attvalues><attvalue for="q" value="Ann knows B &amp; more"/><attvalue for="s" value="news"/></attvalues>
  </edge>
  <edge source="b" target="a"/>
</edges>`),
      "t.gexf",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toEqual([
      {
        id: "a",
        label: "Ann",
        type: "person",
        attributes: { score: 0.5, active: true },
        position: { x: 1, y: 2.5 },
      },
      { id: "b", attributes: { score: 2 } },
    ]);
    expect(result.graph.edges).toEqual([
      {
        source: "a",
        target: "b",
        directed: false,
        label: "knows",
        weight: 3,
        quote: "Ann knows B & more",
        sourceId: "news",
        attributes: {},
      },
      { source: "b", target: "a", directed: true, attributes: {} },
    ]);
  });

  test("a node without an id, and a root that is not <gexf>", () => {
    const noId = parseGexf(gexf('<nodes>\n<node label="x"/>\n</nodes>'), "t.gexf");
    expect(noId.ok ? "" : noId.problems.map(formatProblem).join("\n")).toBe(
      't.gexf:5: this <node> has no id\n  Fix: add an id attribute: <node id="…">',
    );
    const graphml = parseGexf('<graphml><graph edgedefault="directed"/></graphml>', "t.gexf");
    expect(graphml.ok ? "" : graphml.problems[0]?.message).toBe(
      "this is not a GEXF file: its root element is <graphml>, not <gexf>",
    );
  });

  test("a DOCTYPE without entity declarations is harmless and allowed", () => {
    const text = gexf('<nodes><node id="a"/></nodes>').replace("<gexf", "<!DOCTYPE gexf>\n<gexf");
    expect(parseGexf(text, "t.gexf").ok).toBe(true);
  });
});
