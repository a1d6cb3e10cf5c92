// A file's own look, per format: small fixtures (src/model/import/fixtures/) as yEd, Gephi,
// d3, graphology and Cytoscape write them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { fileColors } from "../style.ts";
import { parseGraphml } from "./graphml.ts";
import { parseJson } from "./json.ts";
import type { ImportedGraph, ParseResult } from "./types.ts";
import { importedToDataset } from "./toDataset.ts";
import type { Dataset } from "../types.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

function graphOf(result: ParseResult): ImportedGraph {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.graph;
}
const looks = (g: ImportedGraph) =>
  Object.fromEntries(
    g.nodes.map((n) => [n.label ?? n.id, [n.attributes["viz:color"], n.attributes["viz:size"]]]),
  );

describe("the file's own look is kept", () => {
  test("yEd: fill, geometry and shape; the drawn label only where the data names none", () => {
    const g = graphOf(parseGraphml(fixture("yed-shapes.graphml"), "yed-shapes.graphml"));
    expect(looks(g)).toEqual({
      "Orange Lab": ["#ff9900", 70],
      "Blue Person": ["#3366ff", 30],
      "Named In Data": ["#3366ff", 30],
      Odd: [undefined, 30],
    });
    expect(g.nodes.map((n) => n.attributes["viz:shape"])).toEqual([
      "roundrectangle",
      "ellipse",
      "ellipse",
      "diamond",
    ]);
    expect(g.notes).toContain(
      "Kept the file's colours (yEd fill) for 3 nodes and sizes (yEd geometry) for 4 nodes; Style can colour or size them otherwise.",
    );
    expect(g.notes).toContain(
      '1 colour value could not be read as a colour (e.g. "not-a-colour"): those nodes keep the value as an attribute and are drawn in the default colour.',
    );
  });

  test("Gephi's GraphML: r, g, b and size become the look, x and y the position", () => {
    const g = graphOf(parseGraphml(fixture("gephi-rgb.graphml"), "gephi-rgb.graphml"));
    expect(looks(g)).toEqual({
      Myriel: ["#99ff00", 28.685715],
      Napoleon: ["#99ff00", 4],
      Valjean: ["#ff3333", 100],
    });
    expect(g.nodes[0]?.attributes).toEqual({
      "Modularity Class": 1,
      "viz:color": "#99ff00",
      "viz:size": 28.685715,
    });
    expect(g.nodes[0]?.position).toEqual({ x: -433, y: -17.2 });
    expect(g.notes).toContain(
      "Kept the file's colours (r, g, b) for 3 nodes and sizes (size) for 3 nodes; Style can colour or size them otherwise.",
    );
    // The legend names the colours by the attribute they were made from.
    const { dataset } = importedToDataset(g, "gephi-rgb.graphml");
    const placed = {
      ...dataset,
      nodes: dataset.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })),
    } as unknown as Dataset;
    expect(fileColors(placed, "viz:color", "the file's colours").legend).toEqual([
      { label: "Modularity Class 1", color: "#99ff00", count: 2 },
      { label: "Modularity Class 2", color: "#ff3333", count: 1 },
    ]);
  });

  test("d3: color and size fields in any CSS form; one note for what is no colour", () => {
    const g = graphOf(parseJson(fixture("d3-colors.json"), "d3-colors.json"));
    expect(looks(g)).toEqual({
      Alpha: ["#ff0000", 10],
      Beta: ["#008000", 20],
      Gamma: ["#663399", 5],
      Delta: [undefined, undefined],
    });
    // What is not a colour stays as the attribute it was.
    expect(g.nodes[3]?.attributes).toEqual({ group: "z", color: "group-3" });
    expect(g.notes).toContain(
      "Kept the file's colours (color) for 3 nodes and sizes (size) for 3 nodes; Style can colour or size them otherwise.",
    );
    expect(g.notes?.filter((n) => n.includes("could not be read as a colour"))).toEqual([
      '1 colour value could not be read as a colour (e.g. "group-3"): those nodes keep the value as an attribute and are drawn in the default colour.',
    ]);
  });

  test("graphology: attributes.color, size, x and y", () => {
    const g = graphOf(parseJson(fixture("graphology-colors.json"), "graphology-colors.json"));
    expect(looks(g)).toEqual({ A: ["#4e79a7", 12], B: ["#e15759", 3] });
    expect(g.nodes[1]?.position).toEqual({ x: 10, y: 5 });
  });

  test("Cytoscape: the node style's data(…) fields name the colour and size", () => {
    const g = graphOf(parseJson(fixture("cytoscape-style.json"), "cytoscape-style.json"));
    expect(looks(g)).toEqual({ A: ["#112233", 4], B: ["#ff0000", 1], C: [undefined, 2] });
    expect(g.nodes[0]?.attributes).toEqual({ "viz:color": "#112233", "viz:size": 4 });
    expect(g.notes).toContain(
      "Kept the file's colours (fill) for 2 nodes and sizes (degree_layout) for 3 nodes; Style can colour or size them otherwise.",
    );
  });

  test("a Cytoscape style with one colour for all nodes colours those without their own", () => {
    const text = JSON.stringify({
      elements: [{ data: { id: "a" } }, { data: { id: "b", color: "navy" } }],
      style: [{ selector: "node", style: { "background-color": "#0a0", width: 20 } }],
    });
    const g = graphOf(parseJson(text, "c.json"));
    expect(looks(g)).toEqual({ a: ["#00aa00", 20], b: ["#000080", 20] });
  });

  test("a file without a look gets no look note", () => {
    const text = JSON.stringify({ nodes: [{ id: "a" }, { id: "b" }], links: [] });
    const g = graphOf(parseJson(text, "plain.json"));
    expect(g.notes?.some((n) => n.startsWith("Kept the file's"))).toBe(false);
  });
});
