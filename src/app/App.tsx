import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { sheetPx, type SheetHeight } from "../ui/sheetHeights.ts";
import { useAppStore } from "../state/store.ts";
import { selectSelectedEdge, selectSelectedNode } from "../state/selectors.ts";
import { Legend } from "../ui/Legend.tsx";
import { StatusRegion } from "../ui/StatusRegion.tsx";
import { Notices } from "../ui/Notices.tsx";
import { ImportProblems, OpeningNotice } from "../ui/OpenFile.tsx";
import { prefetchDialogs, Toolbar, type Drawer } from "../ui/Toolbar.tsx";
import { useLang, useMessages } from "../ui/useMessages.ts";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import type { ImageExporter } from "../graph/imageExport.ts";
import type { NodeType } from "../model/vocabulary.ts";
import { gradeOf } from "../model/filters.ts";
import { UrlSync } from "./UrlSync.tsx";
import { useMediaQuery } from "../ui/useMedia.ts";
import { useViewModel } from "./useViewModel.ts";
import { ConnectedCanvas } from "./ConnectedCanvas.tsx";
import { useNodeStyle } from "./useNodeStyle.ts";
import { fileLook } from "../model/styleChoices.ts";
import {
  EdgePanel,
  EmbedApp,
  FiltersPanel,
  NodePanel,
  PathFinder,
  PathPanel,
  PresentApp,
  SourceReader,
  SheetHandle,
  Tables,
  prefetchPanels,
} from "./lazyParts.ts";

/** Forget a file opened and kept, and show the built-in network (code loaded on demand). */
const backToBuiltIn = () => void import("./storedNetwork.ts").then((m) => m.backToBuiltIn());

export function App() {
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useAppStore((s) => s.loadError);
  if (loadError) return <LoadFailed error={loadError} />;
  if (!dataset) return <p className="loading">Loading…</p>;
  return <Shell dataset={dataset} />;
}

/**
 * Why nothing is drawn, and the way on: for an address naming a bundle's network (`?data=`), the
 * page without it (the message has said what names there are); else how graph.json is served.
 */
function LoadFailed({ error }: { error: string }) {
  const m = useMessages();
  const named = new URLSearchParams(window.location.search).has("data");
  return (
    <div className="load-failed" role="alert">
      <h1>{m.loadFailed}</h1>
      <p>{error}</p>
      {named ? (
        <p>
          <a href={window.location.pathname}>{m.openWithoutData}</a>
        </p>
      ) : (
        <p>{m.loadFix}</p>
      )}
    </div>
  );
}

function Shell({ dataset }: { dataset: Dataset }) {
  const embed = useAppStore((s) => s.embed);
  const present = useAppStore((s) => s.present);
  const story = present ? indexDataset(dataset).stories.get(present.story) : undefined;
  return (
    <>
      <UrlSync dataset={dataset} />
      <Suspense fallback={null}>
        {/* An embed stays an embed, also when its link names a story step. */}
        {embed ? (
          <EmbedApp dataset={dataset} />
        ) : story ? (
          <PresentApp dataset={dataset} story={story} />
        ) : (
          <Explorer dataset={dataset} />
        )}
      </Suspense>
    </>
  );
}

