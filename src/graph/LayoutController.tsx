import { useEffect } from "react";
import type { Core } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { placed } from "./elements.ts";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * Renderless: run > 0 re-runs the force layout live (fcose, loaded on demand so the first view
 * does not carry it); run = 0 puts every node back at its baked position.
 */
export function LayoutController({
  cy,
  dataset,
  run,
  portrait,
}: {
  cy: Core | null;
  dataset: Dataset;
  run: number;
  /** Baked positions are shown turned a quarter (see toElements). */
  portrait: boolean;
}) {
  useEffect(() => {
    if (!cy) return;
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
  }, [cy, dataset, run, portrait]);
  return null;
}

function atBakedPositions(cy: Core, positions: Map<string, { x: number; y: number }>): boolean {
  for (const n of cy.nodes()) {
    const baked = positions.get(n.id());
    const now = n.position();
    if (baked === undefined || baked.x !== now.x || baked.y !== now.y) return false;
  }
  return true;
}
