// Read every file of a data folder as DataFile records (paths relative to the folder's parent).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, dirname, sep } from "node:path";
import type { DataFile } from "../src/model/readInput.ts";
import { inputTooLarge, MAX_INPUT_CHARS } from "../src/model/import/limits.ts";
import { formatProblem } from "../src/model/problems.ts";

const FOLDERS = ["sources", "nodes", "evidence", "stories"];

export function readDataFolder(dir: string): DataFile[] {
  const parent = dirname(dir);
  const files: DataFile[] = [];
  for (const folder of FOLDERS) {
    const full = join(dir, folder);
    let names: string[];
    try {
      names = readdirSync(full);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = join(full, name);
      if (!statSync(path).isFile()) continue;
      files.push({
        path: relative(parent, path).split(sep).join("/"),
        text: readFileSync(path, "utf8"),
      });
    }
  }
  if (files.length === 0) {
    files.push({ path: `${basename(dir)}/`, text: "" });
  }
  return files;
}

/**
 * The network files named on a command line, read as text; a file that cannot be read ends the
 * run with a message naming it (not a stack trace).
 */
export function readNetworkFiles(paths: readonly string[]): { name: string; text: string }[] {
  return paths.map((path) => {
    try {
      // Past 4 bytes a character the text is surely over the importer's limit: not read at all.
      const size = statSync(path).size;
      const big = size > 4 * MAX_INPUT_CHARS ? inputTooLarge("", basename(path), size) : undefined;
      if (big) {
        console.error(formatProblem(big));
        process.exit(1);
      }
      return { name: basename(path), text: readFileSync(path, "utf8") };
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      console.error(
        `${path}: this file cannot be read (${code})\n  Fix: check the path and that the file is readable`,
      );
      process.exit(1);
    }
  });
}
