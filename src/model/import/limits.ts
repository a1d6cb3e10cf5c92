// Size limits for imported files: past them the browser tab would stall or run out of memory.
import type { Problem } from "../problems.ts";

export const MAX_INPUT_CHARS = 50 * 1024 * 1024;
export const MAX_NODES = 200_000;
export const MAX_EDGES = 1_000_000;
/** Parsing stops after this many problems: the first ones are the ones to fix. */
export const MAX_PROBLEMS = 20;

const SMALLER = "import a smaller part of the network (filter it in Gephi or networkx first)";

/** `size`: the file's size, when it is refused before it is read (characters ≤ bytes). */
export function inputTooLarge(text: string, file: string, size = text.length): Problem | undefined {
  if (size <= MAX_INPUT_CHARS) return undefined;
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    file,
    line: 1,
    message: `the file is ${mb} MB; the importer reads at most ${MAX_INPUT_CHARS / 1024 / 1024} MB`,
    fix: SMALLER,
  };
}

export function tooMany(kind: "nodes" | "edges", file: string, line?: number): Problem {
  const max = kind === "nodes" ? MAX_NODES : MAX_EDGES;
  return {
    file,
    ...(line === undefined ? {} : { line }),
    message: `the file has more than ${max.toLocaleString("en-US")} ${kind}; the importer reads at most ${max.toLocaleString("en-US")}`,
    fix: SMALLER,
  };
}
