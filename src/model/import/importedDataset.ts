// What importedToDataset produces: a dataset without positions whose types are kept as the file
// gives them (the vocabulary match is beside them), and whose edges say how they are sourced.
import type { Evidence, Position, Source } from "../types.ts";
import type { NodeType, RelationType } from "../vocabulary.ts";
import type { AttributeValue } from "./types.ts";

/** The type of a node or edge whose file gives none. */
export const UNTYPED = "untyped";

export interface ImportedDatasetNode {
  id: string;
  /** As the file gives it, or "untyped". */
  type: string;
  /** Set when `type` is one of Quotegraph's node types. */
  nodeType?: NodeType;
  label: string;
  aliases: string[];
  position?: Position;
  attributes: Record<string, AttributeValue>;
}

/** A quote whose source text is not in the file: it cannot be checked, so it is not evidence. */
export interface UnverifiedQuote {
  quote: string;
  sourceId?: string;
  translation?: string;
}

export interface ImportedDatasetEdge {
  /** `<source>--<type>--<target>`, with `--2`, `--3` … when that is taken. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** Set when `type` (or the label) is one of Quotegraph's relation types. */
  relationType?: RelationType;
  label: string;
  weight?: number;
  directed: boolean;
  certainty: "stated";
  evidence: Evidence[];
  /** No quote located in a source text supports this edge. */
  unsourced: boolean;
  unverifiedQuotes?: UnverifiedQuote[];
  /** How many records of the file this edge stands for (1 unless duplicates were merged). */
  count: number;
  attributes: Record<string, AttributeValue>;
}

export interface ImportedDataset {
  schemaVersion: 1;
  sources: Source[];
  nodes: ImportedDatasetNode[];
  edges: ImportedDatasetEdge[];
}
