import { useEffect, useMemo, useRef } from "react";
import type { Passage } from "../../model/edit/draft.ts";

/** The text of a source, its cited passages marked; reports the passage the reader selects. */
export function SourceText({
  sourceId,
  text,
  lang,
  cited,
  onSelect,
}: {
  sourceId: string;
  text: string;
  lang: string;
  /** Cited passages of this source, [start, end) in UTF-16 offsets. */
  cited: readonly (readonly [number, number])[];
  onSelect(passage: Passage | null): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => splitMarked(text, cited), [text, cited]);
  useEffect(() => {
    const onChange = () => {
      const el = ref.current;
      const sel = document.getSelection();
      if (!el || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return;
      const before = document.createRange();
      before.selectNodeContents(el);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const end = start + range.toString().length;
      // Leading and trailing white space is never part of a quote.
      const quote = text.slice(start, end);
      const lead = quote.length - quote.trimStart().length;
      const trail = quote.length - quote.trimEnd().length;
      if (end - trail > start + lead) onSelect({ sourceId, start: start + lead, end: end - trail });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [sourceId, text, onSelect]);
  return (
    <div className="source-text" ref={ref} lang={lang} data-source={sourceId}>
      {parts.map(([s, e, marked]) =>
        marked ? <mark key={s}>{text.slice(s, e)}</mark> : <span key={s}>{text.slice(s, e)}</span>,
      )}
    </div>
  );
}

/** The text cut at the cited passages' edges: [start, end, marked]. */
export function splitMarked(
  text: string,
  cited: readonly (readonly [number, number])[],
): [number, number, boolean][] {
  const inside = new Uint8Array(text.length);
  for (const [s, e] of cited) inside.fill(1, Math.max(0, s), Math.min(text.length, e));
  const out: [number, number, boolean][] = [];
  let at = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || inside[i] !== inside[at]) {
      out.push([at, i, inside[at] === 1]);
      at = i;
    }
  }
  return out;
}
