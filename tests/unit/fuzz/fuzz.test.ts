// The seeded fuzz run in `npm test` (issue 15): every kind of input, mutated, must end accepted
// with output that passes the project's checks, or refused with located, readable messages.
// `npm run fuzz -- --minutes N` runs the same properties for longer, with a fresh seed.
import { describe, expect, test } from "vitest";
import { runFuzz } from "./runFuzz.ts";

/** Cases per kind: sized so that the whole run takes well under a minute on two cores. */
const RUNS: Record<string, number> = {
  "csv-pair": 1000,
  csv: 1000,
  "edge-list": 150,
  graphml: 600,
  gexf: 800,
  gml: 1500,
  json: 1500,
  "data-yaml": 60,
  "data-json": 40,
  "source-text": 40,
  story: 60,
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
