import type { Evidence, Source } from "../model/types.ts";
import { markWords, quoteContext } from "../model/quoteContext.ts";
import { SourceLine } from "./SourceLine.tsx";

export function QuoteCard({
  evidence,
  source,
}: {
  evidence: Evidence;
  source: Source | undefined;
}) {
  const ctx = source ? quoteContext(source.text, evidence.start, evidence.end) : null;
  const segments = markWords(evidence.quote, evidence.hedgeWords ?? []);
  return (
    <figure className="quote-card" data-testid="quote-card">
      <div className="badges">
        {evidence.hedged && (
          <span className="badge hedged">hedged: “{(evidence.hedgeWords ?? []).join("”, “")}”</span>
        )}
        {evidence.contradicts && <span className="badge disputed">contradicts</span>}
      </div>
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
      {evidence.note && <p className="note">Note: {evidence.note}</p>}
      <figcaption>{source ? <SourceLine source={source} /> : evidence.sourceId}</figcaption>
    </figure>
  );
}
