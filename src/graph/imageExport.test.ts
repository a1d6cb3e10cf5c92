// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { createImageExporter, pickContents } from "./imageExport.ts";
import { drawDataset, placeNodes } from "./testCanvas.ts";

// a — b in view, c off to the right with c — a, and d faded, e hidden; the view is 800 × 600 at
// zoom 1, centred on 0, 0.
function canvas() {
  const d = makeDataset({
    nodes: (["a", "b", "c", "d", "e"] as const).map((id) => [id, "person"]),
    edges: [
      ["a", "advised_by", "b", { id: "ab" }],
      ["c", "advised_by", "a", { id: "ca" }],
      ["a", "advised_by", "d", { id: "ad" }],
      ["a", "advised_by", "e", { id: "ae" }],
    ],
  });
  placeNodes(d, { a: [0, 0], b: [100, 0], c: [2000, 0], d: [0, 100], e: [0, -100] });
  const cy = drawDataset(d, { size: { width: 800, height: 600 } });
  cy.viewport({ zoom: 1, pan: { x: 400, y: 300 } });
  cy.$("#d, #ad").addClass("faded");
  cy.$("#e, #ae").addClass("hidden");
  return cy;
}

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe("pickContents", () => {
  test("the whole graph: every element shown, faded and hidden ones left out", () => {
    const c = pickContents(canvas(), "whole");
    expect(sorted(c.nodes)).toEqual(["a", "b", "c"]);
    expect(sorted(c.edges)).toEqual(["ab", "ca"]);
  });

  test("the view: nodes on screen even in part, and the edges among them", () => {
    const cy = canvas();
    expect(sorted(pickContents(cy, "view").nodes)).toEqual(["a", "b"]);
    expect(sorted(pickContents(cy, "view").edges)).toEqual(["ab"]);
    // b's rim still shows at the left edge: b is drawn whole.
    cy.pan({ x: -95, y: 300 });
    expect(sorted(pickContents(cy, "view").nodes)).toEqual(["b"]);
    expect(sorted(pickContents(cy, "view").edges)).toEqual([]);
  });
});

describe("createImageExporter", () => {
  test("tells what an image would draw, and refuses to draw nothing", async () => {
    const cy = canvas();
    const exporter = createImageExporter(cy, "#fff", "#000");
    expect(sorted(exporter.contents("whole").nodes)).toEqual(["a", "b", "c"]);
    cy.pan({ x: 5000, y: 5000 });
    expect(exporter.contents("view").nodes.size).toBe(0);
    await expect(
      exporter.png({ scope: "view", scale: 2, transparent: false }, ["footer"]),
    ).rejects.toThrow("nothing to draw");
    await expect(exporter.svg({ scope: "view" }, ["footer"])).rejects.toThrow("nothing to draw");
  });
});
