import { useCallback, useEffect, useMemo, useState } from "react";
import { GraphCanvas } from "../graph/GraphCanvas.tsx";
import { useAppStore } from "../state/store.ts";
import { selectSelectedEdge, selectSelectedNode } from "../state/selectors.ts";
import { EdgePanel } from "../ui/EdgePanel.tsx";
import { Legend } from "../ui/Legend.tsx";
import { NodePanel } from "../ui/NodePanel.tsx";
import { SourceReader } from "../ui/SourceReader.tsx";
import { PathPanel } from "../ui/PathPanel.tsx";
import { FiltersPanel } from "../ui/FiltersPanel.tsx";
import { PathFinder } from "../ui/PathFinder.tsx";
import { EntityTable } from "../ui/EntityTable.tsx";
import { RelationTable } from "../ui/RelationTable.tsx";
import { StatusRegion } from "../ui/StatusRegion.tsx";
import { Notices } from "../ui/Notices.tsx";
import { Toolbar, type Drawer } from "../ui/Toolbar.tsx";
import { nodeLabel, useLang, useMessages } from "../ui/useMessages.ts";
import type { Dataset } from "../model/types.ts";
import type { NodeType } from "../model/vocabulary.ts";
import { loadDataset } from "./loadDataset.ts";
import { UrlSync } from "./UrlSync.tsx";
import { useMediaQuery } from "./useMedia.ts";
import { useViewModel } from "./useViewModel.ts";

export function App() {
  const dataset = useAppStore((s) => s.dataset);
  const loadError = useAppStore((s) => s.loadError);
  useEffect(() => {
    const { setDataset, setLoadError } = useAppStore.getState();
    loadDataset().then(setDataset, (e: unknown) => setLoadError(String(e)));
  }, []);
  if (loadError) return <p role="alert">{loadError}</p>;
  if (!dataset) return <p className="loading">Loading…</p>;
  return <Explorer dataset={dataset} />;
}

function Explorer({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const lang = useLang();
  const state = useAppStore();
  const edge = useAppStore(selectSelectedEdge);
  const node = useAppStore(selectSelectedNode);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const dark = useMediaQuery("(prefers-color-scheme: dark)");
  const phone = useMediaQuery("(max-width: 700px)");
  const vm = useViewModel(dataset, state);
  const byId = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);
  const labelOf = useCallback(
    (id: string) => {
      const n = byId.get(id);
      return n ? nodeLabel(n, lang) : id;
    },
    [byId, lang],
  );
  const counts = useMemo(() => {
    const c: Partial<Record<NodeType, number>> = {};
    for (const n of dataset.nodes) c[n.type] = (c[n.type] ?? 0) + 1;
    return c;
  }, [dataset]);
  const panelOpen = Boolean(edge || node || state.reader || state.path);
  const insets = useMemo(
    () => ({
      right: panelOpen && !phone ? 440 : 0,
      bottom: panelOpen && phone ? window.innerHeight * 0.5 : 0,
    }),
    [panelOpen, phone],
  );
  const { selectNode, selectEdge, clearSelection, setCamera, setHover } = state;

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
  }, [lang]);

  return (
    <div className={`app${phone ? " phone" : ""}`}>
      <UrlSync dataset={dataset} />
      <Toolbar dataset={dataset} drawer={drawer} onDrawer={setDrawer} />
      <StatusRegion dataset={dataset} />
      <main className="stage">
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
            {drawer === "filters" ? (
              <FiltersPanel dataset={dataset} />
            ) : (
              <PathFinder dataset={dataset} />
            )}
          </aside>
        )}
        {state.mode === "graph" ? (
          <>
            <GraphCanvas
              dataset={dataset}
              labelOf={labelOf}
              dark={dark}
              label={m.subtitle}
              selectedId={state.selection?.id ?? null}
              visible={vm.visible}
              emphasis={vm.emphasis}
              hideOutside={state.only && Boolean(state.selection)}
              camera={state.camera}
              focusIds={vm.focusIds}
              insets={insets}
              layoutRun={state.layoutRun}
              onCamera={setCamera}
              onSelectNode={selectNode}
              onSelectEdge={selectEdge}
              onHover={setHover}
              onClear={clearSelection}
            />
            <Legend counts={counts} />
          </>
        ) : (
          <div className="tables">
            <RelationTable dataset={dataset} visible={vm.visible.edges} />
            <EntityTable dataset={dataset} visible={vm.visible.nodes} />
          </div>
        )}
        {panelOpen && (
          <aside className="side-panel" aria-label="Details" data-testid="side-panel">
            <button
              type="button"
              className="close"
              onClick={() => {
                if (state.reader) state.closeReader();
                else if (edge || node) clearSelection();
                else state.clearPath();
              }}
              aria-label={m.close}
            >
              ×
            </button>
            {state.reader ? (
              <SourceReader reader={state.reader} dataset={dataset} />
            ) : (
              <>
                {edge && <EdgePanel edge={edge} dataset={dataset} />}
                {node && <NodePanel node={node} dataset={dataset} />}
                {state.path && <PathPanel dataset={dataset} paths={vm.paths} />}
              </>
            )}
          </aside>
        )}
        <Notices />
      </main>
    </div>
  );
}
