import { describe, expect, test } from "vitest";
import { buildDataset } from "../../scripts/buildDataset.ts";
import {
  filterCounts,
  gradeOf,
  isFiltering,
  NO_FILTERS,
  visibleElements,
  type Filters,
} from "./filters.ts";
import { makeDataset } from "./testDataset.ts";
import { edgeYears } from "./years.ts";

const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "company"],
    ["p", "paper"],
    ["u", "university"],
    ["z", "person"],
  ],
  edges: [
    ["a", "worked_at", "c", { from: "2019", sources: ["s1"] }],
    ["a", "authored", "p", { sources: ["s2"] }],
    [
      "b",
      "worked_at",
      "c",
      { from: "2010", to: "2015-06", certainty: "hedged", sources: ["s1", "s2"] },
    ],
    ["a", "collaborated_with", "b", { certainty: "disputed", sources: ["s2"] }],
    ["b", "studied_at", "u", { to: "2012", sources: ["s3"] }],
  ],
});

const f = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });
const show = (filters: Filters) => {
  const v = visibleElements(d, filters);
  return { nodes: [...v.nodes], edges: [...v.edges] };
};

describe("visibleElements", () => {
  test("without filters shows everything, lone nodes included", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(show(NO_FILTERS)).toEqual({
      nodes: d.nodes.map((n) => n.id),
      edges: d.edges.map((e) => e.id),
    });
  });

  test("hiding a node type hides its nodes and their edges, and nothing else", () => {
    const filters = f({ hiddenNodeTypes: ["company"] });
    expect(isFiltering(filters)).toBe(true);
    expect(show(filters)).toEqual({
      nodes: ["a", "b", "p", "u", "z"],
      edges: ["a--authored--p", "a--collaborated_with--b", "b--studied_at--u"],
    });
  });

  test("an edge filter hides the nodes it leaves without edges", () => {
    expect(show(f({ hiddenRelationTypes: ["worked_at", "studied_at"] }))).toEqual({
      nodes: ["a", "b", "p"],
      edges: ["a--authored--p", "a--collaborated_with--b"],
    });
  });

  test("an edge stays while one of its quotes' sources is shown", () => {
    expect(show(f({ hiddenSources: ["s2", "s3"] }))).toEqual({
      nodes: ["a", "b", "c"],
      edges: ["a--worked_at--c", "b--worked_at--c"],
    });
  });

  test("certainties", () => {
    expect(show(f({ hiddenCertainties: ["stated"] })).edges).toEqual([
      "b--worked_at--c",
      "a--collaborated_with--b",
    ]);
  });

  test("a year range keeps overlapping spans and undated edges, ends inclusive", () => {
    expect(show(f({ years: { from: 2016, to: 2018 } })).edges).toEqual([
      "a--authored--p",
      "a--collaborated_with--b",
    ]);
    expect(show(f({ years: { from: 2012, to: 2015 } })).edges).toEqual([
      "a--authored--p",
      "b--worked_at--c",
      "a--collaborated_with--b",
      "b--studied_at--u",
    ]);
    expect(show(f({ years: { from: 2030, to: 2030 } })).edges).toEqual([
      "a--worked_at--c",
      "a--authored--p",
      "a--collaborated_with--b",
    ]);
  });
});

describe("filterCounts", () => {
  test("counts what is shown against what there is, per facet", () => {
    const c = filterCounts(d, f({ hiddenSources: ["s1"], hiddenNodeTypes: ["university"] }));
    expect(c.nodes).toEqual({ visible: 4, total: 6 }); // a, b, c, p
    expect(c.edges).toEqual({ visible: 3, total: 5 });
    expect(c.nodeTypes.person).toEqual({ visible: 2, total: 3 });
    expect(c.nodeTypes.university).toEqual({ visible: 0, total: 1 });
    expect(c.nodeTypes.venue).toEqual({ visible: 0, total: 0 });
    expect(c.relationTypes.worked_at).toEqual({ visible: 1, total: 2 });
    expect(c.relationTypes.rejected_by).toEqual({ visible: 0, total: 0 });
    expect(c.certainties).toEqual({
      stated: { visible: 1, total: 3 },
      hedged: { visible: 1, total: 1 },
      disputed: { visible: 1, total: 1 },
      unsourced: { visible: 0, total: 0 },
    });
    expect(c.sources).toEqual({
      s1: { visible: 1, total: 2 },
      s2: { visible: 3, total: 3 },
      s3: { visible: 0, total: 1 },
    });
  });
});

