import type { Dataset, Evidence, GraphEdge } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { gradeOf } from "../model/filters.ts";
import { useNodeLabel, useRelationText } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

export function EdgePanel({ edge, dataset }: { edge: GraphEdge; dataset: Dataset }) {
  const m = useAllMessages();
  const relationText = useRelationText();
  const label = useNodeLabel(dataset);
  const span = edge.from || edge.to ? `${edge.from ?? "…"} – ${edge.to ?? "…"}` : null;
  const cited = new Set(edge.evidence.map((e) => e.sourceId)).size;
  const supporting = edge.evidence.filter((e) => !e.contradicts);
  const contradicting = edge.evidence.filter((e) => e.contradicts);
  return (
    <article className="panel edge-panel" aria-labelledby="edge-title">
      <h2 id="edge-title">
        {label(edge.source)} <span className="relation">{relationText(edge)}</span>{" "}
        {label(edge.target)}
      </h2>
      <p className="meta">
        <CertaintyBadge certainty={gradeOf(edge)} />
        {edge.role && <span className="role">{edge.role}</span>}
        {span && <span className="span">{span}</span>}
        <span>{m.quotesFrom(edge.evidence.length, cited)}</span>
      </p>
      {edge.certainty === "disputed" ? (
        <section className="dispute" aria-label={m.whoSaysWhat}>
          <h3>{m.whoSaysWhat}</h3>
          <div className="dispute-columns">
            <QuoteColumn title={m.supports} evidence={supporting} dataset={dataset} />
            <QuoteColumn title={m.contradicts} evidence={contradicting} dataset={dataset} />
          </div>
        </section>
      ) : (
        <QuoteList evidence={edge.evidence} dataset={dataset} />
      )}
    </article>
  );
}

function QuoteColumn({
  title,
  evidence,
  dataset,
}: {
  title: string;
  evidence: Evidence[];
  dataset: Dataset;
}) {
  return (
    <div className="dispute-column">
      <h4>{title}</h4>
      <QuoteList evidence={evidence} dataset={dataset} />
    </div>
  );
}

function QuoteList({ evidence, dataset }: { evidence: Evidence[]; dataset: Dataset }) {
  const openSource = useAppStore((s) => s.openSource);
  // The quote a search result pointed at (store `focusedQuote`), if it is in this list.
  const focused = useAppStore((s) => {
    const f = s.focusedQuote;
    const edge = f ? indexDataset(dataset).edges.get(f.edgeId) : undefined;
    return f && edge ? edge.evidence[f.evidence] : undefined;
  });
  return (
    <>
      {evidence.map((e, i) => (
        <QuoteCard
          key={`${e.sourceId}-${e.start}-${i}`}
          evidence={e}
          source={indexDataset(dataset).sources.get(e.sourceId)}
          onOpenSource={() => openSource(e.sourceId, e.start, e.end)}
          focused={e === focused}
        />
      ))}
    </>
  );
}
