import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { parseCsv, parseCsvPair } from "./csv.ts";
import { readCsv } from "./csvReader.ts";
import { importedToDataset } from "./toDataset.ts";
import { datasetPath } from "../../../tests/unit/sharedDatasets.ts";

const problems = (result: ReturnType<typeof parseCsv>) =>
  result.ok ? [] : result.problems.map(formatProblem);

describe("CA-GrQc.txt, a SNAP edge list (counts from its README)", () => {
  test("5,242 nodes; 28,980 records = 14,496 undirected edges with 12 self-loops", () => {
    const text = readFileSync(datasetPath("ca-GrQc/CA-GrQc.txt"), "utf8");
    expect(text.includes("\r\n")).toBe(true);
    const result = parseCsv(text, "CA-GrQc.txt");
    if (!result.ok) throw new Error(problems(result).join("\n"));
    const g = result.graph;
    expect(g.format).toBe("edge list (SNAP style)");
    expect([g.nodes.length, g.edges.length]).toEqual([5242, 28980]);
    expect(g.nodes[0]?.id).toBe("3466");
    expect(g.notes).toContain(
      "The header says directed, but every edge is also listed the other way round: read as undirected.",
    );
    const { report } = importedToDataset(g, "CA-GrQc.txt");
    expect(report).toMatchObject({
      nodes: 5242,
      edges: 14496,
      reciprocalEdges: 14484,
      duplicateEdges: 0,
      selfLoops: 12,
      positions: false,
    });
  });
});

describe("RFC 4180 records", () => {
  test("quoted delimiters, doubled quotes, line breaks in values, CRLF and a BOM", () => {
    const read = readCsv(
      '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n\r\n',
      "t.csv",
      ",",
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { fields: ["a", "b"], line: 1 },
        { fields: ["x, y", 'say "hi"'], line: 2 },
        { fields: ["two\r\nlines", "z"], line: 3 },
      ],
    });
  });

  test("text after a closing quote is refused", () => {
    const read = readCsv('a,b\n"x"y,z\n', "t.csv", ",");
    expect(read.ok ? "" : formatProblem(read.problem)).toBe(
      't.csv:2: text follows a closing quote\n  Fix: write a quote inside a quoted value as "", or quote the whole value',
    );
  });
});

describe("a nodes file and an edges file", () => {
  const nodes = `id,label,type,x,y,born
ann,"Lee, Ann",person,1,2,1990
openai,OpenAI,company,,,
lonely,,,,,
`;
  const edges = `source,target,label,type,weight,directed,quote,source_id,translation,since
ann,openai,worked at,worked_at,2,yes,"Ann joined ""OpenAI""",news,,2021
openai,ann,,,,false,,,,
`;

  test("documented columns become fields; extra columns become typed attributes", () => {
    const result = parseCsvPair(nodes, edges, { nodes: "nodes.csv", edges: "edges.csv" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.nodes).toEqual([
      {
        id: "ann",
        label: "Lee, Ann",
        type: "person",
        attributes: { born: 1990 },
        position: { x: 1, y: 2 },
      },
      { id: "openai", label: "OpenAI", type: "company", attributes: {} },
      { id: "lonely", attributes: {} },
    ]);
    expect(result.graph.edges).toEqual([
      {
        source: "ann",
        target: "openai",
        label: "worked at",
        type: "worked_at",
        weight: 2,
        directed: true,
        quote: 'Ann joined "OpenAI"',
        sourceId: "news",
        attributes: { since: 2021 },
      },
      { source: "openai", target: "ann", directed: false, attributes: {} },
    ]);
  });

  test("with the sources' texts, quotes are checked and become evidence", () => {
    const sources = [{ id: "news", text: 'Last year Ann joined "OpenAI".' }];
    const result = parseCsvPair(nodes, edges, { nodes: "n.csv", edges: "e.csv" }, sources);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const edge = importedToDataset(result.graph, "e.csv").dataset.edges[0];
    expect(edge?.evidence).toEqual([
      { sourceId: "news", quote: 'Ann joined "OpenAI"', start: 10, end: 29, translation: "" },
    ]);
  });

  test("bad values are located in the file they are in", () => {
    const result = parseCsvPair(
      "id,label,x,y\nann,Ann,1,\nbob,Bob,,\nbob,Again,,\n",
      "source,target,weight,directed\nann,ann,heavy,\nann,ann,,sometimes\n",
      { nodes: "n.csv", edges: "e.csv" },
    );
    expect(problems(result)).toEqual([
      'n.csv:2: x "1" and y "" are not both numbers\n  Fix: give both x and y as numbers, or leave both empty',
      'n.csv:4: node "bob" is defined twice (first on line 3)\n  Fix: give each node its own id, or merge the two definitions into one',
      'e.csv:2: this edge\'s weight "heavy" is not a number\n  Fix: correct the value, or leave the cell empty',
      'e.csv:3: this edge\'s directed "sometimes" is neither true nor false\n  Fix: correct the value, or leave the cell empty',
    ]);
  });

  test("missing header columns are named with the documented header", () => {
    expect(
      problems(parseCsvPair("name\nann\n", "source,target\n", { nodes: "n.csv", edges: "e.csv" })),
    ).toEqual([
      'n.csv:1: the header row has no "id" column\n  Fix: start the file with the header id,label,type,x,y (extra columns are kept as attributes)',
    ]);
    expect(problems(parseCsv("id,label\nann,Ann\n", "nodes.csv"))).toEqual([
      'nodes.csv:1: this looks like a nodes file: it has an "id" column but no "source" and "target"\n  Fix: import it together with an edges file (source,target,…)',
    ]);
  });
});

describe("a single edges file", () => {
  test("nodes come from the edge ends; tab and semicolon delimiters work", () => {
    for (const text of ["Source\tTarget\na\tb\nb\tc\n", "source;target\na;b\nb;c\n"]) {
      const result = parseCsv(text, "edges.csv");
      expect(result.ok && result.graph.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
      expect(result.ok && result.graph.edges.every((e) => e.directed)).toBe(true);
    }
  });

  test("comment lines before the header are skipped; #hashtags after it are data", () => {
    const result = parseCsv("# exported by hand\nsource,target\n#ai,#ml\n", "edges.csv");
    expect(result.ok && result.graph.nodes.map((n) => n.id)).toEqual(["#ai", "#ml"]);
  });
});

describe("whitespace edge lists", () => {
  test("a declared undirected list, weights, % comments", () => {
    const result = parseCsv("% undirected graph\n1 2 0.5\n2 3 1\n", "g.edges");
    expect(result.ok && result.graph.edges).toEqual([
      { source: "1", target: "2", directed: false, weight: 0.5, attributes: {} },
      { source: "2", target: "3", directed: false, weight: 1, attributes: {} },
    ]);
  });

  test("a declared directed list that is not symmetric stays directed", () => {
    const result = parseCsv("# Directed graph\n1\t2\n2\t1\n2\t3\n", "g.txt");
    expect(result.ok && result.graph.edges.every((e) => e.directed)).toBe(true);
  });

  test("a line with one id is located", () => {
    expect(problems(parseCsv("1 2\n3\n", "g.txt"))).toEqual([
      'g.txt:2: expected two node ids separated by a tab or spaces, found "3"\n  Fix: write one edge per line as `source target`, or start a comment line with #',
    ]);
  });
});
