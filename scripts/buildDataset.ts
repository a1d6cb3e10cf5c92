// Compile a data folder and bake its layout: the one pipeline used by data:check, the Vite plugin
// and the bundle command.
import { compileDataset } from "../src/model/compileDataset.ts";
import type { Problem } from "../src/model/problems.ts";
import type { Dataset } from "../src/model/types.ts";
import { bakeLayout } from "../src/graph/bakeLayout.ts";
import { readDataFolder } from "./readDataFolder.ts";
import { addSearchKeys } from "../src/model/searchKeys.ts";

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function buildDataset(dir: string): BuildResult {
  const result = compileDataset(readDataFolder(dir));
  if (!result.ok) return result;
  return { ok: true, dataset: addSearchKeys(bakeLayout(result.dataset)) };
}

export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}
