// Classify the files of a data folder, parse each and check it against its schema.
import {
  isAlias,
  isMap,
  isPair,
  isSeq,
  LineCounter,
  parseDocument as parseYaml,
  type Document,
} from "yaml";
import type { z } from "zod";
import { scanJson, tooDeep } from "./import/jsonScan.ts";
import { lineIndex } from "./import/lines.ts";
import { parseDocument, type ParsedDocument, type ParseResult } from "./parseDocument.ts";
import { clip, type Problem } from "./problems.ts";
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
      const parsed = readDocument(file);
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
  const parsed = readDocument(file);
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
  parsed: ParseResult = readDocument(file),
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

/** Deeper nesting is no data file's, and recursive readers would overflow the stack on it. */
export const MAX_DATA_DEPTH = 64;
/** Values an alias may add in all (an alias bomb expands a few lines into billions). */
const MAX_ALIAS_EXPANSION = 100_000;

const EMPTY_FIX: Record<string, string> = {
  nodes: "write a list of nodes (see data/README.md), or delete the file",
  evidence: "write relations: and facts: (see data/README.md), or delete the file",
  sources: "write title, publisher and language (see data/README.md)",
  stories: "write a story (see data/README.md), or delete the file",
};

/**
 * parseDocument, made total: every file gets a value or a located problem, never an exception.
 * Checked first: nesting depth (the YAML and JSON readers recurse), JSON syntax (in words and a
 * line of our own, not the engine's), aliases (ordinary reuse is allowed however often, a bomb
 * is refused), and an empty file.
 */
export function readDocument(file: DataFile, options: { aliases?: boolean } = {}): ParseResult {
  const { path, text } = file;
  const fail = (offset: number | undefined, message: string, fix: string): ParseResult => ({
    ok: false,
    problem: {
      file: path,
      line: offset === undefined ? 1 : lineIndex(text)(offset),
      message,
      fix,
    },
  });
  const deep = nestingTooDeep(text, path.endsWith(".json"));
  if (deep !== -1) {
    return fail(
      deep,
      `values are nested more than ${MAX_DATA_DEPTH} deep here`,
      "a data file needs only a few levels: check the indentation and the brackets",
    );
  }
  if (path.endsWith(".json")) {
    const error = scanJson(text).error;
    if (error) {
      return fail(
        error.offset,
        `this is not valid JSON: ${error.message}`,
        "check the brackets, commas and quotes on that line (JSON allows no trailing commas or comments)",
      );
    }
  }
  let parsed: ParseResult;
  try {
    // JSON.parse refuses a byte-order mark that JSON readers (and scanJson) skip.
    const body = path.endsWith(".json") && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    parsed = parseDocument(path, body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unresolved alias/.test(message)) {
      const name = /: (\S+)$/.exec(message)?.[1] ?? "";
      const at = text.indexOf(`*${name}`);
      return fail(
        at === -1 ? undefined : at,
        `the alias *${clip(name, 40)} refers to no anchor (&${clip(name, 40)}) above it`,
        "define the anchor before the alias, or write the value out",
      );
    }
    if (/alias count/.test(message) && options.aliases !== false) return withAliases(file);
    if (/alias count/.test(message)) {
      return fail(
        text.indexOf("*"),
        "this file uses aliases (*name) more than 100 times",
        "write the values out instead of repeating them with aliases",
      );
    }
    return fail(
      undefined,
      `this file could not be read: ${clip(message)}`,
      "check the file near its start; if it looks right, report it",
    );
  }
  if (parsed.ok && (parsed.doc.value === null || parsed.doc.value === undefined)) {
    return fail(
      undefined,
      "this file is empty",
      EMPTY_FIX[path.split("/").at(-2) ?? ""] ?? "fill it in, or delete it",
    );
  }
  return parsed;
}

/**
 * The offset where values first nest deeper than MAX_DATA_DEPTH, or -1. JSON: brackets outside
 * strings. YAML: open indentation levels and "- " items on a line, plus flow brackets.
 */
function nestingTooDeep(text: string, json: boolean): number {
  const flow = tooDeep(text, MAX_DATA_DEPTH);
  if (flow !== -1 || json) return flow;
  const open: number[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const m = /^( *)((?:- +)*)(.?)/.exec(line);
    const indent = m?.[1]?.length ?? 0;
    if (m && m[3] !== "" && m[3] !== "#") {
      while (open.length > 0 && (open.at(-1) ?? 0) >= indent) open.pop();
      open.push(indent);
      const items = (m[2] ?? "").split("-").length - 1;
      if (open.length + items > MAX_DATA_DEPTH) return offset;
    }
    offset += line.length + 1;
  }
  return -1;
}

/**
 * A YAML file past parseDocument's alias guard (100 alias uses): read again, with the values its
 * aliases add counted first (each anchor's size once), and accepted unless they pass
 * MAX_ALIAS_EXPANSION or an alias sits inside its own anchor.
 */
function withAliases(file: DataFile): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseYaml(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const sizes = new Map<unknown, number>();
  const inside = new Set<unknown>();
  let added = 0;
  let bad: { offset: number; message: string } | undefined;
  const size = (node: unknown): number => {
    if (bad) return 0;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (inside.has(target)) {
        bad = {
          offset: node.range?.[0] ?? 0,
          message: `the alias *${clip(node.source, 40)} is inside its own anchor`,
        };
        return 0;
      }
      const n = size(target);
      added += n;
      if (added > MAX_ALIAS_EXPANSION) {
        bad = {
          offset: node.range?.[0] ?? 0,
          message: `aliases here expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString("en")} values (an alias bomb?)`,
        };
      }
      return n;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    inside.add(node);
    let n = 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items) n += size(item);
    else if (isPair(node)) n += size(node.key) + size(node.value);
    inside.delete(node);
    sizes.set(node, n);
    return n;
  };
  size(doc.contents);
  if (bad) {
    return {
      ok: false,
      problem: {
        file: file.path,
        line: lineCounter.linePos(bad.offset).line,
        message: bad.message,
        fix: "write the values out, or reuse fewer of them with aliases",
      },
    };
  }
  return {
    ok: true,
    doc: {
      value: doc.toJS({ maxAliasCount: -1 }) as unknown,
      lineOf: (path) => lineOfPath(doc, lineCounter, path),
    },
  };
}

function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
