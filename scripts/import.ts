// npm run import -- <network file(s)> [--out <folder>]: convert CSV, GraphML, GEXF, GML or JSON
// into Quotegraph's authored format (default folder: imported/<name>/data), checked by compiling it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseGraphFiles } from "../src/model/import/detect.ts";
import { importedToDataset } from "../src/model/import/toDataset.ts";
import { importedToContract } from "../src/model/import/toContract.ts";
import { slugify, toAuthored } from "../src/model/import/toAuthored.ts";
import { compileDataset } from "../src/model/compileDataset.ts";
import { formatProblem } from "../src/model/problems.ts";
import { readDataFolder } from "./readDataFolder.ts";
import { replaceDirAtomically } from "./writeAtomically.ts";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (inputs.length === 0) {
  console.error("usage: npm run import -- <network file(s)> [--out <folder>]");
  process.exit(2);
}
const files = inputs.map((p) => ({ name: basename(p), text: readFileSync(p, "utf8") }));
const parsed = parseGraphFiles(files);
if (!parsed.ok) {
  for (const p of parsed.problems) console.error(formatProblem(p));
  console.error(`\n${parsed.problems.length} problem(s); nothing written.`);
  process.exit(1);
}
const name = files[0]?.name.replace(/\.[^.]+$/, "") ?? "network";
const { dataset } = importedToContract(importedToDataset(parsed.graph, name).dataset);
const { files: authored, notes } = toAuthored(dataset, name);
const folder = resolve(out ?? join("imported", slugify(name), "data"));
mkdirSync(dirname(folder), { recursive: true });
replaceDirAtomically(folder, (tmp) => {
  for (const [path, text] of authored) {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
});
const check = compileDataset(readDataFolder(folder));
for (const note of notes) console.log(`  - ${note}`);
if (!check.ok) {
  for (const p of check.problems.slice(0, 20)) console.error(formatProblem(p));
  console.error(
    `wrote ${folder}, but it does not compile: ${check.problems.length} problem(s) above.`,
  );
  process.exit(1);
}
console.log(
  `wrote ${folder}: ${check.dataset.nodes.length} nodes, ${check.dataset.edges.length} relations ` +
    `(check it with npm run data:check -- ${folder})`,
);
