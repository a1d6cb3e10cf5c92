// An imported network → the output contract. Types outside the vocabulary become "entity" /
// "related_to" with the file's own type kept beside them; edges without quotes stay unsourced.
import type { GraphEdge, UnplacedDataset, UnplacedNode, Position } from "../types.ts";
import { UNTYPED, type ImportedDataset } from "./importedDataset.ts";

export interface ContractImport {
  dataset: UnplacedDataset;
  /** Positions given by the file for every node, or null when a layout is needed. */
  positions: Map<string, Position> | null;
}

export function importedToContract(d: ImportedDataset): ContractImport {
  const nodes: UnplacedNode[] = d.nodes.map((n) => ({
    id: n.id,
    type: n.nodeType ?? "entity",
    label: n.label,
    aliases: n.aliases,
    ...(!n.nodeType && n.type !== UNTYPED ? { rawType: n.type } : {}),
    ...(Object.keys(n.attributes).length ? { attributes: { ...n.attributes } } : {}),
  }));
  const edges: GraphEdge[] = d.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.relationType ?? "related_to",
    label: e.label || "related to",
    certainty: e.certainty,
    evidence: e.evidence,
    ...(e.unsourced ? { unsourced: true as const } : {}),
    ...(e.directed ? {} : { undirected: true as const }),
    ...(e.weight === undefined ? {} : { weight: e.weight }),
    ...(!e.relationType && e.type !== UNTYPED ? { rawType: e.type } : {}),
  }));
  const all = d.nodes.every((n) => n.position);
  const positions = all ? new Map(d.nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }])) : null;
  return { dataset: { schemaVersion: 1, sources: d.sources, nodes, edges }, positions };
}
