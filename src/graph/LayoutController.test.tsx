// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import type { Dataset } from "../model/types.ts";
import { LayoutController } from "./LayoutController.tsx";
import { drawDataset, placeNodes, prefersReducedMotion } from "./testCanvas.ts";

afterEach(cleanup);
beforeEach(() => prefersReducedMotion(true));

// A ring of five, baked in a row, and a sixth node hidden by a filter.
function ring(): Dataset {
  const d = makeDataset({
    nodes: (["a", "b", "c", "d", "e", "hid"] as const).map((id) => [id, "person"]),
    edges: [
      ["a", "collaborated_with", "b"],
      ["b", "collaborated_with", "c"],
      ["c", "collaborated_with", "d"],
      ["d", "collaborated_with", "e"],
      ["e", "collaborated_with", "a"],
    ],
  });
  return placeNodes(d, {
    a: [0, 0],
    b: [100, 0],
    c: [200, 0],
    d: [300, 0],
    e: [400, 0],
    hid: [1000, 1000],
  });
}

const positions = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe("LayoutController", () => {
  test("run 0 on the first draw moves nothing", () => {
    const d = ring();
    const cy = drawDataset(d, { size: { width: 800, height: 600 } });
    const moved = vi.fn();
    cy.on("position", moved);
    render(<LayoutController cy={cy} dataset={d} run={0} portrait={false} />);
    expect(moved).not.toHaveBeenCalled();
  });

  test("run 0 puts dragged nodes back at their baked place, turned on a portrait screen", () => {
    const d = ring();
    const cy = drawDataset(d, { size: { width: 800, height: 600 } });
    const baked = positions(cy);
    cy.getElementById("c").position({ x: 555, y: -77 });
    const { rerender } = render(<LayoutController cy={cy} dataset={d} run={0} portrait={false} />);
    expect(positions(cy)).toEqual(baked);
    rerender(<LayoutController cy={cy} dataset={d} run={0} portrait />);
    expect(cy.getElementById("b").position()).toEqual({ x: 0, y: 100 });
  });

  test("run 0 glides back when motion is welcome", async () => {
    prefersReducedMotion(false);
    const d = ring();
    const cy = drawDataset(d, { size: { width: 800, height: 600 } });
    cy.getElementById("c").position({ x: 555, y: -77 });
    render(<LayoutController cy={cy} dataset={d} run={0} portrait={false} />);
    await vi.waitFor(() => expect(cy.getElementById("c").position()).toEqual({ x: 200, y: 0 }), {
      timeout: 5000,
    });
  });

  test("run > 0 lays the visible graph out again with the force layout; back to 0 restores it", async () => {
    const d = ring();
    const cy = drawDataset(d, { size: { width: 800, height: 600 } });
    cy.getElementById("hid").addClass("hidden");
    const baked = positions(cy);
    const { rerender } = render(<LayoutController cy={cy} dataset={d} run={1} portrait={false} />);
    // A ring in a row no more: the layout spreads it in two dimensions.
    await vi.waitFor(
      () => {
        const ys = ["a", "b", "c", "d", "e"].map((id) => cy.getElementById(id).position().y);
        expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(50);
      },
      { timeout: 10000 },
    );
    expect(cy.getElementById("hid").position()).toEqual(baked.hid);
    rerender(<LayoutController cy={cy} dataset={d} run={0} portrait={false} />);
    expect(positions(cy)).toEqual(baked);
  });
});
