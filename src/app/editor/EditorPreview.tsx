import { useEffect } from "react";
import type { Dataset } from "../../model/types.ts";
import { useAppStore } from "../../state/store.ts";
import { selectSelectedEdge } from "../../state/selectors.ts";
import { ConnectedCanvas } from "../ConnectedCanvas.tsx";
import { useViewModel } from "../useViewModel.ts";
import { EdgePanel } from "../lazyParts.ts";

/** The draft's graph, drawn as the explorer draws it; a clicked edge shows its receipts. */
export function EditorPreview({ dataset }: { dataset: Dataset }) {
  useEffect(() => {
    useAppStore.getState().setDataset(dataset);
  }, [dataset]);
  const current = useAppStore((s) => s.dataset);
  if (!current) return null;
  return <Preview dataset={current} />;
}

function Preview({ dataset }: { dataset: Dataset }) {
  const vm = useViewModel(dataset);
  const edge = useAppStore(selectSelectedEdge);
  return (
    <div className="editor-preview">
      <div className="editor-canvas">
        {/* Drawn afresh, and fitted, whenever an entity or a relation comes or goes. */}
        <ConnectedCanvas
          key={`${dataset.nodes.length}/${dataset.edges.length}`}
          dataset={dataset}
          vm={vm}
        />
      </div>
      {edge && (
        <div className="editor-edge">
          <EdgePanel edge={edge} dataset={dataset} />
        </div>
      )}
    </div>
  );
}
