// The search box's engine, loaded after the first view (src/ui/useSearchEngine.ts): the entity
// matcher (src/model/search.ts), the quote search with the script fold, and the results list.
import type { ComponentType } from "react";
import type { Dataset } from "../model/types.ts";
import { createSearch } from "../model/search.ts";
import { createQuoteSearch } from "../model/quoteSearch.ts";
import { loadScriptFold } from "../model/loadScriptFold.ts";
import {
  SearchCount,
  SearchResults,
  type SearchOption,
  type SearchResultsProps,
} from "./SearchResults.tsx";

const ENTITIES = 6;
const RELATIONS = 5;
const SOURCES = 3;

export interface SearchEngine {
  /** Entities, then relations by their quotes, then sources by title: one list for the keyboard. */
  run(query: string): { options: SearchOption[]; matchingEdges: string[] };
  Results: ComponentType<SearchResultsProps>;
  Count: typeof SearchCount;
}

export async function createEngine(dataset: Dataset): Promise<SearchEngine> {
  const nodes = createSearch(dataset.nodes);
  const quotes = createQuoteSearch(dataset, await loadScriptFold());
  return {
    run(query) {
      const q = query.trim();
      if (!q) return { options: [], matchingEdges: [] };
      const relations = quotes.relations(q);
      return {
        options: [
          ...nodes(q, ENTITIES).map((hit) => ({ kind: "node" as const, hit })),
          ...relations.slice(0, RELATIONS).map((hit) => ({ kind: "relation" as const, hit })),
          ...quotes.sources(q, SOURCES).map((hit) => ({ kind: "source" as const, hit })),
        ],
        matchingEdges: relations.map((r) => r.edgeId),
      };
    },
    Results: SearchResults,
    Count: SearchCount,
  };
}
