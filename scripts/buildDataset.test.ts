import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../src/model/problems.ts";
import { buildDataset, serialize } from "./buildDataset.ts";

describe("the built-in Sora dataset", () => {
  const first = buildDataset("data");
  if (!first.ok) throw new Error(first.problems.map(formatProblem).join("\n"));
  const { dataset } = first;

  test("compiles with zero problems and builds byte-identically twice", () => {
    const second = buildDataset("data");
    expect(second.ok).toBe(true);
    if (second.ok) expect(serialize(second.dataset)).toBe(serialize(dataset));
  });

  test("every quote sits at its offsets in its source", () => {
    const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
    const evidence = [...dataset.edges, ...dataset.nodes.flatMap((n) => n.facts ?? [])].flatMap(
      (x) => x.evidence,
    );
    expect(evidence.length).toBeGreaterThan(200);
    for (const e of evidence) expect(texts.get(e.sourceId)?.slice(e.start, e.end)).toBe(e.quote);
  });

  test("every relation cites at least one quote with a translation", () => {
    expect(dataset.edges.length).toBeGreaterThanOrEqual(100);
    for (const edge of dataset.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.translation.trim()).not.toBe("");
    }
  });

  test("keeps the sources' disagreements and guesses visible", () => {
    const byId = new Map(dataset.edges.map((e) => [e.id, e]));
    expect(byId.get("will-depue--studied_at--umich")?.certainty).toBe("disputed");
    expect(byId.get("eric-luhman--family_of--troy-luhman")?.certainty).toBe("hedged");
    // Saining Xie denied being a Sora author: kept as a fact, never as a relation.
    expect(byId.has("saining-xie--contributed_to--sora")).toBe(false);
    const xie = dataset.nodes.find((n) => n.id === "saining-xie");
    expect(xie?.facts?.some((f) => f.id === "denied-sora-authorship")).toBe(true);
  });

  test("one node per entity: every alias names one node only", () => {
    const owner = new Map<string, string>();
    for (const n of dataset.nodes) {
      for (const a of n.aliases) {
        expect(owner.get(a) ?? n.id, `alias "${a}"`).toBe(n.id);
        owner.set(a, n.id);
      }
    }
  });

  test("cites every source, in its seed's exact bytes", () => {
    const cited = new Set(dataset.edges.flatMap((e) => e.evidence.map((x) => x.sourceId)));
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    for (const s of dataset.sources) {
      const seed = `../shared/seeds/${s.originalFile ?? ""}`;
      expect(readFileSync(`data/sources/${s.id}.txt`, "utf8")).toBe(s.text);
      if (existsSync(seed))
        expect(readFileSync(seed).equals(readFileSync(`data/sources/${s.id}.txt`))).toBe(true);
    }
  });
});
