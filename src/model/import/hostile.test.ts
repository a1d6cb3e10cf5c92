// Regression tests for input an outside fuzzer found mishandled (issue 15): each of these once
// crashed, lost data without a word, or wrote a folder its own check refused.
import { describe, expect, test } from "vitest";
import { formatProblem } from "../problems.ts";
import { SUSPICIOUS as SCHEMA_SUSPICIOUS } from "../schema.ts";
import { SUSPICIOUS } from "./caps.ts";
import { authoredImport } from "./authoredCheck.ts";
import { detectFormat, parseGraphFile, parseGraphFiles } from "./detect.ts";
import { MAX_NODES } from "./limits.ts";
import type { ImportedGraph, ParseResult } from "./types.ts";

function graphOf(result: ParseResult): ImportedGraph {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.graph;
}

const graphml = (inner: string, keys = "") =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}\n<graph edgedefault="undirected">\n${inner}\n</graph></graphml>`;

describe("XML the parser used to throw on", () => {
  test.each(["constructor", "__proto__", "prototype"])(
    "an element or attribute named %s is read past, not thrown on",
    (name) => {
      const g = graphOf(
        parseGraphFile(
          graphml(`<node id="a" ${name}="1"><${name}>x</${name}></node>`),
          "f.graphml",
        ),
      );
      expect(g.nodes.map((n) => n.id)).toEqual(["a"]);
    },
  );

  test("a DOCTYPE with an internal subset the parser does not know is skipped", () => {
    const text = graphml('<node id="a"/>').replace(
      "<graphml",
      "<!DOCTYPE graphml [ <!FOO bar> <!ELEMENT graphml ANY> ]>\n<graphml",
    );
    expect(graphOf(parseGraphFile(text, "f.graphml")).nodes).toHaveLength(1);
  });
});

describe("an attribute named __proto__ is kept, in every format", () => {
  const cases: [string, string][] = [
    [
      "f.graphml",
      graphml(
        '<node id="a"><data key="p">1</data></node>',
        '<key id="p" for="node" attr.name="__proto__" attr.type="string"/>',
      ),
    ],
    [
      "f.gexf",
      `<gexf xmlns="http://gexf.net/1.3"><graph><attributes class="node"><attribute id="p" title="__proto__" type="string"/></attributes><nodes><node id="a"><attvalues><attvalue for="p" value="1"/></attvalues></node></nodes></graph></gexf>`,
    ],
    ["f.json", '{"nodes": [{"id": "a", "__proto__": "1"}], "links": []}'],
    ["f.csv", "source,target,__proto__\na,b,1\n"],
    ["f.gml", 'graph [ node [ id 1 __proto__ "1" ] ]'],
  ];
  test.each(cases)("%s", (name, text) => {
    const g = graphOf(parseGraphFile(text, name));
    const item = name === "f.csv" ? g.edges[0] : g.nodes[0];
    expect(Object.keys(item?.attributes ?? {})).toEqual(["__proto__"]);
    expect(String(item?.attributes["__proto__"])).toBe("1");
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  test("npm run import writes it under a name the data format keeps, and says so", () => {
    const g = graphOf(parseGraphFile(cases[2]?.[1] ?? "", "f.json"));
    const out = authoredImport(g, "f");
    expect(out.check.ok).toBe(true);
    expect(out.notes.join(" ")).toContain('"__proto__" written as "_proto_"');
  });
});

describe("line endings", () => {
  test("an edge list with CR-only line endings is read line by line", () => {
    const g = graphOf(parseGraphFile("# directed\ra b\rb c\rc d\r", "f.txt"));
    expect(g.edges.map((e) => `${e.source}-${e.target}`)).toEqual(["a-b", "b-c", "c-d"]);
  });

  test("mixed CR, LF and CR LF endings lose no line, and lines are counted as an editor does", () => {
    const text = "source,target\ra,b\nb,c\r\nc,d\rd,\n";
    const result = parseGraphFile(text, "f.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(5);
    const g = graphOf(parseGraphFile(text.replace("d,\n", "d,e\n"), "f.csv"));
    expect(g.edges).toHaveLength(4);
  });

  test("GML that starts with a byte-order mark is read", () => {
    expect(graphOf(parseGraphFile("\uFEFFgraph [ node [ id 1 ] ]", "f.gml")).nodes).toHaveLength(1);
  });
});

describe("messages", () => {
  test.each(["x.constructor", "x.__proto__", "x.toString"])(
    "%s: an extension that is a property name of Object is just unknown",
    (name) => {
      expect(detectFormat("a b\n", name)).toBe("csv");
      expect(parseGraphFile("a b\n", name).ok).toBe(true);
    },
  );

  test("two CSV files that cannot be told apart are named, at line 1", () => {
    const result = parseGraphFiles([
      { name: "a.csv", text: "id,label\n1,A\n" },
      { name: "b.csv", text: "id,label\n2,B\n" },
    ]);
    expect(result).toMatchObject({ ok: false, problems: [{ file: "a.csv, b.csv", line: 1 }] });
  });

  test("the node cap names the nodes file at the nodes file's line", () => {
    const nodes = `id\n${Array.from({ length: MAX_NODES + 1 }, (_, i) => `n${i}`).join("\n")}\n`;
    const result = parseGraphFiles([
      { name: "nodes.csv", text: nodes },
      { name: "edges.csv", text: "source,target\nn0,n1\n" },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ file: "nodes.csv", line: MAX_NODES + 2 });
    }
  });
});

describe("npm run import writes only folders that pass its own check", () => {
  const check = (text: string, name: string) =>
    authoredImport(graphOf(parseGraphFile(text, name)), name.replace(/\..*$/, ""));

  test("a network with no edges", () => {
    expect(check('graph [ node [ id 1 label "A" ] ]', "f.gml").check.ok).toBe(true);
  });

  test("a typed edge between untyped nodes becomes related_to, labelled with the type", () => {
    const out = check("source,target,type\na,b,worked_at\n", "f.csv");
    expect(out.check.ok).toBe(true);
    if (out.check.ok) expect(out.check.dataset.edges[0]?.label).toBe("worked at");
  });

  test("a quote found twice in its source says which time it means", () => {
    const json = (text: string) =>
      JSON.stringify({
        nodes: [{ id: "a" }, { id: "b" }],
        links: [{ source: "a", target: "b", quote: "a met b", source_id: "s" }],
        sources: [{ id: "s", title: "S", text }],
      });
    const out = check(json("a met b. Later, a met b again."), "f.json");
    expect(out.check.ok).toBe(true);
    expect([...out.files.values()].join("\n")).toContain("occurrence: 1");
    const many = parseGraphFile(json("a met b. ".repeat(1001)), "f.json");
    expect(many).toMatchObject({ ok: false, problems: [{ line: 1, path: "links[0]" }] });
    if (!many.ok) expect(many.problems[0]?.message).toContain("occurs more than 1000 times");
  });

  test("ids that all slugify alike get -2, -3 … in one pass", () => {
    const ids = ["A", "a!", "a?", "a-2", "a#"];
    const out = check(`source,target\n${ids.map((id) => `${id},z`).join("\n")}\n`, "f.csv");
    expect(out.check.ok).toBe(true);
    if (out.check.ok) {
      const made = out.check.dataset.nodes.map((n) => n.id);
      expect(new Set(made).size).toBe(6);
      expect(made).toEqual(expect.arrayContaining(["a", "a-2", "a-3", "a-4", "z"]));
    }
  });
});

test("the importer refuses the same hidden characters as the compiler", () => {
  expect(SUSPICIOUS.source).toBe(SCHEMA_SUSPICIOUS.source);
});
