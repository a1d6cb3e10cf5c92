import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core, ElementDefinition } from "cytoscape";
import type { Dataset } from "../model/types.ts";
import { toElements } from "./elements.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { useStylesheet } from "./useStylesheet.ts";
import { ReadableLabelController } from "./ReadableLabelController.tsx";
import { measureLine } from "./labelBox.ts";
import { PointerController, type PointerHandlers } from "./PointerController.tsx";
import { ZoomControls, type ZoomLabels } from "./ZoomControls.tsx";
import { HoverTip, type TipAt } from "./HoverTip.tsx";
import { SelectionController } from "./SelectionController.tsx";
import { VisibilityController, type Emphasis } from "./VisibilityController.tsx";
import { HoverController } from "./HoverController.tsx";
import { OverlayFocusController } from "./OverlayFocusController.tsx";
import { useGraphOverlay } from "./useGraphOverlay.ts";
import { useBasePainter } from "./useBasePainter.ts";
import { quietPress } from "./quietPress.ts";
import { CameraController, type CameraState, type Insets } from "./CameraController.tsx";
import { LayoutController, type LayoutLabels } from "./LayoutController.tsx";
import { shallowDiff } from "./shallowDiff.ts";
import { fitPadding, fitViewport, MAX_ZOOM, MIN_ZOOM } from "./fitView.ts";
import type { ImageExporter } from "./imageExport.ts";

// The preset layout only places the nodes: the first fit is FirstFit's (labels left out).
const LAYOUT = { name: "preset", fit: false } as const;
// react-cytoscapejs adds elements before it sets the stylesheet, so a stylesheet set second
// restyles every element it just added. The first mount therefore brings no elements (and a
// layout with nothing to fit); the elements follow in the re-render that `capture` triggers in
// the same task, once the stylesheet is in place.
const NO_ELEMENTS: ElementDefinition[] = [];
/** Large graphs' labels (LabelController) load only for a large graph. */
const LabelController = lazy(() =>
  import("./LabelController.tsx").then((m) => ({ default: m.LabelController })),
);
const NO_LAYOUT = { name: "preset", fit: false } as const;
/** Labels on stage: readable from the back of a room (≥ 24 px at 1080p). */
const STAGE_LABEL_PX = 28;
/** Labels elsewhere: the least connected node's, in CSS pixels (hubs' are up to a third larger). */
const LABEL_PX = 12;
const STYLE = { width: "100%", height: "100%" } as const;
const NO_HOVER = () => null;

export interface GraphCanvasProps {
  dataset: Dataset;
  /** The name the canvas draws for a node. */
  labelOf(id: string): string;
  /** A tooltip's text for a node or an edge. */
  describe(id: string): string;
  /** Turn the baked picture a quarter, to fill a tall canvas. */
  portrait: boolean;
  /** Colours and sizes chosen by the reader (null: by type, and by number of relations). */
  nodeColors?: ReadonlyMap<string, string> | null;
  nodeSizes?: ReadonlyMap<string, number> | null;
  /** Edge widths chosen by the reader (null: by certainty). */
  edgeWidths?: ReadonlyMap<string, number> | null;
  zoomLabels: ZoomLabels;
  /** Re-run layout's progress bar and Stop button (large graphs); English when not given. */
  layoutLabels?: LayoutLabels;
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
  /**
   * How a hovered element lights up (HoverController): a node with its neighbours, an edge with
   * its ends; null, or no function, for none. Hover stays in the canvas: it reaches no store.
   */
  hoverOf?(id: string): Emphasis | null;
  onClear(): void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { dataset, labelOf, portrait, onSelectNode, onSelectEdge, onClear } = props;
  const { nodeColors, nodeSizes, edgeWidths } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const labelPx = props.stage ? STAGE_LABEL_PX : LABEL_PX;
  // Made once the canvas exists (the first mount brings none: NO_ELEMENTS), so that its size is
  // known and labels start at the first fit's size.
  const { elements, placedAhead } = useMemo(
    () => {
      if (!cy) return { elements: NO_ELEMENTS, placedAhead: false };
      // Labels placed here only for the canvas's first elements: later, the label controller's
      // places stand (a place set by both would be measured stale).
      const first = cy.elements().empty();
      const made = toElements(
        dataset,
        labelOf,
        portrait,
        { colors: nodeColors ?? null, sizes: nodeSizes ?? null, widths: edgeWidths ?? null },
        {
          width: cy.width(),
          height: cy.height(),
          padding: fitPadding(cy),
          labelPx,
          covered: props.insets,
          ...(first ? { measure: measureLine } : {}),
        },
      );
      // Placed only where the labels could be measured (a canvas: not jsdom's).
      const placed = first && made.some((e) => e.group === "nodes" && e.data.lp !== undefined);
      return { elements: made, placedAhead: placed };
    },
    // The insets as they are when the elements are made: the label controller follows them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, labelOf, portrait, nodeColors, nodeSizes, edgeWidths, cy, labelPx],
  );
  // One element per node and per edge (toElements).
  const large = dataset.nodes.length + dataset.edges.length > LARGE_GRAPH;
  const stylesheet = useStylesheet(Boolean(props.stage), large, props.dark);
  // Large graphs draw hover and the selection's focus on a canvas over Cytoscape's (the stage
  // keeps its own stylesheet and classes).
  const onOverlay = large && !props.stage;
  const overlay = useGraphOverlay(cy, onOverlay, props.dark);
  // ... and draw the graph itself on a canvas under Cytoscape's, which draws only labelled nodes.
  const { ready: painterReady, painter } = useBasePainter(cy, onOverlay, stylesheet);
  // react-cytoscapejs calls this after every update: keep one live instance. (StrictMode in
  // development mounts twice and destroys the first instance: then take the new one.)
  const capture = useCallback(
    (instance: Core) => setCy((prev) => (prev && !prev.destroyed() ? prev : instance)),
    [],
  );

