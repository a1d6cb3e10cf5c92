import { useEffect } from "react";
import type { Dataset } from "../model/types.ts";
import { useAppStore, viewOf } from "../state/store.ts";
import { parseView, serializeView } from "../state/url.ts";

/**
 * Renderless: the URL is the view. On load and on back/forward the URL is read into the store;
 * every later change of the view is written back (a new history entry, except camera moves).
 */
export function UrlSync({ dataset }: { dataset: Dataset }) {
  useEffect(() => {
    const { applyView, addNotices } = useAppStore.getState();
    const read = () => {
      const { view, notices } = parseView(window.location.search, dataset);
      // Already on screen (main.tsx applies the address before the first render): keep it.
      if (serializeView(view) !== serializeView(viewOf(useAppStore.getState()))) applyView(view);
      return notices;
    };
    const notices = read();
    addNotices(notices);
    let last = viewOf(useAppStore.getState());
    // Drop what was ignored, so the address shows the view actually on screen.
    if (notices.length > 0) {
      const clean = `${window.location.pathname}${serializeView(last)}${window.location.hash}`;
      window.history.replaceState(null, "", clean);
    }
    const unsubscribe = useAppStore.subscribe((state) => {
      const view = viewOf(state);
      const search = serializeView(view);
      if (search === window.location.search) {
        last = view;
        return;
      }
      const onlyCamera = serializeView({ ...view, camera: last.camera }) === serializeView(last);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (onlyCamera) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      last = view;
    });
    const onPop = () => {
      read();
      last = viewOf(useAppStore.getState());
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [dataset]);
  return null;
}
