// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { degrees, nodeSize } from "../model/picture/nodeSize.ts";
import { wrapLabel } from "../model/picture/wrapLabel.ts";
import { FILE_COLOR } from "../model/styleChoices.ts";
import { makeDataset, type NodeSpec } from "../model/testDataset.ts";
import type { Dataset } from "../model/types.ts";
import { placed, toElements } from "./elements.ts";
import { fitViewport } from "./fitView.ts";
import { labelUnits } from "./ReadableLabelController.tsx";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { headlessCy, placeNodes } from "./testCanvas.ts";

// hub — a, hub — b, hub — c (undirected, unsourced), and d alone; spread far apart.
function star(): Dataset {
  const d = makeDataset({
    nodes: [
      ["hub", "company"],
      ["a", "person"],
      ["b", "person"],
      ["c", "person"],
      ["d", "paper"],
    ],
    edges: [
      ["a", "worked_at", "hub", { id: "a-hub" }],
      ["b", "worked_at", "hub", { id: "b-hub", certainty: "hedged" }],
      ["c", "collaborated_with", "hub", { id: "c-hub" }],
    ],
  });
  placeNodes(d, { hub: [0, 0], a: [300, 0], b: [0, 300], c: [-300, 0], d: [600, 600] });
  const loose = d.edges.find((e) => e.id === "c-hub");
  if (!loose) throw new Error("no edge c-hub");
  loose.unsourced = true;
  loose.undirected = true;
  return d;
}

const name = (id: string) => (id === "hub" ? "A rather long company name that wraps" : id);
const nodeData = (els: ReturnType<typeof toElements>, id: string) =>
  els.find((e) => e.group === "nodes" && e.data.id === id)?.data;

describe("toElements", () => {
  test("nodes carry their wrapped name, type, a size by degree and a position; edges their kind", () => {
    const d = star();
    const els = toElements(d, name);
    expect(els.map((e) => e.data.id)).toEqual([
      "hub",
      "a",
      "b",
      "c",
      "d",
      "a-hub",
      "b-hub",
      "c-hub",
    ]);
    expect(nodeData(els, "hub")).toEqual({
      id: "hub",
      label: wrapLabel("A rather long company name that wraps"),
      name: "A rather long company name that wraps",
      type: "company",
      size: nodeSize(3),
      fs: 13,
    });
    expect(nodeData(els, "hub")?.label).toContain("\n");
    expect(nodeData(els, "d")?.size).toBe(nodeSize(0));
    expect(els.find((e) => e.data.id === "d")?.position).toEqual({ x: 600, y: 600 });
    expect(els.find((e) => e.data.id === "b-hub")?.data).toEqual({
      id: "b-hub",
      source: "b",
      target: "hub",
      certainty: "hedged",
      unsourced: false,
      undirected: false,
      w: 0,
    });
    expect(els.find((e) => e.data.id === "c-hub")?.data).toMatchObject({
      unsourced: true,
      undirected: true,
    });
  });

  test("a portrait screen turns the picture a quarter clockwise", () => {
    const els = toElements(star(), name, true);
    expect(els.find((e) => e.data.id === "a")?.position).toEqual({ x: 0, y: 300 });
    expect(els.find((e) => e.data.id === "b")?.position).toEqual({ x: -300, y: 0 });
    expect(placed({ x: 3, y: 4 }, false)).toEqual({ x: 3, y: 4 });
    expect(placed({ x: 3, y: 4 }, true)).toEqual({ x: -4, y: 3 });
    // No negative zero: positions compare equal in tests and in the address.
    expect(Object.is(placed({ x: 1, y: 0 }, true).x, 0)).toBe(true);
  });

  test("colours and sizes the reader chose win; a file's own colour comes next", () => {
    const d = star();
    const [, a, b] = d.nodes;
    if (!a || !b) throw new Error("no nodes a, b");
    a.attributes = { [FILE_COLOR]: "#112233" };
    b.attributes = { [FILE_COLOR]: "#445566" };
    const colors = new Map([["b", "#abcdef"]]);
    const sizes = new Map([["a", 50]]);
    const els = toElements(d, name, false, { colors, sizes });
    expect(nodeData(els, "a")).toMatchObject({ color: "#112233", size: 50 });
    expect(nodeData(els, "b")).toMatchObject({ color: "#abcdef" });
    expect(nodeData(els, "hub")?.color).toBeUndefined();
  });

  test("nodes crowded closer than their size shrink to fit the layout a file brought", () => {
    const d = star();
    placeNodes(d, { hub: [0, 0], a: [15, 0], b: [0, 15], c: [-15, 0], d: [15, 15] });
    const els = toElements(d, name);
    const sizes = d.nodes.map((n) => nodeData(els, n.id)?.size as number);
    const byDegree = d.nodes.map((n) => nodeSize(degrees(d.nodes, d.edges).get(n.id) ?? 0));
    sizes.forEach((s, i) => expect(s).toBeLessThan(byDegree[i] ?? 0));
    expect(sizes[0]).toBeGreaterThan(sizes[4] ?? Infinity); // the hub stays the largest
  });

  test("labels start at the size the first fit gives them", () => {
    const d = star();
    const first = { width: 800, height: 600, padding: 40, labelPx: 12 };
    const els = toElements(d, name, false, {}, first);
    // The zoom fitViewport will choose on that canvas.
    const cy = headlessCy(els, { size: first });
    const zoom = fitViewport(cy, first.padding)?.zoom ?? NaN;
    // Within the half per cent the label controller lets pass: its first pass restyles nothing.
    const near = (id: string, want: number) =>
      expect(Math.abs((nodeData(els, id)?.fs as number) - want)).toBeLessThan(want * 0.005);
    near("hub", labelUnits(12, 3, 3, zoom));
    near("d", labelUnits(12, 0, 3, zoom));
    expect(nodeData(els, "hub")?.fs).toBeGreaterThan(nodeData(els, "d")?.fs as number);
    // With no room to fit in, the default size stays.
    const none = toElements(d, name, false, {}, { ...first, width: 60 });
    expect(nodeData(none, "hub")?.fs).toBe(13);
  });

  test("a large graph's chosen sizes are drawn at a quarter scale, and are not fitted", () => {
    const count = LARGE_GRAPH + 1;
    const nodes = Array.from({ length: count }, (_, i): NodeSpec => [`n${i}`, "person"]);
    const d = makeDataset({ nodes });
    const sizes = new Map([["n0", 40]]);
    const els = toElements(d, (id) => id, false, { sizes });
    expect(nodeData(els, "n0")).toMatchObject({ size: 40, scaled: 10 });
    expect(nodeData(els, "n1")).toMatchObject({
      size: nodeSize(0),
      scaled: Math.round(nodeSize(0) / 4),
    });
    expect(
      nodeData(
        toElements(d, (id) => id),
        "n0",
      )?.scaled,
    ).toBeUndefined();
  });
});

