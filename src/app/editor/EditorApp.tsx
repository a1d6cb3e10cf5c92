import { useCallback, useEffect, useMemo, useState } from "react";
import "./editor.css";
import { compileDataset } from "../../model/compileDataset.ts";
import {
  addNode,
  addSource,
  citeFact,
  citeRelation,
  quoteAt,
  removeItem,
} from "../../model/edit/draft.ts";
import type { Passage } from "../../model/edit/draft.ts";
import { draftToFiles } from "../../model/edit/files.ts";
import { problemsByItem } from "../../model/edit/problemsByItem.ts";
import { bakeLayout } from "../../graph/bakeLayout.ts";
import type { Dataset } from "../../model/types.ts";
import { browserLang } from "../../ui/useMessages.ts";
import { editorMessages } from "../../ui/editor/editorMessages.ts";
import { SourceForm } from "../../ui/editor/SourceForm.tsx";
import { SourceText } from "../../ui/editor/SourceText.tsx";
import { CiteForm, type Citation } from "../../ui/editor/CiteForm.tsx";
import { CitedList } from "../../ui/editor/CitedList.tsx";
import { EditorPreview } from "./EditorPreview.tsx";
import { useDraft } from "./useDraft.ts";
import { useUndoKeys } from "./useUndoKeys.ts";
import { EditorBar } from "./EditorBar.tsx";

/** ?edit=1: add sources, select a passage, cite it; the graph compiles live; nothing is lost. */
export function EditorApp() {
  const m = editorMessages(browserLang());
  const d = useDraft();
  const { draft, change } = d;
  const [open, setOpen] = useState<string | null>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const source = draft.sources.find((s) => s.id === open) ?? draft.sources.at(-1);
  useUndoKeys(d.undo, d.redo);
  const compiled = useMemo(() => compileDataset(draftToFiles(draft)), [draft]);
  const problems = useMemo(() => problemsByItem(compiled.ok ? [] : compiled.problems), [compiled]);
  const [placed, setPlaced] = useState<Dataset | null>(null);
  useEffect(() => {
    // Laid out a moment after typing stops: fcose on a draft's few nodes takes some ms.
    if (!compiled.ok) return;
    const timer = setTimeout(() => setPlaced(bakeLayout(compiled.dataset)), 150);
    return () => clearTimeout(timer);
  }, [compiled]);
  const cited = useMemo(() => {
    const file = draft.evidence.find((e) => e.sourceId === source?.id);
    const texts = source?.text ?? "";
    const spans: [number, number][] = [];
    for (const item of [...(file?.relations ?? []), ...(file?.facts ?? [])])
      for (const e of item.evidence ?? []) {
        let at = -1;
        for (let n = 0; n < (e.occurrence ?? 1); n++) at = texts.indexOf(e.quote, at + 1);
        if (at >= 0) spans.push([at, at + e.quote.length]);
      }
    return spans;
  }, [draft, source]);
  const onCite = (c: Citation, translation: string, hedgeWords: string[]) => {
    if (!passage) return;
    const q = { passage, translation, hedgeWords };
    change((x) => (c.kind === "relation" ? citeRelation(x, c, q) : citeFact(x, c, q)));
    setPassage(null);
    document.getSelection()?.removeAllRanges();
  };
  const createNode = useCallback(
    (n: Parameters<typeof addNode>[1]) => {
      const [next, id] = addNode(draft, n);
      d.replace(next);
      return id;
    },
    [draft, d],
  );
  const quote =
    passage && source && passage.sourceId === source.id ? quoteAt(draft, passage) : null;
  return (
    <div className="editor">
      <EditorBar m={m} d={d} />
      <main className="editor-main">
        <section className="editor-sources" aria-label={m.sources}>
          <h2>{m.sources}</h2>
          {draft.sources.length === 0 && <p className="muted">{m.noSources}</p>}
          <ul className="source-list">
            {draft.sources.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-pressed={s.id === source?.id}
                  onClick={() => setOpen(s.id)}
                >
                  {s.meta.title}
                </button>
              </li>
            ))}
          </ul>
          <details open={draft.sources.length === 0}>
            <summary>{m.addSource}</summary>
            <SourceForm
              m={m}
              onAdd={(text, meta) => {
                const [next, id] = addSource(draft, text, meta);
                d.replace(next);
                setOpen(id);
              }}
            />
          </details>
        </section>
        <section className="editor-reader" aria-label={source?.meta.title ?? m.sources}>
          {source ? (
            <>
              <h2>{source.meta.title}</h2>
              <p className="muted">
                {source.meta.publisher}
                {source.meta.published ? ` · ${source.meta.published}` : ""}
              </p>
              <SourceText
                sourceId={source.id}
                text={source.text}
                lang={source.meta.language}
                cited={cited}
                onSelect={setPassage}
              />
            </>
          ) : null}
        </section>
        <section className="editor-side">
          {quote ? (
            <CiteForm
              key={`${passage?.start}-${passage?.end}`}
              m={m}
              quote={quote.quote}
              occurrence={quote.occurrence}
              nodes={draft.nodes}
              onCreate={createNode}
              onCite={onCite}
            />
          ) : (
            <p className="muted">{m.selectPassage}</p>
          )}
          <p className="compile-state" role="status">
            {compiled.ok
              ? m.compiles(compiled.dataset.nodes.length, compiled.dataset.edges.length)
              : m.problems(compiled.problems.length)}
          </p>
          <CitedList
            m={m}
            draft={draft}
            byItem={problems.byItem}
            other={problems.other}
            onRemove={(sourceId, kind, index) =>
              change((x) => removeItem(x, sourceId, kind, index))
            }
          />
        </section>
        <section className="editor-graph" aria-label={m.preview}>
          {placed && placed.nodes.length > 0 ? (
            <EditorPreview dataset={placed} />
          ) : (
            <p className="muted">{m.graphEmpty}</p>
          )}
        </section>
      </main>
    </div>
  );
}
