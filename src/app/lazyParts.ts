// What the first view does not need, loaded on demand (kept out of the first-view bundle).
import { lazy } from "react";
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

export const EdgePanel = lazy(() => load.edge().then((m) => ({ default: m.EdgePanel })));
export const NodePanel = lazy(() => load.node().then((m) => ({ default: m.NodePanel })));
export const SourceReader = lazy(() => load.source().then((m) => ({ default: m.SourceReader })));
export const PathPanel = lazy(() => load.path().then((m) => ({ default: m.PathPanel })));
export const FiltersPanel = lazy(() =>
  import("../ui/FiltersPanel.tsx").then((m) => ({ default: m.FiltersPanel })),
);
export const PathFinder = lazy(() =>
  import("../ui/PathFinder.tsx").then((m) => ({ default: m.PathFinder })),
);
export const Tables = lazy(() => load.table().then((m) => ({ default: m.Tables })));
export const EmbedApp = lazy(() => load.embed().then((m) => ({ default: m.EmbedApp })));
export const PresentApp = lazy(() => load.present().then((m) => ({ default: m.PresentApp })));

/**
 * Starts fetching the parts the address asks for while the data downloads, instead of after it.
 * A failed fetch is left to the component that needs the part (it shows the error).
 */
export function preload(parts: readonly Part[]) {
  for (const part of parts) load[part]().catch(() => undefined);
}
