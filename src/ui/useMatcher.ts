import { useEffect, useState } from "react";
import type { Dataset } from "../model/types.ts";
import type { Search } from "../model/search.ts";

/** One matcher per network, shared by every box that asks (path ends, both of them). */
const built = new WeakMap<Dataset, Search>();

/**
 * The app's name matcher (both scripts, pinyin, small typos: src/model/search.ts) for a network,
 * loaded with its module when first asked for; null until it is here.
 */
export function useMatcher(dataset: Dataset, wanted = true): Search | null {
  const [found, setFound] = useState<{ dataset: Dataset; search: Search } | null>(() => {
    const search = built.get(dataset);
    return search ? { dataset, search } : null;
  });
  useEffect(() => {
    if (!wanted || found?.dataset === dataset) return;
    let live = true;
    void import("../model/search.ts").then(({ createSearch }) => {
      let search = built.get(dataset);
      if (!search) built.set(dataset, (search = createSearch(dataset.nodes)));
      if (live) setFound({ dataset, search });
    });
    return () => {
      live = false;
    };
  }, [dataset, wanted, found]);
  return found?.dataset === dataset ? found.search : null;
}
