import { describe, expect, test } from "vitest";
import { serialize } from "../../../scripts/buildDataset.ts";
import { NO_FILTERS, visibleElements } from "../filters.ts";
import { makeDataset } from "../testDataset.ts";
import type { Dataset, Evidence } from "../types.ts";
import { quotedDataset } from "./testHelpers.ts";
import { subsetDataset } from "./subset.ts";

/** Every quote the dataset holds, from edges and facts. */
function allEvidence(d: Dataset): Evidence[] {
  return [
    ...d.edges.flatMap((e) => e.evidence),
    ...d.nodes.flatMap((n) => (n.facts ?? []).flatMap((f) => f.evidence)),
  ];
}

/** Writes the subset as graph.json is written, and reads it back. */
const roundTrip = (d: Dataset): Dataset => JSON.parse(serialize(d)) as Dataset;

describe("subsetDataset on a quoted network", () => {
  const d = quotedDataset();

  test("the filtered view keeps its nodes, edges and only the sources they cite", () => {
    const others = d.sources.map((s) => s.id).filter((id) => id !== "interview");
    const v = visibleElements(d, { ...NO_FILTERS, hiddenSources: others });
    const sub = roundTrip(subsetDataset(d, v.nodes, v.edges));
    expect(sub.schemaVersion).toBe(1);
    expect(sub.nodes.map((n) => n.id)).toEqual(
      d.nodes.filter((n) => v.nodes.has(n.id)).map((n) => n.id),
    );
    expect(sub.edges.map((e) => e.id)).toEqual(
      d.edges.filter((e) => v.edges.has(e.id)).map((e) => e.id),
    );
    expect(sub.edges.length).toBeGreaterThan(0);
    expect(sub.edges.length).toBeLessThan(d.edges.length);
    const cited = new Set(allEvidence(sub).map((x) => x.sourceId));
    expect(sub.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(cited.has("interview")).toBe(true);
  });

  test("offsets still slice every kept quote out of its kept source", () => {
    const people = new Set(d.nodes.filter((n) => n.type === "person").map((n) => n.id));
    const sub = roundTrip(subsetDataset(d, people, new Set(d.edges.map((e) => e.id))));
    const texts = new Map(sub.sources.map((s) => [s.id, s.text]));
    const evidence = allEvidence(sub);
    expect(evidence.length).toBeGreaterThan(0);
    for (const x of evidence) expect(texts.get(x.sourceId)?.slice(x.start, x.end)).toBe(x.quote);
    for (const e of sub.edges) expect(people.has(e.source) && people.has(e.target)).toBe(true);
  });

  test("everything kept is verbatim, and the whole selection is the whole dataset", () => {
    const all = subsetDataset(
      d,
      new Set(d.nodes.map((n) => n.id)),
      new Set(d.edges.map((e) => e.id)),
    );
    expect(serialize(all)).toBe(serialize(d));
  });
});

describe("subsetDataset on a hand-made dataset", () => {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["c", "company"],
    ],
    edges: [
      ["a", "worked_at", "c", { sources: ["s1"] }],
      ["a", "collaborated_with", "b", { sources: ["s2"] }],
    ],
  });
  const withFact: Dataset = {
    ...d,
    sources: [...d.sources, { id: "s3", title: "s3", publisher: "t", language: "en", text: "xq" }],
    nodes: d.nodes.map((n) =>
      n.id === "b"
        ? {
            ...n,
            facts: [
              {
                id: "f",
                text: "fact",
                evidence: [{ sourceId: "s3", quote: "q", start: 1, end: 2, translation: "q" }],
              },
            ],
          }
        : n,
    ),
  };

  test("drops an edge whose endpoint is not kept, and the sources only it cited", () => {
    const sub = subsetDataset(d, new Set(["a", "c"]), new Set(d.edges.map((e) => e.id)));
    expect(sub.edges.map((e) => e.id)).toEqual(["a--worked_at--c"]);
    expect(sub.sources.map((s) => s.id)).toEqual(["s1"]);
  });

  test("keeps the sources a kept node's facts cite, and ignores unknown ids", () => {
    const sub = subsetDataset(withFact, new Set(["b", "nobody"]), new Set(["ghost"]));
    expect(sub.nodes.map((n) => n.id)).toEqual(["b"]);
    expect(sub.edges).toEqual([]);
    expect(sub.sources.map((s) => s.id)).toEqual(["s3"]);
  });

  test("an empty selection is an empty dataset", () => {
    expect(subsetDataset(withFact, new Set(), new Set())).toEqual({
      schemaVersion: 1,
      sources: [],
      nodes: [],
      edges: [],
    });
  });
});
