import type { Ref } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { selectSelectedEdge, selectSelectedNode } from "../state/selectors.ts";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { gradeOf } from "../model/filters.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { nodeLabel, useLang, useMessages, useNodeLabel, useRelationText } from "./useMessages.ts";

/**
 * The embed's drawer over the graph, scrolling on its own: a relation's quotes, or an entity's
 * relations. `ref` receives the drawer while it is open (the embed measures what it covers).
 */
export function EvidenceDrawer({
  dataset,
  ref,
}: {
  dataset: Dataset;
  ref?: Ref<HTMLElement> | undefined;
}) {
  const m = useMessages();
  const relationText = useRelationText();
  const lang = useLang();
  const label = useNodeLabel(dataset);
  const edge = useAppStore(selectSelectedEdge);
  const node = useAppStore(selectSelectedNode);
  const selectEdge = useAppStore((s) => s.selectEdge);
  const clearSelection = useAppStore((s) => s.clearSelection);
  if (!edge && !node) return null;
  return (
    <section
      className="evidence-drawer"
      data-testid="side-panel"
      aria-label={m.details}
      ref={ref}
      // A different relation or entity starts at its top, not where the last one was scrolled to.
      key={edge?.id ?? node?.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") clearSelection();
      }}
    >
      {/* What is open, and ×, stay in sight while the drawer scrolls. */}
      <div className="drawer-head">
        <h2>
          {edge ? (
            <>
              {label(edge.source)} <span className="relation">{relationText(edge)}</span>{" "}
              {label(edge.target)}
            </>
          ) : (
            node && nodeLabel(node, lang)
          )}
        </h2>
        <button type="button" className="close" onClick={clearSelection} aria-label={m.close}>
          ×
        </button>
      </div>
      {edge && (
        <>
          <p className="meta">
            <CertaintyBadge certainty={gradeOf(edge)} />{" "}
            {m.quotesFrom(edge.evidence.length, new Set(edge.evidence.map((e) => e.sourceId)).size)}
          </p>
          {edge.evidence.map((e, i) => (
            <QuoteCard
              key={i}
              compact
              evidence={e}
              source={indexDataset(dataset).sources.get(e.sourceId)}
            />
          ))}
        </>
      )}
      {node && (
        <>
          {node.summary && (
            <p className="summary" lang="en">
              {node.summary}
            </p>
          )}
          <ul className="relation-list">
            {indexDataset(dataset)
              .edgesOf(node.id)
              .map((e) => (
                <li key={e.id}>
                  <button type="button" className="link" onClick={() => selectEdge(e.id)}>
                    {label(e.source)} <span className="relation">{relationText(e)}</span>{" "}
                    {label(e.target)}
                  </button>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
