import type { Dataset, GraphEdge } from "../model/types.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { CertaintyBadge } from "./CertaintyBadge.tsx";

export function EdgePanel({ edge, dataset }: { edge: GraphEdge; dataset: Dataset }) {
  const label = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const span = edge.from || edge.to ? `${edge.from ?? "…"} – ${edge.to ?? "…"}` : null;
  const cited = new Set(edge.evidence.map((e) => e.sourceId)).size;
  return (
    <article className="panel edge-panel" aria-labelledby="edge-title">
      <h2 id="edge-title">
        {label(edge.source)} <span className="relation">{edge.label}</span> {label(edge.target)}
      </h2>
      <p className="meta">
        <CertaintyBadge certainty={edge.certainty} />
        {edge.role && <span className="role">{edge.role}</span>}
        {span && <span className="span">{span}</span>}
        <span>
          {edge.evidence.length} quote{edge.evidence.length === 1 ? "" : "s"} from {cited} source
          {cited === 1 ? "" : "s"}
        </span>
      </p>
      {edge.note && <p className="note">{edge.note}</p>}
      {edge.evidence.map((e, i) => (
        <QuoteCard key={i} evidence={e} source={sources.get(e.sourceId)} />
      ))}
    </article>
  );
}
