// shallowDiff's own contract: "changed?" for an element's data or position, compared one level
// deep (why GraphCanvas passes it: see shallowDiff.ts).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { shallowDiff } from "./shallowDiff.ts";

const record = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)),
);

describe("shallowDiff", () => {
  test("the same object, or two with the same keys and values, have not changed", () => {
    const data = { id: "a", label: "Ada" };
    expect(shallowDiff(data, data)).toBe(false);
    expect(shallowDiff({ id: "a", label: "Ada" }, { label: "Ada", id: "a" })).toBe(false);
    expect(shallowDiff({}, {})).toBe(false);
  });

  test("a changed value, an added key or a removed key is a change", () => {
    expect(shallowDiff({ id: "a", label: "Ada" }, { id: "a", label: "Alpha" })).toBe(true);
    expect(shallowDiff({ id: "a" }, { id: "a", label: "Ada" })).toBe(true);
    expect(shallowDiff({ id: "a", label: "Ada" }, { id: "a" })).toBe(true);
    expect(shallowDiff({ x: 1, y: 2 }, { x: 1, z: 2 })).toBe(true);
  });

  test("values are compared by identity, one level deep", () => {
    const parent = { id: "p" };
    expect(shallowDiff({ parent }, { parent })).toBe(false);
    expect(shallowDiff({ parent }, { parent: { id: "p" } })).toBe(true);
  });

  test("missing values: null and undefined are alike; either against a value is a change", () => {
    expect(shallowDiff(null, undefined)).toBe(false);
    expect(shallowDiff(undefined, undefined)).toBe(false);
    expect(shallowDiff(null, {})).toBe(true);
    expect(shallowDiff({}, undefined)).toBe(true);
  });

  test("primitives are changed when they differ", () => {
    expect(shallowDiff(1, 1)).toBe(false);
    expect(shallowDiff("a", "a")).toBe(false);
    expect(shallowDiff(1, 2)).toBe(true);
    expect(shallowDiff(1, "1")).toBe(true);
    expect(shallowDiff(1, { valueOf: () => 1 })).toBe(true);
  });

  test("any record against a copy of itself has not changed, and the answer is symmetric", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        expect(shallowDiff(a, { ...a })).toBe(false);
        expect(shallowDiff(a, b)).toBe(shallowDiff(b, a));
      }),
    );
  });

  test("changing any one key of a record is a change", () => {
    fc.assert(
      fc.property(
        record.filter((r) => Object.keys(r).length > 0),
        fc.nat(),
        (a, i) => {
          const keys = Object.keys(a);
          const key = keys[i % keys.length] ?? "";
          expect(shallowDiff(a, { ...a, [key]: { changed: true } })).toBe(true);
          const rest = Object.fromEntries(Object.entries(a).filter(([k]) => k !== key));
          expect(shallowDiff(a, rest)).toBe(true);
        },
      ),
    );
  });
});
