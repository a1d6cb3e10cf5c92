// The caps the compiler puts on authored data, applied to imported networks as they are read, so
// that `npm run import`, `npm run bundle` and "Open file" refuse the same things, with a line.
// SUSPICIOUS is schema.ts's (a copy, so that the browser's importer does not load zod; a test
// keeps the two equal).
import { clip } from "../problems.ts";
import type { AttributeValue, ImportedEdge, ImportedNode } from "./types.ts";

/** An id is also an alias (and, without a label, the label) of the node it names. */
export const MAX_ID_CHARS = 200;
/** As in schema.ts: labels 200, other free text (types, edge labels, translations) 2,000. */
export const MAX_LABEL_CHARS = 200;
export const MAX_TEXT_CHARS = 2000;
export const MAX_ATTRIBUTES = 256;
export const MAX_ATTRIBUTE_CHARS = 10_000;

export const SUSPICIOUS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

export interface CapProblem {
  message: string;
  fix: string;
}

function describeChar(c: string): string {
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u.test(c))
    return `a text-direction control (${code})`;
  if (/[\u200B-\u200D\u2060\uFEFF]/u.test(c)) return `a zero-width character (${code})`;
  return `a control character (${code})`;
}

const n = (x: number) => x.toLocaleString("en-US");

/** A text field of a node or edge: not over `max` characters, no hidden characters. */
export function checkText(what: string, value: string, max: number): CapProblem | undefined {
  if (value.length > max) {
    return {
      message: `${what} is ${n(value.length)} characters long; the limit is ${n(max)}`,
      fix: "shorten it in the file (a long text belongs in an attribute or a source)",
    };
  }
  const found = SUSPICIOUS.exec(value);
  if (found) {
    return {
      message: `${what} contains ${describeChar(found[0])} at character ${found.index + 1}, which can hide or disguise text`,
      fix: "delete that character in the file (retype the text if you cannot see it)",
    };
  }
  return undefined;
}

function checkId(what: string, id: string): CapProblem | undefined {
  if (id.length <= MAX_ID_CHARS) return checkText(what, id, MAX_ID_CHARS);
  return {
    message: `${what} "${clip(id)}" is ${n(id.length)} characters long; the limit is ${n(MAX_ID_CHARS)}`,
    fix: "give the node a shorter id (a long text belongs in its label or an attribute)",
  };
}

function checkAttributes(attrs: Record<string, AttributeValue>): CapProblem | undefined {
  const keys = Object.keys(attrs);
  if (keys.length > MAX_ATTRIBUTES) {
    return {
      message: `${n(keys.length)} attributes; the importer keeps at most ${n(MAX_ATTRIBUTES)} per node or edge`,
      fix: "leave out the attributes you do not need before importing",
    };
  }
  for (const key of keys) {
    const value = attrs[key];
    if (key.length > MAX_LABEL_CHARS) {
      return {
        message: `attribute name "${clip(key)}" is ${n(key.length)} characters long; the limit is ${n(MAX_LABEL_CHARS)}`,
        fix: "give the attribute a shorter name",
      };
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      return {
        message: `attribute "${clip(key)}" is ${String(value)}, not a finite number`,
        fix: "write a number (1e308 is the largest), or leave the value empty",
      };
    }
    if (typeof value === "string" && value.length > MAX_ATTRIBUTE_CHARS) {
      return {
        message: `attribute "${clip(key)}" is ${n(value.length)} characters long; the limit is ${n(MAX_ATTRIBUTE_CHARS)}`,
        fix: "shorten the value, or leave the attribute out",
      };
    }
  }
  return undefined;
}

function checkPosition(p: { x: number; y: number } | undefined): CapProblem | undefined {
  if (!p || (Number.isFinite(p.x) && Number.isFinite(p.y))) return undefined;
  return {
    message: `the position (${String(p.x)}, ${String(p.y)}) is not a pair of finite numbers`,
    fix: "write x and y as ordinary numbers, or leave the position out",
  };
}

export function checkNode(node: ImportedNode): CapProblem | undefined {
  const label = node.label?.trim() || node.id;
  return (
    checkId("node id", node.id) ??
    checkText(node.label?.trim() ? "label" : "label (the node's id)", label, MAX_LABEL_CHARS) ??
    (node.type === undefined ? undefined : checkText("type", node.type.trim(), MAX_TEXT_CHARS)) ??
    checkPosition(node.position) ??
    checkAttributes(node.attributes)
  );
}

export function checkEdge(edge: ImportedEdge): CapProblem | undefined {
  const text = (what: string, v: string | undefined) =>
    v === undefined ? undefined : checkText(what, v.trim(), MAX_TEXT_CHARS);
  return (
    checkId("source", edge.source) ??
    checkId("target", edge.target) ??
    text("label", edge.label) ??
    text("type", edge.type) ??
    text("translation", edge.translation) ??
    (edge.weight === undefined || Number.isFinite(edge.weight)
      ? undefined
      : {
          message: `weight ${String(edge.weight)} is not a finite number`,
          fix: "write a number",
        }) ??
    checkAttributes(edge.attributes)
  );
}
