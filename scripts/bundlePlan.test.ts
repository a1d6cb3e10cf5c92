import { describe, expect, test } from "vitest";
import { networkIndex, planNetworks } from "./bundlePlan.ts";

const folders = new Set(["/d/data"]);
const isFolder = (p: string) => folders.has(p);

describe("planNetworks (npm run bundle's inputs → networks)", () => {
  test("one input, or a nodes and an edges CSV, is one network in graph.json, as before", () => {
    expect(planNetworks(["/d/net.gexf"], isFolder)).toEqual([
      { inputs: ["/d/net.gexf"], name: "net", file: "graph.json" },
    ]);
    expect(planNetworks(["/d/nodes.csv", "/d/edges.csv"], isFolder)).toEqual([
      { inputs: ["/d/nodes.csv", "/d/edges.csv"], name: "nodes", file: "graph.json" },
    ]);
    expect(planNetworks(["/d/data"], isFolder)).toEqual([
      { inputs: ["/d/data"], name: "data", file: "graph.json" },
    ]);
  });

  test("every other file and folder is a network of its own, named by its slug, made unique", () => {
    const plan = planNetworks(
      [
        "/d/Les Misérables.gexf",
        "/d/nodes.csv",
        "/x/b.json",
        "/d/edges.csv",
        "/y/b.gml",
        "/d/data",
      ],
      isFolder,
    );
    expect(plan).toEqual([
      { inputs: ["/d/Les Misérables.gexf"], name: "les-miserables", file: "graph.json" },
      { inputs: ["/d/nodes.csv", "/d/edges.csv"], name: "nodes", file: "networks/nodes.json" },
      { inputs: ["/x/b.json"], name: "b", file: "networks/b.json" },
      { inputs: ["/y/b.gml"], name: "b-2", file: "networks/b-2.json" },
      { inputs: ["/d/data"], name: "data", file: "networks/data.json" },
    ]);
    const index = networkIndex(
      plan.map((p, i) => ({ ...p, title: `T${i}`, nodes: i, edges: 2 * i })),
    );
    expect(index.schemaVersion).toBe(1);
    expect(index.networks[3]).toEqual({
      name: "b-2",
      file: "networks/b-2.json",
      title: "T3",
      nodes: 3,
      edges: 6,
    });
  });
});
