// Output is replaced whole or not at all, and a run killed at any point is repaired by the next.
// A folder is filled under `.<name>.new`, renamed `.<name>.ready` once complete, and swapped in
// (the old one moved to `.<name>.old`, the ready one renamed into place, the old one removed).
// Only the last two renames leave a moment with no folder at `<name>`: a kill there leaves the
// complete new folder as `.ready`, which the next run (or `recoverDir`) moves into place first.
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Kill tests stop a real run at its n-th write step (scripts/writeAtomically.test.ts): set
 * QUOTEGRAPH_KILL_AT_STEP=n and the process kills itself with SIGKILL just before that step.
 */
let steps = 0;
export function step(): void {
  steps++;
  if (process.env["QUOTEGRAPH_KILL_AT_STEP"] === String(steps))
    process.kill(process.pid, "SIGKILL");
}

export function writeFileAtomically(path: string, text: string) {
  const tmp = join(dirname(path), `.${basename(path)}.tmp`);
  step();
  writeFileSync(tmp, text);
  step();
  renameSync(tmp, path);
}

function siblings(dir: string) {
  const at = (suffix: string) => join(dirname(dir), `.${basename(dir)}.${suffix}`);
  return { fresh: at("new"), ready: at("ready"), old: at("old") };
}

/**
 * Finish or undo what a killed run left beside `dir`: a complete new folder is moved into place,
 * an incomplete one removed, a replaced old one removed. Returns what it did, for the log.
 */
export function recoverDir(dir: string): string[] {
  const { fresh, ready, old } = siblings(dir);
  const done: string[] = [];
  if (existsSync(ready)) {
    if (existsSync(dir)) {
      rmSync(old, { recursive: true, force: true });
      renameSync(dir, old);
    }
    renameSync(ready, dir);
    done.push(`moved the complete ${basename(ready)} left by a stopped run into place`);
  }
  if (existsSync(old)) {
    if (existsSync(dir)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, dir);
    done.push(`removed ${basename(old)} left by a stopped run`);
  }
  if (existsSync(fresh)) {
    rmSync(fresh, { recursive: true, force: true });
    done.push(`removed the incomplete ${basename(fresh)} left by a stopped run`);
  }
  // Files written atomically inside `dir` by an older run that was stopped (`.name.tmp`).
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (/^\..*\.tmp$/.test(name)) rmSync(join(dir, name), { force: true });
    }
  }
  return done;
}

/** Build a folder with `fill(tmpDir)`, then swap it in for `dir`; on any error `dir` is untouched. */
export function replaceDirAtomically(dir: string, fill: (tmp: string) => void): string[] {
  const { fresh, recovered } = startDir(dir);
  try {
    fill(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  swapIn(dir);
  return recovered;
}

/**
 * The two halves of replaceDirAtomically, for a folder filled asynchronously (a Vite build):
 * repair what a stopped run left and give the folder to fill; then swap it in.
 */
export function startDir(dir: string): { fresh: string; recovered: string[] } {
  const recovered = recoverDir(dir);
  return { fresh: siblings(dir).fresh, recovered };
}

export function swapIn(dir: string): void {
  const { fresh, ready, old } = siblings(dir);
  step();
  renameSync(fresh, ready);
  step();
  if (existsSync(dir)) renameSync(dir, old);
  step();
  renameSync(ready, dir);
  step();
  rmSync(old, { recursive: true, force: true });
}
