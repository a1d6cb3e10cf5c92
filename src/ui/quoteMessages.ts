// UI text for quote search and mentions, in English and Simplified Chinese: only the lazily loaded
// parts (search results, the reader, the node panel) use it, so it stays out of the first view.
import { useLang } from "./useMessages.ts";

export const QUOTE_EN = {
  searchEntities: "Entities",
  searchRelations: "Relations",
  searchSources: "Sources",
  inTranslation: "translation",
  quoteCount: (n: number, q: string) =>
    `${n} relation${n === 1 ? "" : "s"} quote${n === 1 ? "s" : ""} “${q}”`,
  mentionsTitle: "Mentions in sources",
  mentionCount: (n: number) => `${n} mention${n === 1 ? "" : "s"}`,
  selectEntity: (name: string) => `Select ${name}`,
  suggestion: (a: string, b: string) => `Names ${a} and ${b}; no relation cites this sentence`,
};

export type QuoteMessages = typeof QUOTE_EN;

export const QUOTE_ZH: QuoteMessages = {
  searchEntities: "实体",
  searchRelations: "关系",
  searchSources: "来源",
  inTranslation: "译文",
  quoteCount: (n, q) => `${n} 条关系的引文提到「${q}」`,
  mentionsTitle: "来源中的提及",
  mentionCount: (n) => `提及 ${n} 次`,
  selectEntity: (name) => `选中 ${name}`,
  suggestion: (a, b) => `提到 ${a} 和 ${b}；尚无关系引用此句`,
};

export function useQuoteMessages(): QuoteMessages {
  return useLang() === "zh" ? QUOTE_ZH : QUOTE_EN;
}
