import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { detectFormat, formatFromContent, parseGraphFile, parseGraphFiles } from "./detect.ts";
import { MAX_INPUT_CHARS } from "./limits.ts";

const FIXTURES = "src/model/import/fixtures";
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** Each bad input is `<case>.invalid.<ext>` (a CSV pair: `.nodes.csv` + `.edges.csv`). */
const cases = readdirSync(FIXTURES).filter(
  (n) => n.includes(".invalid.") && !n.includes(".nodes."),
);

describe("bad input gives its exact located message, and nothing is imported", () => {
  test.each(cases)("%s", (name) => {
    const nodes = name.replace(".edges.", ".nodes.");
    const result = name.includes(".edges.")
      ? parseGraphFiles([
          { name, text: read(name) },
          { name: nodes, text: read(nodes) },
        ])
      : parseGraphFile(read(name), name);
    expect(result.ok).toBe(false);
    const messages = result.ok ? "" : result.problems.map(formatProblem).join("\n");
    const expected = join(FIXTURES, `${name.slice(0, name.indexOf(".invalid."))}.expected.txt`);
    expect(existsSync(expected), `${expected} is missing`).toBe(true);
    expect(messages).toBe(readFileSync(expected, "utf8").trimEnd());
  });

  test("the required kinds of bad input are covered", () => {
    const required = [
      "billion-laughs.invalid.gexf",
      "external-entity.invalid.graphml",
      "unclosed-tag.invalid.graphml",
      "dangling-link.invalid.json",
      "missing-bracket.invalid.gml",
      "unknown-node.invalid.edges.csv",
    ];
    for (const name of required) expect(cases).toContain(name);
  });
});

describe("choosing the parser", () => {
  test("content wins over the extension when it is unambiguous", () => {
    expect(formatFromContent('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3">')).toBe(
      "gexf",
    );
    expect(formatFromContent("<graphml>")).toBe("graphml");
    expect(formatFromContent('\uFEFF{"nodes": []}')).toBe("json");
    expect(formatFromContent('Creator "Mark Newman"\ngraph\n[\n')).toBe("gml");
    expect(formatFromContent("# comment\ngraph [ node [ id 1 ] ]")).toBe("gml");
    expect(formatFromContent("source,target\na,b\n")).toBeUndefined();
    expect(detectFormat("a b\n", "net.edges")).toBe("csv");
    expect(detectFormat("source,target\n", "x.unknown")).toBe("csv");
  });

  test("a misnamed file is read by its content, and the report says so", () => {
    const result = parseGraphFile('{"nodes":[{"id":"a"}],"links":[]}', "graph.gml");
    expect(result.ok && result.graph.format).toBe("d3 JSON");
    expect(result.ok && result.graph.notes).toContain(
      "The file is named .gml but its content is JSON: read as JSON.",
    );
  });

  test("unsupported formats and foreign XML are named", () => {
    const dot = parseGraphFile("digraph G { a -> b }", "g.dot");
    expect(dot.ok ? "" : dot.problems.map(formatProblem).join("\n")).toBe(
      "g.dot:1: DOT (Graphviz) files cannot be imported yet\n  Fix: export the network from Gephi, yEd, Cytoscape or networkx as GEXF, GraphML, GML, JSON or CSV",
    );
    const svg = parseGraphFile("<svg></svg>", "g.xml");
    expect(svg.ok ? "" : svg.problems[0]?.message).toBe(
      "this XML file is neither GEXF nor GraphML (its root element is not <gexf> or <graphml>)",
    );
  });

  test("a nodes CSV and an edges CSV are paired whatever their order", () => {
    const result = parseGraphFiles([
      { name: "e.csv", text: "source,target\na,b\n" },
      { name: "n.csv", text: "id,label\na,A\nb,B\nc,C\n" },
    ]);
    expect(result.ok && result.graph.nodes.map((n) => n.label)).toEqual(["A", "B", "C"]);
    const three = parseGraphFiles([
      { name: "a.csv", text: "" },
      { name: "b.csv", text: "" },
      { name: "c.csv", text: "" },
    ]);
    expect(three.ok).toBe(false);
  });

  test("files over the size limit are refused before parsing", () => {
    const huge = " ".repeat(MAX_INPUT_CHARS + 1);
    const result = parseGraphFile(huge, "huge.gexf");
    expect(result.ok ? "" : result.problems.map(formatProblem).join("\n")).toBe(
      "huge.gexf:1: the file is 50.0 MB; the importer reads at most 50 MB\n  Fix: import a smaller part of the network (filter it in Gephi or networkx first)",
    );
  });
});
