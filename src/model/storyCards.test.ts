import { describe, expect, test } from "vitest";
import { cardsOf, movePlace, placeAt, type StoryPlace } from "./storyCards.ts";
import type { Story, StoryStep } from "./stories.ts";

const step = (title: string, quote?: boolean): StoryStep => ({
  title,
  titleZh: title,
  caption: title,
  captionZh: title,
  nodes: ["a"],
  edges: [],
  ...(quote ? { quote: { edge: "a--b", index: 0 } } : {}),
});

// Three steps: one with a quote (two cards), one without, one with a quote.
const STORY: Story = {
  id: "demo",
  title: "Demo",
  titleZh: "演示",
  steps: [step("one", true), step("two"), step("three", true)],
};

const walk = (from: StoryPlace, move: "next" | "previous", times: number) => {
  const places = [from];
  for (let i = 0; i < times; i++) places.push(movePlace(STORY, places.at(-1) ?? from, move));
  return places.map((p) => `${p.step + 1}.${p.card + 1}`);
};

describe("a talk's cards", () => {
  test("a step with a quote has two cards, one without has one", () => {
    expect(STORY.steps.map(cardsOf)).toEqual([2, 1, 2]);
    expect(cardsOf(undefined)).toBe(1);
  });

  test("Next shows a step's second card before the next step, and stops at the end", () => {
    expect(walk({ step: 0, card: 0 }, "next", 6)).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "3.1",
      "3.2",
      "3.2",
      "3.2",
    ]);
  });

  test("Previous goes back a card, into the previous step's last card, and stops at the start", () => {
    expect(walk({ step: 2, card: 1 }, "previous", 6)).toEqual([
      "3.2",
      "3.1",
      "2.1",
      "1.2",
      "1.1",
      "1.1",
      "1.1",
    ]);
  });

  test("First and Last are the two ends; places out of range come back into it", () => {
    expect(movePlace(STORY, { step: 1, card: 0 }, "first")).toEqual({ step: 0, card: 0 });
    expect(movePlace(STORY, { step: 0, card: 0 }, "last")).toEqual({ step: 2, card: 1 });
    expect(placeAt(STORY, 1, 1)).toEqual({ step: 1, card: 0 });
    expect(placeAt(STORY, 9, -3)).toEqual({ step: 2, card: 0 });
    expect(placeAt(STORY, Number.NaN, 1)).toEqual({ step: 0, card: 1 });
  });
});
