// Turn zod issues into located, human problems with a fix.
import type { z } from "zod";
import type { ParsedDocument } from "./parseDocument.ts";
import { didYouMean, formatPath, type Problem } from "./problems.ts";

type Issue = z.core.$ZodIssue;

export function schemaProblems(
  file: string,
  doc: ParsedDocument,
  issues: readonly Issue[],
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const line = doc.lineOf(path);
    const { message, fix } = describe(issue, valueAt(doc.value, path));
    return {
      file,
      ...(line === undefined ? {} : { line }),
      ...(path.length ? { path: formatPath(path) } : {}),
      message,
      fix,
    };
  });
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function describe(issue: Issue, actual: unknown): { message: string; fix: string } {
  const field = String(issue.path.at(-1) ?? "this file");
  switch (issue.code) {
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const given = typeof actual === "string" ? actual : JSON.stringify(actual);
      const kind =
        field !== "type" ? field : issue.path.includes("relations") ? "relation type" : "node type";
      return {
        message: `unknown ${kind} "${given}".${typeof actual === "string" ? didYouMean(actual, allowed) : ""}`,
        fix: `use one of: ${allowed.join(", ")} (see data/README.md)`,
      };
    }
    case "unrecognized_keys":
      return {
        message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
        fix: "remove it, or check its spelling against data/README.md",
      };
    case "invalid_type":
      if (actual === undefined)
        return {
          message: `"${field}" is missing`,
          fix: `add "${field}" (see data/README.md)`,
        };
      return {
        message: `${issue.message} (got ${Array.isArray(actual) ? "a list" : typeof actual})`,
        fix:
          issue.expected === "string" && (typeof actual === "number" || typeof actual === "boolean")
            ? `put it in quotes: ${field}: "${String(actual)}"`
            : `give "${field}" as ${issue.expected === "array" ? "a list" : issue.expected}`,
      };
    case "too_small":
      return { message: `"${field}": ${issue.message}`, fix: `fill in "${field}"` };
    case "invalid_format":
      return { message: `"${field}": ${issue.message}`, fix: `write "${field}" in that form` };
    case "custom": {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { message: issue.message, fix: fix ?? `correct "${field}" (see data/README.md)` };
    }
    default:
      return {
        message: `"${field}": ${issue.message}`,
        fix: `correct "${field}" (see data/README.md)`,
      };
  }
}
