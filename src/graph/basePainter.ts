// A large graph drawn by the app: a canvas under Cytoscape's layers paints every node and edge in
// batched paths (baseScene.ts), and Cytoscape's own canvas draws only the nodes that carry a label.
// Cytoscape keeps everything else: the elements, their styles, the camera, pointer events and hit
// tests; only its drawing of elements is narrowed. Each Cytoscape frame drew every element
// (200-250 ms at 20,000 on a 2-core machine): a filter, a pan or a layout's end now costs a few
// milliseconds of painting. Loaded only for large graphs (useBasePainter).
import type { Core, EdgeSingular, NodeSingular, Singular } from "cytoscape";
import { canvasHost } from "./canvasHost.ts";
import { layerCanvas, sizeToCamera } from "./layerCanvas.ts";
import {
  cameraMotion,
  paintBase,
  type BaseScene,
  type EdgeGroup,
  type NodeGroup,
} from "./baseScene.ts";
import type { NodeShape } from "./typeStyle.ts";
import { dashOf } from "./overlayScene.ts";
import type { HiddenSink } from "./VisibilityController.tsx";
import { classSlices } from "./classSlices.ts";
import { pstyle, stableZOrder, type ZSorting } from "./stableZOrder.ts";

/** Hears what a filter hides (painted nowhere, by this canvas or Cytoscape's), and its classes. */
export interface BasePainter extends HiddenSink {
  destroy(): void;
}

/** How long the camera must rest before it no longer moves, and its edges are painted again. */
const SETTLE_MS = 150;

/** The drawing hooks of Cytoscape's canvas renderer (3.x) that this narrows. */
type Draw = (context: unknown, eles: ArrayLike<Singular>, pxRatio: number, extent: unknown) => void;
const HOOKS = ["drawLayeredElements", "drawCachedElements", "drawCachedNodes"] as const;
type Renderer = Record<(typeof HOOKS)[number], Draw> & ZSorting;

/** Cytoscape's renderer, if it is the canvas renderer with the hooks this narrows. */
function rendererOf(cy: Core): Renderer | null {
  const r = (cy as unknown as { renderer?(): unknown }).renderer?.() as
    Partial<Renderer> | undefined;
  return r &&
    HOOKS.every((h) => typeof r[h] === "function") &&
    typeof r.getCachedZSortedEles === "function" &&
    typeof r.updateCachedGrabbedEles === "function"
    ? (r as Renderer)
    : null;
}

/**
 * Paints `cy`'s elements on a canvas of its own, under Cytoscape's, and narrows Cytoscape's
 * drawing to labelled nodes; null (Cytoscape draws all, as before) when its renderer lacks the
 * hooks (a headless instance, or a Cytoscape whose renderer changed).
 */
export function createBasePainter(cy: Core): BasePainter | null {
  const renderer = rendererOf(cy);
  const host = canvasHost(cy);
  // Under Cytoscape's three layers.
  const canvas = layerCanvas("graph-base", 0);
  const pen = canvas.getContext("2d");
  if (!renderer || !host || !pen) return null;
  host.insertBefore(canvas, host.firstChild);

  let hiddenIds: ReadonlySet<string> = new Set(cy.elements(".hidden").map((el) => el.id()));
  const slices = classSlices(cy);
  let model: Model | null = null;
  let positionsStale = false;
  let frame = 0;

  // While the camera moves, edges wait (as Cytoscape's `hideEdgesOnViewport`): thousands of
  // hairlines, dashed where unsourced, cost the rasteriser more than a frame.
  const motion = cameraMotion(SETTLE_MS, () => schedule());
  const paint = () => {
    frame = 0;
    if (cy.destroyed()) return;
    model ??= modelOf(cy, hiddenIds);
    if (positionsStale) readPositions(model);
    positionsStale = false;
    const { camera, size } = sizeToCamera(canvas, cy);
    paintBase(pen, model.scene, model.hidden, camera, size, !motion.moving());
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };
  const onViewport = () => {
    motion.moved(performance.now());
    schedule();
  };
  const onChange = () => {
    model = null;
    schedule();
  };
  const onPosition = () => {
    positionsStale = true;
    schedule();
  };
  cy.on("viewport", onViewport);
  cy.on("resize", schedule);
  cy.on("add remove data", onChange);
  cy.on("position", onPosition);

  // Cytoscape draws the labelled nodes alone (their labels over this canvas's picture), and
  // nothing hidden (the filter reaches its classes a moment after this canvas: VisibilityController).
  const original = Object.fromEntries(HOOKS.map((h) => [h, renderer[h]])) as Record<
    (typeof HOOKS)[number],
    Draw
  >;
  const drawLabelled: Draw = function (this: unknown, context, eles, pxRatio, extent) {
    const shown: Singular[] = [];
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (ele && ele.isNode() && ele.hasClass("labelled") && !hiddenIds.has(ele.id()))
        shown.push(ele);
    }
    original.drawCachedElements.call(this, context, shown, pxRatio, extent);
  };
  for (const h of HOOKS) renderer[h] = drawLabelled;
  const sortEles = renderer.getCachedZSortedEles;
  const zOrdering = stableZOrder(cy);
  renderer.getCachedZSortedEles = zOrdering.sorted;
  schedule();
  cy.forceRender();

  return {
    setHidden(ids, changes, now) {
      // Cytoscape's classes after this canvas's frame.
      slices.follow(changes, now);
      // A selection or a focus changes no filter: nothing to paint again.
      if (ids.size === hiddenIds.size && [...ids].every((id) => hiddenIds.has(id))) return;
      const before = hiddenIds;
      hiddenIds = ids;
      if (model) model.hidden = maskOf(model, ids);
      schedule();
      // Labelled nodes the filter hides or shows leave or join Cytoscape's canvas in this frame
      // too, not when their classes follow.
      const labelled = cy.nodes(".labelled").toArray();
      if (labelled.some((n) => ids.has(n.id()) !== before.has(n.id()))) cy.forceRender();
    },
    destroy() {
      slices.flush();
      cancelAnimationFrame(frame);
      motion.stop();
      cy.off("viewport", onViewport);
      cy.off("resize", schedule);
      cy.off("add remove data", onChange);
      cy.off("position", onPosition);
      for (const h of HOOKS) renderer[h] = original[h];
      renderer.getCachedZSortedEles = sortEles;
      zOrdering.stop();
      canvas.remove();
      if (!cy.destroyed()) cy.forceRender();
    },
  };
}

