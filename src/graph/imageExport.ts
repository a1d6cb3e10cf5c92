// PNG and SVG of the current view or the whole graph, cropped to the drawing with a margin, each
// with a footer naming the sources shown. GraphCanvas creates this on its first draw: the drawing
// and the files load when an image is asked for (imageFiles.ts), outside the first view's budget.
import type { Core } from "cytoscape";
import { LARGE_GRAPH } from "./stylesheet.ts";

/** Room around the drawing, in CSS pixels of the image (before the 2× or 4× scale). */
export const EXPORT_MARGIN = 24;
/** How far a whole graph's image may zoom in from the canvas's zoom to draw more labels. */
export const LABEL_ZOOM_STEPS = [1.25, 1.5, 2, 2.5, 3] as const;

/** The nodes and edges an image draws. */
export interface ExportContents {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** "view": what is on the canvas now; "whole": every element the filters show. */
export type ExportScope = "view" | "whole";

export interface ImageExporter {
  /** The nodes and edges an image of `scope` draws (its footer names their sources). */
  contents(scope: ExportScope): ExportContents;
  png(
    options: { scope: ExportScope; scale: 2 | 4; transparent: boolean },
    footer: readonly string[],
  ): Promise<Blob>;
  svg(options: { scope: ExportScope }, footer: readonly string[]): Promise<string>;
}

/** Labels' on-screen size for the least connected node, as GraphCanvas gives its controller. */
const LABEL_PX = 12;

export function createImageExporter(
  cy: Core,
  background: string,
  ink: string,
  labelPx: number | null = cy.elements().length > LARGE_GRAPH ? null : LABEL_PX,
): ImageExporter {
  const style = { background, ink, labelPx };
  const contents = (scope: ExportScope) => {
    const c = pickContents(cy, scope);
    if (c.nodes.size === 0) throw new Error("nothing to draw");
    return c;
  };
  return {
    contents: (scope) => pickContents(cy, scope),
    async png({ scope, scale, transparent }, footer) {
      const { pngFile } = await import("./imageFiles.ts");
      return pngFile(cy, contents(scope), { ...style, scope, scale, transparent }, footer);
    },
    async svg({ scope }, footer) {
      const { svgFile } = await import("./imageFiles.ts");
      return svgFile(cy, contents(scope), { ...style, scope }, footer);
    },
  };
}

/**
 * What an image of `scope` draws. Faded context (outside the focus, path or source on screen)
 * is left out: the reader focused on something, and a print of it should show that, not ghosts
 * at 18 % opacity that muddy a printed page and carry no labels. In "view", nodes the canvas
 * shows even in part are drawn whole, with the relations among them.
 */
export function pickContents(cy: Core, scope: ExportScope): ExportContents {
  const shown = cy.elements(":visible").not(".faded");
  const view = cy.extent();
  const nodes = shown.nodes().filter((n) => {
    if (scope === "whole") return true;
    const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
    return b.x2 >= view.x1 && b.x1 <= view.x2 && b.y2 >= view.y1 && b.y1 <= view.y2;
  });
  const ids = new Set(nodes.map((n) => n.id()));
  const edges = shown
    .edges()
    .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
    .map((e) => e.id());
  return { nodes: ids, edges: new Set(edges) };
}
