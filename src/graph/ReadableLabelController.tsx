import { useLayoutEffect, useRef } from "react";
import type { BoundingBoxOptions, Core, NodeSingular } from "cytoscape";
import {
  placeLabels,
  type LabelItem,
  type LabelPlace,
  type LabelSpot,
} from "../model/picture/labelPlaces.ts";
import type { Insets } from "./CameraController.tsx";
import { labelBox, measureLine, type MeasureLine } from "./labelBox.ts";

/** How much larger the best-connected node's label is than the least connected one's. */
const HUB_GAIN = 0.34;
/** How long a pan must rest before the labels at the canvas's edges are chosen again, in ms. */
const PAN_REST_MS = 150;
/**
 * Above this many nodes the camera's glide does not choose labels on each of its frames: on this
 * project's 2-core machine that took a glide over 235 nodes to ~10 frames a second (US Airports),
 * where the 95 of the built-in graph keep ~30.
 */
export const GLIDE_HOLD_NODES = 150;
/** Room kept around a label, in pixels. */
export const GAP_PX = 2;

/**
 * Renderless, for graphs drawn with labels (all but large ones): keeps every label the same size
 * on screen at any zoom, `px` for the least connected node up to `px` × 1.34 for the best
 * connected one, and draws only labels that cover no other label and no other node. Where two
 * would collide, the selected or hovered node wins, then what is emphasised, then the node with
 * more links; the others show their label when hovered, selected or zoomed in (zooming in spreads
 * the nodes while their labels keep their size, so more fit). Where a label goes is the node's
 * `lp` data (src/model/picture/labelPlaces.ts); a hidden one keeps its text (`lp` "hidden", drawn
 * at opacity 0), so it is still measured. toElements makes the same choice for the first frame.
 *
 * `version` changes whenever the classes that set priority (selection, emphasis, filters) may
 * have changed: the controllers that set them are declared before this one, so their effects
 * have run.
 */
export function ReadableLabelController({
  cy,
  px,
  version,
  placedAhead = false,
  measure = measureLine,
  covered,
  zoomButtons = false,
  focusWins = false,
}: {
  cy: Core | null;
  px: number | null;
  version: unknown;
  /**
   * The canvas's first elements came with their labels sized and placed (toElements) for the view
   * as it is: the controller's first pass waits until the first frame has been drawn and shown.
   * It only checks what toElements chose (and changed nothing at any screen size measured); run
   * before that frame it cost the first paint ~20 ms. Any later pass runs at once.
   */
  placedAhead?: boolean;
  /**
   * How label lines are measured (labelBox.ts: canvas measureText); where it cannot measure
   * (jsdom), each pass asks Cytoscape for every label's box afresh.
   */
  measure?: MeasureLine;
  /** Pixels along the canvas's edges covered by panels or a talk's card: no label goes there. */
  covered: Insets;
  /** Zoom buttons are drawn over the canvas: no label goes under them. */
  zoomButtons?: boolean;
  /** On a talk's stage every node in focus shows its label, whatever it covers. */
  focusWins?: boolean;
}) {
  const firstRun = useRef(true);
  useLayoutEffect(() => {
    if (!cy || px === null) return;
    let frame = 0;
    let glide = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      frame = 0;
      clearTimeout(timer);
      applyReadableLabels(
        cy,
        px,
        zoomButtons ? withZoomButtons(cy, covered) : covered,
        focusWins,
        measure,
      );
    };
    // The camera's glide (an animation) over many nodes: labels scale with it, as a map's do, and
    // are chosen again once it ends. Choosing restyles every label, which took each frame of a
    // glide over a few hundred nodes from ~45 to ~110 ms.
    const holdInGlide = cy.nodes().length > GLIDE_HOLD_NODES;
    const afterGlide = () => {
      glide = cy.animated() ? requestAnimationFrame(afterGlide) : 0;
      if (!glide) apply();
    };
    // A zoom changes every label's size: follow it frame by frame. A pan only moves the canvas's
    // edges over the labels: choose again once it rests (each frame of a drag stays a blit).
    let zoom = cy.zoom();
    const onViewport = () => {
      if (holdInGlide && cy.animated()) {
        zoom = cy.zoom();
        clearTimeout(timer);
        if (!glide) glide = requestAnimationFrame(afterGlide);
        return;
      }
      if (cy.zoom() !== zoom) {
        zoom = cy.zoom();
        if (!frame) frame = requestAnimationFrame(apply);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!frame) frame = requestAnimationFrame(apply);
      }, PAN_REST_MS);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    // After the first frame and the one that shows it: two frames from Cytoscape's first render.
    const afterFirstFrame = () => {
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(apply)));
    };
    if (placedAhead && firstRun.current) cy.one("render", afterFirstFrame);
    else apply();
    firstRun.current = false;
    cy.on("viewport", onViewport);
    // From the next frame: the preset layout that places the first view moves nothing, and its
    // "layoutstop" would only repeat the pass just done, before the first frame is drawn.
    const listen = requestAnimationFrame(() => cy.on("resize layoutstop dragfree", schedule));
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(glide);
      cancelAnimationFrame(listen);
      clearTimeout(timer);
      cy.off("render", afterFirstFrame);
      cy.off("viewport", onViewport);
      cy.off("resize layoutstop dragfree", schedule);
    };
  }, [cy, px, version, placedAhead, measure, covered, zoomButtons, focusWins]);
  return null;
}

