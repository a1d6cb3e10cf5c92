import { useCallback, useEffect, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core, EventObject } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { toElements } from "./elements.ts";
import { STYLESHEET } from "./stylesheet.ts";
import { SelectionController } from "./SelectionController.tsx";
import { exposeTestHandle } from "./testHandle.ts";

const LAYOUT = { name: "preset", fit: true, padding: 40 } as const;
const STYLE = { width: "100%", height: "100%" } as const;

export interface GraphCanvasProps {
  dataset: Dataset;
  selectedId: string | null;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClear(): void;
}

export function GraphCanvas({
  dataset,
  selectedId,
  onSelectNode,
  onSelectEdge,
  onClear,
}: GraphCanvasProps) {
  const elements = useMemo(() => toElements(dataset), [dataset]);
  const [cy, setCy] = useState<Core | null>(null);
  // react-cytoscapejs calls this after every update: keep the first instance only.
  const capture = useCallback((instance: Core) => setCy((prev) => prev ?? instance), []);

  useEffect(() => {
    if (!cy) return;
    const onTapNode = (e: EventObject) => onSelectNode(e.target.id());
    const onTapEdge = (e: EventObject) => onSelectEdge(e.target.id());
    const onTapBackground = (e: EventObject) => {
      if (e.target === cy) onClear();
    };
    cy.on("tap", "node", onTapNode);
    cy.on("tap", "edge", onTapEdge);
    cy.on("tap", onTapBackground);
    return () => {
      cy.off("tap", "node", onTapNode);
      cy.off("tap", "edge", onTapEdge);
      cy.off("tap", onTapBackground);
    };
  }, [cy, onSelectNode, onSelectEdge, onClear]);

  useEffect(() => {
    if (!cy) return;
    exposeTestHandle(cy);
    performance.mark("graph-ready");
  }, [cy]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        layout={LAYOUT}
        style={STYLE}
        cy={capture}
        boxSelectionEnabled={false}
        minZoom={0.2}
        maxZoom={4}
      />
      <SelectionController cy={cy} selectedId={selectedId} />
    </div>
  );
}
