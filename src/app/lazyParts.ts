// What the first view does not need, loaded on demand (kept out of the first-view bundle).
import { lazy } from "react";

export const EdgePanel = lazy(() =>
  import("../ui/EdgePanel.tsx").then((m) => ({ default: m.EdgePanel })),
);
export const NodePanel = lazy(() =>
  import("../ui/NodePanel.tsx").then((m) => ({ default: m.NodePanel })),
);
export const SourceReader = lazy(() =>
  import("../ui/SourceReader.tsx").then((m) => ({ default: m.SourceReader })),
);
export const PathPanel = lazy(() =>
  import("../ui/PathPanel.tsx").then((m) => ({ default: m.PathPanel })),
);
export const FiltersPanel = lazy(() =>
  import("../ui/FiltersPanel.tsx").then((m) => ({ default: m.FiltersPanel })),
);
export const PathFinder = lazy(() =>
  import("../ui/PathFinder.tsx").then((m) => ({ default: m.PathFinder })),
);
export const Tables = lazy(() => import("./Tables.tsx").then((m) => ({ default: m.Tables })));
export const EmbedApp = lazy(() => import("./EmbedApp.tsx").then((m) => ({ default: m.EmbedApp })));
export const PresentApp = lazy(() =>
  import("./PresentApp.tsx").then((m) => ({ default: m.PresentApp })),
);
