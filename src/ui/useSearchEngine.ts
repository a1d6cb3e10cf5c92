import { useCallback, useEffect, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import type { SearchEngine } from "./searchEngine.ts";

/**
 * The search engine (src/ui/searchEngine.ts: matchers, script fold, results list) loads once the
 * graph is drawn and the page is idle, or when the reader first reaches for search; it is built
 * again for a network opened in place.
 */
export function useSearchEngine(dataset: Dataset): { engine: SearchEngine | null; load(): void } {
  const [built, setBuilt] = useState<{ dataset: Dataset; engine: SearchEngine } | null>(null);
  const load = useCallback(() => {
    void import("./searchEngine.ts")
      .then((m) => m.createEngine(dataset))
      .then((engine) =>
        setBuilt((prev) => (prev?.dataset === dataset ? prev : { dataset, engine })),
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
