// What every fuzz case must end in: accepted with output that passes the project's own checks,
// or refused with messages that name the file and the line (or element) and say what to do.
import type { Problem } from "../../../src/model/problems.ts";

/** The longest message or fix, and the longest unbroken run in one, that a person can read. */
const MAX_TEXT = 600;
const MAX_RUN = 120;

/** Why these problems are not a proper refusal, or undefined when they are. */
export function badRefusal(
  problems: readonly Problem[],
  files: readonly string[],
): string | undefined {
  if (problems.length === 0) return "refused with no message";
  for (const p of problems) {
    const shown = `${p.file}:${p.line ?? "-"} ${p.path ?? ""} ${p.message} / ${p.fix}`.slice(
      0,
      300,
    );
    if (!files.some((f) => p.file === f || p.file.split(", ").includes(f)))
      return `names no input file: ${shown}`;
    if ((p.line === undefined || p.line < 1) && !p.path)
      return `names no line or element: ${shown}`;
    if (p.message.trim() === "" || p.fix.trim() === "") return `says nothing to act on: ${shown}`;
    for (const text of [p.message, p.fix, p.path ?? ""]) {
      if (text.length > MAX_TEXT) return `message of ${text.length} characters: ${shown}`;
      const run = /\S{121,}/.exec(text);
      if (run)
        return `message repeats a value of ${run[0].length}+ characters (over ${MAX_RUN}): ${shown}`;
      if (
        /\bat position \d+|function Object\(\)|\bat [\w.]+ \(|undefined \(got|null\b.*node null/.test(
          text,
        )
      )
        return `message in the engine's words: ${shown}`;
    }
  }
  return undefined;
}

/** Numbers that JSON.stringify would write as null, anywhere in a value. */
export function nonFinite(value: unknown, path = "", depth = 0): string | undefined {
  if (depth > 50) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (value === null || typeof value !== "object") return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinite(v, `${path}.${k}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
