import { useAppStore } from "../state/store.ts";
import type { Lang } from "../state/view.ts";
import { EN, ZH, type Messages } from "./messages.ts";
import type { GraphNode } from "../model/types.ts";

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
