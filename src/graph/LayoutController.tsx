import { useEffect, useRef, useState } from "react";
import type { Core } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { placed } from "./elements.ts";
import { LAYOUT_SEED } from "./layoutSeed.ts";
import type { RelayoutHandle } from "./relayoutLarge.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";

export interface LayoutLabels {
  /** Shown beside the progress bar while a large graph is laid out. */
  running: string;
  stop: string;
}

const ENGLISH: LayoutLabels = { running: "Laying out", stop: "Stop" };

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * run > 0 re-runs the force layout: live fcose (loaded on demand so the first view does not carry
 * it) up to LARGE_GRAPH elements; above, the multilevel ForceAtlas2 in a worker, with a progress
 * bar and a Stop button that keeps the positions reached so far (relayoutLarge.ts). run = 0 puts
 * every node back at its baked position.
 */
export function LayoutController({
  cy,
  dataset,
  run,
  portrait,
  labels = ENGLISH,
}: {
  cy: Core | null;
  dataset: Dataset;
  run: number;
  /** Baked positions are shown turned a quarter (see toElements). */
  portrait: boolean;
  labels?: LayoutLabels;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const handle = useRef<RelayoutHandle | null>(null);
  const large = dataset.nodes.length + dataset.edges.length > LARGE_GRAPH;
  useEffect(() => {
    if (!cy || !large || run === 0) return;
    let cancelled = false;
    void import("./relayoutLarge.ts").then(({ relayoutLarge }) => {
      if (cancelled) return;
      setProgress(0);
      handle.current = relayoutLarge(cy, LAYOUT_SEED + run, {
        progress: (p) => setProgress(p),
        done: () => {
          handle.current = null;
          setProgress(null);
        },
      });
    });
    return () => {
      cancelled = true;
      handle.current?.cancel();
      handle.current = null;
      setProgress(null);
    };
  }, [cy, dataset, large, run]);
  useEffect(() => {
    if (!cy || (large && run > 0)) return;
    const animate = !reducedMotion();
    if (run === 0) {
      const positions = new Map(dataset.nodes.map((n) => [n.id, placed(n.position, portrait)]));
      // On first draw every node already sits where it was baked: nothing to animate.
      if (atBakedPositions(cy, positions)) return;
      cy.nodes()
        .layout({
          name: "preset",
          positions: (n: { id(): string }) => positions.get(n.id()) ?? { x: 0, y: 0 },
          animate,
          animationDuration: 500,
          fit: false,
        } as unknown as cytoscape.LayoutOptions)
        .run();
      return;
    }
    let cancelled = false;
    let layout: cytoscape.Layouts | undefined;
    void import("./registerFcose.ts").then(({ registerFcose }) => {
      if (cancelled) return;
      registerFcose();
      layout = cy.elements(":visible").layout({
        name: "fcose",
        quality: "default",
        randomize: true,
        animate,
        animationDuration: 1000,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 45000,
        idealEdgeLength: () => 110,
      } as cytoscape.LayoutOptions);
      layout.run();
    });
    return () => {
      cancelled = true;
      layout?.stop();
    };
  }, [cy, dataset, run, portrait, large]);
  if (progress === null) return null;
  return (
    <div className="layout-progress" role="status">
      <span>{labels.running}</span>
      <progress max={1} value={progress} aria-label={labels.running} />
      <button type="button" onClick={() => handle.current?.stop()}>
        {labels.stop}
      </button>
    </div>
  );
}

function atBakedPositions(cy: Core, positions: Map<string, { x: number; y: number }>): boolean {
  for (const n of cy.nodes()) {
    const baked = positions.get(n.id());
    const now = n.position();
    if (baked === undefined || baked.x !== now.x || baked.y !== now.y) return false;
  }
  return true;
}
