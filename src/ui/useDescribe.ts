import { useMemo } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useLang, useMessages, useRelationText, nodeLabel } from "./useMessages.ts";

/**
 * A tooltip's text for a node or an edge, e.g. "Tim Brooks — studied at — UC Berkeley · 2 quotes
 * from 2 sources" or "Sora · Project / model · 21 relations". Always plain text.
 */
export function useDescribe(dataset: Dataset): (id: string) => string {
  const m = useMessages();
  const lang = useLang();
  const relationText = useRelationText();
  return useMemo(() => {
    const { nodes, edges, degree } = indexDataset(dataset);
    const name = (id: string) => {
      const n = nodes.get(id);
      return n ? nodeLabel(n, lang) : id;
    };
    return (id: string) => {
      const node = nodes.get(id);
      if (node) {
        const type = node.rawType ?? m.nodeType[node.type];
        return `${name(id)} · ${type} · ${m.relationCount(degree(id))}`;
      }
      const edge = edges.get(id);
      if (!edge) return "";
      const ends = `${name(edge.source)} — ${relationText(edge)} — ${name(edge.target)}`;
      if (edge.unsourced) return `${ends} · ${m.certaintyShort.unsourced}`;
      const sources = new Set(edge.evidence.map((e) => e.sourceId)).size;
      const grade = edge.certainty === "stated" ? "" : ` · ${m.certaintyShort[edge.certainty]}`;
      return `${ends} · ${m.quotesFrom(edge.evidence.length, sources)}${grade}`;
    };
  }, [dataset, lang, m, relationText]);
}
