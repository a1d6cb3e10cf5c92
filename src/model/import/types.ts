// Bring-your-own-network import: the intermediate graph every format parser produces, and the
// report that importedToDataset gives back. Pure TS: runs in the browser and in Node.
import type { Problem } from "../problems.ts";

export type AttributeValue = string | number | boolean;

export interface ImportedNode {
  id: string;
  label?: string;
  type?: string;
  attributes: Record<string, AttributeValue>;
  position?: { x: number; y: number };
}

export interface ImportedEdge {
  /** The id the file gives the edge, if any (not used for the dataset's edge ids). */
  id?: string;
  source: string;
  target: string;
  label?: string;
  type?: string;
  weight?: number;
  directed: boolean;
  /** A verbatim quote that supports the edge, and the id of the source it comes from. */
  quote?: string;
  sourceId?: string;
  translation?: string;
  attributes: Record<string, AttributeValue>;
}

export interface ImportedSource {
  id: string;
  title?: string;
  text?: string;
  url?: string;
}

export interface ImportedGraph {
  nodes: ImportedNode[];
  edges: ImportedEdge[];
  sources?: ImportedSource[];
  /** e.g. "GEXF 1.3", "GraphML", "SNAP edge list" (set by the parsers). */
  format?: string;
  /** Decisions the parser made (defaults, fallbacks), for the import report. */
  notes?: string[];
}

export type ParseResult = { ok: true; graph: ImportedGraph } | { ok: false; problems: Problem[] };

export type GraphParser = (text: string, fileName: string) => ParseResult;

/** A network file as read: its name (for messages and format detection) and its text. */
export interface NetworkFile {
  name: string;
  text: string;
}

export interface ImportReport {
  format: string;
  /** Counts after merging. */
  nodes: number;
  edges: number;
  /** Records merged into an edge already seen with the same ends, type and label. */
  duplicateEdges: number;
  /** Undirected records merged into the same edge given the other way round (B–A after A–B). */
  reciprocalEdges: number;
  selfLoops: number;
  /** Nodes with no edge at all. */
  isolatedNodes: number;
  /** True when every node has a position from the file. */
  positions: boolean;
  /** Every decision the import made, in plain words. */
  notes: string[];
}

/**
 * An empty attribute bag without a prototype: a file's attribute named `__proto__` (or
 * `constructor`) is then an attribute like any other, not a prototype to set or ignore.
 */
export function attributeBag<T = AttributeValue>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
