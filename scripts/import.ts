// npm run import -- <network file(s)> [--out <folder>]: convert CSV, GraphML, GEXF, GML or JSON
// into Quotegraph's authored format (default folder: imported/<name>/data). The folder is compiled
// before it is written, and replaces an existing one only when it passes, whole (writeAtomically).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseGraphFiles } from "../src/model/import/detect.ts";
import { authoredImport } from "../src/model/import/authoredCheck.ts";
import { slugify } from "../src/model/import/toAuthored.ts";
import { formatProblem } from "../src/model/problems.ts";
import { readNetworkFiles } from "./readDataFolder.ts";
import { replaceDirAtomically, step } from "./writeAtomically.ts";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (inputs.length === 0) {
  console.error("usage: npm run import -- <network file(s)> [--out <folder>]");
  process.exit(2);
}
const files = readNetworkFiles(inputs);
const parsed = parseGraphFiles(files);
if (!parsed.ok) {
  for (const p of parsed.problems) console.error(formatProblem(p));
  console.error(`\n${parsed.problems.length} problem(s); nothing written.`);
  process.exit(1);
}
const name = files[0]?.name.replace(/\.[^.]+$/, "") ?? "network";
// What would be written is compiled first: a folder that fails its own check replaces nothing.
const { files: authored, notes, check } = authoredImport(parsed.graph, name);
for (const note of notes) console.log(`  - ${note}`);
if (!check.ok) {
  for (const p of check.problems.slice(0, 20)) console.error(formatProblem(p));
  console.error(
    `\nthe folder made from ${files.map((f) => f.name).join(" + ")} would not pass its own check ` +
      `(${check.problems.length} problem(s) above); nothing written. Please report the file.`,
  );
  process.exit(1);
}
const folder = resolve(out ?? join("imported", slugify(name), "data"));
mkdirSync(dirname(folder), { recursive: true });
const recovered = replaceDirAtomically(folder, (tmp) => {
  for (const [path, text] of authored) {
    step();
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
});
for (const line of recovered) console.log(`  - ${line}`);
console.log(
  `wrote ${folder}: ${check.dataset.nodes.length} nodes, ${check.dataset.edges.length} relations ` +
    `(check it with npm run data:check -- ${folder})`,
);
