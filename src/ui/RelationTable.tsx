import { useMemo } from "react";
import { gradeOf } from "../model/filters.ts";
import type { Dataset, GraphEdge } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import { DataTable, type Column } from "./DataTable.tsx";
import { useMessages, useNodeLabel, useRelationText } from "./useMessages.ts";

/** Every relation as a row naming both ends, with its first quote; the row opens the edge panel. */
export function RelationTable({
  dataset,
  visible,
}: {
  dataset: Dataset;
  visible: ReadonlySet<string>;
}) {
  const m = useMessages();
  const relationText = useRelationText();
  const selectEdge = useAppStore((s) => s.selectEdge);
  const label = useNodeLabel(dataset);
  const rows = useMemo(() => dataset.edges.filter((e) => visible.has(e.id)), [dataset, visible]);
  const columns = useMemo(
    (): Column<GraphEdge>[] => [
      {
        id: "from",
        header: m.from,
        width: "20%",
        text: (e) => label(e.source),
        cell: (e) => label(e.source),
      },
      {
        id: "relation",
        header: m.relation,
        width: "18%",
        rowHeader: true,
        text: (e) => relationText(e),
        cell: (e) => (
          <button type="button" className="link" onClick={() => selectEdge(e.id)}>
            {relationText(e)}
            <span className="visually-hidden">
              : {label(e.source)} {relationText(e)} {label(e.target)}
            </span>
          </button>
        ),
      },
      {
        id: "to",
        header: m.to,
        width: "20%",
        text: (e) => label(e.target),
        cell: (e) => label(e.target),
      },
      {
        id: "certainty",
        header: m.certainty,
        width: "12%",
        text: (e) => m.certaintyShort[gradeOf(e)],
        cell: (e) => m.certaintyShort[gradeOf(e)],
      },
      {
        id: "quotes",
        header: m.quotes,
        width: "30%",
        text: (e) => e.evidence[0]?.quote ?? "",
        number: (e) => e.evidence.length,
        cell: (e) => (
          <>
            <span lang="zh">{e.evidence[0]?.quote}</span>
            {e.evidence.length > 1 && <span className="count"> (+{e.evidence.length - 1})</span>}
          </>
        ),
      },
    ],
    [m, label, relationText, selectEdge],
  );
  return <DataTable label={m.relations} rows={rows} rowKey={(e) => e.id} columns={columns} />;
}