describe("edge widths in the elements", () => {
  const pair = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
    ],
    edges: [["a", "collaborated_with", "b"]],
  });
  const widthOfEdge = (widths: ReadonlyMap<string, number> | null) =>
    toElements(pair, (id) => id, false, { widths }).find((e) => e.group === "edges")?.data["w"];

  test("a chosen width is the edge's w", () => {
    expect(widthOfEdge(new Map([["a--collaborated_with--b", 6.5]]))).toBe(6.5);
  });

  // Regression: element data is merged on update, so a w left out kept the old width.
  test("without chosen widths every edge still carries w, as 0 (the stylesheet's own width)", () => {
    expect(widthOfEdge(null)).toBe(0);
  });
});

describe("toElements: the first frame's label places", () => {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["far", "person"],
    ],
    edges: [["a", "advised_by", "b", { id: "ab" }]],
  });
  placeNodes(d, { a: [0, 0], b: [0, 14], far: [400, 300] });
  const first = { width: 800, height: 600, padding: 40, labelPx: 12 };
  const lp = (els: ReturnType<typeof toElements>) =>
    Object.fromEntries(els.filter((e) => e.group === "nodes").map((e) => [e.data.id, e.data.lp]));

  test("with a way to measure text, every node gets a place, and close labels do not collide", () => {
    const places = lp(
      toElements(d, (id) => id, false, {}, { ...first, measure: (l, s) => l.length * s * 0.6 }),
    );
    expect(Object.keys(places).sort()).toEqual(["a", "b", "far"]);
    expect(places.far).toBe("bottom");
    expect([places.a, places.b]).not.toEqual(["bottom", "bottom"]);
  });

  test("without one (no canvas) the places are left to the label controller", () => {
    expect(lp(toElements(d, (id) => id, false, {}, first))).toEqual({
      a: undefined,
      b: undefined,
      far: undefined,
    });
  });
});
