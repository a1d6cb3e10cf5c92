// The message for an import that stopped with an exception (a bug, or a browser tab out of
// memory): located at the file, never a stack trace. Small on purpose: the page loads it up
// front, and the parsers only when a file is opened.
import { clip, type Problem } from "../problems.ts";

export function importFailed(
  files: readonly { name: string }[],
  error: unknown,
): { ok: false; problems: Problem[] } {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ok: false,
    problems: [
      {
        file: files.map((f) => f.name).join(", ") || "the file",
        line: 1,
        message: `reading this file stopped the importer (${clip(what)})`,
        fix: "the file may be too large for this browser tab: import a smaller part of it, or use npm run bundle; if it is small, please report it",
      },
    ],
  };
}
