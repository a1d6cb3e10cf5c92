import { useRef } from "react";
import type { Dataset } from "../model/types.ts";
import type { Story } from "../model/stories.ts";
import { useAppStore } from "../state/store.ts";
import { ConnectedCanvas } from "./ConnectedCanvas.tsx";
import { PresenterView } from "./PresenterView.tsx";
import { StageCard } from "./StageCard.tsx";
import { usePresentKeys } from "./usePresentKeys.ts";
import { useStageInsets } from "./useStageInsets.ts";
import { useStoryPager, type StoryPager } from "./useStoryPager.ts";
import { useStorySync } from "./useStorySync.ts";
import { useViewModel } from "./useViewModel.ts";
import "./present.css";
import { useAllMessages } from "../ui/panelMessages.ts";

/** Presentation mode: the story's step on a high-contrast stage, or the presenter's window. */
export function PresentApp({ dataset, story }: { dataset: Dataset; story: Story }) {
  const presenter = useAppStore((s) => s.presenter);
  const pager = useStoryPager(story);
  usePresentKeys(pager);
  useStorySync(story.id, pager);
  return presenter ? (
    <PresenterView story={story} pager={pager} />
  ) : (
    <Stage dataset={dataset} story={story} pager={pager} />
  );
}

function Stage({ dataset, story, pager }: { dataset: Dataset; story: Story; pager: StoryPager }) {
  const m = useAllMessages();
  const vm = useViewModel(dataset);
  const card = useRef<HTMLElement>(null);
  const controls = useRef<HTMLElement>(null);
  const insets = useStageInsets(card, controls);
  const { stopStory } = useAppStore.getState();
  return (
    <div className="stage-app" data-testid="stage">
      <ConnectedCanvas dataset={dataset} vm={vm} insets={insets} stage />
      <StageCard ref={card} dataset={dataset} story={story} step={pager.step} card={pager.card} />
      <nav ref={controls} className="stage-controls" aria-label={m.present}>
        <button type="button" onClick={() => pager.move("previous")} disabled={pager.atStart}>
          ← {m.previous}
        </button>
        <button type="button" onClick={() => pager.move("next")} disabled={pager.atEnd}>
          {m.next} →
        </button>
        <a
          href={`${window.location.pathname}?present=${story.id}&step=${pager.step + 1}&presenter=1`}
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
