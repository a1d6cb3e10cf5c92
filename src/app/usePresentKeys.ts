import { useEffect } from "react";
import type { StoryMove } from "../model/storyCards.ts";
import { useAppStore } from "../state/store.ts";
import type { StoryPager } from "./useStoryPager.ts";

/**
 * Clicker and keyboard: → ↓ Space PageDown next card, ← ↑ Shift+Space PageUp previous card,
 * Home / End the two ends, F full screen, Esc leaves.
 */
export function usePresentKeys(pager: StoryPager) {
  const { move: movePager } = pager;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!useAppStore.getState().present || e.altKey || e.ctrlKey || e.metaKey) return;
      const go: Record<string, StoryMove> = {
        ArrowRight: "next",
        ArrowDown: "next",
        PageDown: "next",
        " ": e.shiftKey ? "previous" : "next",
        ArrowLeft: "previous",
        ArrowUp: "previous",
        PageUp: "previous",
        Home: "first",
        End: "last",
      };
      const move = go[e.key];
      if (move !== undefined) {
        e.preventDefault();
        movePager(move);
      } else if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (e.key === "Escape" && !document.fullscreenElement) {
        useAppStore.getState().stopStory();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [movePager]);
}
