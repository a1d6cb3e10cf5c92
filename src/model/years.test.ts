import { describe, expect, test } from "vitest";
import { makeDataset } from "./testDataset.ts";
import { datasetYearRange, edgeYears, overlapsYears, yearOf } from "./years.ts";

describe("edgeYears", () => {
  test("takes the year of every date precision", () => {
    expect(edgeYears({ from: "2019", to: "2023" })).toEqual({ from: 2019, to: 2023 });
    expect(edgeYears({ from: "2019-08", to: "2023-01-15" })).toEqual({ from: 2019, to: 2023 });
  });

  test("an edge with only `from` runs on; one with only `to` has an open start", () => {
    expect(edgeYears({ from: "2017" })).toEqual({ from: 2017, to: Infinity });
    expect(edgeYears({ to: "2014-06" })).toEqual({ from: -Infinity, to: 2014 });
  });

  test("undated and malformed dates give no span", () => {
    expect(edgeYears({})).toBeNull();
    expect(edgeYears({ from: "spring 2019" })).toBeNull();
    expect(yearOf("2019-8")).toBeNull();
    expect(yearOf("1994-02-03")).toBe(1994);
  });
});

describe("overlapsYears", () => {
  test("is inclusive at both ends and accepts a reversed range", () => {
    expect(overlapsYears({ from: 2010, to: 2015 }, { from: 2015, to: 2020 })).toBe(true);
    expect(overlapsYears({ from: 2010, to: 2014 }, { from: 2015, to: 2020 })).toBe(false);
    expect(overlapsYears({ from: 2021, to: Infinity }, { from: 2020, to: 2015 })).toBe(false);
    expect(overlapsYears({ from: -Infinity, to: 2016 }, { from: 2020, to: 2015 })).toBe(true);
  });
});

describe("datasetYearRange", () => {
  test("spans every finite year mentioned", () => {
    const d = makeDataset({
      nodes: [
        ["a", "person"],
        ["b", "company"],
        ["c", "company"],
        ["d", "person"],
      ],
      edges: [
        ["a", "worked_at", "b", { from: "2017-03" }],
        ["a", "worked_at", "c", { to: "2021-12-01" }],
        ["a", "collaborated_with", "d"],
      ],
    });
    expect(datasetYearRange(d)).toEqual({ min: 2017, max: 2021 });
  });

  test("is null when nothing is dated", () => {
    const d = makeDataset({
      nodes: [
        ["a", "person"],
        ["b", "person"],
      ],
      edges: [["a", "family_of", "b"]],
    });
    expect(datasetYearRange(d)).toBeNull();
  });
});
