import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDataFolder } from "../../scripts/readDataFolder.ts";
import { compileDataset } from "./compileDataset.ts";
import { formatProblem } from "./problems.ts";
import type { DataFile } from "./readInput.ts";

const FIXTURES = "tests/fixtures/compile";

/** The base.valid data folder with a case's files laid over it (same path = replaced). */
function fixture(name: string): DataFile[] {
  const files = new Map(
    readDataFolder(join(FIXTURES, "base.valid", "data")).map((f) => [f.path, f]),
  );
  if (name !== "base.valid") {
    for (const f of readDataFolder(join(FIXTURES, name, "data"))) files.set(f.path, f);
  }
  return [...files.values()];
}

const invalidCases = readdirSync(FIXTURES).filter((n) => n.endsWith(".invalid"));

describe("compileDataset on bad input", () => {
  test.each(invalidCases)("%s gives its exact message and no dataset", (name) => {
    const result = compileDataset(fixture(name));
    expect(result.ok).toBe(false);
    const messages = result.ok ? "" : result.problems.map(formatProblem).join("\n");
    const expectedFile = join(FIXTURES, name, "expected.txt");
    expect(existsSync(expectedFile), `${expectedFile} is missing`).toBe(true);
    expect(messages).toBe(readFileSync(expectedFile, "utf8").trimEnd());
  });
});

describe("compileDataset on enormous input", () => {
  // Generated rather than stored: a 100,000-relation fixture would be a 6 MB file.
  test("100,000 relations are refused before anything else is checked", () => {
    const relations = Array.from({ length: 100_000 }, (_, i) => ({
      source: "a",
      type: "advised_by",
      target: `n${i}`,
      unsourced: true,
    }));
    const result = compileDataset([
      { path: "data/evidence/huge.json", text: JSON.stringify({ relations }) },
    ]);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "data/evidence/huge.json (relations): 100,000 relations; Quotegraph compiles at most 50,000\n  Fix: split the network, or keep the relations a reader needs",
    ]);
  });
});

describe("compileDataset keeps a node's shortLabel", () => {
  test("a long title's shortLabel reaches the dataset; a node without one has none", () => {
    const files = fixture("base.valid").map((f) =>
      f.path.endsWith("nodes/all.yaml")
        ? {
            ...f,
            text: f.text.replace(
              "  label: Demo",
              "  label: A demo paper with a long title\n  shortLabel: Demo",
            ),
          }
        : f,
    );
    const result = compileDataset(files);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const byId = new Map(result.dataset.nodes.map((n) => [n.id, n]));
    expect(byId.get("demo-paper")?.shortLabel).toBe("Demo");
    expect(byId.get("zhang-san")).not.toHaveProperty("shortLabel");
  });
});

describe("compileDataset on good input", () => {
  const result = compileDataset(fixture("base.valid"));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const { dataset } = result;

  test("computes UTF-16 offsets such that text.slice(start, end) is the quote", () => {
    const text = dataset.sources[0]?.text ?? "";
    const all = [...dataset.edges, ...dataset.nodes.flatMap((n) => n.facts ?? [])].flatMap(
      (x) => x.evidence,
    );
    expect(all).toHaveLength(4);
    for (const e of all) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  test("derives certainty from the quotes", () => {
    const byId = new Map(dataset.edges.map((e) => [e.id, e]));
    expect(byId.get("zhang-san--studied_at--pku")?.certainty).toBe("stated");
    expect(byId.get("zhang-san--advised_by--li-si")?.certainty).toBe("hedged");
    expect(byId.get("zhang-san--advised_by--li-si")?.evidence[0]?.hedgeWords).toEqual(["可能"]);
  });

  test("attaches facts to their node and labels edges from the vocabulary", () => {
    const zhang = dataset.nodes.find((n) => n.id === "zhang-san");
    expect(zhang?.facts?.map((f) => f.id)).toEqual(["phd"]);
    expect(dataset.edges.map((e) => e.label).sort()).toEqual([
      "advised by",
      "authored",
      "studied at",
    ]);
  });

  test("merges the same relation stated by two files and marks it disputed when one contradicts", () => {
    const extra: DataFile = {
      path: "data/evidence/demo2.yaml",
      text: [
        "sourceId: demo",
        "relations:",
        "  - source: zhang-san",
        "    type: studied_at",
        "    target: pku",
        '    from: "2019-09"',
        "    evidence:",
        "      - quote: 他后来说自己没有读完。",
        "        translation: He later said he had not finished it.",
        "        contradicts: true",
        "        note: Says he did not finish.",
      ].join("\n"),
    };
    const merged = compileDataset([...fixture("base.valid"), extra]);
    expect(merged.ok).toBe(true);
    const edge = merged.ok
      ? merged.dataset.edges.find((e) => e.id === "zhang-san--studied_at--pku")
      : undefined;
    expect(edge?.evidence).toHaveLength(2);
    expect(edge?.certainty).toBe("disputed");
    expect(edge?.from).toBe("2019-09"); // the more precise of "2019" and "2019-09"
  });

  test("a relation's note travels with that file's quotes, not with the edge", () => {
    const files = fixture("base.valid").map((f) =>
      f.path.endsWith("evidence/demo.yaml")
        ? {
            ...f,
            text: f.text.replace(
              '    from: "2019"\n',
              '    from: "2019"\n    note: Read as a PhD.\n',
            ),
          }
        : f,
    );
    const r = compileDataset(files);
    const edge = r.ok
      ? r.dataset.edges.find((e) => e.id === "zhang-san--studied_at--pku")
      : undefined;
    expect(edge?.evidence[0]?.note).toBe("Read as a PhD.");
    expect(edge && "note" in edge).toBe(false);
  });

  test("an unsourced relation compiles as such, and a quote from another file sources it", () => {
    const loose: DataFile = {
      path: "data/evidence/demo2.yaml",
      text: "relations:\n  - source: li-si\n    type: studied_at\n    target: pku\n    unsourced: true\n",
    };
    const r = compileDataset([...fixture("base.valid"), loose]);
    const edge = r.ok ? r.dataset.edges.find((e) => e.id === "li-si--studied_at--pku") : undefined;
    expect(edge?.unsourced).toBe(true);
    expect(edge?.evidence).toEqual([]);
    const quoted: DataFile = {
      path: "data/evidence/demo3.yaml",
      text: "sourceId: demo\nrelations:\n  - source: li-si\n    type: studied_at\n    target: pku\n    evidence:\n      - quote: 在北京大学读博士\n        translation: at Peking University\n",
    };
    const both = compileDataset([...fixture("base.valid"), loose, quoted]);
    const sourced = both.ok
      ? both.dataset.edges.find((e) => e.id === "li-si--studied_at--pku")
      : undefined;
    expect(sourced?.evidence).toHaveLength(1);
    expect(sourced && "unsourced" in sourced).toBe(false);
  });

  test("stores undirected relations once, with ids in alphabetical order", () => {
    const files = fixture("base.valid").map((f) =>
      f.path.endsWith("evidence/demo.yaml")
        ? { ...f, text: f.text.replace("type: advised_by", "type: collaborated_with") }
        : f,
    );
    const r = compileDataset(files);
    expect(r.ok && r.dataset.edges.map((e) => e.id)).toContain(
      "li-si--collaborated_with--zhang-san",
    );
  });
});
