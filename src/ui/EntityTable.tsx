import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import { TypeIcon } from "./Legend.tsx";
import { nodeLabel, useLang, useMessages } from "./useMessages.ts";

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
  const degree = new Map<string, number>();
  for (const e of dataset.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const rows = dataset.nodes
    .filter((n) => visible.has(n.id))
    .sort((a, b) => nodeLabel(a, lang).localeCompare(nodeLabel(b, lang)));
  return (
    <table className="data-table" aria-label={m.entities}>
      <caption>
        {m.entities} ({rows.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.name}</th>
          <th scope="col">{m.type}</th>
          <th scope="col">{m.relations}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id}>
            <th scope="row">
              <button type="button" className="link" onClick={() => selectNode(n.id)}>
                {nodeLabel(n, lang)}
              </button>
              {n.labelZh && lang === "en" && <span className="label-other"> {n.labelZh}</span>}
            </th>
            <td>
              <TypeIcon type={n.type} /> {m.nodeType[n.type]}
            </td>
            <td>{degree.get(n.id) ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
