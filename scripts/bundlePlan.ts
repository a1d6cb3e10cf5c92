// What `npm run bundle` makes of its inputs: which files form which network, each network's name
// in `?data=`, and where its graph file goes. Pure (paths in, plan out), tested in bundlePlan.test.ts.
import { basename } from "node:path";
import { slugify } from "../src/model/slug.ts";
import type { NetworkEntry, NetworkIndex } from "../src/model/networkIndex.ts";

/** A nodes file and an edges file, or an edge list: the CSV family forms one network together. */
const CSV_FAMILY = /\.(csv|tsv|txt|tab|edges|edgelist|el)$/i;

export interface PlannedNetwork {
  /** The inputs read as one network: a data folder, one network file, or the CSV files. */
  inputs: string[];
  /** Its name in `?data=`. */
  name: string;
  /** Its graph file, relative to the bundle: the first is graph.json (the page without ?data=). */
  file: string;
}

/**
 * The networks of a bundle, in the order given: every data folder and every GEXF, GraphML, GML or
 * JSON file is a network of its own; the CSV-family files are one network together (where the
 * first of them stands). Names are the inputs' slugs, made unique with -2, -3….
 */
export function planNetworks(inputs: readonly string[], isFolder: (p: string) => boolean) {
  const groups: string[][] = [];
  let csv: string[] | undefined;
  for (const input of inputs) {
    if (!isFolder(input) && CSV_FAMILY.test(input)) {
      if (!csv) groups.push((csv = []));
      csv.push(input);
    } else groups.push([input]);
  }
  const taken = new Set<string>();
  return groups.map((group, i): PlannedNetwork => {
    const base = slugify(basename(group[0] ?? "").replace(/\.[^.]+$/, ""));
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return { inputs: group, name, file: i === 0 ? "graph.json" : `networks/${name}.json` };
  });
}

/** networks.json: what the app needs to find a network by name and to list them. */
export function networkIndex(
  networks: readonly (PlannedNetwork & Omit<NetworkEntry, "name" | "file">)[],
): NetworkIndex {
  return {
    schemaVersion: 1,
    networks: networks.map(({ name, file, title, nodes, edges }) => ({
      name,
      file,
      title,
      nodes,
      edges,
    })),
  };
}
