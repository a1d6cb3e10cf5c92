import { describe, expect, test } from "vitest";
import {
  coverage,
  cutLabels,
  edgesPastNodes,
  medianLabelPx,
  overlappingLabels,
  type Picture,
} from "./metrics.ts";

const node = (id: string, x: number, y: number, text = id, name = id) => ({
  id,
  x,
  y,
  r: 5,
  name,
  text,
  px: 12,
  box: text ? { x1: x - 20, y1: y + 6, x2: x + 20, y2: y + 20 } : null,
});

describe("reading a picture", () => {
  const picture: Picture = {
    width: 400,
    height: 200,
    nodes: [
      node("a", 100, 100),
      node("b", 110, 90),
      node("c", 300, 100, "Carnegie…", "Carnegie Mellon"),
      node("d", 200, 101, ""),
    ],
    edges: [
      {
        id: "a-c",
        source: "a",
        target: "c",
        line: [
          { x: 100, y: 100 },
          { x: 300, y: 100 },
        ],
      },
      {
        id: "a-b",
        source: "a",
        target: "b",
        line: [
          { x: 100, y: 100 },
          { x: 120, y: 105 },
        ],
      },
    ],
  };

  test("labels that cover each other are found in pairs; hidden ones do not count", () => {
    expect(overlappingLabels(picture)).toEqual([["a", "b"]]);
  });

  test("a label with an ellipsis, or not the whole name, is cut", () => {
    expect(cutLabels(picture)).toEqual(["c"]);
    const wrapped = {
      ...picture,
      nodes: [node("x", 0, 0, "Carnegie Mellon\nUniversity", "Carnegie Mellon University")],
    };
    expect(cutLabels(wrapped)).toEqual([]);
  });

  test("an edge passing close to a node it does not join is found, its own ends are not", () => {
    expect(edgesPastNodes(picture, 6)).toEqual([{ edge: "a-c", node: "d" }]);
    expect(edgesPastNodes(picture, 0.5)).toEqual([]);
  });

  test("median label size and the share of the canvas used", () => {
    expect(medianLabelPx(picture)).toBe(12);
    // Nodes span x 95–305, y 85–106: 210 × 21 of 400 × 200.
    expect(coverage(picture)).toBeCloseTo((210 * 21) / (400 * 200));
  });
});
