import { describe, expect, test } from "vitest";
import { compileDataset } from "../compileDataset.ts";
import { parseGraphFile } from "./detect.ts";
import { importedToContract } from "./toContract.ts";
import { importedToDataset } from "./toDataset.ts";
import { slugify, toAuthored } from "./toAuthored.ts";

const GML = `graph [
  directed 0
  node [ id 1 label "Ana María" ]
  node [ id 2 label "Bo" ]
  node [ id 3 label "C'est: #3" ]
  edge [ source 1 target 2 ]
  edge [ source 2 target 3 ]
  edge [ source 3 target 3 ]
]`;

describe("toAuthored", () => {
  test("writes a folder that compiles back to the same network, unsourced and labelled", () => {
    const parsed = parseGraphFile(GML, "tiny.gml");
    if (!parsed.ok) throw new Error("parse failed");
    const { dataset } = importedToContract(importedToDataset(parsed.graph, "tiny.gml").dataset);
    const { files, notes } = toAuthored(dataset, "tiny");
    const compiled = compileDataset(
      [...files].map(([path, text]) => ({ path: `data/${path}`, text })),
    );
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(compiled.dataset.nodes.map((n) => n.label)).toEqual(["Ana María", "Bo", "C'est: #3"]);
    expect(compiled.dataset.edges).toHaveLength(2);
    expect(
      compiled.dataset.edges.every((e) => e.unsourced && e.undirected && e.type === "related_to"),
    ).toBe(true);
    expect(notes).toContain(
      "1 self-loops left out: an authored relation joins two different nodes.",
    );
  });

  test("slugify makes ids the authored format accepts", () => {
    expect(slugify("0.0")).toBe("0-0");
    expect(slugify("Crème Brûlée!")).toBe("creme-brulee");
    expect(slugify("???")).toBe("node");
  });
});
