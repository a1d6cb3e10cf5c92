import { describe, expect, test } from "vitest";
import { importedToDataset } from "./toDataset.ts";
import type { ImportedEdge, ImportedGraph } from "./types.ts";

const edge = (source: string, target: string, more: Partial<ImportedEdge> = {}): ImportedEdge => ({
  source,
  target,
  directed: false,
  attributes: {},
  ...more,
});

function graph(edges: ImportedEdge[], extra: Partial<ImportedGraph> = {}): ImportedGraph {
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return { nodes: ids.map((id) => ({ id, attributes: {} })), edges, format: "test", ...extra };
}

describe("types", () => {
  test("types are kept as given; the vocabulary match is beside them; none gives 'untyped'", () => {
    const { dataset, report } = importedToDataset(
      {
        nodes: [
          { id: "ann", label: "Ann", type: "Person", attributes: {} },
          { id: "x", type: "city", attributes: {} },
          { id: "y", attributes: {} },
        ],
        edges: [
          edge("ann", "x", { type: "Worked at", directed: true }),
          edge("x", "y", { label: "twinned with" }),
        ],
      },
      "t.csv",
    );
    expect(dataset.nodes.map((n) => [n.type, n.nodeType, n.label])).toEqual([
      ["Person", "person", "Ann"],
      ["city", undefined, "x"],
      ["untyped", undefined, "y"],
    ]);
    expect(dataset.edges.map((e) => [e.id, e.type, e.relationType, e.label])).toEqual([
      ["ann--Worked at--x", "Worked at", "worked_at", "worked at"],
      ["x--untyped--y", "untyped", undefined, "twinned with"],
    ]);
    expect(report.format).toBe("CSV");
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "2 nodes without a label: the id is shown instead.",
        "Node types: Person 1, city 1, untyped 1 (not Quotegraph node types, kept as given: city).",
        "Edge types: Worked at 1, untyped 1.",
      ]),
    );
  });
});

describe("merging", () => {
  test("undirected B–A after A–B is reciprocal; the same record again is a duplicate", () => {
    const { dataset, report } = importedToDataset(
      graph([edge("b", "a"), edge("a", "b"), edge("b", "a"), edge("a", "a"), edge("c", "d")]),
      "t",
    );
    expect(dataset.edges.map((e) => [e.id, e.source, e.target, e.count])).toEqual([
      ["a--untyped--b", "a", "b", 3],
      ["a--untyped--a", "a", "a", 1],
      ["c--untyped--d", "c", "d", 1],
    ]);
    expect(report).toMatchObject({ edges: 3, reciprocalEdges: 1, duplicateEdges: 1, selfLoops: 1 });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "Undirected edges are stored with their two ids in alphabetical order.",
        "1 undirected record repeating an edge the other way round (B–A after A–B) merged into it.",
        '1 duplicate record (same ends, type and label) merged; an edge\'s "count" says how many records it stands for.',
        "1 self-loop (a node linked to itself) kept.",
      ]),
    );
  });

  test("directed edges both ways stay two edges; other labels or types stay apart", () => {
    const { dataset, report } = importedToDataset(
      graph([
        edge("a", "b", { directed: true }),
        edge("b", "a", { directed: true }),
        edge("a", "b", { directed: true, label: "cites" }),
        edge("a", "b", { directed: true, type: "t", weight: 1 }),
        edge("a", "b", { directed: true, type: "t", weight: 5 }),
      ]),
      "t",
    );
    expect(dataset.edges.map((e) => [e.id, e.label, e.weight, e.count])).toEqual([
      ["a--untyped--b", "", undefined, 1],
      ["b--untyped--a", "", undefined, 1],
      ["a--untyped--b--2", "cites", undefined, 1],
      ["a--t--b", "t", 1, 2],
    ]);
    expect(report).toMatchObject({ duplicateEdges: 1, reciprocalEdges: 0 });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "1 merged record had another weight than the first record: the first weight was kept.",
        "1 pair of nodes linked both ways by directed edges: kept as two edges each.",
      ]),
    );
  });

  test("merged records pool their quotes: located ones are evidence, others unverified", () => {
    const text = "Ann met Bob. They wrote a paper.";
    const { dataset, report } = importedToDataset(
      graph(
        [
          edge("ann", "bob", { quote: "Ann met Bob", sourceId: "s", translation: "t" }),
          edge("bob", "ann", { quote: "Ann met Bob", sourceId: "s" }),
          edge("ann", "bob", { quote: "They wrote a paper", sourceId: "s" }),
          edge("ann", "bob", { quote: "said elsewhere", sourceId: "other" }),
          edge("ann", "cy"),
        ],
        { sources: [{ id: "s", text }] },
      ),
      "t",
    );
    expect(dataset.edges[0]).toMatchObject({
      certainty: "stated",
      unsourced: false,
      evidence: [
        { sourceId: "s", quote: "Ann met Bob", start: 0, end: 11, translation: "t" },
        { sourceId: "s", quote: "They wrote a paper", start: 13, end: 31, translation: "" },
      ],
      unverifiedQuotes: [{ quote: "said elsewhere", sourceId: "other" }],
    });
    expect(dataset.edges[1]).toMatchObject({ unsourced: true, evidence: [] });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        '1 edge with a quote found in its source text (certainty "stated").',
        "1 edge with a quote that could not be checked (no source text in the file): kept as unverified quotes, not evidence.",
      ]),
    );
  });
});

describe("nodes", () => {
  test("isolated nodes are kept and counted; partial positions mean a layout is needed", () => {
    const { dataset, report } = importedToDataset(
      {
        nodes: [
          { id: "a", attributes: {}, position: { x: 0, y: 0 } },
          { id: "b", attributes: {} },
          { id: "alone", label: "  ", attributes: {} },
        ],
        edges: [edge("a", "b")],
      },
      "t.gexf",
    );
    expect(dataset.nodes.map((n) => n.label)).toEqual(["a", "b", "alone"]);
    expect(dataset.nodes[0]).toEqual({
      id: "a",
      type: "untyped",
      label: "a",
      aliases: [],
      position: { x: 0, y: 0 },
      attributes: {},
    });
    expect(report).toMatchObject({ isolatedNodes: 1, positions: false });
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "1 node without any edge: kept.",
        "Only 1 of 3 nodes have a position in the file: the graph needs a layout.",
      ]),
    );
  });
});
