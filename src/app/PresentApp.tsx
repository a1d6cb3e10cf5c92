import type { Dataset } from "../model/types.ts";
import type { Story } from "../model/stories.ts";
import { useAppStore } from "../state/store.ts";
import { QuoteCard } from "../ui/QuoteCard.tsx";
import { useLang, useMessages } from "../ui/useMessages.ts";
import { ConnectedCanvas } from "./ConnectedCanvas.tsx";
import { PresenterView } from "./PresenterView.tsx";
import { usePresentKeys } from "./usePresentKeys.ts";
import { useStorySync } from "./useStorySync.ts";
import { useViewModel } from "./useViewModel.ts";

/** Presentation mode: the story's step on a high-contrast stage, or the presenter's window. */
export function PresentApp({ dataset, story }: { dataset: Dataset; story: Story }) {
  const presenter = useAppStore((s) => s.presenter);
  usePresentKeys(story.steps.length);
  useStorySync();
  return presenter ? <PresenterView story={story} /> : <Stage dataset={dataset} story={story} />;
}

/** The caption covers the left of the stage (up to 46 vw + margin); the camera frames the rest. */
function stageInsets() {
  return { left: Math.min(window.innerWidth * 0.48, 940), right: 0, bottom: 64 };
}

function Stage({ dataset, story }: { dataset: Dataset; story: Story }) {
  const m = useMessages();
  const lang = useLang();
  const vm = useViewModel(dataset);
  const index = useAppStore((s) => s.present?.step ?? 0);
  const { goToStep, stopStory } = useAppStore.getState();
  const step = story.steps[index];
  const quoteEdge = step?.quote ? dataset.edges.find((e) => e.id === step.quote?.edge) : undefined;
  const quote = step?.quote ? quoteEdge?.evidence[step.quote.index] : undefined;
  return (
    <div className="stage-app" data-testid="stage">
      <ConnectedCanvas dataset={dataset} vm={vm} insets={stageInsets()} stage />
      {step && (
        <section className="stage-caption" aria-live="polite">
          <p className="stage-count">
            {lang === "zh" ? story.titleZh : story.title} ·{" "}
            {m.stepOf(index + 1, story.steps.length)}
          </p>
          <h2>{lang === "zh" ? step.titleZh : step.title}</h2>
          <p className="stage-text">{lang === "zh" ? step.captionZh : step.caption}</p>
          {quote && (
            <QuoteCard
              compact
              evidence={quote}
              source={dataset.sources.find((s) => s.id === quote.sourceId)}
            />
          )}
        </section>
      )}
      <nav className="stage-controls" aria-label={m.present}>
        <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
          ← {m.previous}
        </button>
        <button
          type="button"
          onClick={() => goToStep(index + 1)}
          disabled={index >= story.steps.length - 1}
        >
          {m.next} →
        </button>
        <a
          href={`${window.location.pathname}?present=${story.id}&step=${index + 1}&presenter=1`}
          target="_blank"
          rel="noopener"
        >
          {m.presenterView}
        </a>
        <button type="button" onClick={stopStory}>
          {m.leave}
        </button>
      </nav>
    </div>
  );
}