interface Model {
  nodes: NodeSingular[];
  edges: EdgeSingular[];
  scene: BaseScene;
  hidden: { nodes: Uint8Array; edges: Uint8Array };
}

/** The scene read from Cytoscape: places, sizes and each element's computed base look. */
function modelOf(cy: Core, hiddenIds: ReadonlySet<string>): Model {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  const edges = cy.edges().toArray() as EdgeSingular[];
  const index = new Map(nodes.map((n, i) => [n.id(), i]));
  const size = new Float64Array(nodes.length);
  const nodeGroups = new Map<string, NodeGroup>();
  nodes.forEach((n, i) => {
    size[i] = n.width();
    const color = rgb(pstyle(n, "background-color").value);
    const shape = String(pstyle(n, "shape").value) as NodeShape;
    const key = `${color} ${shape}`;
    const group = nodeGroups.get(key);
    if (group) group.nodes.push(i);
    else nodeGroups.set(key, { color, shape, nodes: [i] });
  });
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const edgeGroups = new Map<string, EdgeGroup>();
  edges.forEach((e, i) => {
    source[i] = index.get(e.source().id()) ?? 0;
    target[i] = index.get(e.target().id()) ?? 0;
    const look = edgeLook(e);
    const key = `${look.color} ${look.width} ${look.opacity} ${look.dash?.join(",") ?? ""}`;
    const group = edgeGroups.get(key);
    if (group) group.edges.push(i);
    else edgeGroups.set(key, { ...look, edges: [i] });
  });
  const scene: BaseScene = {
    x: new Float64Array(nodes.length),
    y: new Float64Array(nodes.length),
    size,
    source,
    target,
    nodeGroups: [...nodeGroups.values()],
    edgeGroups: [...edgeGroups.values()],
  };
  const model: Model = {
    nodes,
    edges,
    scene,
    hidden: { nodes: new Uint8Array(), edges: new Uint8Array() },
  };
  readPositions(model);
  model.hidden = maskOf(model, hiddenIds);
  return model;
}

function readPositions(model: Model) {
  model.nodes.forEach((n, i) => {
    const p = n.position();
    model.scene.x[i] = p.x;
    model.scene.y[i] = p.y;
  });
}

function maskOf(model: Model, ids: ReadonlySet<string>) {
  const mark = (els: readonly { id(): string }[]) =>
    Uint8Array.from(els, (el) => (ids.has(el.id()) ? 1 : 0));
  return { nodes: mark(model.nodes), edges: mark(model.edges) };
}

/** An edge's line as Cytoscape's stylesheet gives it: colour, width, opacity and dashes. */
function edgeLook(e: EdgeSingular): Omit<EdgeGroup, "edges"> {
  const dash = dashOf(
    String(pstyle(e, "line-style").value),
    pstyle(e, "line-dash-pattern").pfValue,
  );
  return {
    color: rgb(pstyle(e, "line-color").value),
    // Rounded so that widths by weight make a few groups, not one per edge.
    width: Math.round(Number(pstyle(e, "width").pfValue) * 20) / 20,
    opacity: Number(pstyle(e, "opacity").value),
    dash,
  };
}

const rgb = (value: unknown) =>
  Array.isArray(value) ? `rgb(${value.slice(0, 3).join(", ")})` : String(value);
