import { useEffect, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";
import { EndPicker } from "./EndPicker.tsx";
import { useMatcher } from "./useMatcher.ts";
import "./pathFinder.css";
import { useAllMessages } from "./panelMessages.ts";

type End = "from" | "to";

/**
 * Pick two entities and ask how they are connected: each end by typing its name (the app's
 * matcher, both scripts) or by clicking it on the graph after pressing the end's pick button.
 */
export function PathFinder({ dataset }: { dataset: Dataset }) {
  const m = useAllMessages();
  const path = useAppStore((s) => s.path);
  const selection = useAppStore((s) => s.selection);
  const showPath = useAppStore((s) => s.showPath);
  const search = useMatcher(dataset);
  const [ends, setEnds] = useState<Record<End, string>>({
    from: path?.from ?? (selection?.kind === "node" ? selection.id : ""),
    to: path?.to ?? "",
  });
  const [picking, setPicking] = useState<End | null>(null);
  const set = (end: End, id: string) => setEnds((e) => ({ ...e, [end]: id }));
  // While picking, the next entity clicked on the graph (it selects it) becomes that end.
  useEffect(() => {
    if (!picking) return;
    const stop = useAppStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection && s.selection?.kind === "node") {
        const id = s.selection.id;
        setEnds((e) => ({ ...e, [picking]: id }));
        setPicking(null);
      }
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setPicking(null);
    };
    window.addEventListener("keydown", onKey);
    return () => {
      stop();
      window.removeEventListener("keydown", onKey);
    };
  }, [picking]);
  const { from, to } = ends;
  return (
    <form
      className="path-finder"
      aria-label={m.paths}
      onSubmit={(e) => {
        e.preventDefault();
        if (from && to && from !== to) showPath(from, to);
      }}
    >
      <h2>{m.paths}</h2>
      {(["from", "to"] as const).map((end) => (
        <EndPicker
          key={end}
          dataset={dataset}
          label={end === "from" ? m.pathFrom : m.pathTo}
          value={ends[end]}
          onChange={(id) => set(end, id)}
          search={search}
          picking={picking === end}
          onPick={() => setPicking((p) => (p === end ? null : end))}
        />
      ))}
      <p className="picking-hint" role="status">
        {picking ? m.pickingOnCanvas : ""}
      </p>
      <button type="submit" disabled={!from || !to || from === to}>
        {m.findPath}
      </button>
    </form>
  );
}
