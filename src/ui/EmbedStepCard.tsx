import type { Ref } from "react";
import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { useAppStore } from "../state/store.ts";
import { QuoteCard } from "./QuoteCard.tsx";
import { useLang } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

/**
 * A story's step in an embed whose link names one: its caption (and quote) in the drawer, the
 * graph framing the step beside it, ← and → to the neighbouring steps. × leaves the story.
 */
export function EmbedStepCard({
  dataset,
  ref,
}: {
  dataset: Dataset;
  ref?: Ref<HTMLElement> | undefined;
}) {
  const m = useAllMessages();
  const lang = useLang();
  const present = useAppStore((s) => s.present);
  const { goToStep, stopStory } = useAppStore.getState();
  const byId = indexDataset(dataset);
  const story = present ? byId.stories.get(present.story) : undefined;
  const index = present?.step ?? 0;
  const step = story?.steps[index];
  if (!story || !step) return null;
  const quoteEdge = step.quote ? byId.edges.get(step.quote.edge) : undefined;
  const quote = step.quote ? quoteEdge?.evidence[step.quote.index] : undefined;
  return (
    <section
      className="evidence-drawer embed-step"
      data-testid="story-step"
      aria-label={lang === "zh" ? story.titleZh : story.title}
      aria-live="polite"
      ref={ref}
      key={index}
    >
      <div className="drawer-head">
        <h2>{lang === "zh" ? step.titleZh : step.title}</h2>
        <button type="button" className="close" onClick={stopStory} aria-label={m.close}>
          ×
        </button>
      </div>
      <p className="meta">
        {lang === "zh" ? story.titleZh : story.title} · {m.stepOf(index + 1, story.steps.length)}
      </p>
      <p>{lang === "zh" ? step.captionZh : step.caption}</p>
      {quote && <QuoteCard compact evidence={quote} source={byId.sources.get(quote.sourceId)} />}
      <p className="embed-step-nav">
        <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
          ← {m.previous}
        </button>{" "}
        <button
          type="button"
          onClick={() => goToStep(index + 1)}
          disabled={index === story.steps.length - 1}
        >
          {m.next} →
        </button>
      </p>
    </section>
  );
}
