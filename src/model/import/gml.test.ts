import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { parseGml } from "./gml.ts";
import { importedToDataset } from "./toDataset.ts";
import { datasetPath } from "../../../tests/unit/sharedDatasets.ts";

const firstProblem = (text: string) => {
  const result = parseGml(text, "t.gml");
  return result.ok ? "parsed" : result.problems.map(formatProblem).join("\n");
};

describe("Power Grid.gml (counts from its README)", () => {
  test("4,941 nodes and 6,594 undirected edges, no labels", () => {
    const text = readFileSync(datasetPath("gephi-samples/Power Grid.gml"), "utf8");
    const result = parseGml(text, "Power Grid.gml");
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const g = result.graph;
    expect([g.nodes.length, g.edges.length]).toEqual([4941, 6594]);
    expect(g.edges.some((e) => e.directed)).toBe(false);
    const { dataset, report } = importedToDataset(g, "Power Grid.gml");
    expect(report).toMatchObject({ nodes: 4941, edges: 6594, isolatedNodes: 0, positions: false });
    expect(dataset.nodes[0]).toMatchObject({ id: "0", label: "0" });
    expect(report.notes).toContain("4,941 nodes without a label: the id is shown instead.");
  });
});

describe("GML details", () => {
  test("labels, graphics, directed 1, escapes, comments and extra attributes", () => {
    const result = parseGml(
      `# a comment line
Creator "me"
graph [
  directed 1
  node [ id 1 label "Ann &quot;A&quot; Lee" type "person" graphics [ x 1.5 y -2 ] score 3 ]
  node [ id 2 label "Bee" ]
  edge [ source 1 target 2 label "knows" value 4 ]
]`,
      "t.gml",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toEqual([
      {
        id: "1",
        label: 'Ann "A" Lee',
        type: "person",
        attributes: { score: 3 },
        position: { x: 1.5, y: -2 },
      },
      { id: "2", label: "Bee", attributes: {} },
    ]);
    expect(result.graph.edges).toEqual([
      { source: "1", target: "2", directed: true, label: "knows", weight: 4, attributes: {} },
    ]);
  });

  test("syntax errors are named on their line", () => {
    expect(firstProblem("graph [\n  node [ id 1 ]\n  node [ id 2 ]\n")).toBe(
      't.gml:1: the "graph [" opened here is never closed\n  Fix: add the missing "]"',
    );
    expect(firstProblem("graph [\n  node [ id 1 ]\n]\n]\n")).toBe(
      't.gml:4: this "]" closes nothing\n  Fix: remove it, or add the "[" it was meant to close',
    );
    expect(firstProblem('graph [\n  node [ id 1 label "Ann ]\n]\n')).toBe(
      't.gml:2: this string is never closed\n  Fix: add the closing "',
    );
    expect(firstProblem("graph [\n  node [ id ]\n]\n")).toBe(
      't.gml:2: "id" has no value\n  Fix: give "id" a value, or remove it',
    );
    expect(firstProblem("graph [\n  node [ id 1 ] 7\n]\n")).toBe(
      "t.gml:2: expected a key here, found the number 7\n  Fix: GML is `key value` pairs: check the line before",
    );
  });

  test("structural errors: no graph, a node without id, an edge to nowhere", () => {
    expect(firstProblem('Creator "x"\n')).toBe(
      't.gml:1: this GML file has no "graph [ … ]"\n  Fix: wrap the nodes and edges in graph [ … ]',
    );
    expect(firstProblem('graph [\n  node [ label "x" ]\n]\n')).toBe(
      "t.gml:2: this node has no id\n  Fix: add `id <number>` to the node",
    );
    expect(firstProblem("graph [\n  node [ id 1 ]\n  edge [ source 1 target 9 ]\n]\n")).toBe(
      't.gml:3: edge refers to node "9" that is not defined\n  Fix: define a node with id "9", or correct the edge\'s target. Did you mean "1"?',
    );
  });
});
