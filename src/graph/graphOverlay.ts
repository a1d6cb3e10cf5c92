// Hover and the selection's focus on a large graph, drawn on a 2D canvas of its own laid over
// Cytoscape's. Cytoscape's canvas is not touched, so nothing is restyled or redrawn: on a
// 5,000-node graph one redraw of it is most of a second, and this costs a few milliseconds (how
// sigma.js keeps hover instant). Loaded only for large graphs (useGraphOverlay).
//
// - The focus (a selection and its neighbours, a path, a source's support): a sheet of the
//   background colour at 82 % over the whole graph, which is what `faded` (opacity 0.18) looked
//   like, then the focus at full strength, the selection ringed, and the labels of the focus
//   that cover no other (labelsThatFit, the selection first), readable from the zoom at which the
//   large-graph stylesheet draws labels.
// - The hover on top: the hovered node, its neighbours and their edges (or an edge and its ends),
//   with the hovered node's label.
import type { Core } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { labelsThatFit } from "../model/labelPlacement.ts";
import { canvasHost } from "./canvasHost.ts";
import { layerCanvas, sizeToCamera } from "./layerCanvas.ts";
import { setDrawnOverlay } from "./drawnOverlay.ts";
import { paintScenes, type LabelLook, type Scene } from "./overlayScene.ts";
import { sceneOf, type Look } from "./overlayElements.ts";
import { SCALE_LABEL_GEOMETRY, SCALE_LABEL_ZOOM } from "./largeStylesheet.ts";

export interface GraphOverlay {
  /** Light up `emphasis` (`hoveredId` the element under the pointer), or nothing for null. */
  hover(hoveredId: string | null, emphasis: Emphasis | null): void;
  /** Fade all but `emphasis` (none: nothing faded) and ring `selectedId`. */
  focus(emphasis: Emphasis | null, selectedId: string | null): void;
  destroy(): void;
}

const LOOKS: Record<"light" | "dark", Look & { label: string; background: string }> = {
  light: { label: "#1f2937", background: "#ffffff", hovered: "#2563eb", ring: "#f59e0b" },
  dark: { label: "#f1f5f9", background: "#0f172a", hovered: "#60a5fa", ring: "#fbbf24" },
};
/** How much of what lies under the focus's sheet shows through: `faded`'s opacity. */
const FADED_OPACITY = 0.18;

