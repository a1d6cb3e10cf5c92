// Context for the benchmark: bare Cytoscape drawing graph.json's nodes and edges at their baked
// positions with a minimal style (grey dots and lines, no labels): the floor of drawing the graph.
import cytoscape from "cytoscape";
import { markReadyAndExpose } from "../bareProbe.ts";

interface Graph {
  nodes: { id: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

const response = await fetch("graph.json");
if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
const graph = (await response.json()) as Graph;

const cy = cytoscape({
  container: document.getElementById("cy"),
  elements: [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id },
      position: { x: n.position.x, y: n.position.y },
    })),
    ...graph.edges.map((e) => ({
      group: "edges" as const,
      data: { id: e.id, source: e.source, target: e.target },
    })),
  ],
  layout: { name: "preset" },
  style: [
    { selector: "node", style: { "background-color": "#64748b", width: 10, height: 10 } },
    { selector: "edge", style: { width: 1, "line-color": "#94a3b8" } },
  ],
});
markReadyAndExpose(cy);
