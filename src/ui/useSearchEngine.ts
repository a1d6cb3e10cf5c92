import { useCallback, useEffect, useState } from "react";
import type { Dataset } from "../model/types.ts";
import type { Search } from "../model/search.ts";
import type { QuoteSearch } from "../model/quoteSearch.ts";
import { useAppStore } from "../state/store.ts";

export interface SearchEngine {
  /** Entities by name (src/model/search.ts: the matcher the path finder uses too). */
  nodes: Search;
  /** Quotes, translations and source titles, in either Chinese script. */
  quotes: QuoteSearch;
}

/**
 * The matchers load (with the script fold's character tables) once the graph is drawn and the page
 * is idle, or when the reader first reaches for search; built again for a network opened in place.
 */
export function useSearchEngine(dataset: Dataset): { engine: SearchEngine | null; load(): void } {
  const [built, setBuilt] = useState<{ dataset: Dataset; engine: SearchEngine } | null>(null);
  const load = useCallback(() => {
    void Promise.all([
      import("../model/search.ts"),
      import("../model/quoteSearch.ts"),
      import("../model/loadScriptFold.ts").then((m) => m.loadScriptFold()),
    ]).then(([{ createSearch }, { createQuoteSearch }, fold]) =>
      setBuilt((prev) =>
        prev?.dataset === dataset
          ? prev
          : {
              dataset,
              engine: {
                nodes: createSearch(dataset.nodes),
                quotes: createQuoteSearch(dataset, fold),
              },
            },
      ),
    );
  }, [dataset]);
  // Never before the first view is drawn, so it never delays it.
  const ready = useAppStore((s) => s.graphDrawn || s.mode !== "graph");
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(load);
  }, [ready, load]);
  return { engine: built?.dataset === dataset ? built.engine : null, load };
}
