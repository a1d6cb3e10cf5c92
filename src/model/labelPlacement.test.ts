import { describe, expect, it } from "vitest";
import { labelsThatFit, labelWidth, type LabelCandidate } from "./labelPlacement.ts";

const GEOMETRY = { fontSize: 10, offsetY: 8, maxWidth: 180, gap: 2, nodeSize: 8 };
const at = (id: string, x: number, y: number, priority = 0, label = `Node ${id}`) =>
  ({ id, x, y, label, priority }) satisfies LabelCandidate;

describe("labelsThatFit", () => {
  it("keeps both labels of nodes far apart", () => {
    expect(labelsThatFit([at("a", 0, 0), at("b", 500, 0)], GEOMETRY)).toEqual(new Set(["a", "b"]));
  });

  it("keeps only the higher priority of two labels that would cover each other", () => {
    const kept = labelsThatFit([at("a", 0, 0, 1), at("b", 10, 3, 5)], GEOMETRY);
    expect(kept).toEqual(new Set(["b"]));
  });

  it("breaks ties by id, whatever the input order", () => {
    const one = labelsThatFit([at("b", 0, 0), at("a", 5, 0)], GEOMETRY);
    const two = labelsThatFit([at("a", 5, 0), at("b", 0, 0)], GEOMETRY);
    expect(one).toEqual(new Set(["a"]));
    expect(two).toEqual(one);
  });

  it("lets labels side by side or one above the other fit when there is room", () => {
    const width = labelWidth("Node a", 10) + GEOMETRY.gap;
    const height = 10 * 1.25 + GEOMETRY.gap;
    const row = [
      at("a", 0, 0),
      at("b", width + 1, 0),
      at("c", 0, GEOMETRY.offsetY + height + GEOMETRY.nodeSize / 2 + 1),
    ];
    expect(labelsThatFit(row, GEOMETRY)).toEqual(new Set(["a", "b", "c"]));
    const tight = [at("a", 0, 0), at("b", width - 1, 0)];
    expect(labelsThatFit(tight, GEOMETRY).size).toBe(1);
  });

  it("no two kept labels overlap in a dense random cloud", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1200;
    const cloud = Array.from({ length: 600 }, (_, i) => at(String(i), rand(), rand(), i % 7));
    const kept = labelsThatFit(cloud, GEOMETRY);
    expect(kept.size).toBeGreaterThan(10);
    expect(kept.size).toBeLessThan(600);
    const boxes = cloud
      .filter((c) => kept.has(c.id))
      .map((c) => {
        const w = labelWidth(c.label, 10) + GEOMETRY.gap;
        const y1 = c.y + GEOMETRY.offsetY;
        return { x1: c.x - w / 2, x2: c.x + w / 2, y1, y2: y1 + 10 * 1.25 + GEOMETRY.gap };
      });
    const cover = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
      a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const covering = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => cover(a, b)));
    expect(covering).toEqual([]);
  });

  it("gives up a label that would cover another node", () => {
    // b sits right under a's label; c is as close but beside it, clear of the label.
    const kept = labelsThatFit([at("a", 0, 0, 9), at("b", 0, 14, 0, ""), at("c", 60, 0)], GEOMETRY);
    expect(kept).toEqual(new Set(["c"]));
  });

  it("skips empty labels, and measures a long one whole (labels are never cut)", () => {
    expect(labelsThatFit([at("a", 0, 0, 0, "  ")], GEOMETRY).size).toBe(0);
    // 2,600 units wide: it reaches past a node 200 units away, whose label gives way.
    const long = "x".repeat(400);
    expect(labelsThatFit([at("a", 0, 0, 1, long), at("b", 200, 0)], GEOMETRY)).toEqual(
      new Set(["a"]),
    );
    // On two lines, a label is as wide as its widest line.
    expect(
      labelsThatFit([at("a", 0, 0, 1, "xxxxxxxxxx\nxx"), at("b", 200, 0)], GEOMETRY).size,
    ).toBe(2);
  });

  it("counts wide (CJK) characters as a full em", () => {
    expect(labelWidth("李杰", 10)).toBe(20);
    expect(labelWidth("ab", 10)).toBeCloseTo(13);
  });
});
