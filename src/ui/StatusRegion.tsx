import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import { nodeLabel, useLang, useMessages } from "./useMessages.ts";

/** Announces the selection to screen readers. */
export function StatusRegion({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const label = (id: string) => {
    const n = dataset.nodes.find((x) => x.id === id);
    return n ? nodeLabel(n, lang) : id;
  };
  let text = "";
  if (selection?.kind === "node") text = m.selectedNode(label(selection.id));
  if (selection?.kind === "edge") {
    const e = dataset.edges.find((x) => x.id === selection.id);
    if (e) text = m.selectedEdge(`${label(e.source)} ${m.relationType[e.type]} ${label(e.target)}`);
  }
  return (
    <div role="status" className="visually-hidden" data-testid="status">
      {text}
    </div>
  );
}
