import { expect, test } from "vitest";
import { degrees, fitSizes, NODE_SIZE, nodeSize } from "./nodeSize.ts";

test("a node's size grows with its number of relations, within bounds", () => {
  expect(nodeSize(0)).toBe(NODE_SIZE.base);
  expect(nodeSize(1)).toBeLessThan(nodeSize(4));
  expect(nodeSize(4)).toBeLessThan(nodeSize(16));
  expect(nodeSize(10_000)).toBe(NODE_SIZE.max);
});

test("degrees count each relation at both ends, a self-loop once", () => {
  const d = degrees(
    [{ id: "a" }, { id: "b" }, { id: "c" }],
    [
      { source: "a", target: "b" },
      { source: "a", target: "c" },
      { source: "c", target: "c" },
    ],
  );
  expect(Object.fromEntries(d)).toEqual({ a: 2, b: 1, c: 2 });
});

test("sizes shrink to fit a crowded layout the data brought, and stay as they are otherwise", () => {
  const row = Array.from({ length: 10 }, (_, i) => ({ x: i * 10, y: 0 }));
  const crowded = fitSizes(
    row,
    row.map(() => 40),
  );
  expect(crowded.every((s) => s <= 10)).toBe(true);
  const spread = row.map((p) => ({ x: p.x * 10, y: 0 }));
  expect(
    fitSizes(
      spread,
      spread.map(() => 40),
    ),
  ).toEqual(spread.map(() => 40));
});
