// The compiled dataset: the public output contract (dist/graph.json), documented in data/README.md.
import type { NodeType, RelationType } from "./vocabulary.ts";
import type { Story } from "./stories.ts";

export type Certainty = "stated" | "hedged" | "disputed";

export interface Evidence {
  sourceId: string;
  quote: string;
  /** UTF-16 offsets into the source text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  translation: string;
  hedged?: true;
  hedgeWords?: string[];
  contradicts?: true;
  note?: string;
}

export interface Source {
  id: string;
  title: string;
  titleEn?: string;
  publisher: string;
  author?: string;
  published?: string;
  language: string;
  url?: string;
  originalFile?: string;
  note?: string;
  text: string;
}

export interface Fact {
  id: string;
  text: string;
  evidence: Evidence[];
}

export interface Position {
  x: number;
  y: number;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  labelZh?: string;
  /** A shorter name for the canvas, where the label is a long title. */
  shortLabel?: string;
  aliases: string[];
  summary?: string;
  position: Position;
  facts?: Fact[];
  /** normalized search keys, baked at build */
  searchKeys?: string[];
  /** Imported data: the file's own type when it is outside the vocabulary (type is then "entity"). */
  rawType?: string;
  /** Imported data: the file's other attributes, kept as given. */
  attributes?: Record<string, string | number | boolean>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  from?: string;
  to?: string;
  role?: string;
  certainty: Certainty;
  evidence: Evidence[];
  /**
   * No quote supports this relation (imported data, or authored `unsourced: true`): the data
   * asserts it, no source does. Shown in its own style and filterable; evidence is empty.
   */
  unsourced?: true;
  /** Imported data: an undirected link (drawn without an arrow). */
  undirected?: true;
  weight?: number;
  rawType?: string;
}

export interface Dataset {
  schemaVersion: 1;
  /** What the network is, shown as the app's subtitle (imported networks: the file name). */
  title?: string;
  sources: Source[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Guided tours for presentation mode (data/stories/). */
  stories?: Story[];
  /** The style the network opens with, baked by `npm run bundle -- --color-by/--size-by`. */
  style?: { color: string; size: string };
}

/** A dataset before the layout step: nodes have no position yet. */
export type UnplacedNode = Omit<GraphNode, "position">;
export interface UnplacedDataset {
  schemaVersion: 1;
  sources: Source[];
  nodes: UnplacedNode[];
  edges: GraphEdge[];
  stories?: Story[];
}
