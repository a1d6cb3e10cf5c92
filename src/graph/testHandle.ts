import type { Core, NodeSingular } from "cytoscape";
import type { Picture } from "../model/picture/metrics.ts";
import { edgeLine } from "./hitTest.ts";
import { LABEL_ONLY } from "./ReadableLabelController.tsx";
import { drawnOverlayOf, type DrawnOverlay } from "./drawnOverlay.ts";

/**
 * A read-only handle for browser tests and the benchmark: where an element is on screen (so a
 * test can click it with a real mouse) and how it is drawn. It never hands out the Cytoscape
 * instance, and changes nothing.
 */
export interface QuotegraphTestHandle {
  ready: true;
  /** Page coordinates of an edge's midpoint or a node's centre, or null if not drawn. */
  pointOf(id: string): { x: number; y: number } | null;
  /** Model position of a node. */
  positionOf(id: string): { x: number; y: number } | null;
  /** "hidden", "faded", "emphasised" or "normal", as drawn now (a hover included). */
  stateOf(id: string): "hidden" | "faded" | "emphasised" | "normal" | null;
  zoom(): number;
  /** On-screen height of a node's label, in CSS pixels. */
  labelPx(id: string): number | null;
  /** The label a node carries now ("" while a large graph has not labelled it), or null. */
  labelText(id: string): string | null;
  /** Whether a node's label is drawn now: it has one, it is visible and big enough on screen. */
  labelDrawn(id: string): boolean | null;
  /** Where a node's label is on the canvas (rendered pixels), or null if it has none. */
  labelBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null;
  /** Everything drawn, in pixels from the canvas's top left corner: for measuring the picture. */
  picture(): Picture;
  /** Elements drawn as selected: Cytoscape's own `:selected` state or our class. */
  ringed(): string[];
  /** A node's fill colour as drawn ("rgb(r,g,b)"), or null. */
  fillOf(id: string): string | null;
  /** An edge's width as drawn (model units), or null. */
  widthOf(id: string): number | null;
  /**
   * What a large graph's overlay draws now (the hover, the selection's focus, their labels), or
   * null when it draws nothing (or on a small graph, which draws both with classes).
   */
  overlay(): DrawnOverlay | null;
  /** How many frames Cytoscape has drawn since the handle was made (its "render" events). */
  renders(): number;
}

/** Whether a node's label is drawn now: it has one, it is shown, and it is big enough. */
function labelDrawn(cy: Core, n: NodeSingular): boolean {
  const px = parseFloat(String(n.style("font-size"))) * cy.zoom();
  const min = parseFloat(String(n.style("min-zoomed-font-size")));
  const opacity = parseFloat(String(n.style("text-opacity")));
  return n.visible() && String(n.style("label")) !== "" && px >= min && opacity > 0;
}

export function exposeTestHandle(cy: Core) {
  let renders = 0;
  cy.on("render", () => renders++);
  const handle: QuotegraphTestHandle = {
    ready: true,
    renders: () => renders,
    pointOf(id) {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible()) return null;
      const p = el.isEdge()
        ? cy.edges().getElementById(id).renderedMidpoint()
        : cy.nodes().getElementById(id).renderedPosition();
      const box = cy.container()?.getBoundingClientRect();
      return box ? { x: box.left + p.x, y: box.top + p.y } : null;
    },
    positionOf(id) {
      const n = cy.nodes().getElementById(id);
      return n.empty() ? null : { ...n.position() };
    },
    stateOf(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      if (el.hasClass("hidden")) return "hidden";
      // A large graph draws hover and focus on its overlay, the hover over the focus.
      const drawn = drawnOverlayOf(cy);
      if (drawn?.hover && [...drawn.hover.nodes, ...drawn.hover.edges].includes(id))
        return "emphasised";
      if (drawn?.focus)
        return [...drawn.focus.nodes, ...drawn.focus.edges].includes(id) ? "emphasised" : "faded";
      // A hover (HoverController's classes) is drawn over the selection's emphasis.
      if (el.hasClass("hover-out")) return "faded";
      if (el.hasClass("hover-in")) return "emphasised";
      for (const c of ["faded", "emphasised"] as const) if (el.hasClass(c)) return c;
      return "normal";
    },
    zoom: () => cy.zoom(),
    labelPx(id) {
      const n = cy.nodes().getElementById(id);
      return n.empty() ? null : parseFloat(String(n.style("font-size"))) * cy.zoom();
    },
    labelText(id) {
      const n = cy.nodes().getElementById(id);
      return n.empty() ? null : String(n.style("label"));
    },
    labelDrawn(id) {
      const n = cy.nodes().getElementById(id);
      return n.empty() ? null : labelDrawn(cy, n);
    },
    labelBox(id) {
      const n = cy.nodes().getElementById(id);
      if (n.empty() || String(n.style("label")) === "") return null;
      const b = n.renderedBoundingBox(LABEL_ONLY);
      return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    },
    ringed: () => {
      const ringed = cy.elements(":selected, .selected").map((el) => el.id());
      const selected = drawnOverlayOf(cy)?.focus?.selected;
      return selected && !ringed.includes(selected) ? [...ringed, selected] : ringed;
    },
    fillOf(id) {
      const n = cy.nodes().getElementById(id);
      return n.empty() ? null : String(n.style("background-color"));
    },
    widthOf(id) {
      const e = cy.edges().getElementById(id);
      return e.empty() ? null : parseFloat(String(e.style("width")));
    },
    overlay: () => drawnOverlayOf(cy),
    picture() {
      const zoom = cy.zoom();
      const pan = cy.pan();
      const overlay = drawnOverlayOf(cy);
      const overlayLabels = new Map((overlay?.labels ?? []).map((l) => [l.id, l]));
      const toScreen = (p: { x: number; y: number }) => ({
        x: p.x * zoom + pan.x,
        y: p.y * zoom + pan.y,
      });
      return {
        width: cy.width(),
        height: cy.height(),
        nodes: cy.nodes(":visible").map((n) => {
          // Under a large graph's focus, what shows is the overlay's: its labels, and nothing of
          // the rest, which lies under the dimming sheet.
          if (overlay?.focus) {
            const painted = overlayLabels.get(n.id());
            return {
              id: n.id(),
              ...n.renderedPosition(),
              r: n.renderedWidth() / 2,
              name: String(n.data("name") ?? n.data("label") ?? ""),
              text: painted?.text ?? "",
              box: painted?.box ?? null,
              px: parseFloat(String(n.style("font-size"))) * zoom,
            };
          }
          const drawn = labelDrawn(cy, n);
          const b = n.renderedBoundingBox(LABEL_ONLY);
          return {
            id: n.id(),
            ...n.renderedPosition(),
            r: n.renderedWidth() / 2,
            name: String(n.data("name") ?? n.data("label") ?? ""),
            text: drawn ? String(n.style("label")) : "",
            box: drawn ? { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } : null,
            px: parseFloat(String(n.style("font-size"))) * zoom,
          };
        }),
        edges: cy.edges(":visible").map((e) => ({
          id: e.id(),
          source: e.source().id(),
          target: e.target().id(),
          line: edgeLine(e).map(toScreen),
        })),
      };
    },
  };
  (window as { __quotegraph?: QuotegraphTestHandle }).__quotegraph = handle;
}
