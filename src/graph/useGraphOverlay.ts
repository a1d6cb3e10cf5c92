import { useEffect, useState } from "react";
import type { Core } from "cytoscape";
import type { GraphOverlay } from "./graphOverlay.ts";

/**
 * The overlay canvas of a large graph (graphOverlay.ts), loaded and laid over Cytoscape's when
 * `enabled`; null before it has loaded, and for small graphs.
 */
export function useGraphOverlay(cy: Core | null, enabled: boolean, dark: boolean) {
  const [overlay, setOverlay] = useState<GraphOverlay | null>(null);
  useEffect(() => {
    if (!cy || !enabled) return;
    let live = true;
    let made: GraphOverlay | null = null;
    void import("./graphOverlay.ts").then(({ createGraphOverlay }) => {
      if (!live || cy.destroyed()) return;
      made = createGraphOverlay(cy, dark);
      setOverlay(made);
    });
    return () => {
      live = false;
      made?.destroy();
      setOverlay(null);
    };
  }, [cy, enabled, dark]);
  return overlay;
}
