// Parse an authored YAML or JSON file, keeping the positions needed to name a line in errors.
import { LineCounter, parseDocument as parseYaml, isNode, type Document } from "yaml";
import type { Problem } from "./problems.ts";

export interface ParsedDocument {
  value: unknown;
  /** 1-based line of the value at this path, or of its nearest existing parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; problem: Problem };

export function parseDocument(file: string, text: string): ParseResult {
  if (file.endsWith(".json")) return parseJson(file, text);
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `this is not valid YAML: ${first.message.split("\n")[0] ?? first.code}`,
        fix: "check the indentation and quoting near that line; text containing ': ' or '#' needs quotes",
      },
    };
  }
  return {
    ok: true,
    doc: {
      value: doc.toJS({ maxAliasCount: 100 }) as unknown,
      lineOf: (path) => lineOfPath(doc, lineCounter, path),
    },
  };
}

/** JSON is read with JSON.parse (fast on big files); line numbers are worked out only when asked. */
function parseJson(file: string, text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? lineAt(text, Number(at[1])) : undefined;
    return {
      ok: false,
      problem: {
        file,
        ...(line === undefined ? {} : { line }),
        message: `this is not valid JSON: ${message}`,
        fix: "check the brackets, commas and quotes near that line (JSON allows no trailing commas or comments)",
      },
    };
  }
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  return {
    ok: true,
    doc: {
      value,
      lineOf: (path) => {
        if (!located) {
          const lineCounter = new LineCounter();
          located = { doc: parseYaml(text, { lineCounter }), lineCounter };
        }
        return lineOfPath(located.doc, located.lineCounter, path);
      },
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
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
