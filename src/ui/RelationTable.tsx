import { gradeOf } from "../model/filters.ts";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
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
  const rows = dataset.edges.filter((e) => visible.has(e.id));
  return (
    <table className="data-table" aria-label={m.relations}>
      <caption>
        {m.relations} ({rows.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.from}</th>
          <th scope="col">{m.relation}</th>
          <th scope="col">{m.to}</th>
          <th scope="col">{m.certainty}</th>
          <th scope="col">{m.quotes}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <td>{label(e.source)}</td>
            <th scope="row">
              <button type="button" className="link" onClick={() => selectEdge(e.id)}>
                {relationText(e)}
                <span className="visually-hidden">
                  : {label(e.source)} {relationText(e)} {label(e.target)}
                </span>
              </button>
            </th>
            <td>{label(e.target)}</td>
            <td>{m.certaintyShort[gradeOf(e)]}</td>
            <td>
              <span lang="zh">{e.evidence[0]?.quote}</span>
              {e.evidence.length > 1 && <span className="count"> (+{e.evidence.length - 1})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
