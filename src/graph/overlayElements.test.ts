// The overlay's scenes read from a headless Cytoscape with the large-graph stylesheet.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, test } from "vitest";
import { sceneOf } from "./overlayElements.ts";
import { pickStylesheet } from "./largeStylesheet.ts";
import { TYPE_STYLE } from "./typeStyle.ts";

const LOOK = { hovered: "#2563eb", ring: "#f59e0b" };
const lit = (nodes: string[], edges: string[]) => ({
  nodes: new Set(nodes),
  edges: new Set(edges),
});

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: pickStylesheet(false, true, false),
    layout: { name: "preset" },
    elements: [
      { data: { id: "a", label: "Ada\nLovelace", type: "person" }, position: { x: 0, y: 0 } },
      { data: { id: "b", label: "Cambridge", type: "university" }, position: { x: 50, y: 10 } },
      { data: { id: "c", label: "Lab", type: "lab" }, position: { x: -40, y: 30 } },
      { data: { id: "ab", source: "a", target: "b", unsourced: true } },
      { data: { id: "ac", source: "a", target: "c" } },
    ],
  });
}

describe("sceneOf", () => {
  test("a hovered node: lit at the lit size in its type's colour and shape, labelled alone, on top", () => {
    const cy = graph();
    const scene = sceneOf(cy, lit(["a", "b", "c"], ["ab", "ac"]), LOOK, { hovered: "a" });
    expect(scene.nodes.map((n) => n.id)).toEqual(["b", "c", "a"]);
    const a = scene.nodes[2];
    expect(a).toMatchObject({ x: 0, y: 0, size: 12, shape: "ellipse", label: "Ada Lovelace" });
    expect(scene.nodes[0]).toMatchObject({ shape: "triangle" });
    expect(scene.nodes[0]?.label).toBeUndefined();
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;
    expect(a?.color).toBe(rgb(TYPE_STYLE.person.color));
    // Edges run centre to centre (haystack); the unsourced one keeps its fine dashes.
    const ab = scene.edges.find((e) => e.id === "ab");
    expect(ab).toMatchObject({ x1: 0, y1: 0, x2: 50, y2: 10, width: 1.5, opacity: 0.9 });
    expect(ab?.dash).toEqual([2, 5]);
    expect(scene.edges.find((e) => e.id === "ac")?.dash).toBeNull();
  });

  test("a hovered edge is drawn in the hover colour", () => {
    const scene = sceneOf(graph(), lit(["a", "b"], ["ab"]), LOOK, { hovered: "ab" });
    expect(scene.edges[0]?.color).toBe(LOOK.hovered);
  });

  test("what a filter hides is left out", () => {
    const cy = graph();
    cy.getElementById("c").addClass("hidden");
    cy.getElementById("ac").addClass("hidden");
    const scene = sceneOf(cy, lit(["a", "b", "c"], ["ab", "ac"]), LOOK, { hovered: "a" });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(["a", "b"]);
    expect(scene.edges.map((e) => e.id)).toEqual(["ab"]);
  });

  test("a focus labels every node (the overlay picks which to draw) and rings the selection", () => {
    const scene = sceneOf(graph(), lit(["a", "b"], ["ab"]), LOOK, { selected: "b" });
    expect(scene.nodes.map((n) => [n.id, n.label])).toEqual([
      ["a", "Ada Lovelace"],
      ["b", "Cambridge"],
    ]);
    expect(scene.nodes[1]?.border).toEqual({ color: LOOK.ring, width: 3 });
    expect(scene.nodes[0]?.border).toBeUndefined();
    const edge = sceneOf(graph(), lit(["a", "b"], ["ab"]), LOOK, { selected: "ab" }).edges[0];
    expect(edge).toMatchObject({ color: LOOK.ring, width: 2.5, opacity: 1, dash: null });
  });
});
