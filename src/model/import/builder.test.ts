import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { GraphBuilder } from "./builder.ts";
import { MAX_EDGES, MAX_NODES, MAX_PROBLEMS } from "./limits.ts";

const messages = (result: ReturnType<GraphBuilder["finish"]>) =>
  result.ok ? [] : result.problems.map(formatProblem);

describe("limits", () => {
  test("more than 1,000,000 edges stops the import with one clear message", () => {
    const b = new GraphBuilder("big.csv", "CSV");
    const edge = { source: "a", target: "b", directed: true, attributes: {} };
    let i = 0;
    while (b.addEdge(edge, { line: i + 1 })) i++;
    expect(i).toBe(MAX_EDGES);
    expect(b.full).toBe(true);
    expect(messages(b.finish({ implicitNodes: true }))).toEqual([
      "big.csv:1000001: the file has more than 1,000,000 edges; the importer reads at most 1,000,000\n  Fix: import a smaller part of the network (filter it in Gephi or networkx first)",
    ]);
  });

  test("more than 200,000 nodes, even when they come from edge ends", () => {
    const b = new GraphBuilder("big.txt", "edge list");
    for (let i = 0; i <= MAX_NODES / 2; i++) {
      b.addEdge(
        { source: `a${i}`, target: `b${i}`, directed: false, attributes: {} },
        { line: i + 1 },
      );
    }
    expect(messages(b.finish({ implicitNodes: true }))).toEqual([
      "big.txt:100001: the file has more than 200,000 nodes; the importer reads at most 200,000\n  Fix: import a smaller part of the network (filter it in Gephi or networkx first)",
    ]);
  });

  test("after 20 problems the import stops listing them", () => {
    const b = new GraphBuilder("e.csv", "CSV");
    b.addNode({ id: "a", attributes: {} });
    for (let i = 0; i < 30; i++) {
      b.addEdge({ source: "a", target: `x${i}`, directed: true, attributes: {} }, { line: i + 2 });
    }
    const result = b.finish({ nodesFile: "n.csv" });
    expect(result.ok ? 0 : result.problems.length).toBe(MAX_PROBLEMS);
  });
});
