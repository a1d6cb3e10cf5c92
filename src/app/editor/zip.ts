// A draft as a .zip of a data folder (what npm run data:check and npm run bundle read), and back.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { DataFile } from "../../model/readInput.ts";
import { draftToFiles, filesToDraft } from "../../model/edit/files.ts";
import type { Draft } from "../../model/edit/draft.ts";

export function draftToZip(draft: Draft): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of draftToFiles(draft)) entries[f.path] = strToU8(f.text);
  return zipSync(entries, { level: 6, mtime: new Date("2024-01-01T00:00:00Z") });
}

/** The text files of a zip (folders and anything not .txt/.yaml/.yml/.json are skipped). */
export function zipToFiles(bytes: Uint8Array): DataFile[] {
  const entries = unzipSync(bytes, { filter: (f) => /\.(txt|ya?ml|json)$/i.test(f.name) });
  return Object.entries(entries).map(([path, data]) => ({ path, text: strFromU8(data) }));
}

export const zipToDraft = (bytes: Uint8Array) => filesToDraft(zipToFiles(bytes));
