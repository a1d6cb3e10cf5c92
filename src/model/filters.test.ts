import { describe, expect, test } from "vitest";
import {
  filterCounts,
  gradeOf,
  isFiltering,
  NO_FILTERS,
  visibleElements,
  type Filters,
} from "./filters.ts";
import { makeDataset } from "./testDataset.ts";

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

describe("visibleElements, whatever is hidden", () => {
  const edges = new Map(d.edges.map((e) => [e.id, e]));
  const types = new Map(d.nodes.map((n) => [n.id, n.type]));

  test.each(["s1", "s2", "s3"])(
    "source %s alone leaves the relations quoting it, and their ends",
    (kept) => {
      const others = d.sources.map((s) => s.id).filter((id) => id !== kept);
      const v = visibleElements(d, f({ hiddenSources: others }));
      expect(v.edges.size).toBe(filterCounts(d, NO_FILTERS).sources[kept]?.total);
      for (const e of d.edges)
        expect(v.edges.has(e.id), e.id).toBe(e.evidence.some((x) => x.sourceId === kept));
      const ends = [...v.edges].flatMap((id) => [edges.get(id)?.source, edges.get(id)?.target]);
      expect([...v.nodes].sort()).toEqual([...new Set(ends)].sort());
    },
  );

  test.each(["person", "company", "paper", "university"] as const)(
    "hiding type %s hides its nodes and every relation touching one",
    (type) => {
      const v = visibleElements(d, f({ hiddenNodeTypes: [type] }));
      expect(v.nodes.size).toBe(d.nodes.filter((n) => n.type !== type).length);
      for (const e of d.edges) {
        const touches = types.get(e.source) === type || types.get(e.target) === type;
        expect(v.edges.has(e.id), e.id).toBe(!touches);
      }
    },
  );
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
