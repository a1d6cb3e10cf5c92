import { describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { toElements } from "./elements.ts";

const dataset = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
  ],
  edges: [["a", "collaborated_with", "b"]],
});
const widthOfEdge = (widths: ReadonlyMap<string, number> | null) =>
  toElements(dataset, (id) => id, false, { widths }).find((e) => e.group === "edges")?.data["w"];

describe("edge widths in the elements", () => {
  test("a chosen width is the edge's w", () => {
    expect(widthOfEdge(new Map([["a--collaborated_with--b", 6.5]]))).toBe(6.5);
  });

  // Regression: element data is merged on update, so a w left out kept the old width.
  test("without chosen widths every edge still carries w, as 0 (the stylesheet's own width)", () => {
    expect(widthOfEdge(null)).toBe(0);
  });
});
