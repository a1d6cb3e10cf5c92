import { describe, expect, test } from "vitest";
import { boxesOverlap } from "./geometry.ts";
import { labelBoxAt, placeLabels, type LabelItem } from "./labelPlaces.ts";

const item = (id: string, x: number, y: number, more: Partial<LabelItem> = {}): LabelItem => ({
  id,
  x,
  y,
  rx: 5,
  ry: 5,
  w: 40,
  h: 12,
  rank: 1,
  degree: 1,
  faded: false,
  ...more,
});
const room = { view: { x1: -500, y1: -500, x2: 500, y2: 500 }, gap: 1 };

describe("placeLabels", () => {
  test("a label goes below its node when nothing is in the way", () => {
    expect(placeLabels([item("a", 0, 0)], room)).toEqual(new Map([["a", "bottom"]]));
  });

  test("two labels never overlap: the better connected node keeps below, the other moves", () => {
    const a0 = item("a", 0, 0);
    const b0 = item("b", 0, 22, { degree: 5 });
    const items = [a0, b0];
    const places = placeLabels(items, room);
    expect(places.get("b")).toBe("bottom");
    const a = places.get("a");
    expect(a).toBeDefined();
    expect(a).not.toBe("bottom");
    const box = (n: LabelItem) => labelBoxAt(n, places.get(n.id) ?? "bottom", n.w, n.h);
    expect(boxesOverlap(box(a0), box(b0))).toBe(false);
  });

  test("no room anywhere: the label is left out, unless its node is selected", () => {
    // Four nodes hemming a in on every side.
    const around = [
      item("n", 0, -20, { degree: 9 }),
      item("s", 0, 20, { degree: 9 }),
      item("e", 30, 0, { degree: 9 }),
      item("w", -30, 0, { degree: 9 }),
    ];
    expect(placeLabels([item("a", 0, 0), ...around], room).has("a")).toBe(false);
    expect(placeLabels([item("a", 0, 0, { rank: 3 }), ...around], room).has("a")).toBe(true);
  });

  test("a label is whole in view and clear of the avoided box, or not drawn", () => {
    const view = { x1: -15, y1: -30, x2: 15, y2: 30 }; // narrower than the label
    expect(placeLabels([item("a", 0, 0)], { ...room, view }).has("a")).toBe(false);
    const avoid = { x1: -100, y1: 0, x2: 100, y2: 100 };
    expect(placeLabels([item("a", 0, 0)], { ...room, avoid }).get("a")).toBe("top");
  });

  test("a faded node is no obstacle to a label in the focus", () => {
    const items = [item("a", 0, 0, { rank: 2 }), item("f", 0, 14, { rank: 0, faded: true })];
    expect(placeLabels(items, room).get("a")).toBe("bottom");
  });
});
