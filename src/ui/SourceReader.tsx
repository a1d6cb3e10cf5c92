import { useEffect, useRef } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import type { Reader } from "../state/view.ts";
import { SourceLine } from "./SourceLine.tsx";
import { MentionedText } from "./MentionedText.tsx";
import { useNodeLabel, useRelationText } from "./useMessages.ts";
import { selectSelectedEdge, selectSelectedNode } from "../state/selectors.ts";
import { useAllMessages } from "./panelMessages.ts";

/** The whole article, exactly as received, with the chosen quote highlighted and scrolled into view. */
export function SourceReader({ reader, dataset }: { reader: Reader; dataset: Dataset }) {
  const m = useAllMessages();
  const openSource = useAppStore((s) => s.openSource);
  const closeReader = useAppStore((s) => s.closeReader);
  // Opened from a relation's (or an entity's) quote: the way back to it.
  const fromEdge = useAppStore(selectSelectedEdge);
  const fromNode = useAppStore(selectSelectedNode);
  const label = useNodeLabel(dataset);
  const relationText = useRelationText();
  const from = fromEdge
    ? `${label(fromEdge.source)} ${relationText(fromEdge)} ${label(fromEdge.target)}`
    : fromNode
      ? label(fromNode.id)
      : null;
  const index = indexDataset(dataset);
  const source = index.sources.get(reader.sourceId);
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "center" });
  }, [reader.sourceId, reader.start, reader.end]);
  if (!source) return null;
  const supportCount = (id: string) => index.edgesCiting(id).length;
  const { start, end } = reader;
  const hasQuote = start !== undefined && end !== undefined;
  return (
    <article className="panel source-reader" aria-labelledby="reader-title">
      {/* Stays in view while the text scrolls: what is being read, and the way out. */}
      <header className="reader-head" data-testid="reader-head">
        {from && (
          <button type="button" className="back" onClick={closeReader}>
            ← {m.backTo(from)}
          </button>
        )}
        <h2 id="reader-title">{m.sourceReader}</h2>
        <label className="source-picker">
          <span className="visually-hidden">{m.sources}</span>
          <select value={source.id} onChange={(e) => openSource(e.target.value)}>
            {dataset.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} — {m.supportsRelations(supportCount(s.id))}
              </option>
            ))}
          </select>
        </label>
        <p className="meta">
          <SourceLine source={source} />
        </p>
      </header>
      {source.author && <p className="meta">{source.author}</p>}
      {source.note && (
        <p className="note" lang="en">
          {source.note}
        </p>
      )}
      <div className="source-text" lang={source.language} data-testid="source-text">
        {hasQuote ? (
          <>
            <MentionedText dataset={dataset} sourceId={source.id} from={0} to={start} />
            <mark ref={markRef} className="quote" data-testid="reader-quote">
              <MentionedText dataset={dataset} sourceId={source.id} from={start} to={end} />
            </mark>
            <MentionedText
              dataset={dataset}
              sourceId={source.id}
              from={end}
              to={source.text.length}
            />
          </>
        ) : (
          <MentionedText dataset={dataset} sourceId={source.id} from={0} to={source.text.length} />
        )}
      </div>
    </article>
  );
}
