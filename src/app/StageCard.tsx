import type { Ref } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import type { Story } from "../model/stories.ts";
import { QuoteCard } from "../ui/QuoteCard.tsx";
import { useLang } from "../ui/useMessages.ts";
import { useAllMessages } from "../ui/panelMessages.ts";

/** The caption card: a step's caption, or on its second card the step's quote, shown whole. */
export function StageCard({
  dataset,
  story,
  step: index,
  card,
  ref,
}: {
  dataset: Dataset;
  story: Story;
  step: number;
  card: number;
  ref: Ref<HTMLElement>;
}) {
  const m = useAllMessages();
  const lang = useLang();
  const step = story.steps[index];
  const byId = indexDataset(dataset);
  const quoteEdge = step?.quote ? byId.edges.get(step.quote.edge) : undefined;
  const quote = step?.quote ? quoteEdge?.evidence[step.quote.index] : undefined;
  const showQuote = card > 0 && quote !== undefined;
  return (
    <section
      ref={ref}
      className="stage-caption"
      aria-live="polite"
      data-testid="stage-card"
      data-card={showQuote ? "quote" : "caption"}
    >
      {step && (
        <>
          <p className="stage-count">
            {lang === "zh" ? story.titleZh : story.title} ·{" "}
            {m.stepOf(index + 1, story.steps.length)}
          </p>
          <h2>{lang === "zh" ? step.titleZh : step.title}</h2>
          {showQuote ? (
            <QuoteCard compact evidence={quote} source={byId.sources.get(quote.sourceId)} />
          ) : (
            <p className="stage-text">{lang === "zh" ? step.captionZh : step.caption}</p>
          )}
        </>
      )}
    </section>
  );
}
