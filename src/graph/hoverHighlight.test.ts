// The hover's classes on a headless Cytoscape with the real stylesheets; the emphasis comes from
// the model's rule (hoverEmphasis), as in the app.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, test } from "vitest";
import { hoverEmphasis } from "../model/emphasis.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { makeDataset } from "../model/testDataset.ts";
import { hoverHighlight } from "./hoverHighlight.ts";
import { pickStylesheet } from "./largeStylesheet.ts";

// a → b → c → d, b — e.
const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "person"],
    ["d", "person"],
    ["e", "person"],
  ],
  edges: [
    ["a", "advised_by", "b", { id: "ab" }],
    ["b", "advised_by", "c", { id: "bc" }],
    ["c", "advised_by", "d", { id: "cd" }],
    ["b", "collaborated_with", "e", { id: "be" }],
  ],
});
const index = indexDataset(d);
const hoverOf = (id: string) => hoverEmphasis(index, id);

function graph(large: boolean): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: pickStylesheet(false, large, false),
    elements: [
      ...d.nodes.map((n) => ({
        data: { id: n.id, label: n.label, type: n.type, size: 30, fs: 13 },
      })),
      ...d.edges.map((e) => ({
        data: { ...e, unsourced: false, undirected: false, evidence: undefined },
      })),
    ],
  });
}

const withClass = (cy: Core, c: string) =>
  cy
    .elements(`.${c}`)
    .map((el) => el.id())
    .sort();
const opacity = (cy: Core, id: string) =>
  parseFloat(String(cy.getElementById(id).style("opacity")));

/** The ids of the elements whose classes change while `act` runs. */
function touched(cy: Core, act: () => void): string[] {
  const ids = new Set<string>();
  const on = (e: cytoscape.EventObject) => ids.add(e.target.id());
  cy.on("class", on);
  act();
  cy.off("class", on);
  return [...ids].sort();
}

describe("hoverHighlight", () => {
  test("a hovered node lights up with its neighbours; the rest is dimmed", () => {
    const cy = graph(false);
    hoverHighlight(cy).show(hoverOf("b"), true);
    expect(withClass(cy, "hover-in")).toEqual(["a", "ab", "b", "bc", "be", "c", "e"]);
    expect(withClass(cy, "hover-out")).toEqual(["cd", "d"]);
    expect(opacity(cy, "d")).toBeLessThan(0.5);
    expect(opacity(cy, "a")).toBe(1);
  });

  test("a hovered edge lights up with its two ends", () => {
    const cy = graph(false);
    hoverHighlight(cy).show(hoverOf("cd"), true);
    expect(withClass(cy, "hover-in")).toEqual(["c", "cd", "d"]);
    expect(opacity(cy, "b")).toBeLessThan(0.5);
  });

  test("it draws over the selection's fading, which is back when the hover ends", () => {
    const cy = graph(false);
    cy.getElementById("a").addClass("faded");
    const h = hoverHighlight(cy);
    h.show(hoverOf("b"), true);
    expect(opacity(cy, "a")).toBe(1);
    h.show(null, true);
    expect(withClass(cy, "hover-in")).toEqual([]);
    expect(withClass(cy, "hover-out")).toEqual([]);
    expect(cy.getElementById("a").hasClass("faded")).toBe(true);
    expect(opacity(cy, "a")).toBeLessThan(0.5);
    expect(opacity(cy, "b")).toBe(1);
  });

  test("moving from one element to another touches only the elements whose state changes", () => {
    const cy = graph(false);
    const h = hoverHighlight(cy);
    h.show(hoverOf("b"), true);
    // c is lit by both hovers: left alone.
    expect(touched(cy, () => h.show(hoverOf("cd"), true))).toEqual(
      ["a", "ab", "b", "bc", "be", "cd", "d", "e"].sort(),
    );
    expect(touched(cy, () => h.show(hoverOf("cd"), true))).toEqual([]);
  });

  test("without fading (a large graph) a hover restyles its neighbourhood alone", () => {
    const cy = graph(true);
    const h = hoverHighlight(cy);
    const before = opacity(cy, "d");
    expect(touched(cy, () => h.show(hoverOf("c"), false))).toEqual(["b", "bc", "c", "cd", "d"]);
    expect(withClass(cy, "hover-out")).toEqual([]);
    expect(opacity(cy, "a")).toBe(opacity(cy, "e"));
    expect(parseFloat(String(cy.getElementById("c").style("width")))).toBeGreaterThan(
      parseFloat(String(cy.getElementById("a").style("width"))),
    );
    expect(touched(cy, () => h.show(null, false))).toEqual(["b", "bc", "c", "cd", "d"]);
    expect(opacity(cy, "d")).toBe(before);
  });
});
