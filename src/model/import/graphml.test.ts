import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { parseGraphml } from "./graphml.ts";
import { importedToDataset } from "./toDataset.ts";
import { datasetPath } from "../../../tests/unit/sharedDatasets.ts";

describe("airlines.graphml (counts from its README)", () => {
  const text = () => readFileSync(datasetPath("airlines-graphml/airlines.graphml"), "utf8");

  test("235 nodes and 2,101 <edge> elements; 1,297 unique edges after merging", () => {
    const result = parseGraphml(text(), "airlines.graphml");
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const g = result.graph;
    expect([g.nodes.length, g.edges.length]).toEqual([235, 2101]);
    expect(g.nodes[0]).toEqual({
      id: "0",
      label: "LIT(lngx=-92.224444,laty=34.729444)",
      attributes: { tooltip: "LIT(lngx=-92.224444,laty=34.729444)" },
      position: { x: -922.24444, y: -347.29444 },
    });
    expect(g.notes).toContain(
      'Nodes have no label, name or title: labels were taken from "tooltip".',
    );
    const { report } = importedToDataset(g, "airlines.graphml");
    expect(report).toMatchObject({
      format: "GraphML",
      nodes: 235,
      edges: 1297,
      reciprocalEdges: 804,
      duplicateEdges: 0,
      selfLoops: 0,
      isolatedNodes: 0,
      positions: true,
    });
  });
});

describe("GraphML details", () => {
  const graphml = (body: string) =>
    `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">\n${body}\n</graphml>\n`;

  test("keys name and type data; defaults apply; per-edge direction; yFiles labels", () => {
    const result = parseGraphml(
      graphml(`<key id="d0" for="node" attr.name="name" attr.type="string"/>
<key id="d1" for="node" attr.name="type" attr.type="string"><default>person</default></key>
<key id="d2" for="edge" attr.name="weight" attr.type="double"/>
<key id="d3" for="all" attr.name="rank" attr.type="int"/>
<key id="g" for="node" yfiles.type="nodegraphics"/>
<graph edgedefault="undirected">
  <node id="a"><data key="d0">Ann</data><data key="d3">1</data></node>
  <node id="b"><data key="d1">lab</data><data key="g"><y:ShapeNode><y:Geometry x="10" y="20" width="30" height="30"/><y:NodeLabel>Bee Lab</y:NodeLabel></y:ShapeNode></data></node>
  <edge id="e1" source="a" target="b" directed="true"><data key="d2">2.5</data></edge>
  <edge source="b" target="a"/>
</graph>`),
      "t.graphml",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toEqual([
      { id: "a", label: "Ann", type: "person", attributes: { rank: 1 } },
      {
        id: "b",
        label: "Bee Lab",
        type: "lab",
        attributes: { "viz:size": 30 },
        position: { x: 10, y: 20 },
      },
    ]);
    expect(result.graph.edges).toEqual([
      { id: "e1", source: "a", target: "b", directed: true, weight: 2.5, attributes: {} },
      { source: "b", target: "a", directed: false, attributes: {} },
    ]);
  });

  test("a missing edgedefault reads as directed, and the notes say so", () => {
    const result = parseGraphml(
      graphml('<graph><node id="a"/><edge source="a" target="a"/></graph>'),
      "t.graphml",
    );
    expect(result.ok && result.graph.edges[0]?.directed).toBe(true);
    expect(result.ok && result.graph.notes).toContain(
      "The graph gives no edgedefault: edges read as directed (the GraphML default).",
    );
  });

  test("edges to undefined nodes and edges without a target are located", () => {
    const result = parseGraphml(
      graphml(
        '<graph edgedefault="directed">\n<node id="alpha"/>\n<edge source="alpha" target="alpah"/>\n<edge source="alpha"/>\n</graph>',
      ),
      "t.graphml",
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      't.graphml:6: this <edge> has no target\n  Fix: add target="<node id>" to the edge',
      't.graphml:5: edge refers to node "alpah" that is not defined\n  Fix: define a node with id "alpah", or correct the edge\'s target. Did you mean "alpha"?',
    ]);
  });
});
