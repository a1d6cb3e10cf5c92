// What the first view does not need, loaded on demand (kept out of the first-view bundle).
import { createElement, lazy, type ComponentType } from "react";
import type { Part } from "../state/url.ts";

const load = {
  edge: () => import("../ui/EdgePanel.tsx"),
  node: () => import("../ui/NodePanel.tsx"),
  source: () => import("../ui/SourceReader.tsx"),
  path: () => import("../ui/PathPanel.tsx"),
  table: () => import("./Tables.tsx"),
  embed: () => import("./EmbedApp.tsx"),
  present: () => import("./PresentApp.tsx"),
} satisfies Record<Part, () => Promise<unknown>>;

/**
 * A lazily loaded component that renders at once when its code is already here: React.lazy
 * suspends on its first render even then, and React holds a shown fallback for 300 ms, which a
 * first click on an edge used to wait out (an empty panel for ~300 ms).
 */
function part<P extends object>(
  loader: () => Promise<unknown>,
  pick: (module: never) => ComponentType<P>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const get = () =>
    loader().then((m) => {
      loaded = pick(m as never);
      return { default: loaded };
    });
  const Lazy = lazy(get);
  const Part = (props: P) => createElement(loaded ?? Lazy, props);
  ready.set(loader, get);
  return Part;
}
/** The loader of each part made with `part`, for prefetching. */
const ready = new Map<() => Promise<unknown>, () => Promise<unknown>>();

export const EdgePanel = part(load.edge, (m: typeof import("../ui/EdgePanel.tsx")) => m.EdgePanel);
export const NodePanel = part(load.node, (m: typeof import("../ui/NodePanel.tsx")) => m.NodePanel);
export const SourceReader = part(
  load.source,
  (m: typeof import("../ui/SourceReader.tsx")) => m.SourceReader,
);
/** The bottom sheet's handle: phones only, once a panel opens. */
const loadSheetHandle = () => import("../ui/SheetHandle.tsx");
export const SheetHandle = part(
  loadSheetHandle,
  (m: typeof import("../ui/SheetHandle.tsx")) => m.SheetHandle,
);
export const PathPanel = lazy(() => load.path().then((m) => ({ default: m.PathPanel })));
export const FiltersPanel = lazy(() =>
  import("../ui/FiltersPanel.tsx").then((m) => ({ default: m.FiltersPanel })),
);
export const PathFinder = lazy(() =>
  import("../ui/PathFinder.tsx").then((m) => ({ default: m.PathFinder })),
);
/** The tables: shown at once when prefetched (a plain lazy part would hold its fallback 300 ms). */
export const Tables = part(load.table, (m: typeof import("./Tables.tsx")) => m.Tables);
export const EmbedApp = lazy(() => load.embed().then((m) => ({ default: m.EmbedApp })));
export const PresentApp = lazy(() => load.present().then((m) => ({ default: m.PresentApp })));

/**
 * Starts fetching the parts the address asks for while the data downloads, instead of after it.
 * A failed fetch is left to the component that needs the part (it shows the error).
 */
export function preload(parts: readonly Part[]) {
  for (const part of parts) load[part]().catch(() => undefined);
}

/**
 * Once the graph is drawn, fetches the panels a first click opens (an edge's, a node's, the
 * reader, the tables) in idle time, so that the first click shows its content as soon as later ones do.
 */
export function prefetchPanels() {
  const fetchAll = () => {
    for (const loader of [load.edge, load.node, load.source, loadSheetHandle, load.table])
      ready
        .get(loader)?.()
        .catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(fetchAll, { timeout: 2000 });
  else setTimeout(fetchAll, 200);
}