  // The tooltip: what the mouse is over, or the node stepped to with [ and ].
  const [tip, setTip] = useState<{ id: string; at: TipAt } | null>(null);
  const [keyboardId, setKeyboardId] = useState<string | null>(null);
  const hovered = tip?.id ?? null;
  // The selected element's panel says more than its tooltip, which would sit beside it (over an
  // embed's drawer): shown again once the pointer goes to another element.
  const shownTip = tip && tip.id !== props.selectedId ? tip : null;
  const pointer = useMemo(
    (): PointerHandlers => ({
      onSelectNode,
      onSelectEdge,
      onClear,
      onHover: (id, at) => setTip(id && at ? { id, at } : null),
    }),
    [onSelectNode, onSelectEdge, onClear],
  );

  // The view as toElements places the first labels: nothing selected, emphasised or filtered out,
  // and not a talk's stage (whose focus shows its labels whatever they cover).
  const plainView =
    !props.stage &&
    props.selectedId === null &&
    props.emphasis === null &&
    !props.hideOutside &&
    props.visible.nodes.size === dataset.nodes.length;
  // Labels are chosen again whenever what sets their priority may have changed.
  const labelVersion = useMemo(
    () => ({}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- each is a reason to choose again
    [elements, props.selectedId, props.visible, props.emphasis, props.hideOutside, hovered],
  );

  // A press on a large graph redraws nothing: what it selects is drawn on the overlay.
  useEffect(() => (cy && onOverlay ? quietPress(cy) : undefined), [cy, onOverlay]);

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
    // Loaded after the first draw: exporting is not part of the first view.
    let live = true;
    void import("./imageExport.ts").then(({ createImageExporter }) => {
      if (live)
        onExporter(
          createImageExporter(cy, dark ? "#0f172a" : "#ffffff", dark ? "#e2e8f0" : "#1f2937"),
        );
    });
    return () => {
      live = false;
      onExporter(null);
    };
  }, [cy, drawn, onExporter, dark]);

  // A layout effect: subscribed in the same task that created `cy`, before any frame is drawn.
  useLayoutEffect(() => {
    if (!cy) return;
    // "graph-ready" once the first frame with the graph is drawn (measured by npm run bench).
    let frame = 0;
    const onRender = () => {
      frame = requestAnimationFrame(() => {
        performance.mark("graph-ready");
        setDrawn(true);
        // The read-only handle for tests and the bench: loaded after the first view.
        void import("./testHandle.ts").then(({ exposeTestHandle }) => {
          if (!cy.destroyed()) exposeTestHandle(cy);
        });
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

  // The keyboard's equivalent of hovering: ] and [ step through the nodes, most linked first,
  // showing each one's tooltip; Enter opens it.
  const stepTo = (delta: number) => {
    if (!cy) return;
    // Each degree counted once: a sort that asked Cytoscape in its comparator took 400 ms a step
    // on 5,000 nodes.
    const order = cy
      .nodes(":visible")
      .map((n) => ({ node: n, id: n.id(), degree: n.degree(false) }))
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    const now = keyboardId ? order.findIndex((o) => o.id === keyboardId) : -1;
    const next = order[(now + delta + order.length) % order.length]?.node;
    if (!next) return;
    // A large graph's overlay draws the node stepped to, as a hover; a class would redraw all of
    // Cytoscape's canvas.
    if (!onOverlay)
      cy.batch(() => {
        cy.nodes(".keyboard").removeClass("keyboard");
        next.addClass("keyboard");
      });
    const p = next.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(next);
    const at = next.renderedPosition();
    setKeyboardId(next.id());
    setTip({ id: next.id(), at: { x: at.x, y: at.y + next.renderedHeight() / 2 } });
  };
  const leaveKeyboard = () => {
    cy?.nodes(".keyboard").removeClass("keyboard");
    setKeyboardId(null);
    setTip(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!cy) return;
    if (e.key === "]" || e.key === "[") {
      e.preventDefault();
      stepTo(e.key === "]" ? 1 : -1);
      return;
    }
    if (e.key === "Enter" && keyboardId) {
      e.preventDefault();
      onSelectNode(keyboardId);
      return;
    }
    if (e.key === "Escape" && keyboardId) {
      leaveKeyboard();
      return;
    }
    const step = 60;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const keys: Record<string, () => void> = {
      "+": () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      "=": () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      "-": () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre }),
      "0": () => {
        const target = fitViewport(cy, fitPadding(cy));
        if (target) cy.viewport(target);
      },
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
      aria-describedby={shownTip ? "graph-tip" : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={leaveKeyboard}
      // Leaving the canvas straight off a node never reaches Cytoscape's mouseout.
      onMouseLeave={() => setTip(null)}
    >
      {/* A large graph's stylesheet and painter load with it: Cytoscape starts once they are here. */}
      {stylesheet && painterReady && (
        <CytoscapeComponent
          elements={elements}
          stylesheet={stylesheet}
          hideEdgesOnViewport={large}
          layout={cy ? LAYOUT : NO_LAYOUT}
          style={STYLE}
          cy={capture}
          diff={shallowDiff}
          boxSelectionEnabled={false}
          // Selection lives in the store (class "selected"), not in Cytoscape's own state.
          autounselectify
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
        />
      )}
      <SelectionController cy={cy} selectedId={props.selectedId} byClass={!onOverlay} />
      <VisibilityController
        cy={cy}
        visible={props.visible}
        emphasis={props.emphasis}
        hideOutside={props.hideOutside}
        fadeByClass={!onOverlay}
        painter={painter}
      />
      {onOverlay && (
        <OverlayFocusController
          overlay={overlay}
          emphasis={props.emphasis}
          selectedId={props.selectedId}
        />
      )}
      <HoverController
        cy={cy}
        hoveredId={hovered}
        hoverOf={props.hoverOf ?? NO_HOVER}
        fade={!large}
        onOverlay={onOverlay}
        overlay={overlay}
      />
      <FirstFit cy={cy} />
      <CameraController
        cy={cy}
        camera={props.camera}
        onCamera={props.onCamera}
        focusIds={props.focusIds}
        insets={props.insets}
        closeUp={!onOverlay}
      />
      <LayoutController
        cy={cy}
        dataset={dataset}
        run={props.layoutRun}
        portrait={portrait}
        {...(props.layoutLabels ? { labels: props.layoutLabels } : {})}
      />
      <ReadableLabelController
        cy={cy}
        px={props.stage ? STAGE_LABEL_PX : large ? null : LABEL_PX}
        version={labelVersion}
        placedAhead={placedAhead && plainView}
        covered={props.insets}
        zoomButtons={interactive && !props.stage}
        focusWins={Boolean(props.stage)}
      />
      {large && !props.stage && (
        <Suspense fallback={null}>
          {/* The focus's labels are the overlay's. */}
          <LabelController cy={cy} active emphasis={null} />
        </Suspense>
      )}
      <PointerController cy={cy} handlers={pointer} hoverClass={!onOverlay} />
      {/* A talk's stage has its own controls (the clicker's); an idle embed takes no input. */}
      {interactive && !props.stage && <ZoomControls cy={cy} labels={props.zoomLabels} />}
      {shownTip && cy && (
        <HoverTip text={props.describe(shownTip.id)} at={shownTip.at} width={cy.width()} />
      )}
    </div>
  );
}

/**
 * Renderless: fits the picture to the canvas once, when the elements first arrive. Declared
 * before CameraController, whose layout effect then puts a linked camera in its place.
 */
function FirstFit({ cy }: { cy: Core | null }) {
  useLayoutEffect(() => {
    if (!cy) return;
    const target = fitViewport(cy, fitPadding(cy));
    if (target) cy.viewport(target);
  }, [cy]);
  return null;
}
