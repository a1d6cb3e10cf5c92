import { useEffect, useId, useState } from "react";
import { useAppStore } from "../state/store.ts";
import { useMessages } from "./useMessages.ts";

const ACCEPT = ".csv,.tsv,.txt,.graphml,.xml,.gexf,.gml,.json";

/** "Open file" and drop anywhere: bring your own network (CSV pair, GraphML, GEXF, GML, JSON). */
export function OpenFile({ onFiles }: { onFiles(files: FileList): void }) {
  const m = useMessages();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      setDragging(false);
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      onFiles(e.dataTransfer.files);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [onFiles]);
  return (
    <>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        data-testid="open-file"
        onChange={(e) => {
          if (e.target.files?.length) onFiles(e.target.files);
          e.target.value = "";
        }}
      />
      <label htmlFor={id} className="button-like">
        {m.openFile}
      </label>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {m.dropHere}
        </div>
      )}
    </>
  );
}

/**
 * While files are read and laid out: what is being opened (announced, and shown over the graph),
 * and Stop (or Esc), which leaves the graph as it was.
 */
export function OpeningNotice() {
  const m = useMessages();
  const opening = useAppStore((s) => s.opening);
  useEffect(() => {
    if (!opening) return;
    // Captured, so that nothing else (a panel's close) takes this Esc.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      e.stopPropagation();
      opening.stop();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [opening]);
  return (
    <div role="status" className={opening ? "opening" : "visually-hidden"} data-testid="opening">
      {opening && (
        <>
          <strong>{m.opening(opening.names)}</strong>
          <span>{m.openingHint}</span>
          <button type="button" onClick={opening.stop} aria-keyshortcuts="Escape">
            {m.stopOpening}
          </button>
        </>
      )}
    </div>
  );
}

/** Why a file could not be opened: located messages; the graph on screen stays as it was. */
export function ImportProblems() {
  const m = useMessages();
  const problems = useAppStore((s) => s.importProblems);
  const clear = useAppStore((s) => s.setImportProblems);
  if (problems.length === 0) return null;
  return (
    <section className="import-problems" role="alert" data-testid="import-problems">
      <h2>{m.importFailed}</h2>
      <pre>{problems.join("\n")}</pre>
      <button type="button" onClick={() => clear([])}>
        {m.close}
      </button>
    </section>
  );
}
