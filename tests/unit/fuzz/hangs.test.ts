// The hangs and crashes of issue 15, rebuilt as generated inputs (each a few hundred KB: too big
// to store as fixtures) that once took tens of seconds, gigabytes or the whole stack. Each must
// now end, properly, within the fuzz suite's budget of 5 s.
import { describe, expect, test } from "vitest";
import { readDataFolder } from "../../../scripts/readDataFolder.ts";
import type { DataFile } from "../../../src/model/readInput.ts";
import { cpuMs, MAX_CASE_MS } from "./runFuzz.ts";
import { runCompile, runImport, type Outcome } from "./targets.ts";

const BASE = readDataFolder("tests/fixtures/compile/base.valid/data");
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Run a case: it must end properly, within the budget of CPU time (twice over, to be sure). */
function timed(run: () => Outcome): Outcome {
  const started = cpuMs();
  const outcome = run();
  if (cpuMs() - started > MAX_CASE_MS) {
    const again = cpuMs();
    run();
    expect(cpuMs() - again).toBeLessThan(MAX_CASE_MS);
  }
  expect(outcome.failure).toBeUndefined();
  return outcome;
}
const net = (name: string, text: string) => () => runImport([{ name, text }]);
const data = (files: DataFile[]) => () => runCompile([...BASE, ...files]);

// Wall-clock time is the machine's; the budget above is CPU time. A minute each, even loaded.
const LOADED = { timeout: 60_000 };

describe("once quadratic, now linear", LOADED, () => {
  test("did-you-mean on 1,000 unknown ids of 300 characters among 1,000 such nodes", () => {
    const id = (p: string, i: number) => `${p}${String(i).padStart(6, "0")}${"-x".repeat(147)}`;
    const nodes = range(1000).map((i) => `- id: ${id("n", i)}\n  type: person\n  label: N${i}\n`);
    const rels = range(1000).map(
      (i) =>
        `  - source: ${id("m", i)}\n    type: advised_by\n    target: zhang-san\n    unsourced: true\n`,
    );
    const outcome = timed(
      data([
        { path: "data/nodes/many.yaml", text: nodes.join("") },
        { path: "data/evidence/many.yaml", text: `relations:\n${rels.join("")}` },
      ]),
    );
    expect(outcome.accepted).toBe(false);
  });

  test("a 100,000-character unknown id in YAML", () => {
    const text = `relations:\n  - source: ${"a".repeat(100_000)}\n    type: advised_by\n    target: li-si\n    unsourced: true\n`;
    expect(timed(data([{ path: "data/evidence/long.yaml", text }])).accepted).toBe(false);
  });

  test("GEXF: 8,000 attvalues without a declaration, each its own (0.5 MB)", () => {
    const nodes = range(8000).map(
      (i) => `<node id="n${i}"><attvalues><attvalue for="k${i}" value="v"/></attvalues></node>`,
    );
    const text = `<gexf xmlns="http://gexf.net/1.3"><graph><nodes>${nodes.join("\n")}</nodes></graph></gexf>`;
    expect(timed(net("many.gexf", text)).accepted).toBe(true);
  });

  test("GraphML: 2,000 keys with defaults × 2,000 nodes", () => {
    const keys = range(2000).map(
      (i) => `<key id="k${i}" for="node" attr.name="a${i}"><default>${i}</default></key>`,
    );
    const nodes = range(2000).map((i) => `<node id="n${i}"/>`);
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys.join("\n")}<graph>${nodes.join("\n")}</graph></graphml>`;
    expect(timed(net("defaults.graphml", text)).accepted).toBe(false);
  });

  test("npm run import: 20,000 ids that all slugify to the same slug", () => {
    const marks = "!?.:()[]{}<>@$%^*~+=|";
    const id = (i: number) =>
      [0, 1, 2, 3].map((k) => marks[Math.floor(i / marks.length ** k) % marks.length]).join("");
    const lines = range(20_000).map((i) => `${id(i)},hub`);
    expect(timed(net("alike.csv", `source,target\n${lines.join("\n")}\n`)).accepted).toBe(true);
  });

  test("20,000 edges with the same ends and type but each its own label", () => {
    const lines = range(20_000).map((i) => `a,b,rel,label ${i}`);
    expect(
      timed(net("parallel.csv", `source,target,type,label\n${lines.join("\n")}\n`)).accepted,
    ).toBe(true);
  });

  test("10,000 edges quoting the end of a 400 KB source text", () => {
    const links = range(10_000).map((i) => ({
      source: `n${i % 100}`,
      target: `n${(i * 7 + 1) % 100}`,
      type: `t${i}`,
      quote: "the very end",
      source_id: "s",
    }));
    const text = `${"a".repeat(400_000)} the very end`;
    const json = JSON.stringify({
      nodes: range(100).map((i) => ({ id: `n${i}` })),
      links,
      sources: [{ id: "s", title: "S", text }],
    });
    expect(timed(net("quotes.json", json)).accepted).toBe(true);
  });

  test("an edge list with one enormous id (1 MB) is refused at its line, not carried along", () => {
    const text = `a b\n${"x".repeat(1_000_000)} b\n`;
    expect(timed(net("big.txt", text)).accepted).toBe(false);
  });
});

describe("once a stack overflow", LOADED, () => {
  test("a JSON attribute value nested 5,000 deep", () => {
    const text = `{"nodes": [{"id": "a", "v": ${"[".repeat(5000)}${"]".repeat(5000)}}], "links": []}`;
    expect(timed(net("deep.json", text)).accepted).toBe(false);
  });

  test("a YAML data file nested 1,000 deep, in blocks and in brackets", () => {
    const block = range(1000)
      .map((i) => `${" ".repeat(i)}a:`)
      .join("\n");
    expect(timed(data([{ path: "data/nodes/deep.yaml", text: `${block} 1\n` }])).accepted).toBe(
      false,
    );
    const flow = `- id: x\n  type: person\n  label: ${"[".repeat(1000)}${"]".repeat(1000)}\n`;
    expect(timed(data([{ path: "data/nodes/deep.yaml", text: flow }])).accepted).toBe(false);
  });

  test("GML lists nested 10,000 deep", () => {
    const text = `graph [ ${"a [ ".repeat(10_000)}${"] ".repeat(10_000)}]`;
    expect(timed(net("deep.gml", text)).accepted).toBe(false);
  });
});
