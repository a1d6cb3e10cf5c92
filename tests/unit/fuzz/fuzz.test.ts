// The seeded fuzz run in `npm test` (issue 15): every kind of input, mutated, must end accepted
// with output that passes the project's checks, or refused with located, readable messages.
// `npm run fuzz -- --minutes N` runs the same properties for longer, with a fresh seed.
import { describe, expect, test } from "vitest";
import { runFuzz } from "./runFuzz.ts";

/** Cases per kind: sized so that the whole run takes well under a minute on two cores. */
const RUNS: Record<string, number> = {
  "csv-pair": 1500,
  csv: 1500,
  "edge-list": 300,
  graphml: 1500,
  gexf: 1000,
  gml: 1500,
  json: 1500,
  "data-yaml": 150,
  "data-json": 100,
  "source-text": 100,
  story: 150,
  url: 5000,
};

describe("fuzz (seed 15)", () => {
  test.each(Object.entries(RUNS))(
    "%s: %i mutated inputs",
    (kind, runs) => {
      const [result] = runFuzz({ seed: 15, runs, kinds: [kind] });
      expect(result?.failure).toBeUndefined();
      expect(result?.cases).toBe(runs);
    },
    120_000,
  );
});
