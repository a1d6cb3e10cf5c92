// The editor's one piece of state: a history of drafts, loaded from and saved to IndexedDB.
import { useCallback, useEffect, useRef, useState } from "react";
import { EMPTY_DRAFT, type Draft } from "../../model/edit/draft.ts";
import { commit, redo, startHistory, undo, type History } from "../../model/edit/history.ts";
import { loadHistory, saveHistory } from "./persist.ts";

export type SaveState = "loading" | "saved" | "saving" | "failed";

export function useDraft() {
  const [history, setHistory] = useState<History<Draft>>(() => startHistory(EMPTY_DRAFT));
  const [save, setSave] = useState<SaveState>("loading");
  const loaded = useRef(false);
  useEffect(() => {
    let live = true;
    loadHistory()
      .then((h) => {
        if (live && h?.present) setHistory(h);
      })
      .catch(() => setSave("failed"))
      .finally(() => {
        loaded.current = true;
        if (live) setSave((s) => (s === "failed" ? s : "saved"));
      });
    return () => {
      live = false;
    };
  }, []);
  // Every change, undo and redo included, is written as it is made (one record, replaced).
  useEffect(() => {
    if (!loaded.current) return;
    let live = true;
    setSave("saving");
    saveHistory(history).then(
      () => live && setSave("saved"),
      () => live && setSave("failed"),
    );
    return () => {
      live = false;
    };
  }, [history]);
  const present = history.present;
  const change = useCallback(
    (f: (d: Draft) => Draft) => setHistory((h) => commit(h, f(h.present))),
    [],
  );
  const replace = useCallback((d: Draft) => setHistory((h) => commit(h, d)), []);
  return {
    draft: present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
    change,
    replace,
    save,
    ready: save !== "loading",
  };
}
