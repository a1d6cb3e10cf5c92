import type { Core } from "cytoscape";

/**
 * The element that holds Cytoscape's canvases, inside its container: where a cursor is set and an
 * overlay canvas goes. Not the container itself: Cytoscape watches every attribute change on the
 * container (a MutationObserver) and answers each with a resize, that is a redraw of the whole
 * graph, 100 ms later; setting `style.cursor` there on every hover cost a second on a 5,000-node
 * graph. Falls back to the container if Cytoscape's own holder is not there.
 */
export function canvasHost(cy: Core): HTMLElement | null {
  const container = cy.container();
  const first = container?.firstElementChild;
  return first instanceof HTMLElement && first.querySelector("canvas") ? first : container;
}
