import { describe, expect, test } from "vitest";
import type { UnplacedDataset } from "../model/types.ts";
import { bakeLayout } from "./bakeLayout.ts";

const ring: UnplacedDataset = {
  schemaVersion: 1,
  sources: [],
  nodes: ["a", "b", "c", "d", "e"].map((id) => ({ id, type: "person", label: id, aliases: [] })),
  edges: ["a-b", "b-c", "c-d", "d-e", "e-a"].map((pair) => {
    const [source = "", target = ""] = pair.split("-");
    return {
      id: pair,
      source,
      target,
      type: "collaborated_with",
      label: "",
      certainty: "stated",
      evidence: [],
    };
  }),
};

describe("bakeLayout", () => {
  test("the same seed gives the same positions", () => {
    expect(bakeLayout(ring, 7).nodes).toEqual(bakeLayout(ring, 7).nodes);
  });

  test("the seed is what decides them", () => {
    const a = bakeLayout(ring, 7).nodes.map((n) => n.position);
    const b = bakeLayout(ring, 8).nodes.map((n) => n.position);
    expect(a).not.toEqual(b);
  });

  test("leaves Math.random as it found it", () => {
    const before = Math.random;
    bakeLayout(ring, 7);
    expect(Math.random).toBe(before);
  });

  test("places nodes apart", () => {
    const ps = bakeLayout(ring, 7).nodes.map((n) => n.position);
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const [p, q] = [ps[i], ps[j]];
        expect(Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0))).toBeGreaterThan(
          20,
        );
      }
  });
});
