// Shared set-up for the graph tests: a headless Cytoscape with the real stylesheet and zoom range,
// sized like a canvas when a size is given (a jsdom test: Cytoscape reads the container's size),
// and the reader's motion preference. Test-only: nothing in the app imports it.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { toElements } from "./elements.ts";
import { MAX_ZOOM, MIN_ZOOM } from "./fitView.ts";
import { pickStylesheet } from "./largeStylesheet.ts";

export interface CanvasOptions {
  /** The canvas's size in CSS pixels (needs a DOM: mark the test file `@vitest-environment jsdom`). */
  size?: { width: number; height: number };
  large?: boolean;
}

export function headlessCy(elements: ElementDefinition[], options: CanvasOptions = {}): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: pickStylesheet(false, options.large ?? false, false),
    elements,
    // Headless Cytoscape runs the "null" layout by default, which puts every node at 0, 0;
    // the preset layout keeps their places, and the camera at zoom 1, pan 0, 0 (no fit).
    layout: { name: "preset", fit: false },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    ...(options.size ? { container: sizedContainer(options.size) } : {}),
  });
}

/** A dataset drawn as the canvas draws it (toElements), names being the labels. */
export function drawDataset(dataset: Dataset, options: CanvasOptions = {}): Core {
  const names = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  return headlessCy(
    toElements(dataset, (id) => names.get(id) ?? id),
    options,
  );
}

/** Puts the dataset's nodes at the given places (makeDataset leaves them all at 0, 0). */
export function placeNodes(dataset: Dataset, at: Record<string, [number, number]>): Dataset {
  for (const n of dataset.nodes) {
    const p = at[n.id];
    if (p) n.position = { x: p[0], y: p[1] };
  }
  return dataset;
}

function sizedContainer({ width, height }: { width: number; height: number }): HTMLElement {
  const div = document.createElement("div");
  div.style.padding = "0px";
  Object.defineProperty(div, "clientWidth", { value: width });
  Object.defineProperty(div, "clientHeight", { value: height });
  return div;
}

/** What `prefers-reduced-motion: reduce` answers from now on (jsdom has no matchMedia). */
export function prefersReducedMotion(reduce: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: reduce && query.includes("prefers-reduced-motion: reduce"),
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/** The ids of the elements carrying class `c`, sorted. */
export const withClass = (cy: Core, c: string): string[] =>
  cy
    .elements(`.${c}`)
    .map((el) => el.id())
    .sort();

/**
 * Headless Cytoscape draws nothing, so it has no edge endpoints: give every edge a line from its
 * source's centre to its target's, through `bend` when one is given (one control point: a curve).
 */
export function drawEdgeLines(cy: Core, bend: Record<string, { x: number; y: number }> = {}) {
  cy.edges().forEach((e) => {
    Object.assign(e, {
      sourceEndpoint: () => e.source().position(),
      targetEndpoint: () => e.target().position(),
      controlPoints: () => (bend[e.id()] ? [bend[e.id()]] : undefined),
    });
  });
}

/**
 * Headless Cytoscape measures no text, so its labels have no size: give every node's label the
 * size a browser would about give it (0.6 em a character, 1.2 em a line, at its `font-size`).
 * Only the label's own box (`includeNodes: false`) is answered; other boxes are Cytoscape's.
 */
export function measureLabels(cy: Core) {
  cy.nodes().forEach((n) => {
    const own = n.boundingBox.bind(n);
    const boundingBox = (o?: { includeNodes?: boolean; includeLabels?: boolean }) => {
      if (o?.includeNodes !== false || !o.includeLabels) return own(o as never);
      const fs = Number(n.data("fs"));
      const lines = String(n.data("label") ?? "").split("\n");
      const w = Math.max(...lines.map((l) => l.length)) * fs * 0.6;
      const h = lines.length * fs * 1.2;
      const { x, y } = n.position();
      const top = y + n.height() / 2;
      return { x1: x - w / 2, x2: x + w / 2, y1: top, y2: top + h, w, h };
    };
    Object.assign(n, { boundingBox });
  });
}
