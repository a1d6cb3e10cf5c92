// @vitest-environment jsdom
// Cytoscape's classes following a large graph's painter: after a frame, a slice a frame, nodes
// first; at once for the first pass or a small change; all at once when the painter goes.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Core } from "cytoscape";
import { makeDataset } from "../model/testDataset.ts";
import { classSlices, SLICE } from "./classSlices.ts";
import { drawDataset, withClass } from "./testCanvas.ts";
import type { ClassChange } from "./VisibilityController.tsx";

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] }));
afterEach(() => vi.useRealTimers());

/** 400 people, each linked to the next. */
function graph(): Core {
  const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
  return drawDataset(
    makeDataset({
      nodes: ids.map((id) => [id, "person"] as [string, "person"]),
      edges: ids.slice(1).map((id, i) => [`n${i}`, "advised_by", id, { id: `e${i}` }] as const),
    }),
  );
}

const hide = (cy: Core, selector: string): ClassChange[] =>
  cy.$(selector).map((el) => [el, "hidden"] as ClassChange);

describe("classSlices", () => {
  test("a large change waits for a frame, then goes a slice a frame, nodes first", () => {
    const cy = graph();
    const slices = classSlices(cy);
    // Edges listed first: the nodes still go first.
    slices.follow([...hide(cy, "edge"), ...hide(cy, "node")], false);
    expect(withClass(cy, "hidden")).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(cy.nodes(".hidden")).toHaveLength(SLICE);
    expect(cy.edges(".hidden")).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(cy.nodes(".hidden")).toHaveLength(2 * SLICE);
    vi.advanceTimersByTime(200);
    expect(withClass(cy, "hidden")).toHaveLength(400 + 399);
  });

  test("the first pass, or a change no bigger than a slice, is applied at once", () => {
    const cy = graph();
    const slices = classSlices(cy);
    slices.follow(hide(cy, "node"), true);
    expect(cy.nodes(".hidden")).toHaveLength(400);
    slices.follow(hide(cy, "#e1, #e2"), false);
    expect(withClass(cy, "hidden")).toContain("e1");
  });

  test("later changes follow the earlier ones: the last word wins", () => {
    const cy = graph();
    const slices = classSlices(cy);
    slices.follow(hide(cy, "node"), false);
    slices.follow(
      cy.nodes().map((n) => [n, "normal"] as ClassChange),
      false,
    );
    vi.advanceTimersByTime(500);
    expect(withClass(cy, "hidden")).toHaveLength(0);
  });

  test("flush applies all that waits, at once", () => {
    const cy = graph();
    const slices = classSlices(cy);
    slices.follow(hide(cy, "node"), false);
    slices.flush();
    expect(cy.nodes(".hidden")).toHaveLength(400);
    vi.advanceTimersByTime(500);
    expect(cy.nodes(".hidden")).toHaveLength(400);
  });
});