function Explorer({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const lang = useLang();
  const reader = useAppStore((s) => s.reader);
  const path = useAppStore((s) => s.path);
  const mode = useAppStore((s) => s.mode);
  const datasetVersion = useAppStore((s) => s.datasetVersion);
  const { clearSelection, closeReader, clearPath } = useAppStore.getState();
  const edge = useAppStore(selectSelectedEdge);
  const node = useAppStore(selectSelectedNode);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [exporter, setExporter] = useState<ImageExporter | null>(null);
  // The importers load when a file is opened (not part of the first view).
  const onFiles = useCallback((files: FileList) => {
    // Copied now: the input empties its (live) FileList as soon as this returns.
    const list = [...files];
    void import("./openNetwork.ts").then((m) => m.openNetwork(list));
  }, []);
  const phone = useMediaQuery("(max-width: 700px)");
  const vm = useViewModel(dataset);
  const style = useAppStore((s) => s.style);
  const nodeStyle = useNodeStyle(dataset, style, m);
  const fileSizes = useMemo(() => fileLook(dataset.nodes).sizes, [dataset]);
  const sizeKey =
    style.size === "degree"
      ? fileSizes
        ? m.fileSizesKey
        : undefined
      : m.sizeKeyBy(style.size === "quotes" ? m.byQuotes : style.size.slice(5));
  const counts = useMemo(() => {
    const c: Partial<Record<NodeType, number>> = {};
    for (const n of dataset.nodes) c[n.type] = (c[n.type] ?? 0) + 1;
    return c;
  }, [dataset]);
  const grades = useMemo(() => new Set(dataset.edges.map(gradeOf)), [dataset]);
  const panelOpen = Boolean(edge || node || reader || path);
  // On a phone the panel is a bottom sheet with three resting heights; the camera frames the
  // selection in what the sheet leaves of the stage.
  const [sheet, setSheet] = useState<SheetHeight>("half");
  const [dragPx, setDragPx] = useState<number | null>(null);
  const stageRef = useRef<HTMLElement>(null);
  const stageHeight = useElementHeight(stageRef);
  const sheetHeight = sheetPx(sheet, stageHeight);
  // An article is read at the sheet's full height.
  // (Adjusted while rendering, when the reader opens: React's pattern for state that follows a change.)
  const readerOpen = Boolean(reader);
  const [wasReading, setWasReading] = useState(readerOpen);
  if (readerOpen !== wasReading) {
    setWasReading(readerOpen);
    if (readerOpen && phone) setSheet("full");
  }
  const insets = useMemo(
    () => ({
      // The filters or paths drawer covers the canvas's left on a wide screen.
      left: drawer && !phone ? 320 : 0,
      right: panelOpen && !phone ? 440 : 0,
      bottom: panelOpen && phone ? sheetHeight : 0,
    }),
    [panelOpen, phone, sheetHeight, drawer],
  );
  const closePanel = () => {
    if (reader) closeReader();
    else if (edge || node) clearSelection();
    else clearPath();
  };

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
  }, [lang]);
  const graphDrawn = useAppStore((s) => s.graphDrawn);
  useEffect(() => {
    if (graphDrawn) {
      prefetchPanels();
      prefetchDialogs();
    }
  }, [graphDrawn]);

  return (
    <div className={`app${phone ? " phone" : ""}`}>
      <Toolbar
        dataset={dataset}
        visible={vm.visible}
        exporter={exporter}
        onFiles={onFiles}
        drawer={drawer}
        onDrawer={setDrawer}
      />
      <StatusRegion dataset={dataset} />
      <main className="stage" ref={stageRef}>
        {drawer && (
          <aside className="drawer" aria-label={drawer === "filters" ? m.filters : m.paths}>
            <button
              type="button"
              className="close"
              onClick={() => setDrawer(null)}
              aria-label={m.close}
            >
              ×
            </button>
            <Suspense fallback={null}>
              {drawer === "filters" ? (
                <FiltersPanel dataset={dataset} />
              ) : (
                <PathFinder dataset={dataset} />
              )}
            </Suspense>
          </aside>
        )}
        {mode === "graph" ? (
          <>
            <ConnectedCanvas
              key={datasetVersion}
              dataset={dataset}
              vm={vm}
              insets={insets}
              onExporter={setExporter}
            />
            <Legend
              counts={counts}
              grades={grades}
              collapsible={phone}
              colors={nodeStyle.legend}
              sizeKey={sizeKey}
            />
          </>
        ) : (
          <Suspense fallback={null}>
            <Tables dataset={dataset} visible={vm.visible} />
          </Suspense>
        )}
        {panelOpen && (
          <aside
            className="side-panel"
            aria-label="Details"
            data-testid="side-panel"
            data-sheet={phone ? sheet : undefined}
            style={phone ? { height: dragPx ?? sheetHeight } : undefined}
          >
            {phone && (
              <Suspense fallback={null}>
                <SheetHandle
                  height={sheet}
                  stage={stageHeight}
                  label={m.resizeSheet}
                  onDrag={setDragPx}
                  onRest={setSheet}
                  onClose={closePanel}
                />
              </Suspense>
            )}
            <button type="button" className="close" onClick={closePanel} aria-label={m.close}>
              ×
            </button>
            <Suspense fallback={null}>
              {reader ? (
                <SourceReader reader={reader} dataset={dataset} />
              ) : (
                <>
                  {edge && <EdgePanel edge={edge} dataset={dataset} />}
                  {node && <NodePanel node={node} dataset={dataset} />}
                  {path && <PathPanel dataset={dataset} paths={vm.paths} />}
                </>
              )}
            </Suspense>
          </aside>
        )}
        <Notices onBuiltIn={backToBuiltIn} />
        <OpeningNotice />
        <ImportProblems />
      </main>
    </div>
  );
}

/** An element's height in pixels, kept up to date as it resizes. */
function useElementHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
