import { useEffect, useLayoutEffect, useState } from "react";
import type { Core, StylesheetJson } from "cytoscape";
import type { BasePainter } from "./basePainter.ts";

type Painting = typeof import("./basePainter.ts");

/**
 * A large graph's own drawing (basePainter.ts) when `enabled`: its module loads with the graph
 * (`ready` once it has, or failed to: the canvas waits for it, as for the stylesheet), and the
 * painter is laid under Cytoscape's canvas in the task that creates Cytoscape, before its first
 * frame, so that Cytoscape never draws the whole graph. Made again for a new stylesheet (it reads
 * each element's look). `painter` is null for small graphs, and where Cytoscape's renderer lacks
 * the hooks it narrows (Cytoscape then draws everything itself).
 */
export function useBasePainter(
  cy: Core | null,
  enabled: boolean,
  stylesheet: StylesheetJson | null,
): { ready: boolean; painter: BasePainter | null } {
  const [painting, setPainting] = useState<Painting | "failed" | null>(null);
  useEffect(() => {
    if (!enabled || painting) return;
    let live = true;
    import("./basePainter.ts").then(
      (m) => live && setPainting(m),
      () => live && setPainting("failed"),
    );
    return () => {
      live = false;
    };
  }, [enabled, painting]);
  const [painter, setPainter] = useState<BasePainter | null>(null);
  useLayoutEffect(() => {
    if (!cy || !enabled || !stylesheet || !painting || painting === "failed") return;
    // Made here, in the task that created Cytoscape and before its first frame; its consumers
    // (VisibilityController) hear of it on the render this state change brings.
    const made = painting.createBasePainter(cy);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above: no frame between
    setPainter(made);
    return () => {
      made?.destroy();
      setPainter(null);
    };
  }, [cy, enabled, stylesheet, painting]);
  return { ready: !enabled || painting !== null, painter };
}
