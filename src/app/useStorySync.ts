import { useEffect } from "react";
import { useAppStore } from "../state/store.ts";

const CHANNEL = "quotegraph-present";

interface StepMessage {
  type: "quotegraph:step";
  story: string;
  step: number;
}

/** Keeps the audience window and the presenter window on the same step (BroadcastChannel). */
export function useStorySync() {
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(CHANNEL);
    let last = "";
    const key = (story: string, step: number) => `${story}#${step}`;
    channel.onmessage = (event: MessageEvent<StepMessage>) => {
      const m = event.data;
      if (m?.type !== "quotegraph:step" || typeof m.step !== "number") return;
      const { present, goToStep } = useAppStore.getState();
      if (present?.story !== m.story) return;
      last = key(m.story, m.step);
      if (present.step !== m.step) goToStep(m.step);
    };
    const post = () => {
      const { present } = useAppStore.getState();
      if (!present || key(present.story, present.step) === last) return;
      last = key(present.story, present.step);
      channel.postMessage({
        type: "quotegraph:step",
        story: present.story,
        step: present.step,
      } satisfies StepMessage);
    };
    post();
    const unsubscribe = useAppStore.subscribe(post);
    return () => {
      unsubscribe();
      channel.close();
    };
  }, []);
}
