// One function per kind of input: run the project's own code on it as `npm run bundle`,
// `npm run import`, "Open file", `npm run data:check` and the address bar would, and say what
// went wrong, or nothing when the case ended properly.
import { compileDataset } from "../../../src/model/compileDataset.ts";
import { authoredImport } from "../../../src/model/import/authoredCheck.ts";
import { checkText, MAX_LABEL_CHARS } from "../../../src/model/import/caps.ts";
import { parseGraphFiles } from "../../../src/model/import/detect.ts";
import { importedToContract } from "../../../src/model/import/toContract.ts";
import { importedToDataset } from "../../../src/model/import/toDataset.ts";
import type { NetworkFile } from "../../../src/model/import/types.ts";
import type { DataFile } from "../../../src/model/readInput.ts";
import { makeDataset } from "../../../src/model/testDataset.ts";
import { parseView } from "../../../src/state/url.ts";
import { badRefusal, nonFinite } from "./oracle.ts";

export type Outcome = { accepted: boolean; failure?: string };

/** A network file (or CSV pair): parsed, turned into the bundle's dataset and import's folder. */
export function runImport(files: readonly NetworkFile[]): Outcome {
  const parsed = parseGraphFiles(files);
  if (!parsed.ok) {
    const failure = badRefusal(
      parsed.problems,
      files.map((f) => f.name),
    );
    return failure ? { accepted: false, failure } : { accepted: false };
  }
  const name = files[0]?.name.replace(/\.[^.]+$/, "") ?? "network";
  // `npm run bundle` and "Open file": the dataset that graph.json would hold.
  const { dataset } = importedToContract(importedToDataset(parsed.graph, name).dataset);
  const bad = nonFinite(dataset);
  if (bad) return { accepted: true, failure: `graph.json would hold a non-finite number: ${bad}` };
  for (const n of dataset.nodes) {
    const cap = checkText("label", n.label, MAX_LABEL_CHARS);
    if (cap) return { accepted: true, failure: `graph.json label past the caps: ${cap.message}` };
  }
  // `npm run import`: the folder it would write must pass its own check.
  const { check } = authoredImport(parsed.graph, name);
  if (!check.ok) {
    const p = check.problems[0];
    return {
      accepted: true,
      failure:
        `import would write a folder its check refuses: ${p?.file}:${p?.line} ${p?.message}`.slice(
          0,
          400,
        ),
    };
  }
  return { accepted: true };
}

/** A data folder with one file changed: compiled as `npm run data:check` compiles it. */
export function runCompile(files: readonly DataFile[]): Outcome {
  const result = compileDataset(files);
  if (result.ok) return { accepted: true };
  const failure = badRefusal(result.problems, [...files.map((f) => f.path), "data/evidence"]);
  return failure ? { accepted: false, failure } : { accepted: false };
}

const URL_DATASET = makeDataset({
  nodes: [
    ["zhang-san", "person"],
    ["pku", "university"],
    ["li-si", "person"],
  ],
  edges: [["zhang-san", "studied_at", "pku", { sources: ["demo"] }]],
});

/** An address's query: read into a view, with notices for what was ignored. */
export function runUrl(search: string): Outcome {
  const { notices } = parseView(search, URL_DATASET);
  const long = notices.find((n) => n.length > 600);
  return long
    ? { accepted: true, failure: `a notice of ${long.length} characters` }
    : { accepted: true };
}