describe("on the real dataset", () => {
  const built = buildDataset("data");
  if (!built.ok) throw new Error("the data folder does not compile");
  const real = built.dataset;
  const edges = new Map(real.edges.map((e) => [e.id, e]));

  test("one source alone leaves only the relations quoting it", () => {
    const others = real.sources.map((s) => s.id).filter((id) => id !== "tian-interview");
    const v = visibleElements(real, f({ hiddenSources: others }));
    expect(v.edges.size).toBe(filterCounts(real, NO_FILTERS).sources["tian-interview"]?.total);
    expect(v.edges.size).toBeGreaterThan(0);
    for (const id of v.edges) {
      expect(edges.get(id)?.evidence.some((x) => x.sourceId === "tian-interview")).toBe(true);
    }
    const ends = new Set(
      [...v.edges].flatMap((id) => [edges.get(id)?.source, edges.get(id)?.target]),
    );
    expect([...v.nodes].sort()).toEqual([...ends].sort());
  });

  test("hiding people hides every person and every relation touching one", () => {
    const v = visibleElements(real, f({ hiddenNodeTypes: ["person"] }));
    const types = new Map(real.nodes.map((n) => [n.id, n.type]));
    expect(v.nodes.size).toBe(real.nodes.filter((n) => n.type !== "person").length);
    for (const id of v.edges) {
      const e = edges.get(id);
      expect(e && [types.get(e.source), types.get(e.target)]).not.toContain("person");
    }
    expect(v.edges.size).toBeGreaterThan(0);
  });

  test("2019 alone keeps undated relations and spans reaching 2019", () => {
    const v = visibleElements(real, f({ years: { from: 2019, to: 2019 } }));
    for (const e of real.edges) if (!edgeYears(e)) expect(v.edges.has(e.id), e.id).toBe(true);
    expect(v.edges.has("tim-brooks--studied_at--uc-berkeley")).toBe(true); // 2019-08..2023-01
    expect(v.edges.has("yuandong-tian--worked_at--fair")).toBe(true); // since 2017
    expect(v.edges.has("li-jing--studied_at--mit")).toBe(true); // 2014..2019
    expect(v.edges.has("tim-brooks--studied_at--cmu")).toBe(false); // 2013..2017
    expect(v.edges.has("ricky-wang--studied_at--uc-berkeley")).toBe(false); // 2013..2016
    expect(v.edges.has("msr-silicon-valley--part_of--microsoft")).toBe(false); // until 2014
  });
});

describe("unsourced edges", () => {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["c", "person"],
    ],
    edges: [
      ["a", "collaborated_with", "b", { sources: ["s1"] }],
      ["b", "collaborated_with", "c", { sources: [] }],
    ],
  });
  const loose = d.edges.find((e) => e.evidence.length === 0);
  if (!loose) throw new Error("the builder made no quote-less edge");
  loose.unsourced = true;

  test("have their own certainty value, and show while no source is hidden", () => {
    expect(gradeOf(loose)).toBe("unsourced");
    expect(visibleElements(d, NO_FILTERS).edges.has(loose.id)).toBe(true);
    expect(
      visibleElements(d, { ...NO_FILTERS, hiddenCertainties: ["unsourced"] }).edges.has(loose.id),
    ).toBe(false);
    expect(visibleElements(d, { ...NO_FILTERS, hiddenSources: ["s9"] }).edges.has(loose.id)).toBe(
      false,
    );
    expect(filterCounts(d, NO_FILTERS).certainties.unsourced).toEqual({ visible: 1, total: 1 });
  });
});
