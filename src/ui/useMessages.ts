import { useAppStore } from "../state/store.ts";
import type { Lang } from "../state/view.ts";
import { EN, ZH, type Messages } from "./messages.ts";
import { useCallback, useMemo } from "react";
import type { Dataset, GraphEdge, GraphNode } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";

export function browserLang(): Lang {
  return typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("zh")
    ? "zh"
    : "en";
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang) ?? browserLang();
}

export function useMessages(): Messages {
  return useLang() === "zh" ? ZH : EN;
}

/** A node's label in the UI language: the Chinese label where there is one. */
export function nodeLabel(node: Pick<GraphNode, "label" | "labelZh">, lang: Lang): string {
  return lang === "zh" && node.labelZh ? node.labelZh : node.label;
}

/** id → label in the UI language, for naming the ends of relations. */
export function useNodeLabel(dataset: Dataset): (id: string) => string {
  const lang = useLang();
  return useMemo(() => {
    const byId = indexDataset(dataset).nodes;
    return (id: string) => {
      const n = byId.get(id);
      return n ? nodeLabel(n, lang) : id;
    };
  }, [dataset, lang]);
}

/** How a relation reads: the vocabulary's words, or an imported edge's own label. */
export function useRelationText(): (edge: Pick<GraphEdge, "type" | "label">) => string {
  const m = useMessages();
  return useCallback(
    (edge) => (edge.type === "related_to" ? edge.label : m.relationType[edge.type]),
    [m],
  );
}
