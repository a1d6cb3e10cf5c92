import { useEffect, useMemo } from "react";
import { GraphCanvas } from "../graph/GraphCanvas.tsx";
import { useAppStore } from "../state/store.ts";
import {
  selectDataset,
  selectLoadError,
  selectSelectedEdge,
  selectSelectedNode,
  selectSelection,
} from "../state/selectors.ts";
import { EdgePanel } from "../ui/EdgePanel.tsx";
import { Legend } from "../ui/Legend.tsx";
import { NodePanel } from "../ui/NodePanel.tsx";
import type { NodeType } from "../model/vocabulary.ts";
import { loadDataset } from "./loadDataset.ts";

export function App() {
  const dataset = useAppStore(selectDataset);
  const loadError = useAppStore(selectLoadError);
  const selection = useAppStore(selectSelection);
  const edge = useAppStore(selectSelectedEdge);
  const node = useAppStore(selectSelectedNode);
  const { setDataset, setLoadError, selectNode, selectEdge, clearSelection } =
    useAppStore.getState();

  useEffect(() => {
    loadDataset().then(setDataset, (e: unknown) => setLoadError(String(e)));
  }, [setDataset, setLoadError]);

  const counts = useMemo(() => {
    const c: Partial<Record<NodeType, number>> = {};
    for (const n of dataset?.nodes ?? []) c[n.type] = (c[n.type] ?? 0) + 1;
    return c;
  }, [dataset]);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Quotegraph</h1>
        <p className="subtitle">
          The people behind OpenAI&rsquo;s Sora — every link shows its sources
        </p>
      </header>
      <main className="stage">
        {loadError && <p role="alert">{loadError}</p>}
        {dataset && (
          <GraphCanvas
            dataset={dataset}
            selectedId={selection?.id ?? null}
            onSelectNode={selectNode}
            onSelectEdge={selectEdge}
            onClear={clearSelection}
          />
        )}
        {dataset && <Legend counts={counts} />}
        {dataset && (edge || node) && (
          <aside className="side-panel" aria-label="Details" data-testid="side-panel">
            <button
              type="button"
              className="close"
              onClick={clearSelection}
              aria-label="Close panel"
            >
              ×
            </button>
            {edge && <EdgePanel edge={edge} dataset={dataset} />}
            {node && <NodePanel node={node} dataset={dataset} onOpenEdge={selectEdge} />}
          </aside>
        )}
      </main>
    </div>
  );
}
