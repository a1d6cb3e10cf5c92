import { useEffect } from "react";
import { useAppStore } from "../state/store.ts";

/** Clicker and keyboard: → ← Space PageUp PageDown Home End, F full screen, Esc leaves. */
export function usePresentKeys(steps: number) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { present, goToStep, stopStory } = useAppStore.getState();
      if (!present || e.altKey || e.ctrlKey || e.metaKey) return;
      const go: Record<string, number> = {
        ArrowRight: present.step + 1,
        ArrowDown: present.step + 1,
        PageDown: present.step + 1,
        " ": present.step + (e.shiftKey ? -1 : 1),
        ArrowLeft: present.step - 1,
        ArrowUp: present.step - 1,
        PageUp: present.step - 1,
        Home: 0,
        End: steps - 1,
      };
      const target = go[e.key];
      if (target !== undefined) {
        e.preventDefault();
        goToStep(target);
      } else if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (e.key === "Escape" && !document.fullscreenElement) {
        stopStory();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [steps]);
}
