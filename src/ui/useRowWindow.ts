import { useLayoutEffect, useState, type RefObject } from "react";

/** Tables up to this many rows are drawn whole: cheap, and every row stays in the page. */
export const WINDOW_FROM = 200;
/** Rows drawn beyond those on screen, above and below. */
const OVERSCAN = 10;
/** Drawn before the first measure: about a tall screen's worth. */
const FIRST_ROWS = 40;
/** A row's height until one is measured (CSS px; `.data-table.windowed tr` fixes it). */
const ROW_GUESS = 33;

export interface RowWindow {
  /** Rows [start, end) are drawn; spacers of `before` and `after` px stand for the rest. */
  start: number;
  end: number;
  before: number;
  after: number;
  windowed: boolean;
}

/**
 * Fixed-height windowing: which of `count` rows of the table body `body` are on screen in the
 * nearest `[data-scroller]` ancestor (the window without one), with a margin. Unless `windowed`
 * (a table of more than WINDOW_FROM rows, filtered or not: its layout stays put), all are drawn.
 */
export function useRowWindow(
  count: number,
  body: RefObject<HTMLTableSectionElement | null>,
  windowed: boolean,
): RowWindow {
  const [rowHeight, setRowHeight] = useState(ROW_GUESS);
  const [range, setRange] = useState({ start: 0, end: FIRST_ROWS });
  useLayoutEffect(() => {
    const el = body.current;
    if (!windowed || !el) return;
    const scroller = el.closest<HTMLElement>("[data-scroller]");
    let frame = 0;
    const measure = () => {
      frame = 0;
      const row = el.querySelector<HTMLElement>("tr[data-row]");
      const measured = row?.getBoundingClientRect().height ?? 0;
      const height = measured > 0 ? measured : rowHeight;
      if (height !== rowHeight) setRowHeight(height);
      const top = el.getBoundingClientRect().top;
      const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
      const start = Math.max(0, Math.floor((view.top - top) / height) - OVERSCAN);
      const end = Math.max(
        start,
        Math.min(count, Math.ceil((view.bottom - top) / height) + OVERSCAN),
      );
      setRange((prev) => (prev.start === start && prev.end === end ? prev : { start, end }));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    measure();
    const target: HTMLElement | Window = scroller ?? window;
    target.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      target.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [windowed, count, body, rowHeight]);
  if (!windowed) return { start: 0, end: count, before: 0, after: 0, windowed };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight, windowed };
}
