// npm run data:check [dir]: validate a data folder and print what it holds. Writes nothing.
import { resolve } from "node:path";
import { formatProblem } from "../src/model/problems.ts";
import { summarize } from "../src/model/summarize.ts";
import { buildDataset } from "./buildDataset.ts";

const dir = resolve(process.argv[2] ?? "data");
const result = buildDataset(dir);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in ${dir}; nothing written.`);
  process.exit(1);
}
const s = summarize(result.dataset);
console.log(
  `${dir}: ${s.nodes} nodes, ${s.edges} relations (${s.hedged} hedged, ${s.disputed} disputed), ` +
    `${s.quotes} quotes (${s.factQuotes} on facts), ${s.facts} facts, ${s.sources} sources, ${s.stories} stories. OK.`,
);
