import { useCallback, useState } from "react";
import {
  cardsOf,
  movePlace,
  placeAt,
  type StoryMove,
  type StoryPlace,
} from "../model/storyCards.ts";
import type { Story } from "../model/stories.ts";
import { useAppStore } from "../state/store.ts";

export interface StoryPager extends StoryPlace {
  /** How many cards this step has. */
  cards: number;
  atStart: boolean;
  atEnd: boolean;
  move(move: StoryMove): void;
  /** Goes to a place (clamped to the story): a step's number alone opens its first card. */
  goTo(step: number, card?: number): void;
}

/**
 * Which card of the step is on stage. The step lives in the store (and the address); the card is
 * this window's own, kept with the step it belongs to, so that any other way of changing the
 * step (the address, back and forward) opens the new step at its first card.
 */
export function useStoryPager(story: Story): StoryPager {
  const step = useAppStore((s) => s.present?.step ?? 0);
  const [at, setAt] = useState<StoryPlace>({ step, card: 0 });
  const card = at.step === step ? at.card : 0;
  const goTo = useCallback(
    (toStep: number, toCard = 0) => {
      const place = placeAt(story, toStep, toCard);
      setAt(place);
      useAppStore.getState().goToStep(place.step);
    },
    [story],
  );
  const move = useCallback(
    (m: StoryMove) => {
      const place = movePlace(story, { step, card }, m);
      goTo(place.step, place.card);
    },
    [story, step, card, goTo],
  );
  const last = movePlace(story, { step, card }, "last");
  return {
    step,
    card,
    cards: cardsOf(story.steps[step]),
    atStart: step === 0 && card === 0,
    atEnd: step === last.step && card === last.card,
    move,
    goTo,
  };
}
