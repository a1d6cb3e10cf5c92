// The overlay's scenes read from Cytoscape: where the lit elements are and how the large-graph
// stylesheet draws them lit (`hover-in`, `emphasised`, `selected`), skipping what a filter hides.
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { dashOf, type Scene, type SceneEdge, type SceneNode } from "./overlayScene.ts";
import type { NodeShape } from "./typeStyle.ts";

export interface Look {
  /** The edge under the pointer. */
  hovered: string;
  /** The selection's ring and line. */
  ring: string;
}

/** A lit node's least size (model units), as the large-graph stylesheet's `hover-in`. */
const LIT_NODE = 12;
const LIT_EDGE = { width: 1.5, opacity: 0.9 };
const SELECTED = { ring: 3, edge: 2.5 };

/**
 * The lit elements as drawn. With `hovered`, that element is drawn last and only it is labelled;
 * otherwise every node carries its label (the focus picks which to draw).
 */
export function sceneOf(
  cy: Core,
  lit: Emphasis,
  look: Look,
  o: { hovered?: string; selected?: string | null },
): Scene {
  const scene: Scene = { edges: [], nodes: [] };
  for (const id of lit.edges) {
    const e = cy.getElementById(id);
    if (e.empty() || !e.isEdge() || !e.visible()) continue;
    scene.edges.push(
      edgeOf(e, id === o.hovered ? look.hovered : null, id === o.selected ? look.ring : null),
    );
  }
  for (const id of lit.nodes) {
    const n = cy.getElementById(id);
    if (n.empty() || !n.isNode() || !n.visible()) continue;
    const node = nodeOf(n, id === o.selected || n.hasClass("selected") ? look.ring : null);
    if (o.hovered === undefined || id === o.hovered) node.label = labelOf(n);
    scene.nodes.push(node);
  }
  // The hovered node and the selection last: on top of their neighbours.
  const top = (n: SceneNode) => Number(n.id === o.hovered || n.id === o.selected);
  scene.nodes.sort((a, b) => top(a) - top(b));
  return scene;
}

function nodeOf(n: NodeSingular, ring: string | null): SceneNode {
  const p = n.position();
  return {
    id: n.id(),
    x: p.x,
    y: p.y,
    size: Math.max(LIT_NODE, n.width()),
    color: String(n.style("background-color")),
    shape: String(n.style("shape")) as NodeShape,
    ...(ring ? { border: { color: ring, width: SELECTED.ring } } : {}),
  };
}

function edgeOf(e: EdgeSingular, hovered: string | null, selected: string | null): SceneEdge {
  const s = e.source().position();
  const t = e.target().position();
  const dash = dashOf(String(e.style("line-style")), e.numericStyle("line-dash-pattern"));
  const width = Math.max(LIT_EDGE.width, Number(e.numericStyle("width")) || 0);
  return {
    id: e.id(),
    x1: s.x,
    y1: s.y,
    x2: t.x,
    y2: t.y,
    color: selected ?? hovered ?? String(e.style("line-color")),
    width: selected ? SELECTED.edge : width,
    opacity: selected ? 1 : LIT_EDGE.opacity,
    dash: selected ? null : dash,
  };
}

/** A node's name on one line (large graphs' labels come wrapped for the small-graph picture). */
function labelOf(n: NodeSingular): string {
  return String(n.data("label") ?? n.id()).replace(/\s*\n\s*/g, " ");
}
