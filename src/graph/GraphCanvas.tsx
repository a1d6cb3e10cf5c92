import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core, ElementDefinition, EventObject } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { toElements } from "./elements.ts";
import { LARGE_GRAPH, pickStylesheet } from "./stylesheet.ts";
import { StageLabelController } from "./StageLabelController.tsx";
import { SelectionController } from "./SelectionController.tsx";
import { VisibilityController, type Emphasis } from "./VisibilityController.tsx";
import { CameraController, type CameraState, type Insets } from "./CameraController.tsx";
import { LayoutController } from "./LayoutController.tsx";
import { LabelController } from "./LabelController.tsx";
import { exposeTestHandle } from "./testHandle.ts";
import { shallowDiff } from "./shallowDiff.ts";
import { createImageExporter, type ImageExporter } from "./imageExport.ts";

const LAYOUT = { name: "preset", fit: true, padding: 40 } as const;
// react-cytoscapejs adds elements before it sets the stylesheet, so a stylesheet set second
// restyles every element it just added. The first mount therefore brings no elements (and a
// layout with nothing to fit); the elements follow in the re-render that `capture` triggers in
// the same task, once the stylesheet is in place.
const NO_ELEMENTS: ElementDefinition[] = [];
const NO_LAYOUT = { name: "preset", fit: false } as const;
/** Labels on stage: readable from the back of a room (≥ 24 px at 1080p). */
const STAGE_LABEL_PX = 28;
const STYLE = { width: "100%", height: "100%" } as const;

export interface GraphCanvasProps {
  dataset: Dataset;
  labelOf(id: string): string;
  dark: boolean;
  label: string;
  selectedId: string | null;
  visible: Emphasis;
  emphasis: Emphasis | null;
  hideOutside: boolean;
  camera: CameraState | null;
  focusIds: readonly string[];
  insets: Insets;
  layoutRun: number;
  /** The high-contrast stage theme for talks, with labels kept large on screen. */
  stage?: boolean;
  /** When false the canvas ignores wheel, pinch and drag (an embed before the reader clicks in). */
  interactive?: boolean;
  /** Receives a PNG/SVG exporter for this canvas once it is drawn. */
  onExporter?(exporter: ImageExporter | null): void;
  /** Called once, on the frame after the graph is first drawn. */
  onDrawn?(): void;
  onCamera(camera: CameraState): void;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onHover(id: string | null): void;
  onClear(): void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { dataset, labelOf, onSelectNode, onSelectEdge, onHover, onClear } = props;
  const elements = useMemo(() => toElements(dataset, labelOf), [dataset, labelOf]);
  const large = elements.length > LARGE_GRAPH;
  const [cy, setCy] = useState<Core | null>(null);
  // react-cytoscapejs calls this after every update: keep one live instance. (StrictMode in
  // development mounts twice and destroys the first instance: then take the new one.)
  const capture = useCallback(
    (instance: Core) => setCy((prev) => (prev && !prev.destroyed() ? prev : instance)),
    [],
  );

  useEffect(() => {
    if (!cy) return;
    const onTapNode = (e: EventObject) => onSelectNode(e.target.id());
    const onTapEdge = (e: EventObject) => onSelectEdge(e.target.id());
    const onTapBackground = (e: EventObject) => {
      if (e.target === cy) onClear();
    };
    const onOver = (e: EventObject) => onHover(e.target.id());
    const onOut = () => onHover(null);
    cy.on("tap", "node", onTapNode);
    cy.on("tap", "edge", onTapEdge);
    cy.on("tap", onTapBackground);
    cy.on("mouseover", "node", onOver);
    cy.on("mouseout", "node", onOut);
    return () => {
      cy.off("tap", "node", onTapNode);
      cy.off("tap", "edge", onTapEdge);
      cy.off("tap", onTapBackground);
      cy.off("mouseover", "node", onOver);
      cy.off("mouseout", "node", onOut);
    };
  }, [cy, onSelectNode, onSelectEdge, onHover, onClear]);

  const interactive = props.interactive ?? true;
  useEffect(() => {
    if (!cy) return;
    cy.userZoomingEnabled(interactive);
    cy.userPanningEnabled(interactive);
  }, [cy, interactive]);

  // Set on the frame after the first draw; what the first view does not need waits for it.
  const [drawn, setDrawn] = useState(false);
  const { onExporter, onDrawn, dark } = props;
  useEffect(() => {
    if (!cy || !drawn || !onExporter) return;
    onExporter(createImageExporter(cy, dark ? "#0f172a" : "#ffffff", dark ? "#e2e8f0" : "#1f2937"));
    return () => onExporter(null);
  }, [cy, drawn, onExporter, dark]);

  // A layout effect: subscribed in the same task that created `cy`, before any frame is drawn.
  useLayoutEffect(() => {
    if (!cy) return;
    // "graph-ready" once the first frame with the graph is drawn (measured by npm run bench).
    let frame = 0;
    const onRender = () => {
      frame = requestAnimationFrame(() => {
        exposeTestHandle(cy);
        performance.mark("graph-ready");
        setDrawn(true);
      });
    };
    cy.one("render", onRender);
    cy.forceRender(); // in case a frame was drawn before this subscribed (it should not be)
    return () => {
      cy.off("render", onRender);
      cancelAnimationFrame(frame);
    };
  }, [cy]);

  useEffect(() => {
    if (drawn) onDrawn?.();
  }, [drawn, onDrawn]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!cy) return;
    const step = 60;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const keys: Record<string, () => void> = {
      "+": () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      "=": () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      "-": () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre }),
      "0": () => cy.fit(undefined, 40),
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      role="application"
      aria-label={props.label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      // Leaving the canvas straight off a node never reaches Cytoscape's mouseout.
      onMouseLeave={() => onHover(null)}
    >
      <CytoscapeComponent
        elements={cy ? elements : NO_ELEMENTS}
        stylesheet={pickStylesheet(Boolean(props.stage), large, props.dark)}
        hideEdgesOnViewport={large}
        layout={cy ? LAYOUT : NO_LAYOUT}
        style={STYLE}
        cy={capture}
        diff={shallowDiff}
        boxSelectionEnabled={false}
        minZoom={0.15}
        maxZoom={4}
      />
      <SelectionController cy={cy} selectedId={props.selectedId} />
      <VisibilityController
        cy={cy}
        visible={props.visible}
        emphasis={props.emphasis}
        hideOutside={props.hideOutside}
      />
      <CameraController
        cy={cy}
        camera={props.camera}
        onCamera={props.onCamera}
        focusIds={props.focusIds}
        insets={props.insets}
      />
      <LayoutController cy={cy} dataset={dataset} run={props.layoutRun} />
      <StageLabelController cy={cy} px={props.stage ? STAGE_LABEL_PX : null} />
      <LabelController cy={cy} active={large && !props.stage} />
    </div>
  );
}
