// Output is replaced whole or not at all: written beside its target, then renamed into place.
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomically(path: string, text: string) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Build a folder with `fill(tmpDir)`, then swap it in for `dir`; on any error `dir` is untouched. */
export function replaceDirAtomically(dir: string, fill: (tmp: string) => void) {
  const tmp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
  const old = join(dirname(dir), `.${basename(dir)}.${process.pid}.old`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    fill(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}
