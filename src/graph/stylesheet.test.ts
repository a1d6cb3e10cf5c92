import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { describe, expect, it, test } from "vitest";
import { LABEL_PLACES } from "../model/picture/labelPlaces.ts";
import { pickStylesheet, SCALE_LIGHT } from "./largeStylesheet.ts";

const node = (id: string): ElementDefinition => ({
  group: "nodes",
  data: { id, label: `Label ${id}`, type: "person", size: 30, fs: 13 },
});
const edge = (id: string, data: Record<string, unknown> = {}): ElementDefinition => ({
  group: "edges",
  data: {
    id,
    source: "a",
    target: "b",
    certainty: "stated",
    unsourced: false,
    undirected: false,
    ...data,
  },
});

const ELEMENTS = [
  node("a"),
  node("b"),
  edge("stated"),
  edge("hedged", { certainty: "hedged" }),
  edge("disputed", { certainty: "disputed" }),
  edge("unsourced", { unsourced: true }),
];

function styled(style: StylesheetJson): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: ELEMENTS, style });
}

const sheets = [
  ["normal", false],
  ["large graph", true],
] as const;

describe.each(sheets)("the %s stylesheet", (_name, large) => {
  for (const dark of [false, true]) {
    const cy = styled(pickStylesheet(false, large, dark));
    const e = (id: string) => cy.getElementById(id);
    const num = (id: string, prop: string) => parseFloat(String(e(id).style(prop)));

    it(`${dark ? "dark" : "light"}: certainty and unsourced edges look distinct from stated ones`, () => {
      expect(e("stated").style("line-style")).toBe("solid");
      expect(e("hedged").style("line-style")).toBe("dashed");
      expect(e("disputed").style("line-style")).toBe("dotted");
      expect(e("unsourced").style("line-style")).toBe("dashed");
      expect(e("unsourced").style("line-dash-pattern")).not.toEqual(
        e("hedged").style("line-dash-pattern"),
      );
      expect(e("disputed").style("line-color")).not.toBe(e("stated").style("line-color"));
    });

    it(`${dark ? "dark" : "light"}: a selected edge is wider and a faded one fainter`, () => {
      const width = num("stated", "width");
      const opacity = num("stated", "opacity");
      e("stated").addClass("selected");
      expect(num("stated", "width")).toBeGreaterThan(width);
      e("stated").removeClass("selected");
      e("stated").addClass("faded");
      expect(num("stated", "opacity")).toBeLessThan(opacity);
      e("stated").removeClass("faded");
    });
  }
});

describe("the large-graph stylesheet", () => {
  it("gives a node a label only once it is labelled, chosen in a focus, selected or hovered", () => {
    const cy = styled(pickStylesheet(false, true, false));
    const a = cy.getElementById("a");
    expect(a.style("label")).toBe("");
    for (const cls of ["labelled", "labelled-focus", "selected", "hovered"]) {
      a.addClass(cls);
      expect(a.style("label")).toBe("Label a");
      a.removeClass(cls);
    }
    // Being in a focus is not enough: LabelController chooses which of its labels fit.
    a.addClass("emphasised");
    expect(a.style("label")).toBe("");
  });

  it("silences labels outside a focus and those the focus could not fit, but not the selection", () => {
    const cy = styled(pickStylesheet(false, true, false));
    const a = cy.getElementById("a");
    a.addClass("labelled");
    for (const cls of ["faded", "label-off"]) {
      a.addClass(cls);
      expect(a.style("text-opacity")).toBe("0");
      a.addClass("selected");
      expect(a.style("text-opacity")).toBe("1");
      a.removeClass(`${cls} selected`);
    }
  });

  it("sets fewer properties on a plain node and edge than the normal stylesheet", () => {
    // What the large-graph sheet is for: each property set on each of thousands of elements costs
    // time in Cytoscape's first style pass.
    const count = (large: boolean, selector: string) =>
      pickStylesheet(false, large, false)
        .filter((rule) => "selector" in rule && rule.selector === selector)
        .reduce((n, rule) => n + Object.keys("style" in rule ? rule.style : {}).length, 0);
    expect(count(true, "node")).toBeLessThan(count(false, "node") / 3);
    // Drawing properties only: large graphs' edges also carry `events: no`, which takes them out
    // of Cytoscape's hit test on every mouse move (the most of a hover's cost at 15,000 edges).
    expect(count(true, "edge") - 1).toBeLessThanOrEqual(count(false, "edge") / 2);
    const edge = SCALE_LIGHT.find((rule) => "selector" in rule && rule.selector === "edge");
    expect(edge && "style" in edge ? edge.style : null).toMatchObject({ events: "no" });
  });
});

describe("label places", () => {
  test.each(LABEL_PLACES.map((p) => [p]))(
    "a label at %s sits on that side of its node",
    (place) => {
      const cy = styled(pickStylesheet(false, false, false));
      const n = cy.getElementById("a");
      n.data("lp", place);
      const [first, second] = place.split("-");
      const side = first === "left" || first === "right";
      expect(n.style("text-valign")).toBe(side ? "center" : first);
      expect(n.style("text-halign")).toBe(side ? first : (second ?? "center"));
      // The margin pushes the label away from the node, never over it.
      const mx = parseFloat(String(n.style("text-margin-x")));
      const my = parseFloat(String(n.style("text-margin-y")));
      if (first === "right") expect(mx).toBeGreaterThan(0);
      if (first === "left") expect(mx).toBeLessThan(0);
      if (first === "top") expect(my).toBeLessThan(0);
      if (first === "bottom") expect(my).toBeGreaterThan(0);
    },
  );
});
