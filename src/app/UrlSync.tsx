import { useEffect } from "react";
import type { Dataset } from "../model/types.ts";
import { urlBaseOf, useAppStore, viewOf } from "../state/store.ts";
import { parseView, serializeView } from "../state/url.ts";
import type { ViewState } from "../state/view.ts";

/**
 * Renderless: the URL is the view. On load and on back/forward the URL is read into the store;
 * every later change of the view is written back (a new history entry, except camera moves).
 */
export function UrlSync({ dataset }: { dataset: Dataset }) {
  useEffect(() => {
    const { applyView, addNotices } = useAppStore.getState();
    // Each history entry remembers which graph it was written for: a view from another graph
    // (before a file was opened) keeps its selection and filters but not its camera.
    const version = () => useAppStore.getState().datasetVersion;
    // The address leaves out the network's own style and names the bundle's network shown.
    const serialize = (view: ViewState) => serializeView(view, urlBaseOf(useAppStore.getState()));
    const read = (written: unknown) => {
      const { view, notices } = parseView(window.location.search, dataset);
      const sameGraph = (written as { graph?: number } | null)?.graph === version();
      const shown = sameGraph || written === undefined ? view : { ...view, camera: null };
      // Already on screen (main.tsx applies the address before the first render): keep it.
      if (serialize(shown) !== serialize(viewOf(useAppStore.getState()))) applyView(shown);
      return notices;
    };
    const notices = read(undefined);
    addNotices(notices);
    let last = viewOf(useAppStore.getState());
    let lastGraph = version();
    const stamp = () => ({ graph: version() });
    // Drop what was ignored, so the address shows the view actually on screen.
    if (notices.length > 0) {
      const clean = `${window.location.pathname}${serialize(last)}${window.location.hash}`;
      window.history.replaceState(stamp(), "", clean);
    } else window.history.replaceState(stamp(), "", window.location.href);
    const unsubscribe = useAppStore.subscribe((state) => {
      const view = viewOf(state);
      const search = serialize(view);
      const newGraph = state.datasetVersion !== lastGraph;
      lastGraph = state.datasetVersion;
      if (search === window.location.search && !newGraph) {
        last = view;
        return;
      }
      const onlyCamera = serialize({ ...view, camera: last.camera }) === serialize(last);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      // A file opened is one new entry; a camera move within a graph replaces the entry.
      if (onlyCamera && !newGraph) window.history.replaceState(stamp(), "", url);
      else window.history.pushState(stamp(), "", url);
      last = view;
    });
    const onPop = (e: PopStateEvent) => {
      read(e.state);
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
