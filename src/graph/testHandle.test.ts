// @vitest-environment jsdom
// The browser tests' read-only handle, on a headless canvas of 800 × 600 at zoom 1, pan 0.
import { describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { exposeTestHandle, type QuotegraphTestHandle } from "./testHandle.ts";
import { drawDataset, drawEdgeLines, placeNodes } from "./testCanvas.ts";

function handle() {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "company"],
      ["gone", "person"],
    ],
    edges: [["a", "worked_at", "b", { id: "ab" }]],
  });
  placeNodes(d, { a: [100, 100], b: [300, 100], gone: [0, 0] });
  const cy = drawDataset(d, { size: { width: 800, height: 600 } });
  drawEdgeLines(cy);
  cy.getElementById("gone").addClass("hidden");
  exposeTestHandle(cy);
  const h = (window as { __quotegraph?: QuotegraphTestHandle }).__quotegraph;
  if (!h) throw new Error("no handle");
  return { cy, h };
}

describe("the test handle", () => {
  test("says where elements are, in model and page coordinates", () => {
    const { h } = handle();
    expect(h.ready).toBe(true);
    expect(h.positionOf("a")).toEqual({ x: 100, y: 100 });
    expect(h.positionOf("nobody")).toBeNull();
    // jsdom puts the canvas at the page's top left corner.
    expect(h.pointOf("a")).toEqual({ x: 100, y: 100 });
    expect(h.pointOf("gone")).toBeNull();
    expect(h.pointOf("nobody")).toBeNull();
    expect(h.zoom()).toBe(1);
  });

  test("reports states as drawn, a hover over the selection's emphasis", () => {
    const { cy, h } = handle();
    expect(h.stateOf("a")).toBe("normal");
    expect(h.stateOf("gone")).toBe("hidden");
    expect(h.stateOf("nobody")).toBeNull();
    cy.getElementById("a").addClass("emphasised");
    cy.getElementById("b").addClass("faded");
    expect([h.stateOf("a"), h.stateOf("b")]).toEqual(["emphasised", "faded"]);
    cy.getElementById("a").addClass("hover-out");
    cy.getElementById("b").addClass("hover-in");
    expect([h.stateOf("a"), h.stateOf("b")]).toEqual(["faded", "emphasised"]);
    cy.getElementById("ab").addClass("selected");
    expect(h.ringed()).toEqual(["ab"]);
  });

  test("reads labels and fills as styled", () => {
    const { cy, h } = handle();
    expect(h.labelText("a")).toBe("a");
    expect(h.labelPx("a")).toBe(13);
    cy.zoom(2);
    expect(h.labelPx("a")).toBe(26);
    expect(h.labelDrawn("a")).toBe(true);
    cy.getElementById("a").data("lp", "hidden");
    expect(h.labelDrawn("a")).toBe(false);
    expect(h.labelBox("a")).not.toBeNull();
    expect(h.fillOf("a")).toMatch(/^rgb\(/);
    expect(h.fillOf("a")).not.toBe(h.fillOf("b")); // a person and a company
    for (const read of [h.labelText, h.labelPx, h.labelDrawn, h.labelBox, h.fillOf])
      expect(read("nobody")).toBeNull();
  });

  test("the picture: every drawn node and edge in canvas pixels", () => {
    const { cy, h } = handle();
    cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    const p = h.picture();
    expect([p.width, p.height]).toEqual([800, 600]);
    expect(p.nodes.map((n) => [n.id, n.x, n.y, n.name])).toEqual([
      ["a", 210, 220, "a"],
      ["b", 610, 220, "b"],
    ]);
    expect(p.nodes[0]?.r).toBe(cy.getElementById("a").width());
    expect(p.edges).toEqual([
      {
        id: "ab",
        source: "a",
        target: "b",
        line: [
          { x: 210, y: 220 },
          { x: 610, y: 220 },
        ],
      },
    ]);
  });
});