export function createGraphOverlay(cy: Core, dark: boolean): GraphOverlay {
  const look = dark ? LOOKS.dark : LOOKS.light;
  const label: LabelLook = {
    font: "system-ui, sans-serif",
    fontSize: SCALE_LABEL_GEOMETRY.fontSize,
    color: look.label,
    background: look.background,
    margin: SCALE_LABEL_GEOMETRY.offsetY - SCALE_LABEL_GEOMETRY.nodeSize / 2,
  };
  // The sheet is the colour the graph is drawn on, so that what lies under it looks faded.
  const [r, g, b] = groundOf(cy.container()) ?? [255, 255, 255];
  const dim = `rgba(${r}, ${g}, ${b}, ${1 - FADED_OPACITY})`;
  // Over Cytoscape's three layers.
  const canvas = layerCanvas("graph-overlay", 4);
  // Into the canvases' holder (positioned): no attribute of Cytoscape's container changes.
  canvasHost(cy)?.appendChild(canvas);
  const pen = canvas.getContext("2d");

  let hovered: { id: string; emphasis: Emphasis } | null = null;
  let focused: { emphasis: Emphasis | null; selected: string | null } | null = null;
  let hoverScene: Scene | null = null;
  let focusScene: Scene | null = null;
  let blank = true;
  let frame = 0;

  const paint = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (!pen) return;
    const sheet = focused?.emphasis ? dim : null;
    const scenes = [focusScene, hoverScene].filter((s): s is Scene => s !== null);
    if (!sheet && scenes.length === 0) {
      if (!blank) {
        pen.setTransform(1, 0, 0, 1, 0, 0);
        pen.clearRect(0, 0, canvas.width, canvas.height);
      }
      blank = true;
      setDrawnOverlay(cy, null);
      return;
    }
    const { camera, size } = sizeToCamera(canvas, cy);
    const labels = paintScenes(pen, { dim: sheet, scenes }, camera, size, label);
    blank = false;
    setDrawnOverlay(cy, {
      hover:
        hovered && hoverScene
          ? { hovered: hovered.id, nodes: ids(hoverScene.nodes), edges: ids(hoverScene.edges) }
          : null,
      focus:
        focused && focusScene
          ? {
              selected: focused.selected,
              nodes: ids(focusScene.nodes),
              edges: ids(focusScene.edges),
            }
          : null,
      labels,
    });
  };
  const rebuild = () => {
    hoverScene = hovered ? sceneOf(cy, hovered.emphasis, look, { hovered: hovered.id }) : null;
    focusScene = focused ? focusSceneOf(cy, focused.emphasis, focused.selected, look) : null;
  };
  // The camera moved: paint again on the next frame. Nodes moved (a layout): place them again.
  const onViewport = () => {
    if (blank || frame) return;
    frame = requestAnimationFrame(paint);
  };
  const onPosition = () => {
    if (!hovered && !focused) return;
    rebuild();
    onViewport();
  };
  cy.on("viewport resize", onViewport);
  cy.on("position", onPosition);

  return {
    hover(hoveredId, emphasis) {
      const next = hoveredId && emphasis ? { id: hoveredId, emphasis } : null;
      if (next?.id === hovered?.id && sameEmphasis(next?.emphasis, hovered?.emphasis)) return;
      hovered = next;
      hoverScene = next ? sceneOf(cy, next.emphasis, look, { hovered: next.id }) : null;
      paint();
    },
    focus(emphasis, selectedId) {
      const next = emphasis || selectedId ? { emphasis, selected: selectedId } : null;
      focused = next;
      focusScene = next ? focusSceneOf(cy, next.emphasis, next.selected, look) : null;
      paint();
    },
    destroy() {
      cancelAnimationFrame(frame);
      cy.off("viewport resize", onViewport);
      cy.off("position", onPosition);
      canvas.remove();
      setDrawnOverlay(cy, null);
    },
  };
}

/** The focus with the selection ringed and the labels that fit (the selection's always). */
function focusSceneOf(cy: Core, emphasis: Emphasis | null, selected: string | null, look: Look) {
  const lit: Emphasis = emphasis ?? { nodes: new Set(), edges: new Set() };
  const withSelected: Emphasis =
    selected && !lit.nodes.has(selected) && !lit.edges.has(selected)
      ? {
          nodes: cy.getElementById(selected).isNode()
            ? new Set([...lit.nodes, selected])
            : lit.nodes,
          edges: cy.getElementById(selected).isEdge()
            ? new Set([...lit.edges, selected])
            : lit.edges,
        }
      : lit;
  const scene = sceneOf(cy, withSelected, look, { selected });
  const fits = labelsThatFit(
    scene.nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      label: n.label ?? "",
      priority: n.id === selected ? Infinity : cy.getElementById(n.id).degree(false),
    })),
    SCALE_LABEL_GEOMETRY,
  );
  for (const n of scene.nodes) {
    if (n.id === selected) n.labelFrom = 0;
    else if (fits.has(n.id)) n.labelFrom = SCALE_LABEL_ZOOM;
    else delete n.label;
  }
  return scene;
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a === b || (a.size === b.size && [...a].every((x) => b.has(x)));

function sameEmphasis(a: Emphasis | undefined, b: Emphasis | undefined): boolean {
  if (!a || !b) return a === b;
  return sameSet(a.nodes, b.nodes) && sameSet(a.edges, b.edges);
}

/** The first opaque background colour from `el` up, as [r, g, b]; null if none is found. */
function groundOf(el: HTMLElement | null): [number, number, number] | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const c =
      getComputedStyle(at)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const [r = 0, g = 0, b = 0, a = 1] = c;
    if (c.length >= 3 && a > 0) return [r, g, b];
  }
  return null;
}
