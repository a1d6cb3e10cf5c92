// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import cytoscape, { type Core } from "cytoscape";
import { afterEach, expect, test } from "vitest";
import { fitPadding, fitViewport } from "./fitView.ts";
import { FirstFit } from "./FirstFit.tsx";

afterEach(cleanup);

/** A canvas as react-cytoscapejs leaves it: its elements added in a batch, not yet styled. */
function added(): { cy: Core; notes: [string, number][] } {
  // Headless (jsdom draws nothing), on a container that measures 800 × 600.
  const container = document.createElement("div");
  Object.defineProperties(container, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  const cy = cytoscape({
    container,
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
  });
  cy.batch(() =>
    cy.add([
      ...["a", "b", "c", "d"].map((id, i) => ({
        group: "nodes" as const,
        data: { id, size: 10 + i },
        position: { x: i * 100, y: (i % 2) * 50 },
      })),
      { group: "edges" as const, data: { id: "ab", source: "a", target: "b" } },
      { group: "edges" as const, data: { id: "cd", source: "c", target: "d" } },
    ]),
  );
  // What reaches the renderer: Cytoscape holds it back while batching, and merges it.
  const notes: [string, number][] = [];
  type Renderer = { notify(event: string, eles?: { length: number }): void };
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  const notify = renderer.notify.bind(renderer);
  renderer.notify = (event, eles) => {
    notes.push([event, eles?.length ?? 0]);
    notify(event, eles);
  };
  return { cy, notes };
}

test("fits the picture, and styles every element in one batch: the renderer hears of it once", () => {
  const { cy, notes } = added();
  render(<FirstFit cy={cy} />);
  const expected = fitViewport(cy, fitPadding(cy));
  expect(expected?.zoom).toBeGreaterThan(1);
  expect(cy.zoom()).toBeCloseTo(expected?.zoom ?? NaN);
  expect(cy.pan().x).toBeCloseTo(expected?.pan.x ?? NaN);
  const bounds = notes.filter(([event]) => event === "bounds");
  // Styled one at a time, each element's bounds were a notification of their own.
  expect(bounds.filter(([, n]) => n === 1)).toEqual([]);
  expect(bounds.map(([, n]) => n)).toContain(cy.elements().length);
  cy.destroy();
});
