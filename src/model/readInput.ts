// Classify the files of a data folder, parse each and check it against its schema.
import type { z } from "zod";
import { parseDocument, type ParsedDocument, type ParseResult } from "./parseDocument.ts";
import type { Problem } from "./problems.ts";
import { MAX_RELATIONS } from "./limits.ts";
import { schemaProblems } from "./schemaProblems.ts";
import {
  evidenceFileSchema,
  nodeListSchema,
  sourceMetaSchema,
  type AuthoredNode,
  type EvidenceFile,
  type SourceMeta,
} from "./schema.ts";

/** One file of a data folder: its path relative to the folder's parent (e.g. data/nodes/people.yaml). */
export interface DataFile {
  path: string;
  text: string;
}

export interface Located<T> {
  file: string;
  doc: ParsedDocument;
  value: T;
}

export interface Input {
  sourceTexts: Map<string, { file: string; text: string }>;
  sourceMetas: Map<string, Located<SourceMeta>>;
  nodeFiles: Located<AuthoredNode[]>[];
  evidenceFiles: Located<EvidenceFile>[];
  /** Ids whose definition failed its schema: references to them are not reported again. */
  invalidNodeIds: Set<string>;
  invalidSourceIds: Set<string>;
}

const DATA_EXT = /\.(ya?ml|json)$/;

export function readInput(files: readonly DataFile[]): { input: Input; problems: Problem[] } {
  const problems: Problem[] = [];
  const input: Input = {
    sourceTexts: new Map(),
    sourceMetas: new Map(),
    nodeFiles: [],
    evidenceFiles: [],
    invalidNodeIds: new Set(),
    invalidSourceIds: new Set(),
  };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const parts = file.path.split("/");
    const folder = parts.at(-2);
    const name = parts.at(-1) ?? "";
    if (folder === "sources" && name.endsWith(".txt")) {
      input.sourceTexts.set(name.slice(0, -4), { file: file.path, text: file.text });
    } else if (folder === "sources" && DATA_EXT.test(name)) {
      const id = name.replace(DATA_EXT, "");
      const value = check(file, sourceMetaSchema, problems);
      if (value) input.sourceMetas.set(id, value);
      else input.invalidSourceIds.add(id);
    } else if (folder === "nodes" && DATA_EXT.test(name)) {
      const value = check(file, nodeListSchema, problems);
      if (value) input.nodeFiles.push(value);
      else for (const id of rawIds(file)) input.invalidNodeIds.add(id);
    } else if (folder === "evidence" && DATA_EXT.test(name)) {
      const parsed = parseDocument(file.path, file.text);
      if (parsed.ok && tooManyRelations(file.path, parsed.doc, problems)) continue;
      const value = check(file, evidenceFileSchema, problems, parsed);
      if (value) input.evidenceFiles.push(value);
    }
  }
  return { input, problems };
}

/** Refuse an enormous file before validating every relation in it. */
function tooManyRelations(file: string, doc: ParsedDocument, problems: Problem[]): boolean {
  const relations = (doc.value as { relations?: unknown } | null)?.relations;
  if (!Array.isArray(relations) || relations.length <= MAX_RELATIONS) return false;
  problems.push({
    file,
    path: "relations",
    message: `${relations.length.toLocaleString("en")} relations; Quotegraph compiles at most ${MAX_RELATIONS.toLocaleString("en")}`,
    fix: "split the network, or keep the relations a reader needs",
  });
  return true;
}

/** The ids a node file tries to define, read leniently, for files that failed validation. */
function rawIds(file: DataFile): string[] {
  const parsed = parseDocument(file.path, file.text);
  if (!parsed.ok || !Array.isArray(parsed.doc.value)) return [];
  return parsed.doc.value.flatMap((n: unknown) =>
    n && typeof n === "object" && typeof (n as { id?: unknown }).id === "string"
      ? [(n as { id: string }).id]
      : [],
  );
}

function check<T>(
  file: DataFile,
  schema: z.ZodType<T>,
  problems: Problem[],
  parsed: ParseResult = parseDocument(file.path, file.text),
): Located<T> | undefined {
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  const result = schema.safeParse(parsed.doc.value ?? undefined);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, parsed.doc, result.error.issues));
    return undefined;
  }
  return { file: file.path, doc: parsed.doc, value: result.data };
}
