// Hover on a large graph, drawn on a 2D canvas of its own laid over Cytoscape's: the hovered
// node, its neighbours and their edges (or an edge and its two ends), with the hovered node's
// label. Cytoscape's canvas is not touched, so nothing is restyled or redrawn: on a 5,000-node
// graph a redraw of the whole canvas is most of a second, and this costs a few milliseconds
// (how sigma.js keeps hover instant). Loaded only for large graphs (HoverController).
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { canvasHost } from "./canvasHost.ts";
import { setDrawnHover } from "./drawnHover.ts";
import { paintScene, type LabelLook, type Scene, type SceneEdge } from "./overlayScene.ts";
import { SCALE_LABEL_GEOMETRY } from "./stylesheet.ts";
import type { NodeShape } from "./typeStyle.ts";

export interface HoverOverlay {
  /** Draw `emphasis` lit (`hoveredId` the element under the pointer), or nothing for null. */
  show(hoveredId: string | null, emphasis: Emphasis | null): void;
  destroy(): void;
}

/** How long the camera must rest before the overlay is drawn again, in ms (as labels wait). */
const REST_MS = 120;
/** A lit node's least size (model units), as the large-graph stylesheet's `hover-in`. */
const LIT_NODE = 12;
const LIT_EDGE = { width: 1.5, opacity: 0.9 };
const SELECTED_RING = 3;

interface Look {
  label: string;
  background: string;
  hovered: string;
  ring: string;
}

const LOOKS: Record<"light" | "dark", Look> = {
  light: { label: "#1f2937", background: "#ffffff", hovered: "#2563eb", ring: "#f59e0b" },
  dark: { label: "#f1f5f9", background: "#0f172a", hovered: "#60a5fa", ring: "#fbbf24" },
};

export function createHoverOverlay(cy: Core, dark: boolean): HoverOverlay {
  const look = dark ? LOOKS.dark : LOOKS.light;
  const label: LabelLook = {
    font: "system-ui, sans-serif",
    fontSize: SCALE_LABEL_GEOMETRY.fontSize,
    color: look.label,
    background: look.background,
    margin: SCALE_LABEL_GEOMETRY.offsetY - SCALE_LABEL_GEOMETRY.nodeSize / 2,
  };
  const canvas = document.createElement("canvas");
  canvas.dataset.testid = "hover-overlay";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, {
    position: "absolute",
    left: "0",
    top: "0",
    width: "100%",
    height: "100%",
    pointerEvents: "none",
    // Over Cytoscape's three layers (z-index 1 to 3), under the tooltip.
    zIndex: "4",
  });
  // Into the canvases' holder (positioned): no attribute of Cytoscape's container changes.
  canvasHost(cy)?.appendChild(canvas);
  const pen = canvas.getContext("2d");

  let hovered: string | null = null;
  let lit: Emphasis | null = null;
  let scene: Scene | null = null;
  let blank = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    if (blank || !pen) return;
    pen.setTransform(1, 0, 0, 1, 0, 0);
    pen.clearRect(0, 0, canvas.width, canvas.height);
    blank = true;
    setDrawnHover(cy, null);
  };
  const draw = () => {
    clearTimeout(timer);
    timer = undefined;
    scene = hovered && lit ? sceneOf(cy, hovered, lit, look) : null;
    if (!scene || !pen || !hovered) {
      clear();
      return;
    }
    const width = cy.width();
    const height = cy.height();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const camera = { zoom: cy.zoom(), pan: cy.pan(), ratio };
    paintScene(pen, scene, camera, { width, height }, label);
    blank = false;
    setDrawnHover(cy, {
      hovered,
      nodes: scene.nodes.map((n) => n.id),
      edges: scene.edges.map((e) => e.id),
    });
  };
  // The camera or the nodes move: clear now, draw again once they rest.
  const onMove = () => {
    if (!hovered) return;
    clear();
    clearTimeout(timer);
    timer = setTimeout(draw, REST_MS);
  };
  cy.on("viewport position resize", onMove);

  return {
    show(hoveredId, emphasis) {
      if (hoveredId === hovered && sameEmphasis(emphasis, lit)) return;
      hovered = hoveredId;
      lit = emphasis;
      draw();
    },
    destroy() {
      clearTimeout(timer);
      cy.off("viewport position resize", onMove);
      canvas.remove();
      setDrawnHover(cy, null);
    },
  };
}

/** The lit elements as drawn: only those on screen now (not hidden by a filter). */
function sceneOf(cy: Core, hoveredId: string, lit: Emphasis, look: Look) {
  const scene: Scene = { edges: [], nodes: [] };
  for (const id of lit.edges) {
    const e = cy.getElementById(id);
    if (e.empty() || !e.isEdge() || !e.visible()) continue;
    scene.edges.push(edgeOf(e, id === hoveredId ? look.hovered : null));
  }
  for (const id of lit.nodes) {
    const n = cy.getElementById(id);
    if (n.empty() || !n.isNode() || !n.visible()) continue;
    const p = n.position();
    scene.nodes.push({
      id,
      x: p.x,
      y: p.y,
      size: Math.max(LIT_NODE, n.width()),
      color: String(n.style("background-color")),
      shape: String(n.style("shape")) as NodeShape,
      ...(n.hasClass("selected") ? { border: { color: look.ring, width: SELECTED_RING } } : {}),
      ...(id === hoveredId ? { label: labelOf(n) } : {}),
    });
  }
  // The hovered node last: on top of its neighbours.
  scene.nodes.sort((a, b) => Number(a.id === hoveredId) - Number(b.id === hoveredId));
  return scene;
}

function edgeOf(e: EdgeSingular, color: string | null): SceneEdge {
  const s = e.source().position();
  const t = e.target().position();
  const style = String(e.style("line-style"));
  const pattern = e.numericStyle("line-dash-pattern") as unknown;
  const dash =
    style === "dotted"
      ? [1, 1]
      : style === "dashed"
        ? Array.isArray(pattern)
          ? (pattern as number[])
          : [6, 3]
        : null;
  return {
    id: e.id(),
    x1: s.x,
    y1: s.y,
    x2: t.x,
    y2: t.y,
    color: color ?? String(e.style("line-color")),
    width: Math.max(LIT_EDGE.width, Number(e.numericStyle("width")) || 0),
    opacity: LIT_EDGE.opacity,
    dash,
  };
}

function labelOf(n: NodeSingular): string {
  return String(n.data("label") ?? n.id()).replace(/\s*\n\s*/g, " ");
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a === b || (a.size === b.size && [...a].every((x) => b.has(x)));

function sameEmphasis(a: Emphasis | null, b: Emphasis | null): boolean {
  if (!a || !b) return a === b;
  return sameSet(a.nodes, b.nodes) && sameSet(a.edges, b.edges);
}
