import type { ElementDefinition } from "cytoscape";
import type { Dataset } from "../model/types.ts";

/** Dataset → Cytoscape elements, with baked positions (shown by the preset layout). */
export function toElements(dataset: Dataset, labelOf: (id: string) => string): ElementDefinition[] {
  return [
    ...dataset.nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id, label: labelOf(n.id), type: n.type },
      position: { ...n.position },
    })),
    ...dataset.edges.map((e) => ({
      group: "edges" as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        certainty: e.certainty,
        unsourced: e.unsourced === true,
        undirected: e.undirected === true,
      },
    })),
  ];
}
