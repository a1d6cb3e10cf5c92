// npm run data:review [dir]: list what a maintainer should look at (src/model/dataReview.ts), less
// what data/review.yaml marks as reviewed. Exit 1 while anything is open. Writes nothing. Also
// lists suggested sentences (informational: they never fail it).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as OpenCC from "opencc-js";
import { compileDataset } from "../src/model/compileDataset.ts";
import {
  formatReview,
  formatSuggestions,
  openSuggestions,
  parseReviewMarks,
  reviewData,
} from "../src/model/dataReview.ts";
import { loadScriptFold } from "../src/model/loadScriptFold.ts";
import { suggestionsOf } from "../src/model/mentions.ts";
import { formatProblem } from "../src/model/problems.ts";
import { readDataFolder } from "./readDataFolder.ts";

const dir = resolve(process.argv[2] ?? "data");
const compiled = compileDataset(readDataFolder(dir));
if (!compiled.ok) {
  for (const p of compiled.problems) console.error(formatProblem(p));
  console.error(`\n${compiled.problems.length} problem(s) in ${dir}: run npm run data:check.`);
  process.exit(1);
}
const marksFile = join(dir, "review.yaml");
const marks = existsSync(marksFile) ? parseReviewMarks(readFileSync(marksFile, "utf8")) : {};
// Names in either Chinese script: a source may write 谢赛宁 or 謝賽甯.
const convert = [
  OpenCC.Converter({ from: "cn", to: "tw" }),
  OpenCC.Converter({ from: "cn", to: "t" }),
  OpenCC.Converter({ from: "tw", to: "cn" }),
];
const result = reviewData(compiled.dataset, marks, (name) => convert.map((c) => c(name)));
// Informational: sentences naming two entities that no relation between them cites there (what
// the source reader marks as suggestions). Never a failure.
const placed = {
  ...compiled.dataset,
  nodes: compiled.dataset.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })),
};
const suggestions = suggestionsOf(placed, await loadScriptFold());
console.log(formatSuggestions(openSuggestions(suggestions, placed.sources, marks)));
console.log("");
console.log(formatReview(result));
if (result.open.length > 0) process.exit(1);
