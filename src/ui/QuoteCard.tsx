import { useEffect, useRef } from "react";
import type { Evidence, Source } from "../model/types.ts";
import { markWords, quoteContext } from "../model/quoteContext.ts";
import { SourceLine } from "./SourceLine.tsx";
import { useAllMessages } from "./panelMessages.ts";

export interface QuoteCardProps {
  evidence: Evidence;
  source: Source | undefined;
  onOpenSource?: () => void;
  /** Without the surrounding sentence (the embed's compact drawer). */
  compact?: boolean;
  /** Chosen from search: marked and scrolled into view. */
  focused?: boolean;
}

export function QuoteCard({ evidence, source, onOpenSource, compact, focused }: QuoteCardProps) {
  const m = useAllMessages();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: "center" });
  }, [focused]);
  const ctx = source && !compact ? quoteContext(source.text, evidence.start, evidence.end) : null;
  const segments = markWords(evidence.quote, evidence.hedgeWords ?? []);
  return (
    <figure
      ref={ref}
      className={focused ? "quote-card focused" : "quote-card"}
      data-testid="quote-card"
      data-focused={focused ? "true" : undefined}
    >
      {(evidence.hedged || evidence.contradicts) && (
        <div className="badges">
          {evidence.hedged && (
            <span className="badge hedged">
              {m.hedgedBy}: {(evidence.hedgeWords ?? []).map((w) => `“${w}”`).join(" ")}
            </span>
          )}
          {evidence.contradicts && <span className="badge disputed">{m.contradicts}</span>}
        </div>
      )}
      <blockquote lang={source?.language ?? "zh"} className="original">
        {ctx && <span className="context">{ctx.before}</span>}
        <mark className="quote" data-testid="quote">
          {segments.map((s, i) =>
            s.marked ? (
              <em key={i} className="hedge-word">
                {s.text}
              </em>
            ) : (
              s.text
            ),
          )}
        </mark>
        {ctx && <span className="context">{ctx.after}</span>}
      </blockquote>
      <p className="translation" lang="en">
        {evidence.translation}
      </p>
      {evidence.note && (
        <p className="note" lang="en">
          {m.note}: {evidence.note}
        </p>
      )}
      <figcaption>
        {source ? <SourceLine source={source} /> : evidence.sourceId}
        {onOpenSource && (
          <>
            {" "}
            <button type="button" className="link" onClick={onOpenSource}>
              {m.openInSource}
            </button>
          </>
        )}
      </figcaption>
    </figure>
  );
}
