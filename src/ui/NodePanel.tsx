import type { Dataset, GraphNode } from "../model/types.ts";
import { NODE_TYPE_LABELS } from "../model/vocabulary.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { TypeIcon } from "./Legend.tsx";

export interface NodePanelProps {
  node: GraphNode;
  dataset: Dataset;
  onOpenEdge(id: string): void;
}

export function NodePanel({ node, dataset, onOpenEdge }: NodePanelProps) {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const label = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
  const edges = dataset.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <article className="panel node-panel" aria-labelledby="node-title">
      <h2 id="node-title">
        {node.label}
        {node.labelZh && (
          <span className="label-zh" lang="zh">
            {" "}
            {node.labelZh}
          </span>
        )}
      </h2>
      <p className="meta">
        <TypeIcon type={node.type} /> {NODE_TYPE_LABELS[node.type]}
      </p>
      {node.summary && <p className="summary">{node.summary}</p>}
      {edges.length > 0 && (
        <section>
          <h3>Relations ({edges.length})</h3>
          <ul className="relation-list">
            {edges.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => onOpenEdge(e.id)}>
                  {label(e.source)} <span className="relation">{e.label}</span> {label(e.target)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {node.facts && node.facts.length > 0 && (
        <section>
          <h3>Facts</h3>
          {node.facts.map((f) => (
            <div key={f.id} className="fact">
              <p>{f.text}</p>
              {f.evidence.map((e, i) => (
                <QuoteCard key={i} evidence={e} source={sources.get(e.sourceId)} />
              ))}
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
