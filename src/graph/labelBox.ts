// A label's box as Cytoscape draws it, computed from its text: what toElements places the first
// frame's labels by, and what ReadableLabelController places labels by at every pass. Asking
// Cytoscape for the box (uncached, since its cached one can be a pass behind after a data change)
// recomputes each label's text and projection: 20-45 ms a pass on the built-in graph, paid on
// every frame of a zoom or glide and on each hover and click.
import { LABEL } from "./stylesheet.ts";

/** A line's width in the labels' font at `size` px, or NaN where nothing can measure it. */
export type MeasureLine = (line: string, size: number) => number;

/**
 * Cytoscape's label box around its text (model units): the widest line rounded up and a line
 * per `size`, plus the backdrop's padding (1) and Cytoscape's margin of error (2) on each side.
 */
const LABEL_ROOM = 2 * (1 + 2);

/** The box of `label` (lines split at "\n", as wrapLabel wraps them) at font size `fs`. */
export function labelBox(
  label: string,
  fs: number,
  measure: MeasureLine,
): { w: number; h: number } | null {
  const lines = label.split("\n");
  const widest = Math.max(...lines.map((line) => Math.ceil(measure(line, fs))));
  if (!Number.isFinite(widest)) return null;
  return { w: widest + LABEL_ROOM, h: lines.length * fs + LABEL_ROOM };
}

/** A context to measure label lines with, in the labels' font (null where there is no canvas). */
let pen: CanvasRenderingContext2D | null | undefined;
/**
 * Each line's width at REF_PX. Text widths scale with the font size: within 0.15 px from 7 to
 * 80 px on the built-in graph's names, Latin and Chinese (measured in Chromium).
 */
const widths = new Map<string, number>();
const REF_PX = 100;
/** Lines kept before the cache starts afresh. */
const KEEP = 20_000;

/** measureLine with canvas measureText, each line measured once (at REF_PX, then scaled). */
export const measureLine: MeasureLine = (line, size) => {
  let width = widths.get(line);
  if (width === undefined) {
    // jsdom (unit tests) has no canvas and says so on the console.
    pen ??= /jsdom/i.test(navigator.userAgent)
      ? null
      : document.createElement("canvas").getContext("2d");
    if (!pen) return NaN;
    pen.font = `normal normal ${REF_PX}px ${LABEL["font-family"]}`;
    width = pen.measureText(line).width;
    if (widths.size >= KEEP) widths.clear();
    widths.set(line, width);
  }
  return (width * size) / REF_PX;
};
