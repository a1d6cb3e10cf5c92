// The closed vocabularies of node and relation types. Documented in data/README.md.

export const NODE_TYPES = [
  "person",
  "paper",
  "company",
  "university",
  "lab",
  "project",
  "funder",
  "venue",
  "entity",
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export interface RelationTypeInfo {
  label: string;
  from: readonly NodeType[];
  to: readonly NodeType[];
  /** Undirected relations are stored with their two ids in alphabetical order. */
  undirected?: true;
}

export const RELATION_TYPES = {
  studied_at: { label: "studied at", from: ["person"], to: ["university", "lab"] },
  worked_at: { label: "worked at", from: ["person"], to: ["company", "lab", "university"] },
  interned_at: { label: "interned at", from: ["person"], to: ["company", "lab"] },
  advised_by: { label: "advised by", from: ["person"], to: ["person"] },
  authored: { label: "authored", from: ["person", "company", "lab"], to: ["paper"] },
  collaborated_with: {
    label: "collaborated with",
    from: ["person"],
    to: ["person"],
    undirected: true,
  },
  family_of: { label: "family of", from: ["person"], to: ["person"], undirected: true },
  contributed_to: { label: "contributed to", from: ["person"], to: ["project", "paper"] },
  leads: { label: "leads", from: ["person"], to: ["project", "company", "lab"] },
  developed: { label: "developed", from: ["person", "company", "lab"], to: ["project"] },
  builds_on: { label: "builds on", from: ["paper", "project"], to: ["paper", "project"] },
  part_of: {
    label: "part of",
    from: ["lab", "paper", "project"],
    to: ["company", "university", "paper", "lab"],
  },
  funded_by: { label: "funded by", from: ["person", "paper", "project"], to: ["funder"] },
  published_in: { label: "published in", from: ["paper"], to: ["venue"] },
  rejected_by: { label: "rejected by", from: ["paper"], to: ["venue"] },
  // For imported networks whose relations are outside this vocabulary: the edge's own label says
  // what it is.
  related_to: { label: "related to", from: NODE_TYPES, to: NODE_TYPES },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export function relationInfo(type: RelationType): RelationTypeInfo {
  return RELATION_TYPES[type];
}
