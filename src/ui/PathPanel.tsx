import { gradeOf } from "../model/filters.ts";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import type { PathHop } from "../model/paths.ts";
import { useAppStore } from "../state/store.ts";
import { useNodeLabel, useRelationText } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

/** "How is A connected to B?": every shortest path, hop by hop; each hop opens its quotes. */
export function PathPanel({ dataset, paths }: { dataset: Dataset; paths: PathHop[][] }) {
  const m = useAllMessages();
  const relationText = useRelationText();
  const path = useAppStore((s) => s.path);
  const label = useNodeLabel(dataset);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const clearPath = useAppStore((s) => s.clearPath);
  if (!path) return null;
  const { edges } = indexDataset(dataset);
  return (
    <section className="path-panel" aria-labelledby="path-title" data-testid="path-panel">
      <h2 id="path-title">
        {label(path.from)} → {label(path.to)}
      </h2>
      <p className="meta">
        {paths.length ? m.pathCount(paths.length, paths[0]?.length ?? 0) : m.noPath}
      </p>
      {paths.map((p, i) => (
        <ol key={i} className="path-hops">
          {p.map((hop) => {
            const e = edges.get(hop.edgeId);
            return (
              <li key={hop.edgeId}>
                <button type="button" className="link" onClick={() => selectEdge(hop.edgeId)}>
                  {label(e?.source ?? hop.from)}{" "}
                  <span className="relation">{e ? relationText(e) : ""}</span>{" "}
                  {label(e?.target ?? hop.to)}
                </button>
                {e && gradeOf(e) !== "stated" && (
                  <span className={`certainty-tag ${gradeOf(e)}`}>
                    {" "}
                    {m.certaintyShort[gradeOf(e)]}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      ))}
      <button type="button" onClick={clearPath}>
        {m.clearPath}
      </button>
    </section>
  );
}
