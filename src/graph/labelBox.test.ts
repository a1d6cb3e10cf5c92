import { describe, expect, test } from "vitest";
import { labelBox } from "./labelBox.ts";

// A stand-in for measureText: half the font size per character.
const half = (line: string, size: number) => (line.length * size) / 2;

describe("labelBox", () => {
  test("the widest line rounded up and a line per font size, with Cytoscape's room around", () => {
    expect(labelBox("Sora", 12, half)).toEqual({ w: 24 + 6, h: 12 + 6 });
    expect(labelBox("Tim\nBrooks Jr", 10.5, half)).toEqual({ w: Math.ceil(47.25) + 6, h: 21 + 6 });
  });

  test("nothing where the line cannot be measured", () => {
    expect(labelBox("Sora", 12, () => NaN)).toBeNull();
  });
});
