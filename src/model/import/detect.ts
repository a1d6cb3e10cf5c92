// One entry point for a dropped file: choose the parser by content when it is unambiguous (an XML
// root element, a JSON bracket, GML's `graph [`), else by extension; CSV and edge lists last.
import { tidyProblem, type Problem } from "../problems.ts";
import { parseCsv, parseCsvPair } from "./csv.ts";
import { parseGexf } from "./gexf.ts";
import { parseGml } from "./gml.ts";
import { parseGraphml } from "./graphml.ts";
import { parseJson } from "./json.ts";
import { inputTooLarge } from "./limits.ts";
import { normalizeText } from "./lines.ts";
import type { GraphParser, NetworkFile, ParseResult } from "./types.ts";

export type FormatId = "gexf" | "graphml" | "gml" | "json" | "csv";

const PARSERS: Record<FormatId, GraphParser> = {
  gexf: parseGexf,
  graphml: parseGraphml,
  gml: parseGml,
  json: parseJson,
  csv: parseCsv,
};

const BY_EXTENSION = new Map<string, FormatId>(
  Object.entries({
    gexf: "gexf",
    graphml: "graphml",
    gml: "gml",
    json: "json",
    csv: "csv",
    tsv: "csv",
    txt: "csv",
    tab: "csv",
    edges: "csv",
    edgelist: "csv",
    el: "csv",
  } satisfies Record<string, FormatId>),
);

const UNSUPPORTED = new Map<string, string>(
  Object.entries({
    dot: "DOT (Graphviz)",
    gv: "DOT (Graphviz)",
    net: "Pajek",
    gdf: "GDF",
    xlsx: "Excel",
    xls: "Excel",
  }),
);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The format the text itself shows, when it shows one. */
export function formatFromContent(text: string): FormatId | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  const first = head.trimStart()[0];
  if (first === "<") {
    const root = /<(?:[\w.-]+:)?(gexf|graphml)[\s>/]/.exec(head);
    return root?.[1] === "gexf" ? "gexf" : root?.[1] === "graphml" ? "graphml" : undefined;
  }
  if (first === "{" || first === "[") return "json";
  if (/^\s*(?:#[^\n]*\n\s*)*(?:Creator\s+"[^"]*"\s*)?(?:Version\s+\S+\s*)?graph\s*\[/.test(head))
    return "gml";
  return undefined;
}

export function detectFormat(text: string, fileName: string): FormatId | Problem {
  const ext = extensionOf(fileName);
  const fromContent = formatFromContent(text);
  if (fromContent) return fromContent;
  const unsupported = UNSUPPORTED.get(ext);
  if (unsupported) {
    return {
      file: fileName,
      line: 1,
      message: `${unsupported} files cannot be imported yet`,
      fix: "export the network from Gephi, yEd, Cytoscape or networkx as GEXF, GraphML, GML, JSON or CSV",
    };
  }
  if (text.trimStart().startsWith("<")) {
    return {
      file: fileName,
      line: 1,
      message:
        "this XML file is neither GEXF nor GraphML (its root element is not <gexf> or <graphml>)",
      fix: "export the network as GEXF or GraphML",
    };
  }
  return BY_EXTENSION.get(ext) ?? "csv";
}

/** Parse one dropped file, whatever its format. */
export function parseGraphFile(raw: string, fileName: string): ParseResult {
  const big = inputTooLarge(raw, fileName);
  if (big) return { ok: false, problems: [big] };
  const text = normalizeText(raw);
  const format = detectFormat(text, fileName);
  if (typeof format !== "string") return { ok: false, problems: [format] };
  const result = PARSERS[format](text, fileName);
  const ext = extensionOf(fileName);
  const expected = BY_EXTENSION.get(ext);
  if (result.ok && expected && expected !== format) {
    (result.graph.notes ??= []).push(
      `The file is named .${ext} but its content is ${format.toUpperCase()}: read as ${format.toUpperCase()}.`,
    );
  }
  return result;
}

/**
 * Parse several dropped files: one network file, or a nodes CSV with an edges CSV (told apart by
 * their header rows: the edges file has "source" and "target" columns).
 */
export function parseGraphFiles(files: readonly NetworkFile[]): ParseResult {
  const result = parseAny(files);
  // Every message, whichever reader made it, repeats no long value.
  return result.ok ? result : { ok: false, problems: result.problems.map(tidyProblem) };
}

function parseAny(files: readonly NetworkFile[]): ParseResult {
  const [a, b] = files;
  if (files.length === 1 && a) return parseGraphFile(a.text, a.name);
  const isEdges = (text: string) =>
    /(^|[,;\t])\s*"?(source|from)"?\s*([,;\t]|\r?$)/im.test(text.split("\n", 5).join("\n"));
  if (files.length === 2 && a && b && isEdges(a.text) !== isEdges(b.text)) {
    const [nodes, edges] = isEdges(a.text) ? [b, a] : [a, b];
    return parseCsvPair(normalizeText(nodes.text), normalizeText(edges.text), {
      nodes: nodes.name,
      edges: edges.name,
    });
  }
  return {
    ok: false,
    problems: [
      {
        file: files.map((f) => f.name).join(", "),
        line: 1,
        message:
          files.length === 2
            ? "of these two files, neither or both have a header with source and target columns"
            : `expected one network file, or a nodes CSV and an edges CSV; got ${files.length} files`,
        fix: "drop one file, or the two CSV files of one network (the edges file has source and target columns)",
      },
    ],
  };
}
