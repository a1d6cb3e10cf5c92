// The bench's second reference: sigma.js with graphology (the stack under Gephi Lite and Retina)
// drawing the same graph.json: the same nodes at the same positions, coloured by type and sized
// by degree, edges as lines. WebGL, no React, no interface. The nearest equivalents of the app's
// interactions: hover lights the neighbourhood, a click selects, "f" hides the bench's type.
import Graph from "graphology";
import Sigma from "sigma";
import { TYPE_STYLE } from "../../../src/graph/typeStyle.ts";
import type { Dataset } from "../../../src/model/types.ts";
import type { NodeType } from "../../../src/model/vocabulary.ts";

const response = await fetch("graph.json");
if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
const data = (await response.json()) as Dataset;
const graph = new Graph({ multi: true, type: "mixed" });
for (const n of data.nodes) {
  graph.addNode(n.id, {
    x: n.position.x,
    // sigma's y axis points up; Cytoscape's down.
    y: -n.position.y,
    label: n.label,
    type: "circle",
    kind: n.type,
    color: TYPE_STYLE[n.type as NodeType]?.color ?? "#64748b",
  });
}
for (const e of data.edges) {
  if (graph.hasNode(e.source) && graph.hasNode(e.target))
    graph.addEdgeWithKey(e.id, e.source, e.target, { color: "#cbd5e1", size: 1 });
}
graph.forEachNode((id) => graph.setNodeAttribute(id, "size", 2 + Math.sqrt(graph.degree(id))));

const container = document.getElementById("cy");
if (!container) throw new Error("no #cy");
let hovered: Set<string> | null = null;
let selected: string | null = null;
let hiddenType: string | null = null;
const sigma = new Sigma(graph, container, {
  nodeReducer: (id, attrs) => {
    const out: Record<string, unknown> = { ...attrs };
    if (hiddenType && graph.getNodeAttribute(id, "kind") === hiddenType) out["hidden"] = true;
    if (hovered && !hovered.has(id)) out["color"] = "#e2e8f0";
    if (id === selected) out["highlighted"] = true;
    return out as unknown as typeof attrs;
  },
});
sigma.on("enterNode", ({ node }) => {
  hovered = new Set([node, ...graph.neighbors(node)]);
  sigma.refresh({ skipIndexation: true });
});
sigma.on("leaveNode", () => {
  hovered = null;
  sigma.refresh({ skipIndexation: true });
});
sigma.on("clickNode", ({ node }) => {
  selected = node;
  sigma.refresh({ skipIndexation: true });
});
window.addEventListener("keydown", (e) => {
  const type = (window as { __benchHideType?: string }).__benchHideType;
  if (e.key !== "f" || !type) return;
  hiddenType = type;
  sigma.refresh();
});

// graph-ready as the other pages mark it: the frame after the first render (sigma renders the
// first time in its constructor).
requestAnimationFrame(() => {
  (window as { __bare?: unknown }).__bare = {
    pointOf(id: string) {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id) as { x: number; y: number };
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
  performance.mark("graph-ready");
});
