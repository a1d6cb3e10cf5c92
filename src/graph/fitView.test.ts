// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { FIT_PADDING, fitPadding, fitViewport, MAX_ZOOM, MIN_ZOOM } from "./fitView.ts";
import { drawDataset, placeNodes } from "./testCanvas.ts";

function must<T>(value: T | null): T {
  if (value === null) throw new Error("no fit");
  return value;
}

function canvas(width: number, height: number, at: Record<string, [number, number]>) {
  const d = makeDataset({ nodes: Object.keys(at).map((id) => [id, "person"]) });
  placeNodes(d, at);
  return drawDataset(d, { size: { width, height } });
}

describe("fitViewport", () => {
  test("centres the nodes' box and scales it to the canvas less the padding", () => {
    const cy = canvas(800, 600, { a: [0, 0], b: [1000, 0], c: [500, 100] });
    const box = cy.nodes().boundingBox({ includeLabels: false });
    const fit = fitViewport(cy, 40);
    expect(fit?.zoom).toBeCloseTo(720 / box.w);
    cy.viewport(must(fit));
    const seen = cy.nodes().renderedBoundingBox({ includeLabels: false });
    expect(seen.x1).toBeCloseTo(40);
    expect(seen.x2).toBeCloseTo(760);
    expect((seen.y1 + seen.y2) / 2).toBeCloseTo(300);
  });

  test("leaves a drawer's width on the left out", () => {
    const cy = canvas(800, 600, { a: [0, 0], b: [1000, 0] });
    cy.viewport(must(fitViewport(cy, 40, 300)));
    const seen = cy.nodes().renderedBoundingBox({ includeLabels: false });
    expect(seen.x1).toBeCloseTo(340);
    expect(seen.x2).toBeCloseTo(760);
  });

  test("keeps to the zoom range, and ignores hidden nodes", () => {
    const one = canvas(800, 600, { a: [0, 0] });
    expect(fitViewport(one, 40)?.zoom).toBe(MAX_ZOOM);
    const far = canvas(800, 600, { a: [0, 0], b: [100000, 0] });
    expect(fitViewport(far, 40)?.zoom).toBe(MIN_ZOOM);
    far.getElementById("b").addClass("hidden");
    expect(fitViewport(far, 40)?.zoom).toBe(MAX_ZOOM);
  });

  test("has nothing to offer with no visible node or no room", () => {
    const cy = canvas(800, 600, { a: [0, 0] });
    expect(fitViewport(cy, 400)).toBeNull();
    expect(fitViewport(cy, 40, 720)).toBeNull();
    const hidden = canvas(800, 600, { a: [0, 0] });
    hidden.nodes().addClass("hidden");
    expect(fitViewport(hidden, 40)).toBeNull();
  });
});

describe("fitPadding", () => {
  test("is smaller on a narrow canvas", () => {
    expect(fitPadding(canvas(800, 600, { a: [0, 0] }))).toBe(FIT_PADDING.wide);
    expect(fitPadding(canvas(390, 844, { a: [0, 0] }))).toBe(FIT_PADDING.narrow);
  });
});
