// Colour and shape per node type: both, so colour is never the only carrier of meaning.
// No Cytoscape import here: the legend (src/ui) reads these too.
import type { NodeType } from "../model/vocabulary.ts";

export type NodeShape =
  "ellipse" | "rectangle" | "round-rectangle" | "triangle" | "diamond" | "hexagon" | "star" | "vee";

export const TYPE_STYLE: Record<NodeType, { color: string; shape: NodeShape }> = {
  person: { color: "#2563eb", shape: "ellipse" },
  paper: { color: "#b45309", shape: "rectangle" },
  company: { color: "#dc2626", shape: "round-rectangle" },
  university: { color: "#15803d", shape: "triangle" },
  lab: { color: "#7c3aed", shape: "diamond" },
  project: { color: "#0e7490", shape: "hexagon" },
  funder: { color: "#be185d", shape: "star" },
  venue: { color: "#4b5563", shape: "vee" },
  entity: { color: "#64748b", shape: "ellipse" },
};
