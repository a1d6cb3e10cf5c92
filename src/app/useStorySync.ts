import { useEffect, useRef } from "react";
import type { StoryPager } from "./useStoryPager.ts";

const CHANNEL = "quotegraph-present";

interface PlaceMessage {
  type: "quotegraph:step";
  story: string;
  step: number;
  /** The step's card (0 = the caption); absent from an older window's message. */
  card?: number;
}

const keyOf = (story: string, step: number, card: number) => `${story}#${step}#${card}`;

/** Keeps the audience window and the presenter window on the same card (BroadcastChannel). */
export function useStorySync(story: string, pager: StoryPager) {
  const channel = useRef<BroadcastChannel | null>(null);
  // The place last sent or received: a place that came from the other window is not echoed.
  const last = useRef("");
  const { goTo, step, card } = pager;
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (event: MessageEvent<PlaceMessage>) => {
      const m = event.data;
      if (m?.type !== "quotegraph:step" || m.story !== story || typeof m.step !== "number") return;
      const toCard = typeof m.card === "number" ? m.card : 0;
      last.current = keyOf(story, m.step, toCard);
      goTo(m.step, toCard);
    };
    return () => {
      c.close();
      channel.current = null;
    };
  }, [story, goTo]);
  useEffect(() => {
    const key = keyOf(story, step, card);
    if (!channel.current || key === last.current) return;
    last.current = key;
    channel.current.postMessage({
      type: "quotegraph:step",
      story,
      step,
      card,
    } satisfies PlaceMessage);
  }, [story, step, card]);
}
