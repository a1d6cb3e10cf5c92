// The picture an image export draws: a hidden copy of the canvas holding only what is exported,
// its labels placed again for the whole picture, and its camera cropped to the drawing.
import cytoscape, { type Core, type NodeSingular } from "cytoscape";
import type { Box } from "../model/picture/geometry.ts";
import { applyReadableLabels, LABEL_ONLY } from "./ReadableLabelController.tsx";
import {
  EXPORT_MARGIN,
  LABEL_ZOOM_STEPS,
  type ExportContents,
  type ExportScope,
} from "./imageExport.ts";

/** The longest side of a whole-graph image, in CSS pixels: a zoomed-in camera is capped here. */
const MAX_SIDE = 4000;
/** Room left around the nodes for labels while they are placed (CSS pixels). */
const LABEL_ROOM = { x: 240, y: 80 };

/** A whole graph's image is drawn once this share of its nodes have their label. */
const LABEL_SHARE = 0.9;

export interface ExportDrawing {
  /** The copy, its camera framing the drawing and the margin; destroy() when done. */
  copy: Core;
  /** Its size in CSS pixels. */
  width: number;
  height: number;
  destroy(): void;
}

/**
 * A hidden copy of `cy` drawing `contents`, its labels placed again over the whole picture by
 * the canvas's own ReadableLabelController: nodes off screen get theirs, and none collide.
 * Labels keep their on-screen size (`labelPx`; null, for large graphs, leaves them as they are).
 *
 * The current view is drawn at the canvas's zoom. A whole graph is a picture to read: from the
 * canvas's zoom it zooms in, a step at a time (LABEL_ZOOM_STEPS), until LABEL_SHARE of the nodes
 * have their label, no further than MAX_SIDE allows; the nodes spread while labels keep their
 * size, so more of them fit.
 */
export function drawForExport(
  cy: Core,
  contents: ExportContents,
  labelPx: number | null,
  scope: ExportScope,
): ExportDrawing {
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.style.cssText =
    "position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;z-index:-1;overflow:hidden";
  document.body.appendChild(host);
  const kept = cy.nodes().filter((n) => contents.nodes.has(n.id()));
  const nodeBox = kept.boundingBox({ includeLabels: false, includeOverlays: false });
  const largest = MAX_SIDE / Math.max(nodeBox.w, nodeBox.h, 1);
  const base = Math.min(cy.zoom(), largest);
  let zoom = base;
  /** Size the host for `box` at `zoom` with `room` around it; the pan that puts it there. */
  const frame = (box: Box, room: { x: number; y: number }) => {
    host.style.width = `${Math.ceil((box.x2 - box.x1) * zoom + 2 * room.x)}px`;
    host.style.height = `${Math.ceil((box.y2 - box.y1) * zoom + 2 * room.y)}px`;
    return { x: room.x - box.x1 * zoom, y: room.y - box.y1 * zoom };
  };
  let made: Core | undefined;
  try {
    const copy = cytoscape({
      container: host,
      elements: cy.elements().jsons() as unknown as cytoscape.ElementDefinition[],
      // The canvas's stylesheet as it is now (Style.json() is missing from the typings).
      style: (cy.style() as unknown as { json(): cytoscape.StylesheetJson }).json(),
      layout: { name: "preset", fit: false },
      zoom,
      pan: frame(nodeBox, LABEL_ROOM),
      pixelRatio: 1, // the image's scale is the one asked for, whatever the screen's
      autounselectify: true,
      autoungrabify: true,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
    });
    made = copy;
    copy.batch(() => {
      copy.elements(".hovered, .keyboard").removeClass("hovered keyboard");
      copy
        .elements()
        .filter((el) => !(el.isNode() ? contents.nodes : contents.edges).has(el.id()))
        .addClass("hidden");
    });
    const moveTo = (box: Box, room: { x: number; y: number }) => {
      const pan = frame(box, room);
      copy.resize();
      copy.viewport({ zoom, pan });
    };
    if (labelPx !== null) {
      placeLabels(copy, labelPx);
      for (const step of scope === "whole" ? LABEL_ZOOM_STEPS : []) {
        if (labelShare(copy) >= LABEL_SHARE || base * step > largest) break;
        zoom = base * step;
        moveTo(nodeBox, LABEL_ROOM);
        placeLabels(copy, labelPx);
      }
    }
    moveTo(drawnBox(copy), { x: EXPORT_MARGIN, y: EXPORT_MARGIN });
    return {
      copy,
      width: host.clientWidth,
      height: host.clientHeight,
      destroy() {
        copy.destroy();
        host.remove();
      },
    };
  } catch (error) {
    made?.destroy();
    host.remove();
    throw error;
  }
}

/** The share of the drawn nodes whose label is drawn. */
function labelShare(copy: Core): number {
  const nodes = copy.nodes(":visible");
  return nodes.empty() ? 1 : 1 - nodes.filter('[lp = "hidden"]').length / nodes.length;
}

/** Size and place labels for the copy's camera: the label controller, run once and removed. */
function placeLabels(copy: Core, px: number) {
  applyReadableLabels(copy, px);
}

/** The box of what is drawn: nodes, edges and the labels shown (a hidden label takes no room). */
function drawnBox(copy: Core): Box {
  const shown = copy.elements(":visible");
  const b = shown.boundingBox({ includeLabels: false, includeOverlays: false });
  const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  shown.nodes().forEach((n: NodeSingular) => {
    if (n.data("lp") === "hidden" || String(n.style("label")) === "") return;
    if (parseFloat(String(n.style("text-opacity"))) === 0) return;
    const l = n.boundingBox(LABEL_ONLY);
    if (!(l.w > 0)) return;
    box.x1 = Math.min(box.x1, l.x1);
    box.y1 = Math.min(box.y1, l.y1);
    box.x2 = Math.max(box.x2, l.x2);
    box.y2 = Math.max(box.y2, l.y2);
  });
  return box;
}
