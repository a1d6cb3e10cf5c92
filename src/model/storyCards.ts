// A talk moves card by card: a step shows its caption, then its quote on a card of its own (the
// claim, then its evidence). Always two for a step with a quote, whatever the screen, so that the
// speaker knows how many clicks a step takes and a rehearsal on a laptop matches the projector.
import type { Story, StoryStep } from "./stories.ts";

/** Where a talk is: a step (0-based) and one of its cards (0 = the caption). */
export interface StoryPlace {
  step: number;
  card: number;
}

export type StoryMove = "next" | "previous" | "first" | "last";

export const cardsOf = (step: StoryStep | undefined): number => (step?.quote ? 2 : 1);

/** The place nearest to step/card that exists (a card past a step's last shows its last). */
export function placeAt(story: Story, step: number, card: number): StoryPlace {
  const s = Math.max(0, Math.min(Math.trunc(step) || 0, story.steps.length - 1));
  const c = Math.max(0, Math.min(Math.trunc(card) || 0, cardsOf(story.steps[s]) - 1));
  return { step: s, card: c };
}

/**
 * The clicker's moves: Next shows a step's next card before the next step; Previous goes back a
 * card, into the previous step's last card; First and Last are the story's two ends.
 */
export function movePlace(story: Story, at: StoryPlace, move: StoryMove): StoryPlace {
  const last = story.steps.length - 1;
  switch (move) {
    case "first":
      return { step: 0, card: 0 };
    case "last":
      return placeAt(story, last, Infinity);
    case "next":
      if (at.card < cardsOf(story.steps[at.step]) - 1) return { step: at.step, card: at.card + 1 };
      return at.step < last ? { step: at.step + 1, card: 0 } : at;
    case "previous":
      if (at.card > 0) return { step: at.step, card: at.card - 1 };
      return at.step > 0 ? placeAt(story, at.step - 1, Infinity) : at;
  }
}
