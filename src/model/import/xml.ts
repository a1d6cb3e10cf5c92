// Safe XML reading for GEXF and GraphML: entity declarations refused, well-formedness checked
// with a located message, elements matched by local name (any namespace), lines kept.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Problem } from "../problems.ts";
import { inputTooLarge } from "./limits.ts";
import { checkMarkup, MAX_XML_DEPTH, validatorMessage } from "./xmlMarkup.ts";
import { clip } from "../problems.ts";
import { lineIndex, type LineOf } from "./lines.ts";
import type { GraphBuilder } from "./builder.ts";

/** An element: attributes under "$", text under "#text", child elements by local name. */
export interface XmlElement {
  $?: Record<string, string>;
  "#text"?: string;
  [child: string]: unknown;
}

export interface XmlDocument {
  root: XmlElement;
  rootName: string;
  /** The default namespace of the root element, e.g. http://gexf.net/1.3. */
  namespace: string | undefined;
  lineOf(element: XmlElement): number | undefined;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const ENTITY = /<!ENTITY/i;

/** Names the parser refuses as property names: kept, under a name no format uses. */
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);
const safeName = (name: string) => (RESERVED.has(name) ? `#reserved-${name}` : name);

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: "",
  attributesGroupName: "$",
  removeNSPrefix: true,
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (_name: string, _path: unknown, _leaf: unknown, isAttribute: boolean) => !isAttribute,
  transformTagName: safeName,
  transformAttributeName: safeName,
  // checkMarkup refuses deeper files first, with a line.
  maxNestedTags: MAX_XML_DEPTH + 10,
} as const;

export function readXml(
  text: string,
  file: string,
): { ok: true; doc: XmlDocument } | { ok: false; problem: Problem } {
  const big = inputTooLarge(text, file);
  if (big) return { ok: false, problem: big };
  const lineOf = lineIndex(text);
  const entity = ENTITY.exec(text);
  if (entity && /<!DOCTYPE/i.test(text.slice(0, entity.index))) {
    return {
      ok: false,
      problem: {
        file,
        line: lineOf(entity.index),
        message:
          "XML entity declarations are not allowed (they can expand without limit or read other files)",
        fix: "remove the DOCTYPE",
      },
    };
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    return {
      ok: false,
      problem: {
        file,
        line: valid.err.line,
        message: `this is not well-formed XML: ${validatorMessage(valid.err.msg)}`,
        fix: "check that every tag near that line is closed, in order, and that attribute values are quoted (the file may be cut short)",
      },
    };
  }
  // The validator lets through what the parser then throws on (odd markup, deep nesting):
  // check those here, with a line, and hand the parser the text without DTD and PIs.
  const markup = checkMarkup(text);
  if ("at" in markup) {
    return {
      ok: false,
      problem: { file, line: lineOf(markup.at), message: markup.message, fix: markup.fix },
    };
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = new XMLParser(PARSER_OPTIONS).parse(markup.text) as Record<string, unknown>;
  } catch (error) {
    // Not expected after the checks above; still a located message, never a stack trace.
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: `the XML reader stopped: ${clip(error instanceof Error ? error.message : String(error))}`,
        fix: "export the file again from the program that made it; if it still fails, report the file",
      },
    };
  }
  const rootName = Object.keys(parsed).find((k) => !k.startsWith("?") && k !== "#text");
  const root = rootName === undefined ? undefined : elements(parsed, rootName)[0];
  if (rootName === undefined || !root) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: "this XML file has no root element",
        fix: "export the network again as GEXF or GraphML",
      },
    };
  }
  const nsMatch = /<(?:[\w.-]+:)?[\w.-]+\s[^>]*?\bxmlns\s*=\s*["']([^"']*)["']/.exec(text);
  return {
    ok: true,
    doc: { root, rootName, namespace: nsMatch?.[1], lineOf: (el) => lineOfElement(el, lineOf) },
  };
}

function lineOfElement(el: XmlElement, lineOf: LineOf): number | undefined {
  const meta = (el as Record<symbol, { startIndex?: number } | undefined>)[META];
  return meta?.startIndex === undefined ? undefined : lineOf(meta.startIndex);
}

/** Child elements by local name; text-only children come back as { "#text" }. */
export function elements(parent: XmlElement | Record<string, unknown>, name: string): XmlElement[] {
  const value = parent[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v): XmlElement =>
    typeof v === "object" && v !== null ? (v as XmlElement) : { "#text": String(v) },
  );
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.$?.[name];
}

export function textOf(el: XmlElement): string {
  return el["#text"] ?? "";
}

/** Depth-first search for the first descendant with this local name (yFiles labels, geometry). */
export function findDeep(el: XmlElement, name: string, depth = 0): XmlElement | undefined {
  if (depth > 8) return undefined;
  for (const key of Object.keys(el)) {
    if (key === "$" || key === "#text") continue;
    for (const child of elements(el, key)) {
      if (key === name) return child;
      const found = findDeep(child, name, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The <graph> elements under the expected root, or null after reporting (at line 1) that the
 * file is not of that format or has no graph.
 */
export function graphsUnder(
  doc: XmlDocument,
  root: string,
  format: string,
  b: { problem(where: { line: number }, message: string, fix: string): void },
  fix: string,
): XmlElement[] | null {
  const graphs = elements(doc.root, "graph");
  if (doc.rootName === root && graphs.length > 0) return graphs;
  b.problem(
    { line: 1 },
    doc.rootName !== root
      ? `this is not a ${format} file: its root element is <${doc.rootName}>, not <${root}>`
      : `this ${format} file has no <graph> element`,
    fix,
  );
  return null;
}

/**
 * The <node> elements of a graph that have an id, each with its id and line; a node without an
 * id is reported (GEXF and GraphML alike) and skipped. Stops when the builder is full.
 */
export function* nodesWithIds(
  parent: XmlElement,
  doc: XmlDocument,
  b: Pick<GraphBuilder, "full" | "problem">,
): Generator<{ el: XmlElement; id: string; line: number | undefined }> {
  for (const el of elements(parent, "node")) {
    if (b.full) return;
    const line = doc.lineOf(el);
    const id = attr(el, "id");
    if (id === undefined) {
      b.problem({ line }, "this <node> has no id", 'add an id attribute: <node id="…">');
      continue;
    }
    yield { el, id, line };
  }
}

/** An <edge>'s two ends, or null after reporting which one is missing (GEXF and GraphML alike). */
export function edgeEnds(
  el: XmlElement,
  line: number | undefined,
  b: Pick<GraphBuilder, "problem">,
): { source: string; target: string } | null {
  const source = attr(el, "source");
  const target = attr(el, "target");
  if (source !== undefined && target !== undefined) return { source, target };
  const missing = source === undefined ? "source" : "target";
  b.problem({ line }, `this <edge> has no ${missing}`, `add ${missing}="<node id>" to the edge`);
  return null;
}
