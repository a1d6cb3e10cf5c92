import { describe, expect, test } from "vitest";
import { networkFile, type NetworkIndex } from "./networkIndex.ts";

const index: NetworkIndex = {
  schemaVersion: 1,
  networks: [
    { name: "alpha", file: "graph.json", title: "Alpha", nodes: 3, edges: 2 },
    { name: "beta", file: "networks/beta.json", title: "Beta", nodes: 5, edges: 4 },
    { name: "evil", file: "//elsewhere.example/x.json", title: "Evil", nodes: 1, edges: 0 },
  ],
};

describe("networkFile (?data=<name>)", () => {
  test("a listed name gives its file, relative to the page", () => {
    expect(networkFile(index, "alpha")).toEqual({ file: "graph.json" });
    expect(networkFile(index, "beta")).toEqual({ file: "networks/beta.json" });
  });

  test("any other name, or a file outside the bundle's folder, lists the networks there are", () => {
    const listed =
      "It has 3: alpha (Alpha), beta (Beta), evil (Evil). Open one with ?data=<name>, e.g. ?data=alpha.";
    for (const name of ["gamma", "", "../beta", "Beta", "evil"])
      expect(networkFile(index, name)).toEqual({
        error: `This page has no network named “${name}”. ${listed}`,
      });
  });
});
