import { gradeOf } from "../model/filters.ts";
import type { Dataset, GraphEdge, GraphNode } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { RELATION_TYPE_IDS } from "../model/vocabulary.ts";
import { useAppStore } from "../state/store.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { TypeIcon } from "./Legend.tsx";
import { FocusControls } from "./FocusControls.tsx";
import { NodeMentions } from "./NodeMentions.tsx";
import { nodeLabel, useLang, useNodeLabel, useRelationText } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

export function NodePanel({ node, dataset }: { node: GraphNode; dataset: Dataset }) {
  const m = useAllMessages();
  const relationText = useRelationText();
  const lang = useLang();
  const selectEdge = useAppStore((s) => s.selectEdge);
  const openSource = useAppStore((s) => s.openSource);
  const label = useNodeLabel(dataset);
  const index = indexDataset(dataset);
  const edges = index.edgesOf(node.id);
  const groups = RELATION_TYPE_IDS.map(
    (type) => [type, edges.filter((e) => e.type === type)] as const,
  ).filter(([, list]) => list.length > 0);
  const other = lang === "zh" ? node.label : node.labelZh;
  return (
    <article className="panel node-panel" aria-labelledby="node-title">
      <h2 id="node-title">
        {nodeLabel(node, lang)}
        {other && <span className="label-other"> {other}</span>}
      </h2>
      <p className="meta">
        <TypeIcon type={node.type} /> {m.nodeType[node.type]}
      </p>
      {node.aliases.length > 0 && <p className="aliases">{node.aliases.join(" · ")}</p>}
      {node.summary && (
        <p className="summary" lang="en">
          {node.summary}
        </p>
      )}
      <FocusControls />
      {groups.map(([type, list]) => (
        <section key={type} className="relation-group">
          <h3>
            {m.relationType[type]} ({list.length})
          </h3>
          <ul className="relation-list">
            {list.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => selectEdge(e.id)}>
                  <EdgeLine edge={e} label={label} relation={relationText(e)} />
                </button>{" "}
                <span className={`certainty-tag ${gradeOf(e)}`}>
                  {m.certaintyShort[gradeOf(e)]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {node.facts && node.facts.length > 0 && (
        <section>
          <h3>{m.facts}</h3>
          {node.facts.map((f) => (
            <div key={f.id} className="fact">
              <p lang="en">{f.text}</p>
              {f.evidence.map((e, i) => (
                <QuoteCard
                  key={i}
                  evidence={e}
                  source={index.sources.get(e.sourceId)}
                  onOpenSource={() => openSource(e.sourceId, e.start, e.end)}
                />
              ))}
            </div>
          ))}
        </section>
      )}
      <NodeMentions node={node} dataset={dataset} />
    </article>
  );
}

function EdgeLine({
  edge,
  label,
  relation,
}: {
  edge: GraphEdge;
  label(id: string): string;
  relation: string;
}) {
  return (
    <>
      {label(edge.source)} <span className="relation">{relation}</span> {label(edge.target)}
    </>
  );
}