/**
 * `covered` and the box the zoom buttons take on the canvas (a child of the canvas's host, placed
 * by app.css: bottom right, top right on a phone, left of a side panel), with a little room.
 */
export function withZoomButtons(cy: Core, covered: Insets): Insets {
  const canvas = cy.container();
  const buttons = canvas?.parentElement?.querySelector(".zoom-controls");
  if (!canvas || !buttons) return covered;
  const c = canvas.getBoundingClientRect();
  const b = buttons.getBoundingClientRect();
  if (b.width === 0) return covered;
  const room = 2 * GAP_PX;
  return {
    ...covered,
    avoid: {
      x1: b.left - c.left - room,
      y1: b.top - c.top - room,
      x2: b.right - c.left + room,
      y2: b.bottom - c.top + room,
    },
  };
}

const NO_COVER: Insets = { right: 0, bottom: 0 };

/** A label's font size in model units: `px` on screen at `zoom`, a third more for the hubs. */
export function labelUnits(px: number, degree: number, maxDegree: number, zoom: number): number {
  const gain = 1 + HUB_GAIN * Math.sqrt(degree / Math.max(1, maxDegree));
  return Math.round(px * gain) / zoom;
}

/**
 * Sizes every label for the current zoom and chooses where each is drawn, if at all (the
 * controller's work, done once: the image export uses it on its off-screen copy of the graph).
 */
export function applyReadableLabels(
  cy: Core,
  px: number,
  covered: Insets = NO_COVER,
  focusWins = false,
  measure?: MeasureLine,
) {
  const zoom = cy.zoom();
  const maxDegree = Math.max(1, ...cy.nodes().map((n) => n.degree(false)));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const fs = labelUnits(px, n.degree(false), maxDegree, zoom);
      if (Math.abs((n.data("fs") as number) - fs) > fs * 0.005) n.data("fs", fs);
    });
  });
  const places = placeShown(cy, GAP_PX / zoom, covered, focusWins, measure);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const want: LabelSpot = places.get(n.id()) ?? "hidden";
      if (n.data("lp") !== want) n.data("lp", want);
    });
  });
}

/** Drawn faded or emphasised now: a hover's classes (HoverController) win over the focus's. */
const fadedNow = (n: NodeSingular) =>
  n.hasClass("hover-out") || (n.hasClass("faded") && !n.hasClass("hover-in"));
const emphasisedNow = (n: NodeSingular) =>
  n.hasClass("hover-in") || (n.hasClass("emphasised") && !n.hasClass("hover-out"));

function rank(n: NodeSingular, focusWins: boolean): number {
  if (n.hasClass("selected") || n.hasClass("hovered")) return 3;
  if (emphasisedNow(n)) return focusWins ? 3 : 2;
  if (fadedNow(n)) return 0;
  return 1;
}

/**
 * A label's box, measured afresh: a place or size set as data restyles the node lazily, and a
 * cached box (or Cytoscape's cached label position) can then be a pass behind. (`useCache` is
 * Cytoscape's option; its types leave it out.)
 */
export const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  useCache: false,
} as BoundingBoxOptions;

/** Where each shown node's label goes (placeLabels), its box from its text (labelBox) or Cytoscape. */
function placeShown(
  cy: Core,
  gap: number,
  covered: Insets,
  focusWins: boolean,
  measure: MeasureLine | undefined,
): Map<string, LabelPlace> {
  const items: LabelItem[] = cy.nodes(":visible").map((n) => {
    const p = n.position();
    const b =
      (measure && labelBox(String(n.data("label") ?? ""), n.data("fs") as number, measure)) ??
      n.boundingBox(LABEL_ONLY);
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      rx: n.width() / 2,
      ry: n.height() / 2,
      w: b.w,
      h: b.h,
      rank: rank(n, focusWins),
      degree: n.degree(false),
      faded: fadedNow(n),
    };
  });
  const e = cy.extent();
  const z = cy.zoom();
  const pan = cy.pan();
  const avoid = covered.avoid && {
    x1: (covered.avoid.x1 - pan.x) / z,
    x2: (covered.avoid.x2 - pan.x) / z,
    y1: (covered.avoid.y1 - pan.y) / z,
    y2: (covered.avoid.y2 - pan.y) / z,
  };
  return placeLabels(items, {
    view: {
      x1: e.x1 + (covered.left ?? 0) / z,
      x2: e.x2 - covered.right / z,
      y1: e.y1,
      y2: e.y2 - covered.bottom / z,
    },
    avoid,
    gap,
  });
}
