// What `npm run import` would write, compiled in memory first: the folder replaces anything only
// when it passes the same check as `npm run data:check`.
import { compileDataset, type CompileResult } from "../compileDataset.ts";
import { importedToContract } from "./toContract.ts";
import { importedToDataset } from "./toDataset.ts";
import { toAuthored, type AuthoredFolder } from "./toAuthored.ts";
import type { ImportedGraph } from "./types.ts";

export interface AuthoredImport extends AuthoredFolder {
  /** The folder's files compiled as `data/<path>`: what `npm run data:check` will say. */
  check: CompileResult;
}

export function authoredImport(graph: ImportedGraph, name: string): AuthoredImport {
  const { dataset } = importedToContract(importedToDataset(graph, name).dataset);
  const folder = toAuthored(dataset, name);
  const check = compileDataset(
    [...folder.files].map(([path, text]) => ({ path: `data/${path}`, text })),
  );
  return { ...folder, check };
}
