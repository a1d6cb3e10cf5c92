import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { useMessages, useNodeLabel, useRelationText } from "./useMessages.ts";

/** Announces the selection to screen readers. */
export function StatusRegion({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const relationText = useRelationText();
  const selection = useAppStore((s) => s.selection);
  const label = useNodeLabel(dataset);
  let text = "";
  if (selection?.kind === "node") text = m.selectedNode(label(selection.id));
  if (selection?.kind === "edge") {
    const e = indexDataset(dataset).edges.get(selection.id);
    if (e) text = m.selectedEdge(`${label(e.source)} ${relationText(e)} ${label(e.target)}`);
  }
  return (
    <div role="status" className="visually-hidden" data-testid="status">
      {text}
    </div>
  );
}
