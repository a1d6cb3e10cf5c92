// npm run new -- <folder>: an empty data folder to start from, with one example source, two
// entities and one cited relation that compiles (npm run data:check <folder>/data).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { compileDataset } from "../src/model/compileDataset.ts";
import { addNode, addSource, citeRelation, EMPTY_DRAFT } from "../src/model/edit/draft.ts";
import { draftToFiles } from "../src/model/edit/files.ts";
import { formatProblem } from "../src/model/problems.ts";

const EXAMPLE = `An example source

Ada Lovelace worked with Charles Babbage on his Analytical Engine.

Replace this file with the text of a real article, exactly as published.
`;

/** The example draft: Ada Lovelace collaborated with Charles Babbage, in the example's words. */
export function exampleFiles() {
  const [withSource, sourceId] = addSource(EMPTY_DRAFT, EXAMPLE, {
    title: "An example source",
    publisher: "Your outlet",
    language: "en",
    note: "An example: replace it with a real source.",
  });
  const [withAda, ada] = addNode(withSource, { type: "person", label: "Ada Lovelace" });
  const [withBoth, babbage] = addNode(withAda, { type: "person", label: "Charles Babbage" });
  const quote = "Ada Lovelace worked with Charles Babbage";
  const start = EXAMPLE.indexOf(quote);
  const draft = citeRelation(
    withBoth,
    { source: ada, type: "collaborated_with", target: babbage },
    {
      passage: { sourceId, start, end: start + quote.length },
      translation: "Ada Lovelace worked with Charles Babbage",
      hedgeWords: [],
    },
  );
  return draftToFiles(draft);
}

function main(args: string[]) {
  const target = args.find((a) => !a.startsWith("-"));
  if (!target) {
    console.error("usage: npm run new -- <folder>   (writes <folder>/data/…)");
    process.exit(2);
  }
  const folder = resolve(target);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    console.error(
      `${folder}: the folder is not empty; nothing written.\n  Fix: name a new or empty folder.`,
    );
    process.exit(1);
  }
  const files = exampleFiles();
  const result = compileDataset(files);
  if (!result.ok) {
    // The example is ours: this would be a bug, said plainly before anything is written.
    for (const p of result.problems) console.error(formatProblem(p));
    process.exit(1);
  }
  for (const f of files) {
    const path = join(folder, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  console.log(
    `wrote ${files.length} files in ${join(folder, "data")}: one source, two entities, one cited relation.\n` +
      `Next: npm run data:check ${join(target, "data")}   then edit, or open ?edit=1 and import a zip of it.`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) main(process.argv.slice(2));
