import { useCallback, useMemo } from "react";
import type { Dataset, GraphNode } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { TypeIcon } from "./Legend.tsx";
import { DataTable, type Column } from "./DataTable.tsx";
import { nodeLabel, useLang, useMessages } from "./useMessages.ts";

const BY_NAME = { column: "name", direction: "ascending" } as const;

/** The entities without the canvas: each row opens the same panel as a click on the graph. */
export function EntityTable({
  dataset,
  visible,
}: {
  dataset: Dataset;
  visible: ReadonlySet<string>;
}) {
  const m = useMessages();
  const lang = useLang();
  const selectNode = useAppStore((s) => s.selectNode);
  const index = indexDataset(dataset);
  const rows = useMemo(() => dataset.nodes.filter((n) => visible.has(n.id)), [dataset, visible]);
  const columns = useMemo(
    (): Column<GraphNode>[] => [
      {
        id: "name",
        header: m.name,
        width: "55%",
        rowHeader: true,
        text: (n) => nodeLabel(n, lang),
        cell: (n) => (
          <>
            <button type="button" className="link" onClick={() => selectNode(n.id)}>
              {nodeLabel(n, lang)}
            </button>
            {n.labelZh && lang === "en" && <span className="label-other"> {n.labelZh}</span>}
          </>
        ),
      },
      {
        id: "type",
        header: m.type,
        width: "28%",
        text: (n) => m.nodeType[n.type],
        cell: (n) => (
          <>
            <TypeIcon type={n.type} /> {m.nodeType[n.type]}
          </>
        ),
      },
      {
        id: "relations",
        header: m.relations,
        width: "17%",
        text: (n) => String(index.degree(n.id)),
        number: (n) => index.degree(n.id),
        cell: (n) => index.degree(n.id),
      },
    ],
    [m, lang, index, selectNode],
  );
  const extraText = useCallback(
    (n: GraphNode) => [n.labelZh ?? "", ...n.aliases, ...(n.searchKeys ?? [])],
    [],
  );
  return (
    <DataTable
      label={m.entities}
      rows={rows}
      rowKey={(n) => n.id}
      columns={columns}
      initialSort={BY_NAME}
      extraText={extraText}
    />
  );
}
